import type { AppConfig } from '../config';
import type { Principal } from './principal';

/**
 * Who the request is from. Until sign-in lands (its own issue), only the local stack signs anyone in:
 * everyone there is the demo region's admin. Elsewhere no one is signed in, so every operation
 * answers UNAUTHENTICATED rather than serving data unprotected.
 */
export function resolvePrincipal(config: Pick<AppConfig, 'authMode' | 'demoRegionId'>): Principal | null {
  if (config.authMode !== 'demo-admin') return null;
  return { userId: 'demo-admin', displayName: '秘书处管理员', regionId: config.demoRegionId, roles: ['REGION_ADMIN'] };
}
