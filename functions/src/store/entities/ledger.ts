/**
 * The issue ledger (意见台账): its items, and one item per region and year holding the year's last number and counters.
 *
 * | item                               | pk                        | sk        |
 * |------------------------------------|---------------------------|-----------|
 * | ledger item                        | R#{r}#LEDGER#{item}       | #LEDGER   |
 * | year: `last` number, counters      | R#{r}#LEDGERYEAR#{year}   | #YEAR     |
 *
 * Index entries of an item, all within its year. The year's lists sort newest number first by `{seq}` (10 digits, so
 * strings compare as numbers); each combination the contract allows has its own partition, so every page is full:
 * | index | partition (gsiNpk)                                  | sort key (gsiNsk)   | serves                          |
 * |-------|-----------------------------------------------------|---------------------|---------------------------------|
 * | gsi1  | R#{r}#LEDGERS#{year}                                | {seq}               | a year's items                  |
 * | gsi2  | R#{r}#LEDGERS#{year}#RAISEDBY#{unit}                | {seq}               | a raising unit's items          |
 * | gsi3  | R#{r}#LEDGERS#{year}#HANDLER#{unit}                 | {seq}               | a handling unit's (when it has one) |
 * | gsi4  | R#{r}#LEDGERS#{year}#HANDLER#{unit}#STATUS#{s}      | {seq}               | a handling unit's of a status   |
 * | gsi5  | R#{r}#LEDGERS#{year}#STATUS#{s}                     | {seq}               | by status                       |
 * | gsi6  | R#{r}#LEDGERS#{year}#DUE (sparse: ASSIGNED + dueOn) | {dueOn}#{seq}       | overdue: sk < the day, ascending |
 * | gsi7  | R#{r}#LEDGERS#{year}#RAISEDBY#{unit}#STATUS#{s}     | {seq}               | a raising unit's of a status    |
 *
 * gsi4 holds a two-facet combination (by convention gsi7's job): an item needs two such entries, raiser × status and
 * handler × status, and gsi4 is the facet index this entity has left. Items are written whole (Put), so a save that
 * moves the status, handler or due date rewrites every entry, and the sparse ones disappear with their attributes.
 */
import type { LedgerItem } from '../../domain/ledger/item';
import type { LedgerCounters } from '../../domain/ledger/ports';
import { pickFields } from '../item-fields';
import { regionRoot, type Partition, type PrimaryKey } from '../keys';

export const LEDGER_ITEM_TYPE = 'LEDGER_ITEM';
export const LEDGER_YEAR_TYPE = 'LEDGER_YEAR';

export const ledgerItemKey = (regionId: string, itemId: string): PrimaryKey => ({ pk: `${regionRoot(regionId)}#LEDGER#${itemId}`, sk: '#LEDGER' });

export const ledgerYearKey = (regionId: string, year: number): PrimaryKey => ({ pk: `${regionRoot(regionId)}#LEDGERYEAR#${year}`, sk: '#YEAR' });

/** The year item's attribute holding the last number given (absent until the year's first raise). */
export const LAST_NUMBER = 'last';
/** Each counter is a top-level attribute `n:{key}` (`n:total`, `n:status.ASSIGNED`): ADD needs no map to exist first. */
export const COUNTER_PREFIX = 'n:';

const items = (regionId: string, year: number) => `${regionRoot(regionId)}#LEDGERS#${year}`;

export const ledgerPartitions = {
  byYear: (regionId: string, year: number): Partition => ({ index: 'gsi1', partitionValue: items(regionId, year) }),
  byRaiser: (regionId: string, year: number, unitId: string): Partition => ({ index: 'gsi2', partitionValue: `${items(regionId, year)}#RAISEDBY#${unitId}` }),
  byHandler: (regionId: string, year: number, unitId: string): Partition => ({ index: 'gsi3', partitionValue: `${items(regionId, year)}#HANDLER#${unitId}` }),
  byHandlerStatus: (regionId: string, year: number, unitId: string, status: string): Partition => ({
    index: 'gsi4',
    partitionValue: `${items(regionId, year)}#HANDLER#${unitId}#STATUS#${status}`,
  }),
  byStatus: (regionId: string, year: number, status: string): Partition => ({ index: 'gsi5', partitionValue: `${items(regionId, year)}#STATUS#${status}` }),
  /** ASSIGNED items with a due date, earliest due first: the overdue list reads those due before a day. */
  due: (regionId: string, year: number): Partition => ({ index: 'gsi6', partitionValue: `${items(regionId, year)}#DUE` }),
  byRaiserStatus: (regionId: string, year: number, unitId: string, status: string): Partition => ({
    index: 'gsi7',
    partitionValue: `${items(regionId, year)}#RAISEDBY#${unitId}#STATUS#${status}`,
  }),
};

/** Newest first when read descending: the number, fixed width. */
export const ledgerNumberSortKey = (item: Pick<LedgerItem, 'seq'>) => String(item.seq).padStart(10, '0');
export const ledgerDueSortKey = (item: Pick<LedgerItem, 'dueOn' | 'seq'>) => `${item.dueOn}#${ledgerNumberSortKey(item)}`;

function ledgerIndexes(item: LedgerItem): Record<string, string> {
  const { regionId, year, status } = item;
  const bySeq = ledgerNumberSortKey(item);
  const entries: [Partition, string][] = [
    [ledgerPartitions.byYear(regionId, year), bySeq],
    [ledgerPartitions.byRaiser(regionId, year, item.raisedByUnitId), bySeq],
    [ledgerPartitions.byRaiserStatus(regionId, year, item.raisedByUnitId, status), bySeq],
    [ledgerPartitions.byStatus(regionId, year, status), bySeq],
  ];
  if (item.handlerUnitId) {
    entries.push([ledgerPartitions.byHandler(regionId, year, item.handlerUnitId), bySeq]);
    entries.push([ledgerPartitions.byHandlerStatus(regionId, year, item.handlerUnitId, status), bySeq]);
  }
  if (status === 'ASSIGNED' && item.dueOn) entries.push([ledgerPartitions.due(regionId, year), ledgerDueSortKey(item)]);
  const attributes: Record<string, string> = {};
  for (const [{ index, partitionValue }, sortKey] of entries) {
    attributes[`${index}pk`] = partitionValue;
    attributes[`${index}sk`] = sortKey;
  }
  return attributes;
}

const FIELDS = [
  'id', 'regionId', 'year', 'seq', 'number', 'kind', 'title', 'description', 'category', 'raisedByUnitId', 'raisedBy', 'raisedAt', 'files',
  'handlerUnitId', 'handlerDepartment', 'dueOn', 'assignedAt', 'resolution', 'resolvedAt', 'signedOffBy', 'signedOffAt', 'declineReason',
  'reopenCount', 'status', 'history', 'version', 'createdAt', 'updatedAt',
] as const satisfies readonly (keyof LedgerItem)[];

export const ledgerItemToItem = (item: LedgerItem) => ({
  ...ledgerItemKey(item.regionId, item.id),
  type: LEDGER_ITEM_TYPE,
  ...item,
  ...ledgerIndexes(item),
});

type FileLike = { size: unknown };
const sized = <T extends FileLike>(files: T[] | null) => (files ?? []).map((f) => ({ ...f, size: Number(f.size) }));

export function ledgerItemFromItem(record: Record<string, unknown>): LedgerItem {
  const item = pickFields<LedgerItem>(record, FIELDS);
  item.year = Number(item.year);
  item.seq = Number(item.seq);
  item.reopenCount = Number(item.reopenCount ?? 0);
  item.version = Number(item.version);
  item.files = sized(item.files);
  item.history = (item.history ?? []).map((event) => ({ ...event, files: sized(event.files) }));
  return item;
}

export const lastNumberFromItem = (record: Record<string, unknown> | undefined): number => Number(record?.[LAST_NUMBER] ?? 0);

export function ledgerCountersFromItem(record: Record<string, unknown> | undefined): LedgerCounters {
  const counters: LedgerCounters = {};
  for (const [name, value] of Object.entries(record ?? {})) if (name.startsWith(COUNTER_PREFIX)) counters[name.slice(COUNTER_PREFIX.length)] = Number(value);
  return counters;
}
