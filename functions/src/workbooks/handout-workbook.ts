/**
 * The handout sheet of a bulk account run (联络员账号发放单): one row per person with the temporary password, set
 * up to be printed and cut into slips — title, how to sign in, and the validity of the passwords.
 */
import type { HandoutRow } from '../domain/accounts/workbooks';
import { loadExcel } from './exceljs';
import { writeBuffer } from './workbook-parts';

export const HANDOUT_SHEET = '账号发放单';
export const HANDOUT_HEADERS = ['序号', '单位', '联络员', '用户名', '临时密码', '手机号'] as const;
/** Row 1 title, row 2 instructions, row 3 header: people from row 4. */
export const HANDOUT_FIRST_ROW = 4;

export async function buildHandout(rows: readonly HandoutRow[], options: { title: string; signInUrl: string | null; validDays: number }): Promise<Buffer> {
  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = 'Gongjian';
  const sheet = workbook.addWorksheet(HANDOUT_SHEET, {
    views: [{ state: 'frozen', ySplit: HANDOUT_FIRST_ROW - 1 }],
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = [6, 30, 12, 18, 16, 15].map((width) => ({ width }));
  sheet.mergeCells(1, 1, 1, HANDOUT_HEADERS.length);
  sheet.mergeCells(2, 1, 2, HANDOUT_HEADERS.length);
  const title = sheet.getCell(1, 1);
  title.value = options.title;
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center' };
  const where = options.signInUrl ? `登录地址：${options.signInUrl}。` : '';
  const hint = sheet.getCell(2, 1);
  hint.value = `${where}临时密码 ${options.validDays} 天内有效，首次登录须设置新密码。本表含密码，请逐一交给本人后妥善销毁。`;
  hint.alignment = { wrapText: true };
  sheet.getRow(2).height = 32;
  const header = sheet.getRow(HANDOUT_FIRST_ROW - 1);
  header.values = [...HANDOUT_HEADERS];
  header.font = { bold: true };
  rows.forEach((row, i) => {
    const line = sheet.getRow(HANDOUT_FIRST_ROW + i);
    line.values = [i + 1, row.unitName, row.name, row.username, row.temporaryPassword, row.phone ?? ''];
    // Text, so a mobile number used as the username keeps its digits as typed.
    line.getCell(4).numFmt = '@';
    line.getCell(5).font = { name: 'Consolas' };
  });
  return writeBuffer(workbook);
}
