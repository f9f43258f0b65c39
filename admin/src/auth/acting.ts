import type { CombinedError } from 'urql';

/**
 * The platform admin's read-only visit to a region (代管查看) as this tab keeps it: the region's id, in
 * sessionStorage so that a reload stays in the visit (and a new tab, or signing out, does not). The API client
 * sends it as `X-Gongjian-Act-In-Region` with every query (never with a mutation: the API refuses those while
 * visiting, and `endActInRegion` must run as the platform admin itself).
 */
export const ACT_IN_REGION_HEADER = 'X-Gongjian-Act-In-Region';

const KEY = 'gongjian.actingRegion';

export function actingRegionId(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function setActingRegionId(regionId: string): void {
  try {
    sessionStorage.setItem(KEY, regionId);
  } catch {
    /* storage blocked: the visit lasts until the next reload */
  }
}

export function clearActingRegionId(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    /* storage blocked */
  }
}

/** The API's refusal of a query sent in a visit that has ended or run out (functions/src/auth/region-gate.ts). */
export const VISIT_ENDED = '代管查看未开启或已结束';

/** Told when a query sent in the visit was refused because the visit is over (ended elsewhere, or its hour ran out). */
const endedListeners = new Set<() => void>();
/** The visit ended while no one listened (the viewer read at start-up): the console says so once it is up. */
let endedUnseen = false;

export function onVisitEnded(listener: () => void): () => void {
  endedListeners.add(listener);
  return () => endedListeners.delete(listener);
}

export function reportVisitEnded(): void {
  endedUnseen = true;
  endedListeners.forEach((listener) => listener());
}

/** Whether the visit ended since the last call (and forgets it): for the notice. */
export function takeVisitEnded(): boolean {
  const was = endedUnseen;
  endedUnseen = false;
  return was;
}

/** A query refused because the visit is over. */
export function isVisitEnded(error: CombinedError | undefined): boolean {
  return Boolean(error?.graphQLErrors.some((e) => e.extensions?.code === 'FORBIDDEN' && e.message.includes(VISIT_ENDED)));
}
