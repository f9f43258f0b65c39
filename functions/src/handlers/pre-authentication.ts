import type { PreAuthenticationTriggerEvent } from 'aws-lambda';
import { beforeAttempt, lockedMessage, type AttemptDecision } from '../auth/lockout';
import { SERVICES } from '../observability/logger';
import { METRICS } from '../observability/metrics';
import { lambdaTrigger, triggerReportOf, type TriggerReport } from '../observability/trigger';
import type { SignInAttempts } from '../store/sign-in-attempt-repository';
import { signInAttemptsFromEnv } from './sign-in-attempts';

/**
 * Cognito pre-authentication trigger: the lockout of the security baseline (5 failed sign-ins → locked
 * for 15 minutes), with the rule of functions/src/auth/lockout.ts.
 *
 * Cognito runs it when a sign-in starts (InitiateAuth; for USER_SRP_AUTH before the password proof is
 * checked), never on a token refresh (infra/README.md, "Lockout"). So every attempt is counted here,
 * before anyone knows whether the password is right, and the post-authentication trigger clears the count
 * when the sign-in succeeds. An attempt that finds 5 uncleared ones locks the account: the trigger throws,
 * and Cognito answers the client `PreAuthentication failed with error <message>.`
 *
 * An unknown username is counted like a known one (the SPA client hides user existence, and Cognito
 * runs this trigger for unknown users too): the same answers for both, no account enumeration.
 */

export const PRE_AUTHENTICATION_SOURCE = 'PreAuthentication_Authentication';

/** When the count cannot be read or stored: the sign-in is refused (see below). */
export const SIGN_IN_UNAVAILABLE_MESSAGE = '登录服务暂时不可用，请稍后再试 (sign-in unavailable)';

/**
 * A deliberate refusal of a sign-in (locked, or the count unavailable): Cognito shows its message. Not a
 * failure of the trigger: the wrapper does not report it again (a lock is routine, and the unavailable
 * case is reported where it happens).
 */
export class SignInRefusedError extends Error {
  override name = 'SignInRefusedError';
}

export interface AuthenticationTriggerDependencies {
  attempts: () => SignInAttempts;
  now: () => number;
  /** @default the trigger's Powertools logger and TriggerFailures metric, from the environment */
  report?: TriggerReport;
}

export function createPreAuthenticationHandler(deps: AuthenticationTriggerDependencies) {
  const report = deps.report ?? triggerReportOf(SERVICES.preAuthentication);
  return async (event: PreAuthenticationTriggerEvent): Promise<PreAuthenticationTriggerEvent> => {
    // Cognito sends no other source to this trigger; anything else is not a sign-in attempt to count.
    if (event.triggerSource !== PRE_AUTHENTICATION_SOURCE) return event;
    const now = deps.now();
    let decision: AttemptDecision;
    try {
      decision = await deps.attempts().change(event.userName, now, (record) => beforeAttempt(record, now));
    } catch (error) {
      // Fail closed: an attempt that cannot be counted is not let through, or an outage of the store would
      // switch the lockout off. The API reads the same table, so a sign-in would gain nothing then anyway.
      // The error's name only: its message may name the table or the key (the username).
      report.failure('sign-in attempt not counted: sign-in refused', { error: (error as Error).name });
      throw new SignInRefusedError(SIGN_IN_UNAVAILABLE_MESSAGE);
    }
    if (!decision.allowed) {
      // The user's sub when the account exists; never the username or anything typed.
      report.logger.warn('sign-in refused: account locked', {
        sub: event.request.userAttributes?.sub,
        userNotFound: event.request.userNotFound === true,
        lockedUntil: new Date(decision.next.lockedUntil).toISOString(),
      });
      // Counted, so that the alarm on this function's errors can leave the deliberate refusals out.
      report.count(METRICS.signInLocked);
      throw new SignInRefusedError(lockedMessage(decision.minutesLeft));
    }
    return event;
  };
}

export const handler = lambdaTrigger(
  SERVICES.preAuthentication,
  (report, tracing) => createPreAuthenticationHandler({ attempts: () => signInAttemptsFromEnv(process.env, tracing?.instrument), now: Date.now, report }),
  (error) => error instanceof SignInRefusedError,
);
