import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Progress, Space, Switch, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { toProblem } from '../../../api/errors';
import { CursorPager } from '../../../components/CursorPager';
import { KeyboardScrollable } from '../../../components/KeyboardScrollable';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { graphql } from '../../../gql';
import type { TrainingStatusRowFragment } from '../../../gql/graphql';
import { pageSizeFromParams, useConnectionTable } from '../../../hooks/useConnectionTable';
import { useT } from '../../../i18n';
import { enumLabel } from '../../../i18n/enums';
import Forbidden from '../../../layout/Forbidden';
import { toParams } from '../../lists/params';
import { YearSelect, yearFromParams } from '../../lists/year';
import { UnitScope, useRecordsScope } from '../scope';
import { ExportTrainingButton } from './ExportTrainingButton';
import { LogTrainingDialog } from './LogTrainingDialog';

graphql(`
  fragment TrainingStatusRow on TrainingStatus {
    member {
      id
      name
      roles
    }
    year
    hours
    required
    shortBy
  }
`);

const TrainingStatusListQuery = graphql(`
  query TrainingStatusList($unitId: ID!, $year: Int!, $onlyShort: Boolean, $first: Int!, $after: String) {
    trainingStatus(unitId: $unitId, year: $year, onlyShort: $onlyShort, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...TrainingStatusRow
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const REFRESH_ON = ['TrainingRecord', 'TrainingStatus'];

/**
 * /member-records/training (学习培训): a unit's members of a year against their training minimum (24 h, branch
 * secretaries 32 h, community cadres 40 h), 只看未达标 keeping those short, 登记培训, and the list (or those short) as
 * .xlsx.
 */
export default function TrainingStatusPage() {
  const t = useT();
  const scope = useRecordsScope();
  const [params, setParams] = useSearchParams();
  const year = yearFromParams(params);
  const picked = params.get('unit');
  const onlyShort = params.get('short') === '1';
  const unitId = scope.unitOf(picked);
  const pageSize = pageSizeFromParams(params);
  const setFilter = (patch: { unit?: string | null; year?: number; short?: string | null }, size = pageSize) =>
    setParams(toParams({ unit: picked, year, short: onlyShort ? '1' : null, ...patch }, size), { replace: true });
  const [logging, setLogging] = useState(false);

  const table = useConnectionTable({
    query: TrainingStatusListQuery,
    variables: ({ first, after }) => ({ unitId: unitId ?? '', year, onlyShort, first, after }),
    connection: (data) => data.trainingStatus,
    resetKey: `${unitId}|${year}|${onlyShort}`,
    pageSize,
    onPageSizeChange: (size) => setFilter({}, size),
    additionalTypenames: REFRESH_ON,
    pause: !unitId,
  });

  const problem = table.error ? toProblem(table.error) : null;
  if (problem?.code === 'FORBIDDEN' && !table.data) return <Forbidden />;

  const columns: TableColumnsType<TrainingStatusRowFragment> = [
    {
      title: t('records.member'),
      key: 'member',
      fixed: 'left',
      width: 120,
      render: (_, row) => <Link to={`/member-records/points?member=${row.member.id}&year=${year}`}>{row.member.name}</Link>,
    },
    {
      title: t('training.roles'),
      key: 'roles',
      render: (_, row) => row.member.roles.map((role) => t(enumLabel.memberRole(role))).join('、') || t('common.none'),
    },
    { title: t('training.hours'), dataIndex: 'hours', width: 130, align: 'right' },
    { title: t('training.required'), dataIndex: 'required', width: 120, align: 'right' },
    {
      title: t('training.progress'),
      key: 'progress',
      width: 180,
      render: (_, row) => (
        <Progress
          percent={Math.min(100, Math.round((100 * row.hours) / Math.max(row.required, 1)))}
          size="small"
          status={row.shortBy > 0 ? 'normal' : 'success'}
          aria-label={t('training.progressOf', { name: row.member.name })}
        />
      ),
    },
    {
      title: t('training.shortBy'),
      dataIndex: 'shortBy',
      width: 120,
      align: 'right',
      render: (v: number) => (v > 0 ? <Typography.Text type="danger">{v}</Typography.Text> : <Typography.Text type="success">{t('training.met')}</Typography.Text>),
    },
  ];

  return (
    <Card
      title={t('training.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setLogging(true)}>
          {t('trainingLog.open')}
        </Button>
      }
    >
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }} role="search">
        <UnitScope label={t('training.unit')} value={picked} onChange={(unit) => setFilter({ unit })} width={280} />
        <YearSelect value={year} onChange={(next) => setFilter({ year: next })} />
        <Space>
          <Switch id="training-only-short" checked={onlyShort} onChange={(checked) => setFilter({ short: checked ? '1' : null })} />
          <label htmlFor="training-only-short">{t('training.onlyShort')}</label>
        </Space>
        {unitId && <ExportTrainingButton unitId={unitId} year={year} onlyShort={onlyShort} />}
      </Flex>
      {!unitId ? (
        <Alert type="info" showIcon title={t('training.pickUnit')} />
      ) : (
        <>
          {problem && <ProblemAlert problem={problem} onRetry={table.refresh} />}
          <KeyboardScrollable label={t('training.title')}>
            <Table<TrainingStatusRowFragment>
              rowKey={(row) => row.member.id}
              columns={columns}
              locale={{ emptyText: t(onlyShort ? 'training.emptyShort' : 'training.empty') }}
              scroll={{ x: 800 }}
              {...table.tableProps}
            />
          </KeyboardScrollable>
          <CursorPager pager={table.pager} />
          {onlyShort && <Typography.Paragraph type="secondary">{t('training.onlyShortHint')}</Typography.Paragraph>}
        </>
      )}
      <LogTrainingDialog open={logging} unitId={unitId} onClose={() => setLogging(false)} />
    </Card>
  );
}
