import type { AccountWorkbooks } from '../domain/accounts/workbooks';
import type { MeetingWorkbooks } from '../domain/meetings/workbooks';
import type { ListWorkbooks } from '../domain/lists/workbooks';
import type { RosterWorkbooks } from '../domain/members/workbooks';

/**
 * The roster workbooks behind the domain's port. exceljs and its dependencies load with the first file
 * made or read (a dynamic import): reads of the roster, and every other request, never parse them.
 */
export function createRosterWorkbooks(): RosterWorkbooks {
  const load = () => import('./roster-workbook');
  return {
    readGrid: async (bytes) => (await load()).readSheetGrid(Buffer.from(bytes)),
    template: async (options) => (await load()).buildRosterTemplate(options),
    export: async (rows, options) => (await load()).buildRosterExport(rows, options),
  };
}

/** The three lists' workbooks (needs template and import, notice-board exports), loaded the same way. */
export function createListWorkbooks(): ListWorkbooks {
  const load = () => import('./lists-workbook');
  return {
    readGrid: async (bytes) => (await load()).readNeedGrid(bytes),
    needTemplate: async (options) => (await load()).buildNeedTemplate(options),
    noticeBoard: async (board) => (await load()).buildNoticeBoard(board),
  };
}

/** The accounts area's handout sheet, loaded the same way. */
export function createAccountWorkbooks(): AccountWorkbooks {
  return { handout: async (rows, options) => (await import('./handout-workbook')).buildHandout(rows, options) };
}

/** The meetings area's 落实情况汇总, loaded the same way. */
export function createMeetingWorkbooks(): MeetingWorkbooks {
  return { followUpSummary: async (summary) => (await import('./follow-up-workbook')).buildFollowUpSummary(summary) };
}
