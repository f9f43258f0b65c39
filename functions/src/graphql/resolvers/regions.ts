import { actInRegion, endActInRegion, reinstateRegion, suspendRegion, updateRegion } from '../../domain/regions/service';
import type { Resolvers } from '../generated/resolvers-types';

/** The platform admin's region lifecycle; creating regions and appointing admins are the accounts area's (accounts.ts). */
export const regionResolvers: Resolvers = {
  Mutation: {
    updateRegion: (_, { input }, { principal, ports }) => updateRegion(principal, input, ports),
    suspendRegion: (_, { input }, { principal, ports }) => suspendRegion(principal, input, ports),
    reinstateRegion: (_, { input }, { principal, ports }) => reinstateRegion(principal, input, ports),
    actInRegion: (_, { input }, { principal, ports }) => actInRegion(principal, input, ports),
    endActInRegion: (_, { regionId }, { principal, ports }) => endActInRegion(principal, regionId, ports),
  },
  ActingSession: {
    region: (session, _, { ports }) => ports.regions.get(session.regionId),
  },
};
