import type { AuditedRecord } from '../audit/audit';

export const REGION_LEVELS = ['DISTRICT', 'STREET', 'TOWNSHIP'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/** A region (区域): the tenant. */
export interface Region {
  id: string;
  name: string;
  level: RegionLevel;
  /** Short, lower-case, unique in the deployment: the region's part of public URLs (e.g. `shilipu`). Null for a region made before slugs. */
  slug: string | null;
  /** The organisation the region reports to (上级党组织), e.g. 朝阳区委组织部. */
  superiorOrganization: string | null;
  /** Kept on write by the units area. */
  unitCount: number;
  /** Kept on write by the accounts area: all accounts, and those of the region's admins. */
  accountCount: number;
  adminCount: number;
  /** The usernames of its admin accounts (kept on write, so the platform's list reads them in one batch). */
  adminUsernames: string[];
  createdAt: string;
}

/** The fields a region is made with (the counts start at 0; slug and superior organisation may come later). */
export type NewRegion = Omit<Region, 'unitCount' | 'accountCount' | 'adminCount' | 'adminUsernames' | 'slug' | 'superiorOrganization'> &
  Partial<Pick<Region, 'slug' | 'superiorOrganization'>>;

export const REGION_AUDIT: AuditedRecord = { type: 'Region', ignoredFields: ['unitCount', 'accountCount', 'adminCount', 'adminUsernames'], unitFields: [] };
