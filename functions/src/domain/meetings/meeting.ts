import type { StoredFile } from '../files/stored-file';
import type { AuditedRecord } from '../audit/audit';

export const MEETING_KINDS = [
  'JOINT_MEETING', 'REGIONAL_COMMITTEE', 'MEMBER_CONGRESS', 'COUNCIL', 'TOPIC_MEETING', 'AREA_COORDINATION', 'COMMUNITY_JOINT_MEETING',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEETING_STATUSES = ['DRAFT', 'NOTICED', 'HELD', 'MINUTES_DRAFTED', 'MINUTES_APPROVED', 'ARCHIVED', 'CANCELLED', 'POSTPONED'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/**
 * Moves of the lifecycle. HOLD: the meeting took place (from its start); RECORD_MINUTES: minutes, attendance and
 * consensus may be written; APPROVE_MINUTES: 审定 locks the minutes and writes the resolutions; SOLICIT_AGENDA: 议题征集
 * (open, close, adopt) while the meeting is prepared and before its start.
 */
export const MEETING_ACTIONS = ['EDIT', 'SEND_NOTICE', 'CANCEL', 'POSTPONE', 'HOLD', 'RECORD_MINUTES', 'APPROVE_MINUTES', 'SOLICIT_AGENDA', 'ARCHIVE'] as const;
export type MeetingAction = (typeof MEETING_ACTIONS)[number];

export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  JOINT_MEETING: '党建联席会议', REGIONAL_COMMITTEE: '区域党委会', MEMBER_CONGRESS: '会员大会', COUNCIL: '理事会',
  TOPIC_MEETING: '专题会议', AREA_COORDINATION: '地区事务协调会', COMMUNITY_JOINT_MEETING: '社区联席会议',
};

export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  DRAFT: '草稿', NOTICED: '已通知', HELD: '已召开', MINUTES_DRAFTED: '纪要起草中', MINUTES_APPROVED: '纪要已审定',
  ARCHIVED: '已归档', CANCELLED: '已取消', POSTPONED: '已延期',
};

export interface AgendaItem {
  id: string;
  order: number;
  title: string;
  presenterUnitId: string | null;
  presenter: string | null;
  plannedMinutes: number | null;
  /** 会议材料: the item's files (≤ MAX_AGENDA_MATERIALS), set by the secretariat until the meeting is held. */
  materials: StoredFile[];
}

export interface MeetingNotice {
  sentAt: string;
  sentBy: string;
  daysBeforeStart: number;
  lateReason: string | null;
  recipientCount: number;
}

/**
 * A meeting (会议). Its agenda and invited units live on it (a meeting has tens of items and units, read and
 * changed with it, under its version); attendance, minutes and resolutions come as items of its own partition.
 */
export interface Meeting {
  id: string;
  regionId: string;
  title: string;
  kind: MeetingKind;
  status: MeetingStatus;
  startsAt: string;
  endsAt: string;
  place: string | null;
  onlineLink: string | null;
  convenerUnitId: string | null;
  /** Held by a sub-body of the alliance (a committee, a street branch: 002 art.15–18): its units are invited. */
  subBodyId: string | null;
  chair: string | null;
  recorder: string | null;
  invitedUnitIds: string[];
  /**
   * Members invited in person (a topic meeting's experts, a congress's delegates), besides the units: they receive the
   * notice (their 会议通知 and bell). Their attendance is their unit's (check-in) when the unit is invited too.
   */
  invitedMemberIds: string[];
  agenda: AgendaItem[];
  notice: MeetingNotice | null;
  statusReason: string | null;
  /**
   * The per-meeting check-in code (签到码): six digits drawn when the notice is sent, valid from
   * CHECK_IN_OPENS_MINUTES before the start until the end (proceedings.ts). Only the secretariat reads it.
   */
  checkInCode: string | null;
  /** 纪要审定: when and by whom the minutes were approved (and locked). */
  approvedAt: string | null;
  approvedBy: string | null;
  /**
   * How many resolutions the approval wrote (set by 审定; absent on meetings approved before it was kept): whether
   * there is a resolutions notice for the units to acknowledge (签收), without reading the resolutions.
   */
  resolutionCount?: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** How often the region holds each kind: months between meetings, by kind (absent: no rule). */
export interface CadencePolicy {
  regionId: string;
  everyMonths: Partial<Record<MeetingKind, number>>;
  /** Reminders (minutes before a start) the invited units get in-app; absent: DEFAULT_REMINDER_OFFSETS. */
  reminderOffsetsMinutes?: number[];
  version: number;
}

export const MEETING_AUDIT: AuditedRecord = { type: 'Meeting', ignoredFields: [], unitFields: ['convenerUnitId'] };
export const CADENCE_AUDIT: AuditedRecord = { type: 'MeetingCadence', ignoredFields: [], unitFields: [] };
