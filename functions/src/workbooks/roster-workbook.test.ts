import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkCharacter, maskIdNumber } from '../domain/members/id-number';
import { lookupByName, previewRosterImport, resolveRows, ROSTER_FIELDS, ROSTER_HEADERS } from '../domain/members/roster-import';
import {
  buildRosterExport, buildRosterTemplate, INSTRUCTIONS_SHEET, OPTIONS_SHEET, readSheetGrid, type RosterExportRow, TEMPLATE_SHEET,
} from './roster-workbook';

/** A valid ID number: birth date YYYYMMDD, sequence odd for a man. */
const idNumber = (birth: string, sequence: number, area = '110105') => {
  const first17 = `${area}${birth}${String(sequence).padStart(3, '0')}`;
  return `${first17}${checkCharacter(first17)}`;
};
const fullWidth = (text: string) => text.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const toBuffer = async (workbook: ExcelJS.Workbook) => Buffer.from(await workbook.xlsx.writeBuffer());
const loadWorkbook = async (buffer: Buffer) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
};
const TODAY = '2026-05-01';

const UNITS = lookupByName([
  ['长安街道机关党支部', { id: 'unit-organ', isCommunity: false }],
  ['阳光社区党委', { id: 'unit-sunshine', isCommunity: true }],
  ['阳光社区', { id: 'unit-sunshine', isCommunity: true }],
]);
const LOOKUPS = { unitByName: UNITS, communityByName: UNITS };

describe('Method: readSheetGrid + previewRosterImport on a clerk’s own file', () => {
  /** Ids the rows use: 张三 and 赵六 share one. */
  const ZHANG = idNumber('19800102', 1);
  const LI = idNumber('19810101', 2);
  const WANG = idNumber('19750315', 5);
  // The first sequence whose check character is X, written with a lower-case x.
  const QIAN17 = Array.from({ length: 999 }, (_, i) => `11010519750315${String(i + 1).padStart(3, '0')}`).find((n) => checkCharacter(n) === 'X')!;
  const SUN = idNumber('19600708', 8);

  async function clerkFile(): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.mergeCells('A1:M1');
    sheet.getCell('A1').value = '长安街道 2026 年党员花名册';
    sheet.getRow(3).values = ['序号', '姓 名', '性别', '出生年月', '公民身份号码', '联系电话', '党员状态', '入党时间', '党员类别', '所在党组织', '居住社区', '职务', '备注'];
    const rows: unknown[][] = [
      [1, '张三', '男', new Date(Date.UTC(1980, 0, 2)), ZHANG, 13800138000, '正式党员', new Date(Date.UTC(2005, 6, 1)), '在职', '长安街道机关党支部', '阳光社区', '书记、联络员', null],
      [2, '李四  ', '女', 29587, `${fullWidth(LI)}  `, '139 0000 0000', '正式', 36342, '在职党员', null, null, null, '  调入  '],
      [3, '王五', '男', '1975.3.15', Number(WANG), null, '正式党员', '1999-07-01', '离退休', '长安街道机关党支部', null, null, null],
      [4, '赵六', '男', null, ZHANG, null, '预备', '2024-07-01', '在职', '长安街道机关党支部', null, null, null],
      [],
      [6, '钱七', null, '1975年3月15日', `${QIAN17}x`, null, '预备党员', '1999.7.1', '居民', '不存在党支部', '阳光社区', null, null],
      [7, '孙八', null, '19600708', SUN, null, 'FULL', '1985/7/1', 'RETIRED', '阳光社区党委', '阳光社区', '支部书记，兼职委员', null],
    ];
    rows.forEach((values, i) => (sheet.getRow(4 + i).values = values as ExcelJS.CellValue[]));
    sheet.getCell('D4').numFmt = 'yyyy"年"m"月"d"日"';
    sheet.getCell('H4').numFmt = 'yyyy/m/d';
    // The unit written once for 张三 and 李四, merged down both rows.
    sheet.mergeCells('J4:J5');
    return toBuffer(workbook);
  }

  it('finds the header on row 3, reads each row as the clerk meant it, and reports the rest row by row', async () => {
    // Act
    const preview = previewRosterImport(await readSheetGrid(await clerkFile()), { today: TODAY });
    // Assess
    expect(preview.problems).toEqual([]);
    expect(preview.header!.rowNumber).toBe(3);
    expect(preview.header!.unknown).toEqual([0]);
    expect(preview.summary).toEqual({ totalRows: 7, valid: 4, withErrors: 2, skippedBlank: 1 });
    const byRow = new Map(preview.candidates.map((c) => [c.rowNumber, c.fields]));
    expect(byRow.get(4)).toEqual({
      name: '张三', gender: 'MALE', birthDate: '1980-01-02', idNumber: ZHANG, phone: '13800138000', status: 'FULL', joinedOn: '2005-07-01',
      category: 'IN_SERVICE', unitName: '长安街道机关党支部', communityName: '阳光社区', roles: ['SECRETARY', 'LIAISON'], note: null,
    });
    expect(byRow.get(5)).toEqual({
      name: '李四', gender: 'FEMALE', birthDate: '1981-01-01', idNumber: LI, phone: '139 0000 0000', status: 'FULL', joinedOn: '1999-07-01',
      category: 'IN_SERVICE', unitName: '长安街道机关党支部', communityName: null, roles: [], note: '调入',
    });
    expect(byRow.get(9)).toMatchObject({ name: '钱七', gender: 'MALE', birthDate: '1975-03-15', idNumber: `${QIAN17}X`, status: 'PROBATIONARY', joinedOn: '1999-07-01', category: 'RESIDENT' });
    expect(byRow.get(10)).toMatchObject({ gender: 'FEMALE', birthDate: '1960-07-08', joinedOn: '1985-07-01', category: 'RETIRED', roles: ['BRANCH_SECRETARY', 'PART_TIME_COMMITTEE_MEMBER'] });
    expect(preview.errors).toEqual([
      { rowNumber: 6, column: '公民身份号码', field: 'idNumber', message: '身份证号码被 Excel 存成了数字，末几位已丢失；请把该列设为文本后重新填写' },
      { rowNumber: 7, column: '公民身份号码', field: 'idNumber', message: '公民身份号码与第 4 行重复' },
    ]);
  });

  it('leaves names the region does not have as errors once resolved', async () => {
    const preview = previewRosterImport(await readSheetGrid(await clerkFile()), { today: TODAY });
    // Act
    const resolved = resolveRows(preview.candidates, LOOKUPS);
    // Assess
    expect(resolved.rows.map((r) => [r.rowNumber, r.input.unitId, r.input.communityId])).toEqual([
      [4, 'unit-organ', 'unit-sunshine'], [5, 'unit-organ', null], [10, 'unit-sunshine', 'unit-sunshine'],
    ]);
    expect(resolved.errors).toEqual([{ rowNumber: 9, column: '所在党组织', field: 'unitName', message: '未找到单位: 不存在党支部' }]);
  });
});

describe('Method: buildRosterTemplate', () => {
  // 300 names: far beyond the 255 characters an inline drop-down list can hold.
  const unitNames = Array.from({ length: 300 }, (_, i) => `长安街道第${i + 1}党支部`);
  const communityNames = ['阳光社区', '东湖村'];

  it('has a title, the Chinese header, drop-downs, a text ID column and its instructions', async () => {
    // Act
    const workbook = await loadWorkbook(await buildRosterTemplate({ unitNames, communityNames }));
    // Assess
    expect(workbook.worksheets.map((ws) => [ws.name, ws.state])).toEqual([[TEMPLATE_SHEET, 'visible'], [INSTRUCTIONS_SHEET, 'visible'], [OPTIONS_SHEET, 'hidden']]);
    const sheet = workbook.getWorksheet(TEMPLATE_SHEET)!;
    expect(sheet.getCell('A1').value).toBe('党员名册');
    expect(sheet.getCell('L1').isMerged).toBe(true);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([
      '姓名', '性别', '出生日期', '身份证号码', '联系电话', '党员状态', '入党日期', '党员类别', '所在党组织', '居住社区', '党内/联盟职务', '备注',
    ]);
    expect(sheet.getColumn(4).numFmt).toBe('@');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    const validations = (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    expect(validations.B3).toMatchObject({ type: 'list', formulae: ['"男,女"'] });
    expect(validations.F10002).toMatchObject({ type: 'list', formulae: ['"正式党员,预备党员"'] });
    expect(validations.H3!.formulae[0]).toContain('在职党员');
    expect(validations.I3).toMatchObject({ type: 'list', formulae: [`'${OPTIONS_SHEET}'!$A$2:$A$301`] });
    expect(validations.J3).toMatchObject({ type: 'list', formulae: [`'${OPTIONS_SHEET}'!$B$2:$B$3`] });
    expect(validations.K3).toMatchObject({ type: 'list' });
    expect(validations.K3!.showErrorMessage).toBeFalsy();
    expect(validations.D3).toMatchObject({ type: 'textLength', operator: 'equal' });
    const lists = workbook.getWorksheet(OPTIONS_SHEET)!;
    expect(lists.getCell('A301').value).toBe('长安街道第300党支部');
    expect(lists.getCell('B3').value).toBe('东湖村');
    const instructions = await readSheetGrid(await toBuffer(workbook), { sheet: INSTRUCTIONS_SHEET });
    const example = Object.fromEntries(instructions.slice(4).map((row) => [row[0], row[2] ?? null]));
    expect(Object.keys(example)).toEqual(ROSTER_FIELDS.map((field) => ROSTER_HEADERS[field]));
    expect(previewRosterImport([Object.keys(example), Object.values(example)], { today: TODAY }).errors).toEqual([]);
  });

  it('offers no community drop-down when the region has none', async () => {
    const workbook = await loadWorkbook(await buildRosterTemplate({ unitNames: ['机关党支部'], communityNames: [] }));
    const validations = (workbook.getWorksheet(TEMPLATE_SHEET) as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
    expect(validations.I3).toBeDefined();
    expect(validations.J3).toBeUndefined();
  });

  it('reads back, filled in as a clerk would, as a valid member', async () => {
    // Prepare: the clerk types into row 3; dates typed into the date columns become date values.
    const workbook = await loadWorkbook(await buildRosterTemplate({ unitNames, communityNames }));
    const sheet = workbook.getWorksheet(TEMPLATE_SHEET)!;
    const id = idNumber('19800102', 4);
    sheet.getRow(3).values = ['王芳', '女', new Date(Date.UTC(1980, 0, 2)), id, '13800138000', '预备党员', new Date(Date.UTC(2025, 6, 1)), '流动党员', '长安街道第7党支部', '东湖村', '联络员', null];
    // Act
    const preview = previewRosterImport(await readSheetGrid(await toBuffer(workbook)), { today: TODAY });
    // Assess
    expect(sheet.getCell('D3').numFmt).toBe('@');
    expect(preview.errors).toEqual([]);
    expect(preview.summary).toEqual({ totalRows: 1, valid: 1, withErrors: 0, skippedBlank: 0 });
    expect(preview.candidates[0]).toMatchObject({
      rowNumber: 3,
      fields: {
        name: '王芳', gender: 'FEMALE', birthDate: '1980-01-02', idNumber: id, phone: '13800138000', status: 'PROBATIONARY', joinedOn: '2025-07-01',
        category: 'FLOATING', unitName: '长安街道第7党支部', communityName: '东湖村', roles: ['LIAISON'], note: null,
      },
    });
  });
});

describe('Method: buildRosterExport', () => {
  const member = (name: string, unitName: string, sequence: number): RosterExportRow => ({
    name, gender: sequence % 2 ? 'MALE' : 'FEMALE', birthDate: '1980-01-02', idNumber: maskIdNumber(idNumber('19800102', sequence)),
    phone: '138****8000', status: 'FULL', joinedOn: '2005-07-01', category: 'RETIRED', unitName, communityName: null, roles: ['SECRETARY', 'LIAISON'], note: null,
  });
  const LONG = `长安街道${'第一党支部'.repeat(6)}`;
  const rows = [member('张三', '机关/第一支部', 1), member('李四', LONG, 2), member('王五', '机关/第一支部', 3), member('赵六', `${LONG}乙`, 4)];

  it('writes one sheet of text cells under the Chinese header: IDs masked as given, dates as YYYY-MM-DD', async () => {
    // Act
    const buffer = await buildRosterExport(rows);
    // Assess
    const grid = await readSheetGrid(buffer);
    expect(grid[0]).toEqual(ROSTER_FIELDS.map((field) => ROSTER_HEADERS[field]));
    expect(grid[1]).toEqual(['张三', '男', '1980-01-02', '110105********0011', '138****8000', '正式党员', '2005-07-01', '离退休党员', '机关/第一支部', null, '书记、联络员']);
    expect(grid.slice(1).map((row) => row[3])).toEqual(rows.map((r) => r.idNumber));
    expect(grid.flat().join('')).not.toMatch(/\d{17}[\dX]/);
    const sheet = (await loadWorkbook(buffer)).worksheets[0]!;
    expect(sheet.name).toBe(TEMPLATE_SHEET);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getCell('C2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getColumn(9).width).toBeGreaterThan(sheet.getColumn(2).width!);
    expect(previewRosterImport(grid).header!.missing).toEqual([]);
  });

  it('writes a sheet per unit when asked, names made valid and distinct', async () => {
    const workbook = await loadWorkbook(await buildRosterExport(rows, { sheetPerUnit: true }));
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['机关_第一支部', LONG.slice(0, 31), `${LONG.slice(0, 28)}(2)`]);
    expect(workbook.worksheets.map((ws) => ws.getColumn(1).values.slice(2))).toEqual([['张三', '王五'], ['李四'], ['赵六']]);
  });

  it('writes the header alone for an empty roster', async () => {
    expect(await readSheetGrid(await buildRosterExport([], { sheetPerUnit: true }))).toEqual([ROSTER_FIELDS.map((field) => ROSTER_HEADERS[field])]);
  });
});

describe('Method: readSheetGrid + previewRosterImport at the limit', () => {
  it('reads and checks 10,000 members', { timeout: 120_000 }, async () => {
    // Prepare: 10,000 members with distinct ID numbers over many birth dates, as the template lays them out.
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名册');
    sheet.addRow(ROSTER_FIELDS.map((field) => ROSTER_HEADERS[field]));
    const ids: string[] = [];
    for (let i = 0; i < 10_000; i += 1) {
      const birth = `19${50 + (i % 50)}${String((i % 12) + 1).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}`;
      const id = idNumber(birth, Math.floor(i / 50) % 1000, String(110101 + Math.floor(i / 50_000)));
      ids.push(id);
      sheet.addRow([`党员${i}`, null, null, id, null, i % 3 ? '正式党员' : '预备党员', '2010-07-01', '在职党员', '长安街道机关党支部', '阳光社区', null, null]);
    }
    // Act
    const grid = await readSheetGrid(await toBuffer(workbook));
    const preview = previewRosterImport(grid, { today: TODAY });
    const resolved = resolveRows(preview.candidates, LOOKUPS);
    // Assess
    expect(new Set(ids).size).toBe(10_000);
    expect(preview.errors).toEqual([]);
    expect(preview.summary).toEqual({ totalRows: 10_000, valid: 10_000, withErrors: 0, skippedBlank: 0 });
    expect(preview.candidates[9_999]).toMatchObject({ rowNumber: 10_001, fields: { name: '党员9999', idNumber: ids[9_999], birthDate: '1999-04-04' } });
    expect(resolved.rows).toHaveLength(10_000);
  });
});
