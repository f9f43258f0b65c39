import { allows, authorize } from '../../auth/policy';
import type { Principal, RegionPrincipal } from '../../auth/principal';
import { recordChange } from '../audit/service';
import { pointsEntryId, type Credit } from '../engagement/points';
import { creditFor } from '../engagement/records-service';
import { badInput, conflict, forbidden, notFound } from '../errors';
import { onRoster, type Member } from '../members/member';
import { pageRequest, readPage, type Page } from '../paging';
import type { Ports } from '../ports';
import { parseInput, yearInChina } from '../validation';
import { AlreadyTakenError, defaultRefusal, RecordMissingError, refusing, StaleVersionError, WriteRefusedError } from '../write-refusals';
import {
  CHECK_IN_STATUSES, checkInInput, MAX_CHECK_IN_ATTEMPTS, meetingNoticesArgs, recordAttendanceInput, requestLeaveInput, SPEAKING_STATUSES,
  submitOpinionInput, timeInChina,
} from './attendance-rules';
import { MEETING_AUDIT, MEETING_STATUS_LABELS, type Meeting, type MeetingStatus } from './meeting';
import { meetingPolicy } from './policy';
import { ATTENDANCE_AUDIT, checkInWindow, invitedAttendance, invitedMemberAttendance, MAX_CHECK_IN_FAILURES, OPINION_AUDIT, type Attendance, type MeetingOpinion } from './proceedings';
import { allowedActions, assertAllowed } from './rules';
import { getMeeting } from './service';

type PageArgs = { first?: number | null; after?: string | null };
/** Reads a member record (the request's loader in GraphQL: one read per request, however many meetings ask). */
export type LoadMember = (memberId: string) => Promise<Member | null>;

// ---- the invitees' side: notices, 请假, opinions, 签到 ---------------------------------------------------

/** A liaison's or a member's unit's notices, by start time from `from` on; null for anyone else (viewer.meetingNotices). */
export async function meetingNotices(
  principal: Principal,
  args: PageArgs & { from?: string | null },
  ports: Ports,
  loadMember: LoadMember = (id) => ports.members.get(principal.regionId!, id),
): Promise<Page<Meeting> | null> {
  const unitId = await viewerUnitId(principal, loadMember);
  if (!unitId) return null;
  const { from } = parseInput(meetingNoticesArgs, { from: args.from });
  const recipient = principal.memberId ? { unitId, memberId: principal.memberId } : { unitId };
  return readPage(ports.meetings.listNotices(principal.regionId!, recipient, from ?? undefined, pageRequest(args)));
}

/**
 * 请假 (003 doc 2 §6): the unit's liaison, or the secretariat naming the unit, while the meeting is noticed (or
 * postponed, to be noticed again) and before its end. A later request replaces the earlier; a unit already checked
 * in asks for none.
 */
export async function requestLeave(principal: Principal, input: unknown, ports: Ports): Promise<Attendance> {
  const data = parseInput(requestLeaveInput, input);
  // A member (no unit named) asks for itself; the secretariat names the member.
  const memberId = data.memberId ?? (data.unitId ? null : (principal.memberId ?? null));
  let caller: RegionPrincipal;
  let meeting: Meeting;
  let invitee: Invitee;
  if (memberId) {
    caller = authorize(principal, meetingPolicy.speakForSelf, { memberId });
    meeting = await meetingOf(caller, data.meetingId, ports);
    // A member not invited in person has no leave of its own to ask: its unit's liaison asks for the unit.
    if (!data.memberId && !meeting.invitedMemberIds.includes(memberId)) throw forbidden('未个人受邀参会：单位请假由本单位联络员提出');
    invitee = await invitedInPerson(caller, meeting, memberId, ports, 'memberId');
  } else {
    const unitId = data.unitId ?? principal.unitId;
    caller = authorize(principal, meetingPolicy.speakForUnit, { unitId });
    if (!unitId) throw badInput('unitId', '请选择请假的单位');
    meeting = await invitingMeeting(caller, data.meetingId, unitId, ports);
    invitee = { unitId };
  }
  expectStatus(meeting, SPEAKING_STATUSES, '请假');
  const now = ports.now().toISOString();
  if (now >= meeting.endsAt) throw badInput('meetingId', '会议已结束，不能再请假');
  const current = await readAttendance(ports, meeting, invitee);
  if (current?.status === 'PRESENT') throw badInput('meetingId', invitee.memberId ? '该党员已签到出席，不能再请假' : '该单位已签到出席，不能再请假');
  const next: Attendance = {
    ...blankAttendance(meeting, invitee),
    status: 'LEAVE',
    source: 'LEAVE_REQUEST',
    leaveReason: data.reason,
    delegate: data.delegate ?? null,
    recordedBy: caller.displayName,
    version: (current?.version ?? 0) + 1,
    updatedAt: now,
  };
  await saveAttendance(caller, ports, 'requestLeave', current, next);
  return next;
}

/** A unit's written opinion on an agenda item before the meeting starts (003 doc 3 §5); a new one replaces it. */
export async function submitOpinion(principal: Principal, input: unknown, ports: Ports): Promise<MeetingOpinion> {
  const data = parseInput(submitOpinionInput, input);
  const unitId = data.unitId ?? principal.unitId;
  const caller = authorize(principal, meetingPolicy.speakForUnit, { unitId });
  if (!unitId) throw badInput('unitId', '请选择提交意见的单位');
  const meeting = await invitingMeeting(caller, data.meetingId, unitId, ports);
  expectStatus(meeting, SPEAKING_STATUSES, '提交书面意见');
  if (!meeting.agenda.some((item) => item.id === data.agendaItemId)) throw badInput('agendaItemId', '该议题不在本次会议议程中');
  const now = ports.now().toISOString();
  if (now >= meeting.startsAt) throw badInput('meetingId', '会议已开始：书面意见须在会前提交');
  const opinion: MeetingOpinion = {
    regionId: caller.regionId,
    meetingId: meeting.id,
    agendaItemId: data.agendaItemId,
    unitId,
    text: data.text,
    submittedBy: caller.displayName,
    submittedAt: now,
  };
  const entry = recordChange(caller, ports, OPINION_AUDIT, {
    operation: 'submitOpinion', recordId: `${meeting.id}.${data.agendaItemId}.${unitId}`, version: null, before: null, after: opinion,
  });
  await refusing(ports.proceedings.putOpinion(opinion, { audit: entry }), () => undefined);
  return opinion;
}

/**
 * 签到 with the meeting's code: a liaison for its unit, a member for itself and its unit, within the check-in window
 * (proceedings.ts). The unit is PRESENT, late after the start; a repeated check-in changes nothing. A member is
 * credited its points per meeting in the same write, once (the entry's id names the meeting and the member).
 */
export async function checkIn(principal: Principal, args: { meetingId: string; code: string }, ports: Ports): Promise<Attendance> {
  const data = parseInput(checkInInput, args);
  const { caller, unitId, member } = await checkingIn(principal, ports);
  const meeting = await meetingOf(caller, data.meetingId, ports);
  // A member invited in person checks in for itself; otherwise for its unit, which must be invited.
  const invitee: Invitee = member && meeting.invitedMemberIds.includes(member.id) ? { unitId, memberId: member.id } : { unitId };
  if (!invitee.memberId && !meeting.invitedUnitIds.includes(unitId)) throw badInput('meetingId', '该单位未受邀参加本次会议');
  expectStatus(meeting, CHECK_IN_STATUSES, '签到');
  const window = checkInWindow(meeting);
  const now = ports.now().toISOString();
  if (now < window.opensAt) throw badInput('code', `签到尚未开始：${timeInChina(window.opensAt)} 起可以签到`);
  if (now > window.closesAt) throw badInput('code', '签到已结束：会议已经结束');
  // A six-digit code is guessed in time unless wrong codes are counted: after MAX_CHECK_IN_FAILURES the caller stops here.
  const tooMany = `签到码错误次数过多（${MAX_CHECK_IN_FAILURES} 次），请联系秘书处登记出席`;
  if ((await ports.proceedings.checkInFailures(caller.regionId, meeting.id, caller.userId)) >= MAX_CHECK_IN_FAILURES) throw badInput('code', tooMany);
  if (data.code !== meeting.checkInCode) {
    const failures = await ports.proceedings.addCheckInFailure(caller.regionId, meeting.id, caller.userId);
    throw badInput('code', failures >= MAX_CHECK_IN_FAILURES ? tooMany : `签到码不正确（还可尝试 ${MAX_CHECK_IN_FAILURES - failures} 次）`);
  }
  let credit: Credit | undefined = member ? await meetingCredit(caller, meeting, member, ports) : undefined;
  for (let attempt = 0; attempt < MAX_CHECK_IN_ATTEMPTS; attempt++) {
    const current = await readAttendance(ports, meeting, invitee);
    if (current?.status === 'PRESENT') return current;
    const at = ports.now().toISOString();
    const next: Attendance = {
      ...blankAttendance(meeting, invitee),
      status: 'PRESENT',
      source: 'CHECK_IN',
      attendee: caller.displayName,
      memberId: member?.id ?? null,
      checkedInAt: at,
      late: at > meeting.startsAt,
      recordedBy: caller.displayName,
      version: (current?.version ?? 0) + 1,
      updatedAt: at,
    };
    try {
      await ports.proceedings.saveAttendance({ current, next }, { audit: attendanceAudit(caller, ports, 'checkIn', current, next) }, credit);
      return next;
    } catch (error) {
      // Someone of the unit checked in meanwhile: read it again (it is PRESENT now, or changed otherwise).
      if (error instanceof StaleVersionError) continue;
      // The member was credited for this meeting already (an earlier check-in the secretariat later corrected): no second credit.
      if (error instanceof AlreadyTakenError) {
        credit = undefined;
        continue;
      }
      if (error instanceof WriteRefusedError) throw defaultRefusal(error);
      throw error;
    }
  }
  throw conflict('同时签到的人较多，请稍后重试');
}

// ---- the secretariat's side: attendance and holding ----------------------------------------------------------

/**
 * The secretariat enters a unit's attendance: once the meeting has started (RECORD_MINUTES), or 请假 while it is
 * noticed. At the attendance's version as read (0 while nothing is recorded). PRESENT names the unit's fixed
 * representative (固定代表) unless an attendee is given; fields that do not fit the status are not kept.
 */
export async function recordAttendance(principal: Principal, input: unknown, ports: Ports): Promise<Attendance> {
  const caller = authorize(principal, meetingPolicy.record);
  const data = parseInput(recordAttendanceInput, input);
  const meeting = await meetingOf(caller, data.meetingId, ports);
  if (!(data.status === 'LEAVE' && meeting.status === 'NOTICED')) assertRecording(meeting, ports.now());
  let invitee: Invitee;
  let member: Member | null = null;
  if (data.memberId) {
    member = await ports.members.get(caller.regionId, data.memberId);
    invitee = await invitedInPerson(caller, meeting, data.memberId, ports, 'memberId', member);
  } else {
    if (!meeting.invitedUnitIds.includes(data.unitId!)) throw badInput('unitId', '该单位未受邀参加本次会议');
    invitee = { unitId: data.unitId! };
  }
  const current = await readAttendance(ports, meeting, invitee);
  if ((current?.version ?? 0) !== data.version) throw conflict();
  const present = data.status === 'PRESENT';
  const wasPresent = current?.status === 'PRESENT';
  const attendee = present
    ? (data.attendee ?? (wasPresent ? current.attendee : member ? member.name : await representativeOf(caller, invitee.unitId, ports)))
    : null;
  const now = ports.now().toISOString();
  const next: Attendance = {
    ...blankAttendance(meeting, invitee),
    status: data.status,
    source: 'SECRETARIAT',
    attendee,
    // A check-in the secretariat confirms keeps who checked in and when.
    memberId: present && wasPresent ? current.memberId : member && present ? member.id : null,
    checkedInAt: present && wasPresent ? current.checkedInAt : null,
    late: present ? (data.late ?? (wasPresent ? current.late : false)) : false,
    leaveReason: data.status === 'LEAVE' ? data.leaveReason! : null,
    delegate: data.status === 'LEAVE' ? (data.delegate ?? null) : null,
    recordedBy: caller.displayName,
    version: data.version + 1,
    updatedAt: now,
  };
  // A member invited in person whom the secretariat records present earns its points per meeting, once (as at check-in).
  const credit = member && present && !wasPresent ? await meetingCredit(caller, meeting, member, ports) : undefined;
  await saveAttendance(caller, ports, 'recordAttendance', current, next, credit);
  return next;
}

/** 召开: the meeting took place (from its start on), at its version. */
export async function markMeetingHeld(principal: Principal, args: { id: string; version: number }, ports: Ports): Promise<Meeting> {
  const caller = authorize(principal, meetingPolicy.record);
  const current = await ports.meetings.get(caller.regionId, args.id);
  if (!current) throw notFound('会议', args.id);
  if (current.version !== args.version) throw conflict();
  const now = ports.now();
  assertAllowed(current, 'HOLD', 'id', now);
  const next: Meeting = { ...current, status: 'HELD', version: current.version + 1, updatedAt: now.toISOString() };
  const entry = recordChange(caller, ports, MEETING_AUDIT, { operation: 'markMeetingHeld', recordId: next.id, version: next.version, before: current, after: next });
  await refusing(ports.meetings.save({ current, next }, { audit: entry }), (r) => {
    if (r instanceof StaleVersionError) return conflict();
    return r instanceof RecordMissingError ? notFound('会议', next.id) : undefined;
  });
  return next;
}

// ---- what a meeting shows (its field resolvers) -------------------------------------------------------------

/**
 * Every invited unit's attendance, INVITED where nothing is recorded (one read of the meeting's records). The
 * secretariat sees every unit; an invitee (a liaison, a member) its own unit's only.
 */
export async function meetingAttendance(principal: Principal, meeting: Meeting, ports: Ports, loadMember: LoadMember): Promise<Attendance[]> {
  const seesAll = allows(principal, meetingPolicy.record);
  const ownUnitId = seesAll ? null : await viewerUnitId(principal, loadMember);
  if (!seesAll && (!ownUnitId || !meeting.invitedUnitIds.includes(ownUnitId))) return [];
  const recorded = new Map((await ports.proceedings.attendance(meeting.regionId, meeting.id)).map((a) => [a.unitId, a]));
  return meeting.invitedUnitIds
    .filter((unitId) => seesAll || unitId === ownUnitId)
    .map((unitId) => recorded.get(unitId) ?? invitedAttendance(meeting, unitId));
}

/**
 * The attendance of the members invited in person, INVITED where nothing is recorded (one read, the members through
 * the request's loader). The secretariat sees every member; a member invited in person its own; others none.
 */
export async function meetingMemberAttendance(principal: Principal, meeting: Meeting, ports: Ports, loadMember: LoadMember): Promise<Attendance[]> {
  if (meeting.invitedMemberIds.length === 0) return [];
  const seesAll = allows(principal, meetingPolicy.record);
  const ids = seesAll ? meeting.invitedMemberIds : meeting.invitedMemberIds.filter((id) => id === principal.memberId);
  if (ids.length === 0) return [];
  const [recorded, members] = await Promise.all([
    ports.proceedings.memberAttendance(meeting.regionId, meeting.id),
    Promise.all(ids.map((id) => loadMember(id))),
  ]);
  const byMember = new Map(recorded.map((a) => [a.invitedMemberId, a]));
  return ids.flatMap((id, i) => {
    const member = members[i];
    const attendance = byMember.get(id);
    if (attendance) return [attendance];
    // A member taken off the records since the invitation has no row until the secretariat records one.
    return member ? [invitedMemberAttendance(meeting, member)] : [];
  });
}

/** The opinions sent in: the secretariat all of them; a liaison its own unit's (read on until a page is full); others none. */
export async function meetingOpinions(principal: Principal, meeting: Meeting, args: PageArgs, ports: Ports): Promise<Page<MeetingOpinion>> {
  const request = pageRequest(args);
  if (allows(principal, meetingPolicy.record)) return readPage(ports.proceedings.opinions(meeting.regionId, meeting.id, request));
  const unitId = principal.unitId;
  if (!unitId || !allows(principal, meetingPolicy.speakForUnit, { unitId }) || !meeting.invitedUnitIds.includes(unitId)) {
    return { edges: [], pageInfo: { endCursor: null, hasNextPage: false } };
  }
  // At most MAX_AGENDA_ITEMS × MAX_INVITED_UNITS opinions: the walk is bounded; the unit's are one per item.
  const edges: Page<MeetingOpinion>['edges'] = [];
  let after = request.after;
  for (;;) {
    const page = await readPage(ports.proceedings.opinions(meeting.regionId, meeting.id, { size: 100, after }));
    for (const [i, edge] of page.edges.entries()) {
      if (edge.node.unitId !== unitId) continue;
      edges.push(edge);
      if (edges.length === request.size) {
        return { edges, pageInfo: { endCursor: edge.cursor, hasNextPage: i < page.edges.length - 1 || page.pageInfo.hasNextPage } };
      }
    }
    if (!page.pageInfo.hasNextPage) return { edges, pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: false } };
    after = page.pageInfo.endCursor;
  }
}

/**
 * A meeting as its reader may see it: the secretariat any of the region's (`meeting(id)`); an invited unit's liaison
 * or member one its unit was noticed of (its fields then show only what is the unit's: attendance, opinions, no code).
 * Anyone else, or a meeting the unit was not noticed of: FORBIDDEN / null as `meeting(id)` for an unknown id.
 */
export async function readMeeting(principal: Principal, meetingId: string, ports: Ports, loadMember?: LoadMember): Promise<Meeting | null> {
  if (allows(principal, meetingPolicy.read)) return getMeeting(principal, meetingId, ports);
  const unitId = await viewerUnitId(principal, loadMember ?? ((id) => ports.members.get(principal.regionId!, id)));
  if (!unitId) throw forbidden();
  const meeting = await ports.meetings.get(principal.regionId!, meetingId);
  if (!meeting) return null;
  const invited = meeting.invitedUnitIds.includes(unitId) || (principal.memberId !== undefined && meeting.invitedMemberIds.includes(principal.memberId));
  if (meeting.notice === null || !invited) throw forbidden('本单位未受邀参加该会议');
  return meeting;
}

/** The check-in code: the secretariat's only (it prints it or shows it at the door). */
export const checkInCodeFor = (principal: Principal, meeting: Meeting): string | null =>
  allows(principal, meetingPolicy.record) ? meeting.checkInCode : null;

// ---- helpers ------------------------------------------------------------------------------------------------

/** The unit a liaison speaks for, or a member's unit (from its record while on the roster); null for anyone else. */
export async function viewerUnitId(principal: Principal, loadMember: LoadMember): Promise<string | null> {
  if (principal.unitId && allows(principal, meetingPolicy.readNotices, { unitId: principal.unitId })) return principal.unitId;
  if (principal.memberId && allows(principal, meetingPolicy.readNotices, { memberId: principal.memberId })) {
    const member = await loadMember(principal.memberId);
    return member && onRoster(member) ? member.unitId : null;
  }
  return null;
}

/** Who checks in: a member (its unit from its record: it earns the points) or a liaison for its unit. */
async function checkingIn(principal: Principal, ports: Ports): Promise<{ caller: RegionPrincipal; unitId: string; member: Member | null }> {
  if (principal.memberId && allows(principal, meetingPolicy.checkIn, { memberId: principal.memberId })) {
    const caller = principal as RegionPrincipal;
    const member = await ports.members.get(caller.regionId, principal.memberId);
    if (!member || !onRoster(member)) throw forbidden('党员不在名册中，不能签到');
    return { caller, unitId: member.unitId, member };
  }
  const caller = authorize(principal, meetingPolicy.checkIn, { unitId: principal.unitId });
  return { caller, unitId: principal.unitId!, member: null };
}

async function meetingOf(caller: RegionPrincipal, meetingId: string, ports: Ports): Promise<Meeting> {
  const meeting = await ports.meetings.get(caller.regionId, meetingId);
  if (!meeting) throw notFound('会议', meetingId);
  return meeting;
}

/** The meeting, which must invite the unit. */
async function invitingMeeting(caller: RegionPrincipal, meetingId: string, unitId: string, ports: Ports): Promise<Meeting> {
  const meeting = await meetingOf(caller, meetingId, ports);
  if (!meeting.invitedUnitIds.includes(unitId)) throw badInput('meetingId', '该单位未受邀参加本次会议');
  return meeting;
}

/** Whose attendance: an invited unit's, or a member's invited in person (its unit named for the record). */
type Invitee = { unitId: string; memberId?: string };

/** A member the meeting invites in person, still on the roster. */
async function invitedInPerson(
  caller: RegionPrincipal, meeting: Meeting, memberId: string, ports: Ports, field: string, known?: Member | null,
): Promise<Invitee> {
  if (!meeting.invitedMemberIds.includes(memberId)) throw badInput(field, '该党员未个人受邀参加本次会议');
  const member = known === undefined ? await ports.members.get(caller.regionId, memberId) : known;
  if (!member || !onRoster(member)) throw badInput(field, '该党员不在名册中');
  return { unitId: member.unitId, memberId };
}

const readAttendance = (ports: Ports, meeting: Meeting, invitee: Invitee): Promise<Attendance | null> =>
  invitee.memberId
    ? ports.proceedings.getMemberAttendance(meeting.regionId, meeting.id, invitee.memberId)
    : ports.proceedings.getAttendance(meeting.regionId, meeting.id, invitee.unitId);

const blankAttendance = (meeting: Meeting, invitee: Invitee): Attendance =>
  invitee.memberId ? invitedMemberAttendance(meeting, { id: invitee.memberId, unitId: invitee.unitId }) : invitedAttendance(meeting, invitee.unitId);

/** A member's points for attending a meeting (its entry id names the meeting and the member: credited once). */
const meetingCredit = (caller: RegionPrincipal, meeting: Meeting, member: Member, ports: Ports): Promise<Credit> =>
  creditFor(caller, ports, {
    kind: 'MEETING',
    memberId: member.id,
    year: yearInChina(new Date(meeting.startsAt)),
    sourceId: meeting.id,
    entryId: pointsEntryId('MEETING', `${meeting.id}.${member.id}`),
    basis: 1,
    reason: `参加会议：${meeting.title}`,
    figures: { meetingsAttended: 1 },
  });

function expectStatus(meeting: Meeting, statuses: readonly MeetingStatus[], action: string): void {
  if (!statuses.includes(meeting.status)) throw badInput('meetingId', `会议当前状态为“${MEETING_STATUS_LABELS[meeting.status]}”，不能${action}`);
}

/** Attendance is entered as minutes are (RECORD_MINUTES: from the start on); said in the words of attendance. */
function assertRecording(meeting: Meeting, now: Date): void {
  if (allowedActions(meeting, now).includes('RECORD_MINUTES')) return;
  if (allowedActions(meeting).includes('RECORD_MINUTES')) throw badInput('meetingId', '会议尚未开始：开始后才能登记出席或缺席，会前只能登记请假');
  throw badInput('meetingId', `会议当前状态为“${MEETING_STATUS_LABELS[meeting.status]}”，不能登记出席情况`);
}

async function representativeOf(caller: RegionPrincipal, unitId: string, ports: Ports): Promise<string | null> {
  return (await ports.units.get(caller.regionId, unitId))?.representative?.name ?? null;
}

const attendanceAudit = (caller: RegionPrincipal, ports: Ports, operation: string, before: Attendance | null, after: Attendance) =>
  recordChange(caller, ports, ATTENDANCE_AUDIT, {
    operation,
    recordId: after.invitedMemberId ? `${after.meetingId}.member.${after.invitedMemberId}` : `${after.meetingId}.${after.unitId}`,
    version: after.version,
    before,
    after,
  });

async function saveAttendance(caller: RegionPrincipal, ports: Ports, operation: string, current: Attendance | null, next: Attendance, credit?: Credit): Promise<void> {
  const write = (points?: Credit) => ports.proceedings.saveAttendance({ current, next }, { audit: attendanceAudit(caller, ports, operation, current, next) }, points);
  // Credited for this meeting already (a check-in the secretariat later corrected): saved without a second credit.
  const saved = write(credit).catch((error: unknown) => {
    if (credit && error instanceof AlreadyTakenError) return write();
    throw error;
  });
  await refusing(saved, (r) => (r instanceof StaleVersionError ? conflict() : undefined));
}
