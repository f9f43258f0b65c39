import { SendOutlined } from '@ant-design/icons';
import { App, Button, Card, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMutation } from 'urql';
import { formatDateTime } from '../../../api/dates';
import { toProblem, type ApiProblem } from '../../../api/errors';
import { useAccess } from '../../../auth/AuthProvider';
import { CursorPager } from '../../../components/CursorPager';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { graphql } from '../../../gql';
import type { MeetingOutboxQuery as MeetingOutboxResult } from '../../../gql/graphql';
import { useConnectionTable } from '../../../hooks/useConnectionTable';
import { useT } from '../../../i18n';

export const MeetingOutboxQuery = graphql(`
  query MeetingOutbox($meetingId: ID!, $first: Int, $after: String) {
    meetingOutbox(meetingId: $meetingId, first: $first, after: $after) {
      edges {
        cursor
        node {
          notificationId
          reminderLabel
          recipientKind
          recipientId
          unit { id name }
          member { id name }
          channel
          dueAt
          sentAt
          readAt
        }
      }
      pageInfo { endCursor hasNextPage }
    }
  }
`);

const DispatchDueRemindersMutation = graphql(`
  mutation DispatchDueReminders {
    dispatchDueReminders { meetings reminders entries complete }
  }
`);

type Entry = MeetingOutboxResult['meetingOutbox']['edges'][number]['node'];

interface Props {
  meetingId: string;
  onProblem: (problem: ApiProblem | null) => void;
}

/**
 * 提醒发送记录: the reminders the outbox recorded for this meeting, one row per invited unit or member in person (latest
 * reminder first), with when each was due, sent and first read. The region admin may run the dispatcher now (立即发送到期
 * 提醒); otherwise the scheduled job records reminders as they fall due.
 */
export function OutboxCard({ meetingId, onProblem }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const access = useAccess();
  const table = useConnectionTable({
    query: MeetingOutboxQuery,
    variables: ({ first, after }) => ({ meetingId, first, after }),
    connection: (data) => data.meetingOutbox,
    resetKey: meetingId,
    additionalTypenames: ['OutboxEntry'],
  });
  const [{ fetching }, dispatch] = useMutation(DispatchDueRemindersMutation);

  async function dispatchNow() {
    onProblem(null);
    const result = await dispatch({}, { additionalTypenames: ['OutboxEntry'] });
    if (result.error) return onProblem(toProblem(result.error));
    const entries = result.data?.dispatchDueReminders.entries ?? 0;
    void message.success(entries > 0 ? t('outbox.dispatched', { count: entries }) : t('outbox.nothingDue'));
    table.refresh();
  }

  const columns: ColumnsType<Entry> = [
    {
      title: t('outbox.recipient'),
      key: 'recipient',
      render: (_, e) => (
        <>
          <Tag>{t(e.recipientKind === 'UNIT' ? 'outbox.unit' : 'outbox.member')}</Tag>
          {e.unit?.name ?? e.member?.name ?? e.recipientId}
        </>
      ),
    },
    { title: t('outbox.reminder'), dataIndex: 'reminderLabel', key: 'reminder' },
    { title: t('outbox.dueAt'), key: 'dueAt', render: (_, e) => formatDateTime(e.dueAt) },
    { title: t('outbox.sentAt'), key: 'sentAt', render: (_, e) => formatDateTime(e.sentAt) },
    { title: t('outbox.channel'), key: 'channel', render: (_, e) => t(`outbox.channel.${e.channel}`) },
    {
      title: t('outbox.read'),
      key: 'read',
      render: (_, e) =>
        e.readAt ? (
          <Tag color="green" title={formatDateTime(e.readAt)}>
            {t('outbox.readAt', { at: formatDateTime(e.readAt) })}
          </Tag>
        ) : (
          <Tag>{t('outbox.unread')}</Tag>
        ),
    },
  ];

  return (
    <Card
      title={t('outbox.title')}
      size="small"
      style={{ marginBottom: 16 }}
      data-testid="meeting-outbox"
      extra={
        access.manageMeetings && (
          <Button size="small" icon={<SendOutlined />} loading={fetching} onClick={dispatchNow}>
            {t('outbox.dispatch')}
          </Button>
        )
      }
    >
      {table.error && !table.data ? (
        <ProblemAlert problem={toProblem(table.error)} onRetry={table.refresh} />
      ) : (
        <>
          <Table<Entry>
            {...table.tableProps}
            size="small"
            rowKey={(e) => `${e.notificationId}|${e.recipientKind}|${e.recipientId}`}
            columns={columns}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <Typography.Text type="secondary">{t('outbox.empty')}</Typography.Text> }}
          />
          {(table.pager.hasNext || table.pager.hasPrevious) && <CursorPager pager={table.pager} />}
        </>
      )}
    </Card>
  );
}
