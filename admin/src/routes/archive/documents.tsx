import { Button, Col, Flex, Menu, Row, Select, Table, Typography, type MenuProps, type TableColumnsType } from 'antd';
import { useQuery } from 'urql';
import { formatDateTime } from '../../api/dates';
import { toProblem } from '../../api/errors';
import { useAccess } from '../../auth/AuthProvider';
import { ArchiveFileLink } from '../../components/ArchiveFileLink';
import { CursorPager } from '../../components/CursorPager';
import { KeyboardScrollable } from '../../components/KeyboardScrollable';
import { ProblemAlert } from '../../components/ProblemAlert';
import { UnitPicker } from '../../components/UnitPicker';
import { graphql } from '../../gql';
import type { ArchiveDocumentRowFragment, ArchiveFolder } from '../../gql/graphql';
import { useConnectionTable } from '../../hooks/useConnectionTable';
import { NARROW_SCREEN, useMediaQuery } from '../../hooks/useMediaQuery';
import { useT } from '../../i18n';
import { YearSelect } from '../lists/year';
import { ARCHIVE_REFRESH, FOLDER_GROUPS, folderLabel } from './folders';

const ArchiveFoldersQuery = graphql(`
  query ArchiveFolders($year: Int!, $unitId: ID) {
    archiveFolders(year: $year, unitId: $unitId) {
      folder
      count
    }
  }
`);

const ArchiveDocumentsQuery = graphql(`
  query ArchiveDocuments($first: Int!, $after: String, $filter: ArchiveFilter!) {
    archiveDocuments(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          ...ArchiveDocumentRow
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const ALL = 'all';

interface DocumentsPaneProps {
  year: number;
  folder: ArchiveFolder | null;
  /** The secretariat's unit filter; a liaison's archive is its unit's without one. */
  unitId: string | null;
  onOpen: (id: string) => void;
  setQuery: (patch: Record<string, string | number | undefined | null>) => void;
}

/** The year's folder tree (三册 / 四簿 / 其他档案, with counts) beside the chosen folder's documents. */
export function DocumentsPane({ year, folder, unitId, onOpen, setQuery }: DocumentsPaneProps) {
  const t = useT();
  const { manageArchive } = useAccess();
  const narrow = useMediaQuery(NARROW_SCREEN);
  const [counts] = useQuery({ query: ArchiveFoldersQuery, variables: { year, unitId }, context: ARCHIVE_REFRESH });
  const countOf = new Map(counts.data?.archiveFolders.map((c) => [c.folder, c.count]) ?? []);
  const filter = { year, folder, unitId };
  const table = useConnectionTable({
    query: ArchiveDocumentsQuery,
    variables: ({ first, after }) => ({ first, after, filter }),
    connection: (data) => data.archiveDocuments,
    resetKey: JSON.stringify(filter),
    additionalTypenames: ARCHIVE_REFRESH.additionalTypenames,
  });

  const folderItem = (key: string, text: string, count: number | undefined) => ({
    key,
    title: text,
    label: (
      <Flex justify="space-between" align="center" gap={8} data-testid={`archive-folder-${key}`}>
        <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{text}</span>
        <Typography.Text type="secondary" data-testid="archive-folder-count">
          {count ?? ''}
        </Typography.Text>
      </Flex>
    ),
  });
  const total = counts.data?.archiveFolders.reduce((sum, c) => sum + c.count, 0);
  const items: MenuProps['items'] = [
    folderItem(ALL, t('archive.allFolders'), total),
    ...FOLDER_GROUPS.map((group) => ({
      type: 'group' as const,
      key: group.label,
      label: t(group.label),
      children: group.folders.map((f) => folderItem(f, t(folderLabel(f)), countOf.get(f))),
    })),
  ];

  const none = t('common.none');
  const columns: TableColumnsType<ArchiveDocumentRowFragment> = [
    {
      title: t('archive.docTitle'),
      key: 'title',
      width: 220,
      render: (_, d) => (
        <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }} onClick={() => onOpen(d.id)}>
          {d.title}
        </Button>
      ),
    },
    // A chosen folder is the tree's: the column would only repeat it.
    ...(folder ? [] : [{ title: t('archive.folder'), key: 'folder', width: 150, render: (_: unknown, d: ArchiveDocumentRowFragment) => t(folderLabel(d.folder)) }]),
    { title: t('archive.unit'), key: 'unit', width: 150, render: (_, d) => d.unit?.name ?? t('archive.unitRegion') },
    { title: t('archive.versions'), dataIndex: 'versionCount', width: 64, align: 'center' },
    { title: t('archive.currentFile'), key: 'file', width: 240, render: (_, d) => <ArchiveFileLink file={d.current.file} /> },
    { title: t('archive.uploadedBy'), key: 'by', width: 100, render: (_, d) => d.current.uploadedBy || none },
    { title: t('archive.updatedAt'), key: 'at', width: 140, render: (_, d) => formatDateTime(d.updatedAt) },
  ];
  const problem = table.error ? toProblem(table.error) : counts.error ? toProblem(counts.error) : null;
  const count = table.data && !table.pager.loading
    ? t(table.pager.pageNumber === 1 && !table.pager.hasNext ? 'archive.count' : 'archive.countPage', { count: table.rows.length })
    : null;

  const choose = (key: string) => setQuery({ folder: key === ALL ? undefined : key });
  const withCount = (text: string, count: number | undefined) => (count === undefined ? text : `${text}（${count}）`);
  // On a phone the tree would push the documents below a screenful of folders: a select above them instead.
  const folderSelect = (
    <Select<string>
      aria-label={t('archive.folders')}
      value={folder ?? ALL}
      onChange={choose}
      style={{ width: '100%' }}
      options={[
        { value: ALL, label: withCount(t('archive.allFolders'), total) },
        ...FOLDER_GROUPS.map((group) => ({
          label: t(group.label),
          title: t(group.label),
          options: group.folders.map((f) => ({ value: f, label: withCount(t(folderLabel(f)), countOf.get(f)) })),
        })),
      ]}
    />
  );

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={7} xl={5}>
        {narrow ? (
          folderSelect
        ) : (
          <nav aria-label={t('archive.folders')}>
            <Menu
              mode="inline"
              data-testid="archive-folders"
              selectedKeys={[folder ?? ALL]}
              items={items}
              onClick={({ key }) => choose(key)}
              style={{ borderInlineEnd: 'none' }}
            />
          </nav>
        )}
      </Col>
      <Col xs={24} lg={17} xl={19}>
        <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }} role="search">
          <YearSelect value={year} onChange={(next) => setQuery({ year: next })} />
          {manageArchive && (
            <UnitPicker
              aria-label={t('archive.unitFilter')}
              placeholder={t('archive.unitFilter')}
              value={unitId}
              onChange={(id) => setQuery({ unit: id ?? undefined })}
              style={{ width: 240 }}
            />
          )}
        </Flex>
        {problem && <ProblemAlert problem={problem} onRetry={table.refresh} />}
        <KeyboardScrollable label={t('archive.title')}>
          <Table<ArchiveDocumentRowFragment>
            data-testid="archive-documents"
            rowKey="id"
            columns={columns}
            {...table.tableProps}
            locale={{ emptyText: t('archive.empty') }}
            scroll={{ x: folder ? 920 : 1070 }}
          />
        </KeyboardScrollable>
        <CursorPager pager={table.pager} total={count && <span data-testid="archive-count">{count}</span>} />
      </Col>
    </Row>
  );
}

