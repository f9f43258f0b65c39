import dayjs, { type Dayjs } from 'dayjs';

/** A meeting's time as the list and the page show it: `2026-12-03 09:00–11:30`, or both ends in full across days. */
export function formatMeetingTime(startsAt: string, endsAt: string): string {
  const start = dayjs(startsAt);
  const end = dayjs(endsAt);
  return start.isSame(end, 'day')
    ? `${start.format('YYYY-MM-DD HH:mm')}–${end.format('HH:mm')}`
    : `${start.format('YYYY-MM-DD HH:mm')} – ${end.format('YYYY-MM-DD HH:mm')}`;
}

/** The API's `DateTime` is an instant: a picked local time goes as ISO (UTC). */
export const toApiInstant = (value: Dayjs): string => value.second(0).millisecond(0).toISOString();
export const fromApiInstant = (value: string): Dayjs => dayjs(value);

/** The format of every date-and-time picker of this area (minutes, no seconds). */
export const PICKER_FORMAT = 'YYYY-MM-DD HH:mm';

/** Whole days (fractional, for the notice rule) from now until an instant. */
export const daysUntil = (instant: string): number => dayjs(instant).diff(dayjs(), 'day', true);
