import { randomUUID, scryptSync, timingSafeEqual, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import { CLAIM_GROUPS, CLAIM_MEMBER, CLAIM_REGION, CLAIM_UNIT, SCOPE_MEMBER_ACT, SCOPE_PUBLIC_READ } from '../functions/src/auth/claims';
import type { Role } from '../functions/src/auth/principal';

/**
 * The local stack's token issuer: what Cognito does in the cloud, with the same rules
 * (ARCHITECTURE.md, security baseline) and the same access-token claims (functions/src/auth/claims.ts).
 * It signs RS256 with a key made on first start, publishes the key set at /.well-known/jwks.json,
 * and answers POST /auth/token for password sign-in (the admin SPA) and client credentials (partners).
 */
export const LOCAL_SPA_CLIENT_ID = 'gongjian-admin-local';
export const TOKEN_MINUTES = 15;
export const LOCKOUT_FAILURES = 5;
export const LOCKOUT_MINUTES = 15;

export interface LocalUser {
  username: string;
  name: string;
  roles: Role[];
  regionId: string | null;
  unitId?: string;
  memberId?: string;
  /** scrypt: salt$hash, hex */
  password: string;
}

export interface LocalClient {
  clientId: string;
  /** scrypt: salt$hash, hex */
  secret: string;
  regionId: string;
  scopes: string[];
}

interface IssuerState {
  key: JWK;
  users: LocalUser[];
  clients: LocalClient[];
}

/** 8+ characters with at least 3 of: lower case, upper case, digits, symbols (MLPS 2.0 practice). */
export function passwordProblem(password: string): string | null {
  if (password.length < 8) return '密码至少 8 位';
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length;
  return classes >= 3 ? null : '密码须包含大写字母、小写字母、数字、符号中的至少三类';
}

export function hashSecret(secret: string): string {
  const salt = randomBytes(16);
  return `${salt.toString('hex')}$${scryptSync(secret, salt, 32).toString('hex')}`;
}

function secretMatches(secret: string, stored: string): boolean {
  const [salt, hash] = stored.split('$');
  if (!salt || !hash) return false;
  return timingSafeEqual(scryptSync(secret, Buffer.from(salt, 'hex'), 32), Buffer.from(hash, 'hex'));
}

export type TokenResponse =
  | { status: 200; body: { access_token: string; token_type: 'Bearer'; expires_in: number } }
  | { status: 400 | 401; body: { error: string; error_description: string } };

export class LocalIssuer {
  private readonly failures = new Map<string, { count: number; lockedUntil: number }>();

  private constructor(
    readonly issuerUrl: string,
    private readonly state: IssuerState,
    private readonly signingKey: CryptoKey | Uint8Array,
    private readonly now: () => number,
  ) {}

  /** Loads the key and directory from `file`, or makes them (and writes them there) on first start. */
  static async open(options: {
    issuerUrl: string;
    file: string | null;
    initialUsers: () => Promise<{ users: LocalUser[]; clients: LocalClient[] }>;
    now?: () => number;
  }): Promise<LocalIssuer> {
    let state: IssuerState;
    if (options.file && existsSync(options.file)) {
      state = JSON.parse(readFileSync(options.file, 'utf8')) as IssuerState;
    } else {
      const { privateKey } = await generateKeyPair('RS256', { extractable: true });
      const key = { ...(await exportJWK(privateKey)), kid: randomUUID(), alg: 'RS256', use: 'sig' };
      state = { key, ...(await options.initialUsers()) };
      if (options.file) writeFileSync(options.file, JSON.stringify(state), { mode: 0o600 });
    }
    const signingKey = await importJWK(state.key, 'RS256');
    return new LocalIssuer(options.issuerUrl, state, signingKey, options.now ?? Date.now);
  }

  /** The public half of the signing key, as a JWKS document. */
  jwks(): { keys: JWK[] } {
    const { kty, n, e, kid, alg, use } = this.state.key;
    return { keys: [{ kty, n, e, kid, alg, use }] };
  }

  async token(form: Record<string, string | undefined>): Promise<TokenResponse> {
    if (form.grant_type === 'password') return this.passwordGrant(form);
    if (form.grant_type === 'client_credentials') return this.clientGrant(form);
    return { status: 400, body: { error: 'unsupported_grant_type', error_description: 'grant_type 须为 password 或 client_credentials' } };
  }

  private async passwordGrant(form: Record<string, string | undefined>): Promise<TokenResponse> {
    if (form.client_id !== LOCAL_SPA_CLIENT_ID) return invalidClient();
    const username = (form.username ?? '').trim();
    const entry = this.failures.get(username) ?? { count: 0, lockedUntil: 0 };
    if (entry.lockedUntil > this.now()) {
      const minutes = Math.ceil((entry.lockedUntil - this.now()) / 60_000);
      return { status: 400, body: { error: 'invalid_grant', error_description: `账号已锁定，请 ${minutes} 分钟后再试` } };
    }
    const user = this.state.users.find((u) => u.username === username);
    // The same answer for an unknown user and a wrong password: no account enumeration.
    if (!user || !secretMatches(form.password ?? '', user.password)) {
      const count = entry.count + 1;
      const locked = count >= LOCKOUT_FAILURES;
      this.failures.set(username, { count: locked ? 0 : count, lockedUntil: locked ? this.now() + LOCKOUT_MINUTES * 60_000 : 0 });
      return {
        status: 400,
        body: {
          error: 'invalid_grant',
          error_description: locked ? `连续 ${LOCKOUT_FAILURES} 次登录失败，账号锁定 ${LOCKOUT_MINUTES} 分钟` : '用户名或密码错误',
        },
      };
    }
    this.failures.delete(username);
    const claims: Record<string, unknown> = { username: user.username, name: user.name, [CLAIM_GROUPS]: user.roles };
    if (user.regionId) claims[CLAIM_REGION] = user.regionId;
    if (user.unitId) claims[CLAIM_UNIT] = user.unitId;
    if (user.memberId) claims[CLAIM_MEMBER] = user.memberId;
    return this.issue(`user-${user.username}`, LOCAL_SPA_CLIENT_ID, claims);
  }

  private async clientGrant(form: Record<string, string | undefined>): Promise<TokenResponse> {
    const client = this.state.clients.find((c) => c.clientId === form.client_id);
    if (!client || !secretMatches(form.client_secret ?? '', client.secret)) return invalidClient();
    const requested = form.scope ? form.scope.split(' ').filter(Boolean) : client.scopes;
    if (requested.some((s) => !client.scopes.includes(s))) {
      return { status: 400, body: { error: 'invalid_scope', error_description: `可用范围: ${client.scopes.join(' ')}` } };
    }
    return this.issue(client.clientId, client.clientId, { scope: requested.join(' '), [CLAIM_REGION]: client.regionId });
  }

  private async issue(subject: string, clientId: string, claims: Record<string, unknown>): Promise<TokenResponse> {
    const issuedAt = Math.floor(this.now() / 1000);
    const token = await new SignJWT({ ...claims, token_use: 'access', client_id: clientId })
      .setProtectedHeader({ alg: 'RS256', kid: this.state.key.kid })
      .setIssuer(this.issuerUrl)
      .setSubject(subject)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + TOKEN_MINUTES * 60)
      .setJti(randomUUID())
      .sign(this.signingKey);
    return { status: 200, body: { access_token: token, token_type: 'Bearer', expires_in: TOKEN_MINUTES * 60 } };
  }

  clientIds(): string[] {
    return [LOCAL_SPA_CLIENT_ID, ...this.state.clients.map((c) => c.clientId)];
  }
}

const invalidClient = (): TokenResponse => ({ status: 401, body: { error: 'invalid_client', error_description: '客户端无效' } });

/** The demo accounts of the local stack (README lists them); one per role and a partner client. */
export const DEMO_PASSWORD = 'Gongjian@2026';
export const DEMO_PARTNER = { clientId: 'demo-partner', secret: 'demo-partner-secret' };

export function demoDirectory(regionId: string, liaisonUnitId: string | undefined): { users: LocalUser[]; clients: LocalClient[] } {
  const password = hashSecret(DEMO_PASSWORD);
  const users: LocalUser[] = [
    { username: 'platform', name: '平台管理员', roles: ['PLATFORM_ADMIN'], regionId: null, password },
    { username: 'admin', name: '秘书处管理员', roles: ['REGION_ADMIN'], regionId, password },
    { username: 'member', name: '党员张三', roles: ['MEMBER'], regionId, password },
  ];
  if (liaisonUnitId) users.push({ username: 'liaison', name: '联络员李四', roles: ['UNIT_LIAISON'], regionId, unitId: liaisonUnitId, password });
  return {
    users,
    clients: [{ clientId: DEMO_PARTNER.clientId, secret: hashSecret(DEMO_PARTNER.secret), regionId, scopes: [SCOPE_PUBLIC_READ, SCOPE_MEMBER_ACT] }],
  };
}
