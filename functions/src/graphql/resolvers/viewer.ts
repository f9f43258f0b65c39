import type { Resolvers } from '../generated/resolvers-types';

export const viewerResolvers: Resolvers = {
  Query: {
    viewer: (_, __, { principal }) => principal,
    // The public entry, publicRegion, is publication's (resolvers/publication.ts).
  },
  Viewer: {
    region: (principal, _, { ports }) => (principal.regionId ? ports.regions.get(principal.regionId) : null),
    unitId: (principal) => principal.unitId ?? null,
    acting: (principal) => principal.acting ?? null,
  },
};
