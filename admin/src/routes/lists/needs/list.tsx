import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { toProblem } from '../../../api/errors';
import { useAccess } from '../../../auth/AuthProvider';
import { CursorPager } from '../../../components/CursorPager';
import { KeyboardScrollable } from '../../../components/KeyboardScrollable';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { graphql } from '../../../gql';
import type { NeedFilter, NeedRowFragment } from '../../../gql/graphql';
import { pageSizeFromParams, useConnectionTable } from '../../../hooks/useConnectionTable';
import { useT } from '../../../i18n';
import Forbidden from '../../../layout/Forbidden';
import { NEED_STATUSES, listLabel } from '../enums';
import { ExportButton } from '../ExportButton';
import { useOwnUnit } from '../own-unit';
import { pick, toParams } from '../params';
import { NeedStatusTag } from '../StatusTags';
import { UnitOptionPicker } from '../UnitOptionPicker';
import { YearSelect, yearFromParams } from '../year';
import { NeedCategoriesQuery } from './fragments';
import { NeedImportDialog } from './ImportDialog';
import { PublicationCell } from '../publications/PublicationControls';

const NeedListQuery = graphql(`
  query NeedList($first: Int!, $after: String, $filter: NeedFilter!) {
    needs(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          ...NeedRow
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const REFRESH_ON = ['Need'];

/** /lists/needs (需求清单): a year's needs, newest first; year, status, category and community are the URL's. */
export default function NeedListPage() {
  const t = useT();
  const access = useAccess();
  const own = useOwnUnit();
  const [params, setParams] = useSearchParams();
  const pageSize = pageSizeFromParams(params);
  const filter = useMemo<NeedFilter>(
    () => ({
      year: yearFromParams(params),
      status: pick(NEED_STATUSES, params.get('status')),
      category: params.get('category') || undefined,
      communityUnitId: params.get('community') || undefined,
    }),
    [params],
  );
  const setFilter = (patch: Partial<NeedFilter>, size = pageSize) => {
    const next = { ...filter, ...patch };
    setParams(toParams({ year: next.year, status: next.status, category: next.category, community: next.communityUnitId }, size), {
      replace: true,
    });
  };
  const [{ data: categories }] = useQuery({ query: NeedCategoriesQuery });
  const [importing, setImporting] = useState(false);

  const table = useConnectionTable({
    query: NeedListQuery,
    variables: ({ first, after }) => ({ first, after, filter }),
    connection: (data) => data.needs,
    resetKey: JSON.stringify(filter),
    pageSize,
    onPageSizeChange: (size) => setFilter({}, size),
    additionalTypenames: REFRESH_ON,
  });

  const problem = table.error ? toProblem(table.error) : null;
  if (problem?.code === 'FORBIDDEN' && !table.data) return <Forbidden />;

  const none = t('common.none');
  const columns: TableColumnsType<NeedRowFragment> = [
    {
      title: t('need.title'),
      dataIndex: 'title',
      fixed: 'left',
      width: 220,
      render: (title: string, n) => <Link to={`/lists/needs/${n.id}`}>{title}</Link>,
    },
    { title: t('need.category'), dataIndex: 'category', width: 90 },
    { title: t('need.communityUnit'), key: 'community', render: (_, n) => n.communityUnit?.name ?? none },
    {
      title: t('need.urgency'),
      dataIndex: 'urgency',
      width: 80,
      render: (v: NeedRowFragment['urgency']) => (v === 'NORMAL' ? t(listLabel.needUrgency(v)) : <Tag color="volcano">{t(listLabel.needUrgency(v))}</Tag>),
    },
    { title: t('need.source'), dataIndex: 'source', width: 100, render: (v: NeedRowFragment['source']) => t(listLabel.needSource(v)) },
    {
      title: t('need.wanted'),
      key: 'wanted',
      width: 200,
      render: (_, n) => (n.wantedFrom || n.wantedUntil ? `${n.wantedFrom ?? '…'} ~ ${n.wantedUntil ?? '…'}` : none),
    },
    { title: t('need.status'), dataIndex: 'status', width: 90, render: (v: NeedRowFragment['status']) => <NeedStatusTag status={v} /> },
    {
      title: t('need.project'),
      key: 'project',
      render: (_, n) => (n.project ? <Link to={`/lists/projects/${n.project.id}`}>{n.project.title}</Link> : none),
    },
    { title: t('publication.column'), key: 'publication', width: 150, render: (_, n) => <PublicationCell record={n} type="NEED" publishable={n.status !== 'NOT_TAKEN_UP'} /> },
  ];
  const mayCreate = access.manageLists || own.isCommunity;
  const count = table.data && !table.pager.loading
    ? t(table.pager.pageNumber === 1 && !table.pager.hasNext ? 'lists.countAll' : 'lists.countPage', { count: table.rows.length })
    : null;

  return (
    <Card
      title={t('needs.title')}
      extra={
        <Space wrap>
          <ExportButton list="needs" filter={filter} />
          {mayCreate && (
            <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
              {t('needImport.open')}
            </Button>
          )}
          {mayCreate && (
            <Link to={`/lists/needs/new?year=${filter.year}`}>
              <Button type="primary" icon={<PlusOutlined />}>
                {t('needs.create')}
              </Button>
            </Link>
          )}
        </Space>
      }
    >
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }} role="search">
        <YearSelect value={filter.year} onChange={(year) => setFilter({ year })} />
        <Select
          aria-label={t('need.status')}
          placeholder={t('need.status')}
          allowClear
          value={filter.status ?? undefined}
          onChange={(status) => setFilter({ status })}
          options={NEED_STATUSES.map((value) => ({ value, label: t(listLabel.needStatus(value)) }))}
          style={{ width: 130 }}
        />
        <Select
          aria-label={t('need.category')}
          placeholder={t('need.category')}
          allowClear
          value={filter.category ?? undefined}
          onChange={(category) => setFilter({ category })}
          options={(categories?.needCategories ?? []).map((value) => ({ value, label: value }))}
          style={{ width: 130 }}
        />
        <UnitOptionPicker
          aria-label={t('need.communityUnit')}
          placeholder={t('need.communityUnit')}
          communitiesOnly
          value={filter.communityUnitId ?? null}
          onChange={(id) => setFilter({ communityUnitId: id ?? undefined })}
          style={{ width: 220 }}
        />
        <Button onClick={() => setParams(toParams({ year: filter.year }, pageSize), { replace: true })}>{t('common.reset')}</Button>
      </Flex>
      {problem && <ProblemAlert problem={problem} onRetry={table.refresh} />}
      <KeyboardScrollable label={t('needs.title')}>
        <Table<NeedRowFragment>
          rowKey="id"
          columns={columns}
          locale={{ emptyText: t('needs.empty') }}
          scroll={{ x: 1300 }}
          {...table.tableProps}
        />
      </KeyboardScrollable>
      <CursorPager pager={table.pager} total={count && <Typography.Text type="secondary" data-testid="lists-count">{count}</Typography.Text>} />
      {mayCreate && <NeedImportDialog year={filter.year} open={importing} onClose={() => setImporting(false)} />}
    </Card>
  );
}
