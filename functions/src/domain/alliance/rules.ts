import { z } from 'zod';
import { calendarDate, enumOf, id, optionalText, requiredText, version } from '../validation';
import { MAX_SUB_BODY_PEOPLE, MAX_SUB_BODY_UNITS, OFFICER_POSTS, SUB_BODY_KINDS } from './model';

const personName = requiredText(30, '姓名');
const personTitle = optionalText(60, '职务');

export const setOfficerInput = z
  .object({
    post: enumOf(OFFICER_POSTS, '职务'),
    personName,
    personTitle,
    unitId: id('所在单位'),
    termStart: calendarDate('任期开始日期'),
    termEnd: calendarDate('任期结束日期').nullish(),
  })
  .superRefine((d, ctx) => {
    if (d.termEnd && d.termEnd < d.termStart) ctx.addIssue({ code: 'custom', path: ['termEnd'], message: '任期结束日期不能早于开始日期' });
  });

export const endOfficerTermInput = z.object({
  id: id('任职记录'),
  version,
  endedOn: calendarDate('任期结束日期'),
  reason: optionalText(200, '原因'),
});

export const setCouncilTermInput = z
  .object({
    start: calendarDate('理事会任期开始日期'),
    end: calendarDate('理事会任期结束日期'),
    /** 0 while the region has none yet. */
    version: z.number({ required_error: '缺少版本号' }).int('版本号无效').min(0, '版本号无效'),
  })
  .superRefine((d, ctx) => {
    if (d.end < d.start) ctx.addIssue({ code: 'custom', path: ['end'], message: '任期结束日期不能早于开始日期' });
  });

const subBodyPerson = z.object({ name: personName, title: personTitle, unitId: id('所在单位').nullish() });
const unitIds = z.array(id('成员单位'), { invalid_type_error: '成员单位须为列表' }).max(MAX_SUB_BODY_UNITS, `成员单位最多 ${MAX_SUB_BODY_UNITS} 个`);
const people = z.array(subBodyPerson, { invalid_type_error: '成员须为列表' }).max(MAX_SUB_BODY_PEOPLE, `成员最多 ${MAX_SUB_BODY_PEOPLE} 人`);
const subBodyName = requiredText(40, '名称');

export const createSubBodyInput = z.object({
  kind: enumOf(SUB_BODY_KINDS, '类别'),
  name: subBodyName,
  convenerUnitId: id('牵头单位'),
  unitIds: unitIds.nullish().transform((ids) => ids ?? []),
  people: people.nullish().transform((p) => p ?? []),
});

/** Omitted fields stay; a list given replaces the list. */
export const updateSubBodyInput = z.object({
  id: id('组织'),
  version,
  kind: enumOf(SUB_BODY_KINDS, '类别').nullish(),
  name: subBodyName.nullish(),
  convenerUnitId: id('牵头单位').nullish(),
  unitIds: unitIds.nullish(),
  people: people.nullish(),
});

export const subBodyKindFilter = enumOf(SUB_BODY_KINDS, '类别').nullish();
