import { authorize } from '../../auth/policy';
import type { Principal, RegionPrincipal } from '../../auth/principal';
import { pageRequest, readPage } from '../paging';
import type { Ports } from '../ports';
import { auditEntry, summarizeChanges, type AuditedRecord, type AuditEntry } from './audit';
import { auditPolicy } from './policy';

/** The audit entry of a change, to be written alongside it (in the same all-or-nothing write). */
export function recordChange(
  principal: RegionPrincipal,
  ports: Pick<Ports, 'now' | 'newId'>,
  record: AuditedRecord,
  change: {
    operation: string;
    recordId: string;
    version: number | null;
    before: object | null;
    after: object | null;
    /** Said with the change but not a field of the record (a reason, say). */
    note?: { field: string; value: string | null | undefined };
  },
): AuditEntry {
  const changes = summarizeChanges(change.before, change.after, record);
  if (change.note?.value) changes.push({ field: change.note.field, before: null, after: change.note.value });
  return auditEntry(principal, ports.newId(), strictlyAfterLast(ports.now()), {
    operation: change.operation,
    recordType: record.type,
    recordId: change.recordId,
    version: change.version,
    changes,
  });
}

let lastAt = 0;
/** Trails sort by time: two changes in one millisecond of one process still keep their order. */
function strictlyAfterLast(now: Date): Date {
  lastAt = Math.max(now.getTime(), lastAt + 1);
  return new Date(lastAt);
}

export async function listRecordTrail(principal: Principal, args: { recordId: string; first?: number | null; after?: string | null }, ports: Ports) {
  const { regionId } = authorize(principal, auditPolicy.readRecordTrail);
  return readPage(ports.audit.listForRecord(regionId, args.recordId, pageRequest(args)));
}

export async function listRegionTrail(principal: Principal, args: { first?: number | null; after?: string | null }, ports: Ports) {
  const { regionId } = authorize(principal, auditPolicy.readRegionTrail);
  return readPage(ports.audit.listForRegion(regionId, pageRequest(args)));
}
