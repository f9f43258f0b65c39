import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import { unauthenticated } from '../domain/errors';
import { CLAIM_GROUPS, CLAIM_MEMBER, CLAIM_REGION, CLAIM_UNIT } from './claims';
import { CLAIM_MFA_SETUP, grantedGroups } from './mfa';
import { ROLES, type Principal, type Role } from './principal';

export interface TokenVerifierOptions {
  /** Token issuer: the Cognito user pool URL, or the local stack's origin. */
  issuer: string;
  /** App clients whose tokens the API accepts. */
  clientIds: string[];
  /** @default `${issuer}/.well-known/jwks.json` (where Cognito and the local issuer publish keys) */
  jwksUrl?: string;
  /**
   * Partner clients registered as data (domain/partners): a client-credentials token whose client is not in
   * `clientIds` is accepted only if `lookup` names the client's region (an ACTIVE registered client) and it equals
   * the token's `gongjian:region`. Answers are cached per process for `cacheMs`; a failed lookup refuses the token.
   */
  partnerClients?: PartnerClientAcceptance;
}

export interface PartnerClientAcceptance {
  /** The region of an ACTIVE registered client; null for an unknown or revoked one. */
  lookup: (clientId: string) => Promise<string | null>;
  /** How long an answer is kept: a revoked client's tokens stop within this time. @default PARTNER_CLIENT_CACHE_MS */
  cacheMs?: number;
  now?: () => number;
}

/** One minute: a revoked partner client's tokens stop working with the API within a minute. */
export const PARTNER_CLIENT_CACHE_MS = 60_000;
/** Cached answers at most (a deployment has a handful of partners); beyond it the cache starts over. */
const CACHE_ENTRIES = 1000;

/** The caller of one request: signed in, anonymous (no token), or refused with the reason. */
export type Caller = { principal: Principal | null; refusal?: ReturnType<typeof unauthenticated> };

/**
 * The one verification path, in the cloud and locally: RS256 signature by the issuer's published
 * keys, issuer, expiry, an access token, from an accepted client. Nothing is trusted before that.
 */
export function createTokenVerifier(options: TokenVerifierOptions): (authorization: string | undefined) => Promise<Caller> {
  if (options.clientIds.length === 0) throw new Error('token verifier needs at least one accepted client id');
  const jwksUrl = new URL(options.jwksUrl ?? `${options.issuer}/.well-known/jwks.json`);
  // The issuer's key set, made at the first token and kept for the process (jose caches the keys it fetches).
  // Not at start: making it loads Node's fetch (undici), which a request without a token never needs.
  let keys: ReturnType<typeof createRemoteJWKSet> | undefined;
  const partnerRegion = options.partnerClients ? cachedPartnerRegions(options.partnerClients) : null;
  return async (authorization) => {
    if (!authorization) return { principal: null };
    const [scheme, token] = authorization.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) return { principal: null, refusal: unauthenticated('登录凭据格式无效') };
    try {
      keys ??= createRemoteJWKSet(jwksUrl);
      const { payload } = await jwtVerify(token, keys, { issuer: options.issuer, algorithms: ['RS256'] });
      if (payload.token_use !== 'access') return refuse();
      if (typeof payload.client_id !== 'string') return refuse();
      if (!options.clientIds.includes(payload.client_id)) {
        // Not a client of the stack: a registered partner client, active, of the very region the token names.
        if (!partnerRegion || typeof payload.username === 'string' || typeof payload[CLAIM_REGION] !== 'string') return refuse();
        const region = await partnerRegion(payload.client_id).catch(() => null); // a failed lookup never accepts
        if (region === null || region !== payload[CLAIM_REGION]) return refuse();
      }
      const principal = principalFromClaims(payload);
      return principal ? { principal } : refuse();
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) return { principal: null, refusal: unauthenticated('登录已过期，请重新登录') };
      if (error instanceof joseErrors.JOSEError) return refuse();
      throw error;
    }
  };
}

const refuse = (): Caller => ({ principal: null, refusal: unauthenticated('登录凭据无效，请重新登录') });

/** A verified token's claims as a principal; null when they do not make a valid caller. */
export function principalFromClaims(claims: JWTPayload): Principal | null {
  const region = typeof claims[CLAIM_REGION] === 'string' ? (claims[CLAIM_REGION] as string) : null;
  const sub = typeof claims.sub === 'string' ? claims.sub : null;
  if (!sub) return null;
  if (typeof claims.username !== 'string') {
    // Client credentials: a partner system, always of one region.
    if (!region) return null;
    const scopes = typeof claims.scope === 'string' ? claims.scope.split(' ').filter(Boolean) : [];
    return { userId: `client:${sub}`, displayName: sub, regionId: region, roles: ['PARTNER'], scopes };
  }
  const listed = Array.isArray(claims[CLAIM_GROUPS]) ? (claims[CLAIM_GROUPS] as unknown[]).filter((g): g is string => typeof g === 'string') : [];
  // A token marked "authenticator still to enrol" never carries an admin role, whatever its groups say:
  // a second line behind the issuer's own withholding (functions/src/auth/mfa.ts).
  const groups = claims[CLAIM_MFA_SETUP] !== undefined ? grantedGroups(listed, false).groups : listed;
  const roles = groups.filter((g): g is Role => typeof g === 'string' && (ROLES as readonly string[]).includes(g) && g !== 'PARTNER');
  if (roles.length === 0) return null;
  const unitId = typeof claims[CLAIM_UNIT] === 'string' ? (claims[CLAIM_UNIT] as string) : undefined;
  const memberId = typeof claims[CLAIM_MEMBER] === 'string' ? (claims[CLAIM_MEMBER] as string) : undefined;
  // Every role but the platform admin acts inside one region; a liaison always for one unit.
  if (!region && !roles.includes('PLATFORM_ADMIN')) return null;
  if (roles.includes('UNIT_LIAISON') && !unitId) return null;
  const name = typeof claims.name === 'string' ? claims.name : claims.username;
  return { userId: sub, username: claims.username, displayName: name, regionId: region, roles, unitId, memberId };
}

/** The partner clients' lookup with a per-process cache of its answers. */
export const cachedPartnerRegions = ({ lookup, cacheMs = PARTNER_CLIENT_CACHE_MS, now = Date.now }: PartnerClientAcceptance) => cachedLookup(lookup, cacheMs, now);

/**
 * A lookup with a per-process cache of its answers for `cacheMs` (failures are not kept: the next request asks
 * again), bounded to CACHE_ENTRIES keys: a partner client's region, a region's state.
 */
export function cachedLookup<T>(lookup: (key: string) => Promise<T>, cacheMs: number, now: () => number = Date.now): (key: string) => Promise<T> {
  const cache = new Map<string, { answer: Promise<T>; until: number }>();
  return (key) => {
    const at = now();
    const hit = cache.get(key);
    if (hit && hit.until > at) return hit.answer;
    if (cache.size >= CACHE_ENTRIES) cache.clear();
    const answer = lookup(key);
    if (cacheMs > 0) cache.set(key, { answer, until: at + cacheMs });
    answer.catch(() => cache.delete(key));
    return answer;
  };
}
