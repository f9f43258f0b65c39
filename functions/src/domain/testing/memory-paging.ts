import { CursorRejectedError, type Page, type PageRequest } from '../paging';

/** One entry of a list: its sort key (unique within the list) and what is listed. */
export interface Listed<T> {
  key: string;
  node: T;
}

/** Which list a cursor belongs to: the region and whatever identifies the list (its filter, its record …). */
export interface ListScope {
  regionId: string;
  list: unknown;
  order: 'ascending' | 'descending';
}

/** Sort keys compare as DynamoDB compares strings: by their UTF-8 bytes. */
export const compareKeys = (a: string, b: string): number => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

/**
 * A page of `entries` (in any order): sorted by key, continuing after the cursor's key (so a record
 * added or removed between pages neither repeats nor skips one). Cursors are refused as the store
 * refuses them: not ours or another region's → `invalid`; another list's → `other-list`.
 */
export function pageOf<T>(entries: Listed<T>[], request: PageRequest, scope: ListScope): Page<T> {
  const sign = scope.order === 'ascending' ? 1 : -1;
  const sorted = [...entries].sort((a, b) => sign * compareKeys(a.key, b.key));
  const list = JSON.stringify(scope.list);
  const after = request.after ? decodeCursor(request.after, scope.regionId, list) : undefined;
  const start = after === undefined ? 0 : sorted.findIndex((e) => sign * compareKeys(e.key, after) > 0);
  const from = start === -1 ? sorted.length : start;
  const edges = sorted.slice(from, from + request.size).map((e) => ({ cursor: encodeCursor(scope.regionId, list, e.key), node: e.node }));
  return {
    edges,
    pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: from + request.size < sorted.length },
  };
}

const encodeCursor = (regionId: string, list: string, key: string): string =>
  Buffer.from(JSON.stringify({ r: regionId, l: list, k: key }), 'utf8').toString('base64url');

function decodeCursor(cursor: string, regionId: string, list: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new CursorRejectedError('invalid');
  }
  const { r, l, k } = (parsed ?? {}) as { r?: unknown; l?: unknown; k?: unknown };
  if (typeof r !== 'string' || typeof l !== 'string' || typeof k !== 'string' || r !== regionId) throw new CursorRejectedError('invalid');
  if (l !== list) throw new CursorRejectedError('other-list');
  return k;
}
