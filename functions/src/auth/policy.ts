import { forbidden } from '../domain/errors';
import { hasRole, type Principal, type RegionPrincipal, type Role } from './principal';

/**
 * Who may run a use case, and on what scope. Each area keeps its rules beside its use cases
 * (`domain/<area>/policy.ts`), keyed by use case; this file is the mechanism. The region is always the
 * caller's (keys carry it), so "region" means the caller's own region; "own unit" means the unit a
 * liaison speaks for. README.md prints the resulting matrix per operation;
 * tests/integration/authorization.test.ts runs every operation of the schema as every kind of caller.
 */
export type Access =
  /** Anyone, signed in or not: published data only. */
  | { kind: 'anyone' }
  /** Any signed-in caller, about itself. */
  | { kind: 'signed-in' }
  | GrantedAccess;

export interface GrantedAccess {
  kind: 'granted';
  grants: Grant[];
}

export interface Grant {
  role: Role;
  /** The caller's region; the unit a liaison speaks for; the member record a member is. */
  scope: 'region' | 'own-unit' | 'own-member' | 'platform';
}

export const regionAdmin: Grant = { role: 'REGION_ADMIN', scope: 'region' };
export const ownUnitLiaison: Grant = { role: 'UNIT_LIAISON', scope: 'own-unit' };
export const regionLiaison: Grant = { role: 'UNIT_LIAISON', scope: 'region' };
export const ownMember: Grant = { role: 'MEMBER', scope: 'own-member' };
/** The deployment's operator, who belongs to no region: regions and their admins, never a region's records. */
export const platformAdmin: Grant = { role: 'PLATFORM_ADMIN', scope: 'platform' };
export const granted = (...grants: Grant[]): GrantedAccess => ({ kind: 'granted', grants });

/** An area's rules: one per use case. */
export type Policy = Record<string, GrantedAccess>;

/** Throws FORBIDDEN unless a grant lets this principal run the use case on the target; then it acts in its region. */
export interface Target {
  unitId?: string;
  memberId?: string;
}

export function authorize(principal: Principal, access: GrantedAccess, target: Target = {}): RegionPrincipal {
  if (!allows(principal, access, target)) throw forbidden();
  return principal as RegionPrincipal;
}

/** Throws FORBIDDEN unless the caller is the platform admin a platform grant names (no region involved). */
export function authorizePlatform(principal: Principal, access: GrantedAccess): Principal {
  if (!access.grants.some((grant) => grant.scope === 'platform' && hasRole(principal, grant.role))) throw forbidden();
  return principal;
}

export function allows(principal: Principal, access: Access, target: Target = {}): boolean {
  if (access.kind !== 'granted') return true;
  return access.grants.some((grant) => hasRole(principal, grant.role) && inScope(principal, grant, target));
}

function inScope(principal: Principal, grant: Grant, target: Target): boolean {
  // A platform grant opens no region: region use cases need a region grant.
  if (grant.scope === 'platform' || principal.regionId === null) return false;
  switch (grant.scope) {
    case 'region':
      return true;
    case 'own-unit':
      return principal.unitId !== undefined && principal.unitId === target.unitId;
    case 'own-member':
      return principal.memberId !== undefined && principal.memberId === target.memberId;
  }
}
