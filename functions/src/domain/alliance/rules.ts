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

export const uploadCharterVersionInput = z.object({
  uploadId: id('章程文件'),
  title: requiredText(100, '标题'),
  adoptedOn: calendarDate('通过日期'),
  adoptedBy: optionalText(60, '通过机构'),
  note: optionalText(500, '说明'),
});

export const fileRepresentativeChangeInput = z.object({ id: id('变更记录'), version });

/** The list's arguments, so that a refusal names `filter.unitId` or `filter.filed`. */
export const representativeChangeFilterInput = z
  .object({
    filter: z
      .object({ unitId: id('单位').nullish(), filed: z.boolean({ invalid_type_error: '备案状态须为 true 或 false' }).nullish() })
      .nullish(),
  })
  .transform(({ filter: f }) => ({ unitId: f?.unitId ?? undefined, filed: f?.filed ?? undefined }));
