import { listRecordTrail, listRegionTrail } from '../../domain/audit/service';
import type { Resolvers } from '../generated/resolvers-types';

export const auditResolvers: Resolvers = {
  Query: {
    auditTrail: (_, args, { principal, ports }) => listRecordTrail(principal, args, ports),
    regionAuditTrail: (_, args, { principal, ports }) => listRegionTrail(principal, args, ports),
  },
};
