import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Alongside } from '../domain/alongside';
import type { Change, ResourceFilter, ResourceStore } from '../domain/lists/ports';
import type { Resource, ResourceType } from '../domain/lists/resource';
import type { Page, PageRequest } from '../domain/paging';
import { AlreadyTakenError, GuardFailedError, RecordMissingError, StaleVersionError } from '../domain/write-refusals';
import { getInOrder } from './batch-get';
import { countersMoved, resourceCounters } from '../domain/lists/figures';
import { listFiguresSteps } from './entities/list-figures';
import { resourceEditedAttributes, resourceFromItem, resourceKey, resourcePartitions, resourceToItem } from './entities/resource';
import { indexKeyNames, regionKeyPrefix, type Partition } from './keys';
import { queryPage, type PageQuery } from './query-page';
import { alongsideSteps, transactWrite, type TransactStep } from './transact';

const resourceRef = (resourceId: string) => ({ type: 'Resource', id: resourceId });

/** Reads of one type's partition, newest first, before listAvailable stops looking in it. */
const AVAILABLE_PAGES_PER_TYPE = 3;

/**
 * The resources of a region. `quantityLeft` is a counter: claims take from it and withdrawals give back
 * (resourceTakeStep / resourceGiveBackStep, steps of the project writes), and an edit only moves it by
 * the change of `quantity`, so an edit and a claim never overwrite each other.
 */
export class ResourceRepository implements ResourceStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(regionId: string, resourceId: string): Promise<Resource | null> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: resourceKey(regionId, resourceId), ConsistentRead: true }));
    return Item ? resourceFromItem(Item) : null;
  }

  getMany(regionId: string, resourceIds: readonly string[]): Promise<(Resource | null)[]> {
    return getInOrder(this.client, this.tableName, resourceIds.map((id) => resourceKey(regionId, id)), resourceFromItem);
  }

  list(regionId: string, filter: ResourceFilter, page: PageRequest): Promise<Page<Resource>> {
    const { partition, filter: conditions } = planResourceQuery(regionId, filter);
    return queryPage(
      this.client,
      { tableName: this.tableName, partition, filter: conditions, page, newestFirst: true, regionKeyPrefix: regionKeyPrefix(regionId) },
      resourceFromItem,
    );
  }

  async listAvailable(regionId: string, year: number, types: readonly ResourceType[], limit: number): Promise<Resource[]> {
    if (limit <= 0) return [];
    const perType = await Promise.all([...new Set(types)].map((type) => this.availableOfType(regionId, year, type, limit)));
    // Each type's are newest first; merged by the same sort key (`gsi3sk`: `{createdAt}#{id}`).
    return perType
      .flat()
      .sort((a, b) => (String(a.gsi3sk) < String(b.gsi3sk) ? 1 : -1))
      .slice(0, limit)
      .map(resourceFromItem);
  }

  private async availableOfType(regionId: string, year: number, type: ResourceType, limit: number): Promise<Record<string, unknown>[]> {
    const { index, partitionValue } = resourcePartitions.byType(regionId, year, type);
    const { pk } = indexKeyNames(index);
    const found: Record<string, unknown>[] = [];
    let startKey: Record<string, unknown> | undefined;
    for (let read = 0; read < AVAILABLE_PAGES_PER_TYPE && found.length < limit; read++) {
      const result = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: index,
          KeyConditionExpression: '#pk = :pk',
          FilterExpression: '#status = :available AND #left > :zero',
          ExpressionAttributeNames: { '#pk': pk, '#status': 'status', '#left': 'quantityLeft' },
          ExpressionAttributeValues: { ':pk': partitionValue, ':available': 'AVAILABLE', ':zero': 0 },
          ScanIndexForward: false,
          Limit: Math.max(limit, 25),
          ExclusiveStartKey: startKey,
        }),
      );
      found.push(...((result.Items ?? []) as Record<string, unknown>[]));
      startKey = result.LastEvaluatedKey;
      if (!startKey) break;
    }
    return found.slice(0, limit);
  }

  async create(resource: Resource, alongside: Alongside): Promise<void> {
    await transactWrite(this.client, [
      {
        item: { Put: { TableName: this.tableName, Item: resourceToItem(resource), ConditionExpression: 'attribute_not_exists(pk)' } },
        onConditionFailed: () => new AlreadyTakenError('resource-id', resource.id),
      },
      ...listFiguresSteps(this.tableName, resource.regionId, resource.year, resourceCounters(resource)),
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  async save(change: Change<Resource>, alongside: Alongside): Promise<void> {
    const { current, next } = change;
    const { clause, names, values } = setClause(resourceEditedAttributes(next));
    // The counter moves by the change of the quantity, on whatever it holds at the time of the write.
    const delta = next.quantity - current.quantity;
    let update = `SET ${clause}`;
    let condition = '#version = :version';
    names['#version'] = 'version';
    values[':version'] = current.version;
    if (delta !== 0) {
      names['#left'] = 'quantityLeft';
      values[':delta'] = delta;
      update += ', #left = #left + :delta';
    }
    if (delta < 0) {
      values[':minus'] = -delta;
      condition += ' AND #left >= :minus';
    }
    await transactWrite(this.client, [
      {
        item: {
          Update: {
            TableName: this.tableName,
            Key: resourceKey(current.regionId, current.id),
            UpdateExpression: update,
            ConditionExpression: condition,
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: values,
          },
        },
        onConditionFailed: (old) => {
          if (!old) return new RecordMissingError(resourceRef(current.id));
          if (Number(old.version) !== current.version) return new StaleVersionError(resourceRef(current.id));
          return new GuardFailedError(resourceRef(current.id), 'quantity-below-taken');
        },
      },
      ...listFiguresSteps(this.tableName, next.regionId, next.year, countersMoved({ before: resourceCounters(current), after: resourceCounters(next) })),
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }
}

/** Takes `quantity` from a resource's `quantityLeft`: only when that much is left and it is not withdrawn. */
export function resourceTakeStep(tableName: string, regionId: string, resourceId: string, quantity: number): TransactStep {
  return {
    item: {
      Update: {
        TableName: tableName,
        Key: resourceKey(regionId, resourceId),
        UpdateExpression: 'SET #left = #left - :q',
        ConditionExpression: 'attribute_exists(pk) AND #status <> :withdrawn AND #left >= :q',
        ExpressionAttributeNames: { '#left': 'quantityLeft', '#status': 'status' },
        ExpressionAttributeValues: { ':q': quantity, ':withdrawn': 'WITHDRAWN' },
      },
    },
    onConditionFailed: (old) => (old ? new GuardFailedError(resourceRef(resourceId), 'quantity-left') : new RecordMissingError(resourceRef(resourceId))),
  };
}

/** Gives `quantity` back to a resource's `quantityLeft` (a withdrawn claim), withdrawn or not. */
export function resourceGiveBackStep(tableName: string, regionId: string, resourceId: string, quantity: number): TransactStep {
  return {
    item: {
      Update: {
        TableName: tableName,
        Key: resourceKey(regionId, resourceId),
        UpdateExpression: 'SET #left = #left + :q',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: { '#left': 'quantityLeft' },
        ExpressionAttributeValues: { ':q': quantity },
      },
    },
    onConditionFailed: () => new RecordMissingError(resourceRef(resourceId)),
  };
}

/** `#s0 = :s0, …` for the given attributes, every name aliased (status, year, type … are reserved words). */
export function setClause(attributes: Record<string, unknown>): { clause: string; names: Record<string, string>; values: Record<string, unknown> } {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const parts = Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([name, value], i) => {
      names[`#s${i}`] = name;
      values[`:s${i}`] = value;
      return `#s${i} = :s${i}`;
    });
  return { clause: parts.join(', '), names, values };
}

/**
 * The partition that serves the filter (unit, type, or the year) and the rest as one filter expression:
 * the stored status, the type or unit, and whether quantity is left (a counter, so never a key).
 */
export function planResourceQuery(regionId: string, filter: ResourceFilter): { partition: Partition; filter: PageQuery['filter'] } {
  const { year } = filter;
  const partition = filter.unitId
    ? resourcePartitions.byUnit(regionId, year, filter.unitId)
    : filter.type
      ? resourcePartitions.byType(regionId, year, filter.type)
      : resourcePartitions.byYear(regionId, year);
  const expressions: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  if (filter.unitId && filter.type) {
    expressions.push('#type = :type');
    names['#type'] = 'resourceType';
    values[':type'] = filter.type;
  }
  if (filter.status) {
    expressions.push('#status = :status');
    names['#status'] = 'status';
    values[':status'] = filter.status;
  }
  if (filter.hasQuantityLeft !== undefined) {
    expressions.push(filter.hasQuantityLeft ? '#left > :zero' : '#left <= :zero');
    names['#left'] = 'quantityLeft';
    values[':zero'] = 0;
  }
  if (filter.unused) {
    // Two attributes compared: nothing taken yet.
    expressions.push('#left = #quantity AND #withdrawnOrNot = :available');
    Object.assign(names, { '#left': 'quantityLeft', '#quantity': 'quantity', '#withdrawnOrNot': 'status' });
    values[':available'] = 'AVAILABLE';
  }
  return { partition, filter: expressions.length ? { expression: expressions.join(' AND '), names, values } : undefined };
}
