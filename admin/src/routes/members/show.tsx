import { EditOutlined, LogoutOutlined, SwapOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Button, Card, Descriptions, Flex, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { formatDateTime } from '../../api/dates';
import { toProblem, type ApiProblem } from '../../api/errors';
import { useAccess } from '../../auth/AuthProvider';
import { ProblemAlert } from '../../components/ProblemAlert';
import { UnitLink } from '../../components/UnitLink';
import { graphql } from '../../gql';
import { useT } from '../../i18n';
import { enumLabel } from '../../i18n/enums';
import Forbidden from '../../layout/Forbidden';
import { AuditTrailCard } from '../audit/AuditTrail';
import { IdNumberReveal } from './show/IdNumberReveal';
import { RemoveDialog } from './show/RemoveDialog';
import { TransferDialog } from './show/TransferDialog';
import { TransfersCard } from './show/TransfersCard';

const MemberPageQuery = graphql(`
  query MemberPage($id: ID!) {
    member(id: $id) {
      id
      name
      gender
      birthDate
      idNumber
      phone
      status
      joinedOn
      category
      unitId
      unit {
        id
        name
      }
      community {
        id
        name
      }
      roles
      note
      departure {
        on
        reason
        destination
        note
      }
      version
      createdAt
      updatedAt
    }
  }
`);

/**
 * /members/:id: a member's record, its 组织关系转接 history and (for a region admin) its 审计记录, with 编辑,
 * 组织关系转接 and 移出名册 while on the roster. The ID number is masked; a region admin may reveal it (audited).
 */
export default function MemberShowPage() {
  const { id = '' } = useParams();
  const t = useT();
  const access = useAccess();
  const [{ data, error }, reexecute] = useQuery({ query: MemberPageQuery, variables: { id } });
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [dialog, setDialog] = useState<'transfer' | 'remove' | null>(null);
  const reload = () => {
    setProblem(null);
    reexecute({ requestPolicy: 'network-only' });
  };

  if (error && !data) {
    const readProblem = toProblem(error);
    return readProblem.code === 'FORBIDDEN' ? <Forbidden /> : <ProblemAlert problem={readProblem} onRetry={reload} />;
  }
  if (!data) return <Skeleton active />;
  const member = data.member;
  if (!member) {
    return <Result status="404" title={t('memberPage.notFound')} extra={<Link to="/members">{t('members.backToList')}</Link>} />;
  }

  const none = t('common.none');
  const onRoster = member.departure == null;
  const canChange = access.manageMembers && onRoster;

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[{ title: <Link to="/members">{t('members.title')}</Link> }, { title: member.name }]}
      />
      <ProblemAlert problem={problem} onReload={reload} onClose={() => setProblem(null)} />
      {error && <ProblemAlert problem={toProblem(error)} onRetry={reload} />}
      <Card style={{ marginBottom: 16 }}>
        <Flex justify="space-between" align="start" wrap gap={16}>
          <Space align="center" size={12} wrap>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {member.name}
            </Typography.Title>
            <Tag color={member.status === 'FULL' ? 'red' : 'orange'}>{t(enumLabel.memberStatus(member.status))}</Tag>
            <Tag>{t(enumLabel.memberCategory(member.category))}</Tag>
            {!onRoster && <Tag color="default">{t('memberPage.departed')}</Tag>}
          </Space>
          {canChange && (
            <Space wrap>
              <Link to={`/members/${member.id}/edit`}>
                <Button icon={<EditOutlined />}>{t('common.edit')}</Button>
              </Link>
              <Button icon={<SwapOutlined />} onClick={() => setDialog('transfer')}>
                {t('transfer.action')}
              </Button>
              <Button danger icon={<LogoutOutlined />} onClick={() => setDialog('remove')}>
                {t('remove.action')}
              </Button>
            </Space>
          )}
        </Flex>
      </Card>

      {member.departure && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('memberPage.departedAlert', {
            date: member.departure.on,
            reason: t(enumLabel.removalReason(member.departure.reason)),
          })}
        />
      )}

      <Card title={t('memberPage.profile')} size="small" style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small" bordered>
          <Descriptions.Item label={t('member.gender')}>{t(enumLabel.gender(member.gender))}</Descriptions.Item>
          <Descriptions.Item label={t('member.birthDate')}>{member.birthDate}</Descriptions.Item>
          <Descriptions.Item label={t('member.idNumber')}>
            <IdNumberReveal member={member} canReveal={access.revealIdNumbers} onProblem={setProblem} />
          </Descriptions.Item>
          <Descriptions.Item label={t('member.phone')}>{member.phone || none}</Descriptions.Item>
          <Descriptions.Item label={t('member.status')}>{t(enumLabel.memberStatus(member.status))}</Descriptions.Item>
          <Descriptions.Item label={t('member.joinedOn')}>{member.joinedOn}</Descriptions.Item>
          <Descriptions.Item label={t('member.category')}>{t(enumLabel.memberCategory(member.category))}</Descriptions.Item>
          <Descriptions.Item label={t('member.unit')}>
            {member.unit ? <UnitLink id={member.unit.id} name={member.unit.name} /> : member.unitId}
          </Descriptions.Item>
          <Descriptions.Item label={t('member.community')}>
            {member.community ? <UnitLink id={member.community.id} name={member.community.name} /> : none}
          </Descriptions.Item>
          <Descriptions.Item label={t('member.roles')}>
            {member.roles.length === 0 ? none : member.roles.map((role) => t(enumLabel.memberRole(role))).join('、')}
          </Descriptions.Item>
          <Descriptions.Item label={t('member.note')}>{member.note || none}</Descriptions.Item>
          {member.departure && (
            <>
              <Descriptions.Item label={t('memberPage.departedOn')}>{member.departure.on}</Descriptions.Item>
              <Descriptions.Item label={t('memberPage.departureReason')}>
                {t(enumLabel.removalReason(member.departure.reason))}
              </Descriptions.Item>
              {member.departure.destination && (
                <Descriptions.Item label={t('memberPage.destination')}>{member.departure.destination}</Descriptions.Item>
              )}
              {member.departure.note && (
                <Descriptions.Item label={t('memberPage.departureNote')}>{member.departure.note}</Descriptions.Item>
              )}
            </>
          )}
          <Descriptions.Item label={t('member.createdAt')}>{formatDateTime(member.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={t('member.updatedAt')}>{formatDateTime(member.updatedAt)}</Descriptions.Item>
        </Descriptions>
      </Card>

      <TransfersCard memberId={member.id} />
      {access.readAudit && <AuditTrailCard recordId={member.id} />}

      {canChange && (
        <>
          <TransferDialog member={member} open={dialog === 'transfer'} onClose={() => setDialog(null)} onReload={reload} />
          <RemoveDialog member={member} open={dialog === 'remove'} onClose={() => setDialog(null)} onReload={reload} />
        </>
      )}
    </>
  );
}
