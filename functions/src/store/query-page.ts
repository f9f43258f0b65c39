import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Page, PageRequest } from '../domain/paging';
import { decodeCursor, encodeCursor, listFingerprint, type CursorKey } from './cursor';
import { indexKeyNames, type Partition } from './keys';

export interface PageQuery {
  tableName: string;
  /** Where the list is read: the table's or an index's partition. */
  partition: Partition;
  /** begins_with on the sort key (an item type prefix). */
  sortKeyPrefix?: string;
  /** Sort keys from this value on (`>=`): a list from a date or instant. Not with sortKeyPrefix. */
  sortKeyAtLeast?: string;
  /**
   * Sort keys before this value: a list up to a date (what is overdue on a day). With sortKeyAtLeast, a range — as
   * BETWEEN, which includes the bound itself: exact for keys that continue past it (`{instant}#{id}` is after `{instant}`).
   * Not with sortKeyPrefix.
   */
  sortKeyBelow?: string;
  /** Conditions on non-key attributes, for filters no key serves. */
  filter?: { expression: string; names: Record<string, string>; values: Record<string, unknown> };
  page: PageRequest;
  newestFirst?: boolean;
  /** Every key of this region starts with it: cursors are checked against it. */
  regionKeyPrefix: string;
  /**
   * The items' own table key is global (an account's `ACCOUNT#…`, a region's `R#{r}`: keys.ts), so only the index
   * partition of a cursor is checked against `regionKeyPrefix` (an index list only).
   */
  globalTableKey?: boolean;
}

/**
 * A condition on a non-key attribute of what a partition holds: equal to, starting with, containing (a search), of a
 * DynamoDB type (`M`: a map — unlike `exists`, false for an attribute stored as null), or present.
 */
export type FilterCondition = { attribute: string } & ({ test: 'equals' | 'prefix' | 'contains' | 'type'; value: string } | { test: 'exists' });

/** The conditions as one FilterExpression (AND), or none. */
export function filterExpression(conditions: readonly FilterCondition[]): PageQuery['filter'] {
  if (conditions.length === 0) return undefined;
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const expressions = conditions.map((condition, i) => {
    names[`#f${i}`] = condition.attribute;
    if (condition.test === 'exists') return `attribute_exists(#f${i})`;
    values[`:f${i}`] = condition.value;
    if (condition.test === 'contains') return `contains(#f${i}, :f${i})`;
    if (condition.test === 'type') return `attribute_type(#f${i}, :f${i})`;
    return condition.test === 'prefix' ? `begins_with(#f${i}, :f${i})` : `#f${i} = :f${i}`;
  });
  return { expression: expressions.join(' AND '), names, values };
}

/** Requests per page when a residual filter drops items: bounds the work of one page. */
export const MAX_REQUESTS_PER_PAGE = 4;

/**
 * One page of a Query. Cursors are built from the last item *returned* (not LastEvaluatedKey), so a
 * page can read ahead and cut at `size` without skipping items. A filtered page may read up to
 * MAX_REQUESTS_PER_PAGE times and then return fewer items with hasNextPage set.
 * Refuses a cursor of another list or region with CursorRejectedError.
 */
export async function queryPage<T>(
  client: DynamoDBDocumentClient,
  query: PageQuery,
  decode: (item: Record<string, unknown>) => T,
): Promise<Page<T>> {
  const { index, partitionValue } = query.partition;
  const { pk: pkName, sk: skName } = indexKeyNames(index);
  const keyAttributes = index ? ['pk', 'sk', pkName, skName] : ['pk', 'sk'];
  // The upper bound joins the fingerprint only when set, so the cursors of every other list stay as they were.
  const bounds = [query.sortKeyPrefix ?? '', query.sortKeyAtLeast ?? '', ...(query.sortKeyBelow === undefined ? [] : [`<${query.sortKeyBelow}`])];
  const list = listFingerprint([index ?? '', partitionValue, ...bounds, query.filter?.expression ?? '', query.filter?.values ?? {}]);
  let startKey: CursorKey | undefined = query.page.after
    ? decodeCursor(query.page.after, {
        attributes: keyAttributes,
        fixed: { [pkName]: partitionValue },
        keyPrefix: query.regionKeyPrefix,
        list,
        unscoped: query.globalTableKey && index ? ['pk'] : [],
      })
    : undefined;

  const names: Record<string, string> = { '#pk': pkName, ...(query.filter?.names ?? {}) };
  const values: Record<string, unknown> = { ':pk': partitionValue, ...(query.filter?.values ?? {}) };
  let keyCondition = '#pk = :pk';
  if (query.sortKeyPrefix && query.sortKeyAtLeast) throw new Error('queryPage: sortKeyPrefix and sortKeyAtLeast do not combine');
  if (query.sortKeyBelow !== undefined && query.sortKeyPrefix) throw new Error('queryPage: sortKeyBelow and sortKeyPrefix do not combine');
  if (query.sortKeyPrefix) {
    names['#sk'] = skName;
    values[':skPrefix'] = query.sortKeyPrefix;
    keyCondition += ' AND begins_with(#sk, :skPrefix)';
  }
  if (query.sortKeyAtLeast && query.sortKeyBelow !== undefined) {
    // A key condition takes one comparison of the sort key: the range is BETWEEN (see sortKeyBelow).
    names['#sk'] = skName;
    values[':skFrom'] = query.sortKeyAtLeast;
    values[':skBelow'] = query.sortKeyBelow;
    keyCondition += ' AND #sk BETWEEN :skFrom AND :skBelow';
  } else if (query.sortKeyAtLeast) {
    names['#sk'] = skName;
    values[':skFrom'] = query.sortKeyAtLeast;
    keyCondition += ' AND #sk >= :skFrom';
  } else if (query.sortKeyBelow !== undefined) {
    names['#sk'] = skName;
    values[':skBelow'] = query.sortKeyBelow;
    keyCondition += ' AND #sk < :skBelow';
  }

  const size = query.page.size;
  const items: Record<string, unknown>[] = [];
  let moreInTable = false;
  // Read one past the page to know for sure whether another page exists.
  const wanted = size + 1;
  for (let request = 0; request < MAX_REQUESTS_PER_PAGE && items.length < wanted; request++) {
    const result = await client.send(
      new QueryCommand({
        TableName: query.tableName,
        IndexName: index,
        KeyConditionExpression: keyCondition,
        FilterExpression: query.filter?.expression,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ExclusiveStartKey: startKey,
        ScanIndexForward: !query.newestFirst,
        Limit: query.filter ? Math.max(wanted - items.length, 50) : wanted - items.length,
      }),
    );
    items.push(...((result.Items ?? []) as Record<string, unknown>[]));
    startKey = result.LastEvaluatedKey as CursorKey | undefined;
    moreInTable = startKey !== undefined;
    if (!moreInTable) break;
  }

  const pageItems = items.slice(0, size);
  const cursorOf = (item: Record<string, unknown>) =>
    encodeCursor(Object.fromEntries(keyAttributes.map((name) => [name, String(item[name])])), list);
  const edges = pageItems.map((item) => ({ cursor: cursorOf(item), node: decode(item) }));
  const last = pageItems.at(-1);
  // Filter reads that stopped at the request bound resume from where reading stopped.
  const endCursor = last ? cursorOf(last) : moreInTable && startKey ? encodeCursor(startKey, list) : null;
  return {
    edges,
    pageInfo: { endCursor, hasNextPage: items.length > size || moreInTable },
  };
}

/**
 * Every item of a partition (with a sort-key prefix), in key order: a record's parts, whose counts its own limits bound
 * (a meeting's attendance, a round's replies, a document's versions). The table's partitions are read consistently (an
 * index cannot be). At most `limit` items; more than `maxReads` requests means the bound was broken: an error.
 */
export async function readPartition(
  client: DynamoDBDocumentClient,
  tableName: string,
  partition: Partition,
  options: { prefix?: string; limit?: number; maxReads?: number } = {},
): Promise<Record<string, unknown>[]> {
  const { prefix, limit, maxReads = 20 } = options; // 20 reads of up to 1 MB each
  const { pk, sk } = indexKeyNames(partition.index);
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  for (let read = 0; read < maxReads; read++) {
    const result = await client.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: partition.index,
        KeyConditionExpression: prefix === undefined ? '#pk = :pk' : '#pk = :pk AND begins_with(#sk, :prefix)',
        ExpressionAttributeNames: prefix === undefined ? { '#pk': pk } : { '#pk': pk, '#sk': sk },
        ExpressionAttributeValues: prefix === undefined ? { ':pk': partition.partitionValue } : { ':pk': partition.partitionValue, ':prefix': prefix },
        ConsistentRead: partition.index === undefined,
        Limit: limit === undefined ? undefined : limit - items.length,
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...((result.Items ?? []) as Record<string, unknown>[]));
    startKey = result.LastEvaluatedKey;
    if (!startKey || (limit !== undefined && items.length >= limit)) return items;
  }
  throw new Error(`readPartition: ${partition.partitionValue} ${prefix ?? ''} holds more than ${maxReads} reads`);
}
