import { App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../../../api/errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { graphql } from '../../../gql';
import type { ServiceRecordRowFragment } from '../../../gql/graphql';
import { useServerFieldErrors } from '../../../hooks/useServerFieldErrors';
import { useT } from '../../../i18n';

export const ConfirmServiceHoursMutation = graphql(`
  mutation ConfirmServiceHours($input: ConfirmServiceHoursInput!) {
    confirmServiceHours(input: $input) {
      ...ServiceRecordRow
    }
  }
`);

interface Props {
  record: ServiceRecordRowFragment | null;
  onClose: () => void;
  onReload: () => void;
}

/** 不通过: the community declines a service record with the reason the member will read. */
export function DeclineDialog({ record, onClose, onReload }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, confirm] = useMutation(ConfirmServiceHoursMutation);

  async function submit(values: { reason?: string }) {
    if (!record) return;
    setProblem(null);
    serverErrors.clearAll();
    const input = { id: record.id, version: record.version, decision: 'DECLINE' as const, reason: values.reason?.trim() || null };
    const result = await confirm({ input }, { additionalTypenames: ['ServiceRecord'] });
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    void message.success(t('serviceHours.declined', { name: record.memberName }));
    onClose();
  }

  return (
    <Modal
      open={record !== null}
      title={record ? t('serviceHours.declineTitle', { name: record.memberName }) : ''}
      okText={t('serviceHours.decline')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true }}
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => opened || setProblem(null)}
      destroyOnHidden
    >
      {record && (
        <Typography.Paragraph type="secondary">
          {t('serviceHours.declineHint', { date: record.servedOn, hours: record.hours, description: record.description })}
        </Typography.Paragraph>
      )}
      <ProblemAlert problem={leftToShow(problem)} onReload={() => (onClose(), onReload())} />
      <Form form={form} name="declineService" layout="vertical" onFinish={submit} onValuesChange={serverErrors.onValuesChange}>
        <Form.Item
          name="reason"
          label={t('serviceHours.reason')}
          rules={[{ required: true, whitespace: true, message: t('serviceHours.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
