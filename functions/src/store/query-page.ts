import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { badInput } from '../domain/errors';
import { decodeCursor, encodeCursor, type CursorKey } from './cursor';
import type { IndexName } from './table-definition';

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

export interface PageQuery {
  tableName: string;
  /** Base table when absent. */
  index?: IndexName;
  partitionValue: string;
  /** begins_with on the sort key (name prefix, item type prefix). */
  sortKeyPrefix?: string;
  /** Conditions on non-key attributes, for filters no index serves. */
  filter?: { expression: string; names: Record<string, string>; values: Record<string, unknown> };
  size: number;
  after?: string | null;
  newestFirst?: boolean;
  /** Every key of this region starts with it: cursors are checked against it. */
  regionKeyPrefix: string;
}

/** Requests per page when a residual filter drops items: bounds the work of one page. */
const MAX_REQUESTS_PER_PAGE = 4;

/**
 * One page of a Query. Cursors are built from the last item *returned* (not LastEvaluatedKey), so a
 * page can read ahead and cut at `size` without skipping items. A filtered page may read up to
 * MAX_REQUESTS_PER_PAGE times and then return fewer items with hasNextPage set.
 */
export async function queryPage<T>(
  client: DynamoDBDocumentClient,
  query: PageQuery,
  decode: (item: Record<string, unknown>) => T,
): Promise<Page<T>> {
  const pkName = query.index ? `${query.index}pk` : 'pk';
  const skName = query.index ? `${query.index}sk` : 'sk';
  const keyAttributes = query.index ? ['pk', 'sk', pkName, skName] : ['pk', 'sk'];
  let startKey: CursorKey | undefined = query.after
    ? decodeCursor(query.after, {
        attributes: keyAttributes,
        fixed: { [pkName]: query.partitionValue },
        keyPrefix: query.regionKeyPrefix,
      })
    : undefined;
  // A cursor from another filter would silently restart the list: say so instead.
  if (startKey && query.sortKeyPrefix && !startKey[skName]?.startsWith(query.sortKeyPrefix)) {
    throw badInput('after', '分页游标与当前筛选条件不符，请从第一页重新查询');
  }

  const names: Record<string, string> = { '#pk': pkName, ...(query.filter?.names ?? {}) };
  const values: Record<string, unknown> = { ':pk': query.partitionValue, ...(query.filter?.values ?? {}) };
  let keyCondition = '#pk = :pk';
  if (query.sortKeyPrefix) {
    names['#sk'] = skName;
    values[':skPrefix'] = query.sortKeyPrefix;
    keyCondition += ' AND begins_with(#sk, :skPrefix)';
  }

  const items: Record<string, unknown>[] = [];
  let moreInTable = false;
  // Read one past the page to know for sure whether another page exists.
  const wanted = query.size + 1;
  for (let request = 0; request < MAX_REQUESTS_PER_PAGE && items.length < wanted; request++) {
    const result = await client.send(
      new QueryCommand({
        TableName: query.tableName,
        IndexName: query.index,
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

  const pageItems = items.slice(0, query.size);
  const cursorOf = (item: Record<string, unknown>) =>
    encodeCursor(Object.fromEntries(keyAttributes.map((name) => [name, String(item[name])])));
  const edges = pageItems.map((item) => ({ cursor: cursorOf(item), node: decode(item) }));
  const last = pageItems.at(-1);
  // Filter reads that stopped at the request bound resume from where reading stopped.
  const endCursor = last ? cursorOf(last) : moreInTable && startKey ? encodeCursor(startKey) : null;
  return {
    edges,
    pageInfo: { endCursor, hasNextPage: items.length > query.size || moreInTable },
  };
}
