import { describe, expect, it } from 'vitest';
import {
  MAX_NEED_IMPORT_ROWS, NEED_IMPORT_FIELDS, NEED_IMPORT_HEADERS, needFieldOfHeader, NeedSheetProblem, readNeedSheet, repeatedRows, type Grid,
} from './need-import';
import { DEFAULT_NEED_CATEGORIES } from './need';

const needCategories = () => [...DEFAULT_NEED_CATEGORIES];

const OPTIONS = { categories: needCategories() };
const TEMPLATE_HEADER = NEED_IMPORT_FIELDS.map((field) => NEED_IMPORT_HEADERS[field]);
const fullWidth = (text: string) => text.replace(/[0-9A-Za-z\-/]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const problemOf = (grid: Grid, options: Parameters<typeof readNeedSheet>[1] = OPTIONS) => {
  try {
    readNeedSheet(grid, options);
  } catch (error) {
    if (error instanceof NeedSheetProblem) return error.message;
    throw error;
  }
  return null;
};

describe('Method: needFieldOfHeader', () => {
  it('knows the usual wordings, whatever their width, spacing, asterisk or bracketed note', () => {
    expect(['需求', '需求名称', '需求事项', ' 需 求 名 称 ', '*需求名称'].map(needFieldOfHeader)).toEqual(Array(5).fill('title'));
    expect(['类别', '需求类别', '需求类别（必填）'].map(needFieldOfHeader)).toEqual(['category', 'category', 'category']);
    expect(['社区', '所属社区', '征集社区', '村（社区）', '村/社区'].map(needFieldOfHeader)).toEqual(Array(5).fill('communityName'));
    expect(['需求内容', '紧急程度', '来源', '提出人', '开始日期', '截止日期'].map(needFieldOfHeader)).toEqual([
      'description', 'urgency', 'source', 'raisedBy', 'wantedFrom', 'wantedUntil',
    ]);
    expect(['序号', '状态', '长安街道2026年度需求清单（导入模板）'].map(needFieldOfHeader)).toEqual([null, null, null]);
  });
});

describe('Method: readNeedSheet', () => {
  it('finds the header under title rows in a community’s own wording and reads each row as the clerk meant it', () => {
    // Prepare: a title merged across, a blank line, the header on row 3 with 序号 and a column the import ignores.
    const grid: Grid = [
      ['阳光社区2026年度居民需求征集表'],
      [],
      ['序号', '需求事项', '具体内容', '类别', '缓急', '来源', '反映人', '所属社区', '开始时间', '截止时间', '备注'],
      [1, '  老年助餐  ', '为高龄老人提供午餐', '养老', '较急', '居民', '张大爷', '阳光社区党委', new Date(Date.UTC(2026, 3, 1)), '2026/6/30', '无'],
      [2, '四点半课堂', null, '托幼', 'URGENT', 'GRID', null, fullWidth('阳光社区党委'), 46113, '2026年7月1日', null],
      [3, null, null, null, null, null, null, null, null, null, '这一行只有备注'],
      [4, fullWidth('Wi-Fi覆盖'), null, ' 文 体 ', null, '党员', null, '阳光社区党委', fullWidth('2026-05-01'), null, null],
    ];
    // Act
    const sheet = readNeedSheet(grid, OPTIONS);
    // Assess
    expect(sheet.headerRowNumber).toBe(3);
    expect(sheet.errors).toEqual([]);
    expect(sheet.rows).toBe(3);
    expect(sheet.columns).toMatchObject({ title: '需求事项', description: '具体内容', communityName: '所属社区', wantedUntil: '截止时间' });
    expect(sheet.candidates).toEqual([
      {
        rowNumber: 4,
        fields: {
          title: '老年助餐', description: '为高龄老人提供午餐', category: '养老', urgency: 'PRESSING', source: 'RESIDENTS', raisedBy: '张大爷',
          communityName: '阳光社区党委', wantedFrom: '2026-04-01', wantedUntil: '2026-06-30',
        },
      },
      {
        rowNumber: 5,
        fields: {
          title: '四点半课堂', description: null, category: '托幼', urgency: 'URGENT', source: 'GRID', raisedBy: null,
          communityName: '阳光社区党委', wantedFrom: '2026-04-01', wantedUntil: '2026-07-01',
        },
      },
      {
        rowNumber: 7,
        fields: {
          title: 'Wi-Fi覆盖', description: null, category: '文体', urgency: 'NORMAL', source: 'MEMBER', raisedBy: null,
          communityName: '阳光社区党委', wantedFrom: '2026-05-01', wantedUntil: null,
        },
      },
    ]);
  });

  it('reports every problem by row number and the column as the file names it; a row with errors yields no need', () => {
    const grid: Grid = [
      ['需求', '类别', '紧急程度', '需求来源', '社区', '需要开始日期', '需要截止日期'],
      ['助餐', '星际旅行', '十万火急', '居民群众', '阳光社区', null, null],
      [null, '养老', null, null, '阳光社区', '2026-02', 'soon'],
      ['义诊', '医疗', '一般', '网格', null, '2026-05-01', '2026-04-01'],
      ['x'.repeat(101), '环境', null, '其他', '阳光社区', 1980.5, null],
      ['法律咨询', '法律', null, '驻区单位', '阳光社区', '2026-04-01', '2026-04-01'],
    ];
    // Act
    const sheet = readNeedSheet(grid, OPTIONS);
    // Assess
    expect(sheet.errors).toEqual([
      { rowNumber: 2, column: '类别', message: expect.stringMatching(/^类别无法识别: “星际旅行”，应为 养老、助残/) },
      { rowNumber: 2, column: '紧急程度', message: '紧急程度无法识别: “十万火急”，应为 一般、较急、紧急' },
      { rowNumber: 3, column: '需求', message: '需求不能为空' },
      { rowNumber: 3, column: '需求来源', message: '需求来源不能为空' },
      { rowNumber: 3, column: '需要开始日期', message: '需要开始日期须写到日，如 2026-04-01: “2026-02”' },
      { rowNumber: 3, column: '需要截止日期', message: '需要截止日期无法识别: “soon”，请写成 2026-04-01 这样的日期' },
      { rowNumber: 4, column: '社区', message: '社区不能为空' },
      { rowNumber: 4, column: '需要截止日期', message: '需要截止日期 2026-04-01 早于需要开始日期 2026-05-01' },
      { rowNumber: 5, column: '需求', message: '需求不能超过 100 个字符' },
      { rowNumber: 5, column: '需要开始日期', message: expect.stringContaining('被 Excel 存成了数字') },
    ]);
    expect(sheet.candidates.map((c) => c.rowNumber)).toEqual([6]);
    expect(sheet.rows).toBe(5);
  });

  it('lets a blank or missing 征集社区 stand for the caller’s own community when told so', () => {
    const grid: Grid = [['需求名称', '需求类别', '需求来源'], ['助餐', '养老', '居民群众']];
    expect(problemOf(grid)).toBe('缺少必填列: 征集社区（表头在第 1 行）；请对照导入模板修改列名');
    expect(readNeedSheet(grid, { ...OPTIONS, ownCommunityDefault: true }).candidates[0]!.fields.communityName).toBeNull();
  });

  it('refuses a file without a header, without a required column, or with too many rows, naming what to do', () => {
    expect(problemOf([['阳光社区需求'], ['助餐', '养老']])).toMatch(/^未找到表头：前 20 行中没有一行含 2 个及以上可识别的列名/);
    expect(problemOf([['需求名称', '征集社区', '紧急程度'], ['助餐', '阳光社区', '一般']])).toBe('缺少必填列: 需求类别、需求来源（表头在第 1 行）；请对照导入模板修改列名');
    const many: Grid = [TEMPLATE_HEADER, ...Array.from({ length: MAX_NEED_IMPORT_ROWS + 1 }, (_, i) => [`需求${i}`, null, '养老', null, '网格', null, '阳光社区'])];
    expect(problemOf(many)).toBe(`每次最多导入 2000 条需求，本表有 2001 行数据；请分成多个文件导入`);
    expect(problemOf(many.slice(0, MAX_NEED_IMPORT_ROWS + 1))).toBeNull();
  });
});

describe('Method: repeatedRows', () => {
  it('reports each later row of the same key as a repeat of the first', () => {
    const rows = [{ rowNumber: 3, key: 'a' }, { rowNumber: 4, key: 'b' }, { rowNumber: 7, key: 'a' }, { rowNumber: 9, key: 'a' }];
    expect(repeatedRows(rows, (r) => r.key, '需求名称')).toEqual([
      { rowNumber: 7, column: '需求名称', message: '与第 3 行重复（同一社区的同名需求）' },
      { rowNumber: 9, column: '需求名称', message: '与第 3 行重复（同一社区的同名需求）' },
    ]);
  });
});
