import { granted, ownMember, ownUnitLiaison, regionAdmin, type Policy } from '../../auth/policy';

/**
 * Who may run each members use case: the secretariat everything in its region; a unit liaison the members
 * whose organisation relation is in its unit; a member its own record (and its own phone).
 */
export const memberPolicy = {
  list: granted(regionAdmin, ownUnitLiaison),
  read: granted(regionAdmin, ownUnitLiaison, ownMember),
  create: granted(regionAdmin, ownUnitLiaison),
  update: granted(regionAdmin, ownUnitLiaison),
  remove: granted(regionAdmin, ownUnitLiaison),
  /** By the sending unit: the liaison of the unit the member leaves, or the secretariat. */
  transfer: granted(regionAdmin, ownUnitLiaison),
  /** The full ID number: the secretariat only, and audited. */
  reveal: granted(regionAdmin),
  updateOwnPhone: granted(ownMember),
  /** Excel: importing is the secretariat's (it names units of the whole region); the template and an export also a liaison's (its own unit). */
  import: granted(regionAdmin),
  template: granted(regionAdmin, ownUnitLiaison),
  export: granted(regionAdmin, ownUnitLiaison),
} satisfies Policy;
