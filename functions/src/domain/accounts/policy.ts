import { granted, platformAdmin, regionAdmin, type Policy } from '../../auth/policy';

/**
 * Who may run each accounts use case. The secretariat makes and manages the accounts of its region's liaisons and
 * members (and of its fellow admins); the platform admin makes regions and appoints their admins.
 */
export const accountPolicy = {
  list: granted(regionAdmin),
  manage: granted(regionAdmin),
  /** Regions and their admins: the platform admin only. */
  platform: granted(platformAdmin),
} satisfies Policy;
