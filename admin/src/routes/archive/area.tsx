import { FolderOpenOutlined } from '@ant-design/icons';
import { defineMessages, type Area } from '../../areas/area';
import { holdsInRegion } from '../../auth/roles';
import { enUS } from './messages/en-US';
import { zhCN } from './messages/zh-CN';

/** What the archive offers a viewer (the API's policy decides; this mirrors it: functions/src/domain/archive/policy.ts). */
export interface ArchiveAccess {
  /** 档案: the secretariat (the region's whole archive) and every liaison (its own unit's documents). */
  readArchive: boolean;
  /** The secretariat (region admin): files for any unit or the region, filters by unit, keeps the 回收站 and restores. */
  manageArchive: boolean;
  /** A liaison's unit: the archive it reads and files for. Null for a region admin. */
  archiveUnitId: string | null;
}

/**
 * 档案 (issue 16): a region's documents by year and folder — the 三册四簿 of each party branch (004 art. 28) and the
 * region's other records — with every version of their files, verification of the SHA-256 chain and a 回收站.
 */
export const archiveArea: Area<keyof typeof zhCN, ArchiveAccess> = {
  name: 'archive',
  messages: defineMessages(zhCN, enUS),
  access: (viewer) => {
    const manageArchive = holdsInRegion(viewer, 'REGION_ADMIN');
    const archiveUnitId = !manageArchive && holdsInRegion(viewer, 'UNIT_LIAISON') ? (viewer?.unitId ?? null) : null;
    return { manageArchive, readArchive: manageArchive || archiveUnitId !== null, archiveUnitId };
  },
  routes: [{ path: 'archive', page: () => import('./page'), allow: (access) => access.readArchive }],
  menu: [{ to: '/archive', label: 'nav.archive', icon: <FolderOpenOutlined />, order: 70, show: (access) => access.readArchive }],
};
