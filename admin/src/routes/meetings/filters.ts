import dayjs, { type Dayjs } from 'dayjs';
import type { MeetingFilter, MeetingKind, MeetingStatus } from '../../gql/graphql';
import { PAGE_SIZES } from '../../hooks/useConnectionTable';
import { MEETING_KINDS, MEETING_STATUSES } from '../../i18n/enums';

/**
 * The page's filters as they sit in the URL (`?kind=COUNCIL&status=NOTICED&earlier=1&size=50`, or
 * `?view=calendar&month=2026-12&kind=COUNCIL` for 日历). Kind and status apply to both views.
 */
export interface MeetingListFilters {
  kind?: MeetingKind;
  status?: MeetingStatus;
  /** Also meetings before this month (the list starts at the current month's first day otherwise). */
  earlier?: boolean;
  /** 日历 instead of 列表. */
  view?: 'calendar';
  /** The calendar's month, `YYYY-MM` (this month when absent). */
  month?: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

const pick = <T extends string>(allowed: readonly T[], raw: string | null): T | undefined =>
  raw && (allowed as readonly string[]).includes(raw) ? (raw as T) : undefined;

export function filtersFromParams(params: URLSearchParams): MeetingListFilters {
  return {
    kind: pick(MEETING_KINDS, params.get('kind')),
    status: pick(MEETING_STATUSES, params.get('status')),
    earlier: params.get('earlier') === '1' || undefined,
    view: params.get('view') === 'calendar' ? 'calendar' : undefined,
    month: MONTH.test(params.get('month') ?? '') ? params.get('month')! : undefined,
  };
}

export function paramsFromFilters(filters: MeetingListFilters, pageSize: number): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.status) params.set('status', filters.status);
  if (filters.earlier) params.set('earlier', '1');
  if (filters.view) params.set('view', filters.view);
  if (filters.view && filters.month) params.set('month', filters.month);
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

/** The calendar's month: its first moment, local time (as the list's times are shown). */
export const monthOf = (filters: MeetingListFilters): Dayjs =>
  (filters.month ? dayjs(`${filters.month}-01`) : dayjs()).startOf('month');

/** A month as the URL holds it. */
export const monthParam = (month: Dayjs): string => month.format('YYYY-MM');

/** The calendar's filter: kind and status as chosen, the month's meetings (the API lists by start time, from … to). */
export function toCalendarFilter(filters: MeetingListFilters, month: Dayjs): MeetingFilter {
  const filter: MeetingFilter = { from: month.startOf('month').toISOString(), to: month.add(1, 'month').startOf('month').toISOString() };
  if (filters.kind) filter.kind = filters.kind;
  if (filters.status) filter.status = filters.status;
  return filter;
}
