import { describe, expect, it } from 'vitest';
import { birthDateOf, composeIdNumber, genderOf, idNumberProblem, maskIdNumber, normalizeIdNumber } from './id-number';

describe('Method: idNumberProblem (GB 11643)', () => {
  it("passes the standard's own example and numbers composed with their check character", () => {
    expect(idNumberProblem('11010519491231002X')).toBeNull();
    expect(idNumberProblem(composeIdNumber('440304', '1992-02-29', 37))).toBeNull();
  });

  it.each([
    ['a wrong check digit', '110105198001011234', 'CHECK_DIGIT'],
    ['17 characters', '11010519491231002', 'LENGTH'],
    ['a letter inside', '1101051949123A002X', 'CHARACTERS'],
    ['no such date (1991-02-29)', '110105199102290011', 'BIRTH_DATE'],
  ])('refuses %s', (_, number, problem) => {
    expect(idNumberProblem(number)).toBe(problem);
  });

  it('reads birth date and gender, masks to the first 6 and last 4, normalizes what people type', () => {
    expect(birthDateOf('11010519491231002X')).toBe('1949-12-31');
    expect(genderOf('11010519491231002X')).toBe('FEMALE');
    expect(genderOf(composeIdNumber('110105', '1980-01-02', 1))).toBe('MALE');
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
    expect(normalizeIdNumber(' １１０１０５ 19491231002x ')).toBe('11010519491231002X');
  });
});
