import { Amplify } from 'aws-amplify';
import { cognitoUserPoolsTokenProvider } from 'aws-amplify/auth/cognito';
import { sessionStorage as tabStorage } from 'aws-amplify/utils';

/**
 * How this deployment signs people in, read from `GET /auth/config` (same origin as the SPA). In the
 * cloud the CDK stack publishes it with the user pool and the SPA's app client; the local stack serves
 * the same document with `userPoolEndpoint` pointing at its own issuer, which speaks Cognito's API. So
 * the console has one sign-in path (Amplify, SRP), whichever it runs against.
 */
export interface AuthConfig {
  mode: 'cognito';
  userPoolId: string;
  userPoolClientId: string;
  /** The Cognito API's address when it is not AWS's (the local issuer: `/cognito`), relative to this origin or absolute. */
  userPoolEndpoint?: string;
  /** A session ends after this many minutes without the user doing anything. */
  idleMinutes: number;
}

export class AuthConfigError extends Error {
  constructor(
    message: string,
    /** `unsupported`: the server names a mode this build cannot sign in with; `unavailable`: no usable answer. */
    readonly kind: 'unsupported' | 'unavailable',
  ) {
    super(message);
    this.name = 'AuthConfigError';
  }
}

export async function loadAuthConfig(): Promise<AuthConfig> {
  let body: unknown;
  try {
    const response = await fetch('/auth/config', { headers: { accept: 'application/json' }, cache: 'no-store' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    body = await response.json();
  } catch (error) {
    throw new AuthConfigError(`auth config: ${(error as Error).message}`, 'unavailable');
  }
  const config = body as Partial<AuthConfig>;
  if (config.mode !== 'cognito') throw new AuthConfigError(`sign-in mode ${String(config.mode)} is not built in this console`, 'unsupported');
  if (typeof config.userPoolId !== 'string' || !config.userPoolId.includes('_') || typeof config.userPoolClientId !== 'string') {
    throw new AuthConfigError('auth config: userPoolId and userPoolClientId are required', 'unavailable');
  }
  return {
    mode: 'cognito',
    userPoolId: config.userPoolId,
    userPoolClientId: config.userPoolClientId,
    userPoolEndpoint: typeof config.userPoolEndpoint === 'string' ? config.userPoolEndpoint : undefined,
    idleMinutes: typeof config.idleMinutes === 'number' && config.idleMinutes > 0 ? config.idleMinutes : 15,
  };
}

/**
 * Points Amplify at the pool. Its tokens (access, ID, refresh) are kept in this tab's sessionStorage:
 * gone when the tab closes, never in localStorage.
 */
export function configureAmplify(config: AuthConfig): void {
  Amplify.configure({
    Auth: {
      Cognito: {
        userPoolId: config.userPoolId,
        userPoolClientId: config.userPoolClientId,
        ...(config.userPoolEndpoint ? { userPoolEndpoint: new URL(config.userPoolEndpoint, window.location.origin).href } : {}),
      },
    },
  });
  cognitoUserPoolsTokenProvider.setKeyValueStorage(tabStorage);
}
