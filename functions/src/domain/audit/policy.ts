import { granted, regionAdmin, type Policy } from '../../auth/policy';

/** The audit trail is the secretariat's: no one else reads it, no one edits it. */
export const auditPolicy = {
  readRecordTrail: granted(regionAdmin),
  readRegionTrail: granted(regionAdmin),
} satisfies Policy;
