import type { AuditedRecord } from '../audit/audit';

export const REGION_LEVELS = ['DISTRICT', 'STREET', 'TOWNSHIP'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/** A suspended region's people cannot sign in or call the API; its data is kept and it can be reinstated. */
export const REGION_STATES = ['ACTIVE', 'SUSPENDED'] as const;
export type RegionState = (typeof REGION_STATES)[number];

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
  /** Members on the roster, kept on write by the members area (from this version on: older regions count from 0). */
  memberCount: number;
  /** Kept on write by the accounts area: all accounts, and those of the region's admins. */
  accountCount: number;
  adminCount: number;
  /** The usernames of its admin accounts (kept on write, so the platform's list reads them in one batch). */
  adminUsernames: string[];
  state: RegionState;
  /** Set while suspended: when and why (停用原因). */
  suspendedAt: string | null;
  suspendedReason: string | null;
  /** When its people last changed something (to within ACTIVITY_EVERY_MS); null before the first change. */
  lastActivityAt: string | null;
  /** Raised by each change of the fields above (not by the counts, which their own writes keep). */
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** The counts and the admins' list: kept by the writes of units and accounts, never by a change of the region. */
export const REGION_COUNTERS = ['unitCount', 'memberCount', 'accountCount', 'adminCount', 'adminUsernames', 'lastActivityAt'] as const;

/** A region's last activity is recorded at most this often per API instance (a figure for the platform's list, not a log). */
export const ACTIVITY_EVERY_MS = 10 * 60_000;

/** The fields a region is made with (the counts start at 0; slug and superior organisation may come later). */
export type NewRegion = Omit<
  Region,
  (typeof REGION_COUNTERS)[number] | 'slug' | 'superiorOrganization' | 'state' | 'suspendedAt' | 'suspendedReason' | 'version' | 'updatedAt'
> &
  Partial<Pick<Region, 'slug' | 'superiorOrganization'>>;

/** What a new region starts as: active, version 1, no counts. */
export const newRegion = (region: NewRegion): Region => ({
  ...region,
  slug: region.slug ?? null,
  superiorOrganization: region.superiorOrganization ?? null,
  unitCount: 0,
  memberCount: 0,
  accountCount: 0,
  adminCount: 0,
  adminUsernames: [],
  lastActivityAt: null,
  state: 'ACTIVE',
  suspendedAt: null,
  suspendedReason: null,
  version: 1,
  updatedAt: region.createdAt,
});

export const REGION_AUDIT: AuditedRecord = { type: 'Region', ignoredFields: REGION_COUNTERS, unitFields: [] };

/**
 * A platform admin's read-only visit to a region (代管查看): opened with a reason, audited in the region's trail,
 * ended by the admin or after ACTING_MINUTES. Only while one is open may its admin read the region's data.
 */
export interface ActingSession {
  regionId: string;
  /** The platform admin's username. */
  username: string;
  reason: string;
  startedAt: string;
  until: string;
}

export const ACTING_MINUTES = 60;

export const ACTING_AUDIT: AuditedRecord = { type: 'ActingSession', ignoredFields: ['regionId', 'username'], unitFields: [] };
