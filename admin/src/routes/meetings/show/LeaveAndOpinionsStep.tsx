import { Card, Empty, List, Skeleton, Typography } from 'antd';
import { useQuery } from 'urql';
import { formatDateTime } from '../../../api/dates';
import { toProblem } from '../../../api/errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import type { MeetingPageFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { MeetingAttendanceQuery } from '../fragments';
import { AttendanceTable } from './AttendanceTable';

/**
 * 请假与意见: before the meeting, each invited unit's standing (请假 with its reason and delegate) and the written
 * opinions (书面意见) the units sent on each agenda item (003 doc 3 §5).
 */
export function LeaveAndOpinionsStep({ meeting }: { meeting: MeetingPageFieldsFragment }) {
  const t = useT();
  const [{ data, error }, reexecute] = useQuery({ query: MeetingAttendanceQuery, variables: { id: meeting.id } });
  if (error && !data) return <ProblemAlert problem={toProblem(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data?.meeting) return <Skeleton active />;
  const opinions = data.meeting.opinions.edges.map((e) => e.node);
  const items = [...meeting.agenda].sort((a, b) => a.order - b.order);

  return (
    <>
      <Card title={t('attendance.leaveTitle')} size="small" style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{t('attendance.leaveHint')}</Typography.Paragraph>
        <AttendanceTable rows={data.meeting.attendance} testId="leave-table" />
      </Card>
      <Card title={t('opinions.title')} size="small" style={{ marginBottom: 16 }} data-testid="opinions">
        {opinions.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('opinions.empty')} />
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
                          title={o.unit?.name ?? o.unitId}
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
        {data.meeting.opinions.pageInfo.hasNextPage && <Typography.Text type="secondary">{t('opinions.more')}</Typography.Text>}
      </Card>
    </>
  );
}
