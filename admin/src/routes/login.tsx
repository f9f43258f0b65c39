import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { homePath, safeNextPath } from '../auth/access';
import { useAuth } from '../auth/AuthProvider';
import { SignInError } from '../auth/sign-in';
import { useT } from '../i18n';
import { LanguageSwitch } from '../layout/LanguageSwitch';

interface LoginValues {
  username: string;
  password: string;
}

/**
 * /login: username and password. Once signed in it goes to `?next=` (a path of this console only) or the
 * role's home. The issuer's refusal (用户名或密码错误, a lockout) is shown as it was said. The password
 * lives in the form until it is sent; it is cleared after a refusal and never kept anywhere.
 */
export default function LoginPage() {
  const t = useT();
  const { viewer, access, endedBy, signIn, config } = useAuth();
  const [params] = useSearchParams();
  const [form] = Form.useForm<LoginValues>();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  if (viewer) return <Navigate to={safeNextPath(params.get('next')) ?? homePath(access)} replace />;

  async function submit({ username, password }: LoginValues) {
    setRefusal(null);
    setSubmitting(true);
    try {
      await signIn({ username: username.trim(), password });
      // Signed in: the viewer is set and this page turns into a redirect.
    } catch (error) {
      form.setFieldValue('password', '');
      const kind = error instanceof SignInError ? error.kind : 'unexpected';
      setRefusal(kind === 'refused' ? (error as SignInError).message : kind === 'network' ? t('error.network') : t('error.unknown'));
      setSubmitting(false);
    }
  }

  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: 24, background: '#f5f5f5' }}>
      <div style={{ position: 'fixed', top: 16, right: 24 }}>
        <LanguageSwitch />
      </div>
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Typography.Title level={3} style={{ margin: 0, color: '#c8102e' }}>
          {t('app.name')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('app.fullName')}</Typography.Paragraph>
        {endedBy === 'expiry' && <Alert type="warning" showIcon title={t('error.unauthenticated')} style={{ marginBottom: 16 }} />}
        {endedBy === 'sign-out' && <Alert type="info" showIcon title={t('auth.signedOut')} style={{ marginBottom: 16 }} />}
        <Form<LoginValues> form={form} name="login" layout="vertical" onFinish={submit} disabled={submitting} requiredMark={false}>
          <Form.Item name="username" label={t('auth.username')} rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('auth.passwordRequired') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting}>
            {t('auth.submit')}
          </Button>
        </Form>
        {refusal && <Alert type="error" showIcon role="alert" title={refusal} style={{ marginTop: 16 }} />}
        {config.mode === 'local' && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}>
            {t('auth.localMode')}
          </Typography.Paragraph>
        )}
      </Card>
    </Flex>
  );
}
