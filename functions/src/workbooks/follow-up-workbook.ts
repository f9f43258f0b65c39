/**
 * 落实情况汇总 as a workbook (domain/meetings/follow-up-summary.ts): title, the figures, then one row per action item
 * of each resolution of each meeting (a resolution without items, or a meeting without resolutions, one row), with the
 * meeting's receipts of the resolutions notice; overdue items' due dates in red. Printed landscape, one page wide.
 */
import { receiptsText, totalsText, type FollowUpSummary } from '../domain/meetings/follow-up-summary';
import { loadExcel } from './exceljs';
import { writeBuffer } from './workbook-parts';

export const FOLLOW_UP_SHEET = '落实情况汇总';
export const FOLLOW_UP_HEADERS = ['序号', '会议日期', '会议名称', '决议签收', '决议编号', '决议', '督办事项', '责任单位', '完成时限', '状态', '是否逾期', '最新落实情况'] as const;
/** Row 1 title, row 2 the figures, row 3 header: items from row 4. */
export const FOLLOW_UP_FIRST_ROW = 4;

export async function buildFollowUpSummary(summary: FollowUpSummary): Promise<Buffer> {
  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = 'Gongjian';
  const sheet = workbook.addWorksheet(FOLLOW_UP_SHEET, {
    views: [{ state: 'frozen', ySplit: FOLLOW_UP_FIRST_ROW - 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = [6, 12, 24, 14, 14, 30, 24, 24, 12, 8, 8, 40].map((width) => ({ width }));
  sheet.mergeCells(1, 1, 1, FOLLOW_UP_HEADERS.length);
  sheet.mergeCells(2, 1, 2, FOLLOW_UP_HEADERS.length);
  const title = sheet.getCell(1, 1);
  title.value = `${summary.from}至${summary.to} ${summary.kindLabel}决议落实情况汇总`;
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center' };
  const figures = sheet.getCell(2, 1);
  figures.value = `${summary.superior ? `报送：${summary.superior}。` : ''}${totalsText(summary)}${summary.issuer}，${summary.issuedOn}。`;
  figures.alignment = { wrapText: true };
  sheet.getRow(2).height = 32;
  const header = sheet.getRow(FOLLOW_UP_FIRST_ROW - 1);
  header.values = [...FOLLOW_UP_HEADERS];
  header.font = { bold: true };

  let row = FOLLOW_UP_FIRST_ROW;
  const put = (values: (string | number)[], overdue = false) => {
    const line = sheet.getRow(row);
    line.values = [row - FOLLOW_UP_FIRST_ROW + 1, ...values];
    line.alignment = { vertical: 'top', wrapText: true };
    if (overdue) line.getCell(9).font = { color: { argb: 'FFCF1322' } };
    row += 1;
  };
  for (const meeting of summary.meetings) {
    const about = [meeting.heldOn, meeting.title, receiptsText(meeting.receipts)];
    if (meeting.resolutions.length === 0) put([...about, '', meeting.approved ? '（未形成决议）' : '（纪要审定中）', '', '', '', '', '', '']);
    for (const resolution of meeting.resolutions) {
      if (resolution.actionItems.length === 0) put([...about, resolution.number, resolution.title, '（未设督办事项）', '', '', '', '', '']);
      for (const item of resolution.actionItems) {
        put(
          [...about, resolution.number, resolution.title, item.title, item.responsibleUnits.join('、'), item.dueOn, item.status, item.overdue ? '是' : '否', item.latestReport ?? ''],
          item.overdue,
        );
      }
    }
  }
  return writeBuffer(workbook);
}
