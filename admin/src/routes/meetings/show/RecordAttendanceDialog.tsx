import { App, Checkbox, Form, Input, Modal, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../../../api/errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { graphql } from '../../../gql';
import type { AttendanceFieldsFragment, AttendanceStatus } from '../../../gql/graphql';
import { useServerFieldErrors } from '../../../hooks/useServerFieldErrors';
import { useT } from '../../../i18n';
import { REFRESH_MEETING } from '../fragments';
import { proceedingsLabel } from '../labels';

const RecordAttendanceMutation = graphql(`
  mutation RecordAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      ...AttendanceFields
    }
  }
`);

/** Field names are RecordAttendanceInput's, so the server's `extensions.field` finds them. */
interface Values {
  status?: AttendanceStatus;
  attendee?: string;
  leaveReason?: string;
  delegate?: string;
  late?: boolean;
}

const RECORDED: readonly AttendanceStatus[] = ['PRESENT', 'LEAVE', 'ABSENT'];
const text = (value: string | undefined): string | null => value?.trim() || null;

interface Props {
  meetingId: string;
  /** The unit's attendance as read (its version goes back with the change); null: closed. */
  attendance: AttendanceFieldsFragment | null;
  onClose: () => void;
  onReload: () => void;
}

/** 登记: the secretariat enters a unit's attendance — 出席 (who, 迟到), 请假 (reason, delegate) or 缺席. */
export function RecordAttendanceDialog({ meetingId, attendance, onClose, onReload }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, record] = useMutation(RecordAttendanceMutation);
  const status = Form.useWatch('status', form);
  // A member invited in person is recorded by its id and named by its name; it attends itself (no attendee, no delegate).
  const member = Boolean(attendance?.invitedMemberId);
  const unitName = member ? (attendance?.invitedMember?.name ?? '') : (attendance?.unit?.name ?? attendance?.unitId ?? '');

  async function submit(values: Values) {
    if (!attendance || !values.status) return;
    setProblem(null);
    serverErrors.clearAll();
    const leave = values.status === 'LEAVE';
    const result = await record(
      {
        input: {
          meetingId,
          ...(attendance.invitedMemberId ? { memberId: attendance.invitedMemberId } : { unitId: attendance.unitId }),
          version: attendance.version,
          status: values.status,
          attendee: values.status === 'PRESENT' ? text(values.attendee) : null,
          leaveReason: leave ? text(values.leaveReason) : null,
          delegate: leave ? text(values.delegate) : null,
          late: values.status === 'PRESENT' ? Boolean(values.late) : false,
        },
      },
      REFRESH_MEETING,
    );
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    void message.success(t('attendance.recorded', { unit: unitName }));
    onClose();
  }

  return (
    <Modal
      open={attendance !== null}
      title={t('attendance.recordTitle', { unit: unitName })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => opened || setProblem(null)}
      destroyOnHidden
    >
      <ProblemAlert problem={leftToShow(problem)} onReload={() => (onClose(), onReload())} />
      <Form<Values>
        form={form}
        name="recordAttendance"
        layout="vertical"
        preserve={false}
        initialValues={{
          status: attendance && attendance.status !== 'INVITED' ? attendance.status : 'PRESENT',
          attendee: attendance?.attendee ?? '',
          leaveReason: attendance?.leaveReason ?? '',
          delegate: attendance?.delegate ?? '',
          late: attendance?.late ?? false,
        }}
        onFinish={submit}
        onValuesChange={serverErrors.onValuesChange}
      >
        <Form.Item name="status" label={t('attendance.status')} rules={[{ required: true, message: t('attendance.statusRequired') }]}>
          <Radio.Group
            optionType="button"
            options={RECORDED.map((value) => ({ value, label: t(proceedingsLabel.attendance(value)) }))}
          />
        </Form.Item>
        {status === 'PRESENT' && (
          <>
            <Form.Item name="attendee" hidden={member} label={t('attendance.attendee')} extra={t('attendance.attendeeHint')}>
              <Input maxLength={60} autoComplete="off" />
            </Form.Item>
            <Form.Item name="late" valuePropName="checked">
              <Checkbox>{t('attendance.lateLabel')}</Checkbox>
            </Form.Item>
          </>
        )}
        {status === 'LEAVE' && (
          <>
            <Form.Item
              name="leaveReason"
              label={t('attendance.leaveReason')}
              rules={[{ required: true, whitespace: true, message: t('attendance.leaveReasonRequired') }]}
            >
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
            <Form.Item name="delegate" hidden={member} label={t('attendance.delegate')} extra={t('attendance.delegateHint')}>
              <Input maxLength={60} autoComplete="off" />
            </Form.Item>
          </>
        )}
        {status === 'ABSENT' && <Typography.Paragraph type="secondary">{t('attendance.absentHint')}</Typography.Paragraph>}
      </Form>
    </Modal>
  );
}
