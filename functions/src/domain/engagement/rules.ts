import { z } from 'zod';
import { badInput } from '../errors';
import { calendarDate, enumOf, id, optionalText, requiredText, version, year } from '../validation';
import { MAX_POST_CAPACITY } from './ports';
import { EVALUATION_GRADES } from './evaluation';
import { REPORT_STATUSES } from './report';
import { SERVICE_RECORD_STATUSES } from './service-record';

export const reportToCommunityInput = z.object({
  memberId: id('党员').nullish(),
  communityUnitId: id('报到社区'),
  note: optionalText(500, '报到说明'),
});

export const confirmReportInput = z.object({
  id: id('报到记录'),
  version,
  decision: enumOf(['CONFIRM', 'DECLINE'] as const, '处理结果').nullish().transform((d) => d ?? 'CONFIRM'),
  reason: optionalText(500, '不通过原因'),
});

export const endReportInput = z.object({ id: id('报到记录'), version, reason: requiredText(500, '结束原因') });

export const reportFilterInput = z
  .object({
    communityUnitId: id('社区').nullish(),
    memberUnitId: id('党员所在单位').nullish(),
    memberId: id('党员').nullish(),
    status: enumOf(REPORT_STATUSES, '状态').nullish(),
  })
  .superRefine((f, ctx) => {
    const named = [f.communityUnitId, f.memberUnitId, f.memberId].filter(Boolean).length;
    if (named !== 1) ctx.addIssue({ code: 'custom', path: ['communityUnitId'], message: '请指定社区、党员所在单位或党员中的一项' });
  });

const capacity = z
  .number({ required_error: '岗位人数不能为空', invalid_type_error: '岗位人数须为整数' })
  .int('岗位人数须为整数')
  .min(1, '岗位人数至少为 1')
  .max(MAX_POST_CAPACITY, `岗位人数不能超过 ${MAX_POST_CAPACITY}`);

export const createPostInput = z.object({
  communityUnitId: id('设岗社区'),
  title: requiredText(50, '岗位名称'),
  duties: optionalText(1000, '岗位职责'),
  capacity,
  startsOn: calendarDate('开始日期').nullish(),
  endsOn: calendarDate('结束日期').nullish(),
});

export const updatePostInput = z.object({
  id: id('岗位'),
  version,
  title: requiredText(50, '岗位名称').optional(),
  duties: optionalText(1000, '岗位职责'),
  capacity: capacity.optional(),
  startsOn: calendarDate('开始日期').nullish(),
  endsOn: calendarDate('结束日期').nullish(),
});

export function assertPostPeriod(post: { startsOn: string | null; endsOn: string | null }): void {
  if (post.startsOn && post.endsOn && post.endsOn < post.startsOn) throw badInput('endsOn', '结束日期不能早于开始日期');
}

// ---- step 2: service hours, training, points, evaluation ----------------------------------------------

/** Hours in half hours, 0.5 to 24 (one day's service or training). */
const hours = (label: string) =>
  z
    .number({ required_error: `${label}不能为空`, invalid_type_error: `${label}须为数字` })
    .min(0.5, `${label}至少 0.5 小时`)
    .max(24, `${label}不能超过 24 小时`)
    .refine((h) => Number.isInteger(h * 2), `${label}以半小时为单位（如 1.5）`);

export const logServiceHoursInput = z.object({
  memberId: id('党员').nullish(),
  communityUnitId: id('服务社区'),
  servedOn: calendarDate('服务日期'),
  hours: hours('服务时长'),
  description: requiredText(200, '服务内容'),
  place: optionalText(100, '服务地点'),
  postId: id('岗位').nullish(),
  projectId: id('项目').nullish(),
});

export const confirmServiceHoursInput = confirmReportInput.extend({ id: id('服务记录') });

export const serviceRecordFilterInput = z
  .object({
    communityUnitId: id('社区').nullish(),
    memberUnitId: id('党员所在单位').nullish(),
    memberId: id('党员').nullish(),
    status: enumOf(SERVICE_RECORD_STATUSES, '状态').nullish(),
    year: year.nullish(),
  })
  .superRefine((f, ctx) => {
    const named = [f.communityUnitId, f.memberUnitId, f.memberId].filter(Boolean).length;
    if (named !== 1) ctx.addIssue({ code: 'custom', path: ['communityUnitId'], message: '请指定社区、党员所在单位或党员中的一项' });
  });

export const logTrainingInput = z.object({
  memberId: id('党员'),
  trainedOn: calendarDate('培训日期'),
  hours: hours('培训学时'),
  topic: requiredText(200, '培训内容'),
  provider: optionalText(100, '组织单位'),
});

const rate = (label: string) =>
  z.number({ invalid_type_error: `${label}须为数字` }).min(0, `${label}不能为负数`).max(100, `${label}不能超过 100`);

/** Five ascending thresholds (1–5 stars). */
const thresholds = (label: string) =>
  z
    .array(z.number({ invalid_type_error: `${label}须为数字` }).positive(`${label}须大于 0`).max(100_000, `${label}过大`), {
      invalid_type_error: `${label}须为 5 个数字`,
    })
    .length(5, `${label}须为 5 个数字（1 至 5 星）`)
    .refine((t) => t.every((v, i) => i === 0 || v > t[i - 1]!), `${label}须逐级递增`);

export const setEngagementRulesInput = z.object({
  year,
  version: z.number({ required_error: '缺少版本号' }).int('版本号无效').min(0, '版本号无效'),
  pointsPerServiceHour: rate('每服务小时积分').nullish(),
  pointsPerMeeting: rate('每次参会积分').nullish(),
  pointsPerPostMonth: rate('每月认岗积分').nullish(),
  pointsPerTrainingHour: rate('每培训学时积分').nullish(),
  starPoints: thresholds('星级积分线').nullish(),
  volunteerStarHours: thresholds('志愿星级时长').nullish(),
  capGradeWithoutReport: z.boolean().nullish(),
});

export const adjustMemberPointsInput = z.object({
  memberId: id('党员'),
  year,
  points: z
    .number({ required_error: '分值不能为空', invalid_type_error: '分值须为数字' })
    .min(-1000, '分值不能小于 -1000')
    .max(1000, '分值不能超过 1000')
    .refine((p) => p !== 0, '分值不能为 0')
    .refine((p) => Number.isInteger(p * 10), '分值最多一位小数'),
  reason: requiredText(200, '加减分原因'),
});

export const setEvaluationGradeInput = z.object({
  memberId: id('党员'),
  year,
  grade: enumOf(EVALUATION_GRADES, '评议等次'),
  comment: optionalText(500, '评语'),
  reason: optionalText(500, '不合格原因'),
  version: z.number({ invalid_type_error: '版本号无效' }).int('版本号无效').min(0, '版本号无效').nullish(),
});
