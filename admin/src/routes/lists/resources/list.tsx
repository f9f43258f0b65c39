import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Popconfirm, Select, Space, Switch, Table, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { problemText, toProblem } from '../../../api/errors';
import { useAccess } from '../../../auth/AuthProvider';
import { CursorPager } from '../../../components/CursorPager';
import { KeyboardScrollable } from '../../../components/KeyboardScrollable';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { graphql } from '../../../gql';
import type { ResourceFilter, ResourceRowFragment } from '../../../gql/graphql';
import { pageSizeFromParams, useConnectionTable } from '../../../hooks/useConnectionTable';
import { useT } from '../../../i18n';
import Forbidden from '../../../layout/Forbidden';
import { RESOURCE_STATUSES, RESOURCE_TYPES, listLabel } from '../enums';
import { ExportButton } from '../ExportButton';
import { pick, toParams } from '../params';
import { PublicationCell } from '../publications/PublicationControls';
import { ResourceStatusTag } from '../StatusTags';
import { UnitOptionPicker } from '../UnitOptionPicker';
import { YearSelect, yearFromParams } from '../year';

graphql(`
  fragment ResourceRow on Resource {
    id
    year
    title
    type
    unitId
    unit {
      id
      name
    }
    quantity
    quantityUnit
    quantityLeft
    availableFrom
    availableUntil
    contactName
    contactPhone
    status
    publication {
      ...PublicationFields
    }
    version
  }
`);

const ResourceListQuery = graphql(`
  query ResourceList($first: Int!, $after: String, $filter: ResourceFilter!) {
    resources(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          ...ResourceRow
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const WithdrawResourceMutation = graphql(`
  mutation WithdrawResource($id: ID!, $version: Int!) {
    withdrawResource(id: $id, version: $version) {
      ...ResourceRow
    }
  }
`);

const REFRESH_ON = ['Resource'];

/** /lists/resources (资源清单): a year's resources; type, status and unit are the URL's. */
export default function ResourceListPage() {
  const t = useT();
  const { message } = App.useApp();
  const access = useAccess();
  const [params, setParams] = useSearchParams();
  const pageSize = pageSizeFromParams(params);
  const filter = useMemo<ResourceFilter>(
    () => ({
      year: yearFromParams(params),
      type: pick(RESOURCE_TYPES, params.get('type')),
      status: pick(RESOURCE_STATUSES, params.get('status')),
      unitId: params.get('unit') || undefined,
      unused: params.get('unused') === '1' || undefined,
    }),
    [params],
  );
  const setFilter = (patch: Partial<ResourceFilter>, size = pageSize) => {
    const next = { ...filter, ...patch };
    setParams(toParams({ year: next.year, type: next.type, status: next.status, unit: next.unitId, unused: next.unused ? 1 : undefined }, size), {
      replace: true,
    });
  };
  const [, withdraw] = useMutation(WithdrawResourceMutation);

  const table = useConnectionTable({
    query: ResourceListQuery,
    variables: ({ first, after }) => ({ first, after, filter }),
    connection: (data) => data.resources,
    resetKey: JSON.stringify(filter),
    pageSize,
    onPageSizeChange: (size) => setFilter({}, size),
    additionalTypenames: REFRESH_ON,
  });

  const problem = table.error ? toProblem(table.error) : null;
  if (problem?.code === 'FORBIDDEN' && !table.data) return <Forbidden />;

  const mayChange = (r: ResourceRowFragment) => access.manageLists || access.listsUnitId === r.unitId;
  async function withdrawOne(r: ResourceRowFragment) {
    const result = await withdraw({ id: r.id, version: r.version });
    if (result.error) {
      void message.error(problemText(toProblem(result.error), t));
      if (toProblem(result.error).code === 'CONFLICT') table.refresh();
      return;
    }
    void message.success(t('resources.withdrawn', { title: r.title }));
  }

  const none = t('common.none');
  const columns: TableColumnsType<ResourceRowFragment> = [
    { title: t('resource.title'), dataIndex: 'title', fixed: 'left', width: 200 },
    { title: t('resource.type'), dataIndex: 'type', width: 100, render: (v: ResourceRowFragment['type']) => t(listLabel.resourceType(v)) },
    { title: t('resource.unit'), key: 'unit', width: 200, render: (_, r) => r.unit?.name ?? none },
    {
      title: t('resource.quantityLeft'),
      key: 'quantity',
      width: 140,
      render: (_, r) => (
        <span style={{ fontVariantNumeric: 'tabular-nums' }}>
          {r.quantityLeft} / {r.quantity} {r.quantityUnit}
        </span>
      ),
    },
    {
      title: t('resource.available'),
      key: 'available',
      width: 200,
      render: (_, r) => (r.availableFrom || r.availableUntil ? `${r.availableFrom ?? '…'} ~ ${r.availableUntil ?? '…'}` : none),
    },
    { title: t('resource.contact'), key: 'contact', width: 180, render: (_, r) => [r.contactName, r.contactPhone].filter(Boolean).join(' ') || none },
    { title: t('resource.status'), dataIndex: 'status', width: 90, render: (v: ResourceRowFragment['status']) => <ResourceStatusTag status={v} /> },
    { title: t('publication.column'), key: 'publication', width: 150, render: (_, r) => <PublicationCell record={r} type="RESOURCE" publishable={r.status !== 'WITHDRAWN'} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 130,
      render: (_, r) =>
        mayChange(r) && r.status !== 'WITHDRAWN' ? (
          <Space size={4}>
            <Link to={`/lists/resources/${r.id}/edit`}>
              {t('common.edit')}
            </Link>
            <Popconfirm
              title={t('resources.withdrawConfirm', { title: r.title })}
              description={t('resources.withdrawHint')}
              okText={t('resources.withdraw')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true }}
              onConfirm={() => withdrawOne(r)}
            >
              <Button type="link" danger size="small">
                {t('resources.withdraw')}
              </Button>
            </Popconfirm>
          </Space>
        ) : null,
    },
  ];
  const count = table.data && !table.pager.loading
    ? t(table.pager.pageNumber === 1 && !table.pager.hasNext ? 'lists.countAll' : 'lists.countPage', { count: table.rows.length })
    : null;

  return (
    <Card
      title={t('resources.title')}
      extra={
        <Space wrap>
          <ExportButton list="resources" filter={filter} />
          <Link to={`/lists/resources/new?year=${filter.year}`}>
            <Button type="primary" icon={<PlusOutlined />}>
              {t('resources.create')}
            </Button>
          </Link>
        </Space>
      }
    >
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }} role="search">
        <YearSelect value={filter.year} onChange={(year) => setFilter({ year })} />
        <Select
          aria-label={t('resource.type')}
          placeholder={t('resource.type')}
          allowClear
          value={filter.type ?? undefined}
          onChange={(type) => setFilter({ type })}
          options={RESOURCE_TYPES.map((value) => ({ value, label: t(listLabel.resourceType(value)) }))}
          style={{ width: 130 }}
        />
        <Select
          aria-label={t('resource.status')}
          placeholder={t('resource.status')}
          allowClear
          value={filter.status ?? undefined}
          onChange={(status) => setFilter({ status })}
          options={RESOURCE_STATUSES.map((value) => ({ value, label: t(listLabel.resourceStatus(value)) }))}
          style={{ width: 120 }}
        />
        <UnitOptionPicker
          aria-label={t('resource.unit')}
          placeholder={t('resource.unit')}
          value={filter.unitId ?? null}
          onChange={(id) => setFilter({ unitId: id ?? undefined })}
          style={{ width: 220 }}
        />
        <Flex gap={8} align="center">
          <Switch id="resources-unused" checked={Boolean(filter.unused)} onChange={(unused) => setFilter({ unused: unused || undefined })} />
          <label htmlFor="resources-unused">{t('resources.onlyUnused')}</label>
        </Flex>
        <Button onClick={() => setParams(toParams({ year: filter.year }, pageSize), { replace: true })}>{t('common.reset')}</Button>
      </Flex>
      {problem && <ProblemAlert problem={problem} onRetry={table.refresh} />}
      <KeyboardScrollable label={t('resources.title')}>
        <Table<ResourceRowFragment>
          rowKey="id"
          columns={columns}
          locale={{ emptyText: t('resources.empty') }}
          scroll={{ x: 1400 }}
          {...table.tableProps}
        />
      </KeyboardScrollable>
      <CursorPager pager={table.pager} total={count && <Typography.Text type="secondary" data-testid="lists-count">{count}</Typography.Text>} />
    </Card>
  );
}
