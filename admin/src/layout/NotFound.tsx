import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useT } from '../i18n';

export default function NotFound() {
  const t = useT();
  return (
    <Result
      status="404"
      title={t('app.notFound')}
      extra={
        <Link to="/units">
          <Button type="primary">{t('app.backHome')}</Button>
        </Link>
      }
    />
  );
}
