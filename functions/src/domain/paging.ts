import { badInput } from './errors';

/** Page size of every connection: default 20, at most 100; anything else names the `first` argument. */
export function pageSize(first: number | null | undefined, max = 100): number {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > max) throw badInput('first', `每页条数须在 1 到 ${max} 之间`);
  return size;
}
