import type { Alongside } from '../alongside';
import { ledgerNumber, type LedgerItem } from '../ledger/item';
import type { Change, LedgerCounters, LedgerFilter, LedgerStore } from '../ledger/ports';
import type { Page, PageRequest } from '../paging';
import { AlreadyTakenError, GuardFailedError, RecordMissingError, StaleVersionError } from '../write-refusals';
import { pageOf } from './memory-paging';
import { copy, keyOf, type MemoryState, type MemoryWrite } from './memory-state';

const itemRef = (id: string) => ({ type: 'LedgerItem', id });
const counterRef = (year: number) => ({ type: 'LedgerCounter', id: String(year) });

/** Where an item sorts in the year's lists: by its number (fixed width, so strings compare as numbers). */
export const ledgerNumberOrder = (item: Pick<LedgerItem, 'seq'>) => String(item.seq).padStart(10, '0');
/** Where an ASSIGNED item sorts among the year's due items: its due date, then its number. */
export const ledgerDueOrder = (item: Pick<LedgerItem, 'dueOn' | 'seq'>) => `${item.dueOn}#${ledgerNumberOrder(item)}`;

/** What a use case must never hand the store (a bug, not a refusal): checked by both stores alike. */
export function assertRaisable(item: LedgerItem): void {
  if (!Number.isInteger(item.seq) || item.seq < 1) throw new Error(`raise: item ${item.id} needs a seq from 1, received ${item.seq}`);
  if (item.number !== ledgerNumber(item.year, item.seq)) throw new Error(`raise: item ${item.id} numbered ${item.number}, expected ${ledgerNumber(item.year, item.seq)}`);
}

export function assertSavable({ current, next }: Change<LedgerItem>): void {
  // The keys and the number are the item's for good: a save never moves them.
  if (next.id !== current.id || next.regionId !== current.regionId || next.year !== current.year || next.seq !== current.seq || next.number !== current.number) {
    throw new Error(`save: ledger item ${current.id} keeps its id, region, year and number`);
  }
}

export function assertLedgerFilter(filter: LedgerFilter): void {
  if (!filter.overdueOn && filter.raisedByUnitId && filter.handlerUnitId) throw new Error('ledger list: raisedByUnitId and handlerUnitId do not combine');
}

/** The list a filter reads: the overdue list ignores the other filters, so its cursors do too. */
export const ledgerListIdentity = (filter: LedgerFilter): unknown[] =>
  filter.overdueOn
    ? ['ledger-overdue', filter.year, filter.overdueOn]
    : ['ledger', filter.year, filter.status || null, filter.raisedByUnitId || null, filter.handlerUnitId || null];

/** LedgerStore in memory, keeping the promises of store/ledger-repository.ts: the same refusals in the same order. */
export class MemoryLedgerStore implements LedgerStore {
  constructor(private readonly state: MemoryState) {}

  async get(regionId: string, itemId: string): Promise<LedgerItem | null> {
    return copy(this.state.ledgerItems.get(keyOf(regionId, itemId)) ?? null);
  }

  async getMany(regionId: string, itemIds: readonly string[]): Promise<(LedgerItem | null)[]> {
    return itemIds.map((id) => copy(this.state.ledgerItems.get(keyOf(regionId, id)) ?? null));
  }

  async list(regionId: string, filter: LedgerFilter, page: PageRequest): Promise<Page<LedgerItem>> {
    assertLedgerFilter(filter);
    const ofYear = [...this.state.ledgerItems.values()].filter((i) => i.regionId === regionId && i.year === filter.year);
    const list = ledgerListIdentity(filter);
    if (filter.overdueOn) {
      const day = filter.overdueOn;
      const entries = ofYear.filter((i) => i.status === 'ASSIGNED' && i.dueOn !== null && i.dueOn < day).map((i) => ({ key: ledgerDueOrder(i), node: copy(i) }));
      return pageOf(entries, page, { regionId, list, order: 'ascending' });
    }
    const entries = ofYear
      .filter(
        (i) =>
          (!filter.status || i.status === filter.status) &&
          (!filter.raisedByUnitId || i.raisedByUnitId === filter.raisedByUnitId) &&
          (!filter.handlerUnitId || i.handlerUnitId === filter.handlerUnitId),
      )
      .map((i) => ({ key: ledgerNumberOrder(i), node: copy(i) }));
    return pageOf(entries, page, { regionId, list, order: 'descending' });
  }

  async lastNumber(regionId: string, year: number): Promise<number> {
    return this.state.ledgerNumbers.get(keyOf(regionId, String(year))) ?? 0;
  }

  raise(item: LedgerItem, alongside: Alongside): Promise<void> {
    assertRaisable(item);
    return this.state.write((w) => {
      // The counter first, as the store's first step: a taken number is reported before a reused id.
      const counterKey = keyOf(item.regionId, String(item.year));
      const last = this.state.ledgerNumbers.get(counterKey);
      w.require(item.seq === 1 ? last === undefined : last === item.seq - 1, () => new GuardFailedError(counterRef(item.year), 'number-taken'));
      w.then(() => this.state.ledgerNumbers.set(counterKey, item.seq));
      const key = keyOf(item.regionId, item.id);
      w.require(!this.state.ledgerItems.has(key), () => new AlreadyTakenError('ledger-item-id', item.id));
      w.then(() => this.state.ledgerItems.set(key, copy(item)));
      this.addCounters(w, item.regionId, item.year, { total: 1, [`status.${item.status}`]: 1 });
      w.alongside(alongside);
    });
  }

  save(change: Change<LedgerItem>, alongside: Alongside): Promise<void> {
    assertSavable(change);
    const { current, next } = change;
    return this.state.write((w) => {
      const key = keyOf(current.regionId, current.id);
      const stored = this.state.ledgerItems.get(key);
      w.require(stored !== undefined, () => new RecordMissingError(itemRef(current.id)));
      w.require(!stored || stored.version === current.version, () => new StaleVersionError(itemRef(current.id)));
      w.then(() => this.state.ledgerItems.set(key, copy(next)));
      if (next.status !== current.status) this.addCounters(w, next.regionId, next.year, { [`status.${current.status}`]: -1, [`status.${next.status}`]: 1 });
      w.alongside(alongside);
    });
  }

  async counters(regionId: string, year: number): Promise<LedgerCounters> {
    return copy(this.state.ledgerCounters.get(keyOf(regionId, String(year))) ?? {});
  }

  /** Adds to the year's counters as the store's ADD does (a counter moved to 0 stays, at 0). */
  private addCounters(w: MemoryWrite, regionId: string, year: number, moved: LedgerCounters): void {
    w.then(() => {
      const key = keyOf(regionId, String(year));
      const counters = this.state.ledgerCounters.get(key) ?? {};
      for (const [name, value] of Object.entries(moved)) counters[name] = (counters[name] ?? 0) + value;
      this.state.ledgerCounters.set(key, counters);
    });
  }
}
