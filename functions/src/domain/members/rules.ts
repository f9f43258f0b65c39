import { z } from 'zod';
import { badInput } from '../errors';
import { nameKey } from '../names';
import { calendarDate, enumOf, id, optionalText, phone, requiredText, version } from '../validation';
import { birthDateOf, genderOf, ID_NUMBER_PROBLEMS, idNumberProblem, normalizeIdNumber } from './id-number';
import {
  GENDERS, MEMBER_CATEGORIES, MEMBER_REMOVAL_REASONS, MEMBER_ROLES, MEMBER_STATUSES,
  type Gender, type Member, type MemberRole,
} from './member';

export const MEMBER_NAME_MAX = 50;
export const MEMBER_NOTE_MAX = 500;

/** An ID number as typed (full-width digits, spaces, a lower-case x), made canonical, then checked. */
export const idNumberField = z
  .string({ required_error: '身份证号码不能为空', invalid_type_error: '身份证号码须为文本' })
  .transform(normalizeIdNumber)
  .superRefine((value, ctx) => {
    const problem = idNumberProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: ID_NUMBER_PROBLEMS[problem] });
  });

const roles = z
  .array(enumOf(MEMBER_ROLES, '职务'), { invalid_type_error: '职务须为列表' })
  .max(MEMBER_ROLES.length, '职务过多')
  .transform((list) => [...new Set(list)] as MemberRole[]);

const profileFields = {
  gender: enumOf(GENDERS, '性别'),
  birthDate: calendarDate('出生日期'),
  idNumber: idNumberField,
  status: enumOf(MEMBER_STATUSES, '党员状态'),
  joinedOn: calendarDate('入党日期'),
  category: enumOf(MEMBER_CATEGORIES, '党员类别'),
};

export const createMemberInput = z.object({
  name: requiredText(MEMBER_NAME_MAX, '姓名'),
  ...profileFields,
  phone,
  unitId: id('所在党组织'),
  communityId: id('居住社区').nullable().optional(),
  roles: roles.nullable().optional(),
  note: optionalText(MEMBER_NOTE_MAX, '备注'),
});
export type CreateMemberInput = z.infer<typeof createMemberInput>;

export const updateMemberInput = z.object({
  id: id('党员'),
  version,
  name: requiredText(MEMBER_NAME_MAX, '姓名').optional(),
  gender: profileFields.gender.optional(),
  birthDate: profileFields.birthDate.optional(),
  idNumber: profileFields.idNumber.optional(),
  status: profileFields.status.optional(),
  joinedOn: profileFields.joinedOn.optional(),
  category: profileFields.category.optional(),
  phone,
  communityId: id('居住社区').nullable().optional(),
  roles: roles.nullable().optional(),
  note: optionalText(500, '备注'),
});
export type UpdateMemberInput = z.infer<typeof updateMemberInput>;

export const removeMemberInput = z
  .object({
    id: id('党员'),
    version,
    reason: enumOf(MEMBER_REMOVAL_REASONS, '减少原因'),
    removedOn: calendarDate('减少日期').nullish(),
    note: optionalText(500, '说明'),
  })
  .superRefine((input, ctx) => {
    if (input.reason === 'OTHER' && !input.note) ctx.addIssue({ code: 'custom', path: ['note'], message: '原因为“其他”时须填写说明' });
  });

export const transferMemberInput = z
  .object({
    memberId: id('党员'),
    version,
    toUnitId: id('转入单位').nullish(),
    destination: optionalText(100, '转往党组织'),
    transferredOn: calendarDate('转接日期').nullish(),
    letterNumber: optionalText(50, '介绍信编号'),
    note: optionalText(500, '备注'),
  })
  .superRefine((input, ctx) => {
    if (!input.toUnitId && !input.destination) {
      ctx.addIssue({ code: 'custom', path: ['toUnitId'], message: '请选择转入的本区域单位，或填写区域外的转往党组织' });
    }
    if (input.toUnitId && input.destination) {
      ctx.addIssue({ code: 'custom', path: ['destination'], message: '转入本区域单位时不填写区域外的转往党组织' });
    }
  });

export const updateOwnPhoneInput = z.object({ phone, version });

export const memberFilterInput = z
  .object({
    unitId: id('所在党组织').nullish(),
    communityId: id('居住社区').nullish(),
    category: enumOf(MEMBER_CATEGORIES, '党员类别').nullish(),
    status: enumOf(MEMBER_STATUSES, '党员状态').nullish(),
    role: enumOf(MEMBER_ROLES, '职务').nullish(),
    namePrefix: z.string().max(MEMBER_NAME_MAX, '姓名前缀过长').nullish(),
  })
  .nullish()
  .transform((f) => ({
    unitId: f?.unitId ?? undefined,
    communityId: f?.communityId ?? undefined,
    category: f?.category ?? undefined,
    status: f?.status ?? undefined,
    role: f?.role ?? undefined,
    namePrefix: f?.namePrefix ? nameKey(f.namePrefix) || undefined : undefined,
  }));
export type MemberFilter = z.infer<typeof memberFilterInput>;

/** Youngest age at which one may join the party (党章 art.1: 年满十八岁). */
export const MIN_JOINING_AGE = 18;

const addYears = (date: string, years: number) => `${String(Number(date.slice(0, 4)) + years).padStart(4, '0')}${date.slice(4)}`;

/**
 * A member's fields must agree with each other: the ID number carries the birth date and the gender;
 * one joins at 18 or older; nothing lies in the future. Throws BAD_USER_INPUT at the field to correct.
 */
export function assertMemberConsistent(
  member: Pick<Member, 'birthDate' | 'gender' | 'joinedOn'> & { idNumber: string },
  today: string,
  fields: { idNumberGiven: boolean } = { idNumberGiven: true },
): void {
  const fromId = birthDateOf(member.idNumber);
  // The number is the field to correct when it was given; otherwise the field that changed.
  const mismatchField = fields.idNumberGiven ? 'idNumber' : 'birthDate';
  if (fromId !== member.birthDate) {
    throw badInput(mismatchField, `身份证号码中的出生日期（${fromId}）与出生日期（${member.birthDate}）不一致`);
  }
  const idGender: Gender = genderOf(member.idNumber);
  if (idGender !== member.gender) throw badInput('gender', `性别与身份证号码不符（号码第 17 位表示${idGender === 'MALE' ? '男' : '女'}）`);
  if (member.birthDate > today) throw badInput('birthDate', '出生日期不能晚于今天');
  if (member.joinedOn > today) throw badInput('joinedOn', '入党日期不能晚于今天');
  if (member.joinedOn < addYears(member.birthDate, MIN_JOINING_AGE)) throw badInput('joinedOn', `入党日期须在年满 ${MIN_JOINING_AGE} 周岁之后`);
}
