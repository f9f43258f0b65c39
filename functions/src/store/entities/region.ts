/**
 * Region (区域), the tenant: one item at the root of its keys, and the guard that makes its slug unique.
 *
 * | item              | pk                          | sk        | gsi1pk             | gsi1sk              |
 * |-------------------|-----------------------------|-----------|--------------------|---------------------|
 * | region            | R#{r}                       | #REGION   | PLATFORM#REGIONS   | {createdAt}#{r}     |
 * | region slug guard | PLATFORM#REGIONSLUG#{slug}  | #UNIQUE   |                    |                     |
 *
 * The region item's gsi1 entry is the platform's list of every region, newest first (the platform admin's
 * 区域管理); the slug guard (put with `attribute_not_exists` in the region's own transaction) names the region
 * holding the slug, so a public page resolves `/p/{slug}` with one GetItem. Both platform keys start with
 * PLATFORM#, which no region key (R#…) can equal, and no region operation reads them.
 */
import { usernameKey } from '../../domain/accounts/username';
import { newRegion, type ActingSession, type NewRegion, type Region } from '../../domain/regions/region';
import { regionRoot, type Partition, type PrimaryKey } from '../keys';

export const REGION_TYPE = 'REGION';
export const REGION_SLUG_TYPE = 'REGION_SLUG';

/** The prefix of the platform's own keys: outside every region (keys.ts). */
export const PLATFORM_PREFIX = 'PLATFORM#';

export const regionKey = (regionId: string): PrimaryKey => ({ pk: regionRoot(regionId), sk: '#REGION' });

export const regionSlugKey = (slug: string): PrimaryKey => ({ pk: `${PLATFORM_PREFIX}REGIONSLUG#${slug}`, sk: '#UNIQUE' });

export const regionPartitions = {
  all: (): Partition => ({ index: 'gsi1', partitionValue: `${PLATFORM_PREFIX}REGIONS` }),
};

/** The region's entry in the platform's list (gsi1), newest first by `{createdAt}#{r}`. */
export const regionListEntry = (region: Pick<Region, 'id' | 'createdAt'>) => ({ gsi1pk: regionPartitions.all().partitionValue, gsi1sk: `${region.createdAt}#${region.id}` });

/** A new region's item: its own fields as newRegion starts them (the admins' set is added by the first admin's write). */
export const regionToItem = (region: NewRegion) => {
  // The admins' set comes with the first admin's write (ADD); the last activity with the first change.
  const { adminUsernames: _none, lastActivityAt: _never, ...fields } = newRegion(region);
  return { ...regionKey(region.id), type: REGION_TYPE, ...fields, ...regionListEntry(region) };
};

export const regionSlugToItem = (slug: string, regionId: string) => ({ ...regionSlugKey(slug), type: REGION_SLUG_TYPE, slug, regionId });

export const regionFromItem = (item: Record<string, unknown>): Region => ({
  id: item.id as string,
  name: item.name as string,
  level: item.level as Region['level'],
  slug: (item.slug as string | null | undefined) ?? null,
  superiorOrganization: (item.superiorOrganization as string | null | undefined) ?? null,
  unitCount: Number(item.unitCount ?? 0),
  memberCount: Number(item.memberCount ?? 0),
  accountCount: Number(item.accountCount ?? 0),
  adminCount: Number(item.adminCount ?? 0),
  adminUsernames: item.adminUsernames instanceof Set ? [...(item.adminUsernames as Set<string>)].sort() : [],
  lastActivityAt: (item.lastActivityAt as string | null | undefined) ?? null,
  // Regions made before suspension existed: active, version 1.
  state: (item.state as Region['state'] | undefined) ?? 'ACTIVE',
  suspendedAt: (item.suspendedAt as string | null | undefined) ?? null,
  suspendedReason: (item.suspendedReason as string | null | undefined) ?? null,
  version: Number(item.version ?? 1),
  createdAt: item.createdAt as string,
  updatedAt: (item.updatedAt as string | undefined) ?? (item.createdAt as string),
});

/**
 * While a region is suspended, a marker outside every region, so that the Cognito pre-authentication trigger can refuse
 * its people's sign-in reading this one item — its grant names the marker's prefix only, no region's data.
 *
 * | item              | pk                            | sk       |
 * |-------------------|-------------------------------|----------|
 * | suspension marker | PLATFORM#SUSPENDEDREGION#{r}  | #MARKER  |
 */
export const SUSPENDED_REGION_PREFIX = `${PLATFORM_PREFIX}SUSPENDEDREGION#`;
export const suspensionMarkerKey = (regionId: string): PrimaryKey => ({ pk: `${SUSPENDED_REGION_PREFIX}${regionId}`, sk: '#MARKER' });

/**
 * A platform admin's open visit to a region (代管查看), at the region's root; DynamoDB's TTL removes it some time after
 * `until`, and reads ignore it from `until` on.
 *
 * | item           | pk     | sk                    |
 * |----------------|--------|-----------------------|
 * | acting session | R#{r}  | #ACTING#{usernameKey} |
 */
export const actingKey = (regionId: string, username: string): PrimaryKey => ({ pk: regionRoot(regionId), sk: `#ACTING#${usernameKey(username)}` });

export const actingToItem = (session: ActingSession) => ({
  ...actingKey(session.regionId, session.username),
  type: 'ACTING_SESSION',
  ...session,
  expiresAt: Math.ceil(Date.parse(session.until) / 1000),
});

export const actingFromItem = (item: Record<string, unknown>): ActingSession => ({
  regionId: item.regionId as string,
  username: item.username as string,
  reason: item.reason as string,
  startedAt: item.startedAt as string,
  until: item.until as string,
});
