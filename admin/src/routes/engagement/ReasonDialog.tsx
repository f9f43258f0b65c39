import { useMutation } from 'urql';
import { ReasonDialog as Dialog } from '../../components/ReasonDialog';
import { graphql } from '../../gql';
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
  const [declining, decline] = useMutation(DeclineReportMutation);
  const [ending, end] = useMutation(EndReportMutation);
  const decline_ = action === 'decline';
  const name = report?.memberName ?? '';

  async function submit(reason: string) {
    if (!report) return undefined;
    const context = { additionalTypenames: ['CommunityReport'] };
    const result = decline_
      ? await decline({ input: { id: report.id, version: report.version, decision: 'DECLINE', reason: reason || null } }, context)
      : await end({ input: { id: report.id, version: report.version, reason } }, context);
    return result.error;
  }

  return (
    <Dialog
      open={report !== null}
      formName="reportReason"
      title={t(decline_ ? 'inbox.declineTitle' : 'inbox.endTitle', { name })}
      okText={t(decline_ ? 'inbox.decline' : 'inbox.end')}
      hint={t(decline_ ? 'inbox.declineHint' : 'inbox.endHint')}
      label={t(decline_ ? 'report.declineReason' : 'report.endReason')}
      submitting={declining.fetching || ending.fetching}
      submit={submit}
      successText={t(decline_ ? 'inbox.declined' : 'inbox.ended', { name })}
      onClose={onClose}
      onReload={onReload}
    />
  );
}
