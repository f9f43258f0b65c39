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
import type { NewRegion, Region } from '../../domain/regions/region';
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

export const regionToItem = (region: NewRegion) => ({
  ...regionKey(region.id),
  type: REGION_TYPE,
  ...region,
  slug: region.slug ?? null,
  superiorOrganization: region.superiorOrganization ?? null,
  unitCount: 0,
  accountCount: 0,
  adminCount: 0,
  ...regionListEntry(region),
});

export const regionSlugToItem = (slug: string, regionId: string) => ({ ...regionSlugKey(slug), type: REGION_SLUG_TYPE, slug, regionId });

export const regionFromItem = (item: Record<string, unknown>): Region => ({
  id: item.id as string,
  name: item.name as string,
  level: item.level as Region['level'],
  slug: (item.slug as string | null | undefined) ?? null,
  superiorOrganization: (item.superiorOrganization as string | null | undefined) ?? null,
  unitCount: Number(item.unitCount ?? 0),
  accountCount: Number(item.accountCount ?? 0),
  adminCount: Number(item.adminCount ?? 0),
  adminUsernames: item.adminUsernames instanceof Set ? [...(item.adminUsernames as Set<string>)].sort() : [],
  createdAt: item.createdAt as string,
});
