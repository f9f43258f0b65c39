/**
 * Audit entry: in its record's trail (table) and in the region's trail (gsi1), both by time.
 *
 * | item         | pk                          | sk               | gsi1pk          | gsi1sk          |
 * |--------------|-----------------------------|------------------|-----------------|-----------------|
 * | audit entry  | R#{r}#AUDIT#{record}        | {at}#{entry}     | R#{r}#AUDIT     | {at}#{entry}    |
 */
import type { AuditEntry } from '../../domain/audit/audit';
import { pickFields } from '../item-fields';
import { regionRoot, type Partition } from '../keys';

export const auditPartitions = {
  record: (regionId: string, recordId: string): Partition => ({ partitionValue: `${regionRoot(regionId)}#AUDIT#${recordId}` }),
  region: (regionId: string): Partition => ({ index: 'gsi1', partitionValue: `${regionRoot(regionId)}#AUDIT` }),
};

export function auditEntryToItem(entry: AuditEntry): Record<string, unknown> {
  const sortKey = `${entry.at}#${entry.id}`;
  return {
    pk: auditPartitions.record(entry.regionId, entry.recordId).partitionValue,
    sk: sortKey,
    gsi1pk: auditPartitions.region(entry.regionId).partitionValue,
    gsi1sk: sortKey,
    type: 'AUDIT',
    ...entry,
  };
}

const AUDIT_FIELDS = [
  'id', 'regionId', 'at', 'actorId', 'actorName', 'operation', 'recordType', 'recordId', 'version', 'outcome', 'changes',
] as const satisfies readonly (keyof AuditEntry)[];

export const auditEntryFromItem = (item: Record<string, unknown>): AuditEntry => pickFields<AuditEntry>(item, AUDIT_FIELDS);
