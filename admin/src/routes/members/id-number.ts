/**
 * A hint while typing a 居民身份证号码 (GB 11643-1999): length, characters, check character, birth date.
 * The API decides (functions/src/domain/members/id-number.ts, whose error lands at the field); this only
 * says early what it will say, and which check character the first 17 digits give.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/** As the API reads it: full-width digits, spaces and a lower-case x made canonical. */
export const normalizeIdNumber = (raw: string): string => raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase();

export const checkCharacter = (first17: string): string =>
  CHECK_CHARACTERS[[...first17].reduce((sum, digit, i) => sum + Number(digit) * WEIGHTS[i]!, 0) % 11]!;

export type IdNumberHint =
  | { kind: 'length'; count: number }
  | { kind: 'characters' }
  | { kind: 'checkDigit'; expected: string }
  | { kind: 'birthDate'; date: string };

/** The birth date the number carries (YYYY-MM-DD) when it is a real date, else null. */
export function birthDateOf(idNumber: string): string | null {
  const digits = idNumber.slice(6, 14);
  if (!/^\d{8}$/.test(digits)) return null;
  const date = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date ? null : date;
}

/** The gender a number carries: the 17th digit is odd for men. */
export const genderOf = (idNumber: string): 'MALE' | 'FEMALE' => (Number(idNumber[16]) % 2 === 1 ? 'MALE' : 'FEMALE');

/** What looks wrong with a (normalized) number, against the birth date entered if any; null when nothing does. */
export function idNumberHint(idNumber: string, birthDate?: string | null): IdNumberHint | null {
  if (idNumber.length !== 18) return { kind: 'length', count: idNumber.length };
  if (!/^\d{17}[\dX]$/.test(idNumber)) return { kind: 'characters' };
  const expected = checkCharacter(idNumber.slice(0, 17));
  if (expected !== idNumber[17]) return { kind: 'checkDigit', expected };
  const carried = birthDateOf(idNumber);
  if (birthDate && carried && carried !== birthDate) return { kind: 'birthDate', date: carried };
  return null;
}
