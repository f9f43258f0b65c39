import { EditOutlined, NotificationOutlined, StopOutlined, FieldTimeOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Button, Card, Descriptions, Flex, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { formatDateTime } from '../../api/dates';
import { toProblem, type ApiProblem } from '../../api/errors';
import { ProblemAlert } from '../../components/ProblemAlert';
import { UnitLink } from '../../components/UnitLink';
import { graphql } from '../../gql';
import { useT } from '../../i18n';
import { enumLabel } from '../../i18n/enums';
import Forbidden from '../../layout/Forbidden';
import { MeetingStatusTag } from './MeetingStatusTag';
import { AgendaCard } from './show/AgendaCard';
import { CancelDialog } from './show/CancelDialog';
import { NoticeCard } from './show/NoticeCard';
import { PostponeDialog } from './show/PostponeDialog';
import { SendNoticeDialog } from './show/SendNoticeDialog';
import { formatMeetingTime } from './time';

graphql(`
  fragment MeetingPageFields on Meeting {
    id
    title
    kind
    status
    statusReason
    startsAt
    endsAt
    place
    onlineLink
    convenerUnit {
      id
      name
    }
    chair
    recorder
    invitedUnits {
      id
      name
    }
    agenda {
      id
      order
      title
      presenterUnit {
        id
        name
      }
      presenter
      plannedMinutes
    }
    notice {
      sentAt
      sentBy
      daysBeforeStart
      lateReason
      recipientCount
    }
    allowedActions
    version
    createdAt
    updatedAt
  }
`);

const MeetingPageQuery = graphql(`
  query MeetingPage($id: ID!) {
    meeting(id: $id) {
      ...MeetingPageFields
    }
  }
`);

type Dialog = 'notice' | 'cancel' | 'postpone';

/**
 * /meetings/:id: a meeting's details, its agenda (添加议题 / 删除), invited units, and its notice; 编辑, 发送会议通知,
 * 延期 and 取消会议 as the meeting's `allowedActions` say.
 */
export default function MeetingShowPage() {
  const { id = '' } = useParams();
  const t = useT();
  const [{ data, error }, reexecute] = useQuery({ query: MeetingPageQuery, variables: { id } });
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const reload = () => {
    setProblem(null);
    reexecute({ requestPolicy: 'network-only' });
  };

  if (error && !data) {
    const readProblem = toProblem(error);
    return readProblem.code === 'FORBIDDEN' ? <Forbidden /> : <ProblemAlert problem={readProblem} onRetry={reload} />;
  }
  if (!data) return <Skeleton active />;
  const meeting = data.meeting;
  if (!meeting) {
    return <Result status="404" title={t('meetingPage.notFound')} extra={<Link to="/meetings">{t('meetings.backToList')}</Link>} />;
  }

  const none = t('common.none');
  const may = (action: (typeof meeting.allowedActions)[number]) => meeting.allowedActions.includes(action);
  const close = () => setDialog(null);

  return (
    <>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/meetings">{t('meetings.title')}</Link> }, { title: meeting.title }]} />
      <ProblemAlert problem={problem} onReload={reload} onClose={() => setProblem(null)} />
      {error && <ProblemAlert problem={toProblem(error)} onRetry={reload} />}
      <Card style={{ marginBottom: 16 }}>
        <Flex justify="space-between" align="start" wrap gap={16}>
          <Space align="center" size={12} wrap>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {meeting.title}
            </Typography.Title>
            <MeetingStatusTag status={meeting.status} />
            <Tag>{t(enumLabel.meetingKind(meeting.kind))}</Tag>
          </Space>
          <Space wrap>
            {may('EDIT') && (
              <Link to={`/meetings/${meeting.id}/edit`}>
                <Button icon={<EditOutlined />}>{t('common.edit')}</Button>
              </Link>
            )}
            {may('SEND_NOTICE') && (
              <Button type="primary" icon={<NotificationOutlined />} onClick={() => setDialog('notice')}>
                {t('meetingNotice.send')}
              </Button>
            )}
            {may('POSTPONE') && (
              <Button icon={<FieldTimeOutlined />} onClick={() => setDialog('postpone')}>
                {t('meetingStatus.postpone')}
              </Button>
            )}
            {may('CANCEL') && (
              <Button danger icon={<StopOutlined />} onClick={() => setDialog('cancel')}>
                {t('meetingStatus.cancel')}
              </Button>
            )}
          </Space>
        </Flex>
      </Card>

      {meeting.status === 'CANCELLED' && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('meetingPage.cancelledAlert', { reason: meeting.statusReason ?? none })} />
      )}
      {meeting.status === 'POSTPONED' && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('meetingPage.postponedAlert', { reason: meeting.statusReason ?? none })} />
      )}

      <Card title={t('meetingPage.details')} size="small" style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small" bordered>
          <Descriptions.Item label={t('meeting.kind')}>{t(enumLabel.meetingKind(meeting.kind))}</Descriptions.Item>
          <Descriptions.Item label={t('meeting.status')}>{t(enumLabel.meetingStatus(meeting.status))}</Descriptions.Item>
          <Descriptions.Item label={t('meeting.time')}>
            <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatMeetingTime(meeting.startsAt, meeting.endsAt)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('meeting.place')}>{meeting.place || none}</Descriptions.Item>
          <Descriptions.Item label={t('meeting.onlineLink')}>
            {meeting.onlineLink ? (
              <Typography.Link href={meeting.onlineLink} target="_blank" rel="noopener noreferrer">
                {meeting.onlineLink}
              </Typography.Link>
            ) : (
              none
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('meeting.convenerUnit')}>
            {meeting.convenerUnit ? <UnitLink id={meeting.convenerUnit.id} name={meeting.convenerUnit.name} /> : none}
          </Descriptions.Item>
          <Descriptions.Item label={t('meeting.chair')}>{meeting.chair || none}</Descriptions.Item>
          <Descriptions.Item label={t('meeting.recorder')}>{meeting.recorder || none}</Descriptions.Item>
          {meeting.statusReason && <Descriptions.Item label={t('meeting.statusReason')}>{meeting.statusReason}</Descriptions.Item>}
          <Descriptions.Item label={t('meeting.createdAt')}>{formatDateTime(meeting.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={t('meeting.updatedAt')}>{formatDateTime(meeting.updatedAt)}</Descriptions.Item>
        </Descriptions>
      </Card>

      <AgendaCard meeting={meeting} editable={may('EDIT')} onProblem={setProblem} />

      <Card title={t('meeting.invitedUnits')} size="small" style={{ marginBottom: 16 }}>
        {meeting.invitedUnits.length === 0 ? (
          <Typography.Text type="secondary">{t('meetingPage.invitedEmpty')}</Typography.Text>
        ) : (
          <ul data-testid="invited-units" style={{ margin: 0, paddingInlineStart: 20, columns: '16em' }}>
            {meeting.invitedUnits.map((unit) => (
              <li key={unit.id}>
                <UnitLink id={unit.id} name={unit.name} />
              </li>
            ))}
          </ul>
        )}
      </Card>

      <NoticeCard notice={meeting.notice} postponed={meeting.status === 'POSTPONED'} canSend={may('SEND_NOTICE')} onSend={() => setDialog('notice')} />

      {may('SEND_NOTICE') && <SendNoticeDialog meeting={meeting} open={dialog === 'notice'} onClose={close} onReload={reload} />}
      {may('CANCEL') && <CancelDialog meeting={meeting} open={dialog === 'cancel'} onClose={close} onReload={reload} />}
      {may('POSTPONE') && <PostponeDialog meeting={meeting} open={dialog === 'postpone'} onClose={close} onReload={reload} />}
    </>
  );
}
