import { Alert, Card, Col, Flex, Row, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { formatDateTime } from '../../../api/dates';
import { toProblem, type ApiProblem } from '../../../api/errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import type { MeetingPageFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { MeetingMinutesQuery } from '../fragments';
import { AddendumDialog } from './AddendumDialog';
import { ApproveMinutesButton } from './ApproveMinutesButton';
import { ConsensusPanel } from './ConsensusPanel';
import { MinutesEditor } from './MinutesEditor';
import { MinutesHistoryDialog } from './MinutesHistoryDialog';
import { MinutesView } from './MinutesView';
import { PositionDialog, type PositionWithView } from './PositionDialog';

type Item = { id: string; title: string };

/**
 * 纪要: per agenda item, its minutes (editor while they may be written, read-only once approved, with 补充说明) beside
 * its consensus; 审定纪要 above them locks everything and writes the resolutions.
 */
export function MinutesStep({ meeting, onProblem }: { meeting: MeetingPageFieldsFragment; onProblem: (problem: ApiProblem | null) => void }) {
  const t = useT();
  const [{ data, error }, reexecute] = useQuery({ query: MeetingMinutesQuery, variables: { id: meeting.id } });
  const [history, setHistory] = useState<Item | null>(null);
  const [addendum, setAddendum] = useState<Item | null>(null);
  const [position, setPosition] = useState<PositionWithView | null>(null);
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  if (error && !data) return <ProblemAlert problem={toProblem(error)} onRetry={reload} />;
  if (!data?.meeting) return <Skeleton active />;

  const approved = Boolean(meeting.approvedAt);
  const writable = meeting.allowedActions.includes('RECORD_MINUTES') && !approved;
  const attending = data.meeting.attendance.filter((a) => a.takesPart).map((a) => ({ unitId: a.unitId, name: a.unit?.name ?? a.unitId }));
  const items = [...meeting.agenda].sort((a, b) => a.order - b.order);

  return (
    <>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex justify="space-between" align="center" wrap gap={12}>
          <Typography.Text type={approved ? 'success' : 'secondary'} data-testid="minutes-state">
            {approved
              ? t('minutes.approvedLine', { by: meeting.approvedBy ?? '', at: formatDateTime(meeting.approvedAt!) })
              : writable
                ? t('minutes.writingHint')
                : t('minutes.notYet')}
          </Typography.Text>
          {meeting.allowedActions.includes('APPROVE_MINUTES') && <ApproveMinutesButton meeting={meeting} onProblem={onProblem} />}
        </Flex>
      </Card>
      {writable && attending.length === 0 && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('consensus.recordAttendanceFirst')} />}
      {items.length === 0 && <Typography.Text type="secondary">{t('agenda.empty')}</Typography.Text>}
      {items.map((item) => {
        const minutes = data.meeting!.minutes.find((m) => m.agendaItemId === item.id) ?? null;
        const locked = approved || Boolean(minutes?.locked);
        return (
          <Card
            key={item.id}
            size="small"
            title={`${t('agenda.item', { order: item.order })}：${item.title}`}
            style={{ marginBottom: 16 }}
            data-testid="minutes-item"
          >
            <Row gutter={[24, 16]}>
              <Col xs={24} xl={14}>
                {writable && !locked ? (
                  <MinutesEditor
                    key={minutes?.version ?? 0}
                    meetingId={meeting.id}
                    agendaItemId={item.id}
                    minutes={minutes}
                    onHistory={() => setHistory(item)}
                    onReload={reload}
                  />
                ) : (
                  <MinutesView minutes={minutes} onHistory={() => setHistory(item)} onAddendum={locked && minutes ? () => setAddendum(item) : undefined} />
                )}
              </Col>
              <Col xs={24} xl={10}>
                <ConsensusPanel
                  meetingId={meeting.id}
                  agendaItemId={item.id}
                  consensus={data.meeting!.consensus.find((c) => c.agendaItemId === item.id) ?? null}
                  attending={attending}
                  editable={writable}
                  onView={setPosition}
                  onProblem={onProblem}
                />
              </Col>
            </Row>
          </Card>
        );
      })}
      <MinutesHistoryDialog meetingId={meeting.id} item={history} onClose={() => setHistory(null)} />
      <AddendumDialog meetingId={meeting.id} item={addendum} onClose={() => setAddendum(null)} />
      <PositionDialog meetingId={meeting.id} target={position} onClose={() => setPosition(null)} />
    </>
  );
}
