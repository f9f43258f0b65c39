import { badInput } from './errors';

/** One page of a list (Relay connection): what every list port returns and every resolver hands on. */
export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

/** What a list port is asked for: how many, after which cursor (opaque, from a previous page). */
export interface PageRequest {
  size: number;
  after?: string | null;
}

/** Page size of every connection: default 20, at most 100; anything else names the `first` argument. */
export function pageSize(first: number | null | undefined, max = 100): number {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > max) throw badInput('first', `每页条数须在 1 到 ${max} 之间`);
  return size;
}

/** The page arguments of a connection field, checked. */
export const pageRequest = (args: { first?: number | null; after?: string | null }): PageRequest => ({
  size: pageSize(args.first),
  after: args.after,
});

/**
 * A store's report that a cursor cannot continue this list: not one it made (`invalid`), or one made for
 * another filter of the same list (`other-list`), which would otherwise silently restart the list.
 */
export class CursorRejectedError extends Error {
  constructor(readonly reason: 'invalid' | 'other-list') {
    super(`cursor rejected: ${reason}`);
    this.name = 'CursorRejectedError';
  }
}

/** What the user reads when a cursor is refused; the argument at fault is always `after`. */
export function explainCursor(error: CursorRejectedError) {
  return error.reason === 'other-list'
    ? badInput('after', '分页游标与当前筛选条件不符，请从第一页重新查询')
    : badInput('after', '分页游标无效，请从第一页重新查询');
}

/** Reads a page, turning a refused cursor into what the user reads. */
export async function readPage<T>(read: Promise<Page<T>>): Promise<Page<T>> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof CursorRejectedError) throw explainCursor(error);
    throw error;
  }
}
