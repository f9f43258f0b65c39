import { useMutation } from 'urql';
import { ReasonDialog } from '../../../components/ReasonDialog';
import { graphql } from '../../../gql';
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
  const [{ fetching }, cancelMeeting] = useMutation(CancelMeetingMutation);

  return (
    <ReasonDialog
      open={open}
      formName="cancelMeeting"
      title={t('meetingStatus.cancelTitle', { title: meeting.title })}
      okText={t('meetingStatus.cancel')}
      hint={t('meetingStatus.cancelHint')}
      label={t('meetingStatus.reason')}
      requiredMessage={t('meetingStatus.reasonRequired')}
      submitting={fetching}
      submit={async (reason) => (await cancelMeeting({ input: { id: meeting.id, version: meeting.version, reason } })).error}
      successText={t('meetingStatus.cancelled')}
      onClose={onClose}
      onReload={onReload}
    />
  );
}
