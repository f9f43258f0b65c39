import { describe, expect, it } from 'vitest';
import {
  cellText, excelSerialDate, ID_NUMBER_STORED_AS_NUMBER, personName, readCategory, readDate, readGender, readIdNumber, readRoles, readStatus,
} from './roster-import-cells';
import { checkCharacter } from './id-number';

const withCheck = (first17: string) => `${first17}${checkCharacter(first17)}`;

describe('Method: readDate', () => {
  it.each([
    ['1980-01-02', '1980-01-02'],
    ['1980/1/2', '1980-01-02'],
    ['1980.1.2', '1980-01-02'],
    ['1980年1月2日', '1980-01-02'],
    ['１９８０年１月２日', '1980-01-02'],
    ['19800102', '1980-01-02'],
    [' 1980-01-02 00:00:00 ', '1980-01-02'],
    ['2000-02-29', '2000-02-29'],
  ])('reads the text %j as %s', (text, date) => {
    expect(readDate(text)).toEqual({ kind: 'day', date });
  });

  it('reads Excel serials in the 1900 date system, and Dates by their UTC calendar day', () => {
    // Prepare: 29222 is 1980-01-02 in Excel; 61 the first day after the 1900-02-29 Excel counts.
    // Act / Assess
    expect(readDate(29222)).toEqual({ kind: 'day', date: '1980-01-02' });
    expect(readDate(29222.75)).toEqual({ kind: 'day', date: '1980-01-02' });
    expect(excelSerialDate(61)).toBe('1900-03-01');
    expect(excelSerialDate(59)).toBe('1900-02-28');
    expect(excelSerialDate(60)).toBeNull();
    expect(readDate(new Date(Date.UTC(1980, 0, 2)))).toEqual({ kind: 'day', date: '1980-01-02' });
    expect(readDate(19800102)).toEqual({ kind: 'day', date: '1980-01-02' });
  });

  it('reads a year and month (出生年月) as such', () => {
    expect(readDate('1980.01')).toEqual({ kind: 'month', month: '1980-01' });
    expect(readDate('1980年1月')).toEqual({ kind: 'month', month: '1980-01' });
    expect(readDate('198001')).toEqual({ kind: 'month', month: '1980-01' });
    expect(readDate(198001)).toEqual({ kind: 'month', month: '1980-01' });
  });

  it('refuses what is no date, and explains a year typed as a number', () => {
    for (const text of ['1980-02-30', '1899-12-31', '明年', '80.1.2', '1980-13-01', '']) expect(readDate(text).kind).toBe('invalid');
    expect(readDate(1980.1)).toEqual({ kind: 'invalid', hint: expect.stringContaining('存成了数字') });
    expect(readDate(true)).toEqual({ kind: 'invalid' });
  });
});

describe('Method: enum readers', () => {
  it('read Chinese labels, short forms and API names, ignoring width, spaces and case', () => {
    expect(['男', '女', '男性', 'FEMALE', ' male '].map(readGender)).toEqual(['MALE', 'FEMALE', 'MALE', 'FEMALE', 'MALE']);
    expect(['正式', '正式党员', '预备', '预备党员', 'probationary'].map(readStatus)).toEqual(['FULL', 'FULL', 'PROBATIONARY', 'PROBATIONARY', 'PROBATIONARY']);
    expect(['在职', '在职党员', '离退休', '退休', '流动党员', 'STUDENT'].map(readCategory)).toEqual(['IN_SERVICE', 'IN_SERVICE', 'RETIRED', 'RETIRED', 'FLOATING', 'STUDENT']);
    expect(readGender('男女')).toBeNull();
    expect(readStatus('党员')).toBeNull();
  });

  it('split roles on 、，,;/ and report the words not understood', () => {
    expect(readRoles('书记、联络员，兼职委员;书记/LIAISON')).toEqual({ roles: ['SECRETARY', 'LIAISON', 'PART_TIME_COMMITTEE_MEMBER'], unknown: [] });
    expect(readRoles('支部书记；组织委员')).toEqual({ roles: ['BRANCH_SECRETARY'], unknown: ['组织委员'] });
    expect(readRoles('')).toEqual({ roles: [], unknown: [] });
  });
});

describe('Method: readIdNumber', () => {
  const valid = withCheck('11010519491231002');

  it('makes full-width digits, spaces, a lower-case x and a leading apostrophe canonical', () => {
    // Prepare: the first sequence number whose check character is X.
    const first17 = Array.from({ length: 999 }, (_, i) => `11010519800102${String(i + 1).padStart(3, '0')}`).find((n) => checkCharacter(n) === 'X')!;
    // Act / Assess
    expect(readIdNumber(`１１０１０５ ${valid.slice(6).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))}`)).toEqual({ idNumber: valid });
    expect(readIdNumber(`'${valid}`)).toEqual({ idNumber: valid });
    expect(readIdNumber(`${first17}x`)).toEqual({ idNumber: `${first17}X` });
  });

  it('refuses a number cell, and text that still shows Excel’s scientific notation', () => {
    expect(readIdNumber(110105194912310020)).toEqual({ problem: ID_NUMBER_STORED_AS_NUMBER });
    expect(readIdNumber('1.10105E+17')).toEqual({ problem: ID_NUMBER_STORED_AS_NUMBER });
  });

  it('says what is wrong with an invalid number', () => {
    expect(readIdNumber(`${valid.slice(0, 17)}${valid[17] === '0' ? '1' : '0'}`)).toEqual({ problem: '身份证号码校验位不正确，请核对' });
    expect(readIdNumber('11010519491231')).toEqual({ problem: '身份证号码须为 18 位' });
  });
});

describe('Method: cellText / personName', () => {
  it('normalise width and spacing, and write numbers without exponent', () => {
    expect(cellText('  ＡＢＣ　社区  ')).toBe('ABC 社区');
    expect(cellText(13800138000)).toBe('13800138000');
    expect(cellText(null)).toBe('');
    expect(cellText(new Date(Date.UTC(2001, 6, 1)))).toBe('2001-07-01');
    expect(personName('张  三 ')).toBe('张三');
    expect(personName('阿不都 · 热合曼')).toBe('阿不都 · 热合曼');
  });
});
