export const ROLES = ['PLATFORM_ADMIN', 'REGION_ADMIN', 'UNIT_LIAISON', 'MEMBER'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling: every use case receives one. The region comes from here, never from arguments. */
export interface Principal {
  userId: string;
  displayName: string;
  regionId: string;
  roles: Role[];
  /** For a unit liaison: the unit it speaks for. */
  unitId?: string;
}

export const hasRole = (principal: Principal, role: Role): boolean => principal.roles.includes(role);
