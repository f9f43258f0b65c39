import { Form, Input, Modal, Select, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useClient, useMutation } from 'urql';
import { leftToShow, toProblem, type ApiProblem } from '../../api/errors';
import { ProblemAlert } from '../../components/ProblemAlert';
import type { TemporaryPassword } from '../../components/TemporaryPasswordDialog';
import { UnitPicker } from '../../components/UnitPicker';
import { graphql } from '../../gql';
import type { AccountRole } from '../../gql/graphql';
import { useServerFieldErrors } from '../../hooks/useServerFieldErrors';
import { useT } from '../../i18n';
import { MemberPicker } from '../member-records/MemberPicker';
import { ACCOUNT_ROLES, accountLabel } from './labels';

const CreateAccountMutation = graphql(`
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      account {
        ...AccountRow
      }
      temporaryPassword
      temporaryPasswordExpiresAt
    }
  }
`);

/** The liaison of a unit just picked: its mobile number is the username a liaison account gets by default. */
const UnitLiaisonQuery = graphql(`
  query AccountUnitLiaison($id: ID!) {
    unit(id: $id) {
      id
      liaison {
        name
        phone
      }
    }
  }
`);

const MemberContactQuery = graphql(`
  query AccountMemberContact($id: ID!) {
    member(id: $id) {
      id
      name
      phone
    }
  }
`);

/** A mainland mobile number (functions/src/domain/accounts/rules.ts, MOBILE): a good username. */
const MOBILE = /^1[3-9][0-9]{9}$/;

/** The form's values: named as the input, so the API's `extensions.field` lands at its field. */
interface Values {
  role?: AccountRole;
  unitId?: string | null;
  memberId?: string | null;
  username?: string;
  name?: string;
  phone?: string;
}

type Person = Pick<Values, 'username' | 'name' | 'phone'>;

interface Props {
  open: boolean;
  onClose: () => void;
  onCreated: (result: TemporaryPassword) => void;
}

/**
 * 新建账号: a liaison's (for a unit), a member's (for a roster record) or a fellow secretariat admin's sign-in. Picking a
 * unit or a member fills in its person's name, phone and, when it is a mobile number, the username — without
 * overwriting what the clerk typed.
 */
export function CreateAccountDialog({ open, onClose, onCreated }: Props) {
  const t = useT();
  const client = useClient();
  const [form] = Form.useForm<Values>();
  const serverErrors = useServerFieldErrors(form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, createAccount] = useMutation(CreateAccountMutation);
  const role = Form.useWatch('role', form);
  /** What was last filled in from a pick: a field still holding it (or empty) may be filled again. */
  const filled = useRef<Person>({});

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    filled.current = {};
  }, [open, form]);

  function fillFrom(person: Person) {
    const next: Person = {};
    for (const key of ['username', 'name', 'phone'] as const) {
      const current = (form.getFieldValue(key) as string | undefined)?.trim() ?? '';
      if (person[key] && (current === '' || current === filled.current[key])) next[key] = person[key];
    }
    filled.current = { ...filled.current, ...next };
    form.setFieldsValue(next);
  }

  async function picked(kind: 'unit' | 'member', id: string | null | undefined) {
    if (!id) return;
    if (kind === 'unit') {
      const liaison = (await client.query(UnitLiaisonQuery, { id }).toPromise()).data?.unit?.liaison;
      if (liaison) fillFrom({ name: liaison.name, phone: liaison.phone ?? undefined, username: mobileOf(liaison.phone) });
    } else {
      const member = (await client.query(MemberContactQuery, { id }).toPromise()).data?.member;
      if (member) fillFrom({ name: member.name, phone: member.phone ?? undefined, username: mobileOf(member.phone) });
    }
  }

  async function submit(values: Values) {
    setProblem(null);
    serverErrors.clearAll();
    const input = {
      role: values.role!,
      unitId: values.role === 'UNIT_LIAISON' ? values.unitId : null,
      memberId: values.role === 'MEMBER' ? values.memberId : null,
      username: values.username!.trim(),
      name: values.name!.trim(),
      phone: values.phone?.trim() || null,
    };
    const result = await createAccount({ input }, { additionalTypenames: ['Account'] });
    if (result.error) return setProblem(serverErrors.place(toProblem(result.error)));
    onCreated(result.data!.createAccount);
  }

  return (
    <Modal
      open={open}
      title={t('accountForm.title')}
      okText={t('accountForm.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => opened || setProblem(null)}
      destroyOnHidden
      width={560}
    >
      <Typography.Paragraph type="secondary">{t('accountForm.hint')}</Typography.Paragraph>
      <ProblemAlert problem={leftToShow(problem)} />
      <Form<Values>
        form={form}
        name="createAccount"
        layout="vertical"
        initialValues={{ role: 'UNIT_LIAISON' }}
        onFinish={submit}
        onValuesChange={(changed: Partial<Values>) => {
          serverErrors.onValuesChange(changed);
          if ('unitId' in changed) void picked('unit', changed.unitId);
          if ('memberId' in changed) void picked('member', changed.memberId);
        }}
        disabled={fetching}
      >
        <Form.Item name="role" label={t('account.role')} rules={[{ required: true, message: t('accountForm.roleRequired') }]}>
          <Select options={ACCOUNT_ROLES.map((value) => ({ value, label: t(accountLabel.role(value)) }))} style={{ width: 200 }} />
        </Form.Item>
        {role === 'UNIT_LIAISON' && (
          <Form.Item name="unitId" label={t('account.unit')} rules={[{ required: true, message: t('accountForm.unitRequired') }]}>
            <UnitPicker placeholder={t('accountForm.unitPlaceholder')} />
          </Form.Item>
        )}
        {role === 'MEMBER' && (
          <Form.Item name="memberId" label={t('account.member')} rules={[{ required: true, message: t('accountForm.memberRequired') }]}>
            <MemberPicker />
          </Form.Item>
        )}
        <Form.Item
          name="username"
          label={t('accountForm.username')}
          extra={t('accountForm.usernameHint')}
          rules={[{ required: true, whitespace: true, message: t('accountForm.usernameRequired') }]}
        >
          <Input maxLength={64} autoComplete="off" />
        </Form.Item>
        <Form.Item name="name" label={t('account.name')} rules={[{ required: true, whitespace: true, message: t('accountForm.nameRequired') }]}>
          <Input maxLength={50} autoComplete="off" />
        </Form.Item>
        <Form.Item name="phone" label={t('account.phone')}>
          <Input maxLength={20} autoComplete="off" inputMode="tel" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function mobileOf(phone: string | null | undefined): string | undefined {
  const trimmed = phone?.trim();
  return trimmed && MOBILE.test(trimmed) ? trimmed : undefined;
}
