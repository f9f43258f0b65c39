import { PAGE_SIZES } from '../../hooks/useConnectionTable';

/** A value of an enum's list as the URL holds it, or undefined. */
export const pick = <T extends string>(allowed: readonly T[], raw: string | null): T | undefined =>
  raw && (allowed as readonly string[]).includes(raw) ? (raw as T) : undefined;

/** A list's filters back into its URL: only the set ones, the page size when not the first. */
export function toParams(filters: Record<string, string | number | undefined | null>, pageSize: number): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  if (pageSize !== PAGE_SIZES[0]) params.set('size', String(pageSize));
  return params;
}
