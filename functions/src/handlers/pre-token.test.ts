import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadMetrics } from '../observability/metrics';
import { testTelemetry } from '../observability/telemetry';
import { captureOutput } from '../observability/testing';
import { triggerReport } from '../observability/trigger';
import { CLAIM_MFA_SETUP, MFA_SETUP_REQUIRED } from '../auth/mfa';
import { principalFromClaims } from '../auth/verify-token';
import {
  CLIENT_CREDENTIALS_SOURCE,
  cognitoAuthenticatorLookup,
  createPreTokenHandler,
  PartnerClientRefusedError,
  type PartnerClientRegionLookup,
  RegionSuspendedError,
  handler,
  parsePartnerRegions,
  tokenOverrides,
  withGongjianClaims,
  type AuthenticatorLookup,
  type PreTokenEvent,
} from './pre-token';

/** A version-3 event as Cognito sends it (response details arrive as null). */
function event(
  triggerSource: string,
  userAttributes: Record<string, string>,
  clientId = 'spa-client',
  groups: string[] | null = ['UNIT_LIAISON'],
): PreTokenEvent {
  return {
    version: '3',
    region: 'cn-north-1',
    userPoolId: 'cn-north-1_pool',
    triggerSource,
    userName: triggerSource === CLIENT_CREDENTIALS_SOURCE ? 'ClientCredentials' : 'liaison',
    callerContext: { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId },
    request: { userAttributes, groupConfiguration: (groups === null ? null : { groupsToOverride: groups }) as never },
    response: { claimsAndScopeOverrideDetails: null as never },
  };
}

const accessClaims = (result: PreTokenEvent) =>
  result.response.claimsAndScopeOverrideDetails?.accessTokenGeneration?.claimsToAddOrOverride;
const idClaims = (result: PreTokenEvent) => result.response.claimsAndScopeOverrideDetails?.idTokenGeneration?.claimsToAddOrOverride;
const groupOverride = (result: PreTokenEvent) => result.response.claimsAndScopeOverrideDetails?.groupOverrideDetails;

/** The access token Cognito would issue for `result`, as the API reads it. */
function accessToken(result: PreTokenEvent, groups: string[]) {
  const overridden = groupOverride(result)?.groupsToOverride;
  return { sub: 'u1', username: 'zhang', token_use: 'access', 'cognito:groups': overridden ?? groups, ...accessClaims(result) };
}

describe('Method: withGongjianClaims (users)', () => {
  const liaison = { sub: 'u1', 'custom:region': 'r1', 'custom:unit': 'unit-7', 'custom:member': 'm-3', name: '王芳' };

  it.each(['TokenGeneration_Authentication', 'TokenGeneration_RefreshTokens', 'TokenGeneration_NewPasswordChallenge'])(
    'copies the name, region, unit and member into the access token on %s',
    (source) => {
      expect(accessClaims(withGongjianClaims(event(source, liaison), {}, false))).toEqual({
        name: '王芳',
        'gongjian:region': 'r1',
        'gongjian:unit': 'unit-7',
        'gongjian:member': 'm-3',
      });
    },
  );

  it('adds only the attributes that are set, and never another attribute', () => {
    const result = withGongjianClaims(event('TokenGeneration_Authentication', { sub: 'u2', 'custom:region': 'r1', 'custom:unit': '', email: 'a@b.cn' }), {}, false);

    expect(accessClaims(result)).toEqual({ 'gongjian:region': 'r1' });
    expect(result.response.claimsAndScopeOverrideDetails).toEqual({
      accessTokenGeneration: { claimsToAddOrOverride: { 'gongjian:region': 'r1' } },
    });
  });

  it('returns the event unchanged for a user with nothing to add', () => {
    const member = event('TokenGeneration_Authentication', { sub: 'p1' }, 'spa-client', ['MEMBER']);

    expect(withGongjianClaims(member, {}, false)).toBe(member);
  });

  it('ignores the partner mapping for a user, even one signed in through a mapped client id', () => {
    const result = withGongjianClaims(event('TokenGeneration_Authentication', { sub: 'u3' }, 'partner-1'), { 'partner-1': 'r9' }, false);

    expect(accessClaims(result)).toBeUndefined();
  });

  it('makes a token the API accepts as the same liaison', () => {
    const result = withGongjianClaims(event('TokenGeneration_Authentication', liaison), {}, false);

    expect(principalFromClaims(accessToken(result, ['UNIT_LIAISON']))).toMatchObject({
      userId: 'u1', regionId: 'r1', roles: ['UNIT_LIAISON'], unitId: 'unit-7', memberId: 'm-3',
    });
  });
});

describe('Method: tokenOverrides (MFA for admins)', () => {
  const regionAdmin = { sub: 'u1', 'custom:region': 'r1' };

  it.each(['TokenGeneration_Authentication', 'TokenGeneration_RefreshTokens', 'TokenGeneration_NewPasswordChallenge'])(
    'withholds REGION_ADMIN from a region admin without an authenticator on %s, and says why in both tokens',
    (source) => {
      const result = withGongjianClaims(event(source, regionAdmin, 'spa-client', ['REGION_ADMIN']), {}, false);

      expect(result.response.claimsAndScopeOverrideDetails).toEqual({
        idTokenGeneration: { claimsToAddOrOverride: { [CLAIM_MFA_SETUP]: MFA_SETUP_REQUIRED } },
        accessTokenGeneration: { claimsToAddOrOverride: { 'gongjian:region': 'r1', [CLAIM_MFA_SETUP]: MFA_SETUP_REQUIRED } },
        groupOverrideDetails: { groupsToOverride: [] },
      });
      // The API finds no role in that token and refuses it: it is good for enrolment only.
      expect(principalFromClaims(accessToken(result, ['REGION_ADMIN']))).toBeNull();
    },
  );

  it('withholds PLATFORM_ADMIN too, and keeps the groups that need no authenticator', () => {
    const result = withGongjianClaims(
      event('TokenGeneration_Authentication', { sub: 'u1', 'custom:region': 'r1', 'custom:unit': 'unit-7' }, 'spa-client', ['PLATFORM_ADMIN', 'UNIT_LIAISON']),
      {},
      false,
    );

    expect(groupOverride(result)).toEqual({ groupsToOverride: ['UNIT_LIAISON'] });
    expect(idClaims(result)).toEqual({ [CLAIM_MFA_SETUP]: MFA_SETUP_REQUIRED });
    expect(principalFromClaims(accessToken(result, ['PLATFORM_ADMIN', 'UNIT_LIAISON']))).toMatchObject({ roles: ['UNIT_LIAISON'], unitId: 'unit-7' });
  });

  it('grants the admin groups to an admin with an authenticator, unchanged and without the enrolment claim', () => {
    const result = withGongjianClaims(event('TokenGeneration_RefreshTokens', regionAdmin, 'spa-client', ['REGION_ADMIN']), {}, true);

    expect(result.response.claimsAndScopeOverrideDetails).toEqual({
      accessTokenGeneration: { claimsToAddOrOverride: { 'gongjian:region': 'r1' } },
    });
    expect(principalFromClaims(accessToken(result, ['REGION_ADMIN']))).toMatchObject({ roles: ['REGION_ADMIN'], regionId: 'r1' });
  });

  it('withholds from a platform admin who has no other claim as well', () => {
    const platform = event('TokenGeneration_Authentication', { sub: 'p1' }, 'spa-client', ['PLATFORM_ADMIN']);

    expect(tokenOverrides(platform, {}, false)).toEqual({
      idTokenGeneration: { claimsToAddOrOverride: { [CLAIM_MFA_SETUP]: MFA_SETUP_REQUIRED } },
      accessTokenGeneration: { claimsToAddOrOverride: { [CLAIM_MFA_SETUP]: MFA_SETUP_REQUIRED } },
      groupOverrideDetails: { groupsToOverride: [] },
    });
    expect(tokenOverrides(platform, {}, true)).toBeNull();
  });

  it.each([
    ['no groups', []],
    ['groups sent as null', null],
    ['only groups that need no authenticator', ['UNIT_LIAISON', 'MEMBER']],
  ])('does not touch the groups of a user with %s, whatever the authenticator', (_, groups) => {
    const result = tokenOverrides(event('TokenGeneration_Authentication', { sub: 'u1' }, 'spa-client', groups), {}, false);

    expect(result).toBeNull();
  });
});

describe('Method: withGongjianClaims (partner clients)', () => {
  const regions = { 'partner-1': 'r1', 'partner-2': 'r2' };

  it('gives a mapped client its region', () => {
    const result = withGongjianClaims(event(CLIENT_CREDENTIALS_SOURCE, {}, 'partner-2'), regions, false);

    expect(accessClaims(result)).toEqual({ 'gongjian:region': 'r2' });
    const token = { sub: 'partner-2', token_use: 'access', scope: 'gongjian/public.read', ...accessClaims(result) };
    expect(principalFromClaims(token)).toMatchObject({ regionId: 'r2', roles: ['PARTNER'], scopes: ['gongjian/public.read'] });
  });

  it.each([
    ['an unmapped client', 'partner-3'],
    ['a client id that names an object property', 'toString'],
    ['a client id that names the prototype', '__proto__'],
  ])('adds nothing for %s', (_, clientId) => {
    const unmapped = event(CLIENT_CREDENTIALS_SOURCE, {}, clientId);

    expect(withGongjianClaims(unmapped, regions, false)).toBe(unmapped);
  });

  it('does not read user attributes or groups on a client-credentials event', () => {
    const result = withGongjianClaims(event(CLIENT_CREDENTIALS_SOURCE, { 'custom:region': 'r9' }, 'partner-1', ['REGION_ADMIN']), regions, false);

    expect(result.response.claimsAndScopeOverrideDetails).toEqual({ accessTokenGeneration: { claimsToAddOrOverride: { 'gongjian:region': 'r1' } } });
  });
});

describe('Function: parsePartnerRegions', () => {
  it('reads nothing as no partners', () => {
    expect(parsePartnerRegions(undefined)).toEqual({});
    expect(parsePartnerRegions('')).toEqual({});
  });

  it('reads a client id → region object', () => {
    expect(parsePartnerRegions('{"abc123":"r1"}')).toEqual({ abc123: 'r1' });
  });

  it.each([
    ['an array', '["r1"]', /must be a JSON object/],
    ['null', 'null', /must be a JSON object/],
    ['an empty region', '{"abc":""}', /the region of client 'abc' must be a non-empty string/],
    ['a region that is not a string', '{"abc":1}', /the region of client 'abc'/],
    ['malformed JSON', '{abc', SyntaxError],
  ])('refuses %s', (_, json, error) => {
    expect(() => parsePartnerRegions(json)).toThrow(error);
  });
});

describe('Function: createPreTokenHandler', () => {
  let output: ReturnType<typeof captureOutput>;
  beforeEach(() => {
    output = captureOutput();
  });
  afterEach(() => {
    output.restore();
    vi.restoreAllMocks();
  });
  const adminEvent = () => event('TokenGeneration_RefreshTokens', { sub: 'u1', 'custom:region': 'r1' }, 'spa-client', ['REGION_ADMIN']);
  const report = async () => triggerReport({ logger: testTelemetry('gongjian-test-pre-token').logger, metrics: await loadMetrics('gongjian-test-pre-token', { STAGE: 'test' }) });
  let testReport: Awaited<ReturnType<typeof report>>;
  beforeAll(async () => {
    testReport = await report();
  });
  const handlerWith = (lookupAuthenticator: AuthenticatorLookup) => createPreTokenHandler({ lookupAuthenticator, partnerRegions: () => ({}), report: testReport });
  const logLines = (level: string) => output.lines().filter((line) => line.level === level);

  it('asks Cognito about the user of the event, in the pool of the event, only for an admin group', async () => {
    const lookup = vi.fn<AuthenticatorLookup>().mockResolvedValue(true);
    const run = handlerWith(lookup);

    const result = await run(adminEvent());
    expect(result.response.claimsAndScopeOverrideDetails).toEqual({ accessTokenGeneration: { claimsToAddOrOverride: { 'gongjian:region': 'r1' } } });
    expect(lookup).toHaveBeenCalledExactlyOnceWith('cn-north-1_pool', 'liaison');
    await run(event('TokenGeneration_Authentication', { sub: 'u2', 'custom:region': 'r1', 'custom:unit': 'x' }));
    await run(event(CLIENT_CREDENTIALS_SOURCE, {}, 'partner-1', ['REGION_ADMIN']));
    expect(lookup).toHaveBeenCalledTimes(1);
  });

  it('withholds the admin groups when the user has no authenticator, and logs the sub only', async () => {
    const result = await handlerWith(async () => false)(adminEvent());

    expect(groupOverride(result)).toEqual({ groupsToOverride: [] });
    expect(logLines('INFO')).toEqual([expect.objectContaining({ message: expect.stringContaining('no authenticator enrolled'), sub: 'u1' })]);
    expect(output.text()).not.toContain('liaison');
  });

  it('fails closed: when AdminGetUser fails, the admin groups are withheld and the sign-in still gets a token', async () => {
    const failure = Object.assign(new Error('Rate exceeded for user zhang'), { name: 'TooManyRequestsException' });
    const result = await handlerWith(async () => Promise.reject(failure))(adminEvent());

    expect(groupOverride(result)).toEqual({ groupsToOverride: [] });
    expect(accessClaims(result)).toEqual({ 'gongjian:region': 'r1', [CLAIM_MFA_SETUP]: MFA_SETUP_REQUIRED });
    expect(logLines('ERROR')).toEqual([expect.objectContaining({ error: 'TooManyRequestsException', sub: 'u1' })]);
    expect(output.text()).not.toContain('zhang');
    // No admin gets an admin token while this lasts: the alarm's metric.
    expect(output.lines().filter((line) => 'TriggerFailures' in line)).toEqual([expect.objectContaining({ TriggerFailures: 1, stage: 'test' })]);
  });
});

describe('Function: createPreTokenHandler, registered partner clients (the table)', () => {
  let output: ReturnType<typeof captureOutput>;
  beforeEach(() => {
    output = captureOutput();
  });
  afterEach(() => output.restore());
  const handlerWith = (partnerClientRegion: PartnerClientRegionLookup) =>
    createPreTokenHandler({ lookupAuthenticator: async () => true, partnerRegions: () => ({ 'stack-partner': 'r0' }), partnerClientRegion });

  it('gives a registered active client the region of its item; the mapping wins without a lookup', async () => {
    const lookup = vi.fn<PartnerClientRegionLookup>(async (id) => (id === 'registered' ? 'r7' : null));
    const run = handlerWith(lookup);
    expect(accessClaims(await run(event(CLIENT_CREDENTIALS_SOURCE, {}, 'registered')))).toEqual({ 'gongjian:region': 'r7' });
    expect(accessClaims(await run(event(CLIENT_CREDENTIALS_SOURCE, {}, 'stack-partner')))).toEqual({ 'gongjian:region': 'r0' });
    expect(lookup).toHaveBeenCalledExactlyOnceWith('registered');
    // A user's token never asks.
    await run(event('TokenGeneration_Authentication', { sub: 'u1', 'custom:region': 'r1' }, 'registered'));
    expect(lookup).toHaveBeenCalledTimes(1);
  });

  it('refuses (throws) for an unknown or revoked client, and when the item cannot be read', async () => {
    await expect(handlerWith(async () => null)(event(CLIENT_CREDENTIALS_SOURCE, {}, 'revoked'))).rejects.toBeInstanceOf(PartnerClientRefusedError);
    const down = Object.assign(new Error('throttled'), { name: 'ProvisionedThroughputExceededException' });
    await expect(handlerWith(async () => Promise.reject(down))(event(CLIENT_CREDENTIALS_SOURCE, {}, 'registered'))).rejects.toBe(down);
  });
});

describe('Function: createPreTokenHandler, suspended regions', () => {
  let output: ReturnType<typeof captureOutput>;
  beforeEach(() => {
    output = captureOutput();
  });
  afterEach(() => output.restore());
  const handlerWith = (regionSuspended: (regionId: string) => Promise<boolean>) =>
    createPreTokenHandler({ lookupAuthenticator: async () => true, partnerRegions: () => ({ 'stack-partner': 'r2' }), partnerClientRegion: async () => null, regionSuspended });

  it("issues no token to a suspended region's user or partner, at sign-in and on refresh, saying why", async () => {
    const asked: string[] = [];
    const run = handlerWith(async (regionId) => (asked.push(regionId), regionId === 'r2'));
    await expect(run(event('TokenGeneration_Authentication', { sub: 'u1', 'custom:region': 'r2', 'custom:unit': 'x' }))).rejects.toThrow(RegionSuspendedError);
    await expect(run(event('TokenGeneration_RefreshTokens', { sub: 'u1', 'custom:region': 'r2', 'custom:unit': 'x' }))).rejects.toThrow('区域已停用');
    await expect(run(event(CLIENT_CREDENTIALS_SOURCE, {}, 'stack-partner'))).rejects.toBeInstanceOf(RegionSuspendedError);
    expect(accessClaims(await run(event('TokenGeneration_Authentication', { sub: 'u3', 'custom:region': 'r1', 'custom:unit': 'x' })))).toEqual({ 'gongjian:region': 'r1', 'gongjian:unit': 'x' });
    expect(asked).toEqual(['r2', 'r2', 'r2', 'r1']);
  });

  it('asks nothing for a platform admin (no region), and refuses when the state cannot be read (fail closed)', async () => {
    const ask = vi.fn(async () => false);
    const platform = event('TokenGeneration_Authentication', { sub: 'p1' }, 'spa-client', ['PLATFORM_ADMIN']);
    await handlerWith(ask)(platform);
    expect(ask).not.toHaveBeenCalled();
    const down = Object.assign(new Error('throttled'), { name: 'ProvisionedThroughputExceededException' });
    await expect(handlerWith(async () => Promise.reject(down))(event('TokenGeneration_Authentication', { sub: 'u1', 'custom:region': 'r1' }))).rejects.toBe(down);
  });
});

describe('Function: handler (the Lambda export)', () => {
  it('answers with the claims, and logs a partner without a region (no PARTNER_REGIONS here)', async () => {
    await expect(handler(event('TokenGeneration_Authentication', { 'custom:region': 'r1' }))).resolves.toMatchObject({
      response: { claimsAndScopeOverrideDetails: { accessTokenGeneration: { claimsToAddOrOverride: { 'gongjian:region': 'r1' } } } },
    });
    const output = captureOutput();
    const partner = event(CLIENT_CREDENTIALS_SOURCE, {}, 'partner-1');
    await expect(handler(partner)).resolves.toBe(partner);
    output.restore();
    expect(output.lines()).toEqual([expect.objectContaining({ level: 'WARN', service: 'gongjian-pre-token', clientId: 'partner-1' })]);
  });
});

describe('Function: cognitoAuthenticatorLookup', () => {
  const clientAnswering = (answer: unknown) => {
    const send = vi.fn().mockResolvedValue(answer);
    return { send, client: { send } as unknown as CognitoIdentityProviderClient };
  };

  it('sends AdminGetUser for the pool and username, and finds an enrolled authenticator app', async () => {
    const { send, client } = clientAnswering({ Username: 'zhang', UserMFASettingList: ['SOFTWARE_TOKEN_MFA'], PreferredMfaSetting: 'SOFTWARE_TOKEN_MFA' });

    await expect(cognitoAuthenticatorLookup(client)('cn-north-1_pool', 'zhang')).resolves.toBe(true);
    expect(send.mock.calls[0]?.[0]).toMatchObject({ input: { UserPoolId: 'cn-north-1_pool', Username: 'zhang' } });
    expect(send.mock.calls[0]?.[0].constructor.name).toBe('AdminGetUserCommand');
  });

  it.each([
    ['no MFA setting at all', { Username: 'zhang' }],
    ['an empty list', { Username: 'zhang', UserMFASettingList: [] }],
    ['SMS only', { Username: 'zhang', UserMFASettingList: ['SMS_MFA'] }],
  ])('finds no authenticator with %s', async (_, answer) => {
    await expect(cognitoAuthenticatorLookup(clientAnswering(answer).client)('p', 'zhang')).resolves.toBe(false);
  });
});
