import type { AuditedRecord } from '../audit/audit';
import type { StoredFile } from '../files/stored-file';
import type { Meeting } from './meeting';

/**
 * What happens at and after a meeting (its proceedings): who came (签到), who asked for leave and who attends
 * instead (003 doc 2 §6), opinions sent in advance (003 doc 3 §5), the minutes per agenda item (会议记录/纪要)
 * with their versions and addenda, each attending unit's position per item (协商一致, 003 doc 4 art.13; 001
 * 附件1 §1.3), the resolutions (决议) the approved minutes produce, and their action items (落实, 003 doc 4 art.14).
 * All of it lives in the meeting's own partition except action items, which a unit also reads across meetings.
 */

// ---- attendance (签到, 请假) ------------------------------------------------------------------------------

/** INVITED: nothing recorded yet (no record exists); LEAVE: 请假, possibly with a delegate who attends instead. */
export const ATTENDANCE_STATUSES = ['INVITED', 'PRESENT', 'LEAVE', 'ABSENT'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const ATTENDANCE_STATUS_LABELS: Record<AttendanceStatus, string> = { INVITED: '未签到', PRESENT: '出席', LEAVE: '请假', ABSENT: '缺席' };

/** How an attendance came to be recorded: the attendee's own check-in with the code, or the secretariat's entry. */
export const ATTENDANCE_SOURCES = ['CHECK_IN', 'SECRETARIAT', 'LEAVE_REQUEST'] as const;
export type AttendanceSource = (typeof ATTENDANCE_SOURCES)[number];

/**
 * One invitee's attendance at one meeting: an invited unit's (it attends through its fixed representative, 固定代表),
 * or a member's invited in person (Meeting.invitedMemberIds), who attends for itself.
 */
export interface Attendance {
  regionId: string;
  meetingId: string;
  /** The invited unit; for a member invited in person, the member's unit. */
  unitId: string;
  /** A member invited in person: this is its own attendance, not its unit's. Null for a unit's. */
  invitedMemberId: string | null;
  status: AttendanceStatus;
  source: AttendanceSource;
  /** Who attended for the unit (the name at check-in: the member's or liaison's; or what the secretariat wrote). */
  attendee: string | null;
  /** The member who checked in with its own token (credited points per meeting); null otherwise. */
  memberId: string | null;
  leaveReason: string | null;
  /** 请假 with a delegate: the person who attends instead (003 doc 2 §6). */
  delegate: string | null;
  checkedInAt: string | null;
  /** Checked in after the start (迟到). */
  late: boolean;
  recordedBy: string;
  version: number;
  updatedAt: string;
}

/** Attendance of a unit with no record yet: INVITED. */
export const invitedAttendance = (meeting: Pick<Meeting, 'regionId' | 'id'>, unitId: string): Attendance => ({
  regionId: meeting.regionId, meetingId: meeting.id, unitId, invitedMemberId: null, status: 'INVITED', source: 'SECRETARIAT', attendee: null, memberId: null,
  leaveReason: null, delegate: null, checkedInAt: null, late: false, recordedBy: '', version: 0, updatedAt: '',
});

/** Attendance of a member invited in person with no record yet: INVITED. */
export const invitedMemberAttendance = (meeting: Pick<Meeting, 'regionId' | 'id'>, member: { id: string; unitId: string }): Attendance => ({
  ...invitedAttendance(meeting, member.unitId),
  invitedMemberId: member.id,
});

/** Who an attendance record is of, for messages and audit ids: `{meeting}/{unit}` or `{meeting}/member/{member}`. */
export const attendanceId = (a: Pick<Attendance, 'meetingId' | 'unitId' | 'invitedMemberId'>) =>
  a.invitedMemberId ? `${a.meetingId}/member/${a.invitedMemberId}` : `${a.meetingId}/${a.unitId}`;

/** A unit takes part in consensus when it is present, or on leave with a delegate who attends instead. */
export const takesPart = (attendance: Pick<Attendance, 'status' | 'delegate'>) =>
  attendance.status === 'PRESENT' || (attendance.status === 'LEAVE' && attendance.delegate !== null);

/** Check-in opens this long before the start and closes at the end. */
export const CHECK_IN_OPENS_MINUTES = 30;

export const checkInWindow = (meeting: Pick<Meeting, 'startsAt' | 'endsAt'>) => ({
  opensAt: new Date(Date.parse(meeting.startsAt) - CHECK_IN_OPENS_MINUTES * 60_000).toISOString(),
  closesAt: meeting.endsAt,
});

/**
 * Wrong codes a caller may give for one meeting before its check-in is closed to it (then the secretariat enters
 * its attendance): a six-digit code is not guessed in this many tries (a chance of 1 in 200,000).
 */
export const MAX_CHECK_IN_FAILURES = 5;

/** A six-digit code from a fresh random id (ports.newId: a UUID v4): not guessable from the meeting. */
export function checkInCodeFrom(randomId: string): string {
  const hex = randomId.replace(/[^0-9a-f]/gi, '').slice(0, 12);
  return String(parseInt(hex, 16) % 1_000_000).padStart(6, '0');
}

// ---- opinions (书面意见) ----------------------------------------------------------------------------------

/** A unit's written opinion on an agenda item, sent before the meeting (one per unit and item; a new one replaces it). */
export interface MeetingOpinion {
  regionId: string;
  meetingId: string;
  agendaItemId: string;
  unitId: string;
  text: string;
  submittedBy: string;
  submittedAt: string;
}

// ---- minutes (会议记录/纪要) -----------------------------------------------------------------------------

/** A correction after the minutes were locked: a new, linked entry (the locked text never changes). */
export interface MinutesAddendum {
  text: string;
  addedBy: string;
  addedAt: string;
}

/**
 * The minutes of one agenda item, written by the recorder (the secretariat). Every save is a new version (kept as
 * a MinutesVersion); once the meeting's minutes are approved they are locked: only addenda join them.
 */
export interface Minutes {
  regionId: string;
  meetingId: string;
  agendaItemId: string;
  /** What was discussed (讨论情况). */
  text: string;
  /** The decision proposed for consensus (拟形成的决议); an item without one produces no resolution. */
  decision: string | null;
  files: StoredFile[];
  addenda: MinutesAddendum[];
  /** From 1; each save adds one. */
  version: number;
  savedBy: string;
  savedAt: string;
}

/** One saved version of an item's minutes, with what changed (the fields that differ from the previous version). */
export interface MinutesVersion {
  regionId: string;
  meetingId: string;
  agendaItemId: string;
  version: number;
  text: string;
  decision: string | null;
  fileNames: string[];
  changed: string[];
  savedBy: string;
  savedAt: string;
}

export const MAX_MINUTES_ADDENDA = 20;
export const MAX_MINUTES_FILES = 20;

// ---- consensus (协商一致) --------------------------------------------------------------------------------

/** CONCUR: 同意; RESERVE: 同意但保留意见 (recorded, still bound to carry it out); OBJECT: 反对 (the item stays in consultation). */
export const CONSENSUS_POSITIONS = ['CONCUR', 'RESERVE', 'OBJECT'] as const;
export type ConsensusPosition = (typeof CONSENSUS_POSITIONS)[number];
export const CONSENSUS_POSITION_LABELS: Record<ConsensusPosition, string> = { CONCUR: '同意', RESERVE: '保留意见', OBJECT: '反对' };

/** One attending unit's position on one agenda item. */
export interface UnitPosition {
  regionId: string;
  meetingId: string;
  agendaItemId: string;
  unitId: string;
  position: ConsensusPosition;
  /** The reserved view or the objection, in the unit's words (required for RESERVE and OBJECT). */
  view: string | null;
  recordedBy: string;
  recordedAt: string;
}

/**
 * PENDING: some attending units have not stated a position; CONSENSUS: every attending unit concurs (some with a
 * reserved view); UNDER_CONSULTATION (继续协商): at least one objects — never written as a resolution.
 */
export const CONSENSUS_OUTCOMES = ['PENDING', 'CONSENSUS', 'UNDER_CONSULTATION'] as const;
export type ConsensusOutcome = (typeof CONSENSUS_OUTCOMES)[number];
export const CONSENSUS_OUTCOME_LABELS: Record<ConsensusOutcome, string> = { PENDING: '待表态', CONSENSUS: '协商一致', UNDER_CONSULTATION: '继续协商' };

export interface AgendaConsensus {
  agendaItemId: string;
  outcome: ConsensusOutcome;
  positions: UnitPosition[];
  /** Attending units that have not stated a position yet. */
  missingUnitIds: string[];
}

/** Where an item stands, from the units that take part (takesPart) and the positions recorded. */
export function consensusOf(agendaItemId: string, attendingUnitIds: readonly string[], positions: readonly UnitPosition[]): AgendaConsensus {
  const attending = new Set(attendingUnitIds);
  const counted = positions.filter((p) => p.agendaItemId === agendaItemId && attending.has(p.unitId));
  const stated = new Set(counted.map((p) => p.unitId));
  const missingUnitIds = attendingUnitIds.filter((id) => !stated.has(id));
  const outcome: ConsensusOutcome = counted.some((p) => p.position === 'OBJECT')
    ? 'UNDER_CONSULTATION'
    : missingUnitIds.length > 0 || attendingUnitIds.length === 0
      ? 'PENDING'
      : 'CONSENSUS';
  return { agendaItemId, outcome, positions: counted, missingUnitIds };
}

// ---- resolutions (决议) and their follow-up (落实) -------------------------------------------------------

/** A decision reached by consensus, written when the minutes are approved; one per agenda item at most. */
export interface Resolution {
  id: string;
  regionId: string;
  meetingId: string;
  agendaItemId: string;
  /** `{meeting date}-{item order}`, e.g. `2026-12-20-2`: how the notice cites it. */
  number: string;
  /** The agenda item's title. */
  title: string;
  /** The decision as the minutes wrote it. */
  text: string;
  /** Units that concurred with a reserved view, and the view. */
  reservedViews: { unitId: string; view: string }[];
  adoptedAt: string;
}

export const resolutionNumber = (meeting: Pick<Meeting, 'startsAt'>, order: number, dateInChina: (d: Date) => string) =>
  `${dateInChina(new Date(meeting.startsAt))}-${order}`;

export const ACTION_ITEM_STATUSES = ['OPEN', 'DONE'] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];
export const ACTION_ITEM_STATUS_LABELS: Record<ActionItemStatus, string> = { OPEN: '落实中', DONE: '已落实' };

/** A responsible unit's report on carrying out an action item (text, files); `done` when it reports it finished. */
export interface ActionReport {
  unitId: string;
  text: string;
  files: StoredFile[];
  done: boolean;
  reportedBy: string;
  reportedAt: string;
}

/**
 * What a resolution asks for (督办事项): responsible units, a due date, what counts as done. Done when every
 * responsible unit has reported done (or the secretariat marks it). Reports are kept on it (MAX_ACTION_REPORTS).
 */
export interface ActionItem {
  id: string;
  regionId: string;
  meetingId: string;
  /** The meeting's kind and start, copied: the next meeting of the kind lists the previous one's items. */
  meetingKind: Meeting['kind'];
  meetingStartsAt: string;
  resolutionId: string;
  title: string;
  responsibleUnitIds: string[];
  dueOn: string;
  doneWhen: string | null;
  status: ActionItemStatus;
  reports: ActionReport[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const MAX_ACTION_REPORTS = 50;
export const MAX_RESPONSIBLE_UNITS = 20;

/** Past its due date and not done: shown in red on the follow-up view. */
export const isActionOverdue = (item: Pick<ActionItem, 'status' | 'dueOn'>, today: string) => item.status === 'OPEN' && item.dueOn < today;

/** Done once every responsible unit's latest report says so. */
export function actionItemDone(item: Pick<ActionItem, 'responsibleUnitIds' | 'reports'>): boolean {
  const latest = new Map<string, boolean>();
  for (const report of item.reports) latest.set(report.unitId, report.done);
  return item.responsibleUnitIds.every((unitId) => latest.get(unitId) === true);
}

// ---- receipt of the resolutions notice (签收) -------------------------------------------------------------

/**
 * A unit's acknowledgement that it received the meeting's resolutions notice (决议通知: resolutions are notified in
 * writing to every unit, 001 附件1 §1.4). One per (meeting, invited unit), written once: by the unit's liaison, or by
 * the secretariat on its behalf (`onBehalf`, with a note such as 纸质签收). A unit not yet acknowledged is pending:
 * `acknowledgedAt` and `acknowledgedBy` null (pendingReceipt; never stored).
 */
export interface ResolutionReceipt {
  regionId: string;
  meetingId: string;
  unitId: string;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  onBehalf: boolean;
  note: string | null;
}

export const pendingReceipt = (meeting: Pick<Meeting, 'regionId' | 'id'>, unitId: string): ResolutionReceipt => ({
  regionId: meeting.regionId, meetingId: meeting.id, unitId, acknowledgedAt: null, acknowledgedBy: null, onBehalf: false, note: null,
});

export interface ReceiptSummary {
  /** Every invited unit (attending or not). */
  expected: number;
  acknowledged: number;
  pending: number;
}

/** Counts of the invited units' receipts (a receipt of a unit no longer invited is not counted). */
export function receiptSummary(invitedUnitIds: readonly string[], receipts: readonly Pick<ResolutionReceipt, 'unitId' | 'acknowledgedAt'>[]): ReceiptSummary {
  const done = new Set(receipts.filter((r) => r.acknowledgedAt !== null).map((r) => r.unitId));
  const invited = new Set(invitedUnitIds);
  const acknowledged = [...invited].filter((unitId) => done.has(unitId)).length;
  return { expected: invited.size, acknowledged, pending: invited.size - acknowledged };
}

/** Every invited unit's receipt, in the order invited: the stored one, else pending. */
export const receiptsOfInvited = (meeting: Pick<Meeting, 'regionId' | 'id' | 'invitedUnitIds'>, stored: readonly ResolutionReceipt[]): ResolutionReceipt[] => {
  const byUnit = new Map(stored.map((r) => [r.unitId, r]));
  return meeting.invitedUnitIds.map((unitId) => byUnit.get(unitId) ?? pendingReceipt(meeting, unitId));
};

export const ATTENDANCE_AUDIT: AuditedRecord = { type: 'MeetingAttendance', ignoredFields: [], unitFields: ['unitId'] };
export const OPINION_AUDIT: AuditedRecord = { type: 'MeetingOpinion', ignoredFields: [], unitFields: ['unitId'] };
export const MINUTES_AUDIT: AuditedRecord = { type: 'Minutes', ignoredFields: [], unitFields: [] };
export const POSITION_AUDIT: AuditedRecord = { type: 'ConsensusPosition', ignoredFields: [], unitFields: ['unitId'] };
export const RESOLUTION_AUDIT: AuditedRecord = { type: 'Resolution', ignoredFields: [], unitFields: [] };
export const ACTION_ITEM_AUDIT: AuditedRecord = { type: 'ActionItem', ignoredFields: ['reports'], unitFields: ['responsibleUnitIds'] };
export const RECEIPT_AUDIT: AuditedRecord = { type: 'ResolutionReceipt', ignoredFields: [], unitFields: ['unitId'] };
