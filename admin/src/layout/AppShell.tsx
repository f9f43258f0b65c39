import { BankOutlined, DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Layout, Menu, Space, Typography, type MenuProps } from 'antd';
import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { useAuth, useViewer } from '../auth/AuthProvider';
import { useT } from '../i18n';
import { enumLabel } from '../i18n/enums';
import { LanguageSwitch } from './LanguageSwitch';
import { useAreaMenu } from './menu';
import { PageLoading } from './PageLoading';

/** Who is signed in, their roles, and 退出登录. */
function UserMenu() {
  const t = useT();
  const viewer = useViewer();
  const { signOut } = useAuth();
  const items: MenuProps['items'] = [
    {
      key: 'roles',
      disabled: true,
      label: viewer.roles.map((role) => t(enumLabel.role(role))).join('、'),
    },
    { type: 'divider' },
    { key: 'signOut', icon: <LogoutOutlined />, label: t('auth.signOut') },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'signOut') signOut(); // RequireAuth then shows /login
  };
  return (
    <Space size={8} data-testid="viewer">
      {viewer.region && (
        <>
          <BankOutlined />
          <Typography.Text>{viewer.region.name}</Typography.Text>
        </>
      )}
      <Dropdown menu={{ items, onClick }} trigger={['click']}>
        <Button type="text" icon={<UserOutlined />} aria-label={t('auth.userMenuOf', { name: viewer.displayName })}>
          <Typography.Text strong>{viewer.displayName}</Typography.Text>
          <DownOutlined style={{ fontSize: 10 }} />
        </Button>
      </Dropdown>
    </Space>
  );
}

export function AppShell() {
  const t = useT();
  const menu = useAreaMenu();

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
            selectedKeys={menu.selected}
            defaultOpenKeys={menu.open}
            items={menu.items}
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
            <UserMenu />
            <LanguageSwitch />
          </Layout.Header>
          <Layout.Content style={{ padding: 24 }}>
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </Layout.Content>
        </Layout>
      </Layout>
    </App>
  );
}
