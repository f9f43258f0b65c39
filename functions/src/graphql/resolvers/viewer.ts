import type { Resolvers } from '../generated/resolvers-types';

export const viewerResolvers: Resolvers = {
  Query: {
    viewer: (_, __, { principal }) => principal,
    // Public entry: no principal read here; only what is meant for residents is returned.
    publicRegion: async (_, { id }, { ports }) => {
      const region = await ports.regions.get(id);
      return region && { id: region.id, name: region.name, level: region.level };
    },
  },
  Viewer: {
    region: (principal, _, { ports }) => (principal.regionId ? ports.regions.get(principal.regionId) : null),
    unitId: (principal) => principal.unitId ?? null,
  },
};
