/**
 * Importing the party-member roster (党员名册) from the secretariat's own sheet, as a preview: the header
 * row found wherever it is, each column mapped by its wording (the clerk corrects the mapping), each row
 * read into a member or into errors that name the row and the column as the clerk wrote it. Pure: the
 * sheet arrives as a Grid (workbooks/roster-workbook.ts reads it) and names of units are resolved by
 * lookups the caller builds from its store (resolveRows).
 */
import { nameKey } from '../names';
import { phone as phoneSchema, todayInChina } from '../validation';
import { birthDateOf, genderOf } from './id-number';
import {
  GENDER_LABELS, MEMBER_CATEGORY_LABELS, MEMBER_ROLE_LABELS, MEMBER_STATUS_LABELS,
  type Gender, type MemberCategory, type MemberRole, type MemberStatus,
} from './member';
import {
  cellText, isBlank, personName, readCategory, readDate, readGender, readIdNumber, readRoles, readStatus,
} from './roster-import-cells';
import { type Cell, type Grid, ROSTER_HEADERS, type RosterField } from './roster-import-columns';
import { columnNames, columnsByField, detectRosterHeader, HEADER_SCAN_ROWS, type HeaderOverride, type RosterHeader } from './roster-import-header';
import { NAME_MAX as UNIT_NAME_MAX } from '../units/rules';
import { MEMBER_NAME_MAX, MEMBER_NOTE_MAX } from './rules';

export type { Cell, ColumnIndex, Grid, RosterField } from './roster-import-columns';
export { REQUIRED_ROSTER_FIELDS, ROSTER_FIELDS, ROSTER_HEADERS } from './roster-import-columns';
export type { HeaderOverride, RosterHeader } from './roster-import-header';

/** One file imports at most this many members (blank rows aside). */
export const MAX_IMPORT_ROWS = 10_000;
/** Limits of the member rules (members/rules.ts), checked in the preview so the clerk sees them per row. */
const NAME_MAX = MEMBER_NAME_MAX;
const ORGANISATION_NAME_MAX = UNIT_NAME_MAX;
const NOTE_MAX = MEMBER_NOTE_MAX;

/** A member as read from a row: CreateMemberInput's fields, with the unit and community by name. */
export interface RosterMemberFields {
  name: string;
  gender: Gender;
  birthDate: string;
  idNumber: string;
  phone: string | null;
  status: MemberStatus;
  joinedOn: string;
  category: MemberCategory;
  unitName: string;
  communityName: string | null;
  roles: MemberRole[];
  note: string | null;
}

export interface RosterCandidate {
  /** The row number the sheet shows. */
  rowNumber: number;
  fields: RosterMemberFields;
  /** Each field's column header as the clerk wrote it (one object shared by the rows of a preview). */
  columns: Readonly<Record<RosterField, string>>;
}

export interface RosterRowError {
  rowNumber: number;
  /** The column's header as the clerk wrote it (the template's for a field the sheet has no column for). */
  column: string;
  field: RosterField | null;
  message: string;
}

export interface RosterSummary {
  /** Rows below the header: valid + withErrors + skippedBlank. */
  totalRows: number;
  valid: number;
  withErrors: number;
  skippedBlank: number;
}

export interface RosterPreview {
  /** Null when no header row was found. */
  header: RosterHeader | null;
  /** What stops the whole file (no header, required columns missing, too many rows): no row is read then. */
  problems: string[];
  candidates: RosterCandidate[];
  /** Every problem of every row, in row order: a row with errors yields no candidate. */
  errors: RosterRowError[];
  summary: RosterSummary;
}

export interface PreviewOptions {
  override?: HeaderOverride;
  /** The day dates may not be after: today in China unless given. */
  today?: string;
}

const EMPTY_SUMMARY: RosterSummary = { totalRows: 0, valid: 0, withErrors: 0, skippedBlank: 0 };
const labelList = (labels: Record<string, string>) => Object.values(labels).join('、');
const quoted = (cell: Cell) => `“${cellText(cell)}”`;

/** Reads a sheet's rows into members to create or errors to show, without touching the store. */
export function previewRosterImport(grid: Grid, options: PreviewOptions = {}): RosterPreview {
  const header = detectRosterHeader(grid, options.override);
  if (!header) {
    return {
      header: null,
      problems: [`未找到表头：前 ${HEADER_SCAN_ROWS} 行中没有一行含 3 个及以上可识别的列名（如 姓名、身份证号码、入党日期）；请指定表头所在行`],
      candidates: [], errors: [], summary: EMPTY_SUMMARY,
    };
  }
  if (header.missing.length > 0) {
    const missing = header.missing.map((field) => ROSTER_HEADERS[field]).join('、');
    return { header, problems: [`缺少必填列: ${missing}；请把表中对应的列指定为这些项`], candidates: [], errors: [], summary: EMPTY_SUMMARY };
  }

  const byField = columnsByField(header);
  const columns = Object.freeze(columnNames(header, ROSTER_HEADERS));
  const mappedColumns = Object.values(byField);
  const dataRows = grid.slice(header.rowNumber).map((cells, i) => ({ rowNumber: header.rowNumber + 1 + i, cells }));
  const isBlankRow = (cells: readonly Cell[]) => mappedColumns.every((column) => isBlank(cells[column]));
  const filled = dataRows.filter((row) => !isBlankRow(row.cells)).length;
  if (filled > MAX_IMPORT_ROWS) {
    return {
      header, candidates: [], errors: [], summary: EMPTY_SUMMARY,
      problems: [`每次最多导入 ${MAX_IMPORT_ROWS} 名党员，本表有 ${filled} 行数据；请分成多个文件导入`],
    };
  }

  const today = options.today ?? todayInChina();
  const firstRowOf = new Map<string, number>();
  const candidates: RosterCandidate[] = [];
  const errors: RosterRowError[] = [];
  let skippedBlank = 0;
  for (const { rowNumber, cells } of dataRows) {
    if (isBlankRow(cells)) {
      skippedBlank += 1;
      continue;
    }
    const cellOf = (field: RosterField): Cell => {
      const column = byField[field];
      return column === undefined ? null : (cells[column] ?? null);
    };
    const rowErrors: RosterRowError[] = [];
    const fail = (field: RosterField, message: string) => rowErrors.push({ rowNumber, column: columns[field], field, message });
    const fields = readRow(cellOf, columns, today, fail);
    if (fields.idNumber) {
      const first = firstRowOf.get(fields.idNumber);
      if (first === undefined) firstRowOf.set(fields.idNumber, rowNumber);
      else fail('idNumber', `${columns.idNumber}与第 ${first} 行重复`);
    }
    if (rowErrors.length > 0) errors.push(...rowErrors);
    // readRow sets every field of a row it found no fault in.
    else candidates.push({ rowNumber, fields: fields as RosterMemberFields, columns });
  }
  const withErrors = new Set(errors.map((e) => e.rowNumber)).size;
  return {
    header, problems: [], candidates, errors,
    summary: { totalRows: dataRows.length, valid: candidates.length, withErrors, skippedBlank },
  };
}

/**
 * One row's fields, each read and checked; every problem is reported through `fail`. The ID number is
 * returned even when other fields fail, so later rows can be told they repeat it.
 */
function readRow(
  cellOf: (field: RosterField) => Cell,
  columns: Readonly<Record<RosterField, string>>,
  today: string,
  fail: (field: RosterField, message: string) => void,
): Partial<RosterMemberFields> {
  const text = (field: RosterField) => cellText(cellOf(field));
  const required = (field: RosterField) => {
    const blank = text(field) === '';
    if (blank) fail(field, `${columns[field]}不能为空`);
    return !blank;
  };
  const limited = (field: RosterField, value: string, max: number) => {
    if (value.length > max) fail(field, `${columns[field]}不能超过 ${max} 个字符`);
    return value;
  };
  const fields: Partial<RosterMemberFields> = {};

  if (required('name')) fields.name = limited('name', personName(cellOf('name')), NAME_MAX);

  let idNumber: string | null = null;
  if (required('idNumber')) {
    const reading = readIdNumber(cellOf('idNumber'));
    if ('problem' in reading) fail('idNumber', reading.problem);
    else idNumber = fields.idNumber = reading.idNumber;
  }

  if (text('gender') === '') {
    if (idNumber) fields.gender = genderOf(idNumber);
  } else {
    const gender = readGender(text('gender'));
    if (!gender) fail('gender', `${columns.gender}无法识别: ${quoted(cellOf('gender'))}，应为 ${labelList(GENDER_LABELS)}`);
    else if (idNumber && genderOf(idNumber) !== gender) {
      fail('gender', `${columns.gender}“${GENDER_LABELS[gender]}”与身份证号码不符（号码第 17 位表示${GENDER_LABELS[genderOf(idNumber)]}性）`);
    } else fields.gender = gender;
  }

  const fromId = idNumber ? birthDateOf(idNumber) : null;
  if (text('birthDate') === '') {
    if (fromId) fields.birthDate = fromId;
  } else {
    const reading = readDate(cellOf('birthDate'));
    const column = columns.birthDate;
    if (reading.kind === 'invalid') fail('birthDate', `${column}无法识别: ${quoted(cellOf('birthDate'))}${reading.hint ? `，${reading.hint}` : ''}`);
    else if (fromId) {
      const written = reading.kind === 'day' ? reading.date : reading.month;
      if (!fromId.startsWith(written)) fail('birthDate', `${column} ${written} 与身份证号码中的出生日期 ${fromId} 不一致`);
      else fields.birthDate = fromId;
    } else if (reading.kind === 'day') fields.birthDate = reading.date;
  }

  if (text('phone') !== '') {
    const parsed = phoneSchema.safeParse(text('phone'));
    if (!parsed.success) fail('phone', `${columns.phone}格式不正确: ${quoted(cellOf('phone'))}`);
    else fields.phone = parsed.data ?? null;
  } else fields.phone = null;

  if (required('status')) {
    const status = readStatus(text('status'));
    if (!status) fail('status', `${columns.status}无法识别: ${quoted(cellOf('status'))}，应为 ${labelList(MEMBER_STATUS_LABELS)}`);
    else fields.status = status;
  }

  if (required('joinedOn')) {
    const reading = readDate(cellOf('joinedOn'));
    const column = columns.joinedOn;
    if (reading.kind === 'month') fail('joinedOn', `${column}须写到日，如 2001-07-01: ${quoted(cellOf('joinedOn'))}`);
    else if (reading.kind === 'invalid') fail('joinedOn', `${column}无法识别: ${quoted(cellOf('joinedOn'))}${reading.hint ? `，${reading.hint}` : ''}`);
    else if (reading.date > today) fail('joinedOn', `${column} ${reading.date} 晚于今天`);
    else if (fields.birthDate && reading.date <= fields.birthDate) fail('joinedOn', `${column} ${reading.date} 不晚于出生日期 ${fields.birthDate}`);
    else fields.joinedOn = reading.date;
  }

  if (required('category')) {
    const category = readCategory(text('category'));
    if (!category) fail('category', `${columns.category}无法识别: ${quoted(cellOf('category'))}，应为 ${labelList(MEMBER_CATEGORY_LABELS)}`);
    else fields.category = category;
  }

  if (required('unitName')) fields.unitName = limited('unitName', text('unitName'), ORGANISATION_NAME_MAX);
  fields.communityName = text('communityName') === '' ? null : limited('communityName', text('communityName'), ORGANISATION_NAME_MAX);

  const { roles, unknown } = readRoles(text('roles'));
  if (unknown.length > 0) {
    fail('roles', `${columns.roles}无法识别: ${unknown.map((w) => `“${w}”`).join('、')}，可填 ${labelList(MEMBER_ROLE_LABELS)}（多个用顿号分隔）`);
  }
  fields.roles = roles;

  fields.note = text('note') === '' ? null : limited('note', text('note'), NOTE_MAX);
  return fields;
}

/** What a member's row needs from the region: its units by name. */
export interface RosterLookups {
  unitByName(name: string): { id: string } | null;
  communityByName(name: string): { id: string; isCommunity: boolean } | null;
}

/** A row ready for createMember: the unit and community as ids. */
export interface ResolvedRosterRow {
  rowNumber: number;
  input: Omit<RosterMemberFields, 'unitName' | 'communityName'> & { unitId: string; communityId: string | null };
}

/** Candidates' unit and community names made ids; a name the region does not have is an error of its row. */
export function resolveRows(
  candidates: readonly RosterCandidate[],
  lookups: RosterLookups,
): { rows: ResolvedRosterRow[]; errors: RosterRowError[] } {
  const rows: ResolvedRosterRow[] = [];
  const errors: RosterRowError[] = [];
  for (const { rowNumber, fields, columns } of candidates) {
    const { unitName, communityName, ...rest } = fields;
    const rowErrors: RosterRowError[] = [];
    const unit = lookups.unitByName(unitName);
    if (!unit) rowErrors.push({ rowNumber, column: columns.unitName, field: 'unitName', message: `未找到单位: ${unitName}` });
    const community = communityName === null ? null : lookups.communityByName(communityName);
    if (communityName !== null && !community) {
      rowErrors.push({ rowNumber, column: columns.communityName, field: 'communityName', message: `未找到社区: ${communityName}` });
    } else if (community && !community.isCommunity) {
      rowErrors.push({
        rowNumber, column: columns.communityName, field: 'communityName', message: `“${communityName}”不是社区或村，不能作为居住社区`,
      });
    }
    if (rowErrors.length > 0 || !unit) errors.push(...rowErrors);
    else rows.push({ rowNumber, input: { ...rest, unitId: unit.id, communityId: community?.id ?? null } });
  }
  return { rows, errors };
}

/** The key unit names are matched under in an import: nameKey, and no spaces at all ("长安 社区" = "长安社区"). */
export const rosterNameKey = (name: string): string => nameKey(name).replace(/ /g, '');

/**
 * A lookup by name for resolveRows, from (name, value) pairs — a unit under its name and its short name,
 * say. When two values share a key, the first stays.
 */
export function lookupByName<T>(entries: Iterable<readonly [string, T]>): (name: string) => T | null {
  const byKey = new Map<string, T>();
  for (const [name, value] of entries) {
    const key = rosterNameKey(name);
    if (key !== '' && !byKey.has(key)) byKey.set(key, value);
  }
  return (name) => byKey.get(rosterNameKey(name)) ?? null;
}

/** The summary once names are resolved: rows the region refused move from valid to withErrors. */
export function summarizeResolved(summary: RosterSummary, resolved: { rows: readonly ResolvedRosterRow[] }): RosterSummary {
  const refused = summary.valid - resolved.rows.length;
  return { ...summary, valid: resolved.rows.length, withErrors: summary.withErrors + refused };
}
