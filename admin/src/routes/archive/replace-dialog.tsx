import { App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../../api/errors';
import { FileUploadField } from '../../components/FileUploadField';
import { ProblemAlert } from '../../components/ProblemAlert';
import { graphql } from '../../gql';
import { useServerFieldErrors } from '../../hooks/useServerFieldErrors';
import { useT } from '../../i18n';
import { ARCHIVE_REFRESH } from './folders';

const ReplaceArchiveFileMutation = graphql(`
  mutation ReplaceArchiveFile($input: ReplaceArchiveFileInput!) {
    replaceArchiveFile(input: $input) {
      ...ArchiveDocumentRow
    }
  }
`);

interface ReplaceValues {
  uploadId?: string | null;
  note?: string;
}

/** 替换文件 (mounted while open): the new file becomes the next version at the document's version read; the earlier ones stay. */
export function ReplaceFileDialog({ document, onClose }: { document: { id: string; title: string; version: number; versionCount: number }; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReplaceValues>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const [{ fetching }, replace] = useMutation(ReplaceArchiveFileMutation);

  async function submit(values: ReplaceValues) {
    setProblem(null);
    serverErrors.clearAll();
    const result = await replace(
      { input: { id: document.id, version: document.version, uploadId: values.uploadId ?? '', note: values.note || null } },
      ARCHIVE_REFRESH,
    );
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    void message.success(t('archive.replaced', { number: result.data!.replaceArchiveFile.current.number }));
    onClose();
  }

  return (
    <Modal
      open
      title={t('archive.replaceTitle', { title: document.title })}
      okText={t('archive.replaceOk')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      okButtonProps={{ disabled: busy }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <ProblemAlert problem={leftToShow(problem)} />
      <Typography.Paragraph type="secondary">{t('archive.replaceHint', { number: document.versionCount + 1 })}</Typography.Paragraph>
      <Form form={form} name="replaceArchiveFile" layout="vertical" onFinish={submit} onValuesChange={serverErrors.onValuesChange}>
        <Form.Item name="uploadId" label={t('archive.file')} rules={[{ required: true, message: t('archive.fileRequired') }]}>
          <FileUploadField onBusyChange={setBusy} />
        </Form.Item>
        <Form.Item name="note" label={t('archive.replaceNote')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
