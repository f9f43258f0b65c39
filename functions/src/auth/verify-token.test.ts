import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedPartnerRegions, createTokenVerifier, principalFromClaims } from './verify-token';

describe('Method: principalFromClaims', () => {
  const user = { sub: 'u1', username: 'admin', 'cognito:groups': ['REGION_ADMIN'], 'gongjian:region': 'r1' };
  it('reads a region admin', () => {
    expect(principalFromClaims(user)).toEqual({ userId: 'u1', username: 'admin', displayName: 'admin', regionId: 'r1', roles: ['REGION_ADMIN'], unitId: undefined, memberId: undefined });
  });
  it('reads a partner client from client-credentials claims', () => {
    expect(principalFromClaims({ sub: 'c1', scope: 'gongjian/public.read', 'gongjian:region': 'r1' })).toMatchObject({ roles: ['PARTNER'], scopes: ['gongjian/public.read'] });
  });
  it.each([
    ['no groups', { ...user, 'cognito:groups': [] }],
    ['unknown groups only', { ...user, 'cognito:groups': ['ROOT'] }],
    ['a self-made PARTNER group', { ...user, 'cognito:groups': ['PARTNER'] }],
    ['no region for a region role', { ...user, 'gongjian:region': undefined }],
    ['a liaison without a unit', { ...user, 'cognito:groups': ['UNIT_LIAISON'] }],
    ['a partner without a region', { sub: 'c1', scope: 'x' }],
    ['no subject', { ...user, sub: undefined }],
  ])('refuses %s', (_, claims) => expect(principalFromClaims(claims)).toBeNull());
  it('grants no admin role to a token still waiting for an authenticator, keeping its other roles', () => {
    expect(principalFromClaims({ ...user, 'gongjian:mfa_setup': 'required' })).toBeNull();
    const both = { ...user, 'cognito:groups': ['REGION_ADMIN', 'MEMBER'], 'gongjian:mfa_setup': 'required' };
    expect(principalFromClaims(both)).toMatchObject({ roles: ['MEMBER'] });
  });
  it('lets a platform admin belong to no region', () => {
    expect(principalFromClaims({ sub: 'p', username: 'platform', 'cognito:groups': ['PLATFORM_ADMIN'] })).toMatchObject({ regionId: null, roles: ['PLATFORM_ADMIN'] });
  });
});

describe('partner clients as data (createTokenVerifier with partnerClients)', () => {
  let server: Server;
  let issuer: string;
  let sign: (claims: Record<string, unknown>) => Promise<string>;

  beforeAll(async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    server = createServer((_, res) => res.end(JSON.stringify({ keys: [jwk] })));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    sign = (claims) =>
      new SignJWT({ token_use: 'access', ...claims }).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setIssuer(issuer).setSubject(String(claims.client_id ?? 'u')).setIssuedAt().setExpirationTime('5m').sign(privateKey);
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const partnerToken = (clientId: string, region = 'r1') => sign({ client_id: clientId, scope: 'gongjian/public.read', 'gongjian:region': region });

  it('accepts an active registered client of the token region; refuses another region, an unknown client and a failed lookup', async () => {
    const regions: Record<string, string | Error> = { reg: 'r1', broken: new Error('table down') };
    const verify = createTokenVerifier({
      issuer,
      clientIds: ['spa'],
      partnerClients: { lookup: async (id) => { const r = regions[id]; if (r instanceof Error) throw r; return r ?? null; } },
    });
    expect((await verify(`Bearer ${await partnerToken('reg')}`)).principal).toMatchObject({ roles: ['PARTNER'], regionId: 'r1' });
    expect((await verify(`Bearer ${await partnerToken('reg', 'r2')}`)).refusal?.code).toBe('UNAUTHENTICATED');
    expect((await verify(`Bearer ${await partnerToken('nobody')}`)).refusal?.code).toBe('UNAUTHENTICATED');
    expect((await verify(`Bearer ${await partnerToken('broken')}`)).refusal?.code).toBe('UNAUTHENTICATED');
    // A user token from an unlisted client is never accepted through the partner path.
    const user = await sign({ client_id: 'reg', username: 'x', 'cognito:groups': ['REGION_ADMIN'], 'gongjian:region': 'r1' });
    expect((await verify(`Bearer ${user}`)).refusal?.code).toBe('UNAUTHENTICATED');
  });

  it('the static list works as before, without a lookup', async () => {
    let asked = 0;
    const verify = createTokenVerifier({ issuer, clientIds: ['stack-partner'], partnerClients: { lookup: async () => (asked++, null) } });
    expect((await verify(`Bearer ${await partnerToken('stack-partner')}`)).principal).toMatchObject({ roles: ['PARTNER'] });
    expect(asked).toBe(0);
  });

  it('caches answers for cacheMs (a revoked client stops within it); failures are not cached', async () => {
    let now = 0;
    let answer: string | null = 'r1';
    let calls = 0;
    const lookup = cachedPartnerRegions({ lookup: async () => (calls++, answer), cacheMs: 60_000, now: () => now });
    expect(await lookup('c')).toBe('r1');
    answer = null;
    now = 59_999;
    expect(await lookup('c')).toBe('r1');
    now = 60_000;
    expect(await lookup('c')).toBeNull();
    expect(calls).toBe(2);
    let fail = true;
    const flaky = cachedPartnerRegions({ lookup: async () => { if (fail) throw new Error('down'); return 'r1'; }, now: () => 0 });
    await expect(flaky('c')).rejects.toThrow('down');
    fail = false;
    expect(await flaky('c')).toBe('r1');
  });
});
