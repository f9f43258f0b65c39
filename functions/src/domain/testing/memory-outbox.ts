import type { PageRequest, Page } from '../paging';
import { reminderRefKey, type OutboxEntry, type OutboxEntryRef, type OutboxReminderRef } from '../notifications/outbox';
import type { OutboxStore } from '../notifications/ports';
import { copy, keyOf, type MemoryState } from './memory-state';
import { pageOf } from './memory-paging';

/** Where an entry sorts in its meeting's outbox, as the store's sort key (store/entities/outbox.ts). */
const entrySortKey = (ref: OutboxEntryRef) => `${ref.dueAt}#${ref.notificationId}#${ref.recipient.kind}#${ref.recipient.id}`;

/** The outbox in memory, with the store's promises (store/outbox-repository.ts). */
export class MemoryOutboxStore implements OutboxStore {
  constructor(private readonly state: MemoryState) {}

  async recorded(regionId: string, refs: readonly OutboxReminderRef[]): Promise<Set<string>> {
    return new Set(refs.filter((ref) => this.state.outboxRecorded.has(keyOf(regionId, ref.meetingId, ref.notificationId))).map(reminderRefKey));
  }

  async record(regionId: string, reminder: OutboxReminderRef, entries: readonly OutboxEntry[]): Promise<number> {
    let added = 0;
    // One write per entry, as the store's conditional puts: a concurrent run (a write hook) may land in between.
    for (const entry of entries) {
      if (entry.meetingId !== reminder.meetingId || entry.notificationId !== reminder.notificationId) throw new Error('record: entries of another reminder');
      await this.state.write((w) => {
        const key = keyOf(regionId, entry.meetingId, entrySortKey(entry));
        if (this.state.outboxEntries.has(key)) return;
        w.then(() => {
          this.state.outboxEntries.set(key, copy(entry));
          added += 1;
        });
      });
    }
    this.state.outboxRecorded.add(keyOf(regionId, reminder.meetingId, reminder.notificationId));
    return added;
  }

  async list(regionId: string, meetingId: string, page: PageRequest): Promise<Page<OutboxEntry>> {
    const prefix = keyOf(regionId, meetingId, '').slice(0, -2);
    const entries = [...this.state.outboxEntries.entries()]
      .filter(([key]) => key.startsWith(prefix))
      .map(([, entry]) => ({ key: entrySortKey(entry), node: copy(entry) }));
    return pageOf(entries, page, { regionId, list: ['outbox', meetingId], order: 'descending' });
  }

  async markRead(regionId: string, refs: readonly OutboxEntryRef[], at: string): Promise<void> {
    for (const ref of refs) {
      await this.state.write((w) => {
        const entry = this.state.outboxEntries.get(keyOf(regionId, ref.meetingId, entrySortKey(ref)));
        if (entry && entry.readAt === null) w.then(() => (entry.readAt = at));
      });
    }
  }
}
