import { granted, ownUnitLiaison, regionAdmin, regionLiaison, type Grant, type Policy } from '../../auth/policy';

const regionMember: Grant = { role: 'MEMBER', scope: 'region' };

/**
 * The secretariat (region admin) appoints officers, keeps the bodies and the charter, and files changes of units'
 * representatives; the region's liaisons read the organisation; everyone of the region reads its charter; a liaison
 * reads its own unit's changes.
 */
export const alliancePolicy = {
  read: granted(regionAdmin, regionLiaison),
  manage: granted(regionAdmin),
  readCharter: granted(regionAdmin, regionLiaison, regionMember),
  readRepresentativeChanges: granted(regionAdmin, ownUnitLiaison),
} satisfies Policy;
