import {
  acknowledgeResolutions, ownReceipt, receiptsOfMeeting, receiptSummaryOfMeeting,
  actionItemOverdue, addActionItem, addMinutesAddendum, approveMinutes, consensusOfMeeting, getResolution, listActionItems,
  minutesOfMeeting, minutesVersions, previousActionItems, recordConsensus, recordConsensusForAll, reportActionItem, resolutionsOfMeeting,
  saveMinutes, viewerActionItems,
} from '../../domain/meetings/minutes-service';
import { minutesLocked } from '../../domain/meetings/minutes-rules';
import type { Unit } from '../../domain/units/unit';
import type { GraphqlContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';

const units = async (ids: readonly string[], context: GraphqlContext) =>
  (await context.loaders.unit.loadMany(ids)).filter((u): u is Unit => Boolean(u) && !(u instanceof Error));

export const meetingMinutesResolvers: Resolvers = {
  Query: {
    resolution: (_, { id }, { principal, ports }) => getResolution(principal, id, ports),
    actionItems: (_, args, { principal, ports }) => listActionItems(principal, args, ports),
  },
  Mutation: {
    saveMinutes: (_, { input }, { principal, ports }) => saveMinutes(principal, input, ports),
    approveMinutes: (_, args, { principal, ports }) => approveMinutes(principal, args, ports),
    addMinutesAddendum: (_, { input }, { principal, ports }) => addMinutesAddendum(principal, input, ports),
    recordConsensus: (_, { input }, { principal, ports }) => recordConsensus(principal, input, ports),
    recordConsensusForAll: (_, args, { principal, ports }) => recordConsensusForAll(principal, args, ports),
    addActionItem: (_, { input }, { principal, ports }) => addActionItem(principal, input, ports),
    reportActionItem: (_, { input }, { principal, ports }) => reportActionItem(principal, input, ports),
    acknowledgeResolutions: (_, { input }, { principal, ports }) => acknowledgeResolutions(principal, input, ports),
  },
  Viewer: {
    actionItems: (principal, args, { ports }) => viewerActionItems(principal, args, ports),
  },
  Meeting: {
    minutes: (meeting, _, { principal, ports }) => minutesOfMeeting(principal, meeting, ports),
    consensus: (meeting, _, { principal, ports }) => consensusOfMeeting(principal, meeting, ports),
    resolutions: (meeting, _, { principal, ports }) => resolutionsOfMeeting(principal, meeting, ports),
    previousActionItems: (meeting, _, { principal, ports }) => previousActionItems(principal, meeting, ports),
    receipts: (meeting, _, { principal, ports }) => receiptsOfMeeting(principal, meeting, ports),
    receiptSummary: (meeting, _, { principal, ports }) => receiptSummaryOfMeeting(principal, meeting, ports),
    ownReceipt: (meeting, _, { principal, ports, loaders }) => ownReceipt(principal, meeting, ports, (ref) => loaders.receipt.load(`${ref.meetingId}|${ref.unitId}`)),
  },
  ResolutionReceipt: {
    unit: (receipt, _, { loaders }) => loaders.unit.load(receipt.unitId),
    acknowledged: (receipt) => receipt.acknowledgedAt !== null,
  },
  Minutes: {
    locked: async (minutes, _, context) => {
      const meeting = await context.loaders.meeting.load(minutes.meetingId);
      return meeting !== null && minutesLocked(meeting);
    },
    versions: (minutes, args, { principal, ports }) => minutesVersions(principal, minutes, args, ports),
  },
  UnitPosition: {
    unit: (position, _, { loaders }) => loaders.unit.load(position.unitId),
  },
  ReservedView: {
    unit: (view, _, { loaders }) => loaders.unit.load(view.unitId),
  },
  Resolution: {
    // The resolution was read through a use case that authorized it; its meeting and action items come with it.
    meeting: (resolution, _, { loaders }) => loaders.meeting.load(resolution.meetingId),
    actionItems: async (resolution, _, { loaders }) =>
      (await loaders.actionItemsOfMeeting.load(resolution.meetingId)).filter((item) => item.resolutionId === resolution.id),
  },
  ActionItem: {
    meeting: (item, _, { loaders }) => loaders.meeting.load(item.meetingId),
    responsibleUnits: (item, _, context) => units(item.responsibleUnitIds, context),
    overdue: (item, _, { ports }) => actionItemOverdue(item, ports),
  },
  ActionReport: {
    unit: (report, _, { loaders }) => loaders.unit.load(report.unitId),
  },
};
