import { AppstoreOutlined, BarChartOutlined, BulbOutlined, GiftOutlined, NotificationOutlined, OrderedListOutlined, ProjectOutlined, SettingOutlined } from '@ant-design/icons';
import { defineMessages, type Area } from '../../areas/area';
import { holdsInRegion } from '../../auth/roles';
import { enUS } from './messages/en-US';
import { zhCN } from './messages/zh-CN';

/** What the three lists offer a viewer (the API's policy decides; this mirrors it). */
export interface ListsAccess {
  /** The region's needs, resources, projects and the 认领大厅: the secretariat and every unit liaison. */
  readLists: boolean;
  /** The secretariat (region admin): every need and resource, 对接 (a project from a need), the project lifecycle. */
  manageLists: boolean;
  /** A liaison's unit: its needs (when a community), its resources, its claims. Null for a region admin. */
  listsUnitId: string | null;
}

/**
 * 清单管理 (三个清单): 需求清单 (needs of the communities), 资源清单 (what units offer), 项目清单 (projects built from
 * them by 对接, with their lifecycle, claims and progress) and the 认领大厅 where units claim approved projects; 公示管理,
 * what the secretariat has published on the region's public page (/p/{regionId}).
 */
export const listsArea: Area<keyof typeof zhCN, ListsAccess> = {
  name: 'lists',
  messages: defineMessages(zhCN, enUS),
  access: (viewer) => {
    const manageLists = holdsInRegion(viewer, 'REGION_ADMIN');
    const listsUnitId = !manageLists && holdsInRegion(viewer, 'UNIT_LIAISON') ? (viewer?.unitId ?? null) : null;
    return { manageLists, readLists: manageLists || listsUnitId !== null, listsUnitId };
  },
  routes: [
    { path: 'lists/overview', page: () => import('./overview'), allow: (access) => access.readLists },
    { path: 'lists/needs', page: () => import('./needs/list'), allow: (access) => access.readLists },
    { path: 'lists/needs/new', page: () => import('./needs/create'), allow: (access) => access.readLists },
    { path: 'lists/needs/:id', page: () => import('./needs/show'), allow: (access) => access.readLists },
    { path: 'lists/needs/:id/edit', page: () => import('./needs/edit'), allow: (access) => access.readLists },
    { path: 'lists/needs/:id/match', page: () => import('./needs/match'), allow: (access) => access.manageLists },
    { path: 'lists/resources', page: () => import('./resources/list'), allow: (access) => access.readLists },
    { path: 'lists/resources/new', page: () => import('./resources/create'), allow: (access) => access.readLists },
    { path: 'lists/resources/:id/edit', page: () => import('./resources/edit'), allow: (access) => access.readLists },
    { path: 'lists/projects', page: () => import('./projects/list'), allow: (access) => access.readLists },
    { path: 'lists/projects/:id', page: () => import('./projects/show'), allow: (access) => access.readLists },
    { path: 'lists/hall', page: () => import('./hall'), allow: (access) => access.readLists },
    { path: 'lists/settings', page: () => import('./settings'), allow: (access) => access.manageLists },
    { path: 'lists/publications', page: () => import('./publications/list'), allow: (access) => access.manageLists },
  ],
  menu: [
    {
      key: 'lists',
      label: 'nav.lists',
      icon: <OrderedListOutlined />,
      order: 40,
      show: (access) => access.readLists,
      children: [
        { to: '/lists/overview', label: 'nav.listOverview', icon: <BarChartOutlined /> },
        { to: '/lists/needs', label: 'nav.needs', icon: <BulbOutlined /> },
        { to: '/lists/resources', label: 'nav.resources', icon: <GiftOutlined /> },
        { to: '/lists/projects', label: 'nav.projects', icon: <ProjectOutlined /> },
        { to: '/lists/hall', label: 'nav.hall', icon: <AppstoreOutlined /> },
      ],
    },
    {
      to: '/lists/settings',
      label: 'nav.listSettings',
      icon: <SettingOutlined />,
      order: 41,
      show: (access) => access.manageLists,
    },
    {
      to: '/lists/publications',
      label: 'nav.publications',
      icon: <NotificationOutlined />,
      order: 42,
      show: (access) => access.manageLists,
    },
  ],
};
