import type { MemberCategory, MemberFilter, MemberRole, MemberStatus } from '../../gql/graphql';
import { MEMBER_CATEGORIES, MEMBER_ROLES, MEMBER_STATUSES } from '../../i18n/enums';
import { PAGE_SIZES } from '../../hooks/useConnectionTable';

/** The roster's filters as they sit in the URL (`?unit=…&category=RETIRED&q=张&size=50`). */
export interface MemberListFilters {
  unitId?: string;
  communityId?: string;
  category?: MemberCategory;
  status?: MemberStatus;
  role?: MemberRole;
  namePrefix?: string;
}

const pick = <T extends string>(allowed: readonly T[], raw: string | null): T | undefined =>
  raw && (allowed as readonly string[]).includes(raw) ? (raw as T) : undefined;

export function filtersFromParams(params: URLSearchParams): MemberListFilters {
  return {
    unitId: params.get('unit') || undefined,
    communityId: params.get('community') || undefined,
    category: pick(MEMBER_CATEGORIES, params.get('category')),
    status: pick(MEMBER_STATUSES, params.get('status')),
    role: pick(MEMBER_ROLES, params.get('role')),
    namePrefix: params.get('q')?.trim() || undefined,
  };
}

export function paramsFromFilters(filters: MemberListFilters, pageSize: number): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.unitId) params.set('unit', filters.unitId);
  if (filters.communityId) params.set('community', filters.communityId);
  if (filters.category) params.set('category', filters.category);
  if (filters.status) params.set('status', filters.status);
  if (filters.role) params.set('role', filters.role);
  if (filters.namePrefix) params.set('q', filters.namePrefix);
  if (pageSize !== PAGE_SIZES[0]) params.set('size', String(pageSize));
  return params;
}

/** The roster's URL filtered by one unit (the unit page links here). */
export const rosterOfUnit = (unitId: string): string => `/members?${paramsFromFilters({ unitId }, PAGE_SIZES[0])}`;

/** The API's filter: only the set conditions (all combine with AND). */
export function toMemberFilter(filters: MemberListFilters): MemberFilter {
  const filter: MemberFilter = {};
  if (filters.unitId) filter.unitId = filters.unitId;
  if (filters.communityId) filter.communityId = filters.communityId;
  if (filters.category) filter.category = filters.category;
  if (filters.status) filter.status = filters.status;
  if (filters.role) filter.role = filters.role;
  if (filters.namePrefix) filter.namePrefix = filters.namePrefix;
  return filter;
}
