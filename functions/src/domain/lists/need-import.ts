/**
 * Importing needs (需求清单) from a clerk's own sheet or the template: the header row found under any title
 * rows, each column recognised by its usual wordings, each row read into a need or into errors naming the
 * row and the column as the clerk wrote it. Pure: the sheet arrives as a Grid (workbooks/lists-workbook.ts
 * reads it); communities by name are resolved by the use case (excel-service.ts).
 *
 * Cells are read as the roster's are (members/roster-import-cells.ts): full-width characters and stray
 * spaces ignored, dates as Date values, Excel serials or text in the usual forms; urgency and source by
 * their Chinese labels or API names.
 */
import { cellText, isBlank, readDate } from '../members/roster-import-cells';
import { headerKey, type Cell, type Grid } from '../members/roster-import-columns';
import { nameKey } from '../names';
import {
  NEED_SOURCE_LABELS, NEED_SOURCES, NEED_URGENCIES, NEED_URGENCY_LABELS, type NeedSource, type NeedUrgency,
} from './need';

export type { Cell, Grid } from '../members/roster-import-columns';

/** One file imports at most this many needs (blank rows aside). */
export const MAX_NEED_IMPORT_ROWS = 2000;
/** Title rows and notes above a header are skipped; a header further down is not looked for. */
export const NEED_HEADER_SCAN_ROWS = 20;

export const NEED_IMPORT_FIELDS = [
  'title', 'description', 'category', 'urgency', 'source', 'raisedBy', 'communityName', 'wantedFrom', 'wantedUntil',
] as const;
export type NeedImportField = (typeof NEED_IMPORT_FIELDS)[number];

/** The headers the template writes, in this order. */
export const NEED_IMPORT_HEADERS: Record<NeedImportField, string> = {
  title: '需求名称',
  description: '需求描述',
  category: '需求类别',
  urgency: '紧急程度',
  source: '需求来源',
  raisedBy: '提出人',
  communityName: '征集社区',
  wantedFrom: '需要开始日期',
  wantedUntil: '需要截止日期',
};

/** Columns a file cannot do without; 征集社区 too unless the caller's own community stands for a blank one. */
export const REQUIRED_NEED_FIELDS: readonly NeedImportField[] = ['title', 'category', 'source'];

/** Header wordings seen in communities' own lists (and the notice-board export's), compared as headerKey. */
const HEADER_ALIASES: Record<NeedImportField, readonly string[]> = {
  title: ['需求名称', '需求', '需求事项', '需求项目', '需求标题', '需求名'],
  description: ['需求描述', '需求内容', '具体需求', '需求详情', '具体内容', '内容', '描述', '详细描述', '说明'],
  category: ['需求类别', '类别', '需求类型', '类型', '分类', '需求分类', '所属类别'],
  urgency: ['紧急程度', '紧急', '缓急', '缓急程度', '轻重缓急', '紧迫程度', '优先级'],
  source: ['需求来源', '来源', '提出渠道', '收集渠道', '征集渠道'],
  raisedBy: ['提出人', '提出者', '需求提出人', '反映人', '提出单位', '提出人/单位'],
  communityName: ['征集社区', '社区', '所属社区', '所在社区', '社区名称', '村/社区', '村(社区)', '村社区', '社区/村', '征集单位'],
  wantedFrom: ['需要开始日期', '开始日期', '开始时间', '起始日期', '需求开始日期', '需要开始时间'],
  wantedUntil: ['需要截止日期', '截止日期', '截止时间', '结束日期', '完成时限', '需求截止日期', '需要截止时间', '期限'],
};

// "村（社区）" loses its bracket to headerKey ("村"): the wording is kept whole here as well.
const FIELD_BY_HEADER = new Map<string, NeedImportField>(
  NEED_IMPORT_FIELDS.flatMap((field) =>
    HEADER_ALIASES[field].flatMap((alias) => [[headerKey(alias), field] as const, [alias.normalize('NFKC').replace(/\s+/g, ''), field] as const]),
  ),
);

/** The field a header names, or null. */
export const needFieldOfHeader = (header: string): NeedImportField | null =>
  FIELD_BY_HEADER.get(header.normalize('NFKC').replace(/\s+/g, '')) ?? FIELD_BY_HEADER.get(headerKey(header)) ?? null;

/** Limits of the need rules (lists/rules.ts createNeedInput), checked per row so the clerk sees them. */
const LIMITS: Partial<Record<NeedImportField, number>> = { title: 100, description: 2000, category: 20, raisedBy: 100, communityName: 100 };

/** A need as read from a row: createNeed's fields, with the community by name (null: the caller's own). */
export interface NeedImportFields {
  title: string;
  description: string | null;
  category: string;
  urgency: NeedUrgency;
  source: NeedSource;
  raisedBy: string | null;
  communityName: string | null;
  wantedFrom: string | null;
  wantedUntil: string | null;
}

export interface NeedImportCandidate {
  /** The row number the sheet shows. */
  rowNumber: number;
  fields: NeedImportFields;
}

export interface NeedImportError {
  rowNumber: number;
  /** The column's header as the clerk wrote it (the template's for a field the sheet has no column for). */
  column: string;
  message: string;
}

export interface NeedSheet {
  /** The header's row number as the sheet shows it. */
  headerRowNumber: number;
  /** Each field's column header as the clerk wrote it (the template's for a field without a column). */
  columns: Readonly<Record<NeedImportField, string>>;
  /** Rows below the header with something in an imported column. */
  rows: number;
  candidates: NeedImportCandidate[];
  /** Every problem of every row, in row order: a row with errors yields no candidate. */
  errors: NeedImportError[];
}

export interface ReadNeedSheetOptions {
  /** The categories a need may have (rules.ts needCategories). */
  categories: readonly string[];
  /** A blank 征集社区 (or none in the file) stands for the caller's own community. @default false */
  ownCommunityDefault?: boolean;
}

/** What stops the whole file: no header, a required column missing, too many rows. Shown as it is. */
export class NeedSheetProblem extends Error {
  override readonly name = 'NeedSheetProblem';
}

const wordKey = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').toUpperCase();

function wordReader<T extends string>(values: readonly T[], labels: Record<T, string>, extra: Record<string, T>) {
  const byWord = new Map<string, T>();
  for (const value of values) {
    byWord.set(wordKey(value), value);
    byWord.set(wordKey(labels[value]), value);
  }
  for (const [word, value] of Object.entries(extra)) byWord.set(wordKey(word), value);
  return (text: string): T | null => byWord.get(wordKey(text)) ?? null;
}

export const readUrgency = wordReader(NEED_URGENCIES, NEED_URGENCY_LABELS, { 普通: 'NORMAL', 不急: 'NORMAL', 较紧急: 'PRESSING', 比较紧急: 'PRESSING', 急: 'PRESSING', 非常紧急: 'URGENT', 特急: 'URGENT', 加急: 'URGENT' });
export const readSource = wordReader(NEED_SOURCES, NEED_SOURCE_LABELS, {
  居民: 'RESIDENTS', 群众: 'RESIDENTS', 居民群众: 'RESIDENTS', 网格员: 'GRID', 网格走访: 'GRID', 党员反映: 'MEMBER', 单位: 'UNIT', 驻区单位: 'UNIT', 共建单位: 'UNIT',
});

const labelList = (labels: Record<string, string>) => Object.values(labels).join('、');
const quoted = (cell: Cell) => `“${cellText(cell)}”`;

const recognised = (row: readonly Cell[]) =>
  new Set(row.map((cell) => (typeof cell === 'string' ? needFieldOfHeader(cell) : null)).filter((f) => f !== null)).size;

/** The grid index of the header: the top row of the first NEED_HEADER_SCAN_ROWS naming the most fields (at least 2). */
function findHeader(grid: Grid): number | null {
  let best: number | null = null;
  let bestScore = 1;
  for (const [index, row] of grid.slice(0, NEED_HEADER_SCAN_ROWS).entries()) {
    const score = recognised(row);
    if (score > bestScore) [best, bestScore] = [index, score];
  }
  return best;
}

/**
 * Reads a needs sheet: the header, then every row below it into a candidate or errors. Refuses the whole
 * file (NeedSheetProblem) when no header is found, a required column is missing or it holds more than
 * MAX_NEED_IMPORT_ROWS rows.
 */
export function readNeedSheet(grid: Grid, options: ReadNeedSheetOptions): NeedSheet {
  const index = findHeader(grid);
  if (index === null) {
    throw new NeedSheetProblem(
      `未找到表头：前 ${NEED_HEADER_SCAN_ROWS} 行中没有一行含 2 个及以上可识别的列名（如 ${NEED_IMPORT_HEADERS.title}、${NEED_IMPORT_HEADERS.category}、${NEED_IMPORT_HEADERS.communityName}）；请使用导入模板`,
    );
  }
  const byField: Partial<Record<NeedImportField, number>> = {};
  const headers: Partial<Record<NeedImportField, string>> = {};
  grid[index]!.forEach((cell, column) => {
    if (typeof cell !== 'string') return;
    const field = needFieldOfHeader(cell);
    // The first column naming a field holds it; a later one of the same meaning is not read.
    if (field && byField[field] === undefined) {
      byField[field] = column;
      headers[field] = cell.trim().replace(/\s+/g, ' ');
    }
  });
  const required = options.ownCommunityDefault ? REQUIRED_NEED_FIELDS : [...REQUIRED_NEED_FIELDS, 'communityName' as const];
  const missing = required.filter((field) => byField[field] === undefined);
  if (missing.length > 0) {
    throw new NeedSheetProblem(`缺少必填列: ${missing.map((field) => NEED_IMPORT_HEADERS[field]).join('、')}（表头在第 ${index + 1} 行）；请对照导入模板修改列名`);
  }
  const columns = Object.freeze(
    Object.fromEntries(NEED_IMPORT_FIELDS.map((field) => [field, headers[field] ?? NEED_IMPORT_HEADERS[field]])) as Record<NeedImportField, string>,
  );
  const mapped = Object.values(byField);
  const dataRows = grid
    .slice(index + 1)
    .map((cells, i) => ({ rowNumber: index + 2 + i, cells }))
    .filter(({ cells }) => !mapped.every((column) => isBlank(cells[column])));
  if (dataRows.length > MAX_NEED_IMPORT_ROWS) {
    throw new NeedSheetProblem(`每次最多导入 ${MAX_NEED_IMPORT_ROWS} 条需求，本表有 ${dataRows.length} 行数据；请分成多个文件导入`);
  }

  const categories = new Map(options.categories.map((c) => [wordKey(c), c]));
  const candidates: NeedImportCandidate[] = [];
  const errors: NeedImportError[] = [];
  for (const { rowNumber, cells } of dataRows) {
    const cellOf = (field: NeedImportField): Cell => {
      const column = byField[field];
      return column === undefined ? null : (cells[column] ?? null);
    };
    const rowErrors: NeedImportError[] = [];
    const fail = (field: NeedImportField, message: string) => rowErrors.push({ rowNumber, column: columns[field], message });
    const fields = readRow(cellOf, columns, categories, options, fail);
    if (rowErrors.length > 0) errors.push(...rowErrors);
    else candidates.push({ rowNumber, fields: fields as NeedImportFields });
  }
  return { headerRowNumber: index + 1, columns, rows: dataRows.length, candidates, errors };
}

function readRow(
  cellOf: (field: NeedImportField) => Cell,
  columns: Readonly<Record<NeedImportField, string>>,
  categories: ReadonlyMap<string, string>,
  options: ReadNeedSheetOptions,
  fail: (field: NeedImportField, message: string) => void,
): Partial<NeedImportFields> {
  const fields: Partial<NeedImportFields> = {};
  /** The cell as text within its limit, '' when blank; a required blank one fails. */
  const text = (field: NeedImportField, required = false): string => {
    const value = cellText(cellOf(field));
    if (value === '' && required) fail(field, `${columns[field]}不能为空`);
    const max = LIMITS[field];
    if (max !== undefined && value.length > max) {
      fail(field, `${columns[field]}不能超过 ${max} 个字符`);
      return '';
    }
    return value;
  };
  const optional = (value: string) => (value === '' ? null : value);

  fields.title = text('title', true);
  fields.description = optional(text('description'));

  const category = text('category', true);
  if (category !== '') {
    const known = categories.get(wordKey(category));
    if (!known) fail('category', `${columns.category}无法识别: “${category}”，应为 ${[...categories.values()].join('、')}`);
    else fields.category = known;
  }

  const urgency = text('urgency');
  if (urgency === '') fields.urgency = 'NORMAL';
  else {
    const read = readUrgency(urgency);
    if (!read) fail('urgency', `${columns.urgency}无法识别: “${urgency}”，应为 ${labelList(NEED_URGENCY_LABELS)}`);
    else fields.urgency = read;
  }

  const source = text('source', true);
  if (source !== '') {
    const read = readSource(source);
    if (!read) fail('source', `${columns.source}无法识别: “${source}”，应为 ${labelList(NEED_SOURCE_LABELS)}`);
    else fields.source = read;
  }

  fields.raisedBy = optional(text('raisedBy'));
  fields.communityName = optional(text('communityName', !options.ownCommunityDefault));

  const date = (field: 'wantedFrom' | 'wantedUntil'): string | null => {
    const cell = cellOf(field);
    if (isBlank(cell)) return null;
    const reading = readDate(cell);
    if (reading.kind === 'month') fail(field, `${columns[field]}须写到日，如 2026-04-01: ${quoted(cell)}`);
    else if (reading.kind === 'invalid') fail(field, `${columns[field]}无法识别: ${quoted(cell)}，请写成 2026-04-01 这样的日期${reading.hint ? `（${reading.hint}）` : ''}`);
    else return reading.date;
    return null;
  };
  fields.wantedFrom = date('wantedFrom');
  fields.wantedUntil = date('wantedUntil');
  if (fields.wantedFrom && fields.wantedUntil && fields.wantedUntil < fields.wantedFrom) {
    fail('wantedUntil', `${columns.wantedUntil} ${fields.wantedUntil} 早于${columns.wantedFrom} ${fields.wantedFrom}`);
  }
  return fields;
}

/** The key a need's title is compared under (the same community and year hold one need of a title): nameKey. */
export const needTitleKey = (title: string): string => nameKey(title);

/**
 * Rows that repeat an earlier row (the same key: community and title), each as an error of its title
 * column naming the first; the first stays.
 */
export function repeatedRows<T extends { rowNumber: number }>(rows: readonly T[], keyOf: (row: T) => string, column: string): NeedImportError[] {
  const first = new Map<string, number>();
  const errors: NeedImportError[] = [];
  for (const row of rows) {
    const key = keyOf(row);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, row.rowNumber);
    else errors.push({ rowNumber: row.rowNumber, column, message: `与第 ${earlier} 行重复（同一社区的同名需求）` });
  }
  return errors;
}
