import { App, Checkbox, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../../../api/errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { graphql } from '../../../gql';
import { useServerFieldErrors } from '../../../hooks/useServerFieldErrors';
import { useT } from '../../../i18n';
import { FileList, uploadedIds, type FileUploadIds } from '../../../components/FileList';

const ReportActionItemMutation = graphql(`
  mutation ReportActionItem($input: ReportActionItemInput!) {
    reportActionItem(input: $input) {
      ...SupervisionRow
    }
  }
`);

/** Named as the input's fields, so the server's `extensions.field` finds them. */
interface Values {
  text?: string;
  done?: boolean;
  fileUploadIds?: FileUploadIds;
}

interface Props {
  item: { id: string; title: string; doneWhen?: string | null } | null;
  /** The reporting unit: a liaison's own. */
  unitId: string;
  onClose: () => void;
}

/** 报告落实情况: what the unit did (text, files uploaded as the ledger's), and 已完成 when the item is carried out. */
export function ReportDialog({ item, unitId, onClose }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(0);
  const [{ fetching }, report] = useMutation(ReportActionItemMutation);

  async function submit(values: Values) {
    if (!item) return;
    setProblem(null);
    serverErrors.clearAll();
    const result = await report(
      {
        input: {
          actionItemId: item.id,
          unitId,
          text: values.text?.trim() ?? '',
          done: Boolean(values.done),
          fileUploadIds: uploadedIds(values.fileUploadIds),
        },
      },
      { additionalTypenames: ['ActionItem'] },
    );
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    void message.success(t('supervision.reported'));
    onClose();
  }

  return (
    <Modal
      open={item !== null}
      title={item ? t('supervision.reportTitle', { title: item.title }) : ''}
      okText={t('supervision.reportSubmit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: busy > 0 }}
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => opened || setProblem(null)}
      destroyOnHidden
      width={600}
    >
      {item?.doneWhen && <Typography.Paragraph>{t('supervision.doneWhenHint', { doneWhen: item.doneWhen })}</Typography.Paragraph>}
      <ProblemAlert problem={leftToShow(problem)} />
      <Form<Values>
        form={form}
        name="reportActionItem"
        layout="vertical"
        initialValues={{ done: false, fileUploadIds: [] }}
        onFinish={submit}
        onValuesChange={serverErrors.onValuesChange}
        preserve={false}
      >
        <Form.Item name="text" label={t('supervision.reportText')} rules={[{ required: true, whitespace: true, message: t('supervision.reportTextRequired') }]}>
          <Input.TextArea rows={5} maxLength={2000} showCount />
        </Form.Item>
        <FileList onBusyChange={(b) => setBusy((n) => n + (b ? 1 : -1))} labels={{ file: (order) => t('ledgerForm.file', { order }), remove: (order) => t('ledgerForm.removeFile', { order }), add: t('ledgerForm.addFile') }} />
        <Form.Item name="done" valuePropName="checked" extra={t('supervision.doneHint')}>
          <Checkbox>{t('supervision.done')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
