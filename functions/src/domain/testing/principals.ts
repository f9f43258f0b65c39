import type { Principal, RegionPrincipal } from '../../auth/principal';

/** Callers of the use cases, one of each kind the policies tell apart. */
export const regionAdmin = (regionId: string): RegionPrincipal => ({
  userId: `admin@${regionId}`, displayName: '秘书处管理员', regionId, roles: ['REGION_ADMIN'],
});

/** A unit's liaison (联络员): its own unit only. */
export const unitLiaison = (regionId: string, unitId: string): RegionPrincipal => ({
  userId: `liaison@${unitId}`, displayName: '单位联络员', regionId, roles: ['UNIT_LIAISON'], unitId,
});

export const partyMember = (regionId: string): RegionPrincipal => ({
  userId: `member@${regionId}`, displayName: '党员', regionId, roles: ['MEMBER'], memberId: 'm-1',
});

export const partnerClient = (regionId: string): RegionPrincipal => ({
  userId: 'partner-client', displayName: '合作系统', regionId, roles: ['PARTNER'], scopes: ['units:read'],
});

/** Operator of the deployment: belongs to no region, so no region's use case is its to run. */
export const platformAdmin = (): Principal => ({
  userId: 'platform-admin', displayName: '平台管理员', regionId: null, roles: ['PLATFORM_ADMIN'],
});
