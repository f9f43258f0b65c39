import { LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, QRCode, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { homePath, safeNextPath } from '../auth/access';
import { useAuth } from '../auth/AuthProvider';
import { answerCode, answerNewPassword, beginEnrolment, endSession, finishEnrolment, SignInError, startSignIn, type SignInStep } from '../auth/sign-in';
import { useT, type Translate } from '../i18n';
import { LanguageSwitch } from '../layout/LanguageSwitch';

type Stage =
  | { step: 'credentials' }
  | { step: 'newPassword' | 'totp'; username: string }
  | { step: 'enrol'; username: string; secret: string; uri: string };

/** Passwords the pool accepts: 8+ characters with lower case, upper case and digits. */
const STRONG_PASSWORD = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d).{8,}$/;

/**
 * /login: username and password, then whatever the pool asks next — a new password on the first
 * sign-in, the authenticator code, or (platform and region admins without one) enrolling an
 * authenticator. Once signed in it goes to `?next=` (a path of this console only) or the role's home.
 * Passwords and codes live in the form until they are sent; a refused one is cleared, none is kept.
 */
export default function LoginPage() {
  const t = useT();
  const { viewer, access, endedBy, proceed, config } = useAuth();
  const [params] = useSearchParams();
  const [stage, setStage] = useState<Stage>({ step: 'credentials' });
  const [refusal, setRefusal] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  if (viewer) return <Navigate to={safeNextPath(params.get('next')) ?? homePath(access)} replace />;

  /** Runs a step; on to the next stage, or the refusal shown and `clear` called. */
  async function run(username: string, step: () => Promise<SignInStep>, clear: () => void) {
    setRefusal(null);
    setSubmitting(true);
    try {
      const next = await proceed(step);
      if (next === 'enrol') setStage({ step: 'enrol', username, ...(await beginEnrolment(username)) });
      else if (next !== 'done') setStage({ step: next, username });
      // done: the viewer is set and this page turns into a redirect.
    } catch (error) {
      clear();
      setRefusal(describe(error, t));
      if (error instanceof SignInError && error.reason === 'auth.error.stepExpired') setStage({ step: 'credentials' });
    } finally {
      setSubmitting(false);
    }
  }

  async function restart() {
    await endSession();
    setRefusal(null);
    setStage({ step: 'credentials' });
  }

  const localHint = config.userPoolEndpoint !== undefined;

  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: 24, background: '#f5f5f5' }}>
      <div style={{ position: 'fixed', top: 16, right: 24 }}>
        <LanguageSwitch />
      </div>
      <Card style={{ width: '100%', maxWidth: 420 }}>
        <Typography.Title level={3} style={{ margin: 0, color: '#c8102e' }}>
          {t('app.name')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('app.fullName')}</Typography.Paragraph>
        {stage.step === 'credentials' && (
          <>
            {endedBy === 'expiry' && <Alert type="warning" showIcon title={t('error.unauthenticated')} style={{ marginBottom: 16 }} />}
            {endedBy === 'idle' && <Alert type="warning" showIcon title={t('auth.idle', { minutes: config.idleMinutes })} style={{ marginBottom: 16 }} />}
            {endedBy === 'sign-out' && <Alert type="info" showIcon title={t('auth.signedOut')} style={{ marginBottom: 16 }} />}
            <CredentialsForm
              submitting={submitting}
              onSubmit={(username, password, clear) => run(username, () => startSignIn(username, password), clear)}
            />
          </>
        )}
        {stage.step === 'newPassword' && (
          <NewPasswordForm submitting={submitting} onSubmit={(password, clear) => run(stage.username, () => answerNewPassword(password), clear)} />
        )}
        {stage.step === 'totp' && (
          <CodeForm
            title={t('auth.codeTitle')}
            hint={t('auth.codeHint')}
            submitLabel={t('auth.verify')}
            submitting={submitting}
            onSubmit={(code, clear) => run(stage.username, () => answerCode(code), clear)}
          />
        )}
        {stage.step === 'enrol' && (
          <CodeForm
            title={t('auth.enrolTitle')}
            hint={t('auth.enrolHint')}
            submitLabel={t('auth.enrolSubmit')}
            submitting={submitting}
            onSubmit={(code, clear) => run(stage.username, () => finishEnrolment(code), clear)}
          >
            <Flex vertical align="center" gap={8} style={{ marginBottom: 16 }}>
              <QRCode value={stage.uri} size={168} bordered={false} aria-label={t('auth.enrolQrCode')} />
              <Typography.Text type="secondary">{t('auth.enrolSecret')}</Typography.Text>
              <Typography.Text code copyable data-testid="totp-secret">
                {stage.secret}
              </Typography.Text>
            </Flex>
          </CodeForm>
        )}
        {stage.step !== 'credentials' && (
          <Button type="link" block onClick={restart} disabled={submitting} style={{ marginTop: 8 }}>
            {t('auth.restart')}
          </Button>
        )}
        {refusal && <Alert type="error" showIcon role="alert" title={refusal} style={{ marginTop: 16 }} />}
        {localHint && stage.step === 'credentials' && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}>
            {t('auth.localMode')}
          </Typography.Paragraph>
        )}
      </Card>
    </Flex>
  );
}

function describe(error: unknown, t: Translate): string {
  if (!(error instanceof SignInError)) return t('error.unknown');
  if (error.reason) return t(error.reason);
  if (error.kind === 'refused') return error.message;
  return error.kind === 'network' ? t('error.network') : t('error.unknown');
}

function CredentialsForm(props: { submitting: boolean; onSubmit: (username: string, password: string, clear: () => void) => void }) {
  const t = useT();
  const [form] = Form.useForm<{ username: string; password: string }>();
  return (
    <Form
      form={form}
      name="login"
      layout="vertical"
      disabled={props.submitting}
      requiredMark={false}
      onFinish={({ username, password }) => props.onSubmit(username.trim(), password, () => form.setFieldValue('password', ''))}
    >
      <Form.Item name="username" label={t('auth.username')} rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}>
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
      </Form.Item>
      <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('auth.passwordRequired') }]}>
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={props.submitting}>
        {t('auth.submit')}
      </Button>
    </Form>
  );
}

function NewPasswordForm(props: { submitting: boolean; onSubmit: (password: string, clear: () => void) => void }) {
  const t = useT();
  const [form] = Form.useForm<{ password: string; confirm: string }>();
  return (
    <Form
      form={form}
      name="new-password"
      layout="vertical"
      disabled={props.submitting}
      requiredMark={false}
      onFinish={({ password }) => props.onSubmit(password, () => form.resetFields())}
    >
      <Typography.Title level={5}>{t('auth.newPasswordTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('auth.newPasswordHint')}</Typography.Paragraph>
      <Form.Item
        name="password"
        label={t('auth.newPassword')}
        rules={[
          { required: true, message: t('auth.passwordRequired') },
          { pattern: STRONG_PASSWORD, message: t('auth.passwordRule') },
        ]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="new-password" autoFocus />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('auth.confirmPassword')}
        dependencies={['password']}
        rules={[
          { required: true, message: t('auth.passwordRequired') },
          ({ getFieldValue }) => ({
            validator: (_, value) => (!value || value === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error(t('auth.passwordMismatch')))),
          }),
        ]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={props.submitting}>
        {t('auth.setPassword')}
      </Button>
    </Form>
  );
}

function CodeForm(props: {
  title: string;
  hint: string;
  submitLabel: string;
  submitting: boolean;
  onSubmit: (code: string, clear: () => void) => void;
  children?: ReactNode;
}) {
  const t = useT();
  const [form] = Form.useForm<{ code: string }>();
  return (
    <Form
      form={form}
      name="code"
      layout="vertical"
      disabled={props.submitting}
      requiredMark={false}
      onFinish={({ code }) => props.onSubmit(code.trim(), () => form.setFieldValue('code', ''))}
    >
      <Typography.Title level={5}>{props.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{props.hint}</Typography.Paragraph>
      {props.children}
      <Form.Item name="code" label={t('auth.code')} rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: t('auth.codeRequired') }]}>
        <Input prefix={<SafetyOutlined />} inputMode="numeric" autoComplete="one-time-code" maxLength={6} autoFocus />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={props.submitting}>
        {props.submitLabel}
      </Button>
    </Form>
  );
}
