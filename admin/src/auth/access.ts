import { AREAS, type Access } from '../areas';
import type { ViewerAccessFields } from './roles';

export type { Access } from '../areas';
export type { ViewerAccessFields } from './roles';

/**
 * What the console offers this viewer: each area's flags (its `access` in `area.tsx`), mirroring
 * the areas' policies (functions/src/domain/<area>/policy.ts). The API enforces the policy on every call; this only hides what the API
 * would refuse, so no one is offered a dead end.
 */
export function accessOf(viewer: ViewerAccessFields | null): Access {
  return Object.assign({}, ...AREAS.map((area) => area.access?.(viewer))) as Access;
}

/** Where a viewer lands after signing in (or on `/`): the first area that names a home for it. */
export function homePath(access: Access): string {
  for (const area of AREAS) {
    const home = area.home?.(access);
    if (home) return home;
  }
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
