import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  DownOutlined,
  FolderOpenOutlined,
  HistoryOutlined,
  HomeOutlined,
  LogoutOutlined,
  OrderedListOutlined,
  TeamOutlined,
  TrophyOutlined,
  UnorderedListOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { App, Button, Dropdown, Layout, Menu, Space, Tag, Typography, type MenuProps } from 'antd';
import { Suspense } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useAuth, useViewer } from '../auth/AuthProvider';
import { useT, type MessageKey } from '../i18n';
import { enumLabel } from '../i18n/enums';
import { LanguageSwitch } from './LanguageSwitch';
import { PageLoading } from './PageLoading';

/** Areas of the console: 成员单位 and 审计日志 are built; the others are listed, disabled, and say so. */
const COMING_SOON: { key: string; label: MessageKey; icon: React.ReactNode }[] = [
  { key: 'members', label: 'nav.members', icon: <TeamOutlined /> },
  { key: 'lists', label: 'nav.lists', icon: <OrderedListOutlined /> },
  { key: 'meetings', label: 'nav.meetings', icon: <AuditOutlined /> },
  { key: 'evaluation', label: 'nav.evaluation', icon: <TrophyOutlined /> },
  { key: 'archive', label: 'nav.archive', icon: <FolderOpenOutlined /> },
];

function selectedKey(pathname: string): string {
  if (pathname.startsWith('/units/tree')) return '/units/tree';
  if (pathname.startsWith('/units')) return '/units';
  return pathname;
}

/**
 * The menu by role: a region admin gets the member-unit area, 审计日志 (and the areas still to come); a unit
 * liaison gets its own unit only; anyone else a home page that says what their role can do today.
 */
function useMenu(): { items: MenuProps['items']; selected: string; open: string[] } {
  const t = useT();
  const { access } = useAuth();
  const { pathname } = useLocation();
  if (access.manageUnits) {
    return {
      selected: selectedKey(pathname),
      open: ['units'],
      items: [
        {
          key: 'units',
          icon: <BankOutlined />,
          label: t('nav.units'),
          children: [
            { key: '/units', icon: <UnorderedListOutlined />, label: <Link to="/units">{t('nav.unitList')}</Link> },
            { key: '/units/tree', icon: <ApartmentOutlined />, label: <Link to="/units/tree">{t('nav.unitTree')}</Link> },
          ],
        },
        ...(access.readAudit
          ? [{ key: '/audit', icon: <HistoryOutlined />, label: <Link to="/audit">{t('nav.audit')}</Link> }]
          : []),
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
      ],
    };
  }
  if (access.ownUnitId) {
    const own = `/units/${access.ownUnitId}`;
    return {
      selected: pathname.startsWith(own) ? own : pathname,
      open: [],
      items: [{ key: own, icon: <BankOutlined />, label: <Link to={own}>{t('nav.myUnit')}</Link> }],
    };
  }
  return {
    selected: pathname,
    open: [],
    items: [{ key: '/home', icon: <HomeOutlined />, label: <Link to="/home">{t('nav.home')}</Link> }],
  };
}

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
        <Button type="text" icon={<UserOutlined />} aria-label={t('auth.userMenu')}>
          <Typography.Text strong>{viewer.displayName}</Typography.Text>
          <DownOutlined style={{ fontSize: 10 }} />
        </Button>
      </Dropdown>
    </Space>
  );
}

export function AppShell() {
  const t = useT();
  const menu = useMenu();

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
            selectedKeys={[menu.selected]}
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
