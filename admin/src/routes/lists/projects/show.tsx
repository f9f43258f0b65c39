import {
  CheckCircleOutlined,
  CloseCircleOutlined,
  FlagOutlined,
  PlayCircleOutlined,
  PlusOutlined,
  StopOutlined,
  TeamOutlined,
  FormOutlined,
} from '@ant-design/icons';
import { Alert, App, Breadcrumb, Button, Card, Descriptions, Flex, Popconfirm, Result, Skeleton, Space, Table, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { formatDateTime } from '../../../api/dates';
import { problemText, toProblem, type ApiProblem } from '../../../api/errors';
import { useAccess } from '../../../auth/AuthProvider';
import { KeyboardScrollable } from '../../../components/KeyboardScrollable';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { graphql } from '../../../gql';
import type { ProjectAction, ProjectPageFieldsFragment } from '../../../gql/graphql';
import { useT, type Translate } from '../../../i18n';
import Forbidden from '../../../layout/Forbidden';
import { LIFECYCLE_ACTIONS, PROJECT_STATUSES, listLabel } from '../enums';
import { useOwnUnit } from '../own-unit';
import { PublicationTag, PublishButton, projectPublishable } from '../publications/PublicationControls';
import { NeedStatusTag, OverdueTag, ProjectStatusTag } from '../StatusTags';
import { AddResourceDialog } from './show/AddResourceDialog';
import { ClaimDialog } from './show/ClaimDialog';
import { ProgressCard } from './show/ProgressCard';
import { ProgressDialog } from './show/ProgressDialog';
import { TransitionDialog } from './show/TransitionDialog';

const ProjectPageQuery = graphql(`
  query ProjectPage($id: ID!) {
    project(id: $id) {
      ...ProjectPageFields
    }
  }
`);

const WithdrawClaimMutation = graphql(`
  mutation WithdrawClaim($claimId: ID!) {
    withdrawClaim(claimId: $claimId) {
      id
      project {
        ...ProjectPageFields
      }
    }
  }
`);

type Claim = ProjectPageFieldsFragment['claims'][number];
type Dialog = 'claim' | 'resource' | 'progress';

const ACTION_ICONS: Partial<Record<ProjectAction, ReactNode>> = {
  APPROVE: <CheckCircleOutlined />,
  START: <PlayCircleOutlined />,
  ACCEPT: <FlagOutlined />,
  REJECT: <CloseCircleOutlined />,
  CANCEL: <StopOutlined />,
};

/** A history step in words: a lifecycle move by its status (核准 …), or 认领 / 撤回认领 / 进展. */
function eventLabel(action: string, t: Translate): string {
  if ((PROJECT_STATUSES as readonly string[]).includes(action)) return t(listLabel.projectStatus(action as (typeof PROJECT_STATUSES)[number]));
  if (action === 'CLAIMED') return t('history.claimed');
  if (action === 'CLAIM_WITHDRAWN') return t('history.claimWithdrawn');
  if (action === 'PROGRESS') return t('history.progress');
  return action;
}

/**
 * /lists/projects/:id: a project's details and needs, its claims (responsible units, resources with quantities,
 * volunteer places), its history; the lifecycle moves, 认领, 添加资源 and 报告进展 as its `allowedActions` and the
 * viewer's unit allow.
 */
export default function ProjectShowPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { message } = App.useApp();
  const access = useAccess();
  const own = useOwnUnit();
  const [{ data, error }, reexecute] = useQuery({ query: ProjectPageQuery, variables: { id } });
  const [, withdrawClaim] = useMutation(WithdrawClaimMutation);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [transition, setTransition] = useState<ProjectAction | null>(null);
  const reload = () => {
    setProblem(null);
    reexecute({ requestPolicy: 'network-only' });
  };

  if (error && !data) {
    const readProblem = toProblem(error);
    return readProblem.code === 'FORBIDDEN' ? <Forbidden /> : <ProblemAlert problem={readProblem} onRetry={reload} />;
  }
  if (!data) return <Skeleton active />;
  const project = data.project;
  if (!project) return <Result status="404" title={t('projectPage.notFound')} extra={<Link to="/lists/projects">{t('projects.backToList')}</Link>} />;

  const none = t('common.none');
  const may = (action: ProjectAction) => project.allowedActions.includes(action);
  const beforeStart = project.status === 'SUBMITTED' || project.status === 'APPROVED';
  const open = beforeStart || project.status === 'IN_PROGRESS';
  const mayAddResource = open && (access.manageLists || access.listsUnitId !== null);
  const mayWithdraw = (claim: Claim) => beforeStart && (access.manageLists || (access.listsUnitId !== null && claim.unitId === access.listsUnitId));
  const active = project.claims.filter((c) => c.status === 'ACTIVE');
  const units = active.filter((c) => c.kind === 'UNIT');
  const resources = active.filter((c) => c.kind === 'RESOURCE');
  const members = active.filter((c) => c.kind === 'MEMBER');
  const windowOpenUntil = project.claimWindowEndsAt && dayjs(project.claimWindowEndsAt).isAfter(dayjs()) ? project.claimWindowEndsAt : null;

  async function withdraw(claim: Claim) {
    setProblem(null);
    const result = await withdrawClaim({ claimId: claim.id }, { additionalTypenames: ['Resource'] });
    if (result.error) {
      const answer = toProblem(result.error);
      if (answer.code === 'CONFLICT') setProblem(answer);
      else void message.error(problemText(answer, t));
      return;
    }
    void message.success(t('claims.withdrawn'));
  }
  const withdrawButton = (claim: Claim, name: string) =>
    mayWithdraw(claim) && (
      <Popconfirm
        title={t('claims.withdrawConfirm', { name })}
        okText={t('claims.withdraw')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true }}
        onConfirm={() => withdraw(claim)}
      >
        <Button type="link" danger size="small">
          {t('claims.withdraw')}
        </Button>
      </Popconfirm>
    );

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[{ title: <Link to={`/lists/projects?year=${project.year}`}>{t('projects.title')}</Link> }, { title: project.title }]}
      />
      <ProblemAlert problem={problem} onReload={reload} onClose={() => setProblem(null)} />
      <Card style={{ marginBottom: 16 }}>
        <Flex justify="space-between" align="start" wrap gap={16}>
          <Space align="center" size={12} wrap>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {project.title}
            </Typography.Title>
            <ProjectStatusTag status={project.status} />
            {project.overdue && <OverdueTag />}
            <PublicationTag publication={project.publication} />
          </Space>
          <Space wrap>
            <PublishButton record={project} type="PROJECT" publishable={projectPublishable(project.status)} />
            {may('CLAIM') && (
              <Button type="primary" icon={<TeamOutlined />} onClick={() => setDialog('claim')}>
                {t('claim.open')}
              </Button>
            )}
            {LIFECYCLE_ACTIONS.filter(may).map((action) => (
              <Button
                key={action}
                type={action === 'APPROVE' || action === 'ACCEPT' || action === 'START' ? 'primary' : 'default'}
                danger={action === 'REJECT' || action === 'CANCEL'}
                icon={ACTION_ICONS[action]}
                onClick={() => setTransition(action)}
              >
                {t(listLabel.projectAction(action))}
              </Button>
            ))}
            {may('REPORT_PROGRESS') && (
              <Button icon={<FormOutlined />} onClick={() => setDialog('progress')}>
                {t('progress.open')}
              </Button>
            )}
          </Space>
        </Flex>
      </Card>

      {project.status === 'APPROVED' && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="claim-window"
          title={windowOpenUntil ? t('projectPage.claimWindow', { until: formatDateTime(windowOpenUntil) }) : t('projectPage.claimOpen')}
        />
      )}
      {(project.status === 'REJECTED' || project.status === 'CANCELLED') && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('projectPage.stoppedAlert', { status: t(listLabel.projectStatus(project.status)), reason: project.statusReason ?? none })}
        />
      )}
      {project.status === 'ACCEPTED' && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('projectPage.acceptedAlert', { at: project.acceptedAt ? formatDateTime(project.acceptedAt) : none, note: project.acceptanceNote ?? none })}
        />
      )}

      <Card title={t('lists.details')} size="small" style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small" bordered>
          <Descriptions.Item label={t('lists.year')}>{project.year}</Descriptions.Item>
          <Descriptions.Item label={t('project.communityUnit')}>{project.communityUnit?.name ?? none}</Descriptions.Item>
          <Descriptions.Item label={t('project.budget')}>
            {project.budget == null ? none : t('lists.yuanAmount', { amount: project.budget.toLocaleString('zh-CN') })}
          </Descriptions.Item>
          <Descriptions.Item label={t('project.startsOn')}>{project.startsOn ?? none}</Descriptions.Item>
          <Descriptions.Item label={t('project.targetOn')}>
            <Space size={6}>
              {project.targetOn ?? none}
              {project.overdue && <OverdueTag />}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('project.slots')}>
            <span data-testid="project-slots">{t('project.slotsTaken', { taken: project.slotsTaken, total: project.volunteerSlots })}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('project.claimMode')}>{project.claimMode ? t(listLabel.claimMode(project.claimMode)) : t('project.unclaimed')}</Descriptions.Item>
          <Descriptions.Item label={t('project.leadUnit')}>
            <span data-testid="project-lead">{project.leadUnit?.name ?? none}</span>
          </Descriptions.Item>
          {project.status === 'ACCEPTED' && (
            <Descriptions.Item label={t('project.rating')}>
              {project.rating.average == null
                ? t('project.noRating')
                : t('project.ratingSummary', { average: project.rating.average.toFixed(1), count: project.rating.count })}
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('project.claimWindowEndsAt')}>{project.claimWindowEndsAt ? formatDateTime(project.claimWindowEndsAt) : none}</Descriptions.Item>
          <Descriptions.Item label={t('project.description')} span="filled">
            <span style={{ whiteSpace: 'pre-wrap' }}>{project.description || none}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('lists.createdAt')}>{formatDateTime(project.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={t('lists.updatedAt')}>{formatDateTime(project.updatedAt)}</Descriptions.Item>
        </Descriptions>
      </Card>

      <Card title={t('projectPage.needs')} size="small" style={{ marginBottom: 16 }}>
        {project.needs.length === 0 ? (
          <Typography.Text type="secondary">{none}</Typography.Text>
        ) : (
          <ul data-testid="project-needs" style={{ margin: 0, paddingInlineStart: 20 }}>
            {project.needs.map((need) => (
              <li key={need.id} style={{ marginBottom: 4 }}>
                <Space size={8} wrap>
                  <Link to={`/lists/needs/${need.id}`}>{need.title}</Link>
                  <Typography.Text type="secondary">{need.category}</Typography.Text>
                  <NeedStatusTag status={need.status} />
                </Space>
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card title={t('claims.units')} size="small" style={{ marginBottom: 16 }}>
        <div data-testid="claims-units">
          <KeyboardScrollable label={t('claims.units')}>
            <Table<Claim>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={units}
              locale={{ emptyText: t('claims.noUnits') }}
              scroll={{ x: 700 }}
              columns={[
                {
                  title: t('claim.unit'),
                  key: 'unit',
                  render: (_, c) => (
                    <Space size={6}>
                      {c.unit?.name ?? none}
                      {c.lead && <Tag color="red">{t('claim.leadTag')}</Tag>}
                    </Space>
                  ),
                },
                { title: t('claim.mode'), key: 'mode', width: 110, render: (_, c) => (c.mode ? t(listLabel.claimMode(c.mode)) : none) },
                { title: t('claims.claimedAt'), key: 'at', width: 160, render: (_, c) => formatDateTime(c.claimedAt) },
                { title: t('claims.claimedBy'), dataIndex: 'claimedBy', width: 140 },
                { title: t('common.actions'), key: 'actions', width: 90, render: (_, c) => withdrawButton(c, c.unit?.name ?? '') },
              ]}
            />
          </KeyboardScrollable>
        </div>
      </Card>

      <Card
        title={t('claims.resources')}
        size="small"
        style={{ marginBottom: 16 }}
        extra={
          mayAddResource && (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setDialog('resource')}>
              {t('addResource.open')}
            </Button>
          )
        }
      >
        <div data-testid="claims-resources">
          <KeyboardScrollable label={t('claims.resources')}>
            <Table<Claim>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={resources}
              locale={{ emptyText: t('claims.noResources') }}
              scroll={{ x: 700 }}
              columns={[
                { title: t('resource.title'), key: 'resource', render: (_, c) => c.resource?.title ?? none },
                { title: t('resource.unit'), key: 'unit', render: (_, c) => c.unit?.name ?? none },
                {
                  title: t('resource.quantity'),
                  key: 'quantity',
                  width: 110,
                  align: 'right',
                  render: (_, c) => `${c.quantity ?? 0} ${c.resource?.quantityUnit ?? ''}`,
                },
                { title: t('claims.claimedAt'), key: 'at', width: 160, render: (_, c) => formatDateTime(c.claimedAt) },
                { title: t('common.actions'), key: 'actions', width: 90, render: (_, c) => withdrawButton(c, c.resource?.title ?? '') },
              ]}
            />
          </KeyboardScrollable>
        </div>
      </Card>

      <Card title={t('claims.volunteers', { taken: project.slotsTaken, total: project.volunteerSlots })} size="small" style={{ marginBottom: 16 }}>
        {members.length === 0 ? (
          <Typography.Text type="secondary">{project.volunteerSlots > 0 ? t('claims.noVolunteers') : t('claims.noSlots')}</Typography.Text>
        ) : (
          <Space wrap>
            {members.map((c) => (
              <Tag key={c.id}>{c.memberName ?? none}</Tag>
            ))}
          </Space>
        )}
      </Card>

      <ProgressCard projectId={project.id} />

      <Card title={t('projectPage.history')} size="small" style={{ marginBottom: 16 }}>
        <div data-testid="project-history">
          <Timeline
            items={project.history.map((event, i) => ({
              key: i,
              content: (
                <div>
                  <Space size={8} wrap>
                    <Typography.Text strong className="history-action">
                      {eventLabel(event.action, t)}
                    </Typography.Text>
                    <Typography.Text type="secondary">
                      {formatDateTime(event.at)} · {event.by}
                    </Typography.Text>
                  </Space>
                  {event.note && <div style={{ whiteSpace: 'pre-wrap' }}>{event.note}</div>}
                </div>
              ),
            }))}
          />
        </div>
      </Card>

      {may('CLAIM') && (
        <ClaimDialog project={project} open={dialog === 'claim'} ownUnit={own.unit} onClose={() => setDialog(null)} />
      )}
      {mayAddResource && (
        <AddResourceDialog project={project} open={dialog === 'resource'} unitId={access.listsUnitId} onClose={() => setDialog(null)} />
      )}
      {may('REPORT_PROGRESS') && <ProgressDialog project={project} open={dialog === 'progress'} onClose={() => setDialog(null)} onReported={reload} />}
      <TransitionDialog project={project} action={transition} onClose={() => setTransition(null)} onReload={reload} />
    </>
  );
}
