import { Alert, Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { leftToShow, placeFieldErrors, toProblem, type ApiProblem } from '../../api/errors';
import { ProblemAlert } from '../../components/ProblemAlert';
import { UnitPicker } from '../../components/UnitPicker';
import { graphql } from '../../gql';
import type { AccountRowFragment } from '../../gql/graphql';
import { useT } from '../../i18n';

const RebindAccountMutation = graphql(`
  mutation RebindAccount($input: RebindAccountInput!) {
    rebindAccount(input: $input) {
      ...AccountRow
    }
  }
`);

interface Props {
  /** The liaison account to move (null: closed). */
  account: Pick<AccountRowFragment, 'username' | 'name' | 'version' | 'unit'> | null;
  onClose: () => void;
  onDone: (name: string) => void;
}

/**
 * 更换单位: a liaison who moves to another unit keeps its account. The unit picker of 新建账号; a unit that already has a
 * liaison account, or has left, is refused at the field in the API's words. The person's sessions end: the next
 * sign-in speaks for the new unit.
 */
export function RebindAccountDialog({ account, onClose, onDone }: Props) {
  const t = useT();
  const [form] = Form.useForm<{ unitId: string | null }>();
  const [state, rebind] = useMutation(RebindAccountMutation);
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  async function submit({ unitId }: { unitId: string | null }) {
    if (!account || !unitId) return;
    setProblem(null);
    const result = await rebind({ input: { username: account.username, version: account.version, unitId } }, { additionalTypenames: ['Account'] });
    if (result.error) return setProblem(leftToShow(placeFieldErrors(form, toProblem(result.error)).left));
    onDone(account.name);
  }

  return (
    <Modal
      open={account !== null}
      title={account ? t('accounts.rebindTitle', { name: account.name }) : ''}
      okText={t('accounts.rebindSubmit')}
      cancelText={t('common.cancel')}
      confirmLoading={state.fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => opened || setProblem(null)}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('accounts.rebindHint')}</Typography.Paragraph>
      {account?.unit && <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('accounts.rebindFrom', { unit: account.unit.name })} />}
      <ProblemAlert problem={problem} />
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item name="unitId" label={t('accounts.rebindUnit')} rules={[{ required: true, message: t('accountForm.unitRequired') }]}>
          <UnitPicker placeholder={t('accountForm.unitPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
