import { describe, expect, it } from 'vitest';
import { principalFromClaims } from './verify-token';

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
