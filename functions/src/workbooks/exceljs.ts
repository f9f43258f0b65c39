import type ExcelJS from 'exceljs';

/**
 * exceljs, loaded by the first workbook made or read. A dynamic import of the package itself stays dynamic in
 * the Lambda's bundle (exceljs is shipped beside it: infra/lib/node-function.ts LAZY_MODULES), so no other
 * request loads or parses it. Modules here import exceljs for its types only.
 */
let loading: Promise<typeof ExcelJS> | undefined;
export const loadExcel = (): Promise<typeof ExcelJS> =>
  (loading ??= import('exceljs').then((module) => ((module as { default?: typeof ExcelJS }).default ?? module) as typeof ExcelJS));
