/**
 * Sign-in attempts (the lockout count of the Cognito triggers), per normalized username. The one key
 * outside every region: a sign-in comes before any tenant is known (a platform admin has none, an
 * unknown username neither). Its partition key starts with SIGNIN#, which no region key (R#…) can
 * equal, and no API operation reads it. TTL on `expiresAt`.
 *
 * | item              | pk                          | sk          |
 * |-------------------|-----------------------------|-------------|
 * | sign-in attempts  | SIGNIN#{username key}       | #ATTEMPTS   |
 */
import type { PrimaryKey } from '../keys';

/** The partition-key prefix of every sign-in attempts item (the lockout triggers may touch only these). */
export const SIGN_IN_ATTEMPTS_PREFIX = 'SIGNIN#';

export const signInAttemptsKey = (usernameKey: string): PrimaryKey => ({
  pk: `${SIGN_IN_ATTEMPTS_PREFIX}${usernameKey}`,
  sk: '#ATTEMPTS',
});
