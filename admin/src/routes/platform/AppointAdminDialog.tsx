import { Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../../api/errors';
import { ProblemAlert } from '../../components/ProblemAlert';
import type { TemporaryPassword } from '../../components/TemporaryPasswordDialog';
import { graphql } from '../../gql';
import { useServerFieldErrors } from '../../hooks/useServerFieldErrors';
import { useT } from '../../i18n';

const AppointRegionAdminMutation = graphql(`
  mutation AppointRegionAdmin($input: AppointRegionAdminInput!) {
    appointRegionAdmin(input: $input) {
      account {
        username
        name
        role
      }
      temporaryPassword
      temporaryPasswordExpiresAt
    }
  }
`);

/** The form's values: named as the input, so the API's `extensions.field` lands at its field. */
interface Values {
  username?: string;
  name?: string;
  phone?: string;
}

/** 任命管理员: a region's admin (秘书处) account; the answer (with its temporary password) goes to `onAppointed`. */
export function AppointAdminDialog({
  region,
  onClose,
  onAppointed,
}: {
  region: { id: string; name: string } | null;
  onClose: () => void;
  onAppointed: (result: TemporaryPassword) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, appoint] = useMutation(AppointRegionAdminMutation);

  async function submit(values: Values) {
    setProblem(null);
    serverErrors.clearAll();
    const input = { regionId: region!.id, username: values.username!.trim(), name: values.name!.trim(), phone: values.phone?.trim() || null };
    const result = await appoint({ input }, { additionalTypenames: ['Region', 'Account'] });
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    onAppointed(result.data!.appointRegionAdmin);
  }

  return (
    <Modal
      open={region !== null}
      title={t('appoint.title', { region: region?.name ?? '' })}
      okText={t('appoint.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => opened || setProblem(null)}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('appoint.hint')}</Typography.Paragraph>
      <ProblemAlert problem={leftToShow(problem)} />
      <Form<Values> form={form} name="appointAdmin" layout="vertical" onFinish={submit} onValuesChange={serverErrors.onValuesChange} disabled={fetching}>
        <Form.Item
          name="username"
          label={t('appoint.username')}
          extra={t('appoint.usernameHint')}
          rules={[{ required: true, whitespace: true, message: t('appoint.usernameRequired') }]}
        >
          <Input maxLength={64} autoComplete="off" />
        </Form.Item>
        <Form.Item name="name" label={t('appoint.name')} rules={[{ required: true, whitespace: true, message: t('appoint.nameRequired') }]}>
          <Input maxLength={50} autoComplete="off" />
        </Form.Item>
        <Form.Item name="phone" label={t('appoint.phone')}>
          <Input maxLength={20} autoComplete="off" inputMode="tel" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
