import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Alongside } from '../domain/alongside';
import { ledgerNumber, type LedgerItem } from '../domain/ledger/item';
import type { Change, LedgerCounters, LedgerFilter, LedgerStore } from '../domain/ledger/ports';
import type { Page, PageRequest } from '../domain/paging';
import { AlreadyTakenError, GuardFailedError, RecordMissingError, StaleVersionError } from '../domain/write-refusals';
import { getInOrder } from './batch-get';
import {
  COUNTER_PREFIX, LAST_NUMBER, LEDGER_YEAR_TYPE, lastNumberFromItem, ledgerCountersFromItem, ledgerItemFromItem, ledgerItemKey, ledgerItemToItem, ledgerPartitions,
  ledgerYearKey,
} from './entities/ledger';
import { regionKeyPrefix } from './keys';
import { queryPage, type PageQuery } from './query-page';
import { alongsideSteps, transactWrite, type TransactStep } from './transact';

const itemRef = (id: string) => ({ type: 'LedgerItem', id });
const counterRef = (year: number) => ({ type: 'LedgerCounter', id: String(year) });

/**
 * The issue ledger (entities/ledger.ts). A raise is one transaction: the year item's `last` moved from `seq − 1` to
 * `seq` under a condition (so two raisers never share a number and none skips one), the item put where none is, the
 * year's counters added to in the same Update, and the audit entry and upload claims. A save puts the item at the
 * version read and, when its status moves, moves the year's counters in the same transaction.
 */
export class LedgerRepository implements LedgerStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(regionId: string, itemId: string): Promise<LedgerItem | null> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: ledgerItemKey(regionId, itemId), ConsistentRead: true }));
    return Item ? ledgerItemFromItem(Item) : null;
  }

  getMany(regionId: string, itemIds: readonly string[]): Promise<(LedgerItem | null)[]> {
    return getInOrder(this.client, this.tableName, itemIds.map((id) => ledgerItemKey(regionId, id)), ledgerItemFromItem);
  }

  async list(regionId: string, filter: LedgerFilter, page: PageRequest): Promise<Page<LedgerItem>> {
    return queryPage(
      this.client,
      { tableName: this.tableName, ...planLedgerQuery(regionId, filter), page, regionKeyPrefix: regionKeyPrefix(regionId) },
      ledgerItemFromItem,
    );
  }

  async lastNumber(regionId: string, year: number): Promise<number> {
    return lastNumberFromItem(await this.readYear(regionId, year));
  }

  async counters(regionId: string, year: number): Promise<LedgerCounters> {
    return ledgerCountersFromItem(await this.readYear(regionId, year));
  }

  async raise(item: LedgerItem, alongside: Alongside): Promise<void> {
    if (!Number.isInteger(item.seq) || item.seq < 1) throw new Error(`raise: item ${item.id} needs a seq from 1, received ${item.seq}`);
    if (item.number !== ledgerNumber(item.year, item.seq)) throw new Error(`raise: item ${item.id} numbered ${item.number}, expected ${ledgerNumber(item.year, item.seq)}`);
    const counters = { total: 1, [`status.${item.status}`]: 1 };
    const first = item.seq === 1;
    // The counter first: when the number is taken that is what the caller hears (it retries with a fresh number).
    const counter: TransactStep = {
      item: {
        Update: {
          TableName: this.tableName,
          Key: ledgerYearKey(item.regionId, item.year),
          ...yearUpdate(counters, `#last = :seq`, { '#last': LAST_NUMBER }, { ':seq': item.seq, ...(first ? {} : { ':prev': item.seq - 1 }) }),
          ConditionExpression: first ? 'attribute_not_exists(#last)' : '#last = :prev',
        },
      },
      onConditionFailed: () => new GuardFailedError(counterRef(item.year), 'number-taken'),
    };
    await transactWrite(this.client, [
      counter,
      {
        item: { Put: { TableName: this.tableName, Item: ledgerItemToItem(item), ConditionExpression: 'attribute_not_exists(pk)' } },
        onConditionFailed: () => new AlreadyTakenError('ledger-item-id', item.id),
      },
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  async save({ current, next }: Change<LedgerItem>, alongside: Alongside): Promise<void> {
    // The keys and the number are the item's for good: a save never moves them (a use case bug otherwise).
    if (next.id !== current.id || next.regionId !== current.regionId || next.year !== current.year || next.seq !== current.seq || next.number !== current.number) {
      throw new Error(`save: ledger item ${current.id} keeps its id, region, year and number`);
    }
    const steps: TransactStep[] = [
      {
        item: {
          Put: { TableName: this.tableName, Item: ledgerItemToItem(next), ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': current.version } },
        },
        onConditionFailed: (old) => (old ? new StaleVersionError(itemRef(current.id)) : new RecordMissingError(itemRef(current.id))),
      },
    ];
    if (next.status !== current.status) {
      const moved = { [`status.${current.status}`]: -1, [`status.${next.status}`]: 1 };
      steps.push({ item: { Update: { TableName: this.tableName, Key: ledgerYearKey(next.regionId, next.year), ...yearUpdate(moved) } } });
    }
    await transactWrite(this.client, [...steps, ...alongsideSteps(this.tableName, alongside)]);
  }

  private async readYear(regionId: string, year: number): Promise<Record<string, unknown> | undefined> {
    // Consistent: a raiser reads the last number right before its conditional write.
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: ledgerYearKey(regionId, year), ConsistentRead: true }));
    return Item;
  }
}

/** The year item's update: `set` (if any) and the counters added to (ADD works with neither the item nor the attribute there). */
function yearUpdate(
  counters: LedgerCounters,
  set?: string,
  setNames: Record<string, string> = {},
  setValues: Record<string, unknown> = {},
): { UpdateExpression: string; ExpressionAttributeNames: Record<string, string>; ExpressionAttributeValues: Record<string, unknown> } {
  const names: Record<string, string> = { '#type': 'type', ...setNames };
  const values: Record<string, unknown> = { ':type': LEDGER_YEAR_TYPE, ...setValues };
  const adds = Object.entries(counters).map(([key, value], i) => {
    names[`#n${i}`] = `${COUNTER_PREFIX}${key}`;
    values[`:n${i}`] = value;
    return `#n${i} :n${i}`;
  });
  return {
    UpdateExpression: `SET #type = :type${set ? `, ${set}` : ''} ADD ${adds.join(', ')}`,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}

/**
 * The partition serving the filter, every combination the contract allows by key alone (pages are full, no
 * residual filter): overdue on the year's due list below the day, earliest first; the rest newest number first.
 */
export function planLedgerQuery(regionId: string, filter: LedgerFilter): Pick<PageQuery, 'partition' | 'sortKeyBelow' | 'newestFirst'> {
  const { year, status } = filter;
  if (filter.overdueOn) return { partition: ledgerPartitions.due(regionId, year), sortKeyBelow: filter.overdueOn, newestFirst: false };
  if (filter.raisedByUnitId && filter.handlerUnitId) throw new Error('ledger list: raisedByUnitId and handlerUnitId do not combine');
  const newest = (partition: PageQuery['partition']) => ({ partition, newestFirst: true });
  if (filter.raisedByUnitId) {
    return newest(status ? ledgerPartitions.byRaiserStatus(regionId, year, filter.raisedByUnitId, status) : ledgerPartitions.byRaiser(regionId, year, filter.raisedByUnitId));
  }
  if (filter.handlerUnitId) {
    return newest(status ? ledgerPartitions.byHandlerStatus(regionId, year, filter.handlerUnitId, status) : ledgerPartitions.byHandler(regionId, year, filter.handlerUnitId));
  }
  return newest(status ? ledgerPartitions.byStatus(regionId, year, status) : ledgerPartitions.byYear(regionId, year));
}
