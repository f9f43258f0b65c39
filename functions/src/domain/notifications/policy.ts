import { granted, regionLiaison, type Policy } from '../../auth/policy';

/** A liaison's and a member's own bell: what its unit was told (the meetings' notices rule finds the unit). */
export const notificationPolicy = {
  own: granted(regionLiaison, { role: 'MEMBER', scope: 'region' }),
} satisfies Policy;
