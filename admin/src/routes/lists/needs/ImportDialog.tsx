import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Descriptions, Form, Modal, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useClient, useMutation } from 'urql';
import { startDownload } from '../../../api/download';
import { problemText, toProblem, type ApiProblem } from '../../../api/errors';
import { FileUploadField } from '../../../components/FileUploadField';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { graphql } from '../../../gql';
import type { NeedImportPreviewFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n';

const NeedImportTemplateQuery = graphql(`
  query NeedImportTemplate($year: Int!) {
    needImportTemplate(year: $year) {
      name
      downloadUrl
    }
  }
`);

graphql(`
  fragment NeedImportPreviewFields on NeedImportPreview {
    fileName
    year
    rows
    toImport
    alreadyListed
    invalidRows
    errorCount
    errors {
      rowNumber
      column
      message
    }
  }
`);

const PreviewNeedImportMutation = graphql(`
  mutation PreviewNeedImport($input: PreviewNeedImportInput!) {
    previewNeedImport(input: $input) {
      ...NeedImportPreviewFields
    }
  }
`);

const ImportNeedsMutation = graphql(`
  mutation ImportNeeds($input: ImportNeedsInput!) {
    importNeeds(input: $input) {
      created
      alreadyListed
      invalidRows
    }
  }
`);

type ImportError = NeedImportPreviewFieldsFragment['errors'][number];

/**
 * 导入需求: the year's template (communities, categories … in drop-downs), a filled file uploaded and previewed (every
 * row checked, nothing written), then imported — the valid rows not listed yet become 已征集 needs.
 */
export function NeedImportDialog({ year, open, onClose }: { year: number; open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const client = useClient();
  const [uploadId, setUploadId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [preview, setPreview] = useState<NeedImportPreviewFieldsFragment | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching: previewing }, previewImport] = useMutation(PreviewNeedImportMutation);
  const [{ fetching: importing }, importNeeds] = useMutation(ImportNeedsMutation);
  const [downloading, setDownloading] = useState(false);

  async function downloadTemplate() {
    setDownloading(true);
    const result = await client.query(NeedImportTemplateQuery, { year }, { requestPolicy: 'network-only' }).toPromise();
    setDownloading(false);
    const file = result.data?.needImportTemplate;
    if (!file) return void message.error(result.error ? problemText(toProblem(result.error), t) : t('error.unknown'));
    startDownload(file.downloadUrl, file.name);
  }

  async function runPreview(id: string) {
    setProblem(null);
    setPreview(null);
    const result = await previewImport({ input: { uploadId: id, year } });
    if (result.error) return setProblem(toProblem(result.error));
    setPreview(result.data!.previewNeedImport);
  }

  async function runImport() {
    if (!uploadId) return;
    setProblem(null);
    const result = await importNeeds({ input: { uploadId, year, skipInvalid } }, { additionalTypenames: ['Need'] });
    if (result.error) return setProblem(toProblem(result.error));
    const done = result.data!.importNeeds;
    void message.success(t('needImport.done', { created: done.created, listed: done.alreadyListed, invalid: done.invalidRows }));
    onClose();
  }

  const blocked = !preview || preview.toImport === 0 || (preview.invalidRows > 0 && !skipInvalid);
  return (
    <Modal
      open={open}
      width={760}
      title={t('needImport.title', { year })}
      okText={t('needImport.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: blocked }}
      confirmLoading={importing}
      onOk={runImport}
      onCancel={onClose}
      destroyOnHidden
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Typography.Paragraph style={{ margin: 0 }}>
          {t('needImport.hint')}{' '}
          <Button size="small" icon={<DownloadOutlined />} loading={downloading} onClick={downloadTemplate}>
            {t('needImport.template')}
          </Button>
        </Typography.Paragraph>
        <Form layout="vertical">
          <Form.Item label={t('needImport.file')} style={{ marginBottom: 0 }}>
            <FileUploadField
              extensions={['xlsx']}
              value={uploadId}
              onBusyChange={setBusy}
              onChange={(id) => {
                setUploadId(id);
                setPreview(null);
                if (id) void runPreview(id);
              }}
            />
          </Form.Item>
        </Form>
        <ProblemAlert problem={problem} />
        {(busy || previewing) && <Typography.Text type="secondary">{t('needImport.checking')}</Typography.Text>}
        {preview && (
          <>
            <Descriptions size="small" bordered column={{ xs: 1, sm: 2 }} data-testid="need-import-preview">
              <Descriptions.Item label={t('needImport.rows')}>{preview.rows}</Descriptions.Item>
              <Descriptions.Item label={t('needImport.toImport')}>{preview.toImport}</Descriptions.Item>
              <Descriptions.Item label={t('needImport.alreadyListed')}>{preview.alreadyListed}</Descriptions.Item>
              <Descriptions.Item label={t('needImport.invalidRows')}>{preview.invalidRows}</Descriptions.Item>
            </Descriptions>
            {preview.errorCount > 0 && (
              <>
                <Alert type="warning" showIcon title={t('needImport.hasErrors', { count: preview.errorCount })} />
                <Table<ImportError>
                  size="small"
                  rowKey={(e) => `${e.rowNumber}.${e.column}.${e.message}`}
                  dataSource={preview.errors}
                  pagination={{ pageSize: 10, showSizeChanger: false }}
                  columns={[
                    { title: t('needImport.row'), dataIndex: 'rowNumber', width: 70 },
                    { title: t('needImport.column'), dataIndex: 'column', width: 120 },
                    { title: t('needImport.problem'), dataIndex: 'message' },
                  ]}
                />
                <Checkbox checked={skipInvalid} onChange={(e) => setSkipInvalid(e.target.checked)}>
                  {t('needImport.skipInvalid')}
                </Checkbox>
              </>
            )}
          </>
        )}
      </Space>
    </Modal>
  );
}
