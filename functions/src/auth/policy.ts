import { forbidden } from '../domain/errors';
import { hasRole, type Principal, type Role } from './principal';

/**
 * Who may call each operation of the schema, and on what scope. The region is always the caller's
 * (keys carry it), so "region" means the caller's own region; "own unit" means the unit a liaison
 * speaks for. README.md prints this table; tests/integration/authorization.test.ts runs every
 * operation of the schema as every role and fails on any difference, or on an operation missing here.
 */
export type Access =
  /** Anyone, signed in or not: published data only. */
  | { kind: 'anyone' }
  /** Any signed-in caller, about itself. */
  | { kind: 'signed-in' }
  | { kind: 'granted'; grants: Grant[] };

export interface Grant {
  role: Role;
  scope: 'region' | 'own-unit';
}

const regionAdmin: Grant = { role: 'REGION_ADMIN', scope: 'region' };
const ownUnitLiaison: Grant = { role: 'UNIT_LIAISON', scope: 'own-unit' };
const granted = (...grants: Grant[]): Access => ({ kind: 'granted', grants });

export const OPERATION_POLICY = {
  'Query.viewer': { kind: 'signed-in' },
  'Query.publicRegion': { kind: 'anyone' },
  'Query.unit': granted(regionAdmin, ownUnitLiaison),
  'Query.units': granted(regionAdmin),
  'Query.auditTrail': granted(regionAdmin),
  'Query.regionAuditTrail': granted(regionAdmin),
  'Mutation._empty': { kind: 'anyone' },
  'Mutation.createUnit': granted(regionAdmin),
  'Mutation.updateUnit': granted(regionAdmin, ownUnitLiaison),
  'Mutation.registerUnit': granted(regionAdmin),
  'Mutation.changeUnitStatus': granted(regionAdmin),
  'Mutation.deleteUnit': granted(regionAdmin),
  'Mutation.createPairing': granted(regionAdmin),
  'Mutation.endPairing': granted(regionAdmin),
  'Mutation.createUploadUrl': granted(regionAdmin, { role: 'UNIT_LIAISON', scope: 'region' }),
} as const satisfies Record<string, Access>;

export type Operation = keyof typeof OPERATION_POLICY;

/** Throws FORBIDDEN unless the policy lets this principal call the operation on the target. */
export function authorize(principal: Principal, operation: Operation, target: { unitId?: string } = {}): void {
  if (!allows(principal, operation, target)) throw forbidden();
}

export function allows(principal: Principal, operation: Operation, target: { unitId?: string } = {}): boolean {
  const access: Access = OPERATION_POLICY[operation];
  if (access.kind !== 'granted') return true;
  return access.grants.some(
    (grant) =>
      hasRole(principal, grant.role) &&
      principal.regionId !== '' &&
      (grant.scope === 'region' || (principal.unitId !== undefined && principal.unitId === target.unitId)),
  );
}
