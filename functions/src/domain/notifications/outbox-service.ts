import { authorize } from '../../auth/policy';
import type { Principal } from '../../auth/principal';
import { notFound } from '../errors';
import { reminderOffsets } from '../meetings/service';
import { pageRequest, readPage, type Page } from '../paging';
import type { Ports } from '../ports';
import { forEachRegion } from '../regions/each-region';
import type { Notification } from './notification';
import { dueReminder, reminderEntries, reminderRefKey, type OutboxEntry, type OutboxEntryRef, type OutboxRecipient } from './outbox';
import { notificationPolicy } from './policy';

/** Meetings read per page by the dispatcher, and pages per run: a run looks at ≤ 200 meetings of a region. */
export const DISPATCH_PAGE_SIZE = 50;
export const DISPATCH_MAX_PAGES = 4;

export interface ReminderDispatch {
  regionId: string;
  /** Meetings looked at (noticed, starting within the largest offset). */
  meetings: number;
  /** Reminders recorded by this run (each for every invitee). */
  reminders: number;
  /** Entries recorded by this run (none that another run recorded first). */
  entries: number;
  /** False when more meetings were in the window than a run reads (the next run goes on from the same start). */
  complete: boolean;
  /** The all-regions run: why this region's run failed (the others ran; the next run retries it). */
  error?: string;
}

/**
 * Records the reminders due by `now` in the region's outbox: the noticed meetings starting from now until the largest
 * offset ahead (the status index, by start: one bounded Query per page), each meeting's latest due reminder (outbox.ts
 * dueReminder) not yet recorded, one entry per invitee with `sentAt = now`. Idempotent and safe to run twice at once:
 * an entry is put only where none is (a deterministic key), and a reminder recorded whole is skipped after one
 * batched read of the page's completion marks. A cancelled or postponed meeting is not NOTICED: it gets none; a
 * postponed one noticed again gets its new reminders (new ids: the notice's time is in them).
 */
export async function dispatchDueReminders(regionId: string, now: Date, ports: Ports): Promise<ReminderDispatch> {
  const result: ReminderDispatch = { regionId, meetings: 0, reminders: 0, entries: 0, complete: true };
  const offsets = await reminderOffsets(regionId, ports);
  if (offsets.length === 0) return result;
  const ahead = Math.max(...offsets) * 60_000;
  const filter = { kind: undefined, status: 'NOTICED' as const, from: now.toISOString(), to: new Date(now.getTime() + ahead).toISOString() };
  const sentAt = now.toISOString();
  let after: string | null = null;
  for (let page = 0; page < DISPATCH_MAX_PAGES; page++) {
    const { edges, pageInfo } = await ports.meetings.list(regionId, filter, { size: DISPATCH_PAGE_SIZE, after });
    result.meetings += edges.length;
    const due = edges.flatMap(({ node: meeting }) => {
      const reminder = dueReminder(meeting, offsets, now);
      return reminder ? [{ meeting, reminder }] : [];
    });
    const done = due.length ? await ports.outbox.recorded(regionId, due.map(({ meeting, reminder }) => ({ meetingId: meeting.id, notificationId: reminder.id }))) : new Set<string>();
    for (const { meeting, reminder } of due) {
      const ref = { meetingId: meeting.id, notificationId: reminder.id };
      if (done.has(reminderRefKey(ref))) continue;
      result.entries += await ports.outbox.record(regionId, ref, reminderEntries(meeting, reminder, sentAt));
      result.reminders += 1;
    }
    if (!pageInfo.hasNextPage) return result;
    after = pageInfo.endCursor;
  }
  result.complete = false;
  return result;
}

/**
 * Every region's due reminders (the scheduled job): regions page by page, one region after another. A suspended
 * region is skipped (its people cannot sign in to read a bell). A region whose run fails is reported with its error
 * and the others still run (a run is idempotent: the next one retries it); the caller logs the failures.
 */
export async function dispatchRemindersForAllRegions(now: Date, ports: Ports): Promise<ReminderDispatch[]> {
  const results: ReminderDispatch[] = [];
  await forEachRegion(ports, async (region) => {
    if (region.state !== 'ACTIVE') return;
    try {
      results.push(await dispatchDueReminders(region.id, now, ports));
    } catch (error) {
      results.push({ regionId: region.id, meetings: 0, reminders: 0, entries: 0, complete: false, error: error instanceof Error ? error.message : String(error) });
    }
  });
  return results;
}

/** 立即发送到期提醒: the region admin runs the dispatcher for its region now (locally, or as a manual retry). */
export async function dispatchDueRemindersNow(principal: Principal, ports: Ports): Promise<ReminderDispatch> {
  const caller = authorize(principal, notificationPolicy.dispatch);
  return dispatchDueReminders(caller.regionId, ports.now(), ports);
}

/** 提醒发送记录: a meeting's outbox, latest reminder first (the secretariat). */
export async function meetingOutbox(principal: Principal, meetingId: string, args: { first?: number | null; after?: string | null }, ports: Ports): Promise<Page<OutboxEntry>> {
  const caller = authorize(principal, notificationPolicy.outbox);
  const request = pageRequest(args);
  const meeting = await ports.meetings.get(caller.regionId, meetingId);
  if (!meeting) throw notFound('会议', meetingId);
  return readPage(ports.outbox.list(caller.regionId, meeting.id, request));
}

/** Who a caller of the bell is in the outbox: its unit (a liaison, a member of it) and, for a member, itself. */
export interface OutboxReader {
  unitId: string;
  memberId: string | null;
}

/**
 * Marks the outbox entries of reminders a caller just read (bell.ts): the entry of its unit where the meeting invited
 * the unit, its own where the meeting invited it in person. Bounded by the bell: at most its window's reminders (≤ 50
 * meetings × MAX_REMINDER_OFFSETS), each unread by the caller before (a reminder is marked once per person), two
 * entries each. A reminder read before the dispatcher recorded it keeps its entry unread until another read.
 */
export async function markOutboxRead(regionId: string, reader: OutboxReader, read: readonly { notification: Notification; meeting: { invitedUnitIds: string[]; invitedMemberIds: string[] } }[], at: string, ports: Ports): Promise<void> {
  const refs: OutboxEntryRef[] = [];
  for (const { notification, meeting } of read) {
    if (notification.kind !== 'MEETING_REMINDER') continue;
    const recipients: OutboxRecipient[] = [
      ...(meeting.invitedUnitIds.includes(reader.unitId) ? [{ kind: 'UNIT' as const, id: reader.unitId }] : []),
      ...(reader.memberId && meeting.invitedMemberIds.includes(reader.memberId) ? [{ kind: 'MEMBER' as const, id: reader.memberId }] : []),
    ];
    for (const recipient of recipients) refs.push({ meetingId: notification.meetingId, dueAt: notification.dueAt, notificationId: notification.id, recipient });
  }
  if (refs.length) await ports.outbox.markRead(regionId, refs, at);
}
