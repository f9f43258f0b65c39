import { Alert, Checkbox, Descriptions, Form, Input, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useMutation } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../../api/errors';
import { ProblemAlert } from '../../components/ProblemAlert';
import { graphql } from '../../gql';
import { useServerFieldErrors } from '../../hooks/useServerFieldErrors';
import { useT } from '../../i18n';

const RegisterMutation = graphql(`
  mutation RegisterPartnerClient($input: RegisterPartnerClientInput!) {
    registerPartnerClient(input: $input) {
      clientSecret
      client {
        ...PartnerClientRow
      }
    }
  }
`);

/** Client credentials just made or rotated: shown once. */
export interface Issued {
  name: string;
  clientId: string;
  clientSecret: string;
}

const SCOPES = [
  { value: 'gongjian/public.read', label: 'partnerClients.scope.publicRead' },
  { value: 'gongjian/member.act', label: 'partnerClients.scope.memberAct' },
] as const;

interface Values {
  name?: string;
  scopes?: string[];
}

/** 登记合作系统: name and scopes; on success the credentials go to the secret dialog. */
export function RegisterDialog({ open, regionId, onClose, onRegistered }: { open: boolean; regionId: string; onClose: () => void; onRegistered: (issued: Issued) => void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, register] = useMutation(RegisterMutation);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ scopes: ['gongjian/public.read'] });
  }, [open, form]);

  async function submit(values: Values) {
    setProblem(null);
    serverErrors.clearAll();
    const input = { regionId, name: values.name?.trim() ?? '', scopes: values.scopes ?? [] };
    const result = await register({ input }, { additionalTypenames: ['PartnerClient'] });
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    const made = result.data!.registerPartnerClient;
    onRegistered({ name: made.client.name, clientId: made.client.clientId, clientSecret: made.clientSecret });
  }

  return (
    <Modal
      open={open}
      title={t('partnerClients.register')}
      okText={t('partnerClients.register')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => opened || setProblem(null)}
      destroyOnHidden
    >
      <ProblemAlert problem={leftToShow(problem)} />
      <Form<Values> form={form} name="registerPartnerClient" layout="vertical" onFinish={submit} onValuesChange={serverErrors.onValuesChange} disabled={fetching}>
        <Form.Item name="name" label={t('partnerClients.name')} rules={[{ required: true, whitespace: true, message: t('partnerClients.nameRequired') }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="scopes" label={t('partnerClients.scopes')} rules={[{ required: true, type: 'array', min: 1, message: t('partnerClients.scopesRequired') }]}>
          <Checkbox.Group options={SCOPES.map((s) => ({ value: s.value, label: t(s.label) }))} style={{ display: 'flex', flexDirection: 'column', gap: 8 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The client id and secret, once, with copy buttons; closing it forgets the secret. */
export function SecretDialog({ issued, onClose }: { issued: Issued | null; onClose: () => void }) {
  const t = useT();
  const copyable = (text: string) => ({ text, tooltips: [t('partnerClients.copy'), t('partnerClients.copied')] });
  return (
    <Modal
      open={issued !== null}
      title={t('partnerClients.secretTitle')}
      okText={t('partnerClients.secretSaved')}
      onOk={onClose}
      onCancel={onClose}
      cancelButtonProps={{ style: { display: 'none' } }}
      maskClosable={false}
      destroyOnHidden
    >
      <Alert type="warning" showIcon message={t('partnerClients.secretHint')} style={{ marginBottom: 16 }} />
      {issued && (
        <Descriptions column={1} bordered size="small">
          <Descriptions.Item label={t('partnerClients.name')}>{issued.name}</Descriptions.Item>
          <Descriptions.Item label={t('partnerClients.clientId')}>
            <Typography.Text code copyable={copyable(issued.clientId)} data-testid="partner-client-id">
              {issued.clientId}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('partnerClients.clientSecret')}>
            <Typography.Text code copyable={copyable(issued.clientSecret)} data-testid="partner-client-secret" style={{ wordBreak: 'break-all' }}>
              {issued.clientSecret}
            </Typography.Text>
          </Descriptions.Item>
        </Descriptions>
      )}
    </Modal>
  );
}
