import { z } from 'zod';
import { enumOf, id, optionalText, requiredText, tidyText } from '../validation';
import type { MeetingStatus } from './meeting';

/** An attendance is a unit's or a member's invited in person: never both. */
const oneInvitee = (d: { unitId?: string | null; memberId?: string | null }, ctx: z.RefinementCtx) => {
  if (d.unitId && d.memberId) ctx.addIssue({ code: 'custom', path: ['memberId'], message: '请只选择单位或个人受邀党员之一' });
};

/**
 * 请假: the unit (a liaison's own when omitted) or a member invited in person (a member: itself when omitted), why,
 * and who attends instead (003 doc 2 §6).
 */
export const requestLeaveInput = z
  .object({
    meetingId: id('会议'),
    unitId: id('单位').nullish(),
    memberId: id('党员').nullish(),
    reason: requiredText(500, '请假事由'),
    delegate: optionalText(50, '代为参会人'),
  })
  .superRefine(oneInvitee);

/** 书面意见 on one agenda item, in advance (003 doc 3 §5). */
export const MAX_OPINION_LENGTH = 2000;
export const submitOpinionInput = z.object({
  meetingId: id('会议'),
  agendaItemId: id('议题'),
  unitId: id('单位').nullish(),
  text: requiredText(MAX_OPINION_LENGTH, '书面意见'),
});

/** The six digits as read off the notice or the screen: spaces and full-width digits are forgiven. */
export const checkInInput = z.object({
  meetingId: id('会议'),
  code: z
    .string({ required_error: '签到码不能为空', invalid_type_error: '签到码须为 6 位数字' })
    .transform((s) => tidyText(s).replace(/\s/g, ''))
    .pipe(z.string().min(1, '签到码不能为空').regex(/^\d{6}$/, '签到码须为 6 位数字')),
});

/** What the secretariat may enter: INVITED is only the absence of a record, never written. */
export const RECORDED_STATUSES = ['PRESENT', 'LEAVE', 'ABSENT'] as const;

export const recordAttendanceInput = z
  .object({
    meetingId: id('会议'),
    unitId: id('单位').nullish(),
    /** A member invited in person (instead of a unit). */
    memberId: id('党员').nullish(),
    // 0: nothing recorded yet (the INVITED row the meeting shows).
    version: z.number({ required_error: '缺少版本号', invalid_type_error: '版本号无效' }).int('版本号无效').min(0, '版本号无效'),
    status: enumOf(RECORDED_STATUSES, '出席情况'),
    attendee: optionalText(50, '出席人'),
    leaveReason: optionalText(500, '请假事由'),
    delegate: optionalText(50, '代为参会人'),
    late: z.boolean({ invalid_type_error: '迟到须为是或否' }).nullish(),
  })
  .superRefine((d, ctx) => {
    oneInvitee(d, ctx);
    if (!d.unitId && !d.memberId) ctx.addIssue({ code: 'custom', path: ['unitId'], message: '请选择单位或个人受邀党员' });
    if (d.status === 'LEAVE' && !d.leaveReason) ctx.addIssue({ code: 'custom', path: ['leaveReason'], message: '请填写请假事由' });
  });

export const meetingNoticesArgs = z.object({
  from: z
    .string({ invalid_type_error: '起始时间须为时间' })
    .refine((s) => !Number.isNaN(Date.parse(s)) && /T/.test(s), '起始时间须为 ISO 8601 时间，例如 2026-03-01T09:00:00+08:00')
    .transform((s) => new Date(s).toISOString())
    .nullish(),
});

/** 请假 and opinions come after the notice; a postponed meeting keeps its invitees until it is noticed again. */
export const SPEAKING_STATUSES: readonly MeetingStatus[] = ['NOTICED', 'POSTPONED'];

/** 签到 while the meeting is on (the recorder may already have started the minutes). */
export const CHECK_IN_STATUSES: readonly MeetingStatus[] = ['NOTICED', 'HELD', 'MINUTES_DRAFTED'];

/** Check-in attempts on a lost race (two people of one unit at once): each re-reads the unit's attendance. */
export const MAX_CHECK_IN_ATTEMPTS = 4;

/** An instant as the clerk reads it in China: `2026-03-20 09:00`. */
export const timeInChina = (iso: string): string =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(new Date(iso));
