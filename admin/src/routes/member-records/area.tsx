import { CalculatorOutlined, ClockCircleOutlined, ReadOutlined, SolutionOutlined, StarOutlined, TrophyOutlined } from '@ant-design/icons';
import { defineMessages, type Area } from '../../areas/area';
import { holdsInRegion } from '../../auth/roles';
import { enUS } from './messages/en-US';
import { zhCN } from './messages/zh-CN';

/** What 党员积分评议 offers a viewer (the API's policy on engagement records decides; this mirrors it). */
export interface MemberRecordsAccess {
  /**
   * The pages of the area: the secretariat (every unit and community) and every unit liaison (its unit's grid,
   * training and members' points; the service records its community confirms, or its members filed elsewhere).
   */
  readMemberRecords: boolean;
  /** The secretariat (region admin): 积分规则 and its recompute, 加减分, and any unit or community. */
  manageMemberRecords: boolean;
  /** A liaison's unit: the only unit its pages show. Null for a region admin. */
  memberRecordsUnitId: string | null;
}

/**
 * 党员积分评议 (member engagement, second step): 服务时长确认 (a community confirms its volunteers' hours), 积分规则,
 * 党员积分 (a member's year and ledger), 民主评议 (a unit's grades of the year) and 学习培训 (hours against the minimum).
 */
export const memberRecordsArea: Area<keyof typeof zhCN, MemberRecordsAccess> = {
  name: 'member-records',
  messages: defineMessages(zhCN, enUS),
  access: (viewer) => {
    const manageMemberRecords = holdsInRegion(viewer, 'REGION_ADMIN');
    const memberRecordsUnitId = !manageMemberRecords && holdsInRegion(viewer, 'UNIT_LIAISON') ? (viewer?.unitId ?? null) : null;
    return { manageMemberRecords, readMemberRecords: manageMemberRecords || memberRecordsUnitId !== null, memberRecordsUnitId };
  },
  routes: [
    { path: 'member-records/service', page: () => import('./service/list'), allow: (access) => access.readMemberRecords },
    { path: 'member-records/rules', page: () => import('./rules'), allow: (access) => access.manageMemberRecords },
    { path: 'member-records/points', page: () => import('./points/show'), allow: (access) => access.readMemberRecords },
    { path: 'member-records/evaluation', page: () => import('./evaluation/grid'), allow: (access) => access.readMemberRecords },
    { path: 'member-records/training', page: () => import('./training/list'), allow: (access) => access.readMemberRecords },
  ],
  menu: [
    {
      key: 'member-records',
      label: 'nav.memberRecords',
      icon: <TrophyOutlined />,
      order: 55,
      show: (access) => access.readMemberRecords,
      children: [
        { to: '/member-records/service', label: 'nav.serviceHours', icon: <ClockCircleOutlined /> },
        { to: '/member-records/points', label: 'nav.memberPoints', icon: <StarOutlined /> },
        { to: '/member-records/evaluation', label: 'nav.grading', icon: <SolutionOutlined /> },
        { to: '/member-records/training', label: 'nav.training', icon: <ReadOutlined /> },
      ],
    },
    {
      to: '/member-records/rules',
      label: 'nav.pointsRules',
      icon: <CalculatorOutlined />,
      order: 56,
      show: (access) => access.manageMemberRecords,
    },
  ],
};
