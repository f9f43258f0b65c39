import { granted, ownUnitLiaison, regionAdmin, regionLiaison, type Policy } from '../../auth/policy';
import { hasRole, type Principal } from '../../auth/principal';

/** Who may run each units use case: the secretariat everything in its region, a liaison its own unit. */
export const unitPolicy = {
  list: granted(regionAdmin),
  /** Names and kinds only, to pick a unit: everyone who acts for a unit of the region. */
  options: granted(regionAdmin, regionLiaison),
  read: granted(regionAdmin, ownUnitLiaison),
  create: granted(regionAdmin),
  update: granted(regionAdmin, ownUnitLiaison),
  register: granted(regionAdmin),
  changeStatus: granted(regionAdmin),
  delete: granted(regionAdmin),
} satisfies Policy;

/** What a unit liaison may not change of its own unit: its place and standing in the alliance. */
const ADMIN_ONLY_FIELDS = ['name', 'hostKind', 'level', 'allianceRole', 'parentId'] as const;
export type AdminOnlyUnitField = (typeof ADMIN_ONLY_FIELDS)[number];

export const ADMIN_ONLY_FIELD_LABELS: Record<AdminOnlyUnitField, string> = {
  name: '名称', hostKind: '单位类别', level: '组织层级', allianceRole: '联盟角色', parentId: '上级单位',
};

/**
 * Fields of a unit this caller may see but not change: the one rule updateUnit enforces and the API
 * tells forms (`Unit.lockedFields`).
 */
export function lockedUnitFields(principal: Principal): readonly AdminOnlyUnitField[] {
  return hasRole(principal, 'REGION_ADMIN') ? [] : ADMIN_ONLY_FIELDS;
}
