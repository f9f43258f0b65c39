/**
 * One worksheet of an .xlsx as a plain Grid of values, for rules that know nothing of Excel
 * (domain/members/roster-import.ts).
 *
 * Merged cells: the master's value is repeated down the rows of the merge, in its first column only. A
 * title merged across the columns then appears once; a unit name merged down the rows of its members
 * belongs to each of them; and a two-row header (姓名 merged over both rows, 联系方式 over 手机 and 电话)
 * reads as one complete lower row.
 */
import type ExcelJS from 'exceljs';
import { loadExcel } from './exceljs';
import { MAX_IMPORT_ROWS, type Cell, type Grid } from '../domain/members/roster-import';
import { assertXlsxContainer, WorkbookRefusedError } from './xlsx-container';

/** Bounds of the work one file may ask for; each refusal names its limit. */
export interface SheetLimits {
  /** Rows up to the last one with content. */
  rows: number;
  /** Columns up to the last one with content, in any row. */
  columns: number;
  /** The zip's parts once inflated (exceljs holds them in memory whole before parsing). */
  inflatedBytes: number;
}

/**
 * 10,000 members, their header and ten rows of titles or notes above it; rosters have a dozen columns and
 * the secretariat's own files some thirty. 10,000 rows of 12 text columns inflate to about 5 MB (and take
 * about 70 MB of memory to read), so 64 such columns fit in 40 MB.
 */
export const SHEET_LIMITS: SheetLimits = { rows: MAX_IMPORT_ROWS + 11, columns: 64, inflatedBytes: 40 * 1024 * 1024 };

export interface ReadSheetOptions {
  /** The worksheet by name or by position (1 for the first tab); the first visible one unless given. */
  sheet?: string | number;
  /** Tighter (or, in tests, other) bounds than SHEET_LIMITS. */
  limits?: Partial<SheetLimits>;
  /** What a refusal of a too-large file tells the clerk to do; the roster's ("每次最多导入 10000 名党员…") unless given. */
  tooLargeHint?: string;
}

const TOO_LARGE_HINT = `每次最多导入 ${MAX_IMPORT_ROWS} 名党员，请分成多个文件上传`;

/** Reads a worksheet into a Grid; refuses (WorkbookRefusedError, in Chinese) what is no .xlsx or too large. */
export async function readSheetGrid(buffer: Buffer, options: ReadSheetOptions = {}): Promise<Grid> {
  const limits = { ...SHEET_LIMITS, ...options.limits };
  const hint = options.tooLargeHint ?? TOO_LARGE_HINT;
  assertXlsxContainer(buffer, limits.inflatedBytes, hint);
  const workbook = await loadWorkbook(buffer, limits, hint);
  const worksheet = chooseWorksheet(workbook, options.sheet);

  const grid: Cell[][] = [];
  let lastRow = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const value = cellValue(cell);
      if (value === null) return;
      if (column > limits.columns && !isBlankValue(value)) {
        throw new WorkbookRefusedError(`表格第 ${rowNumber} 行第 ${column} 列有内容，超过 ${limits.columns} 列的上限；请删除多余的列后重新上传`);
      }
      cells[column - 1] = value;
    });
    if (cells.every(isBlankValue)) return;
    if (rowNumber > limits.rows) {
      throw new WorkbookRefusedError(`表格有内容的行到第 ${rowNumber} 行，超过 ${limits.rows} 行的上限；${hint}`);
    }
    grid[rowNumber - 1] = Array.from(cells, (cell) => cell ?? null);
    lastRow = rowNumber;
  });
  return Array.from({ length: lastRow }, (_, i) => grid[i] ?? []);
}

const isBlankValue = (cell: Cell | undefined) => cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '');

/** Parts of a sheet a grid never uses, some of them (validations over whole columns) costly to expand. */
const IGNORED_NODES = ['dataValidations', 'conditionalFormatting', 'extLst', 'hyperlinks', 'drawing', 'picture', 'tableParts'];

async function loadWorkbook(buffer: Buffer, limits: SheetLimits, hint: string): Promise<ExcelJS.Workbook> {
  const workbook = new (await loadExcel()).Workbook();
  try {
    // Row elements without content (formatting carried down) count here too: twice the limit leaves room for them.
    // exceljs types its input as a Buffer of its own declaring; a Node Buffer is what it reads.
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer, {
      ignoreNodes: IGNORED_NODES, maxRows: limits.rows * 2, maxCols: Math.max(1024, limits.columns * 4),
    } as Partial<ExcelJS.XlsxReadOptions>);
  } catch (error) {
    if (error instanceof Error && /^Max (row|c) count/.test(error.message)) {
      throw new WorkbookRefusedError(`表格行数或列数过多（上限 ${limits.rows} 行、${limits.columns} 列）；${hint}`, { cause: error });
    }
    throw new WorkbookRefusedError('无法读取该 Excel 文件，文件可能已损坏；请在 Excel 中另存为 .xlsx 后再上传', { cause: error });
  }
  return workbook;
}

function chooseWorksheet(workbook: ExcelJS.Workbook, sheet: string | number | undefined): ExcelJS.Worksheet {
  const sheets = workbook.worksheets;
  const chosen =
    typeof sheet === 'string' ? sheets.find((ws) => ws.name === sheet)
    : typeof sheet === 'number' ? sheets[sheet - 1]
    : (sheets.find((ws) => ws.state === 'visible') ?? sheets[0]);
  if (!chosen) {
    throw new WorkbookRefusedError(sheet === undefined ? '工作簿中没有工作表' : `工作簿中没有工作表“${sheet}”`);
  }
  return chosen;
}

/** exceljs's ValueType.Merge (a const enum value; the module itself is loaded lazily). */
const MERGE = 1 as ExcelJS.ValueType.Merge;

/** A cell's value as plain data: the merge's master (see above), a formula's result, rich text as text. */
function cellValue(cell: ExcelJS.Cell): Cell {
  if (cell.type === MERGE) {
    const master = cell.master;
    return master !== cell && master.col === cell.col ? plainValue(master.value) : null;
  }
  return plainValue(cell.value);
}

function plainValue(value: ExcelJS.CellValue | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return plainValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('error' in value) return value.error;
  if ('hyperlink' in value) return plainValue(value.text as ExcelJS.CellValue);
  return null;
}
