import dayjs, { type Dayjs } from 'dayjs';

/** The API's `Date` scalar is a calendar date `YYYY-MM-DD` (Beijing local date, as on the forms). */
export const toApiDate = (value: Dayjs): string => value.format('YYYY-MM-DD');
export const fromApiDate = (value: string): Dayjs => dayjs(value, 'YYYY-MM-DD');
export const isFuture = (value: Dayjs): boolean => value.isAfter(dayjs(), 'day');

export function formatDateTime(value: string): string {
  return dayjs(value).format('YYYY-MM-DD HH:mm');
}
