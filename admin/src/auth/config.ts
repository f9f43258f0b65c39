/**
 * How this deployment signs people in, read from `GET /auth/config` (same origin as the SPA).
 * Only `local` (the local stack's issuer: a password grant at `tokenUrl`) is built. A `cognito` mode
 * (SRP sign-in against the user pool, MFA for admins, refresh tokens) joins this union and
 * `sign-in.ts` when it is built; until then the login page says the mode is not supported.
 */
export interface LocalAuthConfig {
  mode: 'local';
  tokenUrl: string;
  clientId: string;
}

export type AuthConfig = LocalAuthConfig;

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
  const config = body as Partial<LocalAuthConfig> & { mode?: unknown };
  if (config.mode === 'local' && typeof config.tokenUrl === 'string' && typeof config.clientId === 'string') {
    return { mode: 'local', tokenUrl: config.tokenUrl, clientId: config.clientId };
  }
  throw new AuthConfigError(`sign-in mode ${String(config.mode)} is not built in this console`, 'unsupported');
}
