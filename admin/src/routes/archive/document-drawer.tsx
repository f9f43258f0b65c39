import { DeleteOutlined, SafetyCertificateOutlined, SwapOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Drawer, Empty, Flex, Popconfirm, Space, Spin, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { formatDateTime } from '../../api/dates';
import { toProblem, type ApiProblem } from '../../api/errors';
import { formatSize } from '../../components/ArchiveFileLink';
import { CursorPager } from '../../components/CursorPager';
import { KeyboardScrollable } from '../../components/KeyboardScrollable';
import { ProblemAlert } from '../../components/ProblemAlert';
import { graphql } from '../../gql';
import type { ArchiveDocumentRowFragment, ArchiveVersionFieldsFragment, VerifyArchiveDocumentMutation } from '../../gql/graphql';
import { useConnectionTable } from '../../hooks/useConnectionTable';
import { useT } from '../../i18n';
import { ARCHIVE_REFRESH, folderLabel } from './folders';
import { RestoreButton } from './recycle-bin';
import { ReplaceFileDialog } from './replace-dialog';

graphql(`
  fragment ArchiveVersionFields on ArchiveDocumentVersion {
    number
    note
    uploadedBy
    chainHash
    file {
      ...ArchiveFileFields
    }
  }
`);

const ArchiveDocumentQuery = graphql(`
  query ArchiveDocument($id: ID!, $first: Int!, $after: String) {
    archiveDocument(id: $id) {
      ...ArchiveDocumentRow
      versions(first: $first, after: $after) {
        edges {
          cursor
          node {
            ...ArchiveVersionFields
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

const DeleteArchiveDocumentMutation = graphql(`
  mutation DeleteArchiveDocument($input: ArchiveDocumentChangeInput!) {
    deleteArchiveDocument(input: $input) {
      ...ArchiveDocumentRow
    }
  }
`);

const VerifyArchiveDocumentMutation = graphql(`
  mutation VerifyArchiveDocument($id: ID!) {
    verifyArchiveDocument(id: $id) {
      documentId
      verifiedAt
      intact
      checkedVersions
      problems {
        versionNumber
        kind
        message
      }
    }
  }
`);

/** A document's drawer (/archive?doc=…): its details, every version, 替换文件, 删除 and 校验; a deleted one's 恢复. */
export function DocumentDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const t = useT();
  return (
    <Drawer open={Boolean(id)} onClose={onClose} size={920} title={t('archive.details')} destroyOnHidden>
      {id && <DocumentDetails key={id} id={id} onGone={onClose} />}
    </Drawer>
  );
}

function DocumentDetails({ id, onGone }: { id: string; onGone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [replacing, setReplacing] = useState(false);
  const [verification, setVerification] = useState<VerifyArchiveDocumentMutation['verifyArchiveDocument'] | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching: deleting }, remove] = useMutation(DeleteArchiveDocumentMutation);
  const [{ fetching: verifying }, verify] = useMutation(VerifyArchiveDocumentMutation);
  const table = useConnectionTable({
    query: ArchiveDocumentQuery,
    variables: (page) => ({ id, ...page }),
    connection: (data) => data.archiveDocument?.versions,
    resetKey: id,
  });
  const document = table.data?.archiveDocument ?? null;

  if (!table.data && table.pager.loading) return <Spin />;
  if (table.error && !document) return <ProblemAlert problem={toProblem(table.error)} onRetry={table.refresh} />;
  if (!document) return <Empty description={t('archive.notFound')} />;

  async function deleteDocument(d: ArchiveDocumentRowFragment) {
    setProblem(null);
    const result = await remove({ input: { id: d.id, version: d.version } }, ARCHIVE_REFRESH);
    if (result.error) return setProblem(toProblem(result.error));
    void message.success(t('archive.deleted'));
    onGone();
  }

  async function verifyDocument() {
    setProblem(null);
    setVerification(null);
    const result = await verify({ id });
    if (result.error) return setProblem(toProblem(result.error));
    setVerification(result.data!.verifyArchiveDocument);
    // The outcome is recorded on the document (最近校验): read it again.
    table.refresh();
  }

  const none = t('common.none');
  const columns: TableColumnsType<ArchiveVersionFieldsFragment> = [
    { title: t('archive.versionNumber'), dataIndex: 'number', width: 80, render: (n: number) => t('archive.versionNo', { number: n }) },
    { title: t('archive.fileName'), key: 'name', render: (_, v) => v.file.name },
    { title: t('archive.fileSize'), key: 'size', width: 90, render: (_, v) => formatSize(v.file.size) },
    { title: t('archive.uploadedBy'), dataIndex: 'uploadedBy', width: 100 },
    { title: t('archive.uploadedAt'), key: 'at', width: 140, render: (_, v) => formatDateTime(v.file.uploadedAt) },
    { title: t('archive.versionNote'), dataIndex: 'note', render: (note: string | null) => note ?? none },
    {
      title: t('archive.chainHash'),
      dataIndex: 'chainHash',
      width: 110,
      render: (hash: string) => (
        <Typography.Text code title={hash} style={{ whiteSpace: 'nowrap' }}>
          {hash.slice(0, 8)}
        </Typography.Text>
      ),
    },
    {
      title: t('common.download'),
      key: 'download',
      width: 70,
      render: (_, v) => (
        <a href={v.file.downloadUrl} download={v.file.name} target="_blank" rel="noreferrer" aria-label={`${t('common.download')} ${t('archive.versionNo', { number: v.number })}`}>
          {t('common.download')}
        </a>
      ),
    },
  ];

  const deleted = Boolean(document.deletedAt);
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Flex justify="space-between" align="start" gap={12} wrap>
        <Typography.Title level={3} style={{ margin: 0, fontSize: 18 }} data-testid="archive-document-title">
          {document.title}
        </Typography.Title>
        <Space wrap>
          {deleted ? (
            <RestoreButton document={document} />
          ) : (
            <>
              <Button icon={<SwapOutlined />} onClick={() => setReplacing(true)}>
                {t('archive.replace')}
              </Button>
              <Popconfirm
                title={t('archive.deleteConfirm')}
                okText={t('archive.delete')}
                okButtonProps={{ danger: true }}
                cancelText={t('common.cancel')}
                onConfirm={() => deleteDocument(document)}
              >
                <Button danger icon={<DeleteOutlined />} loading={deleting}>
                  {t('archive.delete')}
                </Button>
              </Popconfirm>
            </>
          )}
          <Button icon={<SafetyCertificateOutlined />} loading={verifying} onClick={verifyDocument}>
            {t('archive.verify')}
          </Button>
        </Space>
      </Flex>
      {deleted && (
        <Alert
          type="warning"
          showIcon
          title={t('archive.deletedNotice', {
            at: formatDateTime(document.deletedAt!),
            by: document.deletedBy ?? none,
            until: document.restorableUntil ? formatDateTime(document.restorableUntil) : none,
          })}
        />
      )}
      <ProblemAlert problem={problem} onReload={table.refresh} />
      {verifying && <Typography.Text type="secondary">{t('archive.verifying')}</Typography.Text>}
      {verification && <VerificationResult verification={verification} />}
      <Descriptions
        bordered
        size="small"
        column={2}
        items={[
          { key: 'folder', label: t('archive.folder'), children: t(folderLabel(document.folder)) },
          { key: 'year', label: t('archive.year'), children: t('archive.yearOption', { year: document.year }) },
          { key: 'unit', label: t('archive.unit'), children: document.unit?.name ?? t('archive.unitRegion') },
          { key: 'versions', label: t('archive.versions'), children: document.versionCount },
          { key: 'created', label: t('archive.createdBy'), children: `${document.createdBy} · ${formatDateTime(document.createdAt)}` },
          { key: 'updated', label: t('archive.updatedAt'), children: formatDateTime(document.updatedAt) },
          {
            key: 'lastVerification',
            label: t('archive.lastVerification'),
            span: 2,
            children: document.lastVerification ? (
              <Typography.Text type={document.lastVerification === 'INTACT' ? 'success' : 'danger'} data-testid="archive-last-verification">
                {t(`archive.verification.${document.lastVerification}`)}
                {document.lastVerifiedAt ? ` · ${formatDateTime(document.lastVerifiedAt)}` : ''}
              </Typography.Text>
            ) : (
              t('archive.neverVerified')
            ),
          },
          { key: 'note', label: t('archive.note'), span: 2, children: document.note ?? none },
        ]}
      />
      <div>
        <Typography.Title level={4} style={{ fontSize: 16 }}>
          {t('archive.versionList')}
        </Typography.Title>
        <KeyboardScrollable label={t('archive.versionList')}>
          <Table<ArchiveVersionFieldsFragment>
            data-testid="archive-versions"
            rowKey="number"
            columns={columns}
            {...table.tableProps}
            scroll={{ x: 860 }}
          />
        </KeyboardScrollable>
        <CursorPager pager={table.pager} />
      </div>
      {replacing && <ReplaceFileDialog document={document} onClose={() => setReplacing(false)} />}
    </Space>
  );
}

/** 完整, or each problem the verification found (a file missing or changed, the chain broken), in red. */
function VerificationResult({ verification }: { verification: VerifyArchiveDocumentMutation['verifyArchiveDocument'] }) {
  const t = useT();
  const at = t('archive.verifiedAt', { at: formatDateTime(verification.verifiedAt) });
  if (verification.intact) {
    return <Alert data-testid="archive-verification" type="success" showIcon title={t('archive.intact', { count: verification.checkedVersions })} description={at} />;
  }
  return (
    <Alert
      data-testid="archive-verification"
      type="error"
      showIcon
      title={t('archive.broken')}
      description={
        <Flex vertical gap={4}>
          {verification.problems.map((p, i) => (
            <Typography.Text type="danger" key={i}>
              {p.message}
            </Typography.Text>
          ))}
          <Typography.Text type="secondary">{at}</Typography.Text>
        </Flex>
      }
    />
  );
}

