import { Alert, Button, Modal, Typography } from 'antd';
import { formatDateTime } from '../api/dates';
import { useT } from '../i18n';

/** What createAccount, appointRegionAdmin and resetPassword answer: the account and its password, shown once. */
export interface TemporaryPassword {
  account: { username: string; name: string; role: string };
  temporaryPassword: string;
  temporaryPasswordExpiresAt: string;
}

/**
 * The temporary password of an account just made or reset, shown this once (the API keeps no copy in the clear):
 * copy button, expiry, and what the first sign-in asks for (an admin also enrols an authenticator). Closing it
 * forgets the password; the dialog only closes by its button, so a stray click beside it loses nothing.
 */
export function TemporaryPasswordDialog({ result, onClose }: { result: TemporaryPassword | null; onClose: () => void }) {
  const t = useT();
  const admin = result?.account.role === 'REGION_ADMIN';
  return (
    <Modal
      open={result !== null}
      title={t('tempPassword.title')}
      closable={false}
      maskClosable={false}
      keyboard={false}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose}>
          {t('tempPassword.close')}
        </Button>
      }
    >
      {result && (
        <div data-testid="temporary-password-dialog">
          <Typography.Paragraph>{t('tempPassword.forAccount', { username: result.account.username, name: result.account.name })}</Typography.Paragraph>
          <Typography.Paragraph>
            <Typography.Text
              code
              strong
              style={{ fontSize: 20 }}
              data-testid="temporary-password"
              copyable={{ text: result.temporaryPassword, tooltips: [t('tempPassword.copy'), t('tempPassword.copied')] }}
            >
              {result.temporaryPassword}
            </Typography.Text>
          </Typography.Paragraph>
          <Typography.Paragraph>
            {t('tempPassword.expires', { at: formatDateTime(result.temporaryPasswordExpiresAt) })}{' '}
            {t(admin ? 'tempPassword.firstSignInAdmin' : 'tempPassword.firstSignIn')}
          </Typography.Paragraph>
          <Alert type="warning" showIcon title={t('tempPassword.once')} />
        </div>
      )}
    </Modal>
  );
}
