import { BankOutlined, DownOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Layout, Menu, Space, Typography, theme, type MenuProps } from 'antd';
import { Suspense, cloneElement, isValidElement, lazy, useEffect, useState, type CSSProperties, type ReactNode } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useAuth, useViewer } from '../auth/AuthProvider';
import { NARROW_SCREEN, useMediaQuery } from '../hooks/useMediaQuery';
import { useT } from '../i18n';
import { enumLabel } from '../i18n/enums';
import { LanguageSwitch } from './LanguageSwitch';
import { useAreaMenu } from './menu';
import { PageLoading } from './PageLoading';
import { VisitBanner } from './VisitBanner';

const MenuDrawer = lazy(() => import('./MenuDrawer'));
/** Only liaisons and members have a bell: its code loads for them alone, after the page. */
const NotificationBell = lazy(() => import('./NotificationBell'));

const BRAND_RED = '#c8102e';
const HAIRLINE = '1px solid rgba(5,5,5,0.06)';

/**
 * Who is signed in, their roles, and 退出登录. On a wide screen the header shows the region and the name; on a
 * narrow one (a phone: 390 px) only an icon, and the name and region head the menu it opens.
 */
function UserMenu({ compact }: { compact: boolean }) {
  const t = useT();
  const viewer = useViewer();
  const { signOut } = useAuth();
  const { token } = theme.useToken();
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
  if (compact) {
    const withWho = (menu: ReactNode) => (
      <div
        style={{
          background: token.colorBgElevated,
          borderRadius: token.borderRadiusLG,
          boxShadow: token.boxShadowSecondary,
          maxWidth: 'calc(100vw - 24px)',
        }}
      >
        <div style={{ padding: '10px 16px 4px' }} data-testid="viewer-who">
          <Typography.Text strong>{viewer.displayName}</Typography.Text>
          {viewer.region && (
            <div>
              <Typography.Text type="secondary">
                <BankOutlined /> <span data-testid="viewer-region">{viewer.region.name}</span>
              </Typography.Text>
            </div>
          )}
        </div>
        {isValidElement<{ style?: CSSProperties }>(menu) ? cloneElement(menu, { style: { boxShadow: 'none' } }) : menu}
      </div>
    );
    return (
      <Dropdown menu={{ items, onClick }} trigger={['click']} popupRender={withWho}>
        <Button type="text" icon={<UserOutlined />} aria-label={t('auth.userMenu')} data-testid="viewer" />
      </Dropdown>
    );
  }
  return (
    <Space size={8} data-testid="viewer" style={{ minWidth: 0 }}>
      {viewer.region && (
        <>
          <BankOutlined />
          <Typography.Text ellipsis style={{ maxWidth: 280 }} data-testid="viewer-region">
            {viewer.region.name}
          </Typography.Text>
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

function Brand() {
  const t = useT();
  return (
    <div style={{ padding: '18px 20px', borderBottom: HAIRLINE }}>
      <Typography.Title level={4} style={{ margin: 0, color: BRAND_RED }}>
        {t('app.name')}
      </Typography.Title>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('app.fullName')}
      </Typography.Text>
    </div>
  );
}

/**
 * The console's frame: the areas' menu, the header (who, 退出登录, language) and the page. Wide screens keep
 * the menu in a side bar; below 992 px it moves into a drawer opened from the header (菜单), which closes
 * once a page is chosen, and the page gets the width. Under the header, while a platform admin visits a region
 * (代管查看), the banner that says so.
 */
export function AppShell() {
  const t = useT();
  const menu = useAreaMenu();
  const narrow = useMediaQuery(NARROW_SCREEN);
  const viewer = useViewer();
  const { pathname } = useLocation();
  const [drawerOpen, setDrawerOpen] = useState(false);
  useEffect(() => setDrawerOpen(false), [pathname, narrow]);

  const nav = (
    <Menu
      // Groups open by default, also those a new viewer brings (entering or leaving a visit, 代管查看, changes them).
      key={menu.open.join(' ')}
      mode="inline"
      selectedKeys={menu.selected}
      defaultOpenKeys={menu.open}
      items={menu.items}
      style={{ borderInlineEnd: 0 }}
    />
  );

  return (
    <App>
      <Layout style={{ minHeight: '100vh' }}>
        {!narrow && (
          <Layout.Sider width={260} theme="light">
            <Brand />
            {nav}
          </Layout.Sider>
        )}
        <Layout style={{ minWidth: 0 }}>
          <Layout.Header
            style={{
              background: '#fff',
              padding: narrow ? '0 12px' : '0 24px',
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'flex-end',
              gap: narrow ? 8 : 24,
              borderBottom: HAIRLINE,
            }}
          >
            {narrow && (
              <>
                <Button type="text" icon={<MenuOutlined />} aria-label={t('app.openMenu')} onClick={() => setDrawerOpen(true)} />
                <Typography.Text strong style={{ color: BRAND_RED, fontSize: 18, marginInlineEnd: 'auto' }}>
                  {t('app.name')}
                </Typography.Text>
              </>
            )}
            {(viewer.roles.includes('UNIT_LIAISON') || viewer.roles.includes('MEMBER')) && (
              <Suspense fallback={null}>
                <NotificationBell />
              </Suspense>
            )}
            <UserMenu compact={narrow} />
            <LanguageSwitch compact={narrow} />
          </Layout.Header>
          <div style={{ position: 'sticky', top: 0, zIndex: 10 }}>
            <VisitBanner />
          </div>
          <Layout.Content style={{ padding: narrow ? 12 : 24 }}>
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </Layout.Content>
        </Layout>
      </Layout>
      {narrow && (
        <Suspense fallback={null}>
          <MenuDrawer open={drawerOpen} onClose={() => setDrawerOpen(false)}>
            <Brand />
            {nav}
          </MenuDrawer>
        </Suspense>
      )}
    </App>
  );
}
