import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit';

describe('local anonymous rate limit (token bucket per client)', () => {
  it('lets a burst through, then refuses with Retry-After until tokens refill at the rate', () => {
    let now = 0;
    const limiter = createRateLimiter({ perMinute: 60, burst: 30, now: () => now });
    for (let i = 0; i < 30; i++) expect(limiter.take('1.2.3.4')).toEqual({ allowed: true });
    expect(limiter.take('1.2.3.4')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    // Another client has its own bucket.
    expect(limiter.take('5.6.7.8')).toEqual({ allowed: true });
    now += 1000; // one token back
    expect(limiter.take('1.2.3.4')).toEqual({ allowed: true });
    expect(limiter.take('1.2.3.4').allowed).toBe(false);
    now += 10_000;
    for (let i = 0; i < 10; i++) expect(limiter.take('1.2.3.4').allowed).toBe(true);
    expect(limiter.take('1.2.3.4').allowed).toBe(false);
    // Idle long enough, the bucket is full again, never more than the burst.
    now += 3_600_000;
    let allowed = 0;
    while (limiter.take('1.2.3.4').allowed) allowed++;
    expect(allowed).toBe(30);
  });

  it('Retry-After says when the next token comes, at slow rates too', () => {
    let now = 0;
    const limiter = createRateLimiter({ perMinute: 2, burst: 1, now: () => now });
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 30 });
    now += 29_000;
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    now += 1000;
    expect(limiter.take('a').allowed).toBe(true);
  });

  it('remembers at most maxClients, forgetting the idlest', () => {
    const limiter = createRateLimiter({ perMinute: 1, burst: 1, now: () => 0, maxClients: 2 });
    limiter.take('a');
    limiter.take('b');
    limiter.take('c'); // forgets a
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('c').allowed).toBe(false);
  });

  it('refuses nonsense settings', () => {
    expect(() => createRateLimiter({ perMinute: 0 })).toThrow();
    expect(() => createRateLimiter({ burst: 0 })).toThrow();
  });
});
