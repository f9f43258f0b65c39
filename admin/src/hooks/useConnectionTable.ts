import { useCallback, useMemo, useRef, useState } from 'react';
import { useQuery, type AnyVariables, type CombinedError, type TypedDocumentNode } from 'urql';

export const PAGE_SIZES = [20, 50, 100] as const;

/** A list's page size as kept in its URL (`?size=50`); the first size when absent or not offered. */
export function pageSizeFromParams(params: URLSearchParams): number {
  const size = Number(params.get('size'));
  return (PAGE_SIZES as readonly number[]).includes(size) ? size : PAGE_SIZES[0];
}

/** The part of a Relay connection the table needs. */
export interface Connection<TNode> {
  edges: readonly { cursor: string; node: TNode }[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
}

export interface PagerProps {
  pageNumber: number;
  pageSize: number;
  hasPrevious: boolean;
  hasNext: boolean;
  loading: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onPageSizeChange: (size: number) => void;
}

interface Options<TData, TVariables extends AnyVariables, TNode> {
  query: TypedDocumentNode<TData, TVariables>;
  /** Builds the query's variables from the page to read. */
  variables: (page: { first: number; after: string | null }) => TVariables;
  /** Where the connection sits in the result. */
  connection: (data: TData) => Connection<TNode> | null | undefined;
  /** When this changes (a new filter), paging starts again at page 1. */
  resetKey?: string;
  pageSize?: number;
  onPageSizeChange?: (size: number) => void;
  /** Typenames whose mutations refresh this list even when it shows none of them (an empty page). */
  additionalTypenames?: string[];
  pause?: boolean;
}

/**
 * Turns cursor paging state into query variables and returns what an antd Table and the pager need.
 * Relay connections have no page numbers: a stack of `after` cursors gives 上一页 / 下一页.
 */
export function useConnectionTable<TData, TVariables extends AnyVariables, TNode>(
  options: Options<TData, TVariables, TNode>,
) {
  const { query, resetKey = '', additionalTypenames, pause } = options;
  const [ownPageSize, setOwnPageSize] = useState<number>(PAGE_SIZES[0]);
  const pageSize = options.pageSize ?? ownPageSize;
  // A new filter or page size starts again from the first page: the stack belongs to one paging key.
  const pagingKey = `${resetKey}|${pageSize}`;
  const [stack, setStack] = useState<{ key: string; cursors: (string | null)[] }>({ key: pagingKey, cursors: [null] });
  const cursors = stack.key === pagingKey ? stack.cursors : [null];
  const setCursors = (update: (cursors: (string | null)[]) => (string | null)[]) =>
    setStack((current) => ({ key: pagingKey, cursors: update(current.key === pagingKey ? current.cursors : [null]) }));
  const after = cursors.at(-1) ?? null;

  const buildVariables = options.variables;
  const variables = useMemo(
    () => buildVariables({ first: pageSize, after }),
    // Dependencies: the builder is inline; the key says when it changes
    [pagingKey, after],
  );
  const context = useMemo(() => (additionalTypenames ? { additionalTypenames } : undefined), [additionalTypenames?.join()]);
  const [result, reexecute] = useQuery<TData, TVariables>({ query, variables, context, pause });

  // Keep the previous page on screen (dimmed) while the next one loads.
  const shown = useRef<TData | undefined>(undefined);
  if (result.data) shown.current = result.data;
  const data = result.data ?? shown.current;
  const connection = data ? options.connection(data) : null;
  const rows = useMemo(() => connection?.edges.map((e) => e.node) ?? [], [connection]);

  const setPageSize = useCallback(
    (size: number) => (options.onPageSizeChange ? options.onPageSizeChange(size) : setOwnPageSize(size)),
    [options.onPageSizeChange],
  );
  const endCursor = connection?.pageInfo.endCursor ?? null;

  const pager: PagerProps = {
    pageNumber: cursors.length,
    pageSize,
    hasPrevious: cursors.length > 1,
    hasNext: Boolean(connection?.pageInfo.hasNextPage && endCursor) && !result.fetching,
    loading: result.fetching,
    onPrevious: () => setCursors((stack) => (stack.length > 1 ? stack.slice(0, -1) : stack)),
    onNext: () => endCursor && setCursors((stack) => [...stack, endCursor]),
    onPageSizeChange: setPageSize,
  };

  return {
    rows,
    data,
    error: result.error as CombinedError | undefined,
    pager,
    tableProps: { dataSource: rows, loading: result.fetching, pagination: false as const },
    refresh: () => reexecute({ requestPolicy: 'network-only' }),
  };
}
