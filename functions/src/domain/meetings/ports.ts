import type { Alongside, Change } from '../alongside';
import type { Credit } from '../engagement/points';
import type { Page, PageRequest } from '../paging';
import type { CadencePolicy, Meeting, MeetingKind, MeetingStatus } from './meeting';
import type { ActionItem, ActionItemStatus, Attendance, MeetingOpinion, Minutes, MinutesVersion, Resolution, ResolutionReceipt, UnitPosition } from './proceedings';
import type { MeetingFilter } from './rules';
import type { AgendaSolicitation, SolicitationReply } from './solicitation';
import type { AuditEntry } from '../audit/audit';

/**
 * The region's meetings. Writes are all-or-nothing with their audit entry; refusals (write-refusals.ts):
 * - `create`: AlreadyTaken('meeting-id');
 * - `save`: RecordMissing/StaleVersion(Meeting).
 */
/** Who a notice reaches: a unit (its liaison and members), and a member invited in person. */
export interface NoticeRecipient {
  unitId: string;
  memberId?: string;
}

export interface MeetingStore {
  get(regionId: string, meetingId: string): Promise<Meeting | null>;
  /** By start time, earliest first, filtered; see docs/data-model.md. */
  list(regionId: string, filter: MeetingFilter, page: PageRequest): Promise<Page<Meeting>>;
  /** The latest meeting of a kind that started before `before` and was not cancelled, postponed or left a draft. */
  lastHeld(regionId: string, kind: MeetingKind, before: string): Promise<Meeting | null>;
  /**
   * A unit's (and a member's) notices: meetings that invite the unit — or the member in person — and were noticed
   * (NOTICED or later, also CANCELLED/POSTPONED after a notice: `notice` is set), by start time, from `from` on
   * (earliest first). Bounded reads of the calendar.
   */
  listNotices(regionId: string, recipient: NoticeRecipient, from: string | undefined, page: PageRequest): Promise<Page<Meeting>>;
  create(meeting: Meeting, alongside: Alongside): Promise<void>;
  save(change: { current: Meeting; next: Meeting }, alongside: Alongside): Promise<void>;
}

/**
 * The region's cadence policy (one record). `save` at `current.version` (0: none yet): StaleVersion(MeetingCadence)
 * when another change came first.
 */
export interface CadenceStore {
  get(regionId: string): Promise<CadencePolicy | null>;
  save(change: { current: CadencePolicy | null; next: CadencePolicy }, alongside: Alongside): Promise<void>;
}

/** Filters of the region's action items (督办): all combine; by due date, earliest first. */
export interface ActionItemFilter {
  /** Items this unit is responsible for. */
  unitId?: string;
  status?: ActionItemStatus;
  /** Only OPEN items due before this day (YYYY-MM-DD): the overdue ones. */
  overdueOn?: string;
}

/**
 * A meeting's proceedings (proceedings.ts), in the meeting's own partition; action items also in a region-wide
 * index by due date. Every write is one transaction with its `alongside` (audit, uploads). Refusals (write-refusals.ts):
 * - `saveAttendance`: at `current.version` (null: none recorded yet, and none may exist): StaleVersion(MeetingAttendance);
 *   with `credit`, as PointsStore.credit in the same transaction (AlreadyTaken('points-entry') when the member was credited).
 * - `saveMinutes`: the item's minutes at `current.version` (null: none yet) and `version` as a new record:
 *   StaleVersion(Minutes) when another save came first; GuardFailed(Meeting, 'status') unless the meeting's status is
 *   one of `meetingIn` (checked in the same transaction: a save racing the approval never lands after it).
 * - `putPositions`: puts (replaces) positions; more than 90 go in transactions of 90, the audit entry with the
 *   first (a position is a whole record: a repeated call completes a half-done one); each transaction checks the
 *   meeting's status is one of `meetingIn` (GuardFailed(Meeting, 'status')).
 * - `approve`: the meeting at `change.current.version` (StaleVersion/RecordMissing(Meeting)) and its resolutions
 *   (AlreadyTaken('resolution') when one exists), one transaction (≤ MAX_AGENDA_ITEMS resolutions).
 * - `putReceipt`: a unit's receipt of a meeting's resolutions notice, written once: AlreadyTaken('resolution-receipt')
 *   when the unit's exists (a concurrent acknowledgement keeps the first).
 * - `createActionItem`: AlreadyTaken('action-item-id'); `saveActionItem`: at `current.version` (StaleVersion/RecordMissing(ActionItem)).
 * Reads are bounded: attendance ≤ MAX_INVITED_UNITS, minutes and resolutions ≤ MAX_AGENDA_ITEMS per meeting,
 * positions ≤ MAX_AGENDA_ITEMS × MAX_INVITED_UNITS (read in pages of 1 MB), action items of a meeting ≤ MAX_ACTION_ITEMS.
 */
export interface ProceedingsStore {
  /** The invited units' recorded attendance (not the members' invited in person). */
  attendance(regionId: string, meetingId: string): Promise<Attendance[]>;
  /** The recorded attendance of members invited in person (≤ MAX_INVITED_MEMBERS). */
  memberAttendance(regionId: string, meetingId: string): Promise<Attendance[]>;
  /** How many wrong check-in codes a caller (its user id) gave for a meeting (0 when none). */
  checkInFailures(regionId: string, meetingId: string, callerId: string): Promise<number>;
  /** Counts one more wrong code of a caller for a meeting, atomically (concurrent guesses all count); returns the count. */
  addCheckInFailure(regionId: string, meetingId: string, callerId: string): Promise<number>;
  getAttendance(regionId: string, meetingId: string, unitId: string): Promise<Attendance | null>;
  getMemberAttendance(regionId: string, meetingId: string, memberId: string): Promise<Attendance | null>;
  /** A unit's or a member's (next.invitedMemberId) attendance, at the version read; it keeps its meeting and invitee. */
  saveAttendance(change: { current: Attendance | null; next: Attendance }, alongside: Alongside, credit?: Credit): Promise<void>;

  /** Opinions by agenda item (in the order of ids), then unit. */
  opinions(regionId: string, meetingId: string, page: PageRequest): Promise<Page<MeetingOpinion>>;
  putOpinion(opinion: MeetingOpinion, alongside: Alongside): Promise<void>;

  minutes(regionId: string, meetingId: string): Promise<Minutes[]>;
  getMinutes(regionId: string, meetingId: string, agendaItemId: string): Promise<Minutes | null>;
  saveMinutes(change: { current: Minutes | null; next: Minutes }, version: MinutesVersion, alongside: Alongside, meetingIn: readonly MeetingStatus[]): Promise<void>;
  /** An item's versions, newest first. */
  minutesVersions(regionId: string, meetingId: string, agendaItemId: string, page: PageRequest): Promise<Page<MinutesVersion>>;

  /** The meeting's positions (of one item when `agendaItemId` is given). */
  positions(regionId: string, meetingId: string, agendaItemId?: string): Promise<UnitPosition[]>;
  putPositions(positions: readonly UnitPosition[], alongside: Alongside, meetingIn: readonly MeetingStatus[]): Promise<void>;

  approve(change: Change<Meeting>, resolutions: readonly Resolution[], alongside: Alongside): Promise<void>;
  resolutionsOf(regionId: string, meetingId: string): Promise<Resolution[]>;
  getResolutions(regionId: string, resolutionIds: readonly string[]): Promise<(Resolution | null)[]>;
  /** The region's resolutions, newest adopted first (the public page, publication). */
  resolutions(regionId: string, page: PageRequest): Promise<Page<Resolution>>;

  /** The meeting's receipts (签收), in unit order (≤ MAX_INVITED_UNITS, read whole from the meeting's partition). */
  receipts(regionId: string, meetingId: string): Promise<ResolutionReceipt[]>;
  /** Receipts by (meeting, unit), in the order asked, null where none: one batched read (a liaison's notices page). */
  getReceipts(regionId: string, refs: readonly { meetingId: string; unitId: string }[]): Promise<(ResolutionReceipt | null)[]>;
  putReceipt(receipt: ResolutionReceipt, alongside: Alongside): Promise<void>;

  createActionItem(item: ActionItem, alongside: Alongside): Promise<void>;
  saveActionItem(change: Change<ActionItem>, alongside: Alongside): Promise<void>;
  getActionItem(regionId: string, actionItemId: string): Promise<ActionItem | null>;
  actionItemsOf(regionId: string, meetingId: string): Promise<ActionItem[]>;
  actionItems(regionId: string, filter: ActionItemFilter, page: PageRequest): Promise<Page<ActionItem>>;
}

/** Action items one meeting may carry (its resolutions' together). */
export const MAX_ACTION_ITEMS = 100;

/**
 * 议题征集: a meeting's round and its units' replies, in the meeting's partition (solicitation.ts). Every write is one
 * transaction with its audit entry. Refusals (write-refusals.ts):
 * - `open`: AlreadyTaken('agenda-solicitation') when the meeting has a round;
 * - `save`: at `current.version`: StaleVersion/RecordMissing(AgendaSolicitation);
 * - `saveReply`: the reply at `current.version` (null: none yet, and none may exist): StaleVersion(SolicitationReply);
 *   GuardFailed(AgendaSolicitation, 'state') unless the round is still OPEN (checked in the same transaction: a reply
 *   racing the closing never lands after it);
 * - `adopt`: the meeting at its version (StaleVersion/RecordMissing(Meeting)) and the reply at its version
 *   (StaleVersion(SolicitationReply)), with both audit entries.
 * Reads: by key; a meeting's replies are bounded by MAX_INVITED_UNITS; a unit's open rounds by MAX_OPEN_SOLICITATIONS.
 */
export interface SolicitationStore {
  get(regionId: string, meetingId: string): Promise<AgendaSolicitation | null>;
  open(round: AgendaSolicitation, alongside: Alongside): Promise<void>;
  save(change: Change<AgendaSolicitation>, alongside: Alongside): Promise<void>;
  /** A meeting's replies, by unit id. */
  replies(regionId: string, meetingId: string): Promise<SolicitationReply[]>;
  getReply(regionId: string, meetingId: string, unitId: string): Promise<SolicitationReply | null>;
  /** Replies by (meeting, unit), in the order asked (null where none): one batched read. */
  getReplies(regionId: string, keys: readonly { meetingId: string; unitId: string }[]): Promise<(SolicitationReply | null)[]>;
  saveReply(change: { current: SolicitationReply | null; next: SolicitationReply }, alongside: Alongside): Promise<void>;
  adopt(meeting: Change<Meeting>, reply: Change<SolicitationReply>, alongside: Alongside, replyAudit: AuditEntry): Promise<void>;
  /** The OPEN rounds asking a unit that close after `now`, earliest closing first (at most `limit`). */
  openForUnit(regionId: string, unitId: string, now: string, limit: number): Promise<AgendaSolicitation[]>;
}
