import type { FollowUpSummary } from './follow-up-summary';

/** The meetings area's Excel file (workbooks/, exceljs loaded on first use like the others). */
export interface MeetingWorkbooks {
  /** 落实情况汇总: one row per action item (a resolution without any: one row), with the meeting's receipts. */
  followUpSummary(summary: FollowUpSummary): Promise<Uint8Array>;
}
