import { ExportOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Popconfirm, Segmented, Table, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { formatDateTime } from '../../../api/dates';
import { problemText, toProblem } from '../../../api/errors';
import { useViewer } from '../../../auth/AuthProvider';
import { CursorPager } from '../../../components/CursorPager';
import { KeyboardScrollable } from '../../../components/KeyboardScrollable';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { graphql } from '../../../gql';
import type { PublicationFieldsFragment, PublicationListQuery, PublishableType } from '../../../gql/graphql';
import { pageSizeFromParams, useConnectionTable } from '../../../hooks/useConnectionTable';
import { useT, type MessageKey } from '../../../i18n';
import Forbidden from '../../../layout/Forbidden';
import { pick, toParams } from '../params';
import { YearSelect, yearFromParams } from '../year';
import { UnpublishMutation } from './fragments';

const PublicationListQuery = graphql(`
  query PublicationList($type: PublishableType!, $year: Int!, $first: Int!, $after: String) {
    publications(type: $type, year: $year, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...PublicationFields
          meetingId
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const PUBLISHABLE_TYPES: readonly PublishableType[] = ['NEED', 'RESOURCE', 'PROJECT', 'RESOLUTION'];
const TYPE_LABEL: Record<PublishableType, MessageKey> = {
  NEED: 'publications.type.NEED', RESOURCE: 'publications.type.RESOURCE', PROJECT: 'publications.type.PROJECT', RESOLUTION: 'publications.type.RESOLUTION',
};
const REFRESH_ON = ['Publication', 'Need', 'Resource', 'Project', 'Resolution'];

/** The region's public page, as residents open it (the region id is its address until regions have slugs). */
export const publicPagePath = (regionId: string) => `/p/${encodeURIComponent(regionId)}`;

type PublicationRow = PublicationListQuery['publications']['edges'][number]['node'];

/**
 * /lists/publications (公示管理, the secretariat's): the year's published needs, resources, projects or resolutions
 * (决议, under their meeting's year), newest published first, each with 撤回; and 查看公示页, the region's public page
 * in a new tab.
 */
export default function PublicationListPage() {
  const t = useT();
  const { message } = App.useApp();
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const pageSize = pageSizeFromParams(params);
  const filter = useMemo(() => ({ year: yearFromParams(params), type: pick(PUBLISHABLE_TYPES, params.get('type')) ?? 'NEED' }), [params]);
  const setFilter = (patch: Partial<typeof filter>, size = pageSize) => {
    const next = { ...filter, ...patch };
    setParams(toParams({ year: next.year, type: next.type === 'NEED' ? undefined : next.type }, size), { replace: true });
  };
  const [, unpublish] = useMutation(UnpublishMutation);

  const table = useConnectionTable({
    query: PublicationListQuery,
    variables: ({ first, after }) => ({ first, after, type: filter.type, year: filter.year }),
    connection: (data) => data.publications,
    resetKey: JSON.stringify(filter),
    pageSize,
    onPageSizeChange: (size) => setFilter({}, size),
    additionalTypenames: REFRESH_ON,
  });
  const problem = table.error ? toProblem(table.error) : null;
  if (problem?.code === 'FORBIDDEN' && !table.data) return <Forbidden />;

  async function withdraw(publication: PublicationFieldsFragment) {
    const title = publication.title;
    const result = await unpublish({ id: publication.recordId }, { additionalTypenames: REFRESH_ON });
    if (result.error) return void message.error(problemText(toProblem(result.error), t));
    void message.success(t('publication.unpublished', { title }));
  }

  const typeLabel = t(TYPE_LABEL[filter.type]);
  const columns: TableColumnsType<PublicationRow> = [
    {
      title: t('publications.record'),
      key: 'record',
      render: (_, p) => <Link to={recordPath(p)}>{p.title}</Link>,
    },
    { title: t('publications.publishedAt'), dataIndex: 'publishedAt', width: 180, render: (at: string) => formatDateTime(at) },
    { title: t('publications.publishedBy'), dataIndex: 'publishedBy', width: 160 },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 110,
      render: (_, p) => (
        <Popconfirm
          title={t('publication.unpublishConfirm', { title: p.title })}
          description={t('publication.unpublishHint')}
          okText={t('publication.unpublish')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() => withdraw(p)}
        >
          <Button type="link" danger size="small">
            {t('publications.withdraw')}
          </Button>
        </Popconfirm>
      ),
    },
  ];

  const regionId = viewer.region?.id;
  return (
    <Card
      title={t('publications.title')}
      extra={
        regionId && (
          <Button href={publicPagePath(regionId)} target="_blank" rel="noopener" icon={<ExportOutlined />}>
            {t('publications.viewPublicPage')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('publications.hint')}</Typography.Paragraph>
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }} role="search">
        <YearSelect value={filter.year} onChange={(year) => setFilter({ year })} />
        <Segmented<PublishableType>
          aria-label={t('publications.typeLabel')}
          value={filter.type}
          onChange={(type) => setFilter({ type })}
          options={PUBLISHABLE_TYPES.map((value) => ({ value, label: t(TYPE_LABEL[value]) }))}
        />
      </Flex>
      {problem && <ProblemAlert problem={problem} onRetry={table.refresh} />}
      <KeyboardScrollable label={t('publications.title')}>
        <Table<PublicationRow>
          rowKey="recordId"
          columns={columns}
          locale={{ emptyText: t('publications.empty', { year: filter.year, type: typeLabel }) }}
          scroll={{ x: 700 }}
          {...table.tableProps}
        />
      </KeyboardScrollable>
      <CursorPager pager={table.pager} />
    </Card>
  );
}

/** A published record's page in the console (resources have none of their own: the year's list; a resolution: its meeting). */
function recordPath(p: Pick<PublicationRow, 'recordType' | 'recordId' | 'year' | 'meetingId'>): string {
  switch (p.recordType) {
    case 'NEED':
      return `/lists/needs/${p.recordId}`;
    case 'PROJECT':
      return `/lists/projects/${p.recordId}`;
    case 'RESOURCE':
      return `/lists/resources?year=${p.year}`;
    case 'RESOLUTION':
      return p.meetingId ? `/meetings/${p.meetingId}` : '/meetings';
  }
}
