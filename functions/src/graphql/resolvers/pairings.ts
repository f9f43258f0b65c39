import { createPairing, endPairing } from '../../domain/pairings/service';
import { isExpired } from '../../domain/pairings/rules';
import { notFound } from '../../domain/errors';
import { todayInChina } from '../../domain/validation';
import type { Resolvers } from '../generated/resolvers-types';

export const pairingResolvers: Resolvers = {
  Mutation: {
    createPairing: (_, { input }, { principal, ports }) => createPairing(principal, input, ports),
    endPairing: (_, { input }, { principal, ports }) => endPairing(principal, input, ports),
  },
  Pairing: {
    unit: async (p, _, { loaders }) => (await loaders.unit.load(p.unitId)) ?? Promise.reject(notFound('单位', p.unitId)),
    community: async (p, _, { loaders }) =>
      (await loaders.unit.load(p.communityId)) ?? Promise.reject(notFound('单位', p.communityId)),
    expired: (p, _, { ports }) => isExpired(p, todayInChina(ports.now())),
  },
};
