import { LOCAL_SPA_CLIENT_ID, LOCAL_USER_POOL_ID, totpFor } from './issuer';
import { clientProof, clientStart } from './srp';

/**
 * A small client of the local issuer's Cognito API, for tests, the bench and scripts: it signs in the
 * way the admin SPA does (USER_SRP_AUTH, then the challenges) without a browser. The SPA itself uses
 * Amplify; tests/integration/http.test.ts checks that Amplify and this issuer agree.
 */
export interface SignedIn {
  accessToken: string;
  idToken: string;
  refreshToken: string;
  expiresIn: number;
}

export class CognitoCallError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(`${type}: ${message}`);
  }
}

/** One action of the API at `${baseUrl}/cognito`. */
export async function callCognito(baseUrl: string, action: string, body: unknown): Promise<Record<string, any>> {
  const response = await fetch(new URL('/cognito', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `AWSCognitoIdentityProviderService.${action}` },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as Record<string, any>;
  if (!response.ok) throw new CognitoCallError(String(answer.__type), String(answer.message));
  return answer;
}

/** InitiateAuth (USER_SRP_AUTH) and the password step: the answer, tokens or the next challenge (NEW_PASSWORD_REQUIRED …). */
export async function passwordStep(baseUrl: string, username: string, password: string): Promise<Record<string, any>> {
  const poolName = LOCAL_USER_POOL_ID.split('_')[1]!;
  const { a, A } = clientStart();
  const started = await callCognito(baseUrl, 'InitiateAuth', {
    AuthFlow: 'USER_SRP_AUTH',
    ClientId: LOCAL_SPA_CLIENT_ID,
    AuthParameters: { USERNAME: username, SRP_A: A },
  });
  const p = started.ChallengeParameters as Record<string, string>;
  const proof = clientProof({ poolName, userId: p.USER_ID_FOR_SRP!, password, a, A, salt: p.SALT!, B: p.SRP_B!, secretBlock: p.SECRET_BLOCK! });
  return callCognito(baseUrl, 'RespondToAuthChallenge', {
    ChallengeName: 'PASSWORD_VERIFIER',
    ClientId: LOCAL_SPA_CLIENT_ID,
    ChallengeResponses: { USERNAME: p.USER_ID_FOR_SRP, PASSWORD_CLAIM_SECRET_BLOCK: p.SECRET_BLOCK, TIMESTAMP: proof.timestamp, PASSWORD_CLAIM_SIGNATURE: proof.signature },
  });
}

export async function signInWithPassword(
  baseUrl: string,
  credentials: { username: string; password: string; totpSecret?: string; newPassword?: string },
): Promise<SignedIn> {
  let step = await passwordStep(baseUrl, credentials.username, credentials.password);
  for (let i = 0; i < 3 && !step.AuthenticationResult; i++) {
    const answers: Record<string, string> = { USERNAME: credentials.username };
    if (step.ChallengeName === 'NEW_PASSWORD_REQUIRED') {
      if (!credentials.newPassword) throw new Error('the account asks for a new password');
      answers.NEW_PASSWORD = credentials.newPassword;
    } else if (step.ChallengeName === 'SOFTWARE_TOKEN_MFA') {
      if (!credentials.totpSecret) throw new Error('the account asks for an authenticator code');
      answers.SOFTWARE_TOKEN_MFA_CODE = totpFor(credentials.totpSecret).generate();
    } else {
      throw new Error(`unexpected challenge ${String(step.ChallengeName)}`);
    }
    step = await callCognito(baseUrl, 'RespondToAuthChallenge', {
      ChallengeName: step.ChallengeName,
      ClientId: LOCAL_SPA_CLIENT_ID,
      Session: step.Session,
      ChallengeResponses: answers,
    });
  }
  const result = step.AuthenticationResult as Record<string, any>;
  return { accessToken: result.AccessToken, idToken: result.IdToken, refreshToken: result.RefreshToken, expiresIn: result.ExpiresIn };
}
