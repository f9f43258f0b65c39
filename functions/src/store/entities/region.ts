/**
 * Region (区域), the tenant: one item at the root of its keys.
 *
 * | item    | pk        | sk        |
 * |---------|-----------|-----------|
 * | region  | R#{r}     | #REGION   |
 */
import type { NewRegion, Region } from '../../domain/regions/region';
import { regionRoot, type PrimaryKey } from '../keys';

export const regionKey = (regionId: string): PrimaryKey => ({ pk: regionRoot(regionId), sk: '#REGION' });

export const regionToItem = (region: NewRegion) => ({
  ...regionKey(region.id),
  type: 'REGION',
  slug: null,
  superiorOrganization: null,
  ...region,
  unitCount: 0,
  accountCount: 0,
  adminCount: 0,
});

export const regionFromItem = (item: Record<string, unknown>): Region => ({
  id: item.id as string,
  name: item.name as string,
  level: item.level as Region['level'],
  slug: (item.slug as string | null | undefined) ?? null,
  superiorOrganization: (item.superiorOrganization as string | null | undefined) ?? null,
  unitCount: Number(item.unitCount ?? 0),
  accountCount: Number(item.accountCount ?? 0),
  adminCount: Number(item.adminCount ?? 0),
  createdAt: item.createdAt as string,
});
