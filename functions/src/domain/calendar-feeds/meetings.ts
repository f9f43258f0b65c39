import type { Principal } from '../../auth/principal';
import { meetingNotices } from '../meetings/attendance-service';
import type { Meeting } from '../meetings/meeting';
import { listMeetings } from '../meetings/service';
import type { Page } from '../paging';
import type { Ports } from '../ports';
import { FEED_DAYS_BACK, MAX_FEED_MEETINGS, type CalendarFeed } from './feed';

/**
 * A feed's meetings, read as its person reads them in the admin, through the same use cases and their paged,
 * keyed reads (no Scan): the secretariat's `meetings` list (the region's, every status) and a liaison's or member's
 * `viewer.meetingNotices` (its unit's noticed meetings, cancelled and postponed ones too). From FEED_DAYS_BACK days
 * ago on, by start time, at most MAX_FEED_MEETINGS.
 */
export async function feedMeetings(feed: CalendarFeed, ports: Ports): Promise<Meeting[]> {
  const principal = feedPrincipal(feed);
  const from = new Date(ports.now().getTime() - FEED_DAYS_BACK * 86_400_000).toISOString();
  const read = (after: string | null): Promise<Page<Meeting> | null> =>
    feed.role === 'REGION_ADMIN'
      ? listMeetings(principal, { first: 100, after, filter: { from } }, ports)
      : meetingNotices(principal, { first: 100, after, from }, ports);
  const meetings: Meeting[] = [];
  let after: string | null = null;
  while (meetings.length < MAX_FEED_MEETINGS) {
    const page: Page<Meeting> | null = await read(after);
    if (!page) break;
    meetings.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
    after = page.pageInfo.endCursor;
  }
  return meetings.slice(0, MAX_FEED_MEETINGS);
}

/** The feed's person as the use cases know it (no display name: nothing is written as it). */
const feedPrincipal = (feed: CalendarFeed): Principal => ({
  userId: feed.userId,
  ...(feed.username ? { username: feed.username } : {}),
  displayName: '日历订阅',
  regionId: feed.regionId,
  roles: [feed.role],
  ...(feed.unitId ? { unitId: feed.unitId } : {}),
  ...(feed.memberId ? { memberId: feed.memberId } : {}),
});

/**
 * The meeting's page in the admin for the feed's person: the secretariat's meeting page, a liaison's notice page;
 * a member has no page in the admin (nor does a feed made without a known origin): no link.
 */
export function meetingLink(feed: CalendarFeed, meetingId: string): string | undefined {
  if (!feed.origin) return undefined;
  if (feed.role === 'REGION_ADMIN') return `${feed.origin}/meetings/${encodeURIComponent(meetingId)}`;
  if (feed.role === 'UNIT_LIAISON') return `${feed.origin}/notices/${encodeURIComponent(meetingId)}`;
  return undefined;
}
