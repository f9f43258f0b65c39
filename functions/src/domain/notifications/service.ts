import { z } from 'zod';
import { allows, authorize } from '../../auth/policy';
import type { Principal, RegionPrincipal } from '../../auth/principal';
import { meetingNotices, viewerUnitId, type LoadMember } from '../meetings/attendance-service';
import type { Meeting } from '../meetings/meeting';
import { reminderOffsets } from '../meetings/service';
import type { Ports } from '../ports';
import { parseInput } from '../validation';
import { isRead, meetingNotifications, type Notification } from './notification';
import { markOutboxRead, type OutboxReader } from './outbox-service';
import { notificationPolicy } from './policy';

/** The bell looks back this far (meetings starting from then on) … */
const LOOK_BACK_MS = 30 * 86_400_000;
/** … over at most this many of the unit's noticed meetings (earliest first). */
const MAX_MEETINGS = 50;

export interface NotificationFeed {
  items: (Notification & { read: boolean })[];
  unreadCount: number;
}

interface Bell {
  all: (Notification & { read: boolean })[];
  meetings: Map<string, Meeting>;
  /** Who the caller is in the outbox (null when its unit is not known: then no outbox entry is its). */
  reader: OutboxReader | null;
}

/** Everything the caller's bell holds (not only the first page), with the meetings behind it. */
async function bell(principal: Principal, ports: Ports, loadMember?: LoadMember): Promise<Bell | null> {
  if (!allows(principal, notificationPolicy.own) || !principal.regionId) return null;
  const now = ports.now();
  const load = loadMember ?? ((id: string) => ports.members.get(principal.regionId!, id));
  const [meetings, offsets, state, unitId] = await Promise.all([
    meetingNotices(principal, { from: new Date(now.getTime() - LOOK_BACK_MS).toISOString(), first: MAX_MEETINGS }, ports, load),
    reminderOffsets(principal.regionId, ports),
    ports.notificationReads.readState(principal.regionId, principal.userId),
    viewerUnitId(principal, load),
  ]);
  if (!meetings) return null;
  const all = meetings.edges
    .flatMap((e) => meetingNotifications(e.node, offsets, now))
    .sort((a, b) => (a.dueAt < b.dueAt ? 1 : a.dueAt > b.dueAt ? -1 : 0))
    .map((n) => ({ ...n, read: isRead(n, state) }));
  return {
    all,
    meetings: new Map(meetings.edges.map((e) => [e.node.id, e.node])),
    reader: unitId ? { unitId, memberId: principal.memberId ?? null } : null,
  };
}

const feedOf = (all: Bell['all'], first?: number | null): NotificationFeed => ({
  items: all.slice(0, Math.min(Math.max(first ?? 20, 1), 100)),
  unreadCount: all.filter((n) => !n.read).length,
});

/**
 * A liaison's or member's in-app notices, newest first: its unit's meeting notices, the reminders due by the region's
 * offsets, postponements and cancellations. Null for callers without a unit (the secretariat has no bell).
 */
export async function notificationFeed(principal: Principal, first: number | null | undefined, ports: Ports, loadMember?: LoadMember): Promise<NotificationFeed | null> {
  const found = await bell(principal, ports, loadMember);
  return found && feedOf(found.all, first);
}

/**
 * The outbox entries of the reminders the caller reads now (those it had not read before) get their `readAt`
 * (outbox-service.ts markOutboxRead): bounded by the bell's window, as the bell itself.
 */
async function markOutbox(caller: RegionPrincipal, found: Bell, read: Bell['all'], ports: Ports): Promise<void> {
  if (!found.reader) return;
  const unread = read.flatMap((n) => {
    const meeting = found.meetings.get(n.meetingId);
    return !n.read && meeting ? [{ notification: n, meeting }] : [];
  });
  await markOutboxRead(caller.regionId, found.reader, unread, ports.now().toISOString(), ports);
}

const markInput = z.object({
  ids: z.array(z.string().min(1, '通知编号无效').max(200, '通知编号无效'), { invalid_type_error: 'ids 须为列表' }).min(1, '请选择通知').max(100, '一次最多 100 条'),
});

/** Marks notices read (idempotent); answers the feed as it is now. */
export async function markNotificationsRead(principal: Principal, ids: unknown, ports: Ports, loadMember?: LoadMember): Promise<NotificationFeed | null> {
  const data = parseInput(markInput, { ids });
  const caller = authorize(principal, notificationPolicy.own);
  const before = await bell(principal, ports, loadMember);
  await ports.notificationReads.markRead(caller.regionId, caller.userId, data.ids);
  if (!before) return null;
  const marked = new Set(data.ids);
  await markOutbox(caller, before, before.all.filter((n) => marked.has(n.id)), ports);
  return feedOf(before.all.map((n) => (marked.has(n.id) ? { ...n, read: true } : n)));
}

/** 全部已读: everything due until now. */
export async function markAllNotificationsRead(principal: Principal, ports: Ports, loadMember?: LoadMember): Promise<NotificationFeed | null> {
  const caller = authorize(principal, notificationPolicy.own);
  const now = ports.now().toISOString();
  const before = await bell(principal, ports, loadMember);
  await ports.notificationReads.markAllRead(caller.regionId, caller.userId, now);
  if (!before) return null;
  await markOutbox(caller, before, before.all, ports);
  return feedOf(before.all.map((n) => (n.dueAt <= now ? { ...n, read: true } : n)));
}
