import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useAccess } from '../../auth/AuthProvider';
import { useT } from '../../i18n';
import { pick } from '../lists/params';
import { yearFromParams } from '../lists/year';
import { AddDocumentDialog } from './add-dialog';
import { DocumentDrawer } from './document-drawer';
import { DocumentsPane } from './documents';
import { ARCHIVE_FOLDERS } from './folders';
import { RecycleBin } from './recycle-bin';

const TABS = ['documents', 'recycle'] as const;
type Tab = (typeof TABS)[number];

/**
 * /archive (档案): a year's documents by folder (三册 / 四簿 / 其他档案, with counts), the secretariat's filter by unit,
 * 归档 (a new document with its file), a document's drawer (?doc=: versions, 替换文件, 删除, 校验) and, for the
 * secretariat, the 回收站 (?tab=recycle). A liaison reads and keeps its own unit's documents. The filters are the URL's.
 */
export default function ArchivePage() {
  const t = useT();
  const { manageArchive } = useAccess();
  const [params, setParams] = useSearchParams();
  const [adding, setAdding] = useState(false);
  const tab: Tab = (manageArchive && pick(TABS, params.get('tab'))) || 'documents';
  const year = yearFromParams(params);
  const folder = pick(ARCHIVE_FOLDERS, params.get('folder')) ?? null;
  const unitId = manageArchive ? params.get('unit') || null : null;
  const documentId = params.get('doc');

  /** Changes some of the URL's filters (an undefined one is removed), keeping the others. */
  const setQuery = (patch: Record<string, string | number | undefined | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined || value === null || value === '') next.delete(key);
      else next.set(key, String(value));
    }
    setParams(next, { replace: true });
  };

  const documents = <DocumentsPane year={year} folder={folder} unitId={unitId} onOpen={(id) => setQuery({ doc: id })} setQuery={setQuery} />;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={<Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>{t('archive.title')}</Typography.Title>}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('archive.add')}
          </Button>
        }
      >
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t(manageArchive ? 'archive.hint' : 'archive.liaisonHint')}
        </Typography.Paragraph>
      </Card>
      {manageArchive ? (
        <Tabs
          activeKey={tab}
          onChange={(key) => setQuery({ tab: key === 'documents' ? undefined : key, doc: undefined })}
          items={[
            { key: 'documents', label: t('archive.tabDocuments'), children: documents },
            { key: 'recycle', label: t('archive.tabRecycleBin'), children: <RecycleBin onOpen={(id) => setQuery({ doc: id })} /> },
          ]}
          destroyOnHidden
        />
      ) : (
        // A liaison has no 回收站: its documents without a tab bar of one tab.
        <Card>{documents}</Card>
      )}
      {adding && (
        <AddDocumentDialog
          defaults={{ year, folder, unitId }}
          onClose={() => setAdding(false)}
          onAdded={(added) => setQuery({ year: added.year, folder: added.folder, tab: undefined })}
        />
      )}
      <DocumentDrawer id={documentId} onClose={() => setQuery({ doc: undefined })} />
    </Space>
  );
}
