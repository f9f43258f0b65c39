import { listRecordTrail, listRegionTrail } from '../../domain/audit/service';
import type { Resolvers } from '../generated/resolvers-types';

export const auditResolvers: Resolvers = {
  Query: {
    auditTrail: (_, args, { principal, ports }) => listRecordTrail(principal, args, ports),
    regionAuditTrail: (_, args, { principal, ports }) => listRegionTrail(principal, args, ports),
  },
  // Units named by a page of entries load in one batch (the per-request loader).
  AuditEntry: {
    unit: (entry, _, { loaders }) => (entry.recordType === 'Unit' ? loaders.unit.load(entry.recordId) : null),
    pairing: (entry, _, { loaders }) => (entry.recordType === 'Pairing' ? loaders.pairing.load(entry.recordId) : null),
    member: (entry, _, { loaders }) => (entry.recordType === 'Member' ? loaders.member.load(entry.recordId) : null),
  },
  FieldChange: {
    beforeUnit: (change, _, { loaders }) => (change.refersTo === 'Unit' && change.before ? loaders.unit.load(change.before) : null),
    afterUnit: (change, _, { loaders }) => (change.refersTo === 'Unit' && change.after ? loaders.unit.load(change.after) : null),
  },
};
