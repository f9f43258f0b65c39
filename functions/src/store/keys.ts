/**
 * What every key of the single table shares. Each entity builds its own keys in its module under
 * store/entities/ (keys and item mapping together) and nowhere else; docs/data-model.md is the plan of
 * all of them. Every partition key starts with the region (tenant), `R#{region}#…`, so no key of one
 * region can address another's items. The exceptions, each a prefix no region key (R#…) can equal:
 * - the region item itself, `R#{r}` / `#REGION` (entities/region.ts);
 * - the lockout's sign-in attempts, `SIGNIN#…`, which come before any region is known (entities/sign-in-attempts.ts);
 * - accounts, `ACCOUNT#{username key}`: usernames are the pool's, one per deployment, and an account is read by
 *   username before its region is known; every list of accounts is an index partition of one region
 *   (entities/account.ts);
 * - partner clients, `PARTNERCLIENT#{client id}`: a token names its client id, and the pre-token trigger and the API's
 *   token verification read the client by it before any region is known; each region's list is the index partition
 *   gsi1 `R#{r}#PARTNERCLIENTS` (entities/partner-client.ts);
 * - calendar feeds, `CALFEED#{sha-256 of the secret}`: a feed fetch carries only its secret, before any region is
 *   known; each person's owner item is the region's `R#{r}#CALFEED#{user}` (entities/calendar-feed.ts);
 * - the platform's own items, `PLATFORM#…` (the region slug guards; the regions' list is gsi1 `PLATFORM#REGIONS`),
 *   which no region operation reads.
 * Lists of such items check their cursors against the index partition only (query-page.ts `globalTableKey`).
 */
import type { IndexName } from './table-definition';

export interface PrimaryKey {
  pk: string;
  sk: string;
}

/** The root of a region's keys (the region item's own partition). */
export const regionRoot = (regionId: string) => `R#${regionId}`;

/** The prefix every key of a region starts with; cursors are checked against it. */
export const regionKeyPrefix = (regionId: string) => `${regionRoot(regionId)}#`;

/** A partition of the table (no index) or of a GSI: where a list is read. */
export interface Partition {
  index?: IndexName;
  partitionValue: string;
}

/** The attribute names of an index's keys (the table's own without one). */
export const indexKeyNames = (index?: IndexName) => (index ? { pk: `${index}pk`, sk: `${index}sk` } : { pk: 'pk', sk: 'sk' });

/** The attributes that put an item into each of the given partitions, all sorted by `sortKey`. */
export function indexAttributes(partitions: readonly Partition[], sortKey: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const { index, partitionValue } of partitions) {
    if (!index) throw new Error('indexAttributes: a partition of an index expected');
    attributes[`${index}pk`] = partitionValue;
    attributes[`${index}sk`] = sortKey;
  }
  return attributes;
}
