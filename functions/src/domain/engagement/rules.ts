import { z } from 'zod';
import { badInput } from '../errors';
import { calendarDate, id, optionalText, requiredText, version } from '../validation';
import { MAX_POST_CAPACITY } from './ports';
import { REPORT_STATUSES } from './report';

const enumOf = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.enum(values, { errorMap: () => ({ message: `${label}取值无效，可选: ${values.join(', ')}` }) });

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
