import { ApartmentOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Flex, Input, Select, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { toProblem } from '../../api/errors';
import { CursorPager } from '../../components/CursorPager';
import { ProblemAlert } from '../../components/ProblemAlert';
import { graphql } from '../../gql';
import { pageSizeFromParams, useConnectionTable, type PagerProps } from '../../hooks/useConnectionTable';
import { useT, type MessageKey, type Translate } from '../../i18n';
import { ALLIANCE_ROLES, HOST_KINDS, ORG_LEVELS, UNIT_STATUSES, enumLabel } from '../../i18n/enums';
import {
  filtersFromParams,
  paramsFromFilters,
  toUnitFilter,
  type UnitListFilters,
} from './filters';
import { UnitTable } from './UnitTable';

const UnitListQuery = graphql(`
  query UnitList($first: Int!, $after: String, $filter: UnitFilter) {
    viewer {
      region {
        id
        unitCount
      }
    }
    units(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          ...UnitRow
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const REFRESH_ON = ['Unit', 'DeletedRecord'];

/**
 * The figure above the pager. The API counts the region's units (a kept counter) but not the units matching a
 * filter, so a filtered table says how many match only when it knows: all of them on page 1 with no page
 * after it; otherwise it says what this page holds and that the region's figure is not the filter's.
 */
function countText(
  t: Translate,
  { total, filtered, shown, pager }: { total: number | undefined; filtered: boolean; shown: number; pager: PagerProps },
): string | null {
  if (total === undefined) return null;
  if (!filtered) return t('units.total', { count: total });
  if (pager.loading) return null; // the rows on screen may still be the previous filter's
  if (pager.pageNumber === 1 && !pager.hasNext) return t('units.filteredAll', { count: shown, total });
  return t('units.filteredPage', { count: shown, total });
}

/** /units: the region's member units, paged and filtered on the server. */
export default function UnitListPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const pageSize = pageSizeFromParams(params);
  const filter = useMemo(() => toUnitFilter(filters), [filters]);

  const setFilters = (patch: Partial<UnitListFilters>) =>
    setParams(paramsFromFilters({ ...filters, ...patch }, pageSize), { replace: true });

  const table = useConnectionTable({
    query: UnitListQuery,
    variables: ({ first, after }) => ({ first, after, filter }),
    connection: (data) => data.units,
    resetKey: JSON.stringify(filter),
    pageSize,
    onPageSizeChange: (size) => setParams(paramsFromFilters(filters, size), { replace: true }),
    additionalTypenames: REFRESH_ON,
  });

  const total = table.data?.viewer.region?.unitCount;
  const count = countText(t, {
    total,
    filtered: Object.keys(filter).length > 0,
    shown: table.rows.length,
    pager: table.pager,
  });
  const enumOptions = <T extends string>(values: readonly T[], label: (v: T) => MessageKey) =>
    values.map((value) => ({ value, label: t(label(value)) }));

  return (
    <Card
      title={t('units.title')}
      extra={
        <Space>
          <Link to="/units/tree">
            <Button icon={<ApartmentOutlined />}>{t('units.treeView')}</Button>
          </Link>
          <Link to="/units/new">
            <Button type="primary" icon={<PlusOutlined />}>
              {t('units.create')}
            </Button>
          </Link>
        </Space>
      }
    >
      <Flex wrap gap={12} style={{ marginBottom: 16 }} role="search">
        <Input.Search
          key={filters.namePrefix ?? ''}
          aria-label={t('units.namePrefix')}
          placeholder={t('units.namePrefix')}
          defaultValue={filters.namePrefix}
          allowClear
          onSearch={(value) => setFilters({ namePrefix: value.trim() || undefined })}
          style={{ width: 220 }}
        />
        <Select
          aria-label={t('unit.hostKind')}
          placeholder={t('unit.hostKind')}
          allowClear
          value={filters.hostKind}
          onChange={(hostKind) => setFilters({ hostKind })}
          options={enumOptions(HOST_KINDS, enumLabel.hostKind)}
          style={{ width: 150 }}
        />
        <Select
          aria-label={t('unit.level')}
          placeholder={t('unit.level')}
          allowClear
          value={filters.level}
          onChange={(level) => setFilters({ level })}
          options={enumOptions(ORG_LEVELS, enumLabel.level)}
          style={{ width: 130 }}
        />
        <Select
          aria-label={t('unit.allianceRole')}
          placeholder={t('unit.allianceRole')}
          allowClear
          value={filters.allianceRole}
          onChange={(allianceRole) => setFilters({ allianceRole })}
          options={enumOptions(ALLIANCE_ROLES, enumLabel.allianceRole)}
          style={{ width: 140 }}
        />
        <Select
          aria-label={t('unit.status')}
          placeholder={t('unit.status')}
          allowClear
          value={filters.status}
          onChange={(status) => setFilters({ status })}
          options={enumOptions(UNIT_STATUSES, enumLabel.status)}
          style={{ width: 110 }}
        />
        <Checkbox checked={Boolean(filters.unpaired)} onChange={(e) => setFilters({ unpaired: e.target.checked || undefined })}>
          {t('units.filter.unpaired')}
        </Checkbox>
        <Button onClick={() => setParams(paramsFromFilters({}, pageSize), { replace: true })}>{t('common.reset')}</Button>
      </Flex>
      {table.error && (
        <ProblemAlert problem={toProblem(table.error)} onRetry={table.refresh} />
      )}
      <UnitTable {...table.tableProps} />
      <CursorPager
        pager={table.pager}
        total={count && <Typography.Text type="secondary" data-testid="units-count">{count}</Typography.Text>}
      />
    </Card>
  );
}
