import { Button, Card, Flex, Select, Switch, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { toProblem } from '../../api/errors';
import { useAccess } from '../../auth/AuthProvider';
import { CursorPager } from '../../components/CursorPager';
import { ProblemAlert } from '../../components/ProblemAlert';
import { UnitPicker } from '../../components/UnitPicker';
import { graphql } from '../../gql';
import type { ActionItemFilter } from '../../gql/graphql';
import { pageSizeFromParams, useConnectionTable } from '../../hooks/useConnectionTable';
import { useT } from '../../i18n';
import Forbidden from '../../layout/Forbidden';
import { pick, toParams } from '../lists/params';
import { ActionItemDrawer } from './actions/ActionItemDrawer';
import { FollowUpSummaryButton } from './actions/FollowUpSummaryButton';
import { ACTION_ITEM_STATUSES, actionStatusLabel } from './actions/fragments';
import { ReportDialog } from './actions/ReportDialog';
import { SupervisionTable } from './actions/SupervisionTable';
import { noticePath } from './notices/fragments';

const SupervisionListQuery = graphql(`
  query SupervisionList($first: Int!, $after: String, $filter: ActionItemFilter) {
    actionItems(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          ...SupervisionRow
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const REFRESH_ON = ['ActionItem'];

/**
 * /meetings/actions (督办事项): the resolutions' action items by due date (003 doc 4 art.14), overdue ones in red. The
 * secretariat sees the region's and filters by status, 只看超期 and responsible unit; a liaison sees those its unit is
 * responsible for and reports on them (报告落实情况: text, files, 已完成). An item opens in a drawer with its reports.
 * The filters are the URL's. The secretariat exports the 落实情况汇总 for the superior organisation from here.
 */
export default function SupervisionPage() {
  const t = useT();
  const access = useAccess();
  const own = access.manageMeetings ? null : access.noticesUnitId;
  const [params, setParams] = useSearchParams();
  const pageSize = pageSizeFromParams(params);
  const filter = useMemo<ActionItemFilter>(
    () => ({
      status: pick(ACTION_ITEM_STATUSES, params.get('status')),
      overdue: params.get('overdue') === '1' || undefined,
      unitId: own ?? (params.get('unit') || undefined),
    }),
    [params, own],
  );
  const setQuery = (patch: Record<string, string | number | undefined>, size = pageSize) => {
    const current = Object.fromEntries(params.entries());
    delete current.size;
    setParams(toParams({ ...current, ...patch }, size), { replace: true });
  };

  const table = useConnectionTable({
    query: SupervisionListQuery,
    variables: ({ first, after }) => ({ first, after, filter }),
    connection: (data) => data.actionItems,
    resetKey: JSON.stringify(filter),
    pageSize,
    onPageSizeChange: (size) => setQuery({}, size),
    additionalTypenames: REFRESH_ON,
  });
  const [openId, setOpenId] = useState<string | null>(null);
  const [reporting, setReporting] = useState<{ id: string; title: string; doneWhen?: string | null } | null>(null);

  const problem = table.error ? toProblem(table.error) : null;
  if (problem?.code === 'FORBIDDEN' && !table.data) return <Forbidden />;
  // The drawer shows the row as last read, so a report refreshes it with the list.
  const opened = table.rows.find((row) => row.id === openId) ?? null;
  const meetingPath = (meeting: { id: string; startsAt: string }) => (own ? noticePath(meeting) : `/meetings/${meeting.id}`);
  const count = table.data && !table.pager.loading
    ? t(table.pager.pageNumber === 1 && !table.pager.hasNext ? 'supervision.count' : 'supervision.countPage', { count: table.rows.length })
    : null;

  return (
    <Card title={t(own ? 'supervision.ownTitle' : 'supervision.title')} extra={own ? null : <FollowUpSummaryButton />}>
      <Typography.Paragraph type="secondary">{t(own ? 'supervision.ownHint' : 'supervision.hint')}</Typography.Paragraph>
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }} role="search">
        <Select
          aria-label={t('supervision.statusLabel')}
          placeholder={t('supervision.statusLabel')}
          allowClear
          value={filter.status ?? undefined}
          onChange={(status) => setQuery({ status })}
          options={ACTION_ITEM_STATUSES.map((value) => ({ value, label: t(actionStatusLabel(value)) }))}
          style={{ width: 130 }}
        />
        {!own && (
          <UnitPicker
            aria-label={t('supervision.responsibleUnit')}
            placeholder={t('supervision.responsibleUnit')}
            value={filter.unitId ?? null}
            onChange={(id) => setQuery({ unit: id ?? undefined })}
            style={{ width: 240 }}
          />
        )}
        <Flex gap={8} align="center">
          <Switch id="supervision-overdue" checked={Boolean(filter.overdue)} onChange={(on) => setQuery({ overdue: on ? 1 : undefined })} />
          <label htmlFor="supervision-overdue">{t('supervision.onlyOverdue')}</label>
        </Flex>
        <Button onClick={() => setParams(toParams({}, pageSize), { replace: true })}>{t('common.reset')}</Button>
      </Flex>
      {problem && <ProblemAlert problem={problem} onRetry={table.refresh} />}
      <SupervisionTable meetingPath={meetingPath} onOpen={(item) => setOpenId(item.id)} {...table.tableProps} />
      <CursorPager pager={table.pager} total={count && <Typography.Text type="secondary" data-testid="supervision-count">{count}</Typography.Text>} />
      <ActionItemDrawer
        item={opened}
        meetingPath={meetingPath}
        onReport={own ? (item) => setReporting(item) : null}
        onClose={() => setOpenId(null)}
      />
      {own && <ReportDialog item={reporting} unitId={own} onClose={() => setReporting(null)} />}
    </Card>
  );
}
