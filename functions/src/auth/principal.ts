import type { ActingSession } from '../domain/regions/region';

export const ROLES = ['PLATFORM_ADMIN', 'REGION_ADMIN', 'UNIT_LIAISON', 'MEMBER', 'PARTNER'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who is calling: every use case receives one. The region comes from here, never from arguments.
 * People sign in with a user token; partner systems with a client-credentials token (role PARTNER).
 */
export interface Principal {
  userId: string;
  /** A person's sign-in name (the pool's username); unset for a partner client. */
  username?: string;
  displayName: string;
  /** The tenant; null only for a platform admin, who belongs to no region. */
  regionId: string | null;
  roles: Role[];
  /** For a unit liaison: the unit it speaks for. */
  unitId?: string;
  /** For a member: the member record. */
  memberId?: string;
  /** For a partner client: its OAuth scopes. */
  scopes?: string[];
  /**
   * Set when a platform admin's query runs inside a region through its open read-only visit (代管查看): the
   * principal then has the region and the REGION_ADMIN role besides its own, and mutations are refused.
   */
  acting?: ActingSession;
}

/** A principal acting inside its region: what `authorize` hands a use case once a grant allowed it. */
export type RegionPrincipal = Principal & { regionId: string };

export const hasRole = (principal: Principal, role: Role): boolean => principal.roles.includes(role);
