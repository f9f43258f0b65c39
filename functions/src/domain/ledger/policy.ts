import { granted, ownUnitLiaison, regionAdmin, regionLiaison, type Policy } from '../../auth/policy';

/**
 * Who may run each ledger use case. A unit's liaison raises its unit's items and signs them off or reopens them; the
 * secretariat (region admin) reads all, assigns and declines, and may act for a unit (a paper sign-off names who
 * signed). The handler unit's liaison reports progress and records the result. A liaison reads the items its unit
 * raised or handles. The target of a check is the unit the step belongs to (raising or handling).
 */
export const ledgerPolicy = {
  readLedger: granted(regionAdmin, regionLiaison),
  readItem: granted(regionAdmin, ownUnitLiaison),
  raise: granted(regionAdmin, ownUnitLiaison),
  assign: granted(regionAdmin),
  handle: granted(regionAdmin, ownUnitLiaison),
  signOff: granted(regionAdmin, ownUnitLiaison),
} satisfies Policy;
