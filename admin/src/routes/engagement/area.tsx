import { AuditOutlined, FlagOutlined, SolutionOutlined, TeamOutlined } from '@ant-design/icons';
import { defineMessages, type Area } from '../../areas/area';
import { holdsInRegion } from '../../auth/roles';
import { enUS } from './messages/en-US';
import { zhCN } from './messages/zh-CN';

/**
 * What member engagement offers a viewer (the API's policy decides; this mirrors
 * functions/src/domain/engagement/policy.ts): `decideReport` and `managePosts` on a community go to the secretariat
 * and that community's liaison, `readReport` on a unit to the secretariat and that unit's liaison.
 */
export interface EngagementAccess {
  /** The secretariat (region admin): every community's inbox and posts, every unit's members' reports. */
  manageEngagement: boolean;
  /**
   * A liaison's own unit: its members' reports, and — when it is a 村/社区, which the pages read — its inbox and
   * posts. Null for a region admin.
   */
  engagementUnitId: string | null;
  /** Either of the above: the area's pages. */
  readEngagement: boolean;
}

/**
 * 党员作用发挥: 报到确认 (a community confirms or declines its members' 双报到 reports, or ends them), 本单位党员报到情况
 * (where a unit's members reported, with its Excel export) and 岗位 (设岗定责: a community's posts, 认岗 / 离岗 for members).
 */
export const engagementArea: Area<keyof typeof zhCN, EngagementAccess> = {
  name: 'engagement',
  messages: defineMessages(zhCN, enUS),
  access: (viewer) => {
    const manageEngagement = holdsInRegion(viewer, 'REGION_ADMIN');
    const engagementUnitId = !manageEngagement && holdsInRegion(viewer, 'UNIT_LIAISON') ? (viewer?.unitId ?? null) : null;
    return { manageEngagement, engagementUnitId, readEngagement: manageEngagement || engagementUnitId !== null };
  },
  routes: [
    { path: 'engagement/inbox', page: () => import('./inbox'), allow: (access) => access.readEngagement },
    { path: 'engagement/unit-reports', page: () => import('./unit-reports'), allow: (access) => access.readEngagement },
    { path: 'engagement/posts', page: () => import('./posts/list'), allow: (access) => access.readEngagement },
    { path: 'engagement/posts/:id', page: () => import('./posts/show'), allow: (access) => access.readEngagement },
  ],
  menu: [
    {
      key: 'engagement',
      label: 'nav.engagement',
      icon: <FlagOutlined />,
      order: 45,
      show: (access) => access.readEngagement,
      children: [
        { to: '/engagement/inbox', label: 'nav.engagementInbox', icon: <AuditOutlined /> },
        { to: '/engagement/posts', label: 'nav.engagementPosts', icon: <SolutionOutlined /> },
        { to: '/engagement/unit-reports', label: 'nav.engagementUnitReports', icon: <TeamOutlined /> },
      ],
    },
  ],
};
