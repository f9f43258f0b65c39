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
  /** Logging service hours: the member, its unit's liaison, or the community's (checked against either), the secretariat. */
  logService: granted(regionAdmin, ownUnitLiaison, ownMember),
  /** Confirming them: the community where the member served (its liaison), the secretariat. */
  decideService: granted(regionAdmin, ownUnitLiaison),
  /** A member's records, points and training: the member, its unit's liaison, the secretariat. */
  readMemberRecords: granted(regionAdmin, ownUnitLiaison, ownMember),
  /** Trainings and evaluation grades: the member's unit (its liaison) or the secretariat. */
  recordForMember: granted(regionAdmin, ownUnitLiaison),
  /** The points rules, adjustments and recomputes: the secretariat. */
  manageRules: granted(regionAdmin),
  readRules: granted(regionAdmin, regionLiaison, regionMember),
} satisfies Policy;
