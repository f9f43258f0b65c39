import { randomBytes, randomUUID, scryptSync, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { exportJWK, generateKeyPair, importJWK, jwtVerify, SignJWT, type JWK } from 'jose';
import * as OTPAuth from 'otpauth';
import { CLAIM_GROUPS, CLAIM_MEMBER, CLAIM_REGION, CLAIM_UNIT, GROUPS, SCOPE_MEMBER_ACT, SCOPE_PUBLIC_READ } from '../functions/src/auth/claims';
import { SUSPENDED_MESSAGE } from '../functions/src/auth/region-gate';
import { beforeAttempt, lockedMessage } from '../functions/src/auth/lockout';
import { CLAIM_MFA_SETUP, grantedGroups, MFA_SETUP_REQUIRED } from '../functions/src/auth/mfa';
import type { Role } from '../functions/src/auth/principal';
import { IDLE_MINUTES } from '../functions/src/auth/session';
import { MemorySignInAttempts } from '../functions/src/domain/testing/memory-sign-in-attempts';
import type { SignInAttempts } from '../functions/src/store/sign-in-attempt-repository';
import { makeVerifier, serverExchange, verifyPasswordClaim, type PasswordVerifier, type ServerExchange } from './srp';

/**
 * The local stack's identity provider: what the Cognito user pool does in the cloud, on the local origin.
 *
 * - People sign in through the part of Cognito's own API the admin SPA uses (Amplify, USER_SRP_AUTH):
 *   `POST /cognito` with `X-Amz-Target: AWSCognitoIdentityProviderService.<Action>` — InitiateAuth,
 *   RespondToAuthChallenge (PASSWORD_VERIFIER, NEW_PASSWORD_REQUIRED, SOFTWARE_TOKEN_MFA),
 *   GetTokensFromRefreshToken, RevokeToken, GlobalSignOut, GetUser, AssociateSoftwareToken,
 *   VerifySoftwareToken, SetUserMFAPreference. So the SPA has one sign-in path, tested here for real.
 * - The accounts area makes and manages people's accounts through Cognito's admin actions, at the same
 *   endpoint (functions/src/store/cognito-directory.ts, with the AWS SDK): AdminCreateUser,
 *   AdminAddUserToGroup, AdminDeleteUser, AdminDisableUser, AdminEnableUser, AdminSetUserPassword,
 *   AdminUserGlobalSignOut, AdminUpdateUserAttributes, AdminSetUserMFAPreference, AdminGetUser. In the cloud IAM decides who may call them; here only a request
 *   signed with the local stack's credentials (access key id `local`) may, so the SPA and a browser cannot.
 * - Partner systems use client credentials at `POST /oauth2/token`, as on the Cognito domain. The platform's
 *   partner clients (functions/src/store/cognito-partner-clients.ts) are made, rotated and deleted with
 *   CreateUserPoolClient, AddUserPoolClientSecret / ListUserPoolClientSecrets / DeleteUserPoolClientSecret and
 *   DeleteUserPoolClient at the same endpoint, under the same guard as the admin actions. Such a client's region
 *   is not the issuer's: as the cloud's pre-token trigger, it asks `partnerClientRegion` (the PartnerClient item)
 *   at each token request, and issues nothing for a client unknown there or revoked.
 * - Tokens: RS256 with a key made on first start, keys at /.well-known/jwks.json, the claims of
 *   functions/src/auth/claims.ts. The baseline's rules hold: the lockout and MFA-for-admins rules are
 *   the very functions the cloud triggers run (functions/src/auth/lockout.ts, mfa.ts). The lockout counts in
 *   the store the cloud's triggers use (`SignInAttemptRepository`, the local stack's table), so the API reads
 *   the same sign-in state in both places; without one (a test's own issuer), in memory.
 */
export const LOCAL_USER_POOL_ID = 'local_gongjian';
/** The part of the pool id after `_`: SRP hashes it into the password verifier. */
const POOL_NAME = LOCAL_USER_POOL_ID.split('_')[1]!;
export const LOCAL_SPA_CLIENT_ID = 'gongjian-admin-local';
/** Access and ID tokens live as long as the idle limit, as the pool's app client has them. */
export const TOKEN_MINUTES = IDLE_MINUTES;
export const REFRESH_HOURS = 12;
/** How long a half-done sign-in (SRP exchange, challenge session) stays answerable: Cognito's 3 minutes. */
const CHALLENGE_MINUTES = 3;
const USER_SCOPE = 'aws.cognito.signin.user.admin';
/** The access key id the local stack's AWS SDK clients sign with (DynamoDB Local's, the directory's). */
export const LOCAL_ACCESS_KEY_ID = 'local';
/** The admin actions the local issuer serves, for a caller signed with {@link LOCAL_ACCESS_KEY_ID} only. */
export const ADMIN_ACTIONS = [
  'AdminCreateUser',
  'AdminAddUserToGroup',
  'AdminDeleteUser',
  'AdminDisableUser',
  'AdminEnableUser',
  'AdminSetUserPassword',
  'AdminUserGlobalSignOut',
  'AdminUpdateUserAttributes',
  'AdminSetUserMFAPreference',
  'AdminGetUser',
] as const;
/** The app-client actions the local issuer serves (partner clients), for a caller signed with {@link LOCAL_ACCESS_KEY_ID} only. */
export const CLIENT_ACTIONS = [
  'CreateUserPoolClient',
  'DeleteUserPoolClient',
  'AddUserPoolClientSecret',
  'ListUserPoolClientSecrets',
  'DeleteUserPoolClientSecret',
] as const;
const STATE_VERSION = 2;

export interface LocalUser {
  sub: string;
  username: string;
  name: string;
  roles: Role[];
  regionId: string | null;
  unitId?: string;
  memberId?: string;
  /** E.164, as AdminCreateUser's `phone_number`. */
  phone?: string;
  password: PasswordVerifier;
  /** Set by an operator: the first sign-in must choose a new password (NEW_PASSWORD_REQUIRED). */
  temporaryPassword?: boolean;
  /** An enrolled authenticator (TOTP, base32 secret); `enabled` once the user turned it on. */
  totp?: { secret: string; enabled: boolean };
  /** AdminDisableUser: the user cannot sign in or refresh ("User is disabled.") until AdminEnableUser. */
  disabled?: boolean;
}

export interface LocalClient {
  clientId: string;
  /** scrypt: salt$hash, hex */
  secret: string;
  /** The demo partner's region; null for a client made with CreateUserPoolClient (its region is the PartnerClient item's). */
  regionId: string | null;
  scopes: string[];
  /** CreateUserPoolClient's ClientName. */
  name?: string;
  /** The id and creation (epoch seconds) of `secret`, and a second secret while a rotation is under way (AddUserPoolClientSecret). */
  secretId?: string;
  secretCreatedAt?: number;
  otherSecret?: { id: string; hash: string; createdAt: number };
}

/** The region of a registered, active partner client (the PartnerClient item); null when unknown or revoked. */
export type PartnerClientRegion = (clientId: string) => Promise<string | null>;

interface IssuerState {
  version: number;
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

export const totpFor = (secret: string) =>
  new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 });

export type TokenResponse =
  | { status: 200; body: { access_token: string; token_type: 'Bearer'; expires_in: number } }
  | { status: 400 | 401; body: { error: string; error_description: string } };

/** An answer of the Cognito API: 200 with the result, or 400 with `__type` and `message` as Cognito sends them. */
export interface CognitoResponse {
  status: number;
  body: Record<string, unknown>;
}

/** Thrown inside an action; becomes Cognito's error answer. */
class CognitoError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

interface PendingExchange {
  username: string;
  A: string;
  exchange: ServerExchange;
  expiresAt: number;
}

interface ChallengeSession {
  username: string;
  challenge: 'NEW_PASSWORD_REQUIRED' | 'SOFTWARE_TOKEN_MFA';
  expiresAt: number;
}

interface RefreshGrant {
  /** The `origin_jti` of every token this grant brings: revoking the grant revokes them for this API. */
  originJti: string;
  username: string;
  clientId: string;
  authTime: number;
  expiresAt: number;
}

type Body = Record<string, unknown>;

export class LocalIssuer {
  private readonly exchanges = new Map<string, PendingExchange>();
  private readonly sessions = new Map<string, ChallengeSession>();
  private readonly refreshGrants = new Map<string, RefreshGrant>();
  /** origin_jti of revoked grants: their access tokens no longer work with this API (the GraphQL API still accepts them until they expire, as with Cognito). */
  private readonly revoked = new Set<string>();
  /** Secrets handed out by AssociateSoftwareToken, not yet verified. */
  private readonly pendingTotp = new Map<string, string>();
  /** Where a registered partner client's region is read (the cloud's pre-token trigger reads the same item). */
  private partnerClientRegion: PartnerClientRegion | null = null;
  private regionSuspended: ((regionId: string) => Promise<boolean>) | null = null;

  private constructor(
    readonly issuerUrl: string,
    private readonly state: IssuerState,
    private readonly signingKey: CryptoKey | Uint8Array,
    private readonly verifyingKey: CryptoKey | Uint8Array,
    private readonly file: string | null,
    private readonly now: () => number,
    /** The lockout's count: what the cloud's pre-authentication trigger counts in, and its post-authentication trigger resets. */
    private readonly attempts: SignInAttempts,
  ) {}

  /** Loads the key and directory from `file`, or makes them (and writes them there) on first start. */
  static async open(options: {
    issuerUrl: string;
    file: string | null;
    initialUsers: () => Promise<{ users: LocalUser[]; clients: LocalClient[] }>;
    now?: () => number;
    /** The region of a client made with CreateUserPoolClient; without it such a client gets no token. */
    partnerClientRegion?: PartnerClientRegion;
    /** Where the lockout counts (the table's `SIGNIN#` items, as the cloud's triggers). @default in memory, this issuer's own */
    attempts?: SignInAttempts;
    /** Whether a region is suspended (its marker item, as the cloud's pre-token trigger reads it); without it none is. */
    regionSuspended?: (regionId: string) => Promise<boolean>;
  }): Promise<LocalIssuer> {
    let state: IssuerState | null = null;
    let made = false;
    if (options.file && existsSync(options.file)) {
      const stored = JSON.parse(readFileSync(options.file, 'utf8')) as Partial<IssuerState>;
      // A directory from an older local stack (password hashes, not SRP verifiers) is made again.
      if (stored.version === STATE_VERSION) state = stored as IssuerState;
    }
    if (!state) {
      const { privateKey } = await generateKeyPair('RS256', { extractable: true });
      const key = { ...(await exportJWK(privateKey)), kid: randomUUID(), alg: 'RS256', use: 'sig' };
      state = { version: STATE_VERSION, key, ...(await options.initialUsers()) };
      made = true;
    }
    const { kty, n, e } = state.key;
    const [signingKey, verifyingKey] = await Promise.all([importJWK(state.key, 'RS256'), importJWK({ kty, n, e }, 'RS256')]);
    const issuer = new LocalIssuer(options.issuerUrl, state, signingKey, verifyingKey, options.file, options.now ?? Date.now, options.attempts ?? new MemorySignInAttempts());
    if (made) issuer.persist(); // a loaded directory is already on disk
    issuer.partnerClientRegion = options.partnerClientRegion ?? null;
    issuer.regionSuspended = options.regionSuspended ?? null;
    return issuer;
  }

  private persist(): void {
    if (this.file) writeFileSync(this.file, JSON.stringify(this.state), { mode: 0o600 });
  }

  /** The public half of the signing key, as a JWKS document. */
  jwks(): { keys: JWK[] } {
    const { kty, n, e, kid, alg, use } = this.state.key;
    return { keys: [{ kty, n, e, kid, alg, use }] };
  }

  /** The directory's people, as kept (copies): the local stack records the demo ones as accounts. */
  users(): LocalUser[] {
    return structuredClone(this.state.users);
  }

  /** The clients the API accepts by list (AUTH_CLIENT_IDS): the SPA's and the demo partner; registered ones are data. */
  clientIds(): string[] {
    return [LOCAL_SPA_CLIENT_ID, ...this.state.clients.filter((c) => c.regionId !== null).map((c) => c.clientId)];
  }

  /** What an operator does with AdminCreateUser: a new account, by default with a temporary password. */
  createUser(input: Omit<LocalUser, 'sub' | 'password' | 'totp'> & { password: string; totpSecret?: string }): LocalUser {
    if (this.findUser(input.username)) throw new Error(`user ${input.username} exists`);
    const { password, totpSecret, ...rest } = input;
    const user: LocalUser = {
      ...rest,
      sub: randomUUID(),
      password: makeVerifier(POOL_NAME, input.username, password),
      ...(totpSecret ? { totp: { secret: totpSecret, enabled: true } } : {}),
    };
    this.state.users.push(user);
    this.persist();
    return user;
  }

  private findUser(username: string): LocalUser | undefined {
    const wanted = username.trim().toLowerCase(); // sign-in names are case-insensitive, as in the pool
    return this.state.users.find((u) => u.username.toLowerCase() === wanted);
  }

  // ---- client credentials (partners) -------------------------------------------------------------

  async clientCredentials(form: Record<string, string | undefined>): Promise<TokenResponse> {
    if (form.grant_type !== 'client_credentials') {
      return { status: 400, body: { error: 'unsupported_grant_type', error_description: 'grant_type 须为 client_credentials' } };
    }
    const client = this.state.clients.find((c) => c.clientId === form.client_id);
    const secret = form.client_secret ?? '';
    if (!client || !secretsOf(client).some((s) => secretMatches(secret, s.hash))) {
      return { status: 401, body: { error: 'invalid_client', error_description: '客户端无效' } };
    }
    const requested = form.scope ? form.scope.split(' ').filter(Boolean) : client.scopes;
    if (requested.some((s) => !client.scopes.includes(s))) {
      return { status: 400, body: { error: 'invalid_scope', error_description: `可用范围: ${client.scopes.join(' ')}` } };
    }
    // What the pre-token trigger does in the cloud: the region from the PartnerClient item, and no token (the
    // trigger throws) for a client unknown there or revoked, or when it cannot be read.
    const regionId = client.regionId ?? (await this.partnerClientRegion?.(client.clientId).catch(() => null)) ?? null;
    if (!regionId) return { status: 400, body: { error: 'invalid_request', error_description: 'PreTokenGeneration failed: 合作系统未登记或已停用' } };
    if (await this.suspended(regionId)) return { status: 400, body: { error: 'invalid_request', error_description: `PreTokenGeneration failed: ${SUSPENDED_MESSAGE}` } };
    const token = await this.sign(client.clientId, TOKEN_MINUTES * 60, {
      token_use: 'access',
      client_id: client.clientId,
      scope: requested.join(' '),
      [CLAIM_REGION]: regionId,
    });
    return { status: 200, body: { access_token: token, token_type: 'Bearer', expires_in: TOKEN_MINUTES * 60 } };
  }

  // ---- the Cognito user-pool API -----------------------------------------------------------------

  /**
   * One call of the Cognito API: `action` from X-Amz-Target, `body` the JSON request, `authorization` the
   * request's Authorization header (an admin action needs a SigV4 signature with the local access key id).
   */
  async cognito(action: string, body: unknown, authorization?: string): Promise<CognitoResponse> {
    try {
      const input = (typeof body === 'object' && body !== null ? body : {}) as Body;
      const guarded = action.startsWith('Admin') || (CLIENT_ACTIONS as readonly string[]).includes(action);
      if (guarded && accessKeyIdOf(authorization) !== LOCAL_ACCESS_KEY_ID) {
        // Cognito answers an unsigned or foreign-signed admin call with 400 (UnrecognizedClientException).
        throw new CognitoError('NotAuthorizedException', 'The security token included in the request is invalid: admin actions need the local stack\'s credentials.');
      }
      const result = await this.dispatch(action, input);
      return { status: 200, body: result };
    } catch (error) {
      if (error instanceof CognitoError) return { status: 400, body: { __type: error.type, message: error.message } };
      throw error;
    }
  }

  private dispatch(action: string, input: Body): Promise<Body> | Body {
    this.sweep();
    switch (action) {
      case 'InitiateAuth':
        return this.initiateAuth(input);
      case 'RespondToAuthChallenge':
        return this.respondToAuthChallenge(input);
      case 'GetTokensFromRefreshToken':
        return this.refresh(text(input, 'RefreshToken'), text(input, 'ClientId'));
      case 'RevokeToken':
        this.revoke(text(input, 'Token'));
        return {};
      case 'GlobalSignOut':
        return this.globalSignOut(input);
      case 'GetUser':
        return this.getUser(input);
      case 'AssociateSoftwareToken':
        return this.associateSoftwareToken(input);
      case 'VerifySoftwareToken':
        return this.verifySoftwareToken(input);
      case 'SetUserMFAPreference':
        return this.setMfaPreference(input);
      case 'AdminCreateUser':
        return this.adminCreateUser(input);
      case 'AdminAddUserToGroup':
        return this.adminAddUserToGroup(input);
      case 'AdminDeleteUser':
        return this.adminDeleteUser(input);
      case 'AdminDisableUser':
        return this.adminSetDisabled(input, true);
      case 'AdminEnableUser':
        return this.adminSetDisabled(input, false);
      case 'AdminSetUserPassword':
        return this.adminSetUserPassword(input);
      case 'AdminUserGlobalSignOut':
        this.endSessions(this.adminUser(input));
        return {};
      case 'AdminUpdateUserAttributes':
        return this.adminUpdateUserAttributes(input);
      case 'AdminSetUserMFAPreference':
        return this.adminSetUserMfaPreference(input);
      case 'AdminGetUser':
        return this.adminGetUser(input);
      case 'CreateUserPoolClient':
        return this.createUserPoolClient(input);
      case 'DeleteUserPoolClient':
        return this.deleteUserPoolClient(input);
      case 'AddUserPoolClientSecret':
        return this.addUserPoolClientSecret(input);
      case 'ListUserPoolClientSecrets':
        return this.listUserPoolClientSecrets(input);
      case 'DeleteUserPoolClientSecret':
        return this.deleteUserPoolClientSecret(input);
      default:
        throw new CognitoError('UnsupportedOperationException', `${action} is not served by the local issuer`);
    }
  }

  /** Forgets half-done sign-ins and refresh grants whose time is up, so nothing grows without end. */
  private sweep(): void {
    const now = this.now();
    for (const map of [this.exchanges, this.sessions, this.refreshGrants] as Map<string, { expiresAt: number }>[]) {
      for (const [key, entry] of map) if (entry.expiresAt < now) map.delete(key);
    }
  }

  private initiateAuth(input: Body): Promise<Body> | Body {
    const clientId = text(input, 'ClientId');
    if (clientId !== LOCAL_SPA_CLIENT_ID) throw new CognitoError('ResourceNotFoundException', 'User pool client does not exist.');
    const flow = text(input, 'AuthFlow');
    const parameters = record(input, 'AuthParameters');
    if (flow === 'REFRESH_TOKEN_AUTH' || flow === 'REFRESH_TOKEN') return this.refresh(text(parameters, 'REFRESH_TOKEN'), clientId);
    if (flow !== 'USER_SRP_AUTH') throw new CognitoError('InvalidParameterException', `${flow} flow not enabled for this client`);
    const A = text(parameters, 'SRP_A');
    const user = this.findUser(text(parameters, 'USERNAME'));
    // An unknown user gets a challenge like any other and fails at the same step: no account enumeration.
    const stored = user?.password ?? makeVerifier(POOL_NAME, randomUUID(), randomUUID());
    const exchange = serverExchange(stored);
    const secretBlock = randomBytes(48).toString('base64');
    const username = user?.username ?? text(parameters, 'USERNAME').trim();
    this.exchanges.set(secretBlock, { username, A, exchange, expiresAt: this.now() + CHALLENGE_MINUTES * 60_000 });
    return {
      ChallengeName: 'PASSWORD_VERIFIER',
      ChallengeParameters: { SALT: stored.salt, SRP_B: exchange.B, SECRET_BLOCK: secretBlock, USER_ID_FOR_SRP: username, USERNAME: username },
    };
  }

  private async respondToAuthChallenge(input: Body): Promise<Body> {
    const clientId = text(input, 'ClientId');
    if (clientId !== LOCAL_SPA_CLIENT_ID) throw new CognitoError('ResourceNotFoundException', 'User pool client does not exist.');
    const challenge = text(input, 'ChallengeName');
    const responses = record(input, 'ChallengeResponses');
    if (challenge === 'PASSWORD_VERIFIER') return this.passwordVerifier(responses, clientId);
    const session = this.takeSession(input, challenge);
    const user = this.findUser(session.username);
    if (!user) throw invalidSession();
    if (user.disabled) throw userDisabled();
    if (challenge === 'NEW_PASSWORD_REQUIRED') {
      const password = text(responses, 'NEW_PASSWORD');
      const problem = passwordProblem(password);
      if (problem) {
        this.sessions.set(text(input, 'Session'), session); // the user may try another password
        throw new CognitoError('InvalidPasswordException', `Password does not conform to policy: ${problem}`);
      }
      user.password = makeVerifier(POOL_NAME, user.username, password);
      user.temporaryPassword = false;
      this.persist();
      return this.nextStep(user, clientId);
    }
    // SOFTWARE_TOKEN_MFA: a wrong code counts towards the lockout like a wrong password.
    await this.checkAttempt(user.username);
    const code = text(responses, 'SOFTWARE_TOKEN_MFA_CODE');
    if (!user.totp?.enabled || totpFor(user.totp.secret).validate({ token: code, timestamp: this.now(), window: 1 }) === null) {
      this.sessions.set(text(input, 'Session'), session);
      throw new CognitoError('CodeMismatchException', 'Invalid code received for user');
    }
    return this.signedIn(user, clientId);
  }

  private async passwordVerifier(responses: Body, clientId: string): Promise<Body> {
    const secretBlock = text(responses, 'PASSWORD_CLAIM_SECRET_BLOCK');
    const pending = this.exchanges.get(secretBlock);
    this.exchanges.delete(secretBlock); // one answer per exchange
    if (!pending || pending.expiresAt < this.now()) throw new CognitoError('NotAuthorizedException', 'Invalid session for the user.');
    await this.checkAttempt(pending.username);
    const user = this.findUser(pending.username);
    const proven =
      user !== undefined &&
      verifyPasswordClaim({
        poolName: POOL_NAME,
        userId: user.username,
        stored: user.password,
        exchange: pending.exchange,
        A: pending.A,
        secretBlock,
        timestamp: text(responses, 'TIMESTAMP'),
        claimSignature: text(responses, 'PASSWORD_CLAIM_SIGNATURE'),
      });
    if (!user || !proven) throw new CognitoError('NotAuthorizedException', 'Incorrect username or password.');
    if (user.disabled) throw userDisabled();
    return this.nextStep(user, clientId);
  }

  /** After the password: a new one if it was temporary, then the authenticator code if enrolled, then tokens. */
  private async nextStep(user: LocalUser, clientId: string): Promise<Body> {
    const challenge = user.temporaryPassword ? 'NEW_PASSWORD_REQUIRED' : user.totp?.enabled ? 'SOFTWARE_TOKEN_MFA' : null;
    if (!challenge) return this.signedIn(user, clientId);
    const session = randomBytes(48).toString('base64');
    this.sessions.set(session, { username: user.username, challenge, expiresAt: this.now() + CHALLENGE_MINUTES * 60_000 });
    const parameters: Record<string, string> =
      challenge === 'NEW_PASSWORD_REQUIRED'
        ? { USER_ID_FOR_SRP: user.username, requiredAttributes: '[]', userAttributes: JSON.stringify({ name: user.name }) }
        : {};
    return { ChallengeName: challenge, Session: session, ChallengeParameters: parameters };
  }

  private takeSession(input: Body, challenge: string): ChallengeSession {
    const key = text(input, 'Session');
    const session = this.sessions.get(key);
    this.sessions.delete(key);
    if (!session || session.challenge !== challenge || session.expiresAt < this.now()) throw invalidSession();
    return session;
  }

  /** The lockout rule before a password or code is checked; throws as Cognito's pre-authentication trigger does. */
  private async checkAttempt(username: string): Promise<void> {
    const now = this.now();
    const decision = await this.attempts.change(username.trim(), now, (record) => beforeAttempt(record, now));
    if (!decision.allowed) {
      throw new CognitoError('UserLambdaValidationException', `PreAuthentication failed with error ${lockedMessage(decision.minutesLeft)}.`);
    }
  }

  private async signedIn(user: LocalUser, clientId: string): Promise<Body> {
    // The post-authentication trigger's part (also the time of this sign-in); as there, a failure does not stop the sign-in.
    await this.attempts.reset(user.username, this.now()).catch(() => undefined);
    const refreshToken = randomBytes(64).toString('base64url');
    const authTime = Math.floor(this.now() / 1000);
    const grant = { originJti: randomUUID(), username: user.username, clientId, authTime, expiresAt: this.now() + REFRESH_HOURS * 3_600_000 };
    this.refreshGrants.set(refreshToken, grant);
    return { ChallengeParameters: {}, AuthenticationResult: { ...(await this.userTokens(user, grant)), RefreshToken: refreshToken } };
  }

  private revoke(refreshToken: string): void {
    const grant = this.refreshGrants.get(refreshToken);
    if (!grant) return;
    this.refreshGrants.delete(refreshToken);
    this.revoked.add(grant.originJti);
  }

  private async refresh(refreshToken: string, clientId: string): Promise<Body> {
    const grant = this.refreshGrants.get(refreshToken);
    if (!grant || grant.clientId !== clientId || grant.expiresAt < this.now()) {
      throw new CognitoError('NotAuthorizedException', 'Invalid Refresh Token');
    }
    const user = this.findUser(grant.username);
    if (!user) throw new CognitoError('NotAuthorizedException', 'Invalid Refresh Token');
    if (user.disabled) throw userDisabled();
    return { AuthenticationResult: await this.userTokens(user, grant) };
  }

  /** Access and ID tokens as Cognito makes them, with what the pre-token trigger adds (claims.ts, mfa.ts). */
  /** The pre-token trigger's check (functions/src/handlers/pre-token.ts): a suspended region gets no token; unknown state refuses. */
  private async suspended(regionId: string): Promise<boolean> {
    return this.regionSuspended ? this.regionSuspended(regionId).catch(() => true) : false;
  }

  private async userTokens(user: LocalUser, { clientId, authTime, originJti }: RefreshGrant): Promise<Body> {
    if (user.regionId && (await this.suspended(user.regionId))) {
      throw new CognitoError('UserLambdaValidationException', `PreTokenGeneration failed with error ${SUSPENDED_MESSAGE}.`);
    }
    const { groups, withheld } = grantedGroups(user.roles, Boolean(user.totp?.enabled));
    const scoped: Record<string, unknown> = {};
    if (user.regionId) scoped[CLAIM_REGION] = user.regionId;
    if (user.unitId) scoped[CLAIM_UNIT] = user.unitId;
    if (user.memberId) scoped[CLAIM_MEMBER] = user.memberId;
    if (withheld.length > 0) scoped[CLAIM_MFA_SETUP] = MFA_SETUP_REQUIRED;
    const seconds = TOKEN_MINUTES * 60;
    const [access, id] = await Promise.all([
      this.sign(user.sub, seconds, {
        ...scoped,
        [CLAIM_GROUPS]: groups,
        token_use: 'access',
        client_id: clientId,
        scope: USER_SCOPE,
        auth_time: authTime,
        origin_jti: originJti,
        username: user.username,
        name: user.name,
      }),
      this.sign(user.sub, seconds, {
        ...scoped,
        [CLAIM_GROUPS]: groups,
        token_use: 'id',
        aud: clientId,
        auth_time: authTime,
        origin_jti: originJti,
        'cognito:username': user.username,
        name: user.name,
      }),
    ]);
    return { AccessToken: access, IdToken: id, ExpiresIn: seconds, TokenType: 'Bearer' };
  }

  private async sign(subject: string, seconds: number, claims: Record<string, unknown>): Promise<string> {
    const issuedAt = Math.floor(this.now() / 1000);
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: this.state.key.kid })
      .setIssuer(this.issuerUrl)
      .setSubject(subject)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + seconds)
      .setJti(randomUUID())
      .sign(this.signingKey);
  }

  /** The user an access token of the SPA client speaks for (the self-service actions need one). */
  private async userOf(input: Body): Promise<LocalUser> {
    let user: LocalUser | undefined;
    try {
      const { payload } = await jwtVerify(text(input, 'AccessToken'), this.verifyingKey, {
        issuer: this.issuerUrl,
        currentDate: new Date(this.now()),
      });
      if (payload.token_use !== 'access' || payload.scope !== USER_SCOPE || typeof payload.username !== 'string') throw new Error('not a user token');
      if (typeof payload.origin_jti === 'string' && this.revoked.has(payload.origin_jti)) throw new Error('revoked');
      user = this.findUser(payload.username);
      if (!user) throw new Error('no such user');
    } catch {
      throw new CognitoError('NotAuthorizedException', 'Invalid Access Token');
    }
    if (user.disabled) throw userDisabled();
    return user;
  }

  private async globalSignOut(input: Body): Promise<Body> {
    this.endSessions(await this.userOf(input));
    return {};
  }

  /** Revokes every refresh grant of the user (and, for this issuer's own actions, its access tokens). */
  private endSessions(user: LocalUser): void {
    for (const [token, grant] of this.refreshGrants) if (grant.username === user.username) this.revoke(token);
  }

  // ---- the admin actions (the accounts area's directory) -------------------------------------------

  /** The user an admin action names: the local pool's id and an existing username. */
  private adminUser(input: Body): LocalUser {
    const poolId = text(input, 'UserPoolId');
    if (poolId !== LOCAL_USER_POOL_ID) throw new CognitoError('ResourceNotFoundException', `User pool ${poolId} does not exist.`);
    const user = this.findUser(text(input, 'Username'));
    if (!user) throw new CognitoError('UserNotFoundException', 'User does not exist.');
    return user;
  }

  private adminCreateUser(input: Body): Body {
    const poolId = text(input, 'UserPoolId');
    if (poolId !== LOCAL_USER_POOL_ID) throw new CognitoError('ResourceNotFoundException', `User pool ${poolId} does not exist.`);
    const username = text(input, 'Username').trim();
    if (!/^[\p{L}\p{M}\p{S}\p{N}\p{P}]{1,128}$/u.test(username)) {
      throw new CognitoError('InvalidParameterException', 'Username does not satisfy the constraint: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+');
    }
    if (input.MessageAction === 'RESEND') throw new CognitoError('UnsupportedOperationException', 'the local issuer sends no messages (MessageAction RESEND)');
    // Cognito would make up a password and send it; the local issuer sends nothing, so the caller must give one.
    const password = text(input, 'TemporaryPassword');
    const problem = passwordProblem(password);
    if (problem) throw new CognitoError('InvalidPasswordException', `Password does not conform to policy: ${problem}`);
    const attributes = userAttributes(input.UserAttributes);
    if (this.findUser(username)) throw new CognitoError('UsernameExistsException', 'User account already exists');
    const user: LocalUser = {
      sub: randomUUID(),
      username,
      name: attributes.name ?? username,
      roles: [],
      regionId: attributes['custom:region'] ?? null,
      ...(attributes['custom:unit'] ? { unitId: attributes['custom:unit'] } : {}),
      ...(attributes['custom:member'] ? { memberId: attributes['custom:member'] } : {}),
      ...(attributes.phone_number ? { phone: attributes.phone_number } : {}),
      password: makeVerifier(POOL_NAME, username, password),
      temporaryPassword: true,
    };
    this.state.users.push(user);
    this.persist();
    const now = Math.floor(this.now() / 1000);
    return {
      User: { Username: user.username, Attributes: attributesOf(user), Enabled: true, UserStatus: 'FORCE_CHANGE_PASSWORD', UserCreateDate: now, UserLastModifiedDate: now },
    };
  }

  private adminAddUserToGroup(input: Body): Body {
    const user = this.adminUser(input);
    const group = text(input, 'GroupName');
    if (!(GROUPS as readonly string[]).includes(group)) throw new CognitoError('ResourceNotFoundException', 'Group not found.');
    if (!user.roles.includes(group as Role)) {
      user.roles.push(group as Role);
      this.persist();
    }
    return {};
  }

  private adminDeleteUser(input: Body): Body {
    const user = this.adminUser(input);
    this.endSessions(user);
    this.state.users = this.state.users.filter((u) => u !== user);
    this.pendingTotp.delete(user.username);
    this.persist();
    return {};
  }

  /** AdminDisableUser also ends the user's sessions, as Cognito does (its refresh tokens stop working). */
  private adminSetDisabled(input: Body, disabled: boolean): Body {
    const user = this.adminUser(input);
    if (disabled) {
      user.disabled = true;
      this.endSessions(user);
    } else {
      delete user.disabled;
    }
    this.persist();
    return {};
  }

  /** Permanent false: a temporary password the next sign-in must replace; either way the user's sessions end. */
  private adminSetUserPassword(input: Body): Body {
    const user = this.adminUser(input);
    const password = text(input, 'Password');
    const problem = passwordProblem(password);
    if (problem) throw new CognitoError('InvalidPasswordException', `Password does not conform to policy: ${problem}`);
    user.password = makeVerifier(POOL_NAME, user.username, password);
    user.temporaryPassword = input.Permanent !== true;
    this.endSessions(user);
    this.persist();
    return {};
  }

  /** Changes the attributes named (the accounts area: a liaison's `custom:unit`); the others stay. */
  private adminUpdateUserAttributes(input: Body): Body {
    const user = this.adminUser(input);
    const attributes = userAttributes(input.UserAttributes);
    if (attributes.name !== undefined) user.name = attributes.name;
    if (attributes.phone_number !== undefined) user.phone = attributes.phone_number;
    if (attributes['custom:region'] !== undefined) user.regionId = attributes['custom:region'];
    if (attributes['custom:unit'] !== undefined) user.unitId = attributes['custom:unit'];
    if (attributes['custom:member'] !== undefined) user.memberId = attributes['custom:member'];
    this.persist();
    return {};
  }

  /**
   * The authenticator on or off. Off forgets its secret (Cognito keeps it but turned off; a new one is enrolled
   * with AssociateSoftwareToken either way): an admin's next sign-in asks for no code and gets an enrolment-only
   * token (mfa.ts). On needs an enrolled one.
   */
  private adminSetUserMfaPreference(input: Body): Body {
    const user = this.adminUser(input);
    const settings = input.SoftwareTokenMfaSettings as { Enabled?: unknown } | undefined;
    if (settings && settings.Enabled === false) {
      delete user.totp;
      this.pendingTotp.delete(user.username);
    } else if (settings && settings.Enabled === true) {
      if (!user.totp) throw new CognitoError('InvalidParameterException', 'User has not verified software token mfa');
      user.totp.enabled = true;
    }
    this.persist();
    return {};
  }

  private adminGetUser(input: Body): Body {
    const user = this.adminUser(input);
    const mfa = user.totp?.enabled ? ['SOFTWARE_TOKEN_MFA'] : [];
    return {
      Username: user.username,
      UserAttributes: attributesOf(user),
      Enabled: !user.disabled,
      UserStatus: user.temporaryPassword ? 'FORCE_CHANGE_PASSWORD' : 'CONFIRMED',
      UserMFASettingList: mfa,
      ...(mfa.length ? { PreferredMfaSetting: 'SOFTWARE_TOKEN_MFA' } : {}),
    };
  }

  // ---- the app-client actions (the platform's partner clients) -------------------------------------

  /** A confidential client for client credentials only, as functions/src/store/cognito-partner-clients.ts asks for it. */
  private createUserPoolClient(input: Body): Body {
    poolOf(input);
    const name = text(input, 'ClientName');
    if (!/^[\w\s+=,.@-]{1,128}$/.test(name)) throw new CognitoError('InvalidParameterException', 'ClientName does not satisfy the constraint: [\\w\\s+=,.@-]+');
    if (input.GenerateSecret !== true) throw new CognitoError('InvalidParameterException', 'the local issuer makes confidential clients only (GenerateSecret)');
    const flows = input.AllowedOAuthFlows;
    if (input.AllowedOAuthFlowsUserPoolClient !== true || !Array.isArray(flows) || flows.length !== 1 || flows[0] !== 'client_credentials') {
      throw new CognitoError('InvalidOAuthFlowException', 'the local issuer makes client-credentials clients only');
    }
    const scopes = input.AllowedOAuthScopes;
    const known: readonly string[] = [SCOPE_PUBLIC_READ, SCOPE_MEMBER_ACT];
    if (!Array.isArray(scopes) || scopes.length === 0 || scopes.some((s) => typeof s !== 'string' || !known.includes(s))) {
      throw new CognitoError('ScopeDoesNotExistException', `Invalid scope requested: ${JSON.stringify(scopes)}`);
    }
    const secret = randomBytes(38).toString('base64url');
    const now = Math.floor(this.now() / 1000);
    const client: LocalClient = {
      clientId: randomBytes(13).toString('hex').slice(0, 26),
      secret: hashSecret(secret),
      regionId: null,
      scopes: [...new Set(scopes as string[])],
      name,
      secretId: randomUUID(),
      secretCreatedAt: now,
    };
    this.state.clients.push(client);
    this.persist();
    return {
      UserPoolClient: {
        UserPoolId: LOCAL_USER_POOL_ID, ClientId: client.clientId, ClientName: name, ClientSecret: secret, AllowedOAuthFlows: ['client_credentials'],
        AllowedOAuthScopes: client.scopes, AllowedOAuthFlowsUserPoolClient: true, CreationDate: now, LastModifiedDate: now,
      },
    };
  }

  /** The client a client action names: the local pool, a client made with CreateUserPoolClient (the demo partner is the stack's). */
  private poolClient(input: Body): LocalClient {
    poolOf(input);
    const clientId = text(input, 'ClientId');
    const client = this.state.clients.find((c) => c.clientId === clientId && c.regionId === null);
    if (!client) throw new CognitoError('ResourceNotFoundException', 'User pool client does not exist.');
    return client;
  }

  private deleteUserPoolClient(input: Body): Body {
    const client = this.poolClient(input);
    this.state.clients = this.state.clients.filter((c) => c !== client);
    this.persist();
    return {};
  }

  /** A second secret beside the first (Cognito keeps at most two); both work until one is deleted. */
  private addUserPoolClientSecret(input: Body): Body {
    const client = this.poolClient(input);
    if (client.otherSecret) throw new CognitoError('LimitExceededException', 'The app client already has 2 client secrets.');
    const secret = randomBytes(38).toString('base64url');
    const added = { id: randomUUID(), hash: hashSecret(secret), createdAt: Math.floor(this.now() / 1000) };
    client.otherSecret = added;
    this.persist();
    return { ClientSecretDescriptor: { ClientSecretId: added.id, ClientSecretValue: secret, ClientSecretCreateDate: added.createdAt } };
  }

  private listUserPoolClientSecrets(input: Body): Body {
    const client = this.poolClient(input);
    return { ClientSecrets: secretsOf(client).map((s) => ({ ClientSecretId: s.id, ClientSecretCreateDate: s.createdAt })) };
  }

  private deleteUserPoolClientSecret(input: Body): Body {
    const client = this.poolClient(input);
    const id = text(input, 'ClientSecretId');
    const secrets = secretsOf(client);
    if (!secrets.some((s) => s.id === id)) throw new CognitoError('ResourceNotFoundException', 'Client secret does not exist.');
    if (secrets.length === 1) throw new CognitoError('InvalidParameterException', 'You cannot delete the last client secret of an app client.');
    const kept = secrets.find((s) => s.id !== id)!;
    client.secret = kept.hash;
    client.secretId = kept.id;
    client.secretCreatedAt = kept.createdAt;
    delete client.otherSecret;
    this.persist();
    return {};
  }

  private async getUser(input: Body): Promise<Body> {
    const user = await this.userOf(input);
    const enabled = user.totp?.enabled ? ['SOFTWARE_TOKEN_MFA'] : [];
    return {
      Username: user.username,
      UserAttributes: attributesOf(user),
      UserMFASettingList: enabled,
      ...(enabled.length ? { PreferredMfaSetting: 'SOFTWARE_TOKEN_MFA' } : {}),
    };
  }

  private async associateSoftwareToken(input: Body): Promise<Body> {
    const user = await this.userOf(input);
    const secret = new OTPAuth.Secret({ size: 20 }).base32;
    this.pendingTotp.set(user.username, secret);
    return { SecretCode: secret };
  }

  private async verifySoftwareToken(input: Body): Promise<Body> {
    const user = await this.userOf(input);
    const secret = this.pendingTotp.get(user.username);
    if (!secret) throw new CognitoError('InvalidParameterException', 'Call AssociateSoftwareToken first');
    if (totpFor(secret).validate({ token: text(input, 'UserCode'), timestamp: this.now(), window: 1 }) === null) {
      throw new CognitoError('EnableSoftwareTokenMFAException', 'Code mismatch');
    }
    this.pendingTotp.delete(user.username);
    // Verified but not yet on: SetUserMFAPreference turns it on, as in Cognito.
    user.totp = { secret, enabled: false };
    this.persist();
    return { Status: 'SUCCESS' };
  }

  private async setMfaPreference(input: Body): Promise<Body> {
    const user = await this.userOf(input);
    const settings = input.SoftwareTokenMfaSettings as { Enabled?: unknown } | undefined;
    if (settings && typeof settings.Enabled === 'boolean') {
      if (settings.Enabled && !user.totp) throw new CognitoError('InvalidParameterException', 'User has not verified software token mfa');
      if (user.totp) user.totp.enabled = settings.Enabled;
      this.persist();
    }
    return {};
  }
}

/** A client's secrets (one, or two during a rotation), each with its id and creation. */
function secretsOf(client: LocalClient): { id: string; hash: string; createdAt: number }[] {
  const first = { id: client.secretId ?? 'primary', hash: client.secret, createdAt: client.secretCreatedAt ?? 0 };
  return client.otherSecret ? [first, client.otherSecret] : [first];
}

/** The pool an app-client action names: the local pool only. */
function poolOf(input: Body): void {
  const poolId = text(input, 'UserPoolId');
  if (poolId !== LOCAL_USER_POOL_ID) throw new CognitoError('ResourceNotFoundException', `User pool ${poolId} does not exist.`);
}

const invalidSession = () => new CognitoError('NotAuthorizedException', 'Invalid session for the user, session is expired.');
const userDisabled = () => new CognitoError('NotAuthorizedException', 'User is disabled.');

/** The access key id of a SigV4 `Authorization` header (`AWS4-HMAC-SHA256 Credential=<id>/<date>/…`); null without one. */
export function accessKeyIdOf(authorization: string | undefined): string | null {
  const match = /^AWS4-HMAC-SHA256\s+Credential=([^/,\s]+)\//.exec(authorization ?? '');
  return match ? match[1]! : null;
}

/** The attributes the pool has (infra/lib/identity.ts): name, phone_number and the three custom ones. */
const USER_ATTRIBUTES = ['name', 'phone_number', 'custom:region', 'custom:unit', 'custom:member'] as const;
type UserAttribute = (typeof USER_ATTRIBUTES)[number];

/** AdminCreateUser's `UserAttributes`, checked as the pool checks them. */
function userAttributes(value: unknown): Partial<Record<UserAttribute, string>> {
  if (value === undefined) return {};
  if (!Array.isArray(value)) throw new CognitoError('InvalidParameterException', 'UserAttributes must be a list');
  const attributes: Partial<Record<UserAttribute, string>> = {};
  for (const entry of value as { Name?: unknown; Value?: unknown }[]) {
    const name = String(entry?.Name);
    if (!(USER_ATTRIBUTES as readonly string[]).includes(name)) throw new CognitoError('InvalidParameterException', `Attribute does not exist in the schema: ${name}`);
    if (typeof entry.Value !== 'string') throw new CognitoError('InvalidParameterException', `Attribute ${name} has no value`);
    if (name === 'phone_number' && !/^\+[1-9][0-9]{4,14}$/.test(entry.Value)) throw new CognitoError('InvalidParameterException', 'Invalid phone number format.');
    attributes[name as UserAttribute] = entry.Value;
  }
  return attributes;
}

/** A user's attributes as GetUser and AdminGetUser list them. */
function attributesOf(user: LocalUser): { Name: string; Value: string }[] {
  const attributes: Record<string, string | undefined> = {
    sub: user.sub,
    name: user.name,
    phone_number: user.phone,
    'custom:region': user.regionId ?? undefined,
    'custom:unit': user.unitId,
    'custom:member': user.memberId,
  };
  return Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([Name, Value]) => ({ Name, Value }));
}

function text(input: Body, field: string): string {
  const value = input[field];
  if (typeof value !== 'string' || value === '') throw new CognitoError('InvalidParameterException', `Missing required parameter ${field}`);
  return value;
}

function record(input: Body, field: string): Body {
  const value = input[field];
  if (typeof value !== 'object' || value === null) throw new CognitoError('InvalidParameterException', `Missing required parameter ${field}`);
  return value as Body;
}

/** The demo accounts of the local stack (README lists them): one per role, and a partner client. */
export const DEMO_PASSWORD = 'Gongjian@2026';
/** The demo admins' authenticator secret (base32), so that a demo sign-in can be completed: `npm run totp`. */
export const DEMO_TOTP_SECRET = 'GONGJIANDEMOTOTPSECRETBASE32AAAA';
export const DEMO_PARTNER = { clientId: 'demo-partner', secret: 'demo-partner-secret' };

export function demoDirectory(regionId: string, liaisonUnitId: string | undefined, memberId?: string): { users: LocalUser[]; clients: LocalClient[] } {
  const user = (u: Omit<LocalUser, 'sub' | 'password'>): LocalUser => ({ ...u, sub: randomUUID(), password: makeVerifier(POOL_NAME, u.username, DEMO_PASSWORD) });
  const totp = { secret: DEMO_TOTP_SECRET, enabled: true };
  const users: LocalUser[] = [
    user({ username: 'platform', name: '平台管理员', roles: ['PLATFORM_ADMIN'], regionId: null, totp }),
    user({ username: 'admin', name: '秘书处管理员', roles: ['REGION_ADMIN'], regionId, totp }),
    user({ username: 'member', name: '党员张三', roles: ['MEMBER'], regionId, memberId }),
    // A region admin as an operator just created it: a temporary password, no authenticator yet.
    user({ username: 'newadmin', name: '新任管理员', roles: ['REGION_ADMIN'], regionId, temporaryPassword: true }),
  ];
  if (liaisonUnitId) users.push(user({ username: 'liaison', name: '联络员李四', roles: ['UNIT_LIAISON'], regionId, unitId: liaisonUnitId }));
  return {
    users,
    clients: [{ clientId: DEMO_PARTNER.clientId, secret: hashSecret(DEMO_PARTNER.secret), regionId, scopes: [SCOPE_PUBLIC_READ, SCOPE_MEMBER_ACT] }],
  };
}
