import type { RegionPrincipal } from '../auth/principal';

/** The `actorId` prefix of what the product does by itself (a scheduled job), never a person's or a partner's id. */
export const SYSTEM_ACTOR_PREFIX = 'system:';

/**
 * Who a scheduled job acts as in a region: its audit entries name the job (`system:archive-maintenance`), and it has
 * no role, so no use case that authorizes a person lets it through — a job calls the rules it runs directly.
 */
export const systemActor = (regionId: string, job: string): RegionPrincipal => ({
  userId: `${SYSTEM_ACTOR_PREFIX}${job}`,
  displayName: '系统（定时任务）',
  regionId,
  roles: [],
});
