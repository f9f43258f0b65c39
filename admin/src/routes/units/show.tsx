import { Alert, Breadcrumb, Card, Descriptions, Flex, Result, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { toProblem, type ApiProblem } from '../../api/errors';
import { useAccess } from '../../auth/AuthProvider';
import { AuditTrailCard } from '../audit/AuditTrail';
import { ProblemAlert } from '../../components/ProblemAlert';
import { UnitLink } from '../../components/UnitLink';
import { LevelWithCheck, PairingCell, StatusTag } from '../../components/UnitTags';
import { graphql } from '../../gql';
import type { UnitPageQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { COMMUNITY_KINDS, enumLabel } from '../../i18n/enums';
import Forbidden from '../../layout/Forbidden';
import { ChildrenCard } from './show/ChildrenCard';
import { formatDateTime } from '../../api/dates';
import { PairingsCard } from './show/PairingsCard';
import { RegistrationCard } from './show/RegistrationCard';
import { StatusActions } from './show/StatusActions';
import { PEOPLE } from './form-values';
import { rosterOfUnit } from '../members/filters';

const UnitPageQueryDocument = graphql(`
  query UnitPage($id: ID!) {
    unit(id: $id) {
      id
      name
      shortName
      hostKind
      level
      allianceRole
      status
      address
      grid
      parent {
        id
        name
      }
      childCount
      leader {
        ...UnitPersonFields
      }
      representative {
        ...UnitPersonFields
      }
      liaison {
        ...UnitPersonFields
      }
      partTimeCommitteeMember {
        ...UnitPersonFields
      }
      memberCount
      fullMemberCount
      levelCheck {
        fits
        verdict
        expectedLevel
      }
      registration {
        ...UnitRegistration
      }
      activePairingCount
      needsPairing
      version
      createdAt
      updatedAt
    }
  }
`);

type PageUnit = NonNullable<UnitPageQuery['unit']>;
type Person = PageUnit['leader'];

function PersonText({ person }: { person: Person }) {
  const t = useT();
  if (!person) return <>{t('common.none')}</>;
  return (
    <Space size={8} wrap>
      <Typography.Text strong>{person.name}</Typography.Text>
      {person.title && <Typography.Text type="secondary">{person.title}</Typography.Text>}
      {person.phone && <Typography.Text copyable>{person.phone}</Typography.Text>}
    </Space>
  );
}

/**
 * /units/:id: one unit's profile, level check, status actions, registration, sub-units, pairings and (for a
 * region admin) its 审计记录. A unit liaison sees its own unit with 编辑 only; the other actions are the
 * region admin's.
 */
export default function UnitShowPage() {
  const { id = '' } = useParams();
  const t = useT();
  const access = useAccess();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: UnitPageQueryDocument, variables: { id } });
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const reload = () => {
    setProblem(null);
    reexecute({ requestPolicy: 'network-only' });
  };

  if (error && !data) {
    const problem = toProblem(error);
    return problem.code === 'FORBIDDEN' ? <Forbidden /> : <ProblemAlert problem={problem} onRetry={reload} />;
  }
  if (!data) return <Skeleton active />;
  const unit = data.unit;
  if (!unit) {
    return (
      <Result status="404" title={t('unitPage.notFound')} extra={access.manageUnits && <Link to="/units">{t('units.backToList')}</Link>} />
    );
  }

  const isCommunity = COMMUNITY_KINDS.includes(unit.hostKind);
  const none = t('common.none');

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          { title: access.manageUnits ? <Link to="/units">{t('units.title')}</Link> : t('nav.myUnit') },
          ...(unit.parent ? [{ title: <UnitLink id={unit.parent.id} name={unit.parent.name} /> }] : []),
          { title: unit.name },
        ]}
      />
      <ProblemAlert problem={problem} onReload={reload} onClose={() => setProblem(null)} />
      {error && <ProblemAlert problem={toProblem(error)} onRetry={reload} />}
      <Card style={{ marginBottom: 16 }} loading={fetching && !data}>
        <Flex justify="space-between" align="start" wrap gap={16}>
          <div>
            <Space align="center" size={12}>
              <Typography.Title level={3} style={{ margin: 0 }}>
                {unit.name}
              </Typography.Title>
              <StatusTag status={unit.status} />
              <PairingCell needsPairing={unit.needsPairing} activePairingCount={unit.activePairingCount} />
            </Space>
            {unit.shortName && <Typography.Text type="secondary">{unit.shortName}</Typography.Text>}
          </div>
          <StatusActions unit={unit} onProblem={setProblem} />
        </Flex>
      </Card>

      {unit.needsPairing && <Alert type="error" showIcon title={t('unitPage.needsPairingAlert')} style={{ marginBottom: 16 }} />}

      <Card title={t('unitPage.profile')} size="small" style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small" bordered>
          <Descriptions.Item label={t('unit.hostKind')}>{t(enumLabel.hostKind(unit.hostKind))}</Descriptions.Item>
          <Descriptions.Item label={t('unit.level')}>
            <LevelWithCheck level={unit.level} check={unit.levelCheck} />
          </Descriptions.Item>
          <Descriptions.Item label={t('unit.allianceRole')}>{t(enumLabel.allianceRole(unit.allianceRole))}</Descriptions.Item>
          <Descriptions.Item label={t('unit.parent')}>
            {unit.parent ? <UnitLink id={unit.parent.id} name={unit.parent.name} /> : none}
          </Descriptions.Item>
          <Descriptions.Item label={t('unit.grid')}>{unit.grid || none}</Descriptions.Item>
          <Descriptions.Item label={t('unit.address')}>{unit.address || none}</Descriptions.Item>
          <Descriptions.Item label={t('unitPage.rosterMemberCount')}>
            <Space size={12} wrap>
              {unit.memberCount}
              {access.readMembers && <Link to={rosterOfUnit(unit.id)}>{t('unitPage.viewRoster')}</Link>}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('unitPage.rosterFullMemberCount')}>{unit.fullMemberCount}</Descriptions.Item>
          <Descriptions.Item label={t('unit.levelCheck')}>
            <Typography.Text type={unit.levelCheck.fits ? 'success' : 'warning'}>
              {t(enumLabel.verdict(unit.levelCheck.verdict))}
            </Typography.Text>
          </Descriptions.Item>
          {PEOPLE.map((role) => (
            <Descriptions.Item key={role} label={t(`unit.${role}`)}>
              <PersonText person={unit[role]} />
            </Descriptions.Item>
          ))}
          <Descriptions.Item label={t('unit.createdAt')}>{formatDateTime(unit.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={t('unit.updatedAt')}>{formatDateTime(unit.updatedAt)}</Descriptions.Item>
        </Descriptions>
      </Card>

      <RegistrationCard unit={unit} onReload={reload} canRegister={access.manageUnits} />
      <PairingsCard
        unit={{ id: unit.id, name: unit.name, canStartPairing: access.manageUnits && !isCommunity, canEndPairing: access.manageUnits }}
      />
      <ChildrenCard unitId={unit.id} childCount={unit.childCount} />
      {access.readAudit && <AuditTrailCard recordId={unit.id} />}
    </>
  );
}
