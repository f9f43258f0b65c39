import type { Unit } from '../../domain/units/unit';
import {
  adoptAgendaProposal, closeAgendaSolicitation, meetingSolicitation, openAgendaSolicitation, replyToAgendaSolicitation, viewerSolicitations,
} from '../../domain/meetings/solicitation-service';
import type { GraphqlContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';

const units = async (unitIds: readonly string[], { loaders }: GraphqlContext) =>
  (await loaders.unit.loadMany(unitIds)).filter((u): u is Unit => Boolean(u) && !(u instanceof Error));

/** 议题征集: the secretariat's round on a meeting, and the asked units' replies. */
export const meetingSolicitationResolvers: Resolvers = {
  Mutation: {
    openAgendaSolicitation: (_, { input }, { principal, ports }) => openAgendaSolicitation(principal, input, ports),
    closeAgendaSolicitation: (_, { meetingId }, { principal, ports }) => closeAgendaSolicitation(principal, meetingId, ports),
    replyToAgendaSolicitation: (_, { input }, { principal, ports }) => replyToAgendaSolicitation(principal, input, ports),
    adoptAgendaProposal: (_, { input }, { principal, ports }) => adoptAgendaProposal(principal, input, ports),
  },
  Viewer: {
    agendaSolicitations: (principal, _, { ports }) => viewerSolicitations(principal, ports),
  },
  // Authorized with the meeting that holds it (only those who may read the meeting reach it).
  Meeting: {
    agendaSolicitation: (meeting, _, { principal, ports }) => meetingSolicitation(principal, meeting, ports),
  },
  AgendaSolicitation: {
    askedUnits: (round, _, context) => units(round.askedUnitIds, context),
    pendingUnits: (round, _, context) => units(round.pendingUnitIds, context),
  },
  AgendaSolicitationReply: {
    unit: (reply, _, { loaders }) => loaders.unit.load(reply.unitId),
    proposals: (reply) => reply.proposals.map((proposal, index) => ({ ...proposal, index })),
  },
  AgendaProposal: {
    adopted: (proposal) => proposal.adoptedAgendaItemId !== null,
  },
};
