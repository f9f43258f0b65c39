import { UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Typography, Upload, type UploadFile } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { problemText, toProblem } from '../api/errors';
import { ALL_EXTENSIONS, MAX_UPLOAD_BYTES, acceptAttribute, contentTypeOf, putWithProgress, sha256Hex } from '../api/upload';
import { graphql } from '../gql';
import { useT } from '../i18n';

const CreateUploadUrlMutation = graphql(`
  mutation CreateUploadUrl($input: CreateUploadInput!) {
    createUploadUrl(input: $input) {
      uploadId
      url
      headers {
        name
        value
      }
    }
  }
`);

interface FileUploadFieldProps {
  /** The upload id, once the bytes have arrived; what the mutation takes as `…UploadId`. */
  value?: string | null;
  onChange?: (uploadId: string | null) => void;
  /** True while hashing or sending, so the surrounding form can hold its submit button. */
  onBusyChange?: (busy: boolean) => void;
  id?: string;
  /**
   * The file kinds this field takes, by extension (`['xlsx']`), a subset of what the API takes.
   * @default every kind createUploadUrl accepts
   */
  extensions?: readonly string[];
  /** The line above the button. @default upload.hint (the kinds and the size limit) */
  hint?: string;
  /** The button's text. @default upload.select */
  selectLabel?: string;
}

/**
 * A form control for one file: checks type and size, hashes it (SHA-256), asks the API for an upload URL,
 * PUTs the bytes with progress, and then gives the form the upload id.
 */
export function FileUploadField({ value, onChange, onBusyChange, id, extensions, hint, selectLabel }: FileUploadFieldProps) {
  const t = useT();
  const [, createUploadUrl] = useMutation(CreateUploadUrlMutation);
  const [file, setFile] = useState<UploadFile | null>(null);
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => () => abort.current?.abort(), []);
  // The form was reset: forget the file shown.
  useEffect(() => {
    if (!value && file?.status === 'done') setFile(null);
  }, [value, file?.status]);

  const update = (patch: Partial<UploadFile>) => setFile((current) => (current ? { ...current, ...patch } : current));

  async function start(raw: File & { uid: string }) {
    setError(null);
    onChange?.(null);
    const contentType = contentTypeOf(raw, extensions ?? ALL_EXTENSIONS);
    if (!contentType) return setError(extensions ? t('upload.onlyTypes', { types: acceptAttribute(extensions) }) : t('upload.badType'));
    if (raw.size > MAX_UPLOAD_BYTES) return setError(t('upload.tooLarge'));

    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setFile({ uid: raw.uid, name: raw.name, size: raw.size, status: 'uploading', percent: 0 });
    onBusyChange?.(true);
    try {
      const sha256 = await sha256Hex(raw);
      const result = await createUploadUrl({ input: { fileName: raw.name, contentType, size: raw.size, sha256 } });
      if (result.error || !result.data) {
        throw new Error(result.error ? problemText(toProblem(result.error), t) : t('error.unknown'));
      }
      const upload = result.data.createUploadUrl;
      await putWithProgress(upload.url, upload.headers, raw, (percent) => update({ percent }), controller.signal);
      if (controller.signal.aborted) return;
      update({ status: 'done', percent: 100 });
      onChange?.(upload.uploadId);
    } catch (e) {
      if (controller.signal.aborted) return;
      const reason = e instanceof Error ? e.message : String(e);
      update({ status: 'error' });
      setError(t('upload.failed', { reason }));
    } finally {
      if (abort.current === controller) onBusyChange?.(false);
    }
  }

  return (
    <Flex vertical gap={4} id={id}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {hint ?? t('upload.hint')}
      </Typography.Text>
      <Upload
        accept={acceptAttribute(extensions)}
        maxCount={1}
        fileList={file ? [file] : []}
        beforeUpload={(raw) => {
          void start(raw);
          return false; // we send it ourselves
        }}
        onRemove={() => {
          abort.current?.abort();
          onBusyChange?.(false);
          setFile(null);
          setError(null);
          onChange?.(null);
        }}
      >
        <Button icon={<UploadOutlined />}>{selectLabel ?? t('upload.select')}</Button>
      </Upload>
      {error && (
        <Typography.Text type="danger" role="alert">
          {error}
        </Typography.Text>
      )}
      {value && file?.status === 'done' && <Typography.Text type="success">{t('upload.done')}</Typography.Text>}
    </Flex>
  );
}
