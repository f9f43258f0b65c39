/** Calendar arithmetic on YYYY-MM-DD dates (no time zone involved: they are dates as written). */
const shift = (date: string, change: (d: Date) => void): string => {
  const d = new Date(`${date}T00:00:00Z`);
  change(d);
  return d.toISOString().slice(0, 10);
};

export const dayBefore = (date: string): string => shift(date, (d) => d.setUTCDate(d.getUTCDate() - 1));

/** The last day of a year's term starting on `date` (2026-03-01 → 2027-02-28). */
export const yearTermEnd = (date: string): string => dayBefore(shift(date, (d) => d.setUTCFullYear(d.getUTCFullYear() + 1)));
