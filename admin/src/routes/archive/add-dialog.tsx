import { App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../../api/errors';
import { useAccess } from '../../auth/AuthProvider';
import { FileUploadField } from '../../components/FileUploadField';
import { ProblemAlert } from '../../components/ProblemAlert';
import { UnitPicker } from '../../components/UnitPicker';
import { graphql } from '../../gql';
import type { ArchiveFolder } from '../../gql/graphql';
import { useServerFieldErrors } from '../../hooks/useServerFieldErrors';
import { useT } from '../../i18n';
import { yearOptions } from '../lists/year';
import { ARCHIVE_REFRESH, FOLDER_GROUPS, folderLabel, isBranchBook } from './folders';

const AddArchiveDocumentMutation = graphql(`
  mutation AddArchiveDocument($input: AddArchiveDocumentInput!) {
    addArchiveDocument(input: $input) {
      ...ArchiveDocumentRow
    }
  }
`);

interface AddValues {
  uploadId?: string | null;
  title?: string;
  folder?: ArchiveFolder;
  year?: number;
  unitId?: string | null;
  note?: string;
}

/** Mounted while open (its form starts afresh from `defaults` each time). */
interface AddDocumentDialogProps {
  /** What the page shows now: the dialog starts in that year, folder and unit. */
  defaults: { year: number; folder: ArchiveFolder | null; unitId: string | null };
  onClose: () => void;
  onAdded: (document: { year: number; folder: ArchiveFolder }) => void;
}

/**
 * 归档: a document's title, folder, year, unit and note, with its file (uploaded first, then its upload id sent).
 * 三册四簿 need a unit (the API says so at 所属单位); a liaison files for its own unit, fixed here.
 */
export function AddDocumentDialog({ defaults, onClose, onAdded }: AddDocumentDialogProps) {
  const t = useT();
  const { message } = App.useApp();
  const { archiveUnitId } = useAccess();
  const [form] = Form.useForm<AddValues>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const [{ fetching }, add] = useMutation(AddArchiveDocumentMutation);
  const folder = Form.useWatch('folder', form);

  async function submit(values: AddValues) {
    setProblem(null);
    serverErrors.clearAll();
    const result = await add(
      {
        input: {
          uploadId: values.uploadId ?? '',
          title: values.title ?? '',
          folder: values.folder!,
          year: values.year!,
          unitId: archiveUnitId ?? values.unitId ?? null,
          note: values.note || null,
        },
      },
      ARCHIVE_REFRESH,
    );
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    const added = result.data!.addArchiveDocument;
    void message.success(t('archive.added', { title: added.title }));
    onAdded(added);
    onClose();
  }

  return (
    <Modal
      open
      title={t('archive.addTitle')}
      okText={t('archive.addOk')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      okButtonProps={{ disabled: busy }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <ProblemAlert problem={leftToShow(problem)} />
      <Form
        form={form}
        name="addArchiveDocument"
        layout="vertical"
        initialValues={{ year: defaults.year, folder: defaults.folder ?? undefined, unitId: archiveUnitId ?? defaults.unitId }}
        onFinish={submit}
        onValuesChange={serverErrors.onValuesChange}
      >
        <Form.Item name="uploadId" label={t('archive.file')} rules={[{ required: true, message: t('archive.fileRequired') }]}>
          <FileUploadField onBusyChange={setBusy} />
        </Form.Item>
        <Form.Item name="title" label={t('archive.docTitle')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
        <Form.Item name="folder" label={t('archive.folder')} rules={[{ required: true }]}>
          <Select<ArchiveFolder>
            options={FOLDER_GROUPS.map((group) => ({
              label: t(group.label),
              title: t(group.label),
              options: group.folders.map((value) => ({ value, label: t(folderLabel(value)) })),
            }))}
          />
        </Form.Item>
        <Form.Item name="year" label={t('archive.year')} rules={[{ required: true }]}>
          <Select<number> options={yearOptions(defaults.year).map((year) => ({ value: year, label: t('archive.yearOption', { year }) }))} />
        </Form.Item>
        {/* Required for 三册四簿: marked here, checked by the API (its answer shows under the field). */}
        <Form.Item name="unitId" label={t('archive.unit')} required={isBranchBook(folder) || Boolean(archiveUnitId)} extra={t('archive.unitHint')}>
          <UnitPicker disabled={Boolean(archiveUnitId)} placeholder={t('archive.unitRegion')} />
        </Form.Item>
        <Form.Item name="note" label={t('archive.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
