import { App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../../../api/errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { graphql } from '../../../gql';
import { useServerFieldErrors } from '../../../hooks/useServerFieldErrors';
import { useT } from '../../../i18n';

const CancelMeetingMutation = graphql(`
  mutation CancelMeeting($input: ChangeMeetingStatusInput!) {
    cancelMeeting(input: $input) {
      ...MeetingPageFields
    }
  }
`);

interface Props {
  meeting: { id: string; title: string; version: number };
  open: boolean;
  onClose: () => void;
  onReload: () => void;
}

/** 取消会议, with its reason (kept on the meeting, shown on its page). */
export function CancelDialog({ meeting, open, onClose, onReload }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, cancelMeeting] = useMutation(CancelMeetingMutation);

  async function submit(values: { reason?: string }) {
    setProblem(null);
    serverErrors.clearAll();
    const result = await cancelMeeting({ input: { id: meeting.id, version: meeting.version, reason: values.reason?.trim() ?? '' } });
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    void message.success(t('meetingStatus.cancelled'));
    onClose();
  }

  return (
    <Modal
      open={open}
      title={t('meetingStatus.cancelTitle', { title: meeting.title })}
      okText={t('meetingStatus.cancel')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true }}
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => opened || setProblem(null)}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('meetingStatus.cancelHint')}</Typography.Paragraph>
      <ProblemAlert
        problem={leftToShow(problem)}
        onReload={() => {
          onClose();
          onReload();
        }}
      />
      <Form form={form} name="cancelMeeting" layout="vertical" onFinish={submit} onValuesChange={serverErrors.onValuesChange}>
        <Form.Item
          name="reason"
          label={t('meetingStatus.reason')}
          rules={[{ required: true, whitespace: true, message: t('meetingStatus.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
