import { z } from 'zod';
import { calendarDate, enumOf, id, optionalText, requiredText, version, year } from '../validation';
import { LEDGER_KINDS, LEDGER_STATUSES } from './item';

/** Files a step attaches: at most 10, each an upload announced by createUploadUrl. */
const fileUploadIds = z.array(id('附件'), { invalid_type_error: '附件须为列表' }).max(10, '附件最多 10 个').nullish();

export const raiseLedgerItemInput = z.object({
  raisedByUnitId: id('提出单位'),
  kind: enumOf(LEDGER_KINDS, '类型').nullish().transform((k) => k ?? 'PROBLEM'),
  title: requiredText(60, '事项名称'),
  description: requiredText(2000, '具体内容'),
  category: optionalText(20, '类别'),
  fileUploadIds,
});

export const assignLedgerItemInput = z
  .object({
    id: id('台账事项'),
    version,
    handlerUnitId: id('承办单位').nullish(),
    handlerDepartment: optionalText(60, '承办部门'),
    dueOn: calendarDate('办结时限'),
    note: optionalText(500, '交办意见'),
  })
  .superRefine((d, ctx) => {
    if (!d.handlerUnitId && !d.handlerDepartment) ctx.addIssue({ code: 'custom', path: ['handlerUnitId'], message: '请指定承办单位或承办部门' });
  });

export const reportLedgerProgressInput = z.object({ id: id('台账事项'), note: requiredText(1000, '进展情况'), fileUploadIds });

export const resolveLedgerItemInput = z.object({ id: id('台账事项'), version, resolution: requiredText(2000, '办理结果'), fileUploadIds });

export const signOffLedgerItemInput = z.object({
  id: id('台账事项'),
  version,
  note: optionalText(500, '反馈意见'),
  signedOffBy: optionalText(30, '签字人'),
});

export const reasonInput = (label: string) => z.object({ id: id('台账事项'), version, reason: requiredText(500, label) });

export const ledgerFilterInput = z
  .object({
    year,
    status: enumOf(LEDGER_STATUSES, '状态').nullish(),
    raisedByUnitId: id('提出单位').nullish(),
    handlerUnitId: id('承办单位').nullish(),
    overdue: z.boolean().nullish(),
  })
  .superRefine((f, ctx) => {
    if (f.raisedByUnitId && f.handlerUnitId) ctx.addIssue({ code: 'custom', path: ['handlerUnitId'], message: '提出单位与承办单位只能选择一项' });
  });

