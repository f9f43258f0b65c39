import { granted, ownMember, ownUnitLiaison, regionAdmin, regionLiaison, type Grant, type Policy } from '../../auth/policy';

const regionMember: Grant = { role: 'MEMBER', scope: 'region' };

/**
 * Who may run each engagement use case. Reports (双报到): the member itself, its own unit's liaison (for its
 * members), the community's liaison (confirming, its inbox), the secretariat. Posts (设岗定责): the community's liaison
 * and the secretariat define them; members read and take them; names of holders go to the community and the secretariat.
 * The target of a check is the unit or member the record names (the member's unit, the community).
 */
export const engagementPolicy = {
  fileReport: granted(regionAdmin, ownUnitLiaison, ownMember),
  decideReport: granted(regionAdmin, ownUnitLiaison),
  /** Ending: the member, its unit's liaison, or the community's (checked against both units). */
  endReport: granted(regionAdmin, ownUnitLiaison, ownMember),
  readReport: granted(regionAdmin, ownUnitLiaison, ownMember),
  managePosts: granted(regionAdmin, ownUnitLiaison),
  readPosts: granted(regionAdmin, regionLiaison, regionMember),
  /** Taking or leaving a post: the member itself, or the community (its liaison) or the secretariat for it. */
  holdPost: granted(regionAdmin, ownUnitLiaison, ownMember),
} satisfies Policy;
