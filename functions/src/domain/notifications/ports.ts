import type { Page, PageRequest } from '../paging';
import type { ReadState } from './notification';
import type { OutboxEntry, OutboxEntryRef, OutboxReminderRef } from './outbox';

/**
 * Who read which in-app notices: one small record per person (not audited: reading changes no record of the alliance).
 * Marking is idempotent and never loses a concurrent mark (a set add, a later instant wins).
 */
export interface NotificationReadStore {
  readState(regionId: string, userId: string): Promise<ReadState>;
  markRead(regionId: string, userId: string, ids: readonly string[]): Promise<void>;
  markAllRead(regionId: string, userId: string, before: string): Promise<void>;
}

/**
 * The outbox (outbox.ts): a meeting's sent reminders, one entry per invitee, in the meeting's own outbox partition.
 * - `recorded`: which reminders are recorded whole (their completion mark), of the refs asked (≤ 100 per call):
 *   a set of reminderRefKey.
 * - `record`: puts each entry once (an entry already there — a concurrent or an interrupted run — stays as it was),
 *   then marks the reminder recorded whole; answers how many entries were new. Entries all of one reminder.
 * - `list`: a meeting's entries, latest reminder first.
 * - `markRead`: sets `readAt` on the entries that exist and are unread (the first read stays); others are left alone.
 */
export interface OutboxStore {
  recorded(regionId: string, refs: readonly OutboxReminderRef[]): Promise<Set<string>>;
  record(regionId: string, reminder: OutboxReminderRef, entries: readonly OutboxEntry[]): Promise<number>;
  list(regionId: string, meetingId: string, page: PageRequest): Promise<Page<OutboxEntry>>;
  markRead(regionId: string, refs: readonly OutboxEntryRef[], at: string): Promise<void>;
}
