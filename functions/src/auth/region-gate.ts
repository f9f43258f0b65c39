import { forbidden, unauthenticated } from '../domain/errors';
import type { ActingSession, RegionState } from '../domain/regions/region';
import { hasRole } from './principal';
import type { Caller } from './verify-token';

/**
 * After the token: what the region says about the caller (issue 18).
 * - A suspended region's people and partner systems are refused (their tokens may still be valid for an hour).
 * - A platform admin belongs to no region; with the header below, and an open read-only visit of that region
 *   (代管查看, domain/regions/service.ts), its request runs as the region's admin would see it — queries only
 *   (the server refuses a mutation from an acting principal, graphql/server.ts).
 */
export const ACT_IN_REGION_HEADER = 'x-gongjian-act-in-region';

export interface RegionGateLookups {
  /** The region's state; may be cached briefly (a suspension then takes effect within that time). */
  regionState(regionId: string): Promise<RegionState | null>;
  /** The platform admin's open visit to the region, read fresh (an ended visit ends at once). */
  acting(regionId: string, username: string): Promise<ActingSession | null>;
}

export const SUSPENDED_MESSAGE = '所在区域已停用，无法使用 (region suspended)';

export async function admitCaller(caller: Caller, actInRegion: string | undefined, lookups: RegionGateLookups): Promise<Caller> {
  const principal = caller.principal;
  if (!principal) return caller;
  if (actInRegion) {
    if (!hasRole(principal, 'PLATFORM_ADMIN') || !principal.username) return { principal: null, refusal: forbidden('只有平台管理员可以代管查看区域') };
    const session = await lookups.acting(actInRegion, principal.username);
    if (!session) return { principal: null, refusal: forbidden('代管查看未开启或已结束，请重新进入') };
    return { principal: { ...principal, regionId: session.regionId, roles: [...principal.roles, 'REGION_ADMIN'], acting: session } };
  }
  if (principal.regionId && (await lookups.regionState(principal.regionId)) === 'SUSPENDED') {
    return { principal: null, refusal: unauthenticated(SUSPENDED_MESSAGE) };
  }
  return caller;
}
