import type { Alongside } from '../alongside';
import type { Page, PageRequest } from '../paging';
import type { NewRegion, Region } from './region';

export interface RegionStore {
  get(regionId: string): Promise<Region | null>;
  /** Creates a region once; false when it exists already (seeding is idempotent). */
  createIfAbsent(region: NewRegion): Promise<boolean>;
  /** Creates a region with its audit entry; refuses AlreadyTakenError('slug') when another region has the slug. */
  create(region: NewRegion, alongside: Alongside): Promise<void>;
  /** Every region of the deployment, newest first (the platform admin's list). */
  list(page: PageRequest): Promise<Page<Region>>;
}
