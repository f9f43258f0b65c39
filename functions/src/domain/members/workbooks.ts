import type { Grid, RosterMemberFields } from './roster-import';

/** A member as exported: the roster's columns, with the ID number and phone already masked as the API shows them. */
export type RosterExportRow = RosterMemberFields;

/**
 * The roster's Excel files, as the members use cases need them (functions/src/workbooks/ makes them with
 * exceljs, loaded by the first use: the API's other requests never parse it).
 */
export interface RosterWorkbooks {
  /** A sheet as plain rows; refuses what is no .xlsx, or too big, with BAD_USER_INPUT on `file`. */
  readGrid(bytes: Uint8Array): Promise<Grid>;
  template(options: { unitNames: readonly string[]; communityNames: readonly string[] }): Promise<Uint8Array>;
  export(rows: readonly RosterExportRow[], options: { sheetPerUnit?: boolean }): Promise<Uint8Array>;
}

export { XLSX_CONTENT_TYPE } from '../files/workbook-files';
