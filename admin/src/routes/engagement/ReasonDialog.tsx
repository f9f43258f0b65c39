import { App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../../api/errors';
import { ProblemAlert } from '../../components/ProblemAlert';
import { graphql } from '../../gql';
import { useServerFieldErrors } from '../../hooks/useServerFieldErrors';
import { useT } from '../../i18n';

const DeclineReportMutation = graphql(`
  mutation DeclineCommunityReport($input: ConfirmCommunityReportInput!) {
    confirmCommunityReport(input: $input) {
      ...CommunityReportRow
    }
  }
`);
const EndReportMutation = graphql(`
  mutation EndCommunityReport($input: EndCommunityReportInput!) {
    endCommunityReport(input: $input) {
      ...CommunityReportRow
    }
  }
`);

export type ReasonAction = 'decline' | 'end';

interface Props {
  report: { id: string; version: number; memberName: string } | null;
  action: ReasonAction;
  onClose: () => void;
  onReload: () => void;
}

/**
 * 不通过 / 结束 a report, each with its reason. Whether a reason is needed is the API's rule (declining needs one,
 * ending always does): its refusal is shown at the 原因 field, where it is written.
 */
export function ReasonDialog({ report, action, onClose, onReload }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [declining, decline] = useMutation(DeclineReportMutation);
  const [ending, end] = useMutation(EndReportMutation);
  const decline_ = action === 'decline';

  async function submit(values: { reason?: string }) {
    if (!report) return;
    setProblem(null);
    serverErrors.clearAll();
    const reason = values.reason?.trim() ?? '';
    const context = { additionalTypenames: ['CommunityReport'] };
    const result = decline_
      ? await decline({ input: { id: report.id, version: report.version, decision: 'DECLINE', reason: reason || null } }, context)
      : await end({ input: { id: report.id, version: report.version, reason } }, context);
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    void message.success(t(decline_ ? 'inbox.declined' : 'inbox.ended', { name: report.memberName }));
    onClose();
  }

  const name = report?.memberName ?? '';
  return (
    <Modal
      open={report !== null}
      title={t(decline_ ? 'inbox.declineTitle' : 'inbox.endTitle', { name })}
      okText={t(decline_ ? 'inbox.decline' : 'inbox.end')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true }}
      confirmLoading={declining.fetching || ending.fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => opened || setProblem(null)}
      destroyOnHidden
    >
      <Typography.Paragraph>{t(decline_ ? 'inbox.declineHint' : 'inbox.endHint')}</Typography.Paragraph>
      <ProblemAlert problem={leftToShow(problem)} onReload={() => (onClose(), onReload())} />
      <Form form={form} name="reportReason" layout="vertical" onFinish={submit} onValuesChange={serverErrors.onValuesChange}>
        <Form.Item name="reason" label={t(decline_ ? 'report.declineReason' : 'report.endReason')} required>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
