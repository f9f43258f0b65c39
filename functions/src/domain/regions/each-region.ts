import type { Ports } from '../ports';
import type { Region } from './region';

/** Regions read per page by a walk over all of them. */
const REGION_PAGE = 20;

/**
 * Visits every region of the platform, page by page (the scheduled jobs: the archive's maintenance, the reminders).
 * `visit` answers false to stop the walk (a deadline); the walk answers whether it went through every region.
 */
export async function forEachRegion(ports: Pick<Ports, 'regions'>, visit: (region: Region) => Promise<boolean | void>): Promise<boolean> {
  let after: string | null = null;
  for (;;) {
    const { edges, pageInfo } = await ports.regions.list({ size: REGION_PAGE, after });
    for (const { node } of edges) {
      if ((await visit(node)) === false) return false;
    }
    if (!pageInfo.hasNextPage || !pageInfo.endCursor) return true;
    after = pageInfo.endCursor;
  }
}
