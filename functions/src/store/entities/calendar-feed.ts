/**
 * Calendar feed (日历订阅): a person's secret feed URL, kept as the secret's SHA-256 only.
 *
 * | item                | pk                          | sk         |
 * |---------------------|-----------------------------|------------|
 * | feed (by secret)    | CALFEED#{sha-256 hex}       | #CALFEED   |
 * | owner (by person)   | R#{r}#CALFEED#{user id}     | #CALFEED   |
 *
 * The feed's own key is global, not region-first (keys.ts): a fetch carries only the secret, and its hash is the
 * key. The owner item (one per person) names the current hash: a new feed replaces it and deletes the old feed
 * item in one transaction, so one person has one live feed. No index: nothing lists feeds.
 */
import type { CalendarFeed } from '../../domain/calendar-feeds/feed';
import { pickFields } from '../item-fields';
import { regionKeyPrefix, type PrimaryKey } from '../keys';

export const CALENDAR_FEED_TYPE = 'CALENDAR_FEED';
export const CALENDAR_FEED_OWNER_TYPE = 'CALENDAR_FEED_OWNER';

/** The partition-key prefix of every feed item: outside every region (keys.ts). */
export const CALENDAR_FEED_PREFIX = 'CALFEED#';

export const calendarFeedKey = (secretHash: string): PrimaryKey => ({ pk: `${CALENDAR_FEED_PREFIX}${secretHash}`, sk: '#CALFEED' });

export const calendarFeedOwnerKey = (regionId: string, userId: string): PrimaryKey => ({ pk: `${regionKeyPrefix(regionId)}CALFEED#${userId}`, sk: '#CALFEED' });

const FIELDS = [
  'regionId', 'userId', 'username', 'role', 'unitId', 'memberId', 'origin', 'secretHash', 'createdAt', 'lastUsedAt',
] as const satisfies readonly (keyof CalendarFeed)[];

export function calendarFeedToItem(feed: CalendarFeed): Record<string, unknown> {
  return {
    ...calendarFeedKey(feed.secretHash),
    type: CALENDAR_FEED_TYPE,
    ...pickFields<CalendarFeed>(feed as unknown as Record<string, unknown>, FIELDS),
    version: 1,
    updatedAt: feed.createdAt,
  };
}

export function calendarFeedFromItem(item: Record<string, unknown>): CalendarFeed {
  const feed = pickFields<CalendarFeed>(item, FIELDS);
  feed.username ??= null;
  feed.unitId ??= null;
  feed.memberId ??= null;
  feed.origin ??= null;
  feed.lastUsedAt ??= null;
  return feed;
}

/** The person's owner item: which hash is its live feed. */
export function calendarFeedOwnerToItem(feed: CalendarFeed): Record<string, unknown> {
  return {
    ...calendarFeedOwnerKey(feed.regionId, feed.userId),
    type: CALENDAR_FEED_OWNER_TYPE,
    regionId: feed.regionId,
    userId: feed.userId,
    secretHash: feed.secretHash,
    createdAt: feed.createdAt,
    updatedAt: feed.createdAt,
    version: 1,
  };
}
