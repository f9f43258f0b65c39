/**
 * 居民身份证号码 (GB 11643-1999): 6-digit area code, 8-digit birth date, 3-digit sequence (odd for men),
 * and a check character over the first 17 digits (ISO 7064 MOD 11-2).
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/** The number as people write it, made canonical: full-width digits, spaces and a lower-case x fixed. */
export function normalizeIdNumber(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

export const checkCharacter = (first17: string): string =>
  CHECK_CHARACTERS[[...first17].reduce((sum, digit, i) => sum + Number(digit) * WEIGHTS[i]!, 0) % 11]!;

export type IdNumberProblem = 'LENGTH' | 'CHARACTERS' | 'BIRTH_DATE' | 'CHECK_DIGIT';

export const ID_NUMBER_PROBLEMS: Record<IdNumberProblem, string> = {
  LENGTH: '身份证号码须为 18 位',
  CHARACTERS: '身份证号码前 17 位须为数字，最后一位为数字或 X',
  BIRTH_DATE: '身份证号码中的出生日期无效',
  CHECK_DIGIT: '身份证号码校验位不正确，请核对',
};

/** What is wrong with a (normalized) number, or null when it is a valid 18-character number. */
export function idNumberProblem(idNumber: string): IdNumberProblem | null {
  if (idNumber.length !== 18) return 'LENGTH';
  if (!/^\d{17}[\dX]$/.test(idNumber)) return 'CHARACTERS';
  if (!birthDateOf(idNumber)) return 'BIRTH_DATE';
  if (checkCharacter(idNumber.slice(0, 17)) !== idNumber[17]) return 'CHECK_DIGIT';
  return null;
}

/** The birth date a number carries (YYYY-MM-DD), or null when it is no real date. */
export function birthDateOf(idNumber: string): string | null {
  const digits = idNumber.slice(6, 14);
  if (!/^\d{8}$/.test(digits)) return null;
  const date = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) return null;
  return Number(digits.slice(0, 4)) >= 1900 ? date : null;
}

/** The gender a number carries: the 17th digit is odd for men. */
export const genderOf = (idNumber: string): 'MALE' | 'FEMALE' => (Number(idNumber[16]) % 2 === 1 ? 'MALE' : 'FEMALE');

/** 110105********002X: the first 6 and last 4 characters (GB/T 35273 shows identifiers masked). */
export const maskIdNumber = (idNumber: string): string => `${idNumber.slice(0, 6)}${'*'.repeat(Math.max(0, idNumber.length - 10))}${idNumber.slice(-4)}`;

/**
 * The number for an area code, a birth date (YYYY-MM-DD) and a sequence (0–999; odd for men), with its
 * check character: what the seed, the bench and tests make valid numbers with.
 */
export function composeIdNumber(areaCode: string, birthDate: string, sequence: number): string {
  const first17 = `${areaCode}${birthDate.replaceAll('-', '')}${String(sequence % 1000).padStart(3, '0')}`;
  return `${first17}${checkCharacter(first17)}`;
}
