import { granted, platformAdmin, type Policy } from '../../auth/policy';

/** Partner systems are registered, rotated, revoked and listed by the platform admin only. */
export const partnerClientPolicy = {
  manage: granted(platformAdmin),
} satisfies Policy;
