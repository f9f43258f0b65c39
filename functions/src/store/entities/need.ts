/**
 * Need (需求清单): keys, index entries and item mapping.
 *
 * | item | pk                  | sk     |
 * |------|---------------------|--------|
 * | need | R#{r}#NEED#{need}   | #NEED  |
 *
 * Index entries, every one sorted newest first by `{createdAt}#{id}` within the need's year:
 * | index | partition (gsiNpk)                         | serves                      |
 * |-------|--------------------------------------------|-----------------------------|
 * | gsi1  | R#{r}#NEEDS#{year}                         | a year's needs              |
 * | gsi2  | R#{r}#NEEDS#{year}#COMMUNITY#{community}   | a community's needs         |
 * | gsi3  | R#{r}#NEEDS#{year}#CATEGORY#{category}     | by category                 |
 * | gsi5  | R#{r}#NEEDS#{year}#STATUS#{status}         | by status                   |
 */
import type { Need, NeedStatus } from '../../domain/lists/need';
import { pickFields } from '../item-fields';
import { indexAttributes, regionRoot, type Partition, type PrimaryKey } from '../keys';

export const NEED_TYPE = 'NEED';

export const needKey = (regionId: string, needId: string): PrimaryKey => ({ pk: `${regionRoot(regionId)}#NEED#${needId}`, sk: '#NEED' });

const needs = (regionId: string, year: number) => `${regionRoot(regionId)}#NEEDS#${year}`;

export const needPartitions = {
  byYear: (regionId: string, year: number): Partition => ({ index: 'gsi1', partitionValue: needs(regionId, year) }),
  byCommunity: (regionId: string, year: number, communityUnitId: string): Partition => ({
    index: 'gsi2',
    partitionValue: `${needs(regionId, year)}#COMMUNITY#${communityUnitId}`,
  }),
  byCategory: (regionId: string, year: number, category: string): Partition => ({ index: 'gsi3', partitionValue: `${needs(regionId, year)}#CATEGORY#${category}` }),
  byStatus: (regionId: string, year: number, status: NeedStatus): Partition => ({ index: 'gsi5', partitionValue: `${needs(regionId, year)}#STATUS#${status}` }),
};

/** Where a need sorts: when it was collected, then its id (two may be collected together). */
export const needSortKey = (need: Pick<Need, 'createdAt' | 'id'>) => `${need.createdAt}#${need.id}`;

const FIELDS = [
  'id', 'regionId', 'year', 'title', 'description', 'category', 'urgency', 'source', 'raisedBy', 'communityUnitId', 'wantedFrom',
  'wantedUntil', 'status', 'statusReason', 'projectId', 'version', 'createdAt', 'updatedAt',
] as const satisfies readonly (keyof Need)[];

export const needToItem = (need: Need) => ({
  ...needKey(need.regionId, need.id),
  type: NEED_TYPE,
  ...need,
  ...indexAttributes(
    [
      needPartitions.byYear(need.regionId, need.year),
      needPartitions.byCommunity(need.regionId, need.year, need.communityUnitId),
      needPartitions.byCategory(need.regionId, need.year, need.category),
      needPartitions.byStatus(need.regionId, need.year, need.status),
    ],
    needSortKey(need),
  ),
});

export function needFromItem(item: Record<string, unknown>): Need {
  const need = pickFields<Need>(item, FIELDS);
  need.year = Number(need.year);
  need.version = Number(need.version);
  return need;
}

/**
 * A need's import guard (NeedStore.createMany): | R#{r}#NEEDTITLE#{year}#{community}#{title key} | #IMPORT |,
 * with `expiresAt` (epoch seconds, the table's TTL) NEED_IMPORT_GUARD_SECONDS after the need was created.
 * A Put over an expired guard succeeds: TTL deletes it late, so the write's condition reads `expiresAt`.
 */
export const needImportGuardKey = (regionId: string, year: number, communityUnitId: string, titleKey: string): PrimaryKey => ({
  pk: `${regionRoot(regionId)}#NEEDTITLE#${year}#${communityUnitId}#${titleKey}`,
  sk: '#IMPORT',
});

export const NEED_IMPORT_GUARD_TYPE = 'NEED_IMPORT_GUARD';
