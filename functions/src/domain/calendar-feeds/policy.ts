import { granted, regionAdmin, regionLiaison, type Grant, type Policy } from '../../auth/policy';

/** A member of the region (its own feed only: the use case reads nobody else's). */
const regionMember: Grant = { role: 'MEMBER', scope: 'region' };

/**
 * Calendar feeds: every signed-in person of a region manages its own — the secretariat (the region's meetings), a
 * liaison (its unit's notices), a member (its unit's notices). Not a partner, not the platform admin.
 */
export const calendarFeedPolicy = {
  manageOwn: granted(regionAdmin, regionLiaison, regionMember),
} satisfies Policy;
