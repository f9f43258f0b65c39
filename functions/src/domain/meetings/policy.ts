import { granted, regionAdmin, type Policy } from '../../auth/policy';

/** Meetings are the secretariat's in this step; invitees' notices, leave and check-in come with attendance. */
export const meetingPolicy = {
  list: granted(regionAdmin),
  read: granted(regionAdmin),
  create: granted(regionAdmin),
  update: granted(regionAdmin),
  notice: granted(regionAdmin),
  changeStatus: granted(regionAdmin),
  cadence: granted(regionAdmin),
} satisfies Policy;
