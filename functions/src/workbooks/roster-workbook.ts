/**
 * The roster's Excel files (党员名册): the template the secretariat fills in, reading a filled sheet back as
 * a Grid (sheet-grid.ts), and the export. The columns and their Chinese headers are the import's
 * (domain/members/roster-import-columns.ts), so whatever is written here reads back unchanged.
 */
import type { RosterExportRow } from '../domain/members/workbooks';
import type ExcelJS from 'exceljs';
import { loadExcel } from './exceljs';
import { checkCharacter } from '../domain/members/id-number';
import {
  GENDER_LABELS, MEMBER_CATEGORY_LABELS, MEMBER_ROLE_LABELS, MEMBER_STATUS_LABELS,
  type Gender, type MemberCategory, type MemberRole, type MemberStatus,
} from '../domain/members/member';
import {
  MAX_IMPORT_ROWS, REQUIRED_ROSTER_FIELDS, ROSTER_FIELDS, ROSTER_HEADERS, type RosterField,
} from '../domain/members/roster-import';
import { uniqueSheetNames } from './sheet-names';
import { displayWidth, inlineList as inlineLabels, rangeValidations, writeBuffer } from './workbook-parts';

export { readSheetGrid, SHEET_LIMITS, type ReadSheetOptions, type SheetLimits } from './sheet-grid';
export { WorkbookRefusedError } from './xlsx-container';

export const TEMPLATE_SHEET = '党员名册';
export const INSTRUCTIONS_SHEET = '填写说明';
/** The hidden sheet the unit and community drop-downs list from (an inline list stops at 255 characters). */
export const OPTIONS_SHEET = '选项';
/** Row 1 is the title, row 2 the header; members from row 3. */
const TEMPLATE_HEADER_ROW = 2;

const COLUMN_WIDTHS: Record<RosterField, number> = {
  name: 10, gender: 6, birthDate: 12, idNumber: 22, phone: 14, status: 10, joinedOn: 12, category: 12,
  unitName: 28, communityName: 20, roles: 16, note: 24,
};
const column = (field: RosterField) => ROSTER_FIELDS.indexOf(field) + 1;
const letter = (field: RosterField) => String.fromCharCode(64 + column(field));
const inlineList = (labels: Record<string, string>) => inlineLabels(Object.values(labels));

export interface RosterTemplateOptions {
  /** The region's units, offered in 所在党组织. */
  unitNames: readonly string[];
  /** The region's communities and villages, offered in 居住社区. */
  communityNames: readonly string[];
}

/** The roster template: title, header, drop-downs, text-formatted ID and phone columns, and a sheet of instructions. */
export async function buildRosterTemplate(options: RosterTemplateOptions): Promise<Buffer> {
  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = 'Gongjian';
  const sheet = workbook.addWorksheet(TEMPLATE_SHEET, { views: [{ state: 'frozen', ySplit: TEMPLATE_HEADER_ROW }] });
  addInstructions(workbook.addWorksheet(INSTRUCTIONS_SHEET));
  const lists = workbook.addWorksheet(OPTIONS_SHEET, { state: 'hidden' });

  sheet.columns = ROSTER_FIELDS.map((field) => ({ key: field, width: COLUMN_WIDTHS[field] }));
  sheet.getColumn(column('idNumber')).numFmt = '@';
  sheet.getColumn(column('phone')).numFmt = '@';
  sheet.getColumn(column('birthDate')).numFmt = 'yyyy-mm-dd';
  sheet.getColumn(column('joinedOn')).numFmt = 'yyyy-mm-dd';

  sheet.mergeCells(1, 1, 1, ROSTER_FIELDS.length);
  const title = sheet.getCell(1, 1);
  title.value = '党员名册';
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 28;

  const header = sheet.getRow(TEMPLATE_HEADER_ROW);
  ROSTER_FIELDS.forEach((field, i) => {
    const cell = header.getCell(i + 1);
    cell.value = ROSTER_HEADERS[field];
    cell.font = { bold: true, color: { argb: REQUIRED_ROSTER_FIELDS.includes(field) ? 'FFC00000' : 'FF000000' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
    cell.alignment = { horizontal: 'center' };
  });
  sheet.getCell(TEMPLATE_HEADER_ROW, column('idNumber')).note = '18 位；本列已设为文本，请勿改为数字格式';

  const validations = rangeValidations(sheet);
  const range = (field: RosterField) => `${letter(field)}${TEMPLATE_HEADER_ROW + 1}:${letter(field)}${TEMPLATE_HEADER_ROW + MAX_IMPORT_ROWS}`;
  const pick = (field: RosterField, formula: string, strict = true) =>
    validations.add(range(field), {
      type: 'list', allowBlank: true, formulae: [formula], showErrorMessage: strict,
      errorStyle: 'stop', errorTitle: ROSTER_HEADERS[field], error: `请从下拉列表中选择${ROSTER_HEADERS[field]}`,
    });
  pick('gender', inlineList(GENDER_LABELS));
  pick('status', inlineList(MEMBER_STATUS_LABELS));
  pick('category', inlineList(MEMBER_CATEGORY_LABELS));
  // Several roles go in one cell ("书记、联络员"): the list suggests, it does not refuse.
  pick('roles', inlineList(MEMBER_ROLE_LABELS), false);
  validations.add(range('idNumber'), {
    type: 'textLength', operator: 'equal', allowBlank: true, formulae: [18], showErrorMessage: true,
    errorStyle: 'stop', errorTitle: ROSTER_HEADERS.idNumber, error: '身份证号码须为 18 位',
  });

  const listColumn = (index: number, heading: string, names: readonly string[], field: RosterField) => {
    lists.getCell(1, index).value = heading;
    names.forEach((name, i) => (lists.getCell(i + 2, index).value = name));
    const col = String.fromCharCode(64 + index);
    if (names.length > 0) pick(field, `'${OPTIONS_SHEET}'!$${col}$2:$${col}$${names.length + 1}`);
  };
  listColumn(1, ROSTER_HEADERS.unitName, options.unitNames, 'unitName');
  listColumn(2, ROSTER_HEADERS.communityName, options.communityNames, 'communityName');

  return writeBuffer(workbook);
}

/** A valid example ID number (male, born 1980-01-02), built the way a real one is. */
const EXAMPLE_ID = `11010519800102123${checkCharacter('11010519800102123')}`;

const INSTRUCTIONS: Record<RosterField, string> = {
  name: '必填',
  gender: '可不填：按身份证号码第 17 位（奇数为男）；填写时须与号码一致',
  birthDate: '可不填：取身份证号码中的出生日期；填写时须与号码一致。格式如 1980-01-02、1980/1/2、1980年1月2日',
  idNumber: '必填，18 位；末位 X 大小写均可。本列为文本格式，请勿改成数字（Excel 会丢失末几位）',
  phone: '可不填',
  status: `必填：${Object.values(MEMBER_STATUS_LABELS).join('、')}`,
  joinedOn: '必填，写到日，格式同出生日期',
  category: `必填：${Object.values(MEMBER_CATEGORY_LABELS).join('、')}`,
  unitName: '必填：组织关系所在单位，须与平台上的单位名称一致（可从下拉列表选择）',
  communityName: '可不填：居住地的社区或村，须与平台上的名称一致',
  roles: `可不填：${Object.values(MEMBER_ROLE_LABELS).join('、')}；多个用顿号分隔`,
  note: '可不填，500 字以内',
};

const EXAMPLE: Record<RosterField, string> = {
  name: '张三', gender: '男', birthDate: '1980-01-02', idNumber: EXAMPLE_ID, phone: '13800138000',
  status: MEMBER_STATUS_LABELS.FULL, joinedOn: '2005-07-01', category: MEMBER_CATEGORY_LABELS.IN_SERVICE,
  unitName: '长安街道党工委', communityName: '阳光社区', roles: `${MEMBER_ROLE_LABELS.LIAISON}、${MEMBER_ROLE_LABELS.PART_TIME_COMMITTEE_MEMBER}`, note: '',
};

function addInstructions(sheet: ExcelJS.Worksheet): void {
  sheet.columns = [{ width: 16 }, { width: 80 }, { width: 24 }];
  sheet.addRow(['填写说明']).font = { bold: true, size: 14 };
  sheet.addRow([`在“${TEMPLATE_SHEET}”表中从第 ${TEMPLATE_HEADER_ROW + 1} 行起每行填写一名党员，每个文件最多 ${MAX_IMPORT_ROWS} 名；请勿修改表头。红色列名为必填项。`]);
  sheet.addRow([]);
  sheet.addRow(['列名', '说明', '示例']).font = { bold: true };
  for (const field of ROSTER_FIELDS) sheet.addRow([ROSTER_HEADERS[field], INSTRUCTIONS[field], EXAMPLE[field]]);
  sheet.getColumn(3).numFmt = '@';
}

export type { RosterExportRow } from '../domain/members/workbooks';

export interface RosterExportOptions {
  /** One sheet per unit (组织关系所在单位), in the order units first appear in the rows. @default false */
  sheetPerUnit?: boolean;
}

const exportCells = (row: RosterExportRow): Record<RosterField, string | null> => ({
  name: row.name,
  gender: GENDER_LABELS[row.gender],
  birthDate: row.birthDate,
  idNumber: row.idNumber,
  phone: row.phone,
  status: MEMBER_STATUS_LABELS[row.status],
  joinedOn: row.joinedOn,
  category: MEMBER_CATEGORY_LABELS[row.category],
  unitName: row.unitName,
  communityName: row.communityName,
  roles: row.roles.length > 0 ? row.roles.map((role) => MEMBER_ROLE_LABELS[role]).join('、') : null,
  note: row.note,
});

/**
 * The roster as an .xlsx: Chinese headers (the template's, so the file imports again), every cell text —
 * dates as YYYY-MM-DD, ID numbers as given — a frozen header with a filter, columns sized to their content.
 */
export async function buildRosterExport(rows: readonly RosterExportRow[], options: RosterExportOptions = {}): Promise<Buffer> {
  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = 'Gongjian';
  const groups = new Map<string, RosterExportRow[]>();
  if (options.sheetPerUnit) {
    for (const row of rows) groups.set(row.unitName, [...(groups.get(row.unitName) ?? []), row]);
  }
  if (groups.size === 0) groups.set(TEMPLATE_SHEET, [...rows]);
  const names = uniqueSheetNames([...groups.keys()]);
  [...groups.values()].forEach((members, i) => writeExportSheet(workbook.addWorksheet(names[i]), members));
  return writeBuffer(workbook);
}

function writeExportSheet(sheet: ExcelJS.Worksheet, rows: readonly RosterExportRow[]): void {
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const widths = ROSTER_FIELDS.map((field) => displayWidth(ROSTER_HEADERS[field]));
  sheet.columns = ROSTER_FIELDS.map((field) => ({ key: field, style: { numFmt: '@' } }));
  const header = sheet.addRow(ROSTER_FIELDS.map((field) => ROSTER_HEADERS[field]));
  header.font = { bold: true };
  for (const row of rows) {
    const cells = exportCells(row);
    sheet.addRow(ROSTER_FIELDS.map((field, i) => {
      widths[i] = Math.max(widths[i]!, displayWidth(cells[field] ?? ''));
      return cells[field];
    }));
  }
  ROSTER_FIELDS.forEach((_, i) => (sheet.getColumn(i + 1).width = Math.min(Math.max(widths[i]! + 2, 8), 50)));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ROSTER_FIELDS.length } };
}
