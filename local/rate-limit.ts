/**
 * The local stand-in for the WAF's anonymous rate rule (infra/lib/web-acl.ts): a token bucket per client (IP) —
 * `burst` requests at once, refilled at `perMinute` a minute. In AWS the WAF counts over 5 minutes per IP; here a
 * bucket answers at once and tells the client when to come back (Retry-After).
 */
export interface RateLimitOptions {
  /** Requests a minute a client may keep making. @default 60 */
  perMinute?: number;
  /** Requests a client may make at once (the bucket's size). @default 30 */
  burst?: number;
  /** The clock, in milliseconds. @default Date.now */
  now?: () => number;
  /** Clients remembered at most: the idlest are forgotten first (a full bucket is forgotten anyway). @default 10000 */
  maxClients?: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  take(client: string): RateDecision;
}

export const DEFAULT_ANONYMOUS_LIMIT = { perMinute: 60, burst: 30 } as const;

export function createRateLimiter(options: RateLimitOptions = {}): RateLimiter {
  const perMinute = options.perMinute ?? DEFAULT_ANONYMOUS_LIMIT.perMinute;
  const burst = options.burst ?? DEFAULT_ANONYMOUS_LIMIT.burst;
  const now = options.now ?? Date.now;
  const maxClients = options.maxClients ?? 10_000;
  if (!(perMinute > 0) || !(burst >= 1)) throw new Error(`rate limit: perMinute > 0 and burst >= 1 expected, received ${perMinute}, ${burst}`);
  const perMs = perMinute / 60_000;
  // Insertion order is the order of last use (a taken bucket is re-inserted): the first entries are the idlest.
  const buckets = new Map<string, { tokens: number; at: number }>();

  return {
    take(client) {
      const at = now();
      const bucket = buckets.get(client) ?? { tokens: burst, at };
      buckets.delete(client);
      bucket.tokens = Math.min(burst, bucket.tokens + Math.max(0, at - bucket.at) * perMs);
      bucket.at = at;
      let decision: RateDecision;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        decision = { allowed: true };
      } else {
        decision = { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) };
      }
      buckets.set(client, bucket);
      while (buckets.size > maxClients) buckets.delete(buckets.keys().next().value!);
      return decision;
    },
  };
}
