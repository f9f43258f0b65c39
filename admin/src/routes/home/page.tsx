import { Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useAccess, useViewer } from '../../auth/AuthProvider';
import { useT, type MessageKey } from '../../i18n';
import { enumLabel } from '../../i18n/enums';

/**
 * /home: who is signed in and what their role can do in the console today. Members have nothing to
 * act on yet (their area is not built): the page says so plainly. The platform admin's home is 区域列表.
 */
export default function HomePage() {
  const t = useT();
  const viewer = useViewer();
  const access = useAccess();
  const notes: MessageKey[] = [];
  if (viewer.roles.includes('MEMBER')) notes.push('home.member');
  const hasWork = access.manageUnits || access.ownUnitId !== null;

  return (
    <Card title={t('home.welcome', { name: viewer.displayName })}>
      <Descriptions column={1} size="small" bordered style={{ marginBottom: 16, maxWidth: 640 }}>
        <Descriptions.Item label={t('home.roles')}>
          <Space size={4} wrap>
            {viewer.roles.map((role) => (
              <Tag key={role}>{t(enumLabel.role(role))}</Tag>
            ))}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('home.region')}>{viewer.region?.name ?? t('home.noRegion')}</Descriptions.Item>
      </Descriptions>
      {hasWork ? (
        <Link to={access.manageUnits ? '/units' : `/units/${access.ownUnitId}`}>
          <Button type="primary">{t(access.manageUnits ? 'home.goUnits' : 'home.goMyUnit')}</Button>
        </Link>
      ) : (
        <>
          <Typography.Paragraph strong>{t('home.nothingYet')}</Typography.Paragraph>
          {notes.map((note) => (
            <Typography.Paragraph key={note}>{t(note)}</Typography.Paragraph>
          ))}
          <Typography.Paragraph type="secondary">{t('home.comingSoon')}</Typography.Paragraph>
        </>
      )}
    </Card>
  );
}
