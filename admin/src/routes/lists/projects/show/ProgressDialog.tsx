import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../../../../api/errors';
import { FileUploadField } from '../../../../components/FileUploadField';
import { ProblemAlert } from '../../../../components/ProblemAlert';
import { graphql } from '../../../../gql';
import { useServerFieldErrors } from '../../../../hooks/useServerFieldErrors';
import { useT } from '../../../../i18n';

const ReportProgressMutation = graphql(`
  mutation ReportProjectProgress($input: ReportProjectProgressInput!) {
    reportProjectProgress(input: $input) {
      ...ProjectProgressFields
    }
  }
`);

/** Photos and files a report may carry (the API's limit). */
const MAX_FILES = 9;

interface Values {
  note?: string;
  fileUploadIds?: (string | null)[];
}

/**
 * 报告进展: a report with photos and files, by a responsible unit's liaison or the secretariat, while 实施. It does
 * not change the project's version; the page reads the project's reports again afterwards.
 */
export function ProgressDialog({ project, open, onClose, onReported }: { project: { id: string }; open: boolean; onClose: () => void; onReported: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(0);
  const [{ fetching }, report] = useMutation(ReportProgressMutation);

  async function submit(values: Values) {
    setProblem(null);
    serverErrors.clearAll();
    const fileUploadIds = (values.fileUploadIds ?? []).filter((id): id is string => Boolean(id));
    const result = await report({ input: { id: project.id, note: values.note?.trim() ?? '', fileUploadIds } });
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    void message.success(t('progress.done'));
    onClose();
    onReported();
  }

  return (
    <Modal
      open={open}
      title={t('progress.title')}
      okText={t('progress.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      okButtonProps={{ disabled: busy > 0 }}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => opened || setProblem(null)}
      destroyOnHidden
    >
      <ProblemAlert problem={leftToShow(problem)} />
      <Form<Values> form={form} name="reportProgress" layout="vertical" onFinish={submit} onValuesChange={serverErrors.onValuesChange} initialValues={{ fileUploadIds: [] }}>
        <Form.Item name="note" label={t('progress.note')} rules={[{ required: true, whitespace: true, message: t('progress.noteRequired') }]}>
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
        <Form.List name="fileUploadIds">
          {(items, { add, remove }) => (
            <>
              {items.map((item, index) => (
                <Flex key={item.key} gap={8} align="start">
                  <Form.Item name={item.name} label={t('progress.file', { order: index + 1 })} style={{ flex: 1 }}>
                    <FileUploadField onBusyChange={(b) => setBusy((n) => n + (b ? 1 : -1))} />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('progress.removeFile', { order: index + 1 })}
                    title={t('progress.removeFile', { order: index + 1 })}
                    onClick={() => remove(item.name)}
                    style={{ marginTop: 30 }}
                  />
                </Flex>
              ))}
              {items.length < MAX_FILES && (
                <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add(null)}>
                  {t('progress.addFile')}
                </Button>
              )}
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
