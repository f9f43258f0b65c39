import { App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../../../api/errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { graphql } from '../../../gql';
import type { NoticeAttendanceFragment } from '../../../gql/graphql';
import { useServerFieldErrors } from '../../../hooks/useServerFieldErrors';
import { useT } from '../../../i18n';

const RequestLeaveMutation = graphql(`
  mutation RequestLeave($input: RequestLeaveInput!) {
    requestLeave(input: $input) {
      ...NoticeAttendance
    }
  }
`);

/** Named as the input's fields, so the server's `extensions.field` finds them. */
interface Values {
  reason?: string;
  delegate?: string;
}

interface Props {
  open: boolean;
  meeting: { id: string; title: string };
  unitId: string;
  /** The unit's attendance as read: a leave already asked for is changed, not asked again. */
  attendance: NoticeAttendanceFragment | null;
  onClose: () => void;
}

/** 请假 (003 doc 2 §6): the reason, and optionally a 代参会人 who attends instead (then the unit still takes part in consensus). */
export function LeaveDialog({ open, meeting, unitId, attendance, onClose }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, requestLeave] = useMutation(RequestLeaveMutation);

  async function submit(values: Values) {
    setProblem(null);
    serverErrors.clearAll();
    const result = await requestLeave(
      { input: { meetingId: meeting.id, unitId, reason: values.reason?.trim() ?? '', delegate: values.delegate?.trim() || null } },
      { additionalTypenames: ['Attendance', 'Meeting'] },
    );
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    void message.success(t('myNotices.leaveDone'));
    onClose();
  }

  return (
    <Modal
      open={open}
      title={t('myNotices.leaveTitle', { title: meeting.title })}
      okText={t('myNotices.leaveSubmit')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => opened || setProblem(null)}
      destroyOnHidden
      width={520}
    >
      <Typography.Paragraph>{t('myNotices.leaveHint')}</Typography.Paragraph>
      <ProblemAlert problem={leftToShow(problem)} />
      <Form<Values>
        form={form}
        name="requestLeave"
        layout="vertical"
        initialValues={{ reason: attendance?.leaveReason ?? '', delegate: attendance?.delegate ?? '' }}
        onFinish={submit}
        onValuesChange={serverErrors.onValuesChange}
        preserve={false}
      >
        <Form.Item name="reason" label={t('myNotices.leaveReason')} rules={[{ required: true, whitespace: true, message: t('myNotices.leaveReasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={200} />
        </Form.Item>
        <Form.Item name="delegate" label={t('myNotices.delegate')} extra={t('myNotices.delegateHint')}>
          <Input maxLength={40} autoComplete="off" placeholder={t('myNotices.delegatePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
