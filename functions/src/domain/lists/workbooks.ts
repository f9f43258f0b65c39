import type { Grid } from './need-import';

/** The needs template (需求清单导入模板): a title over the header, drop-downs of the region's words. */
export interface NeedTemplateOptions {
  /** "长安街道2026年度需求清单（导入模板）". */
  title: string;
  /** Offered in 需求类别. */
  categories: readonly string[];
  /** The communities (村/社区) a need may be collected by, offered in 征集社区. */
  communityNames: readonly string[];
}

export type NoticeBoardCell = string | number | null;

export interface NoticeBoardColumn {
  header: string;
  /** Numbers right, short words centred, text left (the default). */
  align?: 'left' | 'center' | 'right';
  /** An Excel number format for numeric cells ('#,##0' for money). */
  numFmt?: string;
}

/**
 * A list as the notice board (公示栏) shows it: a title merged across the columns, a date line, a bold
 * bordered header repeated on every printed page, a 序号 column first, A4 landscape.
 */
export interface NoticeBoard {
  /** "长安街道2026年度需求清单". */
  title: string;
  /** "截至 2026年11月30日". */
  dateLine: string;
  /** The worksheet's name (at most 31 characters; made valid). */
  sheetName: string;
  /** The columns after 序号, which the workbook adds. */
  columns: readonly NoticeBoardColumn[];
  rows: readonly (readonly NoticeBoardCell[])[];
}

/**
 * The lists' Excel files, as the lists use cases need them (functions/src/workbooks/lists-workbook.ts makes
 * them with exceljs, loaded by the first use).
 */
export interface ListWorkbooks {
  /** A sheet as plain rows; refuses what is no .xlsx, or too big for a needs import, with BAD_USER_INPUT on `file`. */
  readGrid(bytes: Uint8Array): Promise<Grid>;
  needTemplate(options: NeedTemplateOptions): Promise<Uint8Array>;
  noticeBoard(board: NoticeBoard): Promise<Uint8Array>;
}
