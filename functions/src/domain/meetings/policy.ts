import { granted, ownMember, ownUnitLiaison, regionAdmin, regionLiaison, type Policy } from '../../auth/policy';

/**
 * Who may run each meetings use case. The secretariat runs meetings; an invited unit's liaison reads its notices,
 * asks for leave, sends opinions, checks in and reports on its action items; a member reads its unit's notices and
 * checks in. Targets: the unit (a liaison's own) or the member (a member's own); the use case checks the invitation.
 */
export const meetingPolicy = {
  list: granted(regionAdmin),
  read: granted(regionAdmin),
  create: granted(regionAdmin),
  update: granted(regionAdmin),
  notice: granted(regionAdmin),
  changeStatus: granted(regionAdmin),
  cadence: granted(regionAdmin),
  /** 议题征集: the secretariat opens, closes and adopts; it sees every reply. */
  solicit: granted(regionAdmin),
  /** A written reply to a round: an asked unit's liaison, for its own unit. */
  replySolicitation: granted(ownUnitLiaison),
  /** An invited unit's notices: its liaison, its members. */
  readNotices: granted(ownUnitLiaison, ownMember),
  /** 请假 and opinions: the unit's liaison, or the secretariat for it. */
  speakForUnit: granted(regionAdmin, ownUnitLiaison),
  /** 请假 of a member invited in person: the member itself, or the secretariat for it. */
  speakForSelf: granted(regionAdmin, ownMember),
  /** 签到 with the code: a liaison for its unit, a member for itself. */
  checkIn: granted(ownUnitLiaison, ownMember),
  /** Attendance, minutes, consensus, approval, action items, documents: the secretariat (the recorder works for it). */
  record: granted(regionAdmin),
  /** Reading resolutions and action items: the secretariat; liaisons of the region (the resolutions are sent to every unit). */
  readResolutions: granted(regionAdmin, regionLiaison),
  /** Reporting on an action item: a responsible unit's liaison, or the secretariat for it. */
  reportAction: granted(regionAdmin, ownUnitLiaison),
  /** 签收 of the resolutions notice: an invited unit's liaison for its own unit, or the secretariat on the unit's behalf. */
  acknowledge: granted(regionAdmin, ownUnitLiaison),
  /** 落实情况汇总 to the superior organisation: the secretariat. */
  followUpSummary: granted(regionAdmin),
} satisfies Policy;
