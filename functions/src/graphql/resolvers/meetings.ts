import type { Unit } from '../../domain/units/unit';
import {
  addAgendaItem, cancelMeeting, createMeeting, listMeetings, meetingCadence, postponeMeeting, removeAgendaItem, setAgendaMaterials,
  sendMeetingNotice, setMeetingCadence, updateMeeting,
} from '../../domain/meetings/service';
import { archivedMeetingDocuments, archiveMeeting } from '../../domain/meetings/archive-service';
import { allowedActions } from '../../domain/meetings/rules';
import { readMeeting } from '../../domain/meetings/attendance-service';
import { hasRole } from '../../auth/principal';
import type { Member } from '../../domain/members/member';
import type { Resolvers } from '../generated/resolvers-types';

export const meetingResolvers: Resolvers = {
  Query: {
    meeting: (_, { id }, { principal, ports, loaders }) => readMeeting(principal, id, ports, (memberId) => loaders.member.load(memberId)),
    meetings: (_, args, { principal, ports }) => listMeetings(principal, args, ports),
    meetingCadence: (_, __, { principal, ports }) => meetingCadence(principal, ports),
  },
  Mutation: {
    createMeeting: (_, { input }, { principal, ports }) => createMeeting(principal, input, ports),
    updateMeeting: (_, { input }, { principal, ports }) => updateMeeting(principal, input, ports),
    addAgendaItem: (_, { input }, { principal, ports }) => addAgendaItem(principal, input, ports),
    removeAgendaItem: (_, args, { principal, ports }) => removeAgendaItem(principal, args, ports),
    setAgendaMaterials: (_, { input }, { principal, ports }) => setAgendaMaterials(principal, input, ports),
    sendMeetingNotice: (_, { input }, { principal, ports }) => sendMeetingNotice(principal, input, ports),
    cancelMeeting: (_, { input }, { principal, ports }) => cancelMeeting(principal, input, ports),
    archiveMeeting: (_, { input }, { principal, ports }) => archiveMeeting(principal, input, ports),
    postponeMeeting: (_, { input }, { principal, ports }) => postponeMeeting(principal, input, ports),
    setMeetingCadence: (_, { input }, { principal, ports }) => setMeetingCadence(principal, input, ports),
  },
  // Units a page of meetings names load in one batch (the per-request loader).
  Meeting: {
    convenerUnit: (meeting, _, { loaders }) => (meeting.convenerUnitId ? loaders.unit.load(meeting.convenerUnitId) : null),
    subBody: (meeting, _, { loaders }) => (meeting.subBodyId ? loaders.subBody.load(meeting.subBodyId) : null),
    invitedUnits: async (meeting, _, { loaders }) =>
      (await loaders.unit.loadMany(meeting.invitedUnitIds)).filter((u): u is Unit => Boolean(u) && !(u instanceof Error)),
    // Members invited in person are the secretariat's to see (a liaison reading its notice sees its unit's part only).
    invitedMemberIds: (meeting, _, { principal }) => (hasRole(principal, 'REGION_ADMIN') ? meeting.invitedMemberIds : []),
    invitedMembers: async (meeting, _, { principal, loaders }) =>
      hasRole(principal, 'REGION_ADMIN')
        ? (await loaders.member.loadMany(meeting.invitedMemberIds)).filter((m): m is Member => Boolean(m) && !(m instanceof Error))
        : [],
    allowedActions: (meeting, _, { ports }) => [...allowedActions(meeting, ports.now())],
    archivedDocuments: (meeting, _, { principal, ports }) => archivedMeetingDocuments(principal, meeting, ports),
  },
  AgendaItem: {
    presenterUnit: (item, _, { loaders }) => (item.presenterUnitId ? loaders.unit.load(item.presenterUnitId) : null),
  },
};
