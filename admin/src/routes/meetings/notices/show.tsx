import { EditOutlined, LinkOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Button, Card, Descriptions, Empty, Flex, List, Result, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { formatDateTime } from '../../../api/dates';
import { toProblem } from '../../../api/errors';
import { useAccess } from '../../../auth/AuthProvider';
import { ArchiveFileLink } from '../../../components/ArchiveFileLink';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useT } from '../../../i18n';
import { enumLabel } from '../../../i18n/enums';
import Forbidden from '../../../layout/Forbidden';
import { MeetingStatusTag } from '../MeetingStatusTag';
import { formatMeetingTime } from '../time';
import { AttendanceTag } from './AttendanceTag';
import { CalendarButton } from '../CalendarButton';
import { CheckInCard } from './CheckInCard';
import { MyNoticeQuery, ownAttendance } from './fragments';
import { LeaveDialog } from './LeaveDialog';
import { OpinionDialog } from './OpinionDialog';
import { ReceiptCard } from './ReceiptCard';

const CONTEXT = { additionalTypenames: ['Attendance', 'MeetingOpinion'] };
const ATTENDABLE = new Set(['NOTICED', 'HELD']);

/**
 * /notices/:id: a meeting its unit was noticed of, as the liaison reads it — when and where (or the online link), the
 * agenda, a late notice's reason, its unit's attendance — with 请假 (a reason and a 代参会人), 书面意见 on each 议题 until
 * the start, and 签到 with the meeting's six-digit code (from 30 minutes before the start until the end); once the minutes
 * are approved with resolutions, 签收 of the resolutions notice.
 */
export default function MyNoticePage() {
  const { id = '' } = useParams();
  const t = useT();
  const unitId = useAccess().noticesUnitId ?? '';
  const at = useSearchParams()[0].get('at');
  const from = at && !Number.isNaN(Date.parse(at)) ? new Date(at).toISOString() : null;
  // From its start, a few are enough; without it (a hand-typed address), the unit's first notices. A unit has one
  // opinion per agenda item: 100 covers any agenda.
  const variables = { first: from ? 5 : 50, from, opinions: 100 };
  const [{ data, error }, reexecute] = useQuery({ query: MyNoticeQuery, variables, context: CONTEXT });
  const [leaveOpen, setLeaveOpen] = useState(false);
  const [opinionOn, setOpinionOn] = useState<{ id: string; order: number; title: string } | null>(null);
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  const meeting = data?.viewer?.meetingNotices?.edges.map((e) => e.node).find((m) => m.id === id) ?? null;
  if (error && !meeting) {
    const problem = toProblem(error);
    return problem.code === 'FORBIDDEN' ? <Forbidden /> : <ProblemAlert problem={problem} onRetry={reload} />;
  }
  if (!data) return <Skeleton active />;
  if (!meeting) {
    return <Result status="404" title={t('myNotices.notFound')} extra={<Link to="/notices">{t('myNotices.backToList')}</Link>} />;
  }

  const none = t('common.none');
  const now = Date.now();
  const started = now >= Date.parse(meeting.startsAt);
  const ended = now > Date.parse(meeting.endsAt);
  const attendable = ATTENDABLE.has(meeting.status);
  const own = ownAttendance(meeting.attendance, unitId);
  const canAskLeave = meeting.status === 'NOTICED' && !ended && own?.status !== 'PRESENT';
  const canSendOpinions = meeting.status === 'NOTICED' && !started;
  const opinions = new Map(
    meeting.opinions.edges.map((e) => e.node).filter((o) => o.unitId === unitId).map((o) => [o.agendaItemId, o]),
  );

  return (
    <>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/notices">{t('myNotices.title')}</Link> }, { title: meeting.title }]} />
      <Card style={{ marginBottom: 16 }}>
        <Flex justify="space-between" align="start" wrap gap={16}>
          <Space orientation="vertical" size={4}>
            <Space align="center" size={12} wrap>
              <Typography.Title level={3} style={{ margin: 0 }} data-testid="notice-title">
                {meeting.title}
              </Typography.Title>
              <MeetingStatusTag status={meeting.status} />
            </Space>
            <Typography.Text type="secondary">
              {t(enumLabel.meetingKind(meeting.kind))} · {formatMeetingTime(meeting.startsAt, meeting.endsAt)}
            </Typography.Text>
          </Space>
          {canAskLeave && (
            <Button onClick={() => setLeaveOpen(true)}>{t(own?.status === 'LEAVE' ? 'myNotices.leaveChange' : 'myNotices.leave')}</Button>
          )}
        </Flex>
      </Card>

      {meeting.status === 'CANCELLED' && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('meetingPage.cancelledAlert', { reason: meeting.statusReason ?? none })} />
      )}
      {meeting.status === 'POSTPONED' && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('myNotices.postponedAlert', { reason: meeting.statusReason ?? none })} />
      )}
      {meeting.notice?.lateReason && (
        <div data-testid="notice-late-reason">
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('myNotices.lateNotice', { days: meeting.notice.daysBeforeStart, reason: meeting.notice.lateReason })}
          />
        </div>
      )}

      <Card title={t('meetingPage.details')} size="small" style={{ marginBottom: 16 }} extra={<CalendarButton meetingId={meeting.id} />}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          <Descriptions.Item label={t('meeting.time')}>{formatMeetingTime(meeting.startsAt, meeting.endsAt)}</Descriptions.Item>
          <Descriptions.Item label={t('meeting.place')}>{meeting.place || none}</Descriptions.Item>
          {meeting.onlineLink && (
            <Descriptions.Item label={t('meeting.onlineLink')}>
              <a href={meeting.onlineLink} target="_blank" rel="noreferrer">
                <LinkOutlined /> {meeting.onlineLink}
              </a>
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('meeting.convenerUnit')}>{meeting.convenerUnit?.name ?? none}</Descriptions.Item>
          <Descriptions.Item label={t('meeting.chair')}>{meeting.chair || none}</Descriptions.Item>
          <Descriptions.Item label={t('meetingNotice.sentAt')}>{meeting.notice ? formatDateTime(meeting.notice.sentAt) : none}</Descriptions.Item>
        </Descriptions>
      </Card>

      <Card title={t('myNotices.ownAttendance')} size="small" style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('meeting.status')}>
            <AttendanceTag attendance={own} />
          </Descriptions.Item>
          {own?.attendee && <Descriptions.Item label={t('myNotices.attendee')}>{own.attendee}</Descriptions.Item>}
          {own?.status === 'LEAVE' && (
            <>
              <Descriptions.Item label={t('myNotices.leaveReason')}>
                <span data-testid="notice-leave-reason">{own.leaveReason ?? none}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('myNotices.delegate')}>
                <span data-testid="notice-delegate">{own.delegate ?? t('myNotices.noDelegate')}</span>
              </Descriptions.Item>
            </>
          )}
        </Descriptions>
      </Card>

      <ReceiptCard meetingId={meeting.id} receipt={meeting.ownReceipt} />

      <CheckInCard
        meetingId={meeting.id}
        opensAt={meeting.checkInOpensAt}
        closesAt={meeting.checkInClosesAt}
        attendable={attendable}
        attendance={own}
      />

      <Card
        title={t('meeting.agenda')}
        size="small"
        style={{ marginBottom: 16 }}
        extra={<Typography.Text type="secondary">{t(canSendOpinions ? 'myNotices.opinionsOpen' : 'myNotices.opinionsClosed')}</Typography.Text>}
      >
        {meeting.agenda.length === 0 ? (
          <Empty description={t('agenda.empty')} />
        ) : (
          <List
            dataSource={meeting.agenda}
            renderItem={(item) => {
              const opinion = opinions.get(item.id);
              const presenter = [item.presenterUnit?.name, item.presenter].filter(Boolean).join(' · ');
              return (
                <List.Item
                  data-testid="notice-agenda-item"
                  actions={
                    canSendOpinions
                      ? [
                          <Button
                            key="opinion"
                            size="small"
                            icon={<EditOutlined />}
                            aria-label={t('myNotices.opinionOn', { order: item.order })}
                            onClick={() => setOpinionOn(item)}
                          >
                            {t(opinion ? 'myNotices.opinionEdit' : 'myNotices.opinion')}
                          </Button>,
                        ]
                      : []
                  }
                >
                  <List.Item.Meta
                    title={t('myNotices.agendaItem', { order: item.order, title: item.title })}
                    description={
                      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                        {(presenter || item.plannedMinutes) && (
                          <Typography.Text type="secondary">
                            {[presenter, item.plannedMinutes ? t('agenda.minutes', { minutes: item.plannedMinutes }) : null].filter(Boolean).join(' · ')}
                          </Typography.Text>
                        )}
                        {item.materials.length > 0 && (
                          <Flex vertical gap={2} role="group" aria-label={t('agenda.materialsOf', { title: item.title })} data-testid="notice-materials">
                            {item.materials.map((file) => (
                              <ArchiveFileLink key={file.name} file={file} />
                            ))}
                          </Flex>
                        )}
                        {opinion && (
                          <div data-testid="notice-opinion">
                            <Typography.Text strong>{t('myNotices.ownOpinion')}</Typography.Text>
                            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{opinion.text}</Typography.Paragraph>
                            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                              {t('myNotices.opinionBy', { by: opinion.submittedBy, at: formatDateTime(opinion.submittedAt) })}
                            </Typography.Text>
                          </div>
                        )}
                      </Space>
                    }
                  />
                </List.Item>
              );
            }}
          />
        )}
      </Card>

      <LeaveDialog open={leaveOpen} meeting={meeting} unitId={unitId} attendance={own} onClose={() => setLeaveOpen(false)} />
      <OpinionDialog
        meetingId={meeting.id}
        unitId={unitId}
        item={opinionOn}
        current={opinionOn ? (opinions.get(opinionOn.id)?.text ?? null) : null}
        onClose={() => setOpinionOn(null)}
      />
    </>
  );
}
