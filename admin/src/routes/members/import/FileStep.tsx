import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useClient, useMutation } from 'urql';
import { startDownload } from '../../../api/download';
import { toProblem, type ApiProblem } from '../../../api/errors';
import { FileUploadField } from '../../../components/FileUploadField';
import { ProblemAlert } from '../../../components/ProblemAlert';
import type { MemberImportFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { MemberImportTemplateQuery, PreviewMemberImportMutation } from './operations';
import { RecentImports } from './RecentImports';

const UNKNOWN: ApiProblem = { kind: 'graphql', code: null, fields: [], messages: [] };
const XLSX_ONLY = ['xlsx'];

/** Step 1: the template to fill (a generated download) and the upload of a filled roster, checked at once. */
export function FileStep({ onPreviewed }: { onPreviewed: (job: MemberImportFieldsFragment) => void }) {
  const t = useT();
  const client = useClient();
  const { message } = App.useApp();
  const [{ fetching: checking }, preview] = useMutation(PreviewMemberImportMutation);
  const [templateLoading, setTemplateLoading] = useState(false);
  const [uploadId, setUploadId] = useState<string | null>(null);
  /** What went wrong, with the action to retry. */
  const [failure, setFailure] = useState<{ problem: ApiProblem; retry: () => void } | null>(null);

  async function downloadTemplate() {
    setTemplateLoading(true);
    setFailure(null);
    // Network-only: the link is short-lived, so a cached one may have expired.
    const result = await client.query(MemberImportTemplateQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    setTemplateLoading(false);
    const file = result.data?.memberImportTemplate;
    if (!file) return setFailure({ problem: result.error ? toProblem(result.error) : UNKNOWN, retry: () => void downloadTemplate() });
    startDownload(file.downloadUrl, file.name);
    void message.success(t('import.templateReady'));
  }

  async function check(id: string) {
    setFailure(null);
    const result = await preview({ input: { uploadId: id } });
    const job = result.data?.previewMemberImport;
    if (!job) return setFailure({ problem: result.error ? toProblem(result.error) : UNKNOWN, retry: () => void check(id) });
    onPreviewed(job);
  }

  return (
    <Flex vertical gap={16}>
      <Card size="small" title={t('import.template')}>
        <Flex vertical gap={8} align="start">
          <Typography.Text type="secondary">{t('import.templateHint')}</Typography.Text>
          <Button icon={<DownloadOutlined />} loading={templateLoading} onClick={() => void downloadTemplate()}>
            {t('import.template')}
          </Button>
        </Flex>
      </Card>
      <Card size="small" title={t('import.uploadTitle')}>
        <FileUploadField
          extensions={XLSX_ONLY}
          hint={t('import.uploadHint')}
          selectLabel={t('import.selectFile')}
          value={uploadId}
          onChange={(id) => {
            setUploadId(id);
            if (id) void check(id);
          }}
        />
        {checking && (
          <Flex gap={8} align="center" style={{ marginTop: 12 }} role="status">
            <Spin size="small" />
            <Typography.Text>{t('import.checking')}</Typography.Text>
          </Flex>
        )}
      </Card>
      <ProblemAlert problem={failure?.problem} onRetry={failure?.retry} onClose={() => setFailure(null)} />
      <RecentImports />
    </Flex>
  );
}
