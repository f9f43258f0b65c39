import type { AuditedRecord } from '../audit/audit';
import type { RosterField, RosterRowError, RosterSummary } from './roster-import';

export type MemberImportStatus = 'PREVIEWED' | 'IMPORTING' | 'COMPLETED';

export interface MemberImportColumn {
  index: number;
  header: string;
  field: RosterField | null;
}

/**
 * An import of the roster from an Excel file. The preview checks every row and keeps, sealed in the vault,
 * the sheet (to check again with another mapping) and the rows to create; the import then creates them a
 * step at a time (`processed` is where the next step starts), each member with the createMember write, so a
 * step cut short is simply run again: rows already created are skipped on their ID number.
 */
export interface MemberImport {
  id: string;
  regionId: string;
  fileName: string;
  status: MemberImportStatus;
  headerRowNumber: number | null;
  columns: MemberImportColumn[];
  problems: string[];
  summary: RosterSummary & { alreadyOnRoster: number };
  /** The first MAX_KEPT_ERRORS row errors of the preview. */
  errors: RosterRowError[];
  errorCount: number;
  toImport: number;
  processed: number;
  created: number;
  skipped: number;
  /** The first MAX_KEPT_ERRORS rows refused while importing. */
  failures: RosterRowError[];
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** Row errors an import keeps on its record (the item stays far below DynamoDB's 400 KB). */
export const MAX_KEPT_ERRORS = 500;

/** The parts of an import kept in the files bucket while it runs (sealed). */
export const IMPORT_PAYLOADS = { sheet: 'sheet', rows: 'rows' } as const;

export const MEMBER_IMPORT_AUDIT: AuditedRecord = {
  type: 'MemberImport',
  ignoredFields: ['columns', 'errors', 'failures', 'problems'],
  unitFields: [],
};
