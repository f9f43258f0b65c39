import { granted, ownMember, ownUnitLiaison, regionAdmin, regionLiaison, type Grant, type Policy } from '../../auth/policy';

/** A member of the region: the three lists are published to members and residents anyway (001 §3(1)). */
const regionMember: Grant = { role: 'MEMBER', scope: 'region' };
/** A partner system relaying its users (a community's WeChat mini-program, say): residents' ratings. */
const regionPartner: Grant = { role: 'PARTNER', scope: 'region' };

/**
 * Who may run each lists use case. The secretariat (region admin) everything in its region. A unit's liaison
 * reads the region's lists (they are public, 001 §3(1)) and writes its own unit's: a community's needs, a unit's
 * resources, its claims; the lifecycle moves of a project it is responsible for are checked by the use case
 * (rules.ts MOVES). A member reads projects and takes a volunteer place.
 */
export const listsPolicy = {
  readNeeds: granted(regionAdmin, regionLiaison),
  writeNeed: granted(regionAdmin, ownUnitLiaison),
  readResources: granted(regionAdmin, regionLiaison),
  writeResource: granted(regionAdmin, ownUnitLiaison),
  /** Matching (对接) is the secretariat's work (001 §3(1): 街道党工委 对接整合). */
  match: granted(regionAdmin),
  /** The region's need categories and claim window. */
  settings: granted(regionAdmin),
  readProjects: granted(regionAdmin, regionLiaison, regionMember),
  /** Each move is then checked against the caller's standing (rules.ts). */
  moveProject: granted(regionAdmin, regionLiaison),
  claimForUnit: granted(regionAdmin, ownUnitLiaison),
  claimSlot: granted(ownMember),
  withdrawUnitClaim: granted(regionAdmin, ownUnitLiaison),
  withdrawMemberClaim: granted(regionAdmin, ownMember),
  /**
   * Residents rate accepted projects: anonymously through the public entry (no grant: rules.ts rateProjectInput
   * asks who, by a key), through a partner, as a member; the community (its liaison) or the secretariat enters
   * ratings collected on paper on their behalf.
   */
  rateOnBehalf: granted(regionAdmin, ownUnitLiaison),
  rateAsMember: granted(ownMember),
  rateThroughPartner: granted(regionPartner),
} satisfies Policy;
