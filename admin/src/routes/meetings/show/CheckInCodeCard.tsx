import { CheckCircleOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Popconfirm, QRCode, Typography } from 'antd';
import { useMutation } from 'urql';
import { formatDateTime } from '../../../api/dates';
import { toProblem, type ApiProblem } from '../../../api/errors';
import { graphql } from '../../../gql';
import type { MeetingPageFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { REFRESH_MEETING } from '../fragments';

const MarkMeetingHeldMutation = graphql(`
  mutation MarkMeetingHeld($id: ID!, $version: Int!) {
    markMeetingHeld(id: $id, version: $version) {
      ...MeetingPageFields
    }
  }
`);

/**
 * What the QR code carries: a link to the invited unit's own page of the notice (`/notices/:id`, the liaison's
 * 签到 card, `?at=` the start it reads notices from) with the code, which a phone opens signed in as the unit. The
 * code is also shown large to read out in the room.
 */
export const checkInLink = (meeting: { id: string; startsAt: string }, code: string) =>
  `${window.location.origin}/notices/${encodeURIComponent(meeting.id)}?at=${encodeURIComponent(meeting.startsAt)}&code=${encodeURIComponent(code)}`;

interface Props {
  meeting: MeetingPageFieldsFragment;
  checkIn: { checkInCode?: string | null; checkInOpensAt: string; checkInClosesAt: string };
  onProblem: (problem: ApiProblem | null) => void;
}

/** 签到码: the six digits and their QR code, the window they are valid in, and 标记为已召开 once the meeting started. */
export function CheckInCodeCard({ meeting, checkIn, onProblem }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [{ fetching }, markHeld] = useMutation(MarkMeetingHeldMutation);
  const code = checkIn.checkInCode;
  const now = Date.now();
  const open = Date.parse(checkIn.checkInOpensAt) <= now && now <= Date.parse(checkIn.checkInClosesAt);

  async function hold() {
    onProblem(null);
    const result = await markHeld({ id: meeting.id, version: meeting.version }, REFRESH_MEETING);
    if (result.error) return onProblem(toProblem(result.error));
    void message.success(t('checkIn.held'));
  }

  return (
    <Card
      title={t('checkIn.title')}
      size="small"
      style={{ marginBottom: 16 }}
      extra={
        meeting.allowedActions.includes('HOLD') && (
          <Popconfirm title={t('checkIn.holdConfirm')} okText={t('checkIn.hold')} cancelText={t('common.cancel')} onConfirm={hold}>
            <Button type="primary" icon={<CheckCircleOutlined />} loading={fetching}>
              {t('checkIn.hold')}
            </Button>
          </Popconfirm>
        )
      }
    >
      {!code ? (
        <Typography.Text type="secondary">{t('checkIn.noCode')}</Typography.Text>
      ) : (
        <Flex gap={24} wrap align="center">
          <QRCode value={checkInLink(meeting, code)} size={160} bordered={false} aria-label={t('checkIn.qr')} role="img" />
          <Flex vertical gap={8}>
            <Typography.Text type="secondary">{t('checkIn.code')}</Typography.Text>
            <Typography.Text
              strong
              copyable={{ text: code, tooltips: [t('checkIn.copy'), t('checkIn.copied')] }}
              style={{ fontSize: 32, letterSpacing: 6, fontVariantNumeric: 'tabular-nums' }}
              data-testid="check-in-code"
            >
              {code}
            </Typography.Text>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('checkIn.opensAt')}>{formatDateTime(checkIn.checkInOpensAt)}</Descriptions.Item>
              <Descriptions.Item label={t('checkIn.closesAt')}>{formatDateTime(checkIn.checkInClosesAt)}</Descriptions.Item>
            </Descriptions>
            <Typography.Text type={open ? 'success' : 'secondary'}>{t(open ? 'checkIn.windowOpen' : 'checkIn.windowClosed')}</Typography.Text>
          </Flex>
        </Flex>
      )}
    </Card>
  );
}
