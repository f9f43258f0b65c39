import { createHash, randomBytes } from 'node:crypto';
import type { AuditedRecord } from '../audit/audit';

/** Whose meetings a feed lists: fixed when it is made (a new role or unit needs a new feed). */
export type FeedRole = 'REGION_ADMIN' | 'UNIT_LIAISON' | 'MEMBER';

/**
 * A person's calendar subscription (日历订阅): a secret URL a calendar app fetches without signing in. Only the
 * secret's SHA-256 is kept; the secret itself is shown once, when the feed is made. One feed per person: making a
 * new one revokes the old.
 */
export interface CalendarFeed {
  regionId: string;
  /** The person (the token's subject): one feed each. */
  userId: string;
  /** The sign-in name, when the token had one: the account whose state the feed follows. */
  username: string | null;
  role: FeedRole;
  /** A liaison's unit. */
  unitId: string | null;
  /** A member's record (its unit is read from it on every fetch). */
  memberId: string | null;
  /** The admin site's origin when the feed was made: the events link back to it. Null when the request named none. */
  origin: string | null;
  /** Hex SHA-256 of the secret. */
  secretHash: string;
  createdAt: string;
  /** The last fetch, noted at most once per LAST_USED_EVERY_MS. */
  lastUsedAt: string | null;
}

/** The feed's path: `/calendar/{secret}.ics`. The Lambda routes it by this prefix (graphql/calendar-feed-route.ts). */
export const CALENDAR_FEED_PREFIX = '/calendar/';

/** 32 random bytes, base64url: 43 characters. */
const SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const newFeedSecret = (): string => randomBytes(32).toString('base64url');

export const feedSecretHash = (secret: string): string => createHash('sha256').update(secret, 'utf8').digest('hex');

export const feedPath = (secret: string): string => `${CALENDAR_FEED_PREFIX}${secret}.ics`;

/** The secret of a feed path; null for anything else (which is answered 404 like an unknown secret). */
export function parseFeedPath(path: string | undefined): string | null {
  if (!path?.startsWith(CALENDAR_FEED_PREFIX) || !path.endsWith('.ics')) return null;
  const secret = path.slice(CALENDAR_FEED_PREFIX.length, -'.ics'.length);
  return SECRET_PATTERN.test(secret) ? secret : null;
}

/** How far back a feed reaches, and how many meetings it lists at most (by start time, earliest first). */
export const FEED_DAYS_BACK = 30;
export const MAX_FEED_MEETINGS = 200;
/** A fetch is noted (lastUsedAt) at most this often: a calendar polling every few minutes costs no write each time. */
export const LAST_USED_EVERY_MS = 3_600_000;

/** A feed in the audit trail: who made or revoked it, when, its role — never the secret or its hash. */
export const CALENDAR_FEED_AUDIT: AuditedRecord = { type: 'CalendarFeed', ignoredFields: [], unitFields: ['unitId'] };
export const auditedFeed = (feed: CalendarFeed) => ({ role: feed.role, unitId: feed.unitId, createdAt: feed.createdAt });

/**
 * The site origin from a request: its Origin header (a browser's POST sends it), else the forwarded host. Only
 * `http(s)://host[:port]` is taken; anything else gives null (links are then left out).
 */
export function siteOrigin(headers: Record<string, string | undefined>): string | null {
  const origin = headers.origin;
  if (origin && ORIGIN_PATTERN.test(origin)) return origin;
  const host = headers['x-forwarded-host'] ?? headers.host;
  const proto = headers['x-forwarded-proto'] ?? 'https';
  const candidate = host ? `${proto}://${host}` : null;
  return candidate && ORIGIN_PATTERN.test(candidate) ? candidate : null;
}

const ORIGIN_PATTERN = /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/;
