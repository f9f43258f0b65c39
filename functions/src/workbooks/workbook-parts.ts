/**
 * Small pieces every workbook of the API writes with (roster-workbook.ts, lists-workbook.ts): the
 * buffer, column widths fitted to Chinese text, and range validations (drop-downs).
 */
import type ExcelJS from 'exceljs';

export const writeBuffer = async (workbook: ExcelJS.Workbook): Promise<Buffer> => Buffer.from(await workbook.xlsx.writeBuffer());

/** Columns wide enough for their text, Chinese characters counting double, within reason. */
export const displayWidth = (text: string) => [...text].reduce((width, char) => width + (char.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);

/** exceljs has range validations (one <dataValidation sqref> for thousands of rows) but leaves them out of its types. */
export const rangeValidations = (sheet: ExcelJS.Worksheet) =>
  (sheet as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }).dataValidations;

/** An inline drop-down list ("一般,较急,紧急"): Excel keeps at most 255 characters of it. */
export const inlineList = (labels: readonly string[]) => `"${labels.join(',')}"`;

/** The letter of a column (1 is A), up to ZZ. */
export const columnLetter = (column: number): string =>
  column <= 26 ? String.fromCharCode(64 + column) : `${columnLetter(Math.floor((column - 1) / 26))}${String.fromCharCode(65 + ((column - 1) % 26))}`;
