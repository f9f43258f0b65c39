import { granted, ownUnitLiaison, regionAdmin, type Policy } from '../../auth/policy';

/**
 * The secretariat (region admin) keeps the region's archive; a liaison keeps its own unit's 三册四簿 (files, replaces,
 * deletes and verifies them). Only the region admin reads the 回收站 and restores.
 */
export const archivePolicy = {
  read: granted(regionAdmin, ownUnitLiaison),
  keep: granted(regionAdmin, ownUnitLiaison),
  restore: granted(regionAdmin),
} satisfies Policy;
