import { randomInt } from 'node:crypto';
import { z } from 'zod';
import { enumOf, id, optionalText, phone, requiredText } from '../validation';
import { ACCOUNT_ROLES, ACCOUNT_STATES } from './account';

export { usernameKey } from './username';

/** Days a temporary password is valid (the pool's tempPasswordValidity, infra/lib/identity.ts): the handout says so. */
export const TEMPORARY_PASSWORD_DAYS = 3;

/** Letters and digits that cannot be misread on paper (no 0/O, 1/l/I), and symbols every keyboard has. */
const LOWER = 'abcdefghijkmnpqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const SYMBOLS = '@#%+=';

/**
 * A temporary password of 12 characters with every class (the pool's policy asks for lower, upper and digits;
 * the local issuer for three classes), from the CSPRNG. `pick` is for tests.
 */
export function temporaryPassword(pick: (max: number) => number = randomInt): string {
  const all = LOWER + UPPER + DIGITS + SYMBOLS;
  const chars = [LOWER, UPPER, DIGITS, SYMBOLS].map((set) => set[pick(set.length)]!);
  while (chars.length < 12) chars.push(all[pick(all.length)]!);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = pick(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}

/** 3–64 characters: letters, digits and . _ - @ (a mobile number is a good username), starting with a letter or digit. */
export const username = z
  .string({ required_error: '用户名不能为空', invalid_type_error: '用户名须为文字' })
  .transform((s) => s.trim())
  .refine((s) => /^[A-Za-z0-9][A-Za-z0-9._@-]{2,63}$/.test(s), '用户名须为 3–64 位字母、数字或 . _ - @，以字母或数字开头');

/** A mainland mobile number: what a liaison's username defaults to. */
export const MOBILE = /^1[3-9][0-9]{9}$/;

export const createAccountInput = z
  .object({
    username,
    name: requiredText(50, '姓名'),
    phone,
    role: enumOf(ACCOUNT_ROLES, '角色'),
    unitId: id('单位').nullish(),
    memberId: id('党员').nullish(),
  })
  .superRefine((input, ctx) => {
    if (input.role === 'UNIT_LIAISON' && !input.unitId) ctx.addIssue({ code: 'custom', path: ['unitId'], message: '联络员账号须选择所属单位' });
    if (input.role === 'MEMBER' && !input.memberId) ctx.addIssue({ code: 'custom', path: ['memberId'], message: '党员账号须选择党员' });
  });

export const accountFilterInput = z
  .object({
    role: enumOf(ACCOUNT_ROLES, '角色').nullish(),
    unitId: id('单位').nullish(),
    state: enumOf(ACCOUNT_STATES, '状态').nullish(),
  })
  .nullish()
  .transform((f) => f ?? {});

export const usernameInput = z.object({ username, version: z.number().int().min(1).nullish() });

export const rebindAccountInput = z.object({ username, version: z.number().int().min(1), unitId: id('单位') });

/** Units per call of a bulk run: each makes an account in the provider, whose admin API allows some 25 a second. */
export const MAX_BULK_PAGE = 25;

export const createLiaisonAccountsInput = z.object({
  after: z.string().max(2000).nullish(),
  handoutId: id('发放单').nullish(),
  size: z.number().int().min(1, '每批至少 1 个单位').max(MAX_BULK_PAGE, `每批至多 ${MAX_BULK_PAGE} 个单位`).nullish(),
});

export const createRegionInput = z.object({
  name: requiredText(50, '区域名称'),
  level: enumOf(['DISTRICT', 'STREET', 'TOWNSHIP'] as const, '行政层级'),
  slug: z
    .string({ required_error: '简称不能为空' })
    .transform((s) => s.trim().toLowerCase())
    .refine((s) => /^[a-z][a-z0-9-]{1,30}[a-z0-9]$/.test(s), '简称须为 3–32 位小写字母、数字或连字符，以字母开头'),
  superiorOrganization: optionalText(100, '上级党组织'),
});

export const appointRegionAdminInput = z.object({
  regionId: id('区域'),
  username,
  name: requiredText(50, '姓名'),
  phone,
});
