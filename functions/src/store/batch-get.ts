import { BatchGetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { PrimaryKey } from './keys';

const BATCH_LIMIT = 100;
const MAX_ROUNDS = 5;

/** BatchGetItem in chunks of 100, retrying unprocessed keys; results keyed by `pk|sk`. */
export async function batchGet(
  client: DynamoDBDocumentClient,
  tableName: string,
  keys: PrimaryKey[],
): Promise<Map<string, Record<string, unknown>>> {
  const found = new Map<string, Record<string, unknown>>();
  const unique = [...new Map(keys.map((k) => [keyId(k), k])).values()];
  for (let start = 0; start < unique.length; start += BATCH_LIMIT) {
    let pending: PrimaryKey[] = unique.slice(start, start + BATCH_LIMIT);
    for (let round = 0; pending.length > 0; round++) {
      if (round === MAX_ROUNDS) throw new Error(`BatchGetItem left ${pending.length} keys unprocessed`);
      if (round > 0) await new Promise((r) => setTimeout(r, 25 * 2 ** round));
      // Consistent: callers check counters read here against write conditions.
      const result = await client.send(new BatchGetCommand({ RequestItems: { [tableName]: { Keys: pending, ConsistentRead: true } } }));
      for (const item of result.Responses?.[tableName] ?? []) found.set(keyId(item as PrimaryKey), item);
      pending = (result.UnprocessedKeys?.[tableName]?.Keys ?? []) as PrimaryKey[];
    }
  }
  return found;
}

export const keyId = (key: PrimaryKey): string => `${key.pk}|${key.sk}`;

/** Items by key in the order asked (null where absent), decoded: what a per-request loader wants. */
export async function getInOrder<T>(
  client: DynamoDBDocumentClient,
  tableName: string,
  keys: PrimaryKey[],
  decode: (item: Record<string, unknown>) => T,
): Promise<(T | null)[]> {
  const found = await batchGet(client, tableName, keys);
  return keys.map((k) => {
    const item = found.get(keyId(k));
    return item ? decode(item) : null;
  });
}
