import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  FolderOpenOutlined,
  OrderedListOutlined,
  TeamOutlined,
  TrophyOutlined,
  UnorderedListOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { App, Alert, Layout, Menu, Space, Tag, Typography, type MenuProps } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { onSessionExpired } from '../api/client';
import { graphql } from '../gql';
import { useT, type MessageKey } from '../i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { PageLoading } from './PageLoading';

const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      userId
      displayName
      region {
        id
        name
      }
    }
  }
`);

/** Areas of the console: only 成员单位 is built; the others are listed, disabled, and say so. */
const COMING_SOON: { key: string; label: MessageKey; icon: React.ReactNode }[] = [
  { key: 'members', label: 'nav.members', icon: <TeamOutlined /> },
  { key: 'lists', label: 'nav.lists', icon: <OrderedListOutlined /> },
  { key: 'meetings', label: 'nav.meetings', icon: <AuditOutlined /> },
  { key: 'evaluation', label: 'nav.evaluation', icon: <TrophyOutlined /> },
  { key: 'archive', label: 'nav.archive', icon: <FolderOpenOutlined /> },
];

function selectedKey(pathname: string): string {
  if (pathname.startsWith('/units/tree')) return '/units/tree';
  return '/units';
}

export function AppShell() {
  const t = useT();
  const { pathname } = useLocation();
  const [{ data }] = useQuery({ query: ViewerQuery, requestPolicy: 'cache-first' });
  const [sessionExpired, setSessionExpired] = useState(false);
  useEffect(() => onSessionExpired(() => setSessionExpired(true)), []);

  const items: MenuProps['items'] = [
    {
      key: 'units',
      icon: <BankOutlined />,
      label: t('nav.units'),
      children: [
        { key: '/units', icon: <UnorderedListOutlined />, label: <Link to="/units">{t('nav.unitList')}</Link> },
        { key: '/units/tree', icon: <ApartmentOutlined />, label: <Link to="/units/tree">{t('nav.unitTree')}</Link> },
      ],
    },
    ...COMING_SOON.map((area) => ({
      key: area.key,
      icon: area.icon,
      disabled: true,
      label: (
        <Space size={6}>
          {t(area.label)}
          <Tag style={{ marginInlineEnd: 0 }}>{t('app.comingSoon')}</Tag>
        </Space>
      ),
    })),
  ];

  return (
    <App>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Sider width={260} theme="light" breakpoint="lg" collapsedWidth={0}>
          <div style={{ padding: '18px 20px', borderBottom: '1px solid rgba(5,5,5,0.06)' }}>
            <Typography.Title level={4} style={{ margin: 0, color: '#c8102e' }}>
              {t('app.name')}
            </Typography.Title>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('app.fullName')}
            </Typography.Text>
          </div>
          <Menu
            mode="inline"
            selectedKeys={[selectedKey(pathname)]}
            defaultOpenKeys={['units']}
            items={items}
            style={{ borderInlineEnd: 0 }}
          />
        </Layout.Sider>
        <Layout>
          <Layout.Header
            style={{
              background: '#fff',
              padding: '0 24px',
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'flex-end',
              gap: 24,
              borderBottom: '1px solid rgba(5,5,5,0.06)',
            }}
          >
            {data && (
              <Space size={8} data-testid="viewer">
                <BankOutlined />
                <Typography.Text>{data.viewer.region?.name}</Typography.Text>
                <UserOutlined style={{ marginInlineStart: 12 }} />
                <Typography.Text strong>{data.viewer.displayName}</Typography.Text>
              </Space>
            )}
            <LanguageSwitch />
          </Layout.Header>
          <Layout.Content style={{ padding: 24 }}>
            {sessionExpired && (
              <Alert type="warning" showIcon title={t('error.unauthenticated')} style={{ marginBottom: 16 }} />
            )}
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </Layout.Content>
        </Layout>
      </Layout>
    </App>
  );
}
