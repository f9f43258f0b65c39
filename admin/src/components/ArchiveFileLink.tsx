import { PaperClipOutlined } from '@ant-design/icons';
import { Space, Typography } from 'antd';
import { graphql } from '../gql';
import type { ArchiveFileFieldsFragment } from '../gql/graphql';
import { useT } from '../i18n';

graphql(`
  fragment ArchiveFileFields on ArchiveFile {
    name
    contentType
    size
    uploadedAt
    downloadUrl
  }
`);

/** 1.2 KB, 3.4 MB: a file's size as people read it. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A stored file as a download link (the URL is short-lived: it comes fresh with each read). */
export function ArchiveFileLink({ file }: { file: ArchiveFileFieldsFragment | null | undefined }) {
  const t = useT();
  if (!file) return <>{t('common.none')}</>;
  return (
    <Space size={6}>
      <PaperClipOutlined />
      <a href={file.downloadUrl} download={file.name} target="_blank" rel="noreferrer" title={t('common.download')}>
        {file.name}
      </a>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatSize(file.size)}
      </Typography.Text>
    </Space>
  );
}
