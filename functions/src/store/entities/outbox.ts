/**
 * The outbox (domain/notifications/outbox.ts): a meeting's sent reminders, one entry per invitee, beside the meeting
 * (not in its partition: the meeting's parts are read whole, the outbox in pages).
 *
 * | item                          | pk                          | sk                                                   |
 * |-------------------------------|-----------------------------|------------------------------------------------------|
 * | entry (a reminder to one)     | R#{r}#MEETING#{m}#OUTBOX    | E#{dueAt}#{notificationId}#{UNIT\|MEMBER}#{recipient} |
 * | a reminder recorded whole     | R#{r}#MEETING#{m}#OUTBOX    | DONE#{notificationId}                                |
 *
 * An entry's key is all the bell knows of a reminder (its id and due time) and the reader's unit or member: a read
 * sets `readAt` by key. A meeting's entries are one Query of the partition (`E#`, latest due first), bounded by its
 * invitees (≤ MAX_INVITED_UNITS + MAX_INVITED_MEMBERS per reminder) and the region's offsets. The completion marks
 * let the dispatcher skip a recorded reminder with one BatchGetItem for a page of meetings. No index: a sender of
 * SMS/WeChat (not built) would add a sparse one of the undelivered entries by channel.
 */
import type { OutboxEntry, OutboxEntryRef, OutboxReminderRef } from '../../domain/notifications/outbox';
import type { Partition, PrimaryKey } from '../keys';
import { regionRoot } from '../keys';

export const OUTBOX_ENTRY_TYPE = 'OUTBOX_ENTRY';
export const OUTBOX_RECORDED_TYPE = 'OUTBOX_RECORDED';
export const OUTBOX_ENTRY_PREFIX = 'E#';

const outboxPartitionValue = (regionId: string, meetingId: string) => `${regionRoot(regionId)}#MEETING#${meetingId}#OUTBOX`;
export const outboxPartition = (regionId: string, meetingId: string): Partition => ({ partitionValue: outboxPartitionValue(regionId, meetingId) });

export const outboxEntryKey = (regionId: string, ref: OutboxEntryRef): PrimaryKey => ({
  pk: outboxPartitionValue(regionId, ref.meetingId),
  sk: `${OUTBOX_ENTRY_PREFIX}${ref.dueAt}#${ref.notificationId}#${ref.recipient.kind}#${ref.recipient.id}`,
});

export const outboxRecordedKey = (regionId: string, ref: OutboxReminderRef): PrimaryKey => ({
  pk: outboxPartitionValue(regionId, ref.meetingId),
  sk: `DONE#${ref.notificationId}`,
});

/** `readAt` is absent until the first read (a read's condition is `attribute_not_exists(readAt)`). */
export const outboxEntryToItem = (entry: OutboxEntry) => {
  const { recipient, readAt, ...rest } = entry;
  return {
    ...outboxEntryKey(entry.regionId, entry), type: OUTBOX_ENTRY_TYPE, ...rest, recipientKind: recipient.kind, recipientId: recipient.id, ...(readAt ? { readAt } : {}),
  };
};

export const outboxEntryFromItem = (item: Record<string, unknown>): OutboxEntry => ({
  regionId: item.regionId as string,
  meetingId: item.meetingId as string,
  notificationId: item.notificationId as string,
  kind: item.kind as OutboxEntry['kind'],
  offsetMinutes: Number(item.offsetMinutes),
  recipient: { kind: item.recipientKind as OutboxEntry['recipient']['kind'], id: item.recipientId as string },
  channel: item.channel as OutboxEntry['channel'],
  dueAt: item.dueAt as string,
  sentAt: item.sentAt as string,
  readAt: (item.readAt as string | undefined) ?? null,
});
