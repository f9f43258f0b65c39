import type { Alongside, Change } from '../alongside';
import type { Page, PageRequest } from '../paging';
import type { ArchiveDocument, ArchiveFilter, ArchiveFolder, ArchiveVerificationStatus, ArchiveVersion } from './document';

/**
 * The archive's documents and their versions. Every write is one transaction with its audit entry and the upload it
 * consumes; the folder counts move in the same write. A versioned save is refused with StaleVersionError.
 */
export interface ArchiveStore {
  document(regionId: string, id: string): Promise<ArchiveDocument | null>;
  /** Documents by id in the order asked (null where none), in one batch read; at most 100 ids. */
  getMany(regionId: string, ids: readonly string[]): Promise<(ArchiveDocument | null)[]>;
  /** Documents not deleted, by year (and folder, unit), newest first within a folder. */
  documents(regionId: string, filter: ArchiveFilter, page: PageRequest): Promise<Page<ArchiveDocument>>;
  /** Deleted documents, newest deletion first. */
  deletedDocuments(regionId: string, page: PageRequest): Promise<Page<ArchiveDocument>>;
  /** A document's versions, newest first. */
  versions(regionId: string, documentId: string, page: PageRequest): Promise<Page<ArchiveVersion>>;
  /** Every version, oldest first (at most MAX_ARCHIVE_VERSIONS + 1: a verify reads them all). */
  allVersions(regionId: string, documentId: string): Promise<ArchiveVersion[]>;
  /** Documents not deleted per folder in a year, the region's or a unit's; folders with none are left out. */
  folderCounts(regionId: string, year: number, unitId: string | null): Promise<Map<ArchiveFolder, number>>;
  /** A new document with its first version (`document.current`). */
  add(document: ArchiveDocument, alongside: Alongside): Promise<void>;
  /** A new version (`change.next.current`) and the document moved to it. */
  addVersion(change: Change<ArchiveDocument>, alongside: Alongside): Promise<void>;
  /** Deleted or restored (deletedAt set or cleared): moves its folder counts. Also marks a purge begun (purgeStartedAt). */
  save(change: Change<ArchiveDocument>, alongside: Alongside): Promise<void>;

  // The scheduled maintenance (maintenance.ts).
  /** Deleted documents deleted before `deletedBefore` (an instant), oldest deletion first: the 回收站's expired end. */
  expiredDocuments(regionId: string, deletedBefore: string, page: PageRequest): Promise<Page<ArchiveDocument>>;
  /**
   * Removes a document whose purge began, for good: its versions, then the document itself at `document.version` with
   * its audit entry (StaleVersionError / RecordMissingError when it moved or is gone). Safe to repeat after a failure.
   */
  purge(document: ArchiveDocument, alongside: Alongside): Promise<void>;
  /** Records a verify's outcome on the document, leaving its version alone; nothing when the document is gone. */
  recordVerification(regionId: string, id: string, outcome: { at: string; status: ArchiveVerificationStatus }): Promise<void>;
  /** The years (from…to) in which the region has documents not deleted (its counts items), newest first. */
  yearsWithDocuments(regionId: string, from: number, to: number): Promise<number[]>;
  /** Where the scheduled verify of the region stopped (null: start from the newest year). */
  sweepCursor(regionId: string): Promise<ArchiveSweepCursor | null>;
  saveSweepCursor(regionId: string, cursor: ArchiveSweepCursor | null): Promise<void>;
}

/** The scheduled verify's place in a region: the year it was in and the list cursor within it (null: from its start). */
export interface ArchiveSweepCursor {
  year: number;
  after: string | null;
}
