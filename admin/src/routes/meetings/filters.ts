import dayjs from 'dayjs';
import type { MeetingFilter, MeetingKind, MeetingStatus } from '../../gql/graphql';
import { PAGE_SIZES } from '../../hooks/useConnectionTable';
import { MEETING_KINDS, MEETING_STATUSES } from '../../i18n/enums';

/** The list's filters as they sit in the URL (`?kind=COUNCIL&status=NOTICED&earlier=1&size=50`). */
export interface MeetingListFilters {
  kind?: MeetingKind;
  status?: MeetingStatus;
  /** Also meetings before this month (the list starts at the current month's first day otherwise). */
  earlier?: boolean;
}

const pick = <T extends string>(allowed: readonly T[], raw: string | null): T | undefined =>
  raw && (allowed as readonly string[]).includes(raw) ? (raw as T) : undefined;

export function filtersFromParams(params: URLSearchParams): MeetingListFilters {
  return {
    kind: pick(MEETING_KINDS, params.get('kind')),
    status: pick(MEETING_STATUSES, params.get('status')),
    earlier: params.get('earlier') === '1' || undefined,
  };
}

export function paramsFromFilters(filters: MeetingListFilters, pageSize: number): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.status) params.set('status', filters.status);
  if (filters.earlier) params.set('earlier', '1');
  if (pageSize !== PAGE_SIZES[0]) params.set('size', String(pageSize));
  return params;
}

/** Where the list starts unless earlier meetings are asked for: the first moment of this month, local time. */
export const startOfThisMonth = () => dayjs().startOf('month');

/** The API's filter: only the set conditions (all combine with AND). */
export function toMeetingFilter(filters: MeetingListFilters): MeetingFilter {
  const filter: MeetingFilter = {};
  if (filters.kind) filter.kind = filters.kind;
  if (filters.status) filter.status = filters.status;
  if (!filters.earlier) filter.from = startOfThisMonth().toISOString();
  return filter;
}
