import { TeamOutlined } from '@ant-design/icons';
import { defineMessages, type Area } from '../../areas/area';
import { holdsInRegion } from '../../auth/roles';
import { enUS } from './messages/en-US';
import { zhCN } from './messages/zh-CN';

/** What the members area offers a viewer (functions/src/domain/members/policy.ts decides; this mirrors it). */
export interface MembersAccess {
  /** The roster and a member's page: a region admin (the region's), a unit liaison (its unit's). */
  readMembers: boolean;
  /** 新增 / 编辑 / 组织关系转接 / 移出名册: the same callers, on the same members. */
  manageMembers: boolean;
  /** 查看完整身份证号 (revealMemberIdNumber, audited): the region admin only. */
  revealIdNumbers: boolean;
  /** 导入党员 (previewMemberImport / continueMemberImport): the secretariat's, as the file names units of the whole region. */
  importMembers: boolean;
  /** 导出 (exportMembers) and the import template: the same callers as the roster (a liaison's export is its unit's). */
  exportMembers: boolean;
  /** A liaison's roster is its own unit's (the API forces it): that unit, or null for a region admin. */
  rosterUnitId: string | null;
}

/**
 * 党员管理: the roster (党员名册) with its Excel export, a member's page with its transfers and trail, the member
 * form, and the import wizard (导入党员).
 */
export const membersArea: Area<keyof typeof zhCN, MembersAccess> = {
  name: 'members',
  messages: defineMessages(zhCN, enUS),
  access: (viewer) => {
    const admin = holdsInRegion(viewer, 'REGION_ADMIN');
    const liaisonUnit = holdsInRegion(viewer, 'UNIT_LIAISON') ? (viewer?.unitId ?? null) : null;
    const readMembers = admin || liaisonUnit !== null;
    return {
      readMembers,
      manageMembers: readMembers,
      revealIdNumbers: admin,
      importMembers: admin,
      exportMembers: readMembers,
      rosterUnitId: admin ? null : liaisonUnit,
    };
  },
  routes: [
    { path: 'members', page: () => import('./list'), allow: (access) => access.readMembers },
    { path: 'members/import', page: () => import('./import'), allow: (access) => access.importMembers },
    { path: 'members/import/:id', page: () => import('./import'), allow: (access) => access.importMembers },
    { path: 'members/new', page: () => import('./create'), allow: (access) => access.manageMembers },
    { path: 'members/:id', page: () => import('./show'), allow: (access) => access.readMembers },
    { path: 'members/:id/edit', page: () => import('./edit'), allow: (access) => access.manageMembers },
  ],
  menu: [{ to: '/members', label: 'nav.members', icon: <TeamOutlined />, order: 30, show: (access) => access.readMembers }],
};
