import { HomeOutlined } from '@ant-design/icons';
import { defineMessages, type Area } from '../../areas/area';
import { homePath } from '../../auth/access';
import { enUS } from './messages/en-US';
import { zhCN } from './messages/zh-CN';

/**
 * 首页: the home of viewers no other area serves yet (members, the platform admin): who they are and
 * what their role can do here today. It is the last area, so that it is the home only of those.
 */
export const homeArea: Area<keyof typeof zhCN> = {
  name: 'home',
  messages: defineMessages(zhCN, enUS),
  routes: [{ path: 'home', page: () => import('./page') }],
  menu: [{ to: '/home', label: 'nav.home', icon: <HomeOutlined />, order: 0, show: (access) => homePath(access) === '/home' }],
  home: () => '/home',
};
