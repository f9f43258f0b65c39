import {
  confirmSignIn,
  fetchAuthSession,
  fetchMFAPreference,
  setUpTOTP,
  signIn,
  signOut,
  updateMFAPreference,
  verifyTOTPSetup,
  type SignInOutput,
} from 'aws-amplify/auth';
import { CLAIM_MFA_SETUP, MFA_SETUP_REQUIRED } from '../../../functions/src/auth/mfa';
import type { MessageKey } from '../i18n';

/**
 * Sign-in against the user pool with Amplify (USER_SRP_AUTH: the password never leaves the browser),
 * as steps the login page walks through:
 * - `newPassword`: an operator-made account signs in with its temporary password and chooses its own;
 * - `totp`: an account with an authenticator gives the current code;
 * - `enrol`: a platform or region admin without an authenticator must enrol one first — until then the
 *   pool grants the admin role to none of its tokens (functions/src/auth/mfa.ts), and the API refuses them;
 * - `done`: signed in; Amplify keeps the tokens and refreshes them.
 */
export type SignInStep = 'newPassword' | 'totp' | 'enrol' | 'done';

/**
 * A refused or failed step. The login page shows `reason` (a message of the dictionaries) or, when the
 * pool said something of its own (a trigger's lockout message), `message` as it was said.
 */
export class SignInError extends Error {
  constructor(
    message: string,
    readonly kind: 'refused' | 'network' | 'unexpected',
    readonly reason?: MessageKey,
  ) {
    super(message);
    this.name = 'SignInError';
  }
}

const refused = (reason: MessageKey, message: string) => new SignInError(message, 'refused', reason);

export async function startSignIn(username: string, password: string): Promise<SignInStep> {
  await endSession(); // a session Amplify still holds would make signIn refuse
  return step(() => signIn({ username, password, options: { authFlowType: 'USER_SRP_AUTH' } }));
}

export const answerNewPassword = (password: string): Promise<SignInStep> => step(() => confirmSignIn({ challengeResponse: password }));

export const answerCode = (code: string): Promise<SignInStep> => step(() => confirmSignIn({ challengeResponse: code }));

/** Starts enrolment: the secret for the authenticator app, as text and as an `otpauth://` URI for a QR code. */
export async function beginEnrolment(username: string): Promise<{ secret: string; uri: string }> {
  try {
    const setup = await setUpTOTP();
    return { secret: setup.sharedSecret, uri: setup.getSetupUri('共建 Gongjian', username).href };
  } catch (error) {
    throw asSignInError(error);
  }
}

/** Checks the first code from the authenticator, turns MFA on, and gets tokens that carry the admin role. */
export async function finishEnrolment(code: string): Promise<SignInStep> {
  try {
    await verifyTOTPSetup({ code });
    await updateMFAPreference({ totp: 'PREFERRED' });
    await fetchAuthSession({ forceRefresh: true });
  } catch (error) {
    throw asSignInError(error);
  }
  return afterTokens();
}

/** Ends Amplify's session: the refresh token is revoked. Never fails (there may be nothing to end). */
export async function endSession(): Promise<void> {
  await signOut().catch(() => undefined);
}

async function step(call: () => Promise<SignInOutput>): Promise<SignInStep> {
  let output: SignInOutput;
  try {
    output = await call();
  } catch (error) {
    throw asSignInError(error);
  }
  if (output.isSignedIn) return afterTokens();
  switch (output.nextStep.signInStep) {
    case 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED':
      return 'newPassword';
    case 'CONFIRM_SIGN_IN_WITH_TOTP_CODE':
      return 'totp';
    default:
      // SMS, e-mail, passkeys, custom challenges: the pool enables none of them.
      throw new SignInError(`unexpected sign-in step ${output.nextStep.signInStep}`, 'unexpected');
  }
}

/**
 * Signed in: does the pool still want an authenticator before it grants the roles? If the user has one
 * already (the pool's check failed for a moment), enrolling again would replace a working authenticator:
 * ask once more with fresh tokens, and otherwise refuse rather than offer enrolment.
 */
async function afterTokens(): Promise<SignInStep> {
  const waitsForAuthenticator = async (forceRefresh: boolean) => {
    const { tokens } = await fetchAuthSession({ forceRefresh });
    if (!tokens) throw new SignInError('no tokens after sign-in', 'unexpected');
    return tokens.idToken?.payload[CLAIM_MFA_SETUP] === MFA_SETUP_REQUIRED;
  };
  try {
    if (!(await waitsForAuthenticator(false))) return 'done';
    const { enabled } = await fetchMFAPreference();
    if (!enabled?.includes('TOTP')) return 'enrol';
    if (!(await waitsForAuthenticator(true))) return 'done';
  } catch (error) {
    throw asSignInError(error);
  }
  await endSession();
  throw new SignInError('authenticator enrolled but not confirmed by the pool', 'refused', 'auth.error.mfaUnconfirmed');
}

/** Cognito's error names, as the user should read them. */
export function asSignInError(error: unknown): SignInError {
  if (error instanceof SignInError) return error;
  const { name, message } = error instanceof Error ? error : { name: 'Error', message: String(error) };
  switch (name) {
    case 'NotAuthorizedException':
      if (/attempts exceeded/i.test(message)) return refused('auth.error.locked', message);
      if (/session/i.test(message)) return refused('auth.error.stepExpired', message);
      if (/disabled/i.test(message)) return refused('auth.error.disabled', message);
      return refused('auth.error.credentials', message);
    case 'UserNotFoundException':
      return refused('auth.error.credentials', message);
    case 'UserLambdaValidationException':
      // A trigger's refusal (the lockout): Cognito wraps its words as "PreAuthentication failed with error …."
      return new SignInError(message.replace(/^\w+ failed with error /, '').replace(/\.$/, ''), 'refused');
    case 'PasswordResetRequiredException':
      return refused('auth.error.resetRequired', message);
    case 'InvalidPasswordException':
      return refused('auth.error.weakPassword', message);
    case 'CodeMismatchException':
    case 'EnableSoftwareTokenMFAException':
      return refused('auth.error.code', message);
    case 'ExpiredCodeException':
      return refused('auth.error.codeUsed', message);
    case 'TooManyRequestsException':
    case 'LimitExceededException':
      return refused('auth.error.tooMany', message);
    case 'NetworkError':
    case 'TypeError':
      return new SignInError('network', 'network');
    default:
      return new SignInError(message || name, 'unexpected');
  }
}
