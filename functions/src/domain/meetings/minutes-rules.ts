import { z } from 'zod';
import { calendarDate, enumOf, id, optionalText, requiredText, uniqueIds, version } from '../validation';
import { MEETING_STATUS_LABELS, type Meeting } from './meeting';
import {
  ACTION_ITEM_STATUSES, CONSENSUS_POSITIONS, MAX_MINUTES_FILES, MAX_RESPONSIBLE_UNITS, type Minutes,
} from './proceedings';

/** The minutes' version as read: 0 before the first save. */
const readVersion = z.number({ required_error: '缺少版本号' }).int('版本号无效').min(0, '版本号无效');

export const saveMinutesInput = z.object({
  meetingId: id('会议'),
  agendaItemId: id('议题'),
  version: readVersion,
  text: requiredText(20_000, '讨论情况'),
  decision: optionalText(5_000, '拟形成的决议'),
  keepFileNames: z.array(z.string({ invalid_type_error: '保留的附件须为文件名' }), { invalid_type_error: '保留的附件须为列表' }).max(MAX_MINUTES_FILES, `纪要附件最多 ${MAX_MINUTES_FILES} 个`).nullish(),
  fileUploadIds: uniqueIds('附件', MAX_MINUTES_FILES).nullish(),
});

export const addMinutesAddendumInput = z.object({
  meetingId: id('会议'),
  agendaItemId: id('议题'),
  text: requiredText(5_000, '补充说明'),
});

export const recordConsensusInput = z
  .object({
    meetingId: id('会议'),
    agendaItemId: id('议题'),
    unitId: id('单位'),
    position: enumOf(CONSENSUS_POSITIONS, '表态'),
    view: optionalText(2_000, '意见'),
  })
  .superRefine((d, ctx) => {
    if (d.position === 'RESERVE' && !d.view) ctx.addIssue({ code: 'custom', path: ['view'], message: '保留意见须写明意见内容' });
    if (d.position === 'OBJECT' && !d.view) ctx.addIssue({ code: 'custom', path: ['view'], message: '反对须写明理由' });
  });

export const consensusForAllInput = z.object({ meetingId: id('会议'), agendaItemId: id('议题') });

export const approveMinutesInput = z.object({ meetingId: id('会议'), version });

export const addActionItemInput = z.object({
  resolutionId: id('决议'),
  title: requiredText(200, '督办事项'),
  responsibleUnitIds: uniqueIds('责任单位', MAX_RESPONSIBLE_UNITS).pipe(z.array(z.string()).min(1, '请至少选择一个责任单位')),
  dueOn: calendarDate('完成时限'),
  doneWhen: optionalText(1_000, '完成标准'),
});

export const reportActionItemInput = z.object({
  actionItemId: id('督办事项'),
  unitId: id('报告单位').nullish(),
  text: requiredText(5_000, '落实情况'),
  done: z.boolean({ invalid_type_error: '是否完成须为是或否' }).nullish(),
  fileUploadIds: uniqueIds('附件', 10).nullish(),
});

export const actionItemFilterInput = z
  .object({
    unitId: id('责任单位').nullish(),
    status: enumOf(ACTION_ITEM_STATUSES, '状态').nullish(),
    overdue: z.boolean().nullish(),
  })
  .nullish()
  .transform((f) => ({ unitId: f?.unitId ?? undefined, status: f?.status ?? undefined, overdue: f?.overdue ?? false }));

/** Once approved (审定) the minutes are locked: only addenda join them. */
/** Statuses in which minutes are locked (only addenda join them), and those in which they are still written. */
export const LOCKED_STATUSES = ['MINUTES_APPROVED', 'ARCHIVED'] as const satisfies readonly Meeting['status'][];
export const RECORDING_STATUSES = ['NOTICED', 'HELD', 'MINUTES_DRAFTED'] as const satisfies readonly Meeting['status'][];
export const minutesLocked = (meeting: Pick<Meeting, 'status'>) => (LOCKED_STATUSES as readonly string[]).includes(meeting.status);

/** The fields of a save that differ from the version before (the first save: those it fills). */
export function changedFields(before: Pick<Minutes, 'text' | 'decision' | 'files'> | null, after: Pick<Minutes, 'text' | 'decision' | 'files'>): string[] {
  const names = (m: Pick<Minutes, 'files'> | null) => (m ? m.files.map((f) => `${f.name}#${f.sha256}`).sort().join('\n') : '');
  const changed: string[] = [];
  if ((before?.text ?? '') !== after.text) changed.push('text');
  if ((before?.decision ?? null) !== after.decision) changed.push('decision');
  if (names(before) !== names(after)) changed.push('files');
  return changed;
}

/** What the audit trail keeps of minutes: the texts and the file names (not the files' storage details). */
export const auditedMinutes = (m: Minutes | null) =>
  m && { text: m.text, decision: m.decision, files: m.files.map((f) => f.name), addenda: m.addenda.map((a) => a.text), version: m.version };

// ---- 签收 (receipt of the resolutions notice) -------------------------------------------------------------

export const acknowledgeResolutionsInput = z.object({
  meetingId: id('会议'),
  /** The unit (a liaison: its own; omitted: the caller's). The secretariat names it and acknowledges on its behalf. */
  unitId: id('单位').nullish(),
  note: optionalText(500, '签收说明'),
});

/**
 * Why a unit may not acknowledge the meeting's resolutions notice now, or null when it may: the notice exists once
 * the minutes are approved (审定) and produced resolutions, and goes to every invited unit (attending or not).
 * `resolutionCount` is the approval's count (null: not known, read by the caller).
 */
export function receiptRefusal(
  meeting: Pick<Meeting, 'status' | 'invitedUnitIds'>,
  resolutionCount: number,
  unitId: string,
): { field: 'meetingId' | 'unitId'; message: string } | null {
  if (!minutesLocked(meeting)) {
    return { field: 'meetingId', message: `会议纪要审定并形成决议后才能签收决议通知（会议当前状态：${MEETING_STATUS_LABELS[meeting.status]}）` };
  }
  if (resolutionCount === 0) return { field: 'meetingId', message: '本次会议未形成决议，没有需要签收的决议通知' };
  if (!meeting.invitedUnitIds.includes(unitId)) return { field: 'unitId', message: '该单位未受邀参加本次会议，不在决议通知的主送单位之列' };
  return null;
}
