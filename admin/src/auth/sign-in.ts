import type { AuthConfig, LocalAuthConfig } from './config';
import type { StoredSession } from './session';

export interface Credentials {
  username: string;
  password: string;
}

/** A refused sign-in; `message` is the issuer's own words (用户名或密码错误, 账号已锁定…) when it gave some. */
export class SignInError extends Error {
  constructor(
    message: string,
    readonly kind: 'refused' | 'network' | 'unexpected',
  ) {
    super(message);
    this.name = 'SignInError';
  }
}

/** Signs in with the deployment's method. A `cognito` mode adds its branch here (see config.ts). */
export function requestSession(config: AuthConfig, credentials: Credentials): Promise<StoredSession> {
  switch (config.mode) {
    case 'local':
      return localPasswordGrant(config, credentials);
  }
}

/** The local issuer: OAuth 2 password grant, form-encoded. The password goes in this body and nowhere else. */
async function localPasswordGrant(config: LocalAuthConfig, { username, password }: Credentials): Promise<StoredSession> {
  const body = new URLSearchParams({ grant_type: 'password', client_id: config.clientId, username, password });
  let response: Response;
  try {
    response = await fetch(config.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body,
      cache: 'no-store',
    });
  } catch {
    throw new SignInError('network', 'network');
  }
  const answer = (await response.json().catch(() => null)) as
    | { access_token?: unknown; expires_in?: unknown; error?: unknown; error_description?: unknown }
    | null;
  if (response.ok && answer && typeof answer.access_token === 'string' && typeof answer.expires_in === 'number') {
    return { accessToken: answer.access_token, expiresAt: Date.now() + answer.expires_in * 1000 };
  }
  if (answer && typeof answer.error_description === 'string' && answer.error_description) {
    throw new SignInError(answer.error_description, 'refused');
  }
  throw new SignInError(`HTTP ${response.status}`, response.status >= 500 ? 'network' : 'unexpected');
}
