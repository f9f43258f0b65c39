import type { Role } from '../gql/graphql';

/** The part of `viewer` that decides what the console shows. */
export interface ViewerAccessFields {
  roles: readonly Role[];
  region?: { id: string } | null;
  unitId?: string | null;
}

/**
 * What the console offers this viewer, mirroring functions/src/auth/policy.ts. The API enforces the
 * policy on every call; this only hides what the API would refuse, so no one is offered a dead end.
 */
export interface Access {
  /** REGION_ADMIN of a region: everything on its units, pairings and uploads. */
  manageUnits: boolean;
  /** UNIT_LIAISON: the unit it speaks for. */
  ownUnitId: string | null;
  canOpenUnit: (id: string | undefined) => boolean;
  canEditUnit: (id: string | undefined) => boolean;
  /** Unit fields this viewer sees but may not change (the API answers FORBIDDEN). */
  lockedUnitFields: ReadonlySet<string>;
  /** REGION_ADMIN of a region: the audit trails (auditTrail, regionAuditTrail). */
  readAudit: boolean;
}

/** updateUnit fields only a region admin may change; a liaison edits the rest of its own unit. */
export const ADMIN_ONLY_UNIT_FIELDS: ReadonlySet<string> = new Set(['name', 'hostKind', 'level', 'allianceRole', 'parentId']);
const NONE: ReadonlySet<string> = new Set();

export function accessOf(viewer: ViewerAccessFields | null): Access {
  const has = (role: Role) => viewer?.roles.includes(role) === true;
  const inRegion = Boolean(viewer?.region);
  const manageUnits = inRegion && has('REGION_ADMIN');
  const ownUnitId = inRegion && has('UNIT_LIAISON') ? (viewer?.unitId ?? null) : null;
  const mayTouch = (id: string | undefined) => manageUnits || (ownUnitId !== null && id === ownUnitId);
  return {
    manageUnits,
    ownUnitId,
    canOpenUnit: mayTouch,
    canEditUnit: mayTouch,
    lockedUnitFields: manageUnits ? NONE : ADMIN_ONLY_UNIT_FIELDS,
    readAudit: inRegion && has('REGION_ADMIN'),
  };
}

/** Where a viewer lands after signing in (or on `/`). */
export function homePath(access: Access): string {
  if (access.manageUnits) return '/units';
  if (access.ownUnitId) return `/units/${access.ownUnitId}`;
  return '/home';
}

/** `?next=` only ever names a path of this console: never another origin (`//evil`, `https:`…). */
export function safeNextPath(next: string | null): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  if (next === '/login' || next.startsWith('/login?')) return null;
  return next;
}

/** The login page, remembering where to come back to. */
export function loginPath(current: { pathname: string; search: string }): string {
  const next = `${current.pathname}${current.search}`;
  return next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
}
