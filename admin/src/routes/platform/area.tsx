import { ClusterOutlined, PlusOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { defineMessages, type Area } from '../../areas/area';
import { enUS } from './messages/en-US';
import { zhCN } from './messages/zh-CN';

/** What the platform console offers a viewer (functions/src/domain/accounts/policy.ts: the platform grant). */
export interface PlatformAccess {
  /** PLATFORM_ADMIN (no region): every region, creating one, appointing its admins. */
  managePlatform: boolean;
}

const platform = (access: PlatformAccess) => access.managePlatform;

/**
 * 平台管理: the deployment's regions (区域列表 with their units, accounts and admins), 新建区域, and per region
 * 任命管理员 (the temporary password shown once). The platform admin's home.
 */
export const platformArea: Area<keyof typeof zhCN, PlatformAccess> = {
  name: 'platform',
  messages: defineMessages(zhCN, enUS),
  access: (viewer) => ({ managePlatform: Boolean(viewer?.roles.includes('PLATFORM_ADMIN')) }),
  routes: [
    { path: 'regions', page: () => import('./regions'), allow: platform },
    { path: 'regions/new', page: () => import('./create-region'), allow: platform },
  ],
  menu: [
    {
      key: 'platform',
      label: 'nav.platform',
      icon: <ClusterOutlined />,
      order: 5,
      show: platform,
      children: [
        { to: '/regions', label: 'nav.regions', icon: <UnorderedListOutlined /> },
        { to: '/regions/new', label: 'nav.createRegion', icon: <PlusOutlined /> },
      ],
    },
  ],
  home: (access) => (access.managePlatform ? '/regions' : null),
};
