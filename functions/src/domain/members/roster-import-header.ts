import {
  type Cell, type ColumnIndex, type Grid, REQUIRED_ROSTER_FIELDS, ROSTER_FIELDS, type RosterField, fieldOfHeader,
} from './roster-import-columns';
import { cellText } from './roster-import-cells';

/** Title rows, notes and blank lines above a header are skipped; a header further down is not looked for. */
export const HEADER_SCAN_ROWS = 20;

/** A row is taken for the header when it names at least this many roster fields. */
const MIN_RECOGNISED = 3;

/** What the clerk corrects in the preview, over what was recognised. */
export interface HeaderOverride {
  /** The header's row number as the sheet shows it (1-based), when the recognised one is wrong. */
  headerRow?: number;
  /** Column → field, or null for a column not to import; wins over the header's wording. */
  columns?: Record<ColumnIndex, RosterField | null>;
}

export interface RosterHeader {
  /** The header's row number as the sheet shows it (1-based); data follows it. */
  rowNumber: number;
  /** Each column's header as the clerk wrote it (trimmed); columns without a header are left out. */
  headers: Record<ColumnIndex, string>;
  /** Each column with a header or an override: its field, or null when it is not imported. */
  mapping: Record<ColumnIndex, RosterField | null>;
  /** Columns mapped to a field, by their wording or by an override. */
  recognised: ColumnIndex[];
  /** Columns with a header the roster does not know and no override: not imported unless mapped. */
  unknown: ColumnIndex[];
  /** Columns naming a field an earlier column already holds: not imported. */
  duplicates: ColumnIndex[];
  /** Fields an import needs that no column holds. */
  missing: RosterField[];
}

const recognisedFields = (row: readonly unknown[]) =>
  new Set(row.map((cell) => (typeof cell === 'string' ? fieldOfHeader(cell) : null)).filter((f) => f !== null)).size;

/**
 * The grid index of the header row: the top row naming the most roster fields; of a two-row header naming
 * as many in each row, the lower one (data starts below it).
 */
function findHeaderIndex(grid: Grid): number | null {
  let best: number | null = null;
  let bestScore = MIN_RECOGNISED - 1;
  for (const [index, row] of grid.slice(0, HEADER_SCAN_ROWS).entries()) {
    const score = recognisedFields(row);
    if (score > bestScore || (score === bestScore && best !== null && index === best + 1)) [best, bestScore] = [index, score];
  }
  return best;
}

/** A header as the clerk wrote it: its own characters, trimmed. */
const headerText = (cell: Cell): string => (typeof cell === 'string' ? cell.trim().replace(/\s+/g, ' ') : cellText(cell));

/**
 * The header row and what each column holds, or null when no row of the first HEADER_SCAN_ROWS names
 * enough roster fields and no header row was given.
 */
export function detectRosterHeader(grid: Grid, override: HeaderOverride = {}): RosterHeader | null {
  const index = override.headerRow !== undefined ? override.headerRow - 1 : findHeaderIndex(grid);
  if (index === null || index < 0 || index >= grid.length) return null;
  const row = grid[index]!;
  const explicit = override.columns ?? {};

  const headers: Record<ColumnIndex, string> = {};
  row.forEach((cell, column) => {
    const text = headerText(cell);
    if (text !== '') headers[column] = text;
  });
  const columns = [...new Set([...Object.keys(headers), ...Object.keys(explicit)].map(Number))].sort((a, b) => a - b);

  const mapping: Record<ColumnIndex, RosterField | null> = {};
  const taken = new Set<RosterField>();
  const duplicates: ColumnIndex[] = [];
  // Explicit choices claim their fields first; the wording fills the rest.
  for (const column of columns.filter((c) => c in explicit)) {
    const field = explicit[column] ?? null;
    if (field !== null && taken.has(field)) duplicates.push(column);
    else if (field !== null) taken.add(field);
    mapping[column] = duplicates.includes(column) ? null : field;
  }
  for (const column of columns.filter((c) => !(c in explicit))) {
    const field = fieldOfHeader(headers[column] ?? '');
    if (field !== null && taken.has(field)) duplicates.push(column);
    else if (field !== null) taken.add(field);
    mapping[column] = duplicates.includes(column) ? null : field;
  }

  return {
    rowNumber: index + 1,
    headers,
    mapping,
    recognised: columns.filter((c) => mapping[c] !== null),
    unknown: columns.filter((c) => mapping[c] === null && !(c in explicit) && !duplicates.includes(c)),
    duplicates: duplicates.sort((a, b) => a - b),
    missing: REQUIRED_ROSTER_FIELDS.filter((field) => !taken.has(field)),
  };
}

/** Each field's column in a header (fields without one are left out). */
export function columnsByField(header: RosterHeader): Partial<Record<RosterField, ColumnIndex>> {
  const byField: Partial<Record<RosterField, ColumnIndex>> = {};
  for (const [column, field] of Object.entries(header.mapping)) if (field) byField[field] = Number(column);
  return byField;
}

/** The header text the clerk reads for each field: its own wording, or the template's for a field it lacks. */
export function columnNames(header: RosterHeader, templateHeaders: Record<RosterField, string>): Record<RosterField, string> {
  const byField = columnsByField(header);
  return Object.fromEntries(
    ROSTER_FIELDS.map((field) => {
      const column = byField[field];
      return [field, column !== undefined ? (header.headers[column] ?? templateHeaders[field]) : templateHeaders[field]];
    }),
  ) as Record<RosterField, string>;
}
