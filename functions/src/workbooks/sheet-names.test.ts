import { describe, expect, it } from 'vitest';
import { sanitizeSheetName, SHEET_NAME_MAX, uniqueSheetNames } from './sheet-names';

describe('Method: sanitizeSheetName', () => {
  it('replaces the characters Excel refuses, drops edge apostrophes and avoids History', () => {
    expect(sanitizeSheetName('机关/第一[支部]:*?\\')).toBe('机关_第一_支部_____');
    expect(sanitizeSheetName("'长安社区'")).toBe('长安社区');
    expect(sanitizeSheetName('  ')).toBe('未命名');
    expect(sanitizeSheetName('History')).toBe('History_');
  });

  it('cuts at 31 characters without splitting a character outside the BMP', () => {
    expect(sanitizeSheetName('党'.repeat(40))).toBe('党'.repeat(31));
    const cut = sanitizeSheetName(`${'党'.repeat(30)}𠀋村`);
    expect(cut).toBe('党'.repeat(30));
  });
});

describe('Method: uniqueSheetNames', () => {
  it('numbers names that coincide (case aside) and keeps them within the limit', () => {
    const long = `长安街道${'第一党支部'.repeat(6)}`;
    const names = uniqueSheetNames([`${long}甲`, `${long}乙`, 'abc', 'ABC', 'abc(2)']);
    expect(names).toEqual([long.slice(0, 31), `${long.slice(0, 28)}(2)`, 'abc', 'ABC(2)', 'abc(2)(2)']);
    expect(names.every((name) => name.length <= SHEET_NAME_MAX)).toBe(true);
  });
});
