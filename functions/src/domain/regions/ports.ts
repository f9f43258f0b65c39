import type { Alongside, Change } from '../alongside';
import type { Page, PageRequest } from '../paging';
import type { ActingSession, NewRegion, Region } from './region';

export interface RegionStore {
  get(regionId: string): Promise<Region | null>;
  /** Creates a region once; false when it exists already (seeding is idempotent). */
  createIfAbsent(region: NewRegion): Promise<boolean>;
  /** Creates a region with its audit entry; refuses AlreadyTakenError('slug') when another region has the slug. */
  create(region: NewRegion, alongside: Alongside): Promise<void>;
  /** Every region of the deployment, newest first (the platform admin's list). */
  list(page: PageRequest): Promise<Page<Region>>;
  /**
   * Writes a change of the region's own fields (name, superior organisation, state) at `current.version`, leaving the
   * counts alone; StaleVersionError when the region changed meanwhile, RecordMissingError when it is gone.
   */
  update(change: Change<Region>, alongside: Alongside): Promise<void>;
  /** Records a change by the region's people at `at`, unless a later one is recorded already (best effort, no audit). */
  recordActivity(regionId: string, at: string): Promise<void>;
  /** Opens (or renews) a platform admin's visit to a region, with its audit entry. */
  startActing(session: ActingSession, alongside: Alongside): Promise<void>;
  /** The admin's open visit to the region, strongly consistent (an ended one is gone at once); null when none or expired. */
  acting(regionId: string, username: string, now: Date): Promise<ActingSession | null>;
  /** Ends the visit (no-op when none), with its audit entry. */
  endActing(regionId: string, username: string, alongside: Alongside): Promise<void>;
}
