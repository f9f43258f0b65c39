import { EditOutlined, NotificationOutlined, StopOutlined, FieldTimeOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Button, Card, Flex, Result, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { toProblem, type ApiProblem } from '../../api/errors';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useT } from '../../i18n';
import { enumLabel } from '../../i18n/enums';
import Forbidden from '../../layout/Forbidden';
import { MeetingPageQuery } from './fragments';
import { MeetingStatusTag } from './MeetingStatusTag';
import { AgendaCard } from './show/AgendaCard';
import { ArchiveCard } from './show/ArchiveCard';
import { CancelDialog } from './show/CancelDialog';
import { CheckInStep } from './show/CheckInStep';
import { DetailsCard, InvitedUnitsCard } from './show/DetailsCard';
import { DocumentsCard } from './show/DocumentsCard';
import { LeaveAndOpinionsStep } from './show/LeaveAndOpinionsStep';
import { MinutesStep } from './show/MinutesStep';
import { NoticeCard } from './show/NoticeCard';
import { OutboxCard } from './show/OutboxCard';
import { PostponeDialog } from './show/PostponeDialog';
import { PreviousActionItemsCard } from './show/PreviousActionItemsCard';
import { ResolutionsStep } from './show/ResolutionsStep';
import { SendNoticeDialog } from './show/SendNoticeDialog';
import { SolicitationCard } from './show/SolicitationCard';
import { MEETING_STEPS, STEP_LABELS, currentStep, isMeetingStep, type MeetingStep } from './steps';

type Dialog = 'notice' | 'cancel' | 'postpone';

/**
 * /meetings/:id: a meeting's page in steps (tabs, `?step=`): 议程 (上次会议督办事项, details, 议题, invited units),
 * 通知, 请假与意见, 签到 (code, QR, 登记, 标记为已召开), 纪要 (per item: minutes, versions, consensus; 审定纪要),
 * 决议与落实 (resolutions, 督办事项), 文件 (the Word documents). 编辑, 发送会议通知, 延期 and 取消会议 as the meeting's
 * `allowedActions` say; 议题征集 on the 议程 step while the meeting takes one (SOLICIT_AGENDA) or has one. Without `?step=` the step the meeting is at opens.
 */
export default function MeetingShowPage() {
  const { id = '' } = useParams();
  const t = useT();
  const [params, setParams] = useSearchParams();
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
  const asked = params.get('step');
  const step: MeetingStep = isMeetingStep(asked) ? asked : currentStep(meeting.status, Date.parse(meeting.startsAt) <= Date.now());
  const goTo = (next: string) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        updated.set('step', next);
        return updated;
      },
      { replace: true },
    );

  const panes: Record<MeetingStep, React.ReactNode> = {
    agenda: (
      <>
        <PreviousActionItemsCard meetingId={meeting.id} />
        <DetailsCard meeting={meeting} />
        <AgendaCard meeting={meeting} editable={may('EDIT')} onProblem={setProblem} />
        <SolicitationCard meeting={meeting} canSolicit={may('SOLICIT_AGENDA')} canAdopt={may('EDIT')} onProblem={setProblem} />
        <InvitedUnitsCard meeting={meeting} />
      </>
    ),
    notice: (
      <>
        <NoticeCard
          notice={meeting.notice}
          postponed={meeting.status === 'POSTPONED'}
          withMembers={meeting.invitedMembers.length > 0}
          canSend={may('SEND_NOTICE')}
          onSend={() => setDialog('notice')}
        />
        {meeting.notice && <OutboxCard meetingId={meeting.id} onProblem={setProblem} />}
      </>
    ),
    leave: <LeaveAndOpinionsStep meeting={meeting} />,
    checkIn: <CheckInStep meeting={meeting} onProblem={setProblem} />,
    minutes: <MinutesStep meeting={meeting} onProblem={setProblem} />,
    resolutions: <ResolutionsStep meeting={meeting} />,
    files: (
      <>
        <DocumentsCard meeting={meeting} />
        <ArchiveCard meeting={meeting} />
      </>
    ),
  };

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

      <Tabs
        activeKey={step}
        onChange={goTo}
        items={MEETING_STEPS.map((key) => ({ key, label: t(STEP_LABELS[key]), children: panes[key] }))}
        destroyOnHidden
      />

      {may('SEND_NOTICE') && <SendNoticeDialog meeting={meeting} open={dialog === 'notice'} onClose={close} onReload={reload} />}
      {may('CANCEL') && <CancelDialog meeting={meeting} open={dialog === 'cancel'} onClose={close} onReload={reload} />}
      {may('POSTPONE') && <PostponeDialog meeting={meeting} open={dialog === 'postpone'} onClose={close} onReload={reload} />}
    </>
  );
}
