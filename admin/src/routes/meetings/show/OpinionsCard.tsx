import { Card, List, Skeleton, Typography } from 'antd';
import { useQuery } from 'urql';
import { formatDateTime } from '../../../api/dates';
import { toProblem } from '../../../api/errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import type { MeetingPageFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { MeetingOpinionsQuery } from '../fragments';

/** 书面意见: the opinions the units sent in advance (003 doc 3 §5), by agenda item. */
export function OpinionsCard({ meeting }: { meeting: MeetingPageFieldsFragment }) {
  const t = useT();
  const [{ data, error }, reexecute] = useQuery({ query: MeetingOpinionsQuery, variables: { id: meeting.id } });
  const opinions = data?.meeting?.opinions.edges.map((e) => e.node) ?? [];
  const unitName = (unitId: string) => meeting.invitedUnits.find((u) => u.id === unitId)?.name ?? unitId;
  const items = [...meeting.agenda].sort((a, b) => a.order - b.order);

  return (
    <Card title={t('opinions.title')} size="small" style={{ marginBottom: 16 }} data-testid="opinions">
      {error && !data ? (
        <ProblemAlert problem={toProblem(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !data ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : opinions.length === 0 ? (
        <Typography.Text type="secondary">{t('opinions.empty')}</Typography.Text>
      ) : (
        items.map((item) => {
          const mine = opinions.filter((o) => o.agendaItemId === item.id);
          return (
            <section key={item.id} style={{ marginBottom: 12 }}>
              <Typography.Title level={5} style={{ marginTop: 0 }}>
                {t('agenda.item', { order: item.order })}：{item.title}
              </Typography.Title>
              {mine.length === 0 ? (
                <Typography.Text type="secondary">{t('opinions.noneForItem')}</Typography.Text>
              ) : (
                <List
                  size="small"
                  dataSource={mine}
                  renderItem={(o) => (
                    <List.Item>
                      <List.Item.Meta
                        title={unitName(o.unitId)}
                        description={t('opinions.submitted', { by: o.submittedBy, at: formatDateTime(o.submittedAt) })}
                      />
                      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0, flex: 2 }}>{o.text}</Typography.Paragraph>
                    </List.Item>
                  )}
                />
              )}
            </section>
          );
        })
      )}
      {data?.meeting?.opinions.pageInfo.hasNextPage && <Typography.Text type="secondary">{t('opinions.more')}</Typography.Text>}
    </Card>
  );
}
