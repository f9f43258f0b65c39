import { granted, regionAdmin, regionLiaison, type Policy } from '../../auth/policy';

/** The secretariat (region admin) appoints officers and keeps the bodies; the region's liaisons read them. */
export const alliancePolicy = {
  read: granted(regionAdmin, regionLiaison),
  manage: granted(regionAdmin),
} satisfies Policy;
