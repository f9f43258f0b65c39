import { describe, expect, it, vi } from 'vitest';
import { principalFromClaims } from '../auth/verify-token';
import {
  CLIENT_CREDENTIALS_SOURCE,
  handler,
  parsePartnerRegions,
  withGongjianClaims,
  type PreTokenEvent,
} from './pre-token';

/** A version-3 event as Cognito sends it (response details arrive as null). */
function event(triggerSource: string, userAttributes: Record<string, string>, clientId = 'spa-client'): PreTokenEvent {
  return {
    version: '3',
    region: 'cn-north-1',
    userPoolId: 'cn-north-1_pool',
    triggerSource,
    userName: triggerSource === CLIENT_CREDENTIALS_SOURCE ? 'ClientCredentials' : 'liaison',
    callerContext: { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId },
    request: { userAttributes, groupConfiguration: { groupsToOverride: ['UNIT_LIAISON'] } },
    response: { claimsAndScopeOverrideDetails: null as never },
  };
}

const accessClaims = (result: PreTokenEvent) =>
  result.response.claimsAndScopeOverrideDetails?.accessTokenGeneration?.claimsToAddOrOverride;

describe('Method: withGongjianClaims (users)', () => {
  const liaison = { sub: 'u1', 'custom:region': 'r1', 'custom:unit': 'unit-7', 'custom:member': 'm-3', name: '王芳' };

  it.each(['TokenGeneration_Authentication', 'TokenGeneration_RefreshTokens', 'TokenGeneration_NewPasswordChallenge'])(
    'copies region, unit and member into the access token on %s',
    (source) => {
      expect(accessClaims(withGongjianClaims(event(source, liaison), {}))).toEqual({
        'gongjian:region': 'r1',
        'gongjian:unit': 'unit-7',
        'gongjian:member': 'm-3',
      });
    },
  );

  it('adds only the attributes that are set, and never another attribute', () => {
    const result = withGongjianClaims(event('TokenGeneration_Authentication', { sub: 'u2', 'custom:region': 'r1', 'custom:unit': '', email: 'a@b.cn' }), {});

    expect(accessClaims(result)).toEqual({ 'gongjian:region': 'r1' });
    expect(result.response.claimsAndScopeOverrideDetails).toEqual({
      accessTokenGeneration: { claimsToAddOrOverride: { 'gongjian:region': 'r1' } },
    });
  });

  it('returns the event unchanged for a platform admin, who has no region', () => {
    const platform = event('TokenGeneration_Authentication', { sub: 'p1' });

    expect(withGongjianClaims(platform, {})).toBe(platform);
  });

  it('ignores the partner mapping for a user, even one signed in through a mapped client id', () => {
    const result = withGongjianClaims(event('TokenGeneration_Authentication', { sub: 'u3' }, 'partner-1'), { 'partner-1': 'r9' });

    expect(accessClaims(result)).toBeUndefined();
  });

  it('makes a token the API accepts as the same liaison', () => {
    const result = withGongjianClaims(event('TokenGeneration_Authentication', liaison), {});
    const token = { sub: 'u1', username: 'liaison', token_use: 'access', 'cognito:groups': ['UNIT_LIAISON'], ...accessClaims(result) };

    expect(principalFromClaims(token)).toMatchObject({ userId: 'u1', regionId: 'r1', roles: ['UNIT_LIAISON'], unitId: 'unit-7', memberId: 'm-3' });
  });
});

describe('Method: withGongjianClaims (partner clients)', () => {
  const regions = { 'partner-1': 'r1', 'partner-2': 'r2' };

  it('gives a mapped client its region', () => {
    const result = withGongjianClaims(event(CLIENT_CREDENTIALS_SOURCE, {}, 'partner-2'), regions);

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

    expect(withGongjianClaims(unmapped, regions)).toBe(unmapped);
  });

  it('does not read user attributes on a client-credentials event', () => {
    const result = withGongjianClaims(event(CLIENT_CREDENTIALS_SOURCE, { 'custom:region': 'r9' }, 'partner-1'), regions);

    expect(accessClaims(result)).toEqual({ 'gongjian:region': 'r1' });
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

describe('Function: handler', () => {
  it('answers with the claims, and logs a partner without a region (no PARTNER_REGIONS here)', async () => {
    await expect(handler(event('TokenGeneration_Authentication', { 'custom:region': 'r1' }))).resolves.toMatchObject({
      response: { claimsAndScopeOverrideDetails: { accessTokenGeneration: { claimsToAddOrOverride: { 'gongjian:region': 'r1' } } } },
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const partner = event(CLIENT_CREDENTIALS_SOURCE, {}, 'partner-1');
    await expect(handler(partner)).resolves.toBe(partner);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"clientId":"partner-1"'));
    warn.mockRestore();
  });
});
