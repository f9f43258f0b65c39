import { authorize } from '../../auth/policy';
import type { Principal } from '../../auth/principal';
import type { TransactStep } from '../../store/transact';
import { pageSize } from '../paging';
import type { Ports } from '../ports';
import { BOOKKEEPING_FIELDS, auditEntry, summarizeChanges, type AuditEntry } from './audit';

/** Counters kept by other writes: their changes are the other records' trail, not this one's. */
const NOT_AUDITED = [...BOOKKEEPING_FIELDS, 'id', 'childCount', 'activePairingCount', 'pairingCount'];

/** The audit entry of a change, as a step of the change's own transaction. */
export function auditStep(
  principal: Principal,
  ports: Ports,
  change: {
    operation: string;
    recordType: AuditEntry['recordType'];
    recordId: string;
    version: number | null;
    before: object | null;
    after: object | null;
    /** Said with the change but not a field of the record (a reason, say). */
    note?: { field: string; value: string | null | undefined };
  },
): TransactStep {
  const changes = summarizeChanges(change.before, change.after, NOT_AUDITED);
  if (change.note?.value) changes.push({ field: change.note.field, before: null, after: change.note.value });
  const entry = auditEntry(principal, ports.newId, strictlyAfterLast(ports.now()), { ...change, changes });
  return ports.audit.step(entry);
}

let lastAt = 0;
/** Trails sort by time: two changes in one millisecond of one process still keep their order. */
function strictlyAfterLast(now: Date): Date {
  lastAt = Math.max(now.getTime(), lastAt + 1);
  return new Date(lastAt);
}

export function listRecordTrail(principal: Principal, args: { recordId: string; first?: number | null; after?: string | null }, ports: Ports) {
  authorize(principal, 'Query.auditTrail');
  return ports.audit.listForRecord(principal.regionId, args.recordId, pageSize(args.first), args.after);
}

export function listRegionTrail(principal: Principal, args: { first?: number | null; after?: string | null }, ports: Ports) {
  authorize(principal, 'Query.regionAuditTrail');
  return ports.audit.listForRegion(principal.regionId, pageSize(args.first), args.after);
}
