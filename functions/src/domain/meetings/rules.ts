import { z } from 'zod';
import { badInput } from '../errors';
import { enumOf, id, optionalText, requiredText, uniqueIds, version } from '../validation';
import { MEETING_KINDS, MEETING_STATUSES, type CadencePolicy, type Meeting, type MeetingAction, type MeetingKind, type MeetingStatus } from './meeting';

export const instant = (label: string) =>
  z
    .string({ required_error: `${label}不能为空`, invalid_type_error: `${label}须为时间` })
    .refine((s) => !Number.isNaN(Date.parse(s)) && /T/.test(s), `${label}须为 ISO 8601 时间，例如 2026-03-01T09:00:00+08:00`)
    .transform((s) => new Date(s).toISOString());

/** Agenda and invitations stay within one item of the table, and within what a meeting holds. */
export const MAX_AGENDA_ITEMS = 30;
export const MAX_INVITED_UNITS = 200;
/** Members invited in person: a topic meeting's experts, a congress's delegates. */
export const MAX_INVITED_MEMBERS = 100;

const agendaItem = z.object({
  title: requiredText(200, '议题'),
  presenterUnitId: id('汇报单位').nullish(),
  presenter: optionalText(100, '汇报人'),
  plannedMinutes: z.number().int('时长须为整数（分钟）').min(1, '时长至少 1 分钟').max(600, '时长过长').nullish(),
});

const invitedUnitIds = z
  .array(id('参会单位'))
  .max(MAX_INVITED_UNITS, `参会单位不能超过 ${MAX_INVITED_UNITS} 个`)
  .transform((ids) => [...new Set(ids)]);

const invitedMemberIds = z
  .array(id('参会党员'))
  .max(MAX_INVITED_MEMBERS, `个人受邀党员不能超过 ${MAX_INVITED_MEMBERS} 名`)
  .transform((ids) => [...new Set(ids)]);

const details = {
  place: optionalText(200, '地点'),
  onlineLink: optionalText(500, '线上会议链接'),
  convenerUnitId: id('召集单位').nullish(),
  subBodyId: id('召开机构').nullish(),
  chair: optionalText(50, '主持人'),
  recorder: optionalText(50, '记录人'),
};

export const createMeetingInput = z.object({
  title: requiredText(200, '会议名称'),
  kind: enumOf(MEETING_KINDS, '会议类型'),
  startsAt: instant('开始时间'),
  endsAt: instant('结束时间'),
  ...details,
  invitedUnitIds: invitedUnitIds.nullish(),
  invitedMemberIds: invitedMemberIds.nullish(),
  agenda: z.array(agendaItem).max(MAX_AGENDA_ITEMS, `议题不能超过 ${MAX_AGENDA_ITEMS} 个`).nullish(),
});

export const updateMeetingInput = z.object({
  id: id('会议'),
  version,
  title: requiredText(200, '会议名称').optional(),
  kind: enumOf(MEETING_KINDS, '会议类型').optional(),
  startsAt: instant('开始时间').optional(),
  endsAt: instant('结束时间').optional(),
  ...details,
  invitedUnitIds: invitedUnitIds.nullish(),
  invitedMemberIds: invitedMemberIds.nullish(),
});

export const addAgendaItemInput = agendaItem.extend({ meetingId: id('会议'), version });

/** 会议材料 an agenda item keeps at most. */
export const MAX_AGENDA_MATERIALS = 10;
/** Materials are set from the draft until the meeting is held (they often follow the notice). */
export const MATERIALS_STATUSES: readonly MeetingStatus[] = ['DRAFT', 'NOTICED', 'POSTPONED'];

export const setAgendaMaterialsInput = z.object({
  meetingId: id('会议'),
  version,
  itemId: id('议题'),
  keepFileNames: z
    .array(z.string({ invalid_type_error: '保留的材料须为文件名' }), { invalid_type_error: '保留的材料须为列表' })
    .max(MAX_AGENDA_MATERIALS, `会议材料最多 ${MAX_AGENDA_MATERIALS} 个`)
    .nullish(),
  fileUploadIds: uniqueIds('会议材料', MAX_AGENDA_MATERIALS).nullish(),
});

export const sendNoticeInput = z.object({ meetingId: id('会议'), version, lateReason: optionalText(500, '补发原因') });

export const changeStatusInput = z.object({ id: id('会议'), version, reason: requiredText(500, '原因') });

export const postponeInput = changeStatusInput.extend({ startsAt: instant('开始时间'), endsAt: instant('结束时间') });

export const meetingFilterInput = z
  .object({
    kind: enumOf(MEETING_KINDS, '会议类型').nullish(),
    status: enumOf(MEETING_STATUSES, '状态').nullish(),
    from: instant('起始时间').nullish(),
    to: instant('截止时间').nullish(),
  })
  .superRefine((f, ctx) => {
    if (f.from && f.to && f.to <= f.from) ctx.addIssue({ code: 'custom', path: ['to'], message: '截止时间须晚于起始时间' });
  })
  .nullish()
  .transform((f) => ({ kind: f?.kind ?? undefined, status: f?.status ?? undefined, from: f?.from ?? undefined, to: f?.to ?? undefined }));
export type MeetingFilter = z.infer<typeof meetingFilterInput>;

export const setCadenceInput = z.object({
  kind: enumOf(MEETING_KINDS, '会议类型'),
  everyMonths: z.number().int('间隔须为整数（月）').min(1, '间隔至少 1 个月').max(24, '间隔不能超过 24 个月').nullish(),
});

/** A meeting's time must make sense: it ends after it starts, within a day. */
export function assertMeetingTime(meeting: Pick<Meeting, 'startsAt' | 'endsAt'>): void {
  const start = Date.parse(meeting.startsAt);
  const end = Date.parse(meeting.endsAt);
  if (end <= start) throw badInput('endsAt', '结束时间须晚于开始时间');
  if (end - start > 24 * 3600_000) throw badInput('endsAt', '会议不能超过 24 小时');
}

/** 001 附件1 §1.2, 003 doc 3 §2: the agenda is notified in writing at least a week before. */
export const NOTICE_DAYS = 7;

/** Whole days between the notice and the start (rounded down): what the rule compares. */
export const daysBefore = (now: Date, startsAt: string) => Math.floor((Date.parse(startsAt) - now.getTime()) / 86_400_000);

/** Whether a notice sent now is late (less than NOTICE_DAYS before the start): then it needs its reason. */
export const isLateNotice = (now: Date, startsAt: string) => Date.parse(startsAt) - now.getTime() < NOTICE_DAYS * 86_400_000;

/**
 * The lifecycle: which action each status allows (the secretariat's). A noticed meeting is held from its start on
 * (HOLD, and recording minutes holds it too); minutes are written while HELD or MINUTES_DRAFTED and approved (locked)
 * from MINUTES_DRAFTED.
 */
const ACTIONS_BY_STATUS: Record<Meeting['status'], readonly MeetingAction[]> = {
  DRAFT: ['EDIT', 'SEND_NOTICE', 'CANCEL', 'SOLICIT_AGENDA'],
  NOTICED: ['POSTPONE', 'CANCEL', 'HOLD', 'RECORD_MINUTES', 'SOLICIT_AGENDA'],
  POSTPONED: ['SEND_NOTICE', 'POSTPONE', 'CANCEL', 'SOLICIT_AGENDA'],
  HELD: ['RECORD_MINUTES'],
  MINUTES_DRAFTED: ['RECORD_MINUTES', 'APPROVE_MINUTES'],
  MINUTES_APPROVED: ['ARCHIVE'],
  ARCHIVED: [],
  CANCELLED: [],
};

/** Moves that wait for the meeting's start. */
const FROM_THE_START: readonly MeetingAction[] = ['HOLD', 'RECORD_MINUTES'];
/** Moves that end with the meeting's start (议题征集 is done before the meeting). */
const BEFORE_THE_START: readonly MeetingAction[] = ['SOLICIT_AGENDA'];

/** What the meeting allows now: by status; HOLD/RECORD_MINUTES only once it has started, SOLICIT_AGENDA only before (`now` omitted: by status only). */
export const allowedActions = (meeting: Pick<Meeting, 'status' | 'startsAt'>, now?: Date): readonly MeetingAction[] =>
  ACTIONS_BY_STATUS[meeting.status].filter((a) => {
    if (!now) return true;
    const started = Date.parse(meeting.startsAt) <= now.getTime();
    return FROM_THE_START.includes(a) ? started : BEFORE_THE_START.includes(a) ? !started : true;
  });

const ACTION_LABELS: Record<MeetingAction, string> = {
  EDIT: '修改', SEND_NOTICE: '发送通知', CANCEL: '取消', POSTPONE: '延期', HOLD: '标记为已召开', RECORD_MINUTES: '记录纪要', APPROVE_MINUTES: '审定纪要', SOLICIT_AGENDA: '征集议题', ARCHIVE: '归档',
};
const STATUS_WORDS: Record<Meeting['status'], string> = {
  DRAFT: '草稿', NOTICED: '已通知', HELD: '已召开', MINUTES_DRAFTED: '纪要起草中', MINUTES_APPROVED: '纪要已审定', ARCHIVED: '已归档',
  CANCELLED: '已取消', POSTPONED: '已延期',
};

/** Refuses an action the meeting's status does not allow, naming the status. */
export function assertAllowed(meeting: Pick<Meeting, 'status' | 'startsAt'>, action: MeetingAction, field = 'id', now?: Date): void {
  if (!ACTIONS_BY_STATUS[meeting.status].includes(action)) {
    throw badInput(field, `会议当前状态为“${STATUS_WORDS[meeting.status]}”，不能${ACTION_LABELS[action]}`);
  }
  if (now && !allowedActions(meeting, now).includes(action)) throw badInput(field, `会议尚未开始，不能${ACTION_LABELS[action]}`);
}

/** The rules the seeds give until the region sets its own (001: monthly committee, quarterly joint meeting; 002; 003). */
export const DEFAULT_CADENCE: Partial<Record<MeetingKind, number>> = {
  REGIONAL_COMMITTEE: 1,
  JOINT_MEETING: 3,
  COMMUNITY_JOINT_MEETING: 6,
  COUNCIL: 6,
  MEMBER_CONGRESS: 12,
};

export const cadenceOf = (policy: CadencePolicy | null, kind: MeetingKind): number | null =>
  (policy ? policy.everyMonths[kind] : DEFAULT_CADENCE[kind]) ?? null;

/** The date `months` after `date` (YYYY-MM-DD), clamped to the month's last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}
