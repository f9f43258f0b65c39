import { DeleteOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../../../api/errors';
import { ArchiveFileLink } from '../../../components/ArchiveFileLink';
import { FileList, uploadedIds, type FileUploadIds } from '../../../components/FileList';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { graphql } from '../../../gql';
import type { ArchiveFileFieldsFragment } from '../../../gql/graphql';
import { useServerFieldErrors } from '../../../hooks/useServerFieldErrors';
import { useT } from '../../../i18n';
import { REFRESH_MEETING } from '../fragments';

const SetAgendaMaterialsMutation = graphql(`
  mutation SetAgendaMaterials($input: SetAgendaMaterialsInput!) {
    setAgendaMaterials(input: $input) {
      ...MeetingPageFields
    }
  }
`);

/** Field names are SetAgendaMaterialsInput's, so the server's `extensions.field` finds the new files' rows. */
interface Values {
  fileUploadIds?: FileUploadIds;
}

interface Props {
  meeting: { id: string; version: number };
  /** The item whose materials are set, as read; null: closed. */
  item: { id: string; title: string; materials: readonly ArchiveFileFieldsFragment[] } | null;
  onClose: () => void;
  /** A CONFLICT closes the dialog and goes to the page, which offers 重新加载. */
  onProblem: (problem: ApiProblem | null) => void;
}

/**
 * 材料: one agenda item's 会议材料 — the current files, each removable (left out of `keepFileNames` on 保存), and new
 * ones uploaded row by row (`fileUploadIds`). 保存 waits for the uploads under way.
 */
export function AgendaMaterialsDialog({ meeting, item, onClose, onProblem }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [removed, setRemoved] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(0);
  const [{ fetching }, setMaterials] = useMutation(SetAgendaMaterialsMutation);

  function toggle(name: string) {
    setRemoved((current) => {
      const next = new Set(current);
      if (!next.delete(name)) next.add(name);
      return next;
    });
  }

  async function submit(values: Values) {
    if (!item) return;
    setProblem(null);
    serverErrors.clearAll();
    // The server numbers the uploads it was sent; the form's rows include those without a finished upload.
    const rows = (values.fileUploadIds ?? []).flatMap((id, row) => (id ? [row] : []));
    const result = await setMaterials(
      {
        input: {
          meetingId: meeting.id,
          version: meeting.version,
          itemId: item.id,
          keepFileNames: item.materials.map((f) => f.name).filter((name) => !removed.has(name)),
          fileUploadIds: uploadedIds(values.fileUploadIds),
        },
      },
      REFRESH_MEETING,
    );
    if (result.error) {
      const rename = Object.fromEntries(rows.map((row, sent) => [`fileUploadIds.${sent}`, ['fileUploadIds', String(row)]]));
      const left = serverErrors.place(toProblem(result.error), rename);
      if (left.code === 'CONFLICT') {
        onClose();
        onProblem(left);
        return;
      }
      return setProblem(left);
    }
    void message.success(t('agenda.materialsSaved', { title: item.title }));
    onClose();
  }

  return (
    <Modal
      open={item !== null}
      title={item ? t('agenda.materialsTitle', { title: item.title }) : undefined}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      okButtonProps={{ disabled: busy > 0 }}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => {
        if (opened) return;
        setProblem(null);
        setRemoved(new Set());
        setBusy(0);
      }}
      destroyOnHidden
    >
      <ProblemAlert problem={leftToShow(problem)} />
      <Typography.Paragraph type="secondary">{t('agenda.materialsHint')}</Typography.Paragraph>
      <Typography.Title level={5}>{t('agenda.materialsCurrent')}</Typography.Title>
      {item && item.materials.length > 0 ? (
        <ul data-testid="current-materials" style={{ listStyle: 'none', margin: '0 0 16px', padding: 0 }}>
          {item.materials.map((file) => {
            const gone = removed.has(file.name);
            return (
              <li key={file.name} style={{ padding: '4px 0' }}>
                <Flex justify="space-between" align="center" gap={8} wrap>
                  {gone ? (
                    <span>
                      <Typography.Text delete type="secondary">
                        {file.name}
                      </Typography.Text>{' '}
                      <Tag color="red">{t('agenda.materialRemoving')}</Tag>
                    </span>
                  ) : (
                    <ArchiveFileLink file={file} />
                  )}
                  <Button
                    size="small"
                    type="text"
                    danger={!gone}
                    icon={gone ? <UndoOutlined /> : <DeleteOutlined />}
                    aria-label={gone ? t('agenda.materialKeepLabel', { name: file.name }) : t('agenda.materialRemoveLabel', { name: file.name })}
                    onClick={() => toggle(file.name)}
                  >
                    {gone ? t('agenda.materialKeep') : t('agenda.materialRemove')}
                  </Button>
                </Flex>
              </li>
            );
          })}
        </ul>
      ) : (
        <Typography.Paragraph type="secondary">{t('agenda.materialsNone')}</Typography.Paragraph>
      )}
      <Form<Values>
        form={form}
        name="agendaMaterials"
        layout="vertical"
        preserve={false}
        initialValues={{ fileUploadIds: [] }}
        onFinish={submit}
        onValuesChange={serverErrors.onValuesChange}
      >
        <FileList
          onBusyChange={(b) => setBusy((n) => n + (b ? 1 : -1))}
          labels={{
            file: (order) => t('agenda.materialFile', { order }),
            remove: (order) => t('agenda.materialRemoveNew', { order }),
            add: t('agenda.materialAdd'),
          }}
        />
      </Form>
    </Modal>
  );
}
