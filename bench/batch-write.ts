import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

const BATCH = 25;
const MAX_ROUNDS = 8;

/** BatchWriteItem in batches of 25, `concurrency` in flight, retrying UnprocessedItems with backoff. */
export async function batchWrite(
  client: DynamoDBDocumentClient,
  tableName: string,
  items: Record<string, unknown>[],
  concurrency: number,
  progress?: (done: number) => void,
): Promise<void> {
  const batches: Record<string, unknown>[][] = [];
  for (let i = 0; i < items.length; i += BATCH) batches.push(items.slice(i, i + BATCH));
  let done = 0;
  let reported = 0;
  await inBatches(batches, concurrency, async (batch) => {
    let pending = batch.map((Item) => ({ PutRequest: { Item } }));
    for (let round = 0; pending.length > 0; round++) {
      if (round === MAX_ROUNDS) throw new Error(`bench: BatchWriteItem left ${pending.length} items unprocessed`);
      if (round > 0) await new Promise((r) => setTimeout(r, 25 * 2 ** round));
      const result = await client.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
      pending = (result.UnprocessedItems?.[tableName] ?? []) as typeof pending;
    }
    done += batch.length;
    if (done - reported >= 20_000) (reported = done), progress?.(done);
  });
}

/** Runs `work` over `items` with at most `concurrency` at a time. */
export async function inBatches<T>(items: T[], concurrency: number, work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}
