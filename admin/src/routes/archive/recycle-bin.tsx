import { UndoOutlined } from '@ant-design/icons';
import { App, Button, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useMutation } from 'urql';
import { formatDateTime } from '../../api/dates';
import { problemText, toProblem } from '../../api/errors';
import { CursorPager } from '../../components/CursorPager';
import { KeyboardScrollable } from '../../components/KeyboardScrollable';
import { ProblemAlert } from '../../components/ProblemAlert';
import { graphql } from '../../gql';
import type { ArchiveDocumentRowFragment } from '../../gql/graphql';
import { useConnectionTable } from '../../hooks/useConnectionTable';
import { useT } from '../../i18n';
import { ARCHIVE_REFRESH, folderLabel, purgeDate } from './folders';

const DeletedArchiveDocumentsQuery = graphql(`
  query DeletedArchiveDocuments($first: Int!, $after: String) {
    deletedArchiveDocuments(first: $first, after: $after) {
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

const RestoreArchiveDocumentMutation = graphql(`
  mutation RestoreArchiveDocument($input: ArchiveDocumentChangeInput!) {
    restoreArchiveDocument(input: $input) {
      ...ArchiveDocumentRow
    }
  }
`);

type Restorable = Pick<ArchiveDocumentRowFragment, 'id' | 'title' | 'version' | 'restorableUntil'>;

/** 恢复: back into its folder; disabled once its 30 days are over (the API refuses it then too). */
export function RestoreButton({ document, onRestored }: { document: Restorable; onRestored?: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [{ fetching }, restore] = useMutation(RestoreArchiveDocumentMutation);
  const expired = !document.restorableUntil || Date.parse(document.restorableUntil) < Date.now();

  async function run() {
    const result = await restore({ input: { id: document.id, version: document.version } }, ARCHIVE_REFRESH);
    if (result.error) return void message.error(problemText(toProblem(result.error), t));
    void message.success(t('archive.restored', { title: document.title }));
    onRestored?.();
  }

  const button = (
    <Button size="small" icon={<UndoOutlined />} loading={fetching} disabled={expired} onClick={run} aria-label={`${t('archive.restore')} ${document.title}`}>
      {t('archive.restore')}
    </Button>
  );
  return expired ? <Tooltip title={t('archive.restoreExpired')}><span>{button}</span></Tooltip> : button;
}

/** The secretariat's 回收站: deleted documents, newest deletion first, with 可恢复至 and 恢复. */
export function RecycleBin({ onOpen }: { onOpen: (id: string) => void }) {
  const t = useT();
  const table = useConnectionTable({
    query: DeletedArchiveDocumentsQuery,
    variables: (page) => page,
    connection: (data) => data.deletedArchiveDocuments,
    additionalTypenames: ARCHIVE_REFRESH.additionalTypenames,
  });
  const none = t('common.none');
  const columns: TableColumnsType<ArchiveDocumentRowFragment> = [
    {
      title: t('archive.docTitle'),
      key: 'title',
      render: (_, d) => (
        <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }} onClick={() => onOpen(d.id)}>
          {d.title}
        </Button>
      ),
    },
    { title: t('archive.folder'), key: 'folder', width: 170, render: (_, d) => t(folderLabel(d.folder)) },
    { title: t('archive.unit'), key: 'unit', width: 180, render: (_, d) => d.unit?.name ?? t('archive.unitRegion') },
    { title: t('archive.year'), dataIndex: 'year', width: 80 },
    { title: t('archive.deletedAt'), key: 'deletedAt', width: 150, render: (_, d) => (d.deletedAt ? formatDateTime(d.deletedAt) : none) },
    { title: t('archive.deletedBy'), dataIndex: 'deletedBy', width: 110, render: (v: string | null) => v ?? none },
    {
      title: t('archive.restorableUntil'),
      key: 'until',
      width: 170,
      render: (_, d) =>
        d.restorableUntil ? (
          <>
            {formatDateTime(d.restorableUntil)}
            <br />
            <Typography.Text type="secondary">{t('archive.purgedOn', { date: purgeDate(d.restorableUntil) })}</Typography.Text>
          </>
        ) : (
          none
        ),
    },
    { title: t('common.actions'), key: 'actions', width: 100, fixed: 'right', render: (_, d) => <RestoreButton document={d} /> },
  ];
  return (
    <>
      <Typography.Paragraph type="secondary">{t('archive.recycleHint')}</Typography.Paragraph>
      {table.error && <ProblemAlert problem={toProblem(table.error)} onRetry={table.refresh} />}
      <KeyboardScrollable label={t('archive.tabRecycleBin')}>
        <Table<ArchiveDocumentRowFragment>
          data-testid="archive-recycle-bin"
          rowKey="id"
          columns={columns}
          {...table.tableProps}
          locale={{ emptyText: t('archive.recycleEmpty') }}
          scroll={{ x: 1020 }}
        />
      </KeyboardScrollable>
      <CursorPager pager={table.pager} />
    </>
  );
}
