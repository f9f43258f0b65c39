import { App, Button, Card, Empty, Flex, Select, Skeleton, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { formatDateTime } from '../../api/dates';
import { problemText, toProblem } from '../../api/errors';
import { CursorPager } from '../../components/CursorPager';
import { KeyboardScrollable } from '../../components/KeyboardScrollable';
import { ProblemAlert } from '../../components/ProblemAlert';
import { graphql } from '../../gql';
import type { CommunityReportRowFragment, CommunityReportStatus } from '../../gql/graphql';
import { pageSizeFromParams, useConnectionTable } from '../../hooks/useConnectionTable';
import { useT } from '../../i18n';
import Forbidden from '../../layout/Forbidden';
import { pick, toParams } from '../lists/params';
import { engagementLabel, REPORT_STATUSES } from './enums';
import { CommunityReportListQuery } from './fragments';
import { ReasonDialog, type ReasonAction } from './ReasonDialog';
import { ReportStatusTag } from './ReportStatusTag';
import { OnlyCommunities, ScopeField, useEngagementScope } from './scope';

const ConfirmReportMutation = graphql(`
  mutation ConfirmCommunityReport($input: ConfirmCommunityReportInput!) {
    confirmCommunityReport(input: $input) {
      ...CommunityReportRow
    }
  }
`);

const REFRESH_ON = ['CommunityReport'];

/**
 * /engagement/inbox (报到确认): a community's reports, the pending ones first (the default status); 确认 and 不通过
 * (with the reason) for pending ones, 结束 for confirmed ones. The secretariat picks the community; a 村/社区's liaison
 * sees its own.
 */
export default function ReportInboxPage() {
  const t = useT();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const pageSize = pageSizeFromParams(params);
  const scope = useEngagementScope(params.get('community'), true);
  // PENDING unless the URL says otherwise: the inbox is what waits for the community.
  const status: CommunityReportStatus = pick(REPORT_STATUSES, params.get('status')) ?? 'PENDING';
  const communityUnitId = scope.unitId;
  const filter = useMemo(() => ({ communityUnitId: communityUnitId ?? '', status }), [communityUnitId, status]);
  const setFilter = (patch: { community?: string | null; status?: CommunityReportStatus }, size = pageSize) => {
    const next = { community: params.get('community'), status, ...patch };
    setParams(toParams({ community: next.community, status: next.status === 'PENDING' ? undefined : next.status }, size), { replace: true });
  };
  // The action stays while the dialog closes, so its title does not change as it fades.
  const [dialog, setDialog] = useState<{ action: ReasonAction; report: CommunityReportRowFragment | null }>({ action: 'decline', report: null });
  const [confirming, setConfirming] = useState<string | null>(null);
  const [, confirmReport] = useMutation(ConfirmReportMutation);

  const table = useConnectionTable({
    query: CommunityReportListQuery,
    variables: ({ first, after }) => ({ first, after, filter }),
    connection: (data) => data.communityReports,
    resetKey: JSON.stringify(filter),
    pageSize,
    onPageSizeChange: (size) => setFilter({}, size),
    additionalTypenames: REFRESH_ON,
    pause: !communityUnitId,
  });

  const problem = table.error ? toProblem(table.error) : null;
  if (problem?.code === 'FORBIDDEN' && !table.data) return <Forbidden />;
  if (scope.loading) return <Skeleton active />;
  if (scope.notCommunity) return <OnlyCommunities title={t('inbox.title')} />;

  async function confirm(report: CommunityReportRowFragment) {
    setConfirming(report.id);
    const result = await confirmReport({ input: { id: report.id, version: report.version, decision: 'CONFIRM' } }, { additionalTypenames: REFRESH_ON });
    setConfirming(null);
    if (result.error) return void message.error(problemText(toProblem(result.error), t));
    void message.success(t('inbox.confirmed', { name: report.memberName }));
  }

  const none = t('common.none');
  const columns: TableColumnsType<CommunityReportRowFragment> = [
    { title: t('report.member'), dataIndex: 'memberName', fixed: 'left', width: 110 },
    { title: t('report.memberUnit'), key: 'memberUnit', width: 220, render: (_, r) => r.memberUnit?.name ?? none },
    { title: t('report.filedAt'), dataIndex: 'filedAt', width: 150, render: (v: string) => formatDateTime(v) },
    { title: t('report.note'), dataIndex: 'note', render: (v: string | null) => v ?? none },
    {
      title: t('engagement.status'),
      key: 'status',
      width: 200,
      render: (_, r) => (
        <Flex vertical gap={2} align="flex-start">
          <ReportStatusTag status={r.status} />
          {r.declineReason && <Typography.Text type="secondary">{r.declineReason}</Typography.Text>}
          {r.endReason && <Typography.Text type="secondary">{r.endReason}</Typography.Text>}
        </Flex>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 170,
      render: (_, r) => (
        <Space>
          {r.status === 'PENDING' && (
            <>
              <Button size="small" type="primary" loading={confirming === r.id} onClick={() => confirm(r)}>
                {t('inbox.confirm')}
              </Button>
              <Button size="small" danger onClick={() => setDialog({ action: 'decline', report: r })}>
                {t('inbox.decline')}
              </Button>
            </>
          )}
          {r.status === 'CONFIRMED' && (
            <Button size="small" onClick={() => setDialog({ action: 'end', report: r })}>
              {t('inbox.end')}
            </Button>
          )}
        </Space>
      ),
    },
  ];
  const count =
    table.data && !table.pager.loading
      ? t(table.pager.pageNumber === 1 && !table.pager.hasNext ? 'engagement.countAll' : 'engagement.countPage', { count: table.rows.length })
      : null;

  return (
    <Card title={t('inbox.title')}>
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }} role="search">
        <ScopeField scope={scope} communitiesOnly onPick={(community) => setFilter({ community })} />
        <Select
          aria-label={t('engagement.status')}
          value={status}
          onChange={(next) => setFilter({ status: next })}
          options={REPORT_STATUSES.map((value) => ({ value, label: t(engagementLabel.reportStatus(value)) }))}
          style={{ width: 130 }}
        />
      </Flex>
      {!communityUnitId ? (
        <Empty description={t('engagement.pickCommunity')} />
      ) : (
        <>
          {problem && <ProblemAlert problem={problem} onRetry={table.refresh} />}
          <KeyboardScrollable label={t('inbox.title')}>
            <Table<CommunityReportRowFragment>
              rowKey="id"
              columns={columns}
              locale={{ emptyText: t('inbox.empty') }}
              scroll={{ x: 1000 }}
              {...table.tableProps}
            />
          </KeyboardScrollable>
          <CursorPager pager={table.pager} total={count && <span data-testid="engagement-count">{count}</span>} />
        </>
      )}
      <ReasonDialog
        report={dialog.report}
        action={dialog.action}
        onClose={() => setDialog((d) => ({ ...d, report: null }))}
        onReload={table.refresh}
      />
    </Card>
  );
}
