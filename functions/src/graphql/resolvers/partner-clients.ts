import { listPartnerClients, registerPartnerClient, revokePartnerClient, rotatePartnerClientSecret } from '../../domain/partners/service';
import type { Resolvers } from '../generated/resolvers-types';

export const partnerClientResolvers: Resolvers = {
  Query: {
    partnerClients: (_, args, { principal, ports }) => listPartnerClients(principal, args, ports),
  },
  Mutation: {
    registerPartnerClient: (_, { input }, { principal, ports }) => registerPartnerClient(principal, input, ports),
    rotatePartnerClientSecret: (_, args, { principal, ports }) => rotatePartnerClientSecret(principal, args, ports),
    revokePartnerClient: (_, args, { principal, ports }) => revokePartnerClient(principal, args, ports),
  },
};
