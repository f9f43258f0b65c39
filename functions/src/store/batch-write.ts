import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { keyId } from './batch-get';
import type { PrimaryKey } from './keys';

const BATCH_LIMIT = 25;
const MAX_ROUNDS = 5;

/**
 * Deletes items by key with BatchWriteItem, 25 at a time, retrying unprocessed keys (with backoff). Unconditional:
 * for items nothing else refers to (a handout's entries); an absent key is no error.
 */
export async function batchDelete(client: DynamoDBDocumentClient, tableName: string, keys: readonly PrimaryKey[]): Promise<void> {
  const unique = [...new Map(keys.map((k) => [keyId(k), { pk: k.pk, sk: k.sk }])).values()];
  for (let start = 0; start < unique.length; start += BATCH_LIMIT) {
    let pending = unique.slice(start, start + BATCH_LIMIT).map((Key) => ({ DeleteRequest: { Key } }));
    for (let round = 0; pending.length > 0; round++) {
      if (round === MAX_ROUNDS) throw new Error(`BatchWriteItem left ${pending.length} deletes unprocessed`);
      if (round > 0) await new Promise((r) => setTimeout(r, 25 * 2 ** round));
      const result = await client.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
      pending = (result.UnprocessedItems?.[tableName] ?? []) as typeof pending;
    }
  }
}
