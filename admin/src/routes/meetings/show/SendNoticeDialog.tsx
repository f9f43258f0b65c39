import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../../../api/errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { graphql } from '../../../gql';
import { useServerFieldErrors } from '../../../hooks/useServerFieldErrors';
import { useT } from '../../../i18n';
import { daysUntil } from '../time';
import { NOTICE_DAYS } from './NoticeCard';

const SendMeetingNoticeMutation = graphql(`
  mutation SendMeetingNotice($input: SendMeetingNoticeInput!) {
    sendMeetingNotice(input: $input) {
      ...MeetingPageFields
    }
  }
`);

interface Props {
  meeting: { id: string; title: string; version: number; startsAt: string; invitedUnits: readonly unknown[]; invitedMembers: readonly unknown[] };
  open: boolean;
  onClose: () => void;
  onReload: () => void;
}

/**
 * 发送会议通知. Less than 7 days before the start the dialog says the rule and asks for 补发原因; whether the notice
 * is late is the server's to decide (its refusal lands at the field), so the field is asked for, not enforced here.
 */
export function SendNoticeDialog({ meeting, open, onClose, onReload }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ lateReason?: string }>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, sendNotice] = useMutation(SendMeetingNoticeMutation);
  const days = daysUntil(meeting.startsAt);
  const late = days < NOTICE_DAYS;

  async function submit(values: { lateReason?: string }) {
    setProblem(null);
    serverErrors.clearAll();
    const result = await sendNotice({
      input: { meetingId: meeting.id, version: meeting.version, lateReason: values.lateReason?.trim() || null },
    });
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    void message.success(t('meetingNotice.sent'));
    onClose();
  }

  return (
    <Modal
      open={open}
      title={t('meetingNotice.sendTitle', { title: meeting.title })}
      okText={t('meetingNotice.send')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => opened || setProblem(null)}
      destroyOnHidden
    >
      <Typography.Paragraph>
        {meeting.invitedMembers.length > 0
          ? t('meetingNotice.sendHintWithMembers', { units: meeting.invitedUnits.length, members: meeting.invitedMembers.length })
          : t('meetingNotice.sendHint', { count: meeting.invitedUnits.length })}
      </Typography.Paragraph>
      {late && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('meetingNotice.rule')}
          description={t('meetingNotice.lateHint', { days: Math.max(0, Math.floor(days)) })}
        />
      )}
      <ProblemAlert
        problem={leftToShow(problem)}
        onReload={() => {
          onClose();
          onReload();
        }}
      />
      <Form form={form} name="sendMeetingNotice" layout="vertical" onFinish={submit} onValuesChange={serverErrors.onValuesChange}>
        {late && (
          <Form.Item name="lateReason" label={t('meetingNotice.lateReason')} required>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
