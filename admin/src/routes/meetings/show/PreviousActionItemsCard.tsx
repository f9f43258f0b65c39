import { Card, Skeleton, Typography } from 'antd';
import { useQuery } from 'urql';
import { formatDateTime } from '../../../api/dates';
import { toProblem } from '../../../api/errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useT } from '../../../i18n';
import { PreviousActionItemsQuery } from '../fragments';
import { ActionItemList } from './ActionItemList';

/** 上次会议督办事项: how the previous meeting of the kind's action items stand, reported at this one (003 doc 4 art.14). */
export function PreviousActionItemsCard({ meetingId }: { meetingId: string }) {
  const t = useT();
  const [{ data, error }, reexecute] = useQuery({ query: PreviousActionItemsQuery, variables: { id: meetingId } });
  const items = data?.meeting?.previousActionItems ?? [];
  const previous = items[0]?.meeting;
  return (
    <Card title={t('actionItems.previousTitle')} size="small" style={{ marginBottom: 16 }}>
      {error && !data ? (
        <ProblemAlert problem={toProblem(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !data ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : items.length === 0 ? (
        <Typography.Text type="secondary">{t('actionItems.previousEmpty')}</Typography.Text>
      ) : (
        <>
          {previous && (
            <Typography.Paragraph type="secondary">
              {t('actionItems.previousOf', { title: previous.title, at: formatDateTime(previous.startsAt) })}
            </Typography.Paragraph>
          )}
          <ActionItemList items={items} testId="previous-action-items" />
        </>
      )}
    </Card>
  );
}
