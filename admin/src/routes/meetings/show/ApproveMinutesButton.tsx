import { AuditOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useMutation } from 'urql';
import { toProblem, type ApiProblem } from '../../../api/errors';
import { graphql } from '../../../gql';
import { useT } from '../../../i18n';
import { REFRESH_MEETING } from '../fragments';

const ApproveMinutesMutation = graphql(`
  mutation ApproveMinutes($meetingId: ID!, $version: Int!) {
    approveMinutes(meetingId: $meetingId, version: $version) {
      ...MeetingPageFields
    }
  }
`);

/** 审定纪要, after a confirm that says what it does: the minutes lock and items that reached consensus become resolutions. */
export function ApproveMinutesButton({ meeting, onProblem }: { meeting: { id: string; version: number }; onProblem: (problem: ApiProblem | null) => void }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const [{ fetching }, approve] = useMutation(ApproveMinutesMutation);

  function confirm() {
    modal.confirm({
      title: t('minutes.approveTitle'),
      content: t('minutes.approveConfirm'),
      okText: t('minutes.approve'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        onProblem(null);
        const result = await approve({ meetingId: meeting.id, version: meeting.version }, REFRESH_MEETING);
        if (result.error) return onProblem(toProblem(result.error));
        void message.success(t('minutes.approved'));
      },
    });
  }

  return (
    <Button type="primary" icon={<AuditOutlined />} loading={fetching} onClick={confirm}>
      {t('minutes.approve')}
    </Button>
  );
}
