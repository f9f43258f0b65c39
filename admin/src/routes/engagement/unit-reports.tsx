import { Card, Empty, Flex, Select, Skeleton, Table, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { formatDateTime } from '../../api/dates';
import { toProblem } from '../../api/errors';
import { CursorPager } from '../../components/CursorPager';
import { KeyboardScrollable } from '../../components/KeyboardScrollable';
import { ProblemAlert } from '../../components/ProblemAlert';
import type { CommunityReportRowFragment, CommunityReportStatus } from '../../gql/graphql';
import { pageSizeFromParams, useConnectionTable } from '../../hooks/useConnectionTable';
import { useT } from '../../i18n';
import Forbidden from '../../layout/Forbidden';
import { pick, toParams } from '../lists/params';
import { engagementLabel, REPORT_STATUSES } from './enums';
import { ExportReportsButton } from './ExportReportsButton';
import { CommunityReportListQuery } from './fragments';
import { ReportStatusTag } from './ReportStatusTag';
import { ScopeField, useEngagementScope } from './scope';

const REFRESH_ON = ['CommunityReport'];

/**
 * /engagement/unit-reports (本单位党员报到情况): where a unit's members reported (双报到), newest first, with the
 * posts they hold there, and 导出 Excel. A liaison sees its own unit; the secretariat picks one.
 */
export default function UnitReportsPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const pageSize = pageSizeFromParams(params);
  const scope = useEngagementScope(params.get('unit'), false);
  const status = pick(REPORT_STATUSES, params.get('status'));
  const memberUnitId = scope.unitId;
  const filter = useMemo(() => ({ memberUnitId: memberUnitId ?? '', status }), [memberUnitId, status]);
  const setFilter = (patch: { unit?: string | null; status?: CommunityReportStatus | null }, size = pageSize) => {
    const next = { unit: params.get('unit'), status, ...patch };
    setParams(toParams({ unit: next.unit, status: next.status }, size), { replace: true });
  };

  const table = useConnectionTable({
    query: CommunityReportListQuery,
    variables: ({ first, after }) => ({ first, after, filter }),
    connection: (data) => data.communityReports,
    resetKey: JSON.stringify(filter),
    pageSize,
    onPageSizeChange: (size) => setFilter({}, size),
    additionalTypenames: REFRESH_ON,
    pause: !memberUnitId,
  });

  const problem = table.error ? toProblem(table.error) : null;
  if (problem?.code === 'FORBIDDEN' && !table.data) return <Forbidden />;
  if (scope.loading) return <Skeleton active />;

  const none = t('common.none');
  const columns: TableColumnsType<CommunityReportRowFragment> = [
    { title: t('report.member'), dataIndex: 'memberName', fixed: 'left', width: 110 },
    { title: t('report.community'), key: 'community', width: 200, render: (_, r) => r.community?.name ?? none },
    { title: t('engagement.status'), dataIndex: 'status', width: 100, render: (v: CommunityReportStatus) => <ReportStatusTag status={v} /> },
    { title: t('report.postsHeld'), dataIndex: 'postsHeld', width: 100, align: 'center' },
    { title: t('report.filedAt'), dataIndex: 'filedAt', width: 150, render: (v: string) => formatDateTime(v) },
    { title: t('report.decidedAt'), dataIndex: 'decidedAt', width: 150, render: (v: string | null) => (v ? formatDateTime(v) : none) },
    { title: t('report.note'), dataIndex: 'note', render: (v: string | null) => v ?? none },
  ];
  const count =
    table.data && !table.pager.loading
      ? t(table.pager.pageNumber === 1 && !table.pager.hasNext ? 'engagement.countAll' : 'engagement.countPage', { count: table.rows.length })
      : null;

  return (
    <Card title={t('unitReports.title')} extra={memberUnitId && <ExportReportsButton memberUnitId={memberUnitId} status={status} />}>
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }} role="search">
        <ScopeField scope={scope} communitiesOnly={false} onPick={(unit) => setFilter({ unit })} />
        <Select
          aria-label={t('engagement.status')}
          placeholder={t('engagement.allStatuses')}
          allowClear
          value={status ?? undefined}
          onChange={(next) => setFilter({ status: next ?? null })}
          options={REPORT_STATUSES.map((value) => ({ value, label: t(engagementLabel.reportStatus(value)) }))}
          style={{ width: 130 }}
        />
      </Flex>
      {!memberUnitId ? (
        <Empty description={t('engagement.pickUnit')} />
      ) : (
        <>
          {problem && <ProblemAlert problem={problem} onRetry={table.refresh} />}
          <KeyboardScrollable label={t('unitReports.title')}>
            <Table<CommunityReportRowFragment>
              rowKey="id"
              columns={columns}
              locale={{ emptyText: t('unitReports.empty') }}
              scroll={{ x: 1000 }}
              {...table.tableProps}
            />
          </KeyboardScrollable>
          <CursorPager pager={table.pager} total={count && <span data-testid="engagement-count">{count}</span>} />
        </>
      )}
    </Card>
  );
}
