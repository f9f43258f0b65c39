import { Select } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../i18n';

/** The year the lists open on: this calendar year (Beijing and the browser agree on it except around New Year's night). */
export const currentYear = (): number => dayjs().year();

/** A year as the URL holds it (`?year=2026`); this year when absent or not a plausible year. */
export function yearFromParams(params: URLSearchParams): number {
  const year = Number(params.get('year'));
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : currentYear();
}

/** The years offered: next year (lists are collected ahead) back to four years ago. */
export function yearOptions(selected: number): number[] {
  const now = currentYear();
  const years = new Set<number>([now + 1, now, now - 1, now - 2, now - 3, now - 4, selected]);
  return [...years].sort((a, b) => b - a);
}

export function YearSelect({ value, onChange }: { value: number; onChange: (year: number) => void }) {
  const t = useT();
  return (
    <Select
      aria-label={t('lists.year')}
      value={value}
      onChange={onChange}
      options={yearOptions(value).map((year) => ({ value: year, label: t('lists.yearOption', { year }) }))}
      style={{ width: 110 }}
    />
  );
}
