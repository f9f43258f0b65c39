import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Segmented, Select, Switch, Typography } from 'antd';
import { useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { toProblem } from '../../api/errors';
import { useAccess } from '../../auth/AuthProvider';
import { CursorPager } from '../../components/CursorPager';
import { ProblemAlert } from '../../components/ProblemAlert';
import { UnitPicker } from '../../components/UnitPicker';
import { graphql } from '../../gql';
import type { LedgerFilter } from '../../gql/graphql';
import { pageSizeFromParams, useConnectionTable } from '../../hooks/useConnectionTable';
import { useT } from '../../i18n';
import Forbidden from '../../layout/Forbidden';
import { pick, toParams } from '../lists/params';
import { YearSelect, yearFromParams } from '../lists/year';
import { LEDGER_STATUSES, ledgerLabel } from './enums';
import { LedgerTable } from './LedgerTable';
import { YearFigures } from './YearFigures';

const LedgerListQuery = graphql(`
  query LedgerList($first: Int!, $after: String, $filter: LedgerFilter!) {
    ledgerItems(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          ...LedgerRow
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const REFRESH_ON = ['LedgerItem'];

/** A liaison's three views of the ledger: what its unit raised, what it handles, what waits for its sign-off. */
const VIEWS = ['raised', 'handling', 'signoff'] as const;
type View = (typeof VIEWS)[number];

/**
 * /ledger (意见台账): a year's items, newest number first. The secretariat sees every item, the year's figures above
 * them (ledgerYear is its alone), and filters by status and by the raising or the handling unit (one of them: the API
 * combines status with one unit); a liaison sees its unit's items in three views (本单位提出, 待我单位办理, 待我单位销号).
 * 只看超期 lists the overdue items, earliest due first. The filters are the URL's.
 */
export default function LedgerListPage() {
  const t = useT();
  const access = useAccess();
  const navigate = useNavigate();
  const own = access.ledgerUnitId;
  const [params, setParams] = useSearchParams();
  const pageSize = pageSizeFromParams(params);
  const view: View = pick(VIEWS, params.get('view')) ?? 'raised';
  const overdue = params.get('overdue') === '1';
  const filter = useMemo<LedgerFilter>(() => {
    const year = yearFromParams(params);
    const status = pick(LEDGER_STATUSES, params.get('status'));
    const overdueOnly = overdue || undefined;
    if (!own) {
      const raisedByUnitId = params.get('raisedBy') || undefined;
      return { year, status, raisedByUnitId, handlerUnitId: raisedByUnitId ? undefined : params.get('handler') || undefined, overdue: overdueOnly };
    }
    if (view === 'handling') return { year, status, handlerUnitId: own, overdue: overdueOnly };
    if (view === 'signoff') return { year, status: 'RESOLVED', raisedByUnitId: own };
    return { year, status, raisedByUnitId: own, overdue: overdueOnly };
  }, [params, own, view, overdue]);

  const setQuery = (patch: Record<string, string | number | undefined>, size = pageSize) => {
    const current = Object.fromEntries(params.entries());
    delete current.size;
    setParams(toParams({ ...current, ...patch }, size), { replace: true });
  };
  const table = useConnectionTable({
    query: LedgerListQuery,
    variables: ({ first, after }) => ({ first, after, filter }),
    connection: (data) => data.ledgerItems,
    resetKey: JSON.stringify(filter),
    pageSize,
    onPageSizeChange: (size) => setQuery({}, size),
    additionalTypenames: REFRESH_ON,
  });

  const problem = table.error ? toProblem(table.error) : null;
  if (problem?.code === 'FORBIDDEN' && !table.data) return <Forbidden />;
  const count = table.data && !table.pager.loading
    ? t(table.pager.pageNumber === 1 && !table.pager.hasNext ? 'ledger.count' : 'ledger.countPage', { count: table.rows.length })
    : null;
  const signOffView = own !== null && view === 'signoff';

  return (
    <Card
      title={t('ledger.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate(`/ledger/new?year=${filter.year}`)}>
          {t('ledger.raise')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('ledger.hint')}</Typography.Paragraph>
      {access.manageLedger && <YearFigures year={filter.year} />}
      {own && (
        <Segmented<View>
          aria-label={t('ledger.viewLabel')}
          style={{ marginBottom: 16 }}
          value={view}
          onChange={(next) => setQuery({ view: next === 'raised' ? undefined : next, status: undefined, overdue: undefined })}
          options={[
            { value: 'raised', label: t('ledger.viewRaised') },
            { value: 'handling', label: t('ledger.viewHandling') },
            { value: 'signoff', label: t('ledger.viewSignOff') },
          ]}
        />
      )}
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }} role="search">
        <YearSelect value={filter.year} onChange={(year) => setQuery({ year })} />
        <Select
          aria-label={t('ledger.status')}
          placeholder={t('ledger.status')}
          allowClear
          disabled={signOffView}
          value={filter.status ?? undefined}
          onChange={(status) => setQuery({ status })}
          options={LEDGER_STATUSES.map((value) => ({ value, label: t(ledgerLabel.status(value)) }))}
          style={{ width: 130 }}
        />
        {!own && (
          <Flex gap={12} wrap title={t('ledger.unitFilterHint')}>
              <UnitPicker
                aria-label={t('ledger.raisedByUnit')}
                placeholder={t('ledger.raisedByUnit')}
                value={filter.raisedByUnitId ?? null}
                onChange={(id) => setQuery({ raisedBy: id ?? undefined, handler: undefined })}
                style={{ width: 220 }}
              />
              <UnitPicker
                aria-label={t('ledger.handlerUnit')}
                placeholder={t('ledger.handlerUnit')}
                value={filter.handlerUnitId ?? null}
                onChange={(id) => setQuery({ handler: id ?? undefined, raisedBy: undefined })}
                style={{ width: 220 }}
              />
          </Flex>
        )}
        {!signOffView && (
          <Flex gap={8} align="center">
            <Switch id="ledger-overdue" checked={overdue} onChange={(on) => setQuery({ overdue: on ? 1 : undefined })} />
            <label htmlFor="ledger-overdue">{t('ledger.onlyOverdue')}</label>
          </Flex>
        )}
        <Button onClick={() => setParams(toParams({ year: filter.year, view: params.get('view') ?? undefined }, pageSize), { replace: true })}>
          {t('common.reset')}
        </Button>
      </Flex>
      {problem && <ProblemAlert problem={problem} onRetry={table.refresh} />}
      <LedgerTable label={t('ledger.title')} empty={t('ledger.empty')} {...table.tableProps} />
      <CursorPager pager={table.pager} total={count && <Typography.Text type="secondary" data-testid="ledger-count">{count}</Typography.Text>} />
    </Card>
  );
}
