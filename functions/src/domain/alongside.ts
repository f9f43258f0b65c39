import type { ArchiveDocument } from './archive/document';
import type { AuditEntry } from './audit/audit';

/**
 * What a change writes together with its record, all or nothing: its audit entry, always, the
 * uploads it links to the record (each consumed by the same write, so it links once), and the files it
 * files into the archive (档案: each a new document, or a new version of one). A store turns the record's own
 * writes plus these into one transaction.
 */
export interface Alongside {
  audit: AuditEntry;
  uploads?: UploadClaim[];
  /**
   * The record's files filed into the archive (domain/archive/service.ts planArchiveFiling, fileUploads), each a
   * different document. Refused with RetryableWriteError when a document moved meanwhile: the use case plans again.
   */
  archive?: readonly ArchiveChange[];
}

/** A document of the archive before (null: none yet) and after a new version of its file. */
export interface ArchiveChange {
  current: ArchiveDocument | null;
  next: ArchiveDocument;
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
