/**
 * Reading one cell of a roster the way a clerk meant it: text of any width and spacing, dates as Excel
 * serials, Date values or text in the usual Chinese forms, enums by their Chinese labels or API names.
 */
import { ID_NUMBER_PROBLEMS, idNumberProblem, normalizeIdNumber } from './id-number';
import {
  GENDER_LABELS, MEMBER_CATEGORY_LABELS, MEMBER_ROLE_LABELS, MEMBER_STATUS_LABELS,
  type Gender, type MemberCategory, type MemberRole, type MemberStatus,
} from './member';
import type { Cell } from './roster-import-columns';

const isoDate = (year: number, month: number, day: number): string | null => {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return year >= 1900 && year <= 2100 ? date.toISOString().slice(0, 10) : null;
};

/** A cell as text: NFKC (full-width to half-width), trimmed, inner runs of spaces made one. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell.normalize('NFKC').trim().replace(/\s+/g, ' ');
  if (typeof cell === 'number') return Number.isInteger(cell) ? BigInt(cell).toString() : String(cell);
  if (typeof cell === 'boolean') return cell ? '是' : '否';
  return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
}

export const isBlank = (cell: Cell | undefined): boolean => cell === undefined || cellText(cell) === '';

/** A person's name: spaces put between Chinese characters to line names up ("张  三") are not part of it. */
export const personName = (cell: Cell): string => cellText(cell).replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '');

export type DateReading =
  | { kind: 'day'; date: string }
  /** 出生年月 columns often hold a year and a month only. */
  | { kind: 'month'; month: string }
  | { kind: 'invalid'; hint?: string };

const INVALID: DateReading = { kind: 'invalid' };
const day = (date: string | null): DateReading => (date ? { kind: 'day', date } : INVALID);
const month = (year: number, m: number): DateReading =>
  isoDate(year, m, 1) ? { kind: 'month', month: `${year}-${String(m).padStart(2, '0')}` } : INVALID;

/** Excel's 1900 date system: serial 1 is 1900-01-01 and 60 the 1900-02-29 that never was. */
export function excelSerialDate(serial: number): string | null {
  const whole = Math.floor(serial);
  if (whole < 1 || whole === 60 || whole > 2_958_465) return null;
  const date = new Date(Date.UTC(1899, 11, whole < 60 ? 31 : 30) + whole * 86_400_000);
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

const NUMBER_AS_YEAR_MONTH_HINT = '被 Excel 存成了数字（如 1980.1），无法分辨年月日；请写成 1980-01-02 这样的日期';

/**
 * A date cell: a Date (its UTC calendar date, as the reader makes them), an Excel serial, a number that is
 * really 19800102 or 198001, or text: 1980-01-02, 1980/1/2, 1980.1.2, 1980年1月2日, 19800102 (a time after
 * the date is ignored), or a year and month: 1980-01, 1980.1, 1980年1月, 198001.
 */
export function readDate(cell: Cell): DateReading {
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? INVALID : day(isoDate(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate()));
  }
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= 19_000_101 && cell <= 21_001_231) {
      return day(isoDate(Math.floor(cell / 10_000), Math.floor(cell / 100) % 100, cell % 100));
    }
    if (Number.isInteger(cell) && cell >= 190_001 && cell <= 210_012) return month(Math.floor(cell / 100), cell % 100);
    // 1980 or 1980.1 typed into a General cell: a year (and month), not the serial of a day in 1905.
    if (cell >= 1900 && cell < 2101) return { kind: 'invalid', hint: NUMBER_AS_YEAR_MONTH_HINT };
    return day(excelSerialDate(cell));
  }
  if (typeof cell !== 'string') return INVALID;
  const text = cell.normalize('NFKC').trim().replace(/\s+/g, ' ');
  const full = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/.exec(text)
    ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (full) return day(isoDate(Number(full[1]), Number(full[2]), Number(full[3])));
  const partial = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(text) ?? /^(\d{4})(\d{2})$/.exec(text);
  if (partial) return month(Number(partial[1]), Number(partial[2]));
  return INVALID;
}

/** The key an enum word is looked up by: width, spaces and case ignored. */
const wordKey = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').toUpperCase();

function enumReader<T extends string>(labels: Record<T, string>, extra: Record<string, T> = {}) {
  const byWord = new Map<string, T>();
  for (const [value, label] of Object.entries(labels) as [T, string][]) {
    byWord.set(wordKey(value), value);
    byWord.set(wordKey(label), value);
  }
  for (const [word, value] of Object.entries(extra)) byWord.set(wordKey(word), value);
  return (text: string): T | null => byWord.get(wordKey(text)) ?? null;
}

/** Category labels without their 党员 ("在职" for 在职党员), as rosters often write them. */
const shortCategoryLabels = Object.fromEntries(
  (Object.entries(MEMBER_CATEGORY_LABELS) as [MemberCategory, string][]).map(([value, label]) => [label.replace(/党员$/, ''), value]),
) as Record<string, MemberCategory>;

export const readGender = enumReader<Gender>(GENDER_LABELS, { 男性: 'MALE', 女性: 'FEMALE' });
export const readStatus = enumReader<MemberStatus>(MEMBER_STATUS_LABELS, { 正式: 'FULL', 预备: 'PROBATIONARY' });
export const readCategory = enumReader<MemberCategory>(MEMBER_CATEGORY_LABELS, {
  ...shortCategoryLabels, 退休: 'RETIRED', 离休: 'RETIRED', 退休党员: 'RETIRED', 失业: 'UNEMPLOYED', 下岗: 'UNEMPLOYED',
});
const readRole = enumReader<MemberRole>(MEMBER_ROLE_LABELS);

/** Roles as listed in one cell ("书记、联络员"): each known one once, and the words not understood. */
export function readRoles(text: string): { roles: MemberRole[]; unknown: string[] } {
  const roles: MemberRole[] = [];
  const unknown: string[] = [];
  for (const word of text.normalize('NFKC').split(/[、,;/|\s]+/).filter(Boolean)) {
    const role = readRole(word);
    if (role === null) unknown.push(word);
    else if (!roles.includes(role)) roles.push(role);
  }
  return { roles, unknown };
}

export const ID_NUMBER_STORED_AS_NUMBER = '身份证号码被 Excel 存成了数字，末几位已丢失；请把该列设为文本后重新填写';

/**
 * An ID number cell, canonical (full-width digits, spaces, a lower-case x, a leading apostrophe fixed), or
 * what is wrong with it. Excel keeps 15 significant digits, so a number cell has lost the last ones for good.
 */
export function readIdNumber(cell: Cell): { idNumber: string } | { problem: string } {
  if (typeof cell === 'number') return { problem: ID_NUMBER_STORED_AS_NUMBER };
  const text = normalizeIdNumber(cellText(cell)).replace(/^'/, '');
  // A number cell turned into text afterwards keeps Excel's display: 1.10105E+17.
  if (/^\d(\.\d+)?E\+\d+$/.test(text)) return { problem: ID_NUMBER_STORED_AS_NUMBER };
  const problem = idNumberProblem(text);
  return problem ? { problem: ID_NUMBER_PROBLEMS[problem] } : { idNumber: text };
}
