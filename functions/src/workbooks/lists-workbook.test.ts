import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { NEED_IMPORT_FIELDS, NEED_IMPORT_HEADERS, readNeedSheet } from '../domain/lists/need-import';
import { DEFAULT_NEED_CATEGORIES } from '../domain/lists/need';

const needCategories = () => [...DEFAULT_NEED_CATEGORIES];
import { buildNeedTemplate, buildNoticeBoard, NEED_OPTIONS_SHEET, NEED_TEMPLATE_SHEET, readNeedGrid } from './lists-workbook';

const toBuffer = async (workbook: ExcelJS.Workbook) => Buffer.from(await workbook.xlsx.writeBuffer());
const loadWorkbook = async (buffer: Buffer) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
};
const validationsOf = (sheet: ExcelJS.Worksheet) =>
  (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;

describe('Method: buildNeedTemplate', () => {
  const options = { title: '长安街道2026年度需求清单（导入模板）', categories: needCategories(), communityNames: ['阳光社区党委', '东湖村党支部'] };

  it('has the title over the header, drop-downs of the region’s words and text date columns', async () => {
    // Act
    const workbook = await loadWorkbook(await buildNeedTemplate(options));
    // Assess
    expect(workbook.worksheets.map((ws) => [ws.name, ws.state])).toEqual([[NEED_TEMPLATE_SHEET, 'visible'], [NEED_OPTIONS_SHEET, 'hidden']]);
    const sheet = workbook.getWorksheet(NEED_TEMPLATE_SHEET)!;
    expect(sheet.getCell('A1').value).toBe(options.title);
    expect(sheet.getCell('I1').isMerged).toBe(true);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([
      '需求名称', '需求描述', '需求类别', '紧急程度', '需求来源', '提出人', '征集社区', '需要开始日期', '需要截止日期',
    ]);
    expect(sheet.getColumn(8).numFmt).toBe('@');
    expect(sheet.getColumn(9).numFmt).toBe('@');
    const validations = validationsOf(sheet);
    expect(validations.C3).toMatchObject({ type: 'list', formulae: [`'${NEED_OPTIONS_SHEET}'!$A$2:$A$12`] });
    expect(validations.D3).toMatchObject({ type: 'list', formulae: ['"一般,较急,紧急"'] });
    expect(validations.E2002).toMatchObject({ type: 'list', formulae: ['"居民群众,网格,党员,驻区单位,其他"'] });
    expect(validations.G3).toMatchObject({ type: 'list', formulae: [`'${NEED_OPTIONS_SHEET}'!$B$2:$B$3`] });
    const lists = workbook.getWorksheet(NEED_OPTIONS_SHEET)!;
    expect(lists.getColumn(1).values.slice(2)).toEqual([...needCategories()]);
    expect(lists.getCell('B3').value).toBe('东湖村党支部');
  });

  it('reads back, filled in as a clerk would, as valid needs', async () => {
    // Prepare
    const workbook = await loadWorkbook(await buildNeedTemplate(options));
    const sheet = workbook.getWorksheet(NEED_TEMPLATE_SHEET)!;
    sheet.getRow(3).values = ['老年助餐', '高龄老人午餐', '养老', '较急', '居民群众', '3号楼居民', '东湖村党支部', '2026-04-01', '2026/6/30'];
    sheet.getRow(4).values = ['四点半课堂', null, '托幼', null, '网格', null, '阳光社区党委', null, null];
    // Act
    const read = readNeedSheet(await readNeedGrid(await toBuffer(workbook)), { categories: needCategories() });
    // Assess
    expect(read.headerRowNumber).toBe(2);
    expect(read.errors).toEqual([]);
    expect(read.candidates.map((c) => [c.rowNumber, c.fields])).toEqual([
      [3, {
        title: '老年助餐', description: '高龄老人午餐', category: '养老', urgency: 'PRESSING', source: 'RESIDENTS', raisedBy: '3号楼居民',
        communityName: '东湖村党支部', wantedFrom: '2026-04-01', wantedUntil: '2026-06-30',
      }],
      [4, {
        title: '四点半课堂', description: null, category: '托幼', urgency: 'NORMAL', source: 'GRID', raisedBy: null,
        communityName: '阳光社区党委', wantedFrom: null, wantedUntil: null,
      }],
    ]);
  });

  it('offers no community drop-down when there is none', async () => {
    const workbook = await loadWorkbook(await buildNeedTemplate({ ...options, communityNames: [] }));
    expect(validationsOf(workbook.getWorksheet(NEED_TEMPLATE_SHEET)!).G3).toBeUndefined();
  });
});

describe('Method: readNeedGrid', () => {
  it('refuses a sheet beyond the needs limit, in the words of a needs file', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('需求');
    sheet.addRow(NEED_IMPORT_FIELDS.map((field) => NEED_IMPORT_HEADERS[field]));
    for (let i = 0; i < 2100; i++) sheet.addRow([`需求${i}`, null, '养老', null, '网格', null, '阳光社区']);
    await expect(readNeedGrid(await toBuffer(workbook))).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: '表格有内容的行到第 2021 行，超过 2020 行的上限；每次最多导入 2000 条需求，请分成多个文件上传',
    });
  });
});

describe('Method: buildNoticeBoard', () => {
  const board = {
    title: '长安街道2026年度项目清单',
    dateLine: '截至 2026年11月30日',
    sheetName: '2026年度项目清单',
    columns: [{ header: '项目名称' }, { header: '所属社区' }, { header: '预算(元)', align: 'right' as const, numFmt: '#,##0' }],
    rows: [
      ['老年食堂改造提升工程（一期）及配套适老化设施建设', '阳光社区党委', 120000],
      ['四点半课堂', '东湖村党支部', null],
    ],
  };

  it('lays the list out as the notice board does: title across, date line, bordered bold header repeated on print, 序号, A4 landscape', async () => {
    // Act
    const sheet = (await loadWorkbook(await buildNoticeBoard(board))).worksheets[0]!;
    // Assess
    expect(sheet.name).toBe('2026年度项目清单');
    expect(sheet.getCell('A1').value).toBe(board.title);
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true });
    expect(sheet.getCell('D1').isMerged).toBe(true);
    expect(sheet.getCell('A2').value).toBe('截至 2026年11月30日');
    expect(sheet.getCell('D2').isMerged).toBe(true);
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual(['序号', '项目名称', '所属社区', '预算(元)']);
    expect(sheet.getCell('B3').font).toMatchObject({ bold: true });
    expect(sheet.getCell('B3').border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'thin' } });
    expect((sheet.getRow(4).values as unknown[]).slice(1)).toEqual([1, board.rows[0]![0], '阳光社区党委', 120000]);
    expect((sheet.getRow(5).values as unknown[]).slice(1)).toEqual([2, '四点半课堂', '东湖村党支部', '']);
    expect(sheet.getCell('D4').numFmt).toBe('#,##0');
    expect(sheet.getCell('C5').border).toMatchObject({ left: { style: 'thin' }, right: { style: 'thin' } });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    // Fitted: the long name wraps at the widest column allowed, the short ones stay narrow.
    expect(sheet.getColumn(2).width).toBe(40);
    expect(sheet.getColumn(3).width).toBe(14);
    expect(sheet.getColumn(1).width).toBe(6);
  });

  it('writes the title, date line and header alone for an empty list', async () => {
    const sheet = (await loadWorkbook(await buildNoticeBoard({ ...board, rows: [] }))).worksheets[0]!;
    expect(sheet.rowCount).toBe(3);
  });
});
