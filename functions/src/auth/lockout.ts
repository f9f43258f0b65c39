/**
 * Account lockout (ARCHITECTURE.md, security baseline): after 5 failed sign-ins an account is locked for
 * 15 minutes. Cognito has no "sign-in failed" trigger, so the rule counts attempts instead: every attempt
 * is counted before the password is checked, a successful sign-in clears the count, and an attempt that
 * finds 5 uncleared ones locks the account. The cloud applies it in the pre- and post-authentication
 * triggers (count kept in DynamoDB), the local issuer around its own password check; both call these.
 */
export const LOCKOUT_FAILURES = 5;
export const LOCKOUT_MINUTES = 15;

export interface AttemptRecord {
  /** Attempts since the last successful sign-in (or the last lock). */
  failures: number;
  /** Epoch milliseconds until which the account is locked; 0 when it is not. */
  lockedUntil: number;
}

export const NO_ATTEMPTS: AttemptRecord = { failures: 0, lockedUntil: 0 };

export type AttemptDecision =
  | { allowed: true; next: AttemptRecord }
  | { allowed: false; next: AttemptRecord; minutesLeft: number };

/** Before a password (or MFA code) is checked: may this attempt go ahead, and the record to store. */
export function beforeAttempt(record: AttemptRecord, now: number): AttemptDecision {
  if (record.lockedUntil > now) {
    return { allowed: false, next: record, minutesLeft: Math.ceil((record.lockedUntil - now) / 60_000) };
  }
  if (record.failures >= LOCKOUT_FAILURES) {
    return { allowed: false, next: { failures: 0, lockedUntil: now + LOCKOUT_MINUTES * 60_000 }, minutesLeft: LOCKOUT_MINUTES };
  }
  return { allowed: true, next: { failures: record.failures + 1, lockedUntil: 0 } };
}

/** The message a locked account gets (Chinese first: the admin SPA shows it as it is). */
export const lockedMessage = (minutesLeft: number): string =>
  `连续 ${LOCKOUT_FAILURES} 次登录失败，账号已锁定，请 ${minutesLeft} 分钟后再试 (account locked)`;
