/**
 * Sign-in attempts (the lockout count of the Cognito triggers), per normalized username. The one key
 * outside every region: a sign-in comes before any tenant is known (a platform admin has none, an
 * unknown username neither). Its partition key starts with SIGNIN#, which no region key (R#…) can
 * equal. The API reads it only for an account of the caller's region (账号管理: Account.lastSignInAt,
 * failedSignIns, lockedUntil) and clears its count on `unlockAccount`.
 *
 * TTL on `expiresAt`, set only while the item has no `lastSignInAt`: the count of a name that never signed in
 * (an unknown username too) is deleted in time; the item of one that did stays, or its last sign-in would be
 * lost. Failures are forgotten at `attemptsExpireAt` either way (items older than it: at `expiresAt`).
 *
 * | item              | pk                          | sk          |
 * |-------------------|-----------------------------|-------------|
 * | sign-in attempts  | SIGNIN#{username key}       | #ATTEMPTS   |
 */
import type { SignInState } from '../../domain/accounts/account';
import type { PrimaryKey } from '../keys';

/** The partition-key prefix of every sign-in attempts item (the lockout triggers may touch only these). */
export const SIGN_IN_ATTEMPTS_PREFIX = 'SIGNIN#';

export const signInAttemptsKey = (usernameKey: string): PrimaryKey => ({
  pk: `${SIGN_IN_ATTEMPTS_PREFIX}${usernameKey}`,
  sk: '#ATTEMPTS',
});

/** When an item's failures are forgotten (epoch seconds): `attemptsExpireAt`, or `expiresAt` for items written before it. */
export const attemptsForgottenAt = (item: Record<string, unknown>): number => Number(item.attemptsExpireAt ?? item.expiresAt ?? 0);

/** An account's sign-in state as the accounts page shows it; `lockedUntil` only while the lock lasts. */
export function signInStateFromItem(item: Record<string, unknown> | undefined, now: number): SignInState {
  const lastSignInAt = typeof item?.lastSignInAt === 'string' ? item.lastSignInAt : null;
  if (!item || attemptsForgottenAt(item) * 1000 <= now) return { lastSignInAt, failedSignIns: 0, lockedUntil: null };
  const lockedUntil = Number(item.lockedUntil ?? 0);
  return { lastSignInAt, failedSignIns: Number(item.failures ?? 0), lockedUntil: lockedUntil > now ? new Date(lockedUntil).toISOString() : null };
}
