/**
 * The three lists' Excel files: the needs template (需求清单导入模板), reading a filled needs sheet back as a
 * Grid (sheet-grid.ts, bounded for a needs file), and any list in the notice-board layout (公示栏). The
 * template's columns and headers are the import's (domain/lists/need-import.ts), so it reads back unchanged.
 */
import type ExcelJS from 'exceljs';
import { NEED_SOURCE_LABELS, NEED_URGENCY_LABELS } from '../domain/lists/need';
import {
  MAX_NEED_IMPORT_ROWS, NEED_HEADER_SCAN_ROWS, NEED_IMPORT_FIELDS, NEED_IMPORT_HEADERS, REQUIRED_NEED_FIELDS, type Grid, type NeedImportField,
} from '../domain/lists/need-import';
import type { NeedTemplateOptions, NoticeBoard } from '../domain/lists/workbooks';
import { loadExcel } from './exceljs';
import { readSheetGrid } from './sheet-grid';
import { sanitizeSheetName } from './sheet-names';
import { columnLetter, displayWidth, inlineList, rangeValidations, writeBuffer } from './workbook-parts';

export const NEED_TEMPLATE_SHEET = '需求清单';
/** The hidden sheet the category and community drop-downs list from (an inline list stops at 255 characters). */
export const NEED_OPTIONS_SHEET = '选项';
/** Row 1 is the title, row 2 the header; needs from row 3. */
const TEMPLATE_HEADER_ROW = 2;

/** A needs file: its rows, the header and the title rows above it. */
export const readNeedGrid = (bytes: Uint8Array): Promise<Grid> =>
  readSheetGrid(Buffer.from(bytes), {
    limits: { rows: MAX_NEED_IMPORT_ROWS + NEED_HEADER_SCAN_ROWS },
    tooLargeHint: `每次最多导入 ${MAX_NEED_IMPORT_ROWS} 条需求，请分成多个文件上传`,
  });

const TEMPLATE_WIDTHS: Record<NeedImportField, number> = {
  title: 24, description: 40, category: 12, urgency: 10, source: 12, raisedBy: 14, communityName: 22, wantedFrom: 14, wantedUntil: 14,
};
const TEMPLATE_NOTES: Partial<Record<NeedImportField, string>> = {
  urgency: `可不填（默认“${NEED_URGENCY_LABELS.NORMAL}”）`,
  communityName: '须与平台上的村/社区名称一致（可从下拉列表选择）',
  wantedFrom: '可不填；格式如 2026-04-01、2026/4/1、2026年4月1日',
  wantedUntil: '可不填；不早于需要开始日期',
};

/** The needs template: title, header (required columns red), drop-downs, date columns as text. */
export async function buildNeedTemplate(options: NeedTemplateOptions): Promise<Buffer> {
  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = 'Gongjian';
  const sheet = workbook.addWorksheet(NEED_TEMPLATE_SHEET, { views: [{ state: 'frozen', ySplit: TEMPLATE_HEADER_ROW }] });
  const lists = workbook.addWorksheet(NEED_OPTIONS_SHEET, { state: 'hidden' });
  const column = (field: NeedImportField) => NEED_IMPORT_FIELDS.indexOf(field) + 1;

  sheet.columns = NEED_IMPORT_FIELDS.map((field) => ({ key: field, width: TEMPLATE_WIDTHS[field] }));
  sheet.getColumn(column('wantedFrom')).numFmt = '@';
  sheet.getColumn(column('wantedUntil')).numFmt = '@';

  sheet.mergeCells(1, 1, 1, NEED_IMPORT_FIELDS.length);
  const title = sheet.getCell(1, 1);
  title.value = options.title;
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 28;

  const header = sheet.getRow(TEMPLATE_HEADER_ROW);
  NEED_IMPORT_FIELDS.forEach((field, i) => {
    const cell = header.getCell(i + 1);
    cell.value = NEED_IMPORT_HEADERS[field];
    cell.font = { bold: true, color: { argb: REQUIRED_NEED_FIELDS.includes(field) || field === 'communityName' ? 'FFC00000' : 'FF000000' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
    cell.alignment = { horizontal: 'center' };
    if (TEMPLATE_NOTES[field]) cell.note = TEMPLATE_NOTES[field];
  });

  const validations = rangeValidations(sheet);
  const range = (field: NeedImportField) => {
    const letter = columnLetter(column(field));
    return `${letter}${TEMPLATE_HEADER_ROW + 1}:${letter}${TEMPLATE_HEADER_ROW + MAX_NEED_IMPORT_ROWS}`;
  };
  const pick = (field: NeedImportField, formula: string) =>
    validations.add(range(field), {
      type: 'list', allowBlank: true, formulae: [formula], showErrorMessage: true,
      errorStyle: 'stop', errorTitle: NEED_IMPORT_HEADERS[field], error: `请从下拉列表中选择${NEED_IMPORT_HEADERS[field]}`,
    });
  pick('urgency', inlineList(Object.values(NEED_URGENCY_LABELS)));
  pick('source', inlineList(Object.values(NEED_SOURCE_LABELS)));
  const listColumn = (index: number, field: NeedImportField, names: readonly string[]) => {
    lists.getCell(1, index).value = NEED_IMPORT_HEADERS[field];
    names.forEach((name, i) => (lists.getCell(i + 2, index).value = name));
    const letter = columnLetter(index);
    if (names.length > 0) pick(field, `'${NEED_OPTIONS_SHEET}'!$${letter}$2:$${letter}$${names.length + 1}`);
  };
  listColumn(1, 'category', options.categories);
  listColumn(2, 'communityName', options.communityNames);
  return writeBuffer(workbook);
}

const THIN = { style: 'thin' } as const;
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Rows 1–2 are the title and the date line; the header is row 3, repeated on each printed page. */
const BOARD_HEADER_ROW = 3;
const MIN_WIDTH = 6;
/** Longer text wraps within the column. */
const MAX_WIDTH = 40;

/**
 * A list in the notice-board layout: the title merged across the columns, the date line under it, the
 * header bold with borders, every row numbered (序号) and bordered, columns fitted to their text, set up to
 * print on A4 landscape, one page wide, the header on every page.
 */
export async function buildNoticeBoard(board: NoticeBoard): Promise<Buffer> {
  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = 'Gongjian';
  const sheet = workbook.addWorksheet(sanitizeSheetName(board.sheetName), {
    views: [{ state: 'frozen', ySplit: BOARD_HEADER_ROW }],
    pageSetup: {
      paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
  });
  const columns = [{ header: '序号', align: 'center' as const }, ...board.columns];
  const count = columns.length;

  sheet.mergeCells(1, 1, 1, count);
  const title = sheet.getCell(1, 1);
  title.value = board.title;
  title.font = { bold: true, size: 18 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 36;

  sheet.mergeCells(2, 1, 2, count);
  const dateLine = sheet.getCell(2, 1);
  dateLine.value = board.dateLine;
  dateLine.alignment = { horizontal: 'right', vertical: 'middle' };

  const widths = columns.map((c) => displayWidth(c.header));
  const header = sheet.getRow(BOARD_HEADER_ROW);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.border = BORDER;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  header.height = 22;

  board.rows.forEach((values, r) => {
    const row = sheet.getRow(BOARD_HEADER_ROW + 1 + r);
    [r + 1, ...values].forEach((value, i) => {
      const cell = row.getCell(i + 1);
      const column = columns[i]!;
      cell.value = value ?? '';
      cell.border = BORDER;
      cell.alignment = { horizontal: column.align ?? 'left', vertical: 'middle', wrapText: true };
      if (typeof value === 'number' && column.numFmt) cell.numFmt = column.numFmt;
      const text = typeof value === 'number' && column.numFmt?.includes(',') ? value.toLocaleString('en-US') : String(value ?? '');
      widths[i] = Math.max(widths[i]!, displayWidth(text));
    });
  });
  widths.forEach((width, i) => (sheet.getColumn(i + 1).width = Math.min(Math.max(width + 2, MIN_WIDTH), MAX_WIDTH)));
  sheet.pageSetup.printTitlesRow = `${BOARD_HEADER_ROW}:${BOARD_HEADER_ROW}`;
  return writeBuffer(workbook);
}
