import type { Region } from './region';

export interface RegionStore {
  get(regionId: string): Promise<Region | null>;
  /** Creates a region once; false when it exists already (seeding is idempotent). */
  createIfAbsent(region: Omit<Region, 'unitCount'>): Promise<boolean>;
}
