import { PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { OutboxEntry, OutboxEntryRef, OutboxReminderRef } from '../domain/notifications/outbox';
import { reminderRefKey } from '../domain/notifications/outbox';
import type { OutboxStore } from '../domain/notifications/ports';
import type { Page, PageRequest } from '../domain/paging';
import { batchGet, keyId } from './batch-get';
import { OUTBOX_ENTRY_PREFIX, OUTBOX_RECORDED_TYPE, outboxEntryFromItem, outboxEntryKey, outboxEntryToItem, outboxPartition, outboxRecordedKey } from './entities/outbox';
import { regionKeyPrefix } from './keys';
import { queryPage } from './query-page';

/** Conditional writes in flight at once: a reminder to 300 invitees is 12 rounds, not 300 or one burst. */
const WRITES_IN_FLIGHT = 25;

const conditionFailed = (error: unknown) => (error as Error).name === 'ConditionalCheckFailedException';

/** Runs `write` for each item, WRITES_IN_FLIGHT at a time. */
async function inRounds<T>(items: readonly T[], write: (item: T) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += WRITES_IN_FLIGHT) await Promise.all(items.slice(start, start + WRITES_IN_FLIGHT).map(write));
}

/** The outbox (domain/notifications/ports.ts OutboxStore; keys in entities/outbox.ts). */
export class OutboxRepository implements OutboxStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async recorded(regionId: string, refs: readonly OutboxReminderRef[]): Promise<Set<string>> {
    const keys = refs.map((ref) => outboxRecordedKey(regionId, ref));
    const found = await batchGet(this.client, this.tableName, keys);
    return new Set(refs.filter((_, i) => found.has(keyId(keys[i]!))).map(reminderRefKey));
  }

  async record(regionId: string, reminder: OutboxReminderRef, entries: readonly OutboxEntry[]): Promise<number> {
    let added = 0;
    // A put per entry where none is: two runs at once (or a run after an interrupted one) record each entry once,
    // and the first `sentAt` (and any `readAt` since) stays. A transaction would fail whole on the first entry taken.
    await inRounds(entries, async (entry) => {
      if (entry.meetingId !== reminder.meetingId || entry.notificationId !== reminder.notificationId) throw new Error('record: entries of another reminder');
      try {
        await this.client.send(new PutCommand({ TableName: this.tableName, Item: outboxEntryToItem(entry), ConditionExpression: 'attribute_not_exists(pk)' }));
        added += 1;
      } catch (error) {
        if (!conditionFailed(error)) throw error;
      }
    });
    // Marked only once every entry is in: an interrupted run leaves it unmarked, and the next completes the reminder.
    await this.client.send(new PutCommand({ TableName: this.tableName, Item: { ...outboxRecordedKey(regionId, reminder), type: OUTBOX_RECORDED_TYPE, ...reminder } }));
    return added;
  }

  list(regionId: string, meetingId: string, page: PageRequest): Promise<Page<OutboxEntry>> {
    return queryPage(
      this.client,
      { tableName: this.tableName, partition: outboxPartition(regionId, meetingId), sortKeyPrefix: OUTBOX_ENTRY_PREFIX, page, newestFirst: true, regionKeyPrefix: regionKeyPrefix(regionId) },
      outboxEntryFromItem,
    );
  }

  async markRead(regionId: string, refs: readonly OutboxEntryRef[], at: string): Promise<void> {
    await inRounds(refs, async (ref) => {
      try {
        await this.client.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: outboxEntryKey(regionId, ref),
            UpdateExpression: 'SET readAt = :at',
            // Only an entry that was sent (never creates one), and only the first read.
            ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(readAt)',
            ExpressionAttributeValues: { ':at': at },
          }),
        );
      } catch (error) {
        if (!conditionFailed(error)) throw error;
      }
    });
  }
}
