import {
  checkIn, checkInCodeFor, markMeetingHeld, meetingAttendance, meetingMemberAttendance, meetingNotices, meetingOpinions, recordAttendance, requestLeave, submitOpinion,
} from '../../domain/meetings/attendance-service';
import { checkInWindow, takesPart } from '../../domain/meetings/proceedings';
import type { Resolvers } from '../generated/resolvers-types';

/** The invitees' side of a meeting (notices, 请假, opinions, 签到) and the secretariat's attendance and 召开. */
export const meetingAttendanceResolvers: Resolvers = {
  Mutation: {
    requestLeave: (_, { input }, { principal, ports }) => requestLeave(principal, input, ports),
    submitOpinion: (_, { input }, { principal, ports }) => submitOpinion(principal, input, ports),
    checkIn: (_, args, { principal, ports }) => checkIn(principal, args, ports),
    recordAttendance: (_, { input }, { principal, ports }) => recordAttendance(principal, input, ports),
    markMeetingHeld: (_, args, { principal, ports }) => markMeetingHeld(principal, args, ports),
  },
  Viewer: {
    meetingNotices: (principal, args, { ports, loaders }) => meetingNotices(principal, args, ports, (id) => loaders.member.load(id)),
  },
  // Authorized with the meeting that holds them (only those who may read the meeting reach its fields).
  Meeting: {
    checkInCode: (meeting, _, { principal }) => checkInCodeFor(principal, meeting),
    checkInOpensAt: (meeting) => checkInWindow(meeting).opensAt,
    checkInClosesAt: (meeting) => checkInWindow(meeting).closesAt,
    attendance: (meeting, _, { principal, ports, loaders }) => meetingAttendance(principal, meeting, ports, (id) => loaders.member.load(id)),
    memberAttendance: (meeting, _, { principal, ports, loaders }) => meetingMemberAttendance(principal, meeting, ports, (id) => loaders.member.load(id)),
    opinions: (meeting, args, { principal, ports }) => meetingOpinions(principal, meeting, args, ports),
  },
  Attendance: {
    unit: (attendance, _, { loaders }) => loaders.unit.load(attendance.unitId),
    invitedMember: (attendance, _, { loaders }) => (attendance.invitedMemberId ? loaders.member.load(attendance.invitedMemberId) : null),
    takesPart: (attendance) => takesPart(attendance),
    // Nothing recorded yet (INVITED): no recorder, no time.
    recordedBy: (attendance) => attendance.recordedBy || null,
    updatedAt: (attendance) => attendance.updatedAt || null,
  },
  MeetingOpinion: {
    unit: (opinion, _, { loaders }) => loaders.unit.load(opinion.unitId),
  },
};
