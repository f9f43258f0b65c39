import type { AllianceRole, HostKind, OrgLevel, UnitFilter, UnitStatus } from '../../gql/graphql';
import { ALLIANCE_ROLES, HOST_KINDS, ORG_LEVELS, UNIT_STATUSES } from '../../i18n/enums';
import { PAGE_SIZES } from '../../hooks/useConnectionTable';

/** The units table's filters as they sit in the URL (`?status=REGISTERED&q=长安&unpaired=1&size=50`). */
export interface UnitListFilters {
  hostKind?: HostKind;
  level?: OrgLevel;
  allianceRole?: AllianceRole;
  status?: UnitStatus;
  namePrefix?: string;
  unpaired?: boolean;
}

const pick = <T extends string>(allowed: readonly T[], raw: string | null): T | undefined =>
  raw && (allowed as readonly string[]).includes(raw) ? (raw as T) : undefined;

export function filtersFromParams(params: URLSearchParams): UnitListFilters {
  return {
    hostKind: pick(HOST_KINDS, params.get('hostKind')),
    level: pick(ORG_LEVELS, params.get('level')),
    allianceRole: pick(ALLIANCE_ROLES, params.get('role')),
    status: pick(UNIT_STATUSES, params.get('status')),
    namePrefix: params.get('q')?.trim() || undefined,
    unpaired: params.get('unpaired') === '1' || undefined,
  };
}

export function paramsFromFilters(filters: UnitListFilters, pageSize: number): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.hostKind) params.set('hostKind', filters.hostKind);
  if (filters.level) params.set('level', filters.level);
  if (filters.allianceRole) params.set('role', filters.allianceRole);
  if (filters.status) params.set('status', filters.status);
  if (filters.namePrefix) params.set('q', filters.namePrefix);
  if (filters.unpaired) params.set('unpaired', '1');
  if (pageSize !== PAGE_SIZES[0]) params.set('size', String(pageSize));
  return params;
}

/** The API's filter: only the set conditions (all combine with AND). */
export function toUnitFilter(filters: UnitListFilters): UnitFilter {
  const filter: UnitFilter = {};
  if (filters.hostKind) filter.hostKind = filters.hostKind;
  if (filters.level) filter.level = filters.level;
  if (filters.allianceRole) filter.allianceRole = filters.allianceRole;
  if (filters.status) filter.status = filters.status;
  if (filters.namePrefix) filter.namePrefix = filters.namePrefix;
  if (filters.unpaired) filter.unpaired = true;
  return filter;
}
