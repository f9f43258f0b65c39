import type { Alongside } from '../alongside';
import type { CalendarFeed } from './feed';

/**
 * The calendar feeds: by the secret's hash (a fetch knows nothing else) and by person (one feed each: an owner item
 * names the current hash). Writes are one transaction with their audit entry. Refusals (write-refusals.ts):
 * - `replace`: StaleVersion(CalendarFeed) when the person's current feed is not `current` (null: none) any more;
 * - `revoke`: RecordMissing/StaleVersion(CalendarFeed) when `current` is no longer the person's feed.
 */
export interface CalendarFeedStore {
  /** The live feed whose secret hashes to this; null when unknown or revoked. */
  bySecretHash(secretHash: string): Promise<CalendarFeed | null>;
  /** The person's live feed in the region; null when it has none. */
  ofUser(regionId: string, userId: string): Promise<CalendarFeed | null>;
  /** Makes `next` the person's feed; `current` stops answering in the same transaction. */
  replace(current: CalendarFeed | null, next: CalendarFeed, alongside: Alongside): Promise<void>;
  revoke(current: CalendarFeed, alongside: Alongside): Promise<void>;
  /** Notes a fetch; a feed revoked meanwhile is left alone (no error). */
  markUsed(secretHash: string, at: string): Promise<void>;
}
