import { forbidden } from '../domain/errors';
import { hasRole, type Principal } from './principal';

/**
 * The rules of this version: reading needs a principal of the region (the context guarantees one);
 * every change needs the region admin. The per-operation matrix (liaisons, members, partners) comes
 * with the sign-in issue and will live here.
 */
export function requireRegionAdmin(principal: Principal): void {
  if (!hasRole(principal, 'REGION_ADMIN') && !hasRole(principal, 'PLATFORM_ADMIN')) throw forbidden();
}
