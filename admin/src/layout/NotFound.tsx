import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { homePath } from '../auth/access';
import { useAuth } from '../auth/AuthProvider';
import { useT } from '../i18n';

export default function NotFound() {
  const t = useT();
  const { access } = useAuth();
  return (
    <Result
      status="404"
      title={t('app.notFound')}
      extra={
        <Link to={homePath(access)}>
          <Button type="primary">{t('auth.backToHome')}</Button>
        </Link>
      }
    />
  );
}
