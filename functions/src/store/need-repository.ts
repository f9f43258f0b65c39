import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Alongside } from '../domain/alongside';
import type { AuditEntry } from '../domain/audit/audit';
import type { Need } from '../domain/lists/need';
import { needTitleKey } from '../domain/lists/need-import';
import { NEED_IMPORT_GUARD_SECONDS, NEED_TITLE_GUARD, type Change, type NeedFilter, type NeedStore } from '../domain/lists/ports';
import type { Page, PageRequest } from '../domain/paging';
import { AlreadyTakenError, RecordMissingError, StaleVersionError } from '../domain/write-refusals';
import { getInOrder } from './batch-get';
import { countersMoved, needCounters } from '../domain/lists/figures';
import { listFiguresSteps } from './entities/list-figures';
import { NEED_IMPORT_GUARD_TYPE, needFromItem, needImportGuardKey, needKey, needPartitions, needToItem } from './entities/need';
import { regionKeyPrefix, type Partition } from './keys';
import { filterExpression, queryPage, type FilterCondition } from './query-page';
import { alongsideSteps, transactWrite, type TransactStep } from './transact';

const needRef = (need: Pick<Need, 'id'>) => ({ type: 'Need', id: need.id });

/** The needs of a region: one item each, saved whole at the version read (a need has no counters). */
export class NeedRepository implements NeedStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(regionId: string, needId: string): Promise<Need | null> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: needKey(regionId, needId), ConsistentRead: true }));
    return Item ? needFromItem(Item) : null;
  }

  getMany(regionId: string, needIds: readonly string[]): Promise<(Need | null)[]> {
    return getInOrder(this.client, this.tableName, needIds.map((id) => needKey(regionId, id)), needFromItem);
  }

  list(regionId: string, filter: NeedFilter, page: PageRequest): Promise<Page<Need>> {
    const { partition, conditions } = planNeedQuery(regionId, filter);
    return queryPage(
      this.client,
      { tableName: this.tableName, partition, filter: filterExpression(conditions), page, newestFirst: true, regionKeyPrefix: regionKeyPrefix(regionId) },
      needFromItem,
    );
  }

  async create(need: Need, alongside: Alongside): Promise<void> {
    await transactWrite(this.client, [
      {
        item: { Put: { TableName: this.tableName, Item: needToItem(need), ConditionExpression: 'attribute_not_exists(pk)' } },
        onConditionFailed: () => new AlreadyTakenError('need-id', need.id),
      },
      ...listFiguresSteps(this.tableName, need.regionId, need.year, needCounters(need)),
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  async save(change: Change<Need>, alongside: Alongside): Promise<void> {
    await transactWrite(this.client, [
      needSaveStep(this.tableName, change),
      ...listFiguresSteps(this.tableName, change.next.regionId, change.next.year, needsMoved([change])),
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  async createMany(needs: readonly Need[], audits: readonly AuditEntry[]): Promise<void> {
    if (needs.length !== audits.length) throw new Error('createMany: one audit entry per need expected');
    if (needs.length === 0) return;
    const steps = needs.flatMap((need, i): TransactStep[] => {
      const createdAt = Math.floor(Date.parse(need.createdAt) / 1000);
      return [
        {
          item: { Put: { TableName: this.tableName, Item: needToItem(need), ConditionExpression: 'attribute_not_exists(pk)' } },
          onConditionFailed: () => new AlreadyTakenError('need-id', need.id),
        },
        {
          item: {
            Put: {
              TableName: this.tableName,
              Item: {
                ...needImportGuardKey(need.regionId, need.year, need.communityUnitId, needTitleKey(need.title)),
                type: NEED_IMPORT_GUARD_TYPE,
                needId: need.id,
                expiresAt: createdAt + NEED_IMPORT_GUARD_SECONDS,
              },
              ConditionExpression: 'attribute_not_exists(pk) OR expiresAt <= :now',
              ExpressionAttributeValues: { ':now': createdAt },
            },
          },
          onConditionFailed: () => new AlreadyTakenError(NEED_TITLE_GUARD, need.id),
        },
        ...alongsideSteps(this.tableName, { audit: audits[i]! }),
      ];
    });
    // The year's figures once per year of the write (a transaction touches an item once).
    for (const year of new Set(needs.map((n) => n.year))) {
      const ofYear = needs.filter((n) => n.year === year);
      steps.push(...listFiguresSteps(this.tableName, ofYear[0]!.regionId, year, countersMoved(...ofYear.map((n) => ({ before: null, after: needCounters(n) })))));
    }
    await transactWrite(this.client, steps);
  }
}

/** What changes of needs move in their year's figures. */
export const needsMoved = (changes: readonly Change<Need>[]) =>
  countersMoved(...changes.map(({ current, next }) => ({ before: needCounters(current), after: needCounters(next) })));

/** A need written whole at the version it was read (also a step of the project writes). */
export function needSaveStep(tableName: string, { current, next }: Change<Need>): TransactStep {
  return {
    item: { Put: { TableName: tableName, Item: needToItem(next), ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': current.version } } },
    onConditionFailed: (old) => (old ? new StaleVersionError(needRef(current)) : new RecordMissingError(needRef(current))),
  };
}

/** The most selective partition (community, category, status, the year) and the rest as conditions. */
export function planNeedQuery(regionId: string, filter: NeedFilter): { partition: Partition; conditions: FilterCondition[] } {
  const { year } = filter;
  const conditions: FilterCondition[] = [];
  const equals = (attribute: string, value: string | undefined) => {
    if (value !== undefined) conditions.push({ attribute, test: 'equals', value });
  };
  if (filter.communityUnitId) {
    equals('category', filter.category);
    equals('status', filter.status);
    return { partition: needPartitions.byCommunity(regionId, year, filter.communityUnitId), conditions };
  }
  if (filter.category) {
    equals('status', filter.status);
    return { partition: needPartitions.byCategory(regionId, year, filter.category), conditions };
  }
  if (filter.status) return { partition: needPartitions.byStatus(regionId, year, filter.status), conditions };
  return { partition: needPartitions.byYear(regionId, year), conditions };
}
