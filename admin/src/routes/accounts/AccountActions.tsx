import { App, Button, Space } from 'antd';
import { useMutation } from 'urql';
import { toProblem, type ApiProblem } from '../../api/errors';
import type { TemporaryPassword } from '../../components/TemporaryPasswordDialog';
import { graphql } from '../../gql';
import type { AccountRowFragment } from '../../gql/graphql';
import { useT } from '../../i18n';
import { LOCKOUT_FAILURES } from './labels';

const ResetPasswordMutation = graphql(`
  mutation ResetAccountPassword($input: AccountChangeInput!) {
    resetPassword(input: $input) {
      account {
        ...AccountRow
      }
      temporaryPassword
      temporaryPasswordExpiresAt
    }
  }
`);

const DisableAccountMutation = graphql(`
  mutation DisableAccount($input: AccountChangeInput!) {
    disableAccount(input: $input) {
      ...AccountRow
    }
  }
`);

const UnlockAccountMutation = graphql(`
  mutation UnlockAccount($input: AccountChangeInput!) {
    unlockAccount(input: $input) {
      ...AccountRow
    }
  }
`);

const ResetAuthenticatorMutation = graphql(`
  mutation ResetAuthenticator($input: AccountChangeInput!) {
    resetAuthenticator(input: $input) {
      ...AccountRow
    }
  }
`);

const EnableAccountMutation = graphql(`
  mutation EnableAccount($input: AccountChangeInput!) {
    enableAccount(input: $input) {
      ...AccountRow
    }
  }
`);

const DeleteAccountMutation = graphql(`
  mutation DeleteAccount($input: AccountChangeInput!) {
    deleteAccount(input: $input) {
      username
    }
  }
`);

interface Props {
  /**
   * The account as read (its version goes with the change); a region's admin on the platform's list, or a row here.
   * The sign-in state and the role, where read, add 解锁, 重置验证器 and 更换单位.
   */
  account: Pick<AccountRowFragment, 'username' | 'name' | 'state' | 'version'> &
    Partial<Pick<AccountRowFragment, 'role' | 'lockedUntil' | 'failedSignIns' | 'unit'>>;
  /** 更换单位 for a liaison's account (账号管理 only): opens its dialog. */
  onRebind?: (account: AccountRowFragment) => void;
  /** A reset's new temporary password, for the dialog that shows it once. */
  onPassword: (result: TemporaryPassword) => void;
  /** What the API refused (null when an action starts); a CONFLICT means the row changed meanwhile. */
  onProblem: (problem: ApiProblem | null) => void;
}

/**
 * An account's 重置密码, 停用 / 启用 and (once disabled) 删除, each after a confirm that says what it does (with the version read): a row of
 * 账号管理, or a region's admin on the platform's 区域列表 (the platform admin manages region admins).
 */
export function AccountActions({ account, onPassword, onProblem, onRebind }: Props) {
  const t = useT();
  const { message, modal } = App.useApp();
  const [reset, resetPassword] = useMutation(ResetPasswordMutation);
  const [disable, disableAccount] = useMutation(DisableAccountMutation);
  const [enable, enableAccount] = useMutation(EnableAccountMutation);
  const [unlock, unlockAccount] = useMutation(UnlockAccountMutation);
  const [authenticator, resetAuthenticator] = useMutation(ResetAuthenticatorMutation);
  const [removal, deleteAccount] = useMutation(DeleteAccountMutation);
  const input = { username: account.username, version: account.version };
  const name = account.name;

  const confirmReset = () =>
    modal.confirm({
      title: t('accounts.resetTitle', { name }),
      content: t('accounts.resetConfirm'),
      okText: t('accounts.reset'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        onProblem(null);
        const result = await resetPassword({ input });
        if (result.error) return onProblem(toProblem(result.error));
        onPassword(result.data!.resetPassword);
      },
    });

  const confirmState = (disabling: boolean) =>
    modal.confirm({
      title: t(disabling ? 'accounts.disableTitle' : 'accounts.enableTitle', { name }),
      content: t(disabling ? 'accounts.disableConfirm' : 'accounts.enableConfirm'),
      okText: t(disabling ? 'accounts.disable' : 'accounts.enable'),
      okButtonProps: { danger: disabling },
      cancelText: t('common.cancel'),
      onOk: async () => {
        onProblem(null);
        const result = disabling ? await disableAccount({ input }) : await enableAccount({ input });
        if (result.error) return onProblem(toProblem(result.error));
        void message.success(t(disabling ? 'accounts.disabled' : 'accounts.enabled', { name }));
      },
    });

  const runUnlock = async () => {
    onProblem(null);
    const result = await unlockAccount({ input });
    if (result.error) return onProblem(toProblem(result.error));
    void message.success(t('accounts.unlocked', { name }));
  };

  const confirmAuthenticator = () =>
    modal.confirm({
      title: t('accounts.resetAuthenticatorTitle', { name }),
      content: t('accounts.resetAuthenticatorConfirm'),
      okText: t('accounts.resetAuthenticator'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        onProblem(null);
        const result = await resetAuthenticator({ input });
        if (result.error) return onProblem(toProblem(result.error));
        void message.success(t('accounts.authenticatorReset', { name }));
      },
    });

  const confirmDelete = () =>
    modal.confirm({
      title: t('accounts.deleteTitle', { name }),
      content: t('accounts.deleteConfirm'),
      okText: t('accounts.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        onProblem(null);
        const result = await deleteAccount({ input });
        if (result.error) return onProblem(toProblem(result.error));
        void message.success(t('accounts.deleted', { name }));
      },
    });

  const locked = Boolean(account.lockedUntil) || (account.failedSignIns ?? 0) >= LOCKOUT_FAILURES;
  const busy = reset.fetching || disable.fetching || enable.fetching || unlock.fetching || authenticator.fetching || removal.fetching;
  return (
    <Space size={4} wrap>
      {locked && (
        <Button size="small" type="primary" disabled={busy} onClick={() => void runUnlock()}>
          {t('accounts.unlock')}
        </Button>
      )}
      {account.role === 'UNIT_LIAISON' && onRebind && (
        <Button size="small" disabled={busy} onClick={() => onRebind(account as AccountRowFragment)}>
          {t('accounts.rebind')}
        </Button>
      )}
      {account.role === 'REGION_ADMIN' && (
        <Button size="small" disabled={busy} onClick={confirmAuthenticator}>
          {t('accounts.resetAuthenticator')}
        </Button>
      )}
      <Button size="small" disabled={busy} onClick={confirmReset}>
        {t('accounts.reset')}
      </Button>
      {account.state === 'ACTIVE' ? (
        <Button size="small" danger disabled={busy} onClick={() => confirmState(true)}>
          {t('accounts.disable')}
        </Button>
      ) : (
        <>
          <Button size="small" disabled={busy} onClick={() => confirmState(false)}>
            {t('accounts.enable')}
          </Button>
          <Button size="small" danger disabled={busy} onClick={confirmDelete}>
            {t('accounts.delete')}
          </Button>
        </>
      )}
    </Space>
  );
}
