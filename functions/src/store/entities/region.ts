/**
 * Region (区域), the tenant: one item at the root of its keys.
 *
 * | item    | pk        | sk        |
 * |---------|-----------|-----------|
 * | region  | R#{r}     | #REGION   |
 */
import type { Region } from '../../domain/regions/region';
import { regionRoot, type PrimaryKey } from '../keys';

export const regionKey = (regionId: string): PrimaryKey => ({ pk: regionRoot(regionId), sk: '#REGION' });

export const regionToItem = (region: Omit<Region, 'unitCount'>) => ({ ...regionKey(region.id), type: 'REGION', ...region, unitCount: 0 });

export const regionFromItem = (item: Record<string, unknown>): Region => ({
  id: item.id as string,
  name: item.name as string,
  level: item.level as Region['level'],
  unitCount: Number(item.unitCount ?? 0),
  createdAt: item.createdAt as string,
});
