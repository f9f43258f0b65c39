import type { Alongside, Change } from '../alongside';
import type { Page, PageRequest } from '../paging';
import type { LedgerItem, LedgerStatus } from './item';

/**
 * A year's items; `status` combines with at most one of `raisedByUnitId` / `handlerUnitId`. Newest number first.
 * With `overdueOn` (YYYY-MM-DD): only ASSIGNED items due before that day, earliest due first (the other filters
 * then do not apply).
 */
export interface LedgerFilter {
  year: number;
  status?: LedgerStatus;
  raisedByUnitId?: string;
  handlerUnitId?: string;
  overdueOn?: string;
}

export type { Change } from '../alongside';

/** A year's counts of items by status (`status.RAISED` …) and in total (`total`), kept on write. */
export type LedgerCounters = Record<string, number>;

/**
 * The issue ledger (意见台账). Refusals (write-refusals.ts):
 * - `raise`: writes the item and moves the region-year counter from `item.seq − 1` to `item.seq` (created at 1 when
 *   `seq` is 1), all or nothing with the year's counters (`total` and `status.{status}` + 1) and `alongside` (audit,
 *   uploads): GuardFailed(LedgerCounter, 'number-taken') when another raise took `seq` first (the use case reads
 *   `lastNumber` again and retries); AlreadyTaken('ledger-item-id').
 * - `save`: the item at `current.version` (RecordMissing/StaleVersion(LedgerItem)); when the status changes, the
 *   year's counters move (`status.{current}` − 1, `status.{next}` + 1) in the same transaction.
 * 50 concurrent raises of one region and year: 50 distinct numbers 1…50, no gap.
 */
export interface LedgerStore {
  get(regionId: string, itemId: string): Promise<LedgerItem | null>;
  getMany(regionId: string, itemIds: readonly string[]): Promise<(LedgerItem | null)[]>;
  list(regionId: string, filter: LedgerFilter, page: PageRequest): Promise<Page<LedgerItem>>;
  /** The year's last number (0 when none), read consistently. */
  lastNumber(regionId: string, year: number): Promise<number>;
  raise(item: LedgerItem, alongside: Alongside): Promise<void>;
  save(change: Change<LedgerItem>, alongside: Alongside): Promise<void>;
  counters(regionId: string, year: number): Promise<LedgerCounters>;
}
