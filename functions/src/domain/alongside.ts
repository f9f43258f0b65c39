import type { AuditEntry } from './audit/audit';

/**
 * What a change writes together with its record, all or nothing: its audit entry, always, and the
 * uploads it links to the record (each consumed by the same write, so it links once). A store turns
 * the record's own writes plus these into one transaction.
 */
export interface Alongside {
  audit: AuditEntry;
  uploads?: UploadClaim[];
}

/** An upload a change links; consumed by the change's write. */
export interface UploadClaim {
  regionId: string;
  uploadId: string;
}

/** A change of a record read at `current.version` into `next`: what a store's versioned save writes. */
export interface Change<T> {
  current: T;
  next: T;
}
