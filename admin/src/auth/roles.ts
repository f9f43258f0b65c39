import type { Role } from '../gql/graphql';

/** The part of `viewer` that decides what the console shows. */
export interface ViewerAccessFields {
  roles: readonly Role[];
  region?: { id: string } | null;
  unitId?: string | null;
}

/**
 * The viewer holds `role` for a region. The console's areas all work inside the caller's region, so a role
 * without one (a platform admin's region is null) opens none of them — as in functions/src/auth/policy.ts (allows).
 */
export function holdsInRegion(viewer: ViewerAccessFields | null, role: Role): boolean {
  return Boolean(viewer?.region) && viewer!.roles.includes(role);
}
