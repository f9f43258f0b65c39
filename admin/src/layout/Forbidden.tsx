import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { homePath } from '../auth/access';
import { useAuth } from '../auth/AuthProvider';
import { useT } from '../i18n';

/** 无权访问: the signed-in user's roles do not cover this page. */
export default function Forbidden() {
  const t = useT();
  const { access } = useAuth();
  return (
    <Result
      status="403"
      title={t('auth.forbiddenTitle')}
      subTitle={t('auth.forbiddenHint')}
      extra={
        <Link to={homePath(access)}>
          <Button type="primary">{t('auth.backToHome')}</Button>
        </Link>
      }
    />
  );
}
