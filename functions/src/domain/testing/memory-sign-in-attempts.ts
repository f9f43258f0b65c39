import { NO_ATTEMPTS, type AttemptRecord } from '../../auth/lockout';
import type { SignInState } from '../accounts/account';
import { usernameKey } from '../accounts/username';

/** Uncleared attempts are forgotten this long after the last one (store/sign-in-attempt-repository.ts: KEEP_HOURS). */
const KEEP_MS = 24 * 3_600_000;

interface Kept {
  record: AttemptRecord;
  /** Epoch ms after which the record counts as no attempts. */
  forgetAt: number;
  lastSignInAt: string | null;
}

/**
 * The lockout's attempts in memory, with the promises of store/sign-in-attempt-repository.ts (`change`,
 * `reset`): the memory account store reads and clears them, and the local issuer counts in one when it is given
 * no table (an issuer of its own per test file: the demo usernames are shared by every file).
 */
export class MemorySignInAttempts {
  private readonly kept = new Map<string, Kept>();

  async change<D extends { next: AttemptRecord }>(username: string, now: number, decide: (record: AttemptRecord) => D): Promise<D> {
    const kept = this.kept.get(usernameKey(username));
    const decision = decide(kept && kept.forgetAt > now ? kept.record : NO_ATTEMPTS);
    this.kept.set(usernameKey(username), {
      record: { ...decision.next },
      forgetAt: Math.max(now, decision.next.lockedUntil) + KEEP_MS,
      lastSignInAt: kept?.lastSignInAt ?? null,
    });
    return decision;
  }

  async reset(username: string, now: number): Promise<void> {
    this.kept.set(usernameKey(username), { record: NO_ATTEMPTS, forgetAt: now + KEEP_MS, lastSignInAt: new Date(now).toISOString() });
  }

  /** What the accounts page shows of a username. */
  state(username: string, now: number): SignInState {
    const kept = this.kept.get(usernameKey(username));
    if (!kept) return { lastSignInAt: null, failedSignIns: 0, lockedUntil: null };
    const counted = kept.forgetAt > now ? kept.record : NO_ATTEMPTS;
    return {
      lastSignInAt: kept.lastSignInAt,
      failedSignIns: counted.failures,
      lockedUntil: counted.lockedUntil > now ? new Date(counted.lockedUntil).toISOString() : null,
    };
  }

  has(username: string): boolean {
    return this.kept.has(usernameKey(username));
  }

  /** unlockAccount: no failures, no lock; the last sign-in stays. */
  clear(username: string): void {
    const kept = this.kept.get(usernameKey(username));
    if (kept) kept.record = NO_ATTEMPTS;
  }
}
