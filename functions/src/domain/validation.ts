import { z } from 'zod';
import { badInput } from './errors';

/**
 * Input parsing at the edge of every use case: the first problem becomes BAD_USER_INPUT naming the
 * field as a dot path (`leader.phone`), with a Chinese message from the schema.
 */
export function parseInput<S extends z.ZodTypeAny>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.join('.') || 'input';
  throw badInput(field, issue.message);
}

/**
 * Text as typed, tidied: full-width letters and digits (ＡＢＣ１２３) become ASCII and spacing is collapsed, but
 * Chinese punctuation stays as written (，。（）：). NFKC would turn it into ASCII punctuation, which is wrong in
 * Chinese prose; comparisons of names use nameKey (names.ts), which does fold it.
 */
export const tidyText = (s: string): string =>
  s
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .trim()
    .replace(/\s+/g, ' ');

const trimmed = (max: number, label: string) =>
  z
    .string({ invalid_type_error: `${label}须为文本` })
    .transform(tidyText)
    .pipe(z.string().max(max, `${label}不能超过 ${max} 个字符`));

/** Optional text: absent stays absent, null or blank clears. */
export const optionalText = (max: number, label: string) =>
  trimmed(max, label)
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional();

export const requiredText = (max: number, label: string) =>
  trimmed(max, label).pipe(z.string().min(1, `${label}不能为空`));

/** Beijing's calendar date today: the date the clerk sees on the wall. */
export const todayInChina = (now = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);

/** This year in China (the year of todayInChina). */
export const yearInChina = (now = new Date()): number => Number(todayInChina(now).slice(0, 4));

export const calendarDate = (label: string) =>
  z
    .string({ required_error: `${label}不能为空`, invalid_type_error: `${label}格式须为 YYYY-MM-DD` })
    .refine((s) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    }, `${label}格式须为 YYYY-MM-DD 的有效日期`);

export const phone = z
  .string()
  .transform((s) => s.trim())
  .refine((s) => s === '' || /^\+?[0-9][0-9\- ]{4,19}$/.test(s), '电话号码格式不正确')
  .transform((s) => (s === '' ? null : s))
  .nullable()
  .optional();

export const count = (label: string) =>
  z
    .number({ invalid_type_error: `${label}须为整数` })
    .int(`${label}须为整数`)
    .min(0, `${label}不能为负数`)
    .max(1_000_000, `${label}过大`);

export const id = (label: string) =>
  z.string({ required_error: `${label}不能为空` }).min(1, `${label}不能为空`).max(64, `${label}无效`);

/** At most `max` ids (uploads to link, …), each once. */
export const uniqueIds = (label: string, max: number) =>
  z
    .array(id(label), { invalid_type_error: `${label}须为列表` })
    .max(max, `${label}最多 ${max} 个`)
    .transform((ids) => [...new Set(ids)]);

/** One of an enum's values; anything else is refused naming the values allowed. */
export const enumOf = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.enum(values, { errorMap: () => ({ message: `${label}取值无效，可选: ${values.join(', ')}` }) });

/** A year the records of a region are kept by (lists, points, grades, the ledger, publications). */
export const year = z
  .number({ required_error: '年度不能为空', invalid_type_error: '年度须为整数' })
  .int('年度须为整数')
  .min(2000, '年度须在 2000–2100 之间')
  .max(2100, '年度须在 2000–2100 之间');

export const version = z.number({ required_error: '缺少版本号' }).int('版本号无效').min(1, '版本号无效');

/**
 * The next state of a record an update input describes: fields the input omits (undefined) stay, null clears,
 * a value replaces; `id` and `version` are the input's addressing, never fields to copy.
 */
export function withChanges<T extends object>(base: T, input: { id?: unknown; version?: unknown } & Record<string, unknown>): T {
  const { id: _id, version: _version, ...changes } = input;
  const next = { ...base };
  for (const [field, value] of Object.entries(changes)) {
    if (value !== undefined) Object.assign(next, { [field]: value });
  }
  return next;
}
