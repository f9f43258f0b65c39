import { describe, expect, it } from 'vitest';
import { checkCharacter } from './id-number';
import {
  type Cell, lookupByName, MAX_IMPORT_ROWS, previewRosterImport, resolveRows, type RosterCandidate, summarizeResolved,
} from './roster-import';
import { detectRosterHeader, HEADER_SCAN_ROWS } from './roster-import-header';

/** A valid ID number: birth date YYYYMMDD, sequence odd for a man. */
const idNumber = (birth: string, sequence: number) => {
  const first17 = `110105${birth}${String(sequence).padStart(3, '0')}`;
  return `${first17}${checkCharacter(first17)}`;
};
const TODAY = '2026-05-01';

const CLERK_HEADER = ['序号', '姓 名', '性别', '出生年月', '身份证号', '手机号', '人员类别（正式/预备）', '入党时间', '类别', '所在支部', '现居住社区', '职务', '备注', '籍贯'];
const clerkGrid = (...rows: Cell[][]): Cell[][] => [['长安街道党员花名册'], [], CLERK_HEADER, ...rows];
const row = (values: Partial<Record<string, Cell>>): Cell[] => CLERK_HEADER.map((h) => values[h] ?? null);
const ZHANG = {
  序号: 1, '姓 名': '张三', 性别: '男', 出生年月: '1980-01-02', 身份证号: idNumber('19800102', 1), 手机号: '13800138000',
  '人员类别（正式/预备）': '正式党员', 入党时间: '2005-07-01', 类别: '在职', 所在支部: '长安街道机关党支部', 现居住社区: '阳光社区', 职务: '书记、联络员', 备注: '',
};

describe('Method: detectRosterHeader', () => {
  it('finds the header below a title and a blank row, and maps the clerk’s wording', () => {
    // Act
    const header = detectRosterHeader(clerkGrid())!;
    // Assess
    expect(header.rowNumber).toBe(3);
    expect(header.mapping).toEqual({
      0: null, 1: 'name', 2: 'gender', 3: 'birthDate', 4: 'idNumber', 5: 'phone', 6: 'status', 7: 'joinedOn', 8: 'category',
      9: 'unitName', 10: 'communityName', 11: 'roles', 12: 'note', 13: null,
    });
    expect(header.unknown).toEqual([0, 13]);
    expect(header.missing).toEqual([]);
    expect(header.headers[1]).toBe('姓 名');
  });

  it('takes the lower row of a two-row header (the reader repeats vertical merges into it)', () => {
    const grid = [['党员名册'], ['姓名', '身份证号码', '联系方式', null, '入党日期'], ['姓名', '身份证号码', '手机', '电话', '入党日期']];
    const header = detectRosterHeader(grid)!;
    expect(header.rowNumber).toBe(3);
    expect(header.mapping).toEqual({ 0: 'name', 1: 'idNumber', 2: 'phone', 3: null, 4: 'joinedOn' });
    expect(header.duplicates).toEqual([3]);
  });

  it('lets the clerk choose the header row and map, remap or drop columns', () => {
    const grid = clerkGrid();
    const header = detectRosterHeader(grid, { headerRow: 3, columns: { 13: 'note', 12: null, 11: null } })!;
    expect(header.mapping[13]).toBe('note');
    expect(header.mapping[12]).toBeNull();
    expect(header.unknown).toEqual([0]);
    expect(header.recognised).toContain(13);
  });

  it('finds none when no top row names three roster fields', () => {
    expect(detectRosterHeader([['名单'], ['姓名', '年龄']])).toBeNull();
    const deep: Cell[][] = [...Array.from({ length: HEADER_SCAN_ROWS }, () => ['说明']), ['姓名', '身份证号码', '入党日期']];
    expect(detectRosterHeader(deep)).toBeNull();
  });
});

describe('Method: previewRosterImport', () => {
  it('reads a clerk’s row into a member, names and labels made canonical', () => {
    // Act
    const preview = previewRosterImport(clerkGrid(row(ZHANG)), { today: TODAY });
    // Assess
    expect(preview.problems).toEqual([]);
    expect(preview.errors).toEqual([]);
    expect(preview.candidates).toEqual([{
      rowNumber: 4,
      columns: expect.objectContaining({ name: '姓 名', idNumber: '身份证号' }),
      fields: {
        name: '张三', gender: 'MALE', birthDate: '1980-01-02', idNumber: idNumber('19800102', 1), phone: '13800138000', status: 'FULL',
        joinedOn: '2005-07-01', category: 'IN_SERVICE', unitName: '长安街道机关党支部', communityName: '阳光社区', roles: ['SECRETARY', 'LIAISON'], note: null,
      },
    }]);
    expect(preview.summary).toEqual({ totalRows: 1, valid: 1, withErrors: 0, skippedBlank: 0 });
  });

  it('takes gender and birth date from the ID number when empty; a year and month must agree with it', () => {
    const grid = clerkGrid(
      row({ ...ZHANG, 性别: null, 出生年月: null, 身份证号: idNumber('19750315', 2) }),
      row({ ...ZHANG, 出生年月: '1980.01', 身份证号: idNumber('19800102', 3) }),
    );
    const [first, second] = previewRosterImport(grid, { today: TODAY }).candidates;
    expect(first!.fields).toMatchObject({ gender: 'FEMALE', birthDate: '1975-03-15' });
    expect(second!.fields).toMatchObject({ gender: 'MALE', birthDate: '1980-01-02' });
  });

  it('reports every problem of a row, naming the column as the clerk wrote it', () => {
    // Prepare: a woman's number with 男, a birth date one day off, a future joining date, an unknown role, a bad phone.
    const grid = clerkGrid(row({
      ...ZHANG, 身份证号: idNumber('19800102', 4), 出生年月: '1980-01-03', 入党时间: '2030-07-01', 职务: '书记、组织委员', 手机号: '电话待补',
    }));
    // Act
    const preview = previewRosterImport(grid, { today: TODAY });
    // Assess
    expect(preview.candidates).toEqual([]);
    expect(preview.errors).toEqual([
      { rowNumber: 4, column: '性别', field: 'gender', message: '性别“男”与身份证号码不符（号码第 17 位表示女性）' },
      { rowNumber: 4, column: '出生年月', field: 'birthDate', message: '出生年月 1980-01-03 与身份证号码中的出生日期 1980-01-02 不一致' },
      { rowNumber: 4, column: '手机号', field: 'phone', message: '手机号格式不正确: “电话待补”' },
      { rowNumber: 4, column: '入党时间', field: 'joinedOn', message: '入党时间 2030-07-01 晚于今天' },
      { rowNumber: 4, column: '职务', field: 'roles', message: expect.stringMatching(/^职务无法识别: “组织委员”，可填 兼职委员、/) },
    ]);
    expect(preview.summary).toEqual({ totalRows: 1, valid: 0, withErrors: 1, skippedBlank: 0 });
  });

  it('refuses required cells left empty and words it does not know', () => {
    const grid = clerkGrid(row({ 序号: 1, 身份证号: idNumber('19800102', 1), 类别: '党员', '人员类别（正式/预备）': '积极分子', 入党时间: '2005-07' }));
    const messages = previewRosterImport(grid, { today: TODAY }).errors.map((e) => e.message);
    expect(messages).toEqual([
      '姓 名不能为空',
      '人员类别（正式/预备）无法识别: “积极分子”，应为 正式党员、预备党员',
      '入党时间须写到日，如 2001-07-01: “2005-07”',
      '类别无法识别: “党员”，应为 在职党员、离退休党员、居民党员、下岗失业党员、流动党员、学生党员',
      '所在支部不能为空',
    ]);
  });

  it('refuses an ID number Excel stored as a number, and repeats of a number, naming the first row', () => {
    const id = idNumber('19800102', 1);
    const grid = clerkGrid(row(ZHANG), row({ ...ZHANG, 身份证号: Number(id.slice(0, 17)) * 10 }), row({ ...ZHANG, 身份证号: id.toLowerCase() }), row({ ...ZHANG, 身份证号: ` ${id} ` }));
    const preview = previewRosterImport(grid, { today: TODAY });
    expect(preview.candidates.map((c) => c.rowNumber)).toEqual([4]);
    expect(preview.errors).toEqual([
      { rowNumber: 5, column: '身份证号', field: 'idNumber', message: '身份证号码被 Excel 存成了数字，末几位已丢失；请把该列设为文本后重新填写' },
      { rowNumber: 6, column: '身份证号', field: 'idNumber', message: '身份证号与第 4 行重复' },
      { rowNumber: 7, column: '身份证号', field: 'idNumber', message: '身份证号与第 4 行重复' },
    ]);
  });

  it('skips blank rows, rows with nothing but a serial number among them', () => {
    const grid = clerkGrid(row({ 序号: 1 }), row(ZHANG), [], row({ 序号: 3, 备注: '  ' }));
    expect(previewRosterImport(grid, { today: TODAY }).summary).toEqual({ totalRows: 4, valid: 1, withErrors: 0, skippedBlank: 3 });
  });

  it('reads no row when the header is missing or lacks a required column', () => {
    expect(previewRosterImport([['名单'], ['张三']]).problems).toEqual([expect.stringMatching(/^未找到表头/)]);
    const preview = previewRosterImport([['姓名', '性别', '出生日期', '联系电话'], ['张三', '男', '1980-01-02', '']]);
    expect(preview.problems).toEqual(['缺少必填列: 身份证号码、党员状态、入党日期、党员类别、所在党组织；请把表中对应的列指定为这些项']);
    expect(preview.summary).toEqual({ totalRows: 0, valid: 0, withErrors: 0, skippedBlank: 0 });
  });

  it(`refuses more than ${MAX_IMPORT_ROWS} members in one file`, () => {
    const grid = clerkGrid(...Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => row(ZHANG)));
    expect(previewRosterImport(grid).problems).toEqual([`每次最多导入 ${MAX_IMPORT_ROWS} 名党员，本表有 ${MAX_IMPORT_ROWS + 1} 行数据；请分成多个文件导入`]);
  });
});

describe('Method: resolveRows', () => {
  const candidate = (rowNumber: number, unitName: string, communityName: string | null): RosterCandidate => {
    const preview = previewRosterImport(clerkGrid(row({ ...ZHANG, 所在支部: unitName, 现居住社区: communityName })), { today: TODAY });
    return { ...preview.candidates[0]!, rowNumber };
  };
  const units = lookupByName<{ id: string; isCommunity: boolean }>([
    ['长安街道机关党支部', { id: 'u-1', isCommunity: false }],
    ['阳光社区', { id: 'u-2', isCommunity: true }],
    ['机关支部', { id: 'u-1', isCommunity: false }],
  ]);
  const lookups = { unitByName: units, communityByName: units };

  it('turns names into ids, matching names of any width and spacing', () => {
    // Act
    const resolved = resolveRows([candidate(4, '长安街道　机关党支部', '阳光 社区'), candidate(5, '机关支部', null)], lookups);
    // Assess
    expect(resolved.errors).toEqual([]);
    expect(resolved.rows.map((r) => [r.rowNumber, r.input.unitId, r.input.communityId])).toEqual([[4, 'u-1', 'u-2'], [5, 'u-1', null]]);
    expect(resolved.rows[0]!.input).not.toHaveProperty('unitName');
  });

  it('makes unknown names and a community that is none errors of their rows', () => {
    const resolved = resolveRows([candidate(4, '不存在的支部', '阳光社区'), candidate(5, '长安街道机关党支部', '机关支部'), candidate(6, '长安街道机关党支部', '月亮社区')], lookups);
    expect(resolved.rows).toEqual([]);
    expect(resolved.errors).toEqual([
      { rowNumber: 4, column: '所在支部', field: 'unitName', message: '未找到单位: 不存在的支部' },
      { rowNumber: 5, column: '现居住社区', field: 'communityName', message: '“机关支部”不是社区或村，不能作为居住社区' },
      { rowNumber: 6, column: '现居住社区', field: 'communityName', message: '未找到社区: 月亮社区' },
    ]);
    expect(summarizeResolved({ totalRows: 3, valid: 3, withErrors: 0, skippedBlank: 0 }, resolved)).toEqual({ totalRows: 3, valid: 0, withErrors: 3, skippedBlank: 0 });
  });
});
