import type { Page, PageRequest } from '../paging';
import type { AuditEntry } from './audit';

/**
 * Reading the audit trail. Entries are written only alongside the change they record (`Alongside.audit`,
 * in the change's own all-or-nothing write) and never updated or deleted, so this port has no writes.
 */
export interface AuditTrailStore {
  /** One record's trail, newest first. */
  listForRecord(regionId: string, recordId: string, page: PageRequest): Promise<Page<AuditEntry>>;
  /** The region's trail, newest first. */
  listForRegion(regionId: string, page: PageRequest): Promise<Page<AuditEntry>>;
}
