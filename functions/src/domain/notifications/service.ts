import { z } from 'zod';
import { allows, authorize } from '../../auth/policy';
import type { Principal } from '../../auth/principal';
import { meetingNotices, type LoadMember } from '../meetings/attendance-service';
import { reminderOffsets } from '../meetings/service';
import type { Ports } from '../ports';
import { parseInput } from '../validation';
import { isRead, meetingNotifications, type Notification } from './notification';
import { notificationPolicy } from './policy';

/** The bell looks back this far (meetings starting from then on) … */
const LOOK_BACK_MS = 30 * 86_400_000;
/** … over at most this many of the unit's noticed meetings (earliest first). */
const MAX_MEETINGS = 50;

export interface NotificationFeed {
  items: (Notification & { read: boolean })[];
  unreadCount: number;
}

/**
 * A liaison's or member's in-app notices, newest first: its unit's meeting notices, the reminders due by the region's
 * offsets, postponements and cancellations. Null for callers without a unit (the secretariat has no bell).
 */
export async function notificationFeed(principal: Principal, first: number | null | undefined, ports: Ports, loadMember?: LoadMember): Promise<NotificationFeed | null> {
  if (!allows(principal, notificationPolicy.own) || !principal.regionId) return null;
  const now = ports.now();
  const [meetings, offsets, state] = await Promise.all([
    meetingNotices(principal, { from: new Date(now.getTime() - LOOK_BACK_MS).toISOString(), first: MAX_MEETINGS }, ports, loadMember),
    reminderOffsets(principal.regionId, ports),
    ports.notificationReads.readState(principal.regionId, principal.userId),
  ]);
  if (!meetings) return null;
  const all = meetings.edges
    .flatMap((e) => meetingNotifications(e.node, offsets, now))
    .sort((a, b) => (a.dueAt < b.dueAt ? 1 : a.dueAt > b.dueAt ? -1 : 0))
    .map((n) => ({ ...n, read: isRead(n, state) }));
  return { items: all.slice(0, Math.min(Math.max(first ?? 20, 1), 100)), unreadCount: all.filter((n) => !n.read).length };
}

const markInput = z.object({
  ids: z.array(z.string().min(1, '通知编号无效').max(200, '通知编号无效'), { invalid_type_error: 'ids 须为列表' }).min(1, '请选择通知').max(100, '一次最多 100 条'),
});

/** Marks notices read (idempotent); answers the feed as it is now. */
export async function markNotificationsRead(principal: Principal, ids: unknown, ports: Ports, loadMember?: LoadMember): Promise<NotificationFeed | null> {
  const data = parseInput(markInput, { ids });
  const caller = authorize(principal, notificationPolicy.own);
  await ports.notificationReads.markRead(caller.regionId, caller.userId, data.ids);
  return notificationFeed(principal, undefined, ports, loadMember);
}

/** 全部已读: everything due until now. */
export async function markAllNotificationsRead(principal: Principal, ports: Ports, loadMember?: LoadMember): Promise<NotificationFeed | null> {
  const caller = authorize(principal, notificationPolicy.own);
  await ports.notificationReads.markAllRead(caller.regionId, caller.userId, ports.now().toISOString());
  return notificationFeed(principal, undefined, ports, loadMember);
}
