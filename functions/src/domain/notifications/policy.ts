import { granted, regionAdmin, regionLiaison, type Policy } from '../../auth/policy';

/** A liaison's and a member's own bell: what its unit was told (the meetings' notices rule finds the unit). */
export const notificationPolicy = {
  own: granted(regionLiaison, { role: 'MEMBER', scope: 'region' }),
  /** A meeting's outbox (提醒发送记录): the secretariat, who reads a meeting's invitees. */
  outbox: granted(regionAdmin),
  /** 立即发送到期提醒: the region admin runs the dispatcher for its region. */
  dispatch: granted(regionAdmin),
} satisfies Policy;
