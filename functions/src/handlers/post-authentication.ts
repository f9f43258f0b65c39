import type { PostAuthenticationTriggerEvent } from 'aws-lambda';
import { SERVICES } from '../observability/logger';
import { lambdaTrigger, triggerReportOf } from '../observability/trigger';
import { signInAttemptsFromEnv } from './sign-in-attempts';
import type { AuthenticationTriggerDependencies } from './pre-authentication';

/**
 * Cognito post-authentication trigger: a successful sign-in (password and, for a user with an
 * authenticator, the TOTP code) clears the lockout count that the pre-authentication trigger keeps.
 * Cognito runs it once authentication is complete, before the tokens are issued; not on a refresh.
 */

export const POST_AUTHENTICATION_SOURCE = 'PostAuthentication_Authentication';

export function createPostAuthenticationHandler(deps: AuthenticationTriggerDependencies) {
  const report = deps.report ?? triggerReportOf(SERVICES.postAuthentication);
  return async (event: PostAuthenticationTriggerEvent): Promise<PostAuthenticationTriggerEvent> => {
    if (event.triggerSource !== POST_AUTHENTICATION_SOURCE) return event;
    try {
      await deps.attempts().reset(event.userName, deps.now());
    } catch (error) {
      // The user has proved the password (and the code): the sign-in goes through. The count stays, so
      // the cost is at most an earlier lock; refusing here would lock everyone out during an outage.
      report.failure('sign-in attempts not cleared', { error: (error as Error).name, sub: event.request.userAttributes?.sub });
    }
    return event;
  };
}

export const handler = lambdaTrigger(SERVICES.postAuthentication, (report, tracing) =>
  createPostAuthenticationHandler({ attempts: () => signInAttemptsFromEnv(process.env, tracing?.instrument), now: Date.now, report }),
);
