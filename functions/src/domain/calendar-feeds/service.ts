import { authorize } from '../../auth/policy';
import type { Principal, RegionPrincipal } from '../../auth/principal';
import type { Account } from '../accounts/account';
import { recordChange } from '../audit/service';
import { conflict, forbidden } from '../errors';
import { meetingsCalendar } from '../meetings/calendar';
import type { Ports } from '../ports';
import { refusing } from '../write-refusals';
import {
  auditedFeed, CALENDAR_FEED_AUDIT, feedPath, feedSecretHash, LAST_USED_EVERY_MS, newFeedSecret, type CalendarFeed, type FeedRole,
} from './feed';
import { feedMeetings, meetingLink } from './meetings';
import { calendarFeedPolicy } from './policy';

/** What the caller reads of its feed: never the secret (nor its hash). */
export interface CalendarFeedView {
  role: FeedRole;
  createdAt: string;
  lastUsedAt: string | null;
}

export const feedView = (feed: CalendarFeed): CalendarFeedView => ({ role: feed.role, createdAt: feed.createdAt, lastUsedAt: feed.lastUsedAt });

/** The caller's feed, or null (calendarFeed). */
export async function calendarFeed(principal: Principal, ports: Ports): Promise<CalendarFeedView | null> {
  const caller = feedOwner(principal);
  const feed = await ports.calendarFeeds.ofUser(caller.regionId, caller.userId);
  return feed ? feedView(feed) : null;
}

/**
 * A new feed for the caller (createCalendarFeed): 32 random bytes, base64url, shown once in the URL; only its
 * SHA-256 is stored. The caller's earlier feed stops answering in the same transaction. `origin` is the admin site
 * the request came from (the URL and the events' links use it; null: the URL is a path).
 */
export async function createCalendarFeed(principal: Principal, ports: Ports, origin: string | null): Promise<{ feed: CalendarFeedView; url: string }> {
  const caller = feedOwner(principal);
  const current = await ports.calendarFeeds.ofUser(caller.regionId, caller.userId);
  const secret = newFeedSecret();
  const next: CalendarFeed = {
    regionId: caller.regionId,
    userId: caller.userId,
    username: caller.username ?? null,
    role: roleOf(caller),
    unitId: roleOf(caller) === 'UNIT_LIAISON' ? (caller.unitId ?? null) : null,
    memberId: roleOf(caller) === 'MEMBER' ? (caller.memberId ?? null) : null,
    origin,
    secretHash: feedSecretHash(secret),
    createdAt: ports.now().toISOString(),
    lastUsedAt: null,
  };
  const audit = recordChange(caller, ports, CALENDAR_FEED_AUDIT, {
    operation: 'createCalendarFeed', recordId: caller.userId, version: null, before: current && auditedFeed(current), after: auditedFeed(next),
  });
  await refusing(ports.calendarFeeds.replace(current, next, { audit }), () => conflict('订阅地址刚被另一次操作更换，请刷新后重试'));
  return { feed: feedView(next), url: `${origin ?? ''}${feedPath(secret)}` };
}

/** Stops the caller's feed (revokeCalendarFeed): true when there was one, false when there was none. */
export async function revokeCalendarFeed(principal: Principal, ports: Ports): Promise<boolean> {
  const caller = feedOwner(principal);
  const current = await ports.calendarFeeds.ofUser(caller.regionId, caller.userId);
  if (!current) return false;
  const audit = recordChange(caller, ports, CALENDAR_FEED_AUDIT, {
    operation: 'revokeCalendarFeed', recordId: caller.userId, version: null, before: auditedFeed(current), after: null,
  });
  await refusing(ports.calendarFeeds.revoke(current, { audit }), () => conflict('订阅地址刚被另一次操作更换，请刷新后重试'));
  return true;
}

/**
 * The calendar a secret opens (GET /calendar/{secret}.ics), or null — unknown, revoked, its region suspended, or its
 * account disabled or changed (another role, unit or member record: the feed was made for what it was). The
 * meetings are read as the person would read them (feeds/meetings.ts); the fetch is noted at most hourly.
 */
export async function feedCalendar(secret: string, ports: Ports): Promise<string | null> {
  const feed = await ports.calendarFeeds.bySecretHash(feedSecretHash(secret));
  if (!feed) return null;
  const [region, account] = await Promise.all([ports.regions.get(feed.regionId), feed.username ? ports.accounts.get(feed.username) : null]);
  if (!region || region.state !== 'ACTIVE' || (account && !accountStillFits(account, feed))) return null;
  const meetings = await feedMeetings(feed, ports);
  const now = ports.now();
  if (!feed.lastUsedAt || now.getTime() - Date.parse(feed.lastUsedAt) >= LAST_USED_EVERY_MS) {
    await ports.calendarFeeds.markUsed(feed.secretHash, now.toISOString());
  }
  return meetingsCalendar(meetings, {
    organizer: region.name,
    calendarName: `${region.name} 会议`,
    linkOf: (meeting) => meetingLink(feed, meeting.id),
  });
}

/** A person of a region, not in a platform admin's read-only visit (代管查看 changes nothing of its own there). */
function feedOwner(principal: Principal): RegionPrincipal {
  const caller = authorize(principal, calendarFeedPolicy.manageOwn);
  if (caller.acting) throw forbidden('代管查看时不能管理日历订阅');
  return caller;
}

/** The role a feed is made for: the most the person holds (a region admin's is the region's meetings). */
function roleOf(caller: RegionPrincipal): FeedRole {
  if (caller.roles.includes('REGION_ADMIN')) return 'REGION_ADMIN';
  if (caller.roles.includes('UNIT_LIAISON') && caller.unitId) return 'UNIT_LIAISON';
  return 'MEMBER';
}

const accountStillFits = (account: Account, feed: CalendarFeed) =>
  account.state === 'ACTIVE' &&
  account.regionId === feed.regionId &&
  account.role === feed.role &&
  (feed.role !== 'UNIT_LIAISON' || account.unitId === feed.unitId) &&
  (feed.role !== 'MEMBER' || account.memberId === feed.memberId);
