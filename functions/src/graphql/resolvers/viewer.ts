import { notFound } from '../../domain/errors';
import type { Resolvers } from '../generated/resolvers-types';

export const viewerResolvers: Resolvers = {
  Query: {
    viewer: (_, __, { principal }) => principal,
  },
  Viewer: {
    region: async (principal, _, { ports }) =>
      (await ports.regions.get(principal.regionId)) ?? Promise.reject(notFound('区域', principal.regionId)),
  },
};
