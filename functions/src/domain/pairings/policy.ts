import { granted, ownUnitLiaison, regionAdmin, type Policy } from '../../auth/policy';

/** Pairings are made and ended by the secretariat; a liaison sees its own unit's. */
export const pairingPolicy = {
  listForUnit: granted(regionAdmin, ownUnitLiaison),
  create: granted(regionAdmin),
  end: granted(regionAdmin),
} satisfies Policy;
