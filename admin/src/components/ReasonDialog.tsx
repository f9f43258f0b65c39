import { App, Form, Input, Modal, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../api/errors';
import { useServerFieldErrors } from '../hooks/useServerFieldErrors';
import { useT } from '../i18n';
import { ProblemAlert } from './ProblemAlert';

interface Props {
  open: boolean;
  /** The form's name (its fields' ids). */
  formName: string;
  title: string;
  okText: string;
  hint?: ReactNode;
  label: string;
  /** Checked before sending; leave it out where the API's own refusal should show at the field. */
  requiredMessage?: string;
  submitting: boolean;
  /** Sends the reason (trimmed, '' when blank); the mutation's error, if any. */
  submit: (reason: string) => Promise<CombinedError | undefined>;
  successText: string;
  onClose: () => void;
  /** After a conflict: reload what the dialog acted on. */
  onReload: () => void;
}

/**
 * A step that is taken with a reason (不通过, 结束, 取消, 退回 …): the reason field, the API's refusal at the field it
 * names (`reason`) or above the form, and a success message. Each caller brings its mutation and words.
 */
export function ReasonDialog(props: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  async function submit(values: { reason?: string }) {
    setProblem(null);
    serverErrors.clearAll();
    const error = await props.submit(values.reason?.trim() ?? '');
    if (error) return setProblem(serverErrors.place(toProblem(error)));
    void message.success(props.successText);
    props.onClose();
  }

  return (
    <Modal
      open={props.open}
      title={props.title}
      okText={props.okText}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true }}
      confirmLoading={props.submitting}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      afterOpenChange={(opened) => opened || setProblem(null)}
      destroyOnHidden
    >
      {props.hint && <Typography.Paragraph type="secondary">{props.hint}</Typography.Paragraph>}
      <ProblemAlert problem={leftToShow(problem)} onReload={() => (props.onClose(), props.onReload())} />
      <Form form={form} name={props.formName} layout="vertical" onFinish={submit} onValuesChange={serverErrors.onValuesChange}>
        <Form.Item
          name="reason"
          label={props.label}
          required
          rules={props.requiredMessage ? [{ required: true, whitespace: true, message: props.requiredMessage }] : []}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
