import { z } from 'zod';
import { authorize } from '../../auth/policy';
import type { Principal, RegionPrincipal } from '../../auth/principal';
import { recordChange } from '../audit/service';
import { badInput, conflict, notFound, type DomainError } from '../errors';
import { editFiles, uploadRefusal } from '../files/service';
import { pageRequest, readPage } from '../paging';
import { DEFAULT_REMINDER_OFFSETS, MAX_REMINDER_OFFSET_MINUTES, MAX_REMINDER_OFFSETS } from '../notifications/notification';
import type { Ports } from '../ports';
import { onRoster } from '../members/member';
import type { Unit } from '../units/unit';
import { parseInput, todayInChina, withChanges } from '../validation';
import { AlreadyTakenError, RecordMissingError, refusing, StaleVersionError, type WriteRefusedError } from '../write-refusals';
import { CADENCE_AUDIT, MEETING_AUDIT, MEETING_KINDS, MEETING_STATUS_LABELS, type AgendaItem, type CadencePolicy, type Meeting, type MeetingKind } from './meeting';
import { meetingPolicy } from './policy';
import { checkInCodeFrom } from './proceedings';
import {
  addAgendaItemInput, addMonths, assertAllowed, assertMeetingTime, cadenceOf, changeStatusInput, createMeetingInput, daysBefore,
  isLateNotice, MATERIALS_STATUSES, MAX_AGENDA_ITEMS, MAX_AGENDA_MATERIALS, MAX_INVITED_UNITS, meetingFilterInput, NOTICE_DAYS, postponeInput, sendNoticeInput,
  setAgendaMaterialsInput, setCadenceInput, updateMeetingInput,
} from './rules';

type PageArgs = { first?: number | null; after?: string | null };

export async function listMeetings(principal: Principal, args: PageArgs & { filter?: unknown }, ports: Ports) {
  const caller = authorize(principal, meetingPolicy.list);
  return readPage(ports.meetings.list(caller.regionId, parseInput(meetingFilterInput, args.filter), pageRequest(args)));
}

export async function getMeeting(principal: Principal, meetingId: string, ports: Ports) {
  const caller = authorize(principal, meetingPolicy.read);
  return ports.meetings.get(caller.regionId, meetingId);
}

export async function createMeeting(principal: Principal, input: unknown, ports: Ports): Promise<Meeting> {
  const caller = authorize(principal, meetingPolicy.create);
  const data = parseInput(createMeetingInput, input);
  const now = ports.now().toISOString();
  const agenda = (data.agenda ?? []).map((item, i) => agendaItem(ports, item, i + 1));
  const meeting: Meeting = {
    id: ports.newId(),
    regionId: caller.regionId,
    title: data.title,
    kind: data.kind,
    status: 'DRAFT',
    startsAt: data.startsAt,
    endsAt: data.endsAt,
    place: data.place ?? null,
    onlineLink: data.onlineLink ?? null,
    convenerUnitId: data.convenerUnitId ?? null,
    subBodyId: data.subBodyId ?? null,
    chair: data.chair ?? null,
    recorder: data.recorder ?? null,
    invitedUnitIds: data.invitedUnitIds ?? [],
    invitedMemberIds: data.invitedMemberIds ?? [],
    agenda,
    notice: null,
    statusReason: null,
    checkInCode: null,
    approvedAt: null,
    approvedBy: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  assertMeetingTime(meeting);
  await inviteSubBody(caller, meeting, ports);
  await assertUnits(caller, meeting, ports);
  await assertMembers(caller, meeting, ports);
  await refusing(ports.meetings.create(meeting, { audit: audit(caller, ports, 'createMeeting', null, meeting) }), (r) => meetingRefusal(r, meeting));
  return meeting;
}

export async function updateMeeting(principal: Principal, input: unknown, ports: Ports): Promise<Meeting> {
  const caller = authorize(principal, meetingPolicy.update);
  const data = parseInput(updateMeetingInput, input);
  const current = await existingMeeting(caller, data.id, ports, data.version);
  assertAllowed(current, 'EDIT');
  const next: Meeting = withChanges({ ...current, version: data.version + 1, updatedAt: ports.now().toISOString() }, data);
  next.invitedUnitIds = data.invitedUnitIds === undefined ? current.invitedUnitIds : (data.invitedUnitIds ?? []);
  next.invitedMemberIds = data.invitedMemberIds === undefined ? current.invitedMemberIds : (data.invitedMemberIds ?? []);
  assertMeetingTime(next);
  if (data.subBodyId !== undefined && data.subBodyId !== current.subBodyId) await inviteSubBody(caller, next, ports);
  await assertUnits(caller, next, ports);
  await assertMembers(caller, next, ports);
  return save(caller, ports, 'updateMeeting', current, next);
}

export async function addAgendaItem(principal: Principal, input: unknown, ports: Ports): Promise<Meeting> {
  const caller = authorize(principal, meetingPolicy.update);
  const data = parseInput(addAgendaItemInput, input);
  const current = await existingMeeting(caller, data.meetingId, ports, data.version);
  assertAllowed(current, 'EDIT', 'meetingId');
  if (current.agenda.length >= MAX_AGENDA_ITEMS) throw badInput('title', `议题不能超过 ${MAX_AGENDA_ITEMS} 个`);
  const next: Meeting = {
    ...current,
    agenda: [...current.agenda, agendaItem(ports, data, current.agenda.length + 1)],
    version: data.version + 1,
    updatedAt: ports.now().toISOString(),
  };
  await assertUnits(caller, next, ports);
  return save(caller, ports, 'addAgendaItem', current, next);
}

/**
 * 会议材料: the secretariat sets an agenda item's files — kept by name, new ones uploaded first — from the draft until
 * the meeting is held (materials often follow the notice), at the meeting's version; each new upload is consumed by
 * the write, and 归档 files the materials into the archive.
 */
export async function setAgendaMaterials(principal: Principal, input: unknown, ports: Ports): Promise<Meeting> {
  const caller = authorize(principal, meetingPolicy.update);
  const data = parseInput(setAgendaMaterialsInput, input);
  const current = await existingMeeting(caller, data.meetingId, ports, data.version);
  if (!MATERIALS_STATUSES.includes(current.status)) {
    throw badInput('meetingId', `会议当前状态为“${MEETING_STATUS_LABELS[current.status]}”，会议召开后不能再修改会议材料`);
  }
  const item = current.agenda.find((a) => a.id === data.itemId);
  if (!item) throw badInput('itemId', '该议题不在本次会议议程中');
  const { files, claimed } = await editFiles(
    caller, { current: item.materials, keepFileNames: data.keepFileNames, fileUploadIds: data.fileUploadIds }, { max: MAX_AGENDA_MATERIALS, label: '会议材料' }, ports,
  );
  const next: Meeting = {
    ...current,
    agenda: current.agenda.map((a) => (a.id === item.id ? { ...a, materials: files } : a)),
    version: data.version + 1,
    updatedAt: ports.now().toISOString(),
  };
  const alongside = { audit: audit(caller, ports, 'setAgendaMaterials', current, next), uploads: claimed.map((c) => c.claim) };
  await refusing(ports.meetings.save({ current, next }, alongside), (r) => uploadRefusal(claimed, r) ?? meetingRefusal(r, next));
  return next;
}

export async function removeAgendaItem(principal: Principal, args: { meetingId: string; version: number; itemId: string }, ports: Ports): Promise<Meeting> {
  const caller = authorize(principal, meetingPolicy.update);
  const current = await existingMeeting(caller, args.meetingId, ports, args.version);
  assertAllowed(current, 'EDIT', 'meetingId');
  if (!current.agenda.some((item) => item.id === args.itemId)) throw badInput('itemId', '该议题不在本次会议议程中');
  const agenda = current.agenda.filter((item) => item.id !== args.itemId).map((item, i) => ({ ...item, order: i + 1 }));
  return save(caller, ports, 'removeAgendaItem', current, { ...current, agenda, version: args.version + 1, updatedAt: ports.now().toISOString() });
}

/**
 * 会议通知: at least NOTICE_DAYS before the start (001 附件1 §1.2); later only with the reason, which the
 * meeting keeps and shows (003 doc 2 §1: 如工作需要，可随时召开). Needs an agenda and someone to notify.
 */
export async function sendMeetingNotice(principal: Principal, input: unknown, ports: Ports): Promise<Meeting> {
  const caller = authorize(principal, meetingPolicy.notice);
  const data = parseInput(sendNoticeInput, input);
  const current = await existingMeeting(caller, data.meetingId, ports, data.version);
  assertAllowed(current, 'SEND_NOTICE', 'meetingId');
  const now = ports.now();
  if (Date.parse(current.startsAt) <= now.getTime()) throw badInput('meetingId', '会议开始时间已过，不能再发通知；请先延期到新的时间');
  if (current.agenda.length === 0) throw badInput('meetingId', '请先添加议题：会议通知须写明议题');
  if (current.invitedUnitIds.length === 0 && current.invitedMemberIds.length === 0) throw badInput('meetingId', '请先选择参会单位或参会党员');
  const late = isLateNotice(now, current.startsAt);
  if (late && !data.lateReason) {
    throw badInput('lateReason', `会议通知应至少提前 ${NOTICE_DAYS} 天发出（001 附件1 §1.2）；距开会不足 ${NOTICE_DAYS} 天，请填写补发原因`);
  }
  const next: Meeting = {
    ...current,
    status: 'NOTICED',
    statusReason: null,
    notice: {
      sentAt: now.toISOString(),
      sentBy: caller.displayName,
      daysBeforeStart: daysBefore(now, current.startsAt),
      lateReason: late ? data.lateReason! : null,
      recipientCount: current.invitedUnitIds.length + current.invitedMemberIds.length,
    },
    // Drawn once; a postponed meeting noticed again keeps its code (it may already be printed on the notice).
    checkInCode: current.checkInCode ?? checkInCodeFrom(ports.newId()),
    version: data.version + 1,
    updatedAt: now.toISOString(),
  };
  return save(caller, ports, 'sendMeetingNotice', current, next);
}

export async function cancelMeeting(principal: Principal, input: unknown, ports: Ports): Promise<Meeting> {
  const caller = authorize(principal, meetingPolicy.changeStatus);
  const data = parseInput(changeStatusInput, input);
  const current = await existingMeeting(caller, data.id, ports, data.version);
  assertAllowed(current, 'CANCEL');
  const next: Meeting = { ...current, status: 'CANCELLED', statusReason: data.reason, version: data.version + 1, updatedAt: ports.now().toISOString() };
  return save(caller, ports, 'cancelMeeting', current, next);
}

/** A new time; the invitees must be told again (the meeting goes to POSTPONED until the next notice). */
export async function postponeMeeting(principal: Principal, input: unknown, ports: Ports): Promise<Meeting> {
  const caller = authorize(principal, meetingPolicy.changeStatus);
  const data = parseInput(postponeInput, input);
  const current = await existingMeeting(caller, data.id, ports, data.version);
  assertAllowed(current, 'POSTPONE');
  if (Date.parse(data.startsAt) <= ports.now().getTime()) throw badInput('startsAt', '延期后的开始时间须晚于现在');
  const next: Meeting = {
    ...current,
    status: 'POSTPONED',
    statusReason: data.reason,
    startsAt: data.startsAt,
    endsAt: data.endsAt,
    version: data.version + 1,
    updatedAt: ports.now().toISOString(),
  };
  assertMeetingTime(next);
  return save(caller, ports, 'postponeMeeting', current, next);
}

export interface CadenceView {
  kind: MeetingKind;
  everyMonths: number | null;
  lastHeldOn: string | null;
  nextDueOn: string | null;
  overdue: boolean;
}

/** Each kind's rule and where the region stands: one bounded read per kind (its latest meeting held). */
export async function meetingCadence(principal: Principal, ports: Ports): Promise<CadenceView[]> {
  const caller = authorize(principal, meetingPolicy.cadence);
  const now = ports.now();
  const today = todayInChina(now);
  const policy = await ports.meetingCadence.get(caller.regionId);
  return Promise.all(
    MEETING_KINDS.map(async (kind) => {
      const everyMonths = cadenceOf(policy, kind);
      const last = await ports.meetings.lastHeld(caller.regionId, kind, now.toISOString());
      const lastHeldOn = last ? todayInChina(new Date(last.startsAt)) : null;
      // A kind with a rule and none held yet is due now: nothing shows the region keeping the rule.
      const nextDueOn = everyMonths === null ? null : lastHeldOn ? addMonths(lastHeldOn, everyMonths) : today;
      const overdue = everyMonths !== null && (lastHeldOn === null || nextDueOn! < today);
      return { kind, everyMonths, lastHeldOn, nextDueOn, overdue };
    }),
  );
}

export async function setMeetingCadence(principal: Principal, input: unknown, ports: Ports): Promise<CadenceView> {
  const caller = authorize(principal, meetingPolicy.cadence);
  const data = parseInput(setCadenceInput, input);
  const current = await ports.meetingCadence.get(caller.regionId);
  const everyMonths = { ...(current?.everyMonths ?? defaultRules()) };
  if (data.everyMonths) everyMonths[data.kind] = data.everyMonths;
  else delete everyMonths[data.kind];
  const next: CadencePolicy = { ...current, regionId: caller.regionId, everyMonths, version: (current?.version ?? 0) + 1 };
  const entry = recordChange(caller, ports, CADENCE_AUDIT, { operation: 'setMeetingCadence', recordId: `cadence-${caller.regionId}`, version: next.version, before: current, after: next });
  await refusing(ports.meetingCadence.save({ current, next }, { audit: entry }), (r) => (r instanceof StaleVersionError ? conflict() : undefined));
  return (await meetingCadence(caller, ports)).find((view) => view.kind === data.kind)!;
}

/** The region's reminder offsets (minutes before a start), largest first. */
export async function reminderOffsets(regionId: string, ports: Ports): Promise<number[]> {
  return (await ports.meetingCadence.get(regionId))?.reminderOffsetsMinutes ?? [...DEFAULT_REMINDER_OFFSETS];
}

/** The secretariat reads the region's reminder offsets. */
export async function meetingReminderOffsets(principal: Principal, ports: Ports): Promise<number[]> {
  const caller = authorize(principal, meetingPolicy.cadence);
  return reminderOffsets(caller.regionId, ports);
}

const reminderOffsetsInput = z.object({
  offsetsMinutes: z
    .array(
      z.number({ invalid_type_error: '提醒时间须为分钟数' }).int('提醒时间须为整数分钟').min(5, '提醒时间至少提前 5 分钟').max(MAX_REMINDER_OFFSET_MINUTES, '提醒时间最多提前 30 天'),
      { invalid_type_error: '提醒时间须为列表' },
    )
    .max(MAX_REMINDER_OFFSETS, `最多设置 ${MAX_REMINDER_OFFSETS} 个提醒`)
    .refine((list) => new Set(list).size === list.length, '提醒时间不能重复'),
});

/** The region sets its reminders (e.g. 7 days, 1 day, 1 hour before; none at all: []), kept with the cadence rules. */
export async function setMeetingReminderOffsets(principal: Principal, offsetsMinutes: unknown, ports: Ports): Promise<number[]> {
  const caller = authorize(principal, meetingPolicy.cadence);
  const data = parseInput(reminderOffsetsInput, { offsetsMinutes });
  const current = await ports.meetingCadence.get(caller.regionId);
  const offsets = [...data.offsetsMinutes].sort((a, b) => b - a);
  const next: CadencePolicy = { regionId: caller.regionId, everyMonths: current?.everyMonths ?? defaultRules(), reminderOffsetsMinutes: offsets, version: (current?.version ?? 0) + 1 };
  const entry = recordChange(caller, ports, CADENCE_AUDIT, { operation: 'setMeetingReminderOffsets', recordId: `cadence-${caller.regionId}`, version: next.version, before: current, after: next });
  await refusing(ports.meetingCadence.save({ current, next }, { audit: entry }), (r) => (r instanceof StaleVersionError ? conflict() : undefined));
  return offsets;
}

const defaultRules = () => Object.fromEntries(MEETING_KINDS.map((kind) => [kind, cadenceOf(null, kind)]).filter(([, months]) => months !== null));

function agendaItem(ports: Ports, item: { title: string; presenterUnitId?: string | null; presenter?: string | null; plannedMinutes?: number | null }, order: number): AgendaItem {
  return {
    id: ports.newId(),
    order,
    title: item.title,
    presenterUnitId: item.presenterUnitId ?? null,
    presenter: item.presenter ?? null,
    plannedMinutes: item.plannedMinutes ?? null,
    materials: [],
  };
}

/**
 * A meeting held by a sub-body (专门机构召开): its member units that have not left the alliance are invited besides the
 * units named, and its convener unit convenes unless one is named. Changes `meeting` in place.
 */
async function inviteSubBody(caller: RegionPrincipal, meeting: Meeting, ports: Ports): Promise<void> {
  if (!meeting.subBodyId) return;
  const body = await ports.alliance.subBody(caller.regionId, meeting.subBodyId);
  if (!body) throw badInput('subBodyId', '该专门机构不存在');
  const units = await ports.units.getMany(caller.regionId, body.unitIds);
  const active = units.filter((u): u is Unit => u !== null && u.status !== 'WITHDRAWN').map((u) => u.id);
  const invited = [...new Set([...meeting.invitedUnitIds, ...active])];
  if (invited.length > MAX_INVITED_UNITS) throw badInput('subBodyId', `参会单位不能超过 ${MAX_INVITED_UNITS} 个`);
  meeting.invitedUnitIds = invited;
  meeting.convenerUnitId ??= body.convenerUnitId;
}

/** Every unit a meeting names is a unit of the region (one batched read). */
async function assertUnits(caller: RegionPrincipal, meeting: Meeting, ports: Ports): Promise<void> {
  const named = [
    ...(meeting.convenerUnitId ? [{ id: meeting.convenerUnitId, field: 'convenerUnitId' }] : []),
    ...meeting.invitedUnitIds.map((unitId, i) => ({ id: unitId, field: `invitedUnitIds.${i}` })),
    ...meeting.agenda.flatMap((item, i) => (item.presenterUnitId ? [{ id: item.presenterUnitId, field: `agenda.${i}.presenterUnitId` }] : [])),
  ];
  const units = await ports.units.getMany(caller.regionId, [...new Set(named.map((n) => n.id))]);
  const found = new Set(units.filter((u): u is Unit => u !== null && u.status !== 'WITHDRAWN').map((u) => u.id));
  const missing = named.find((n) => !found.has(n.id));
  if (missing) throw badInput(missing.field, '单位不存在或已退出联盟');
}

/** Every member invited in person is on the region's roster (one batched read). */
async function assertMembers(caller: RegionPrincipal, meeting: Meeting, ports: Ports): Promise<void> {
  if (meeting.invitedMemberIds.length === 0) return;
  const members = await ports.members.getMany(caller.regionId, meeting.invitedMemberIds);
  const missing = members.findIndex((m) => m === null || !onRoster(m));
  if (missing !== -1) throw badInput(`invitedMemberIds.${missing}`, '党员不存在或已不在名册中');
}

async function existingMeeting(caller: RegionPrincipal, meetingId: string, ports: Ports, version: number): Promise<Meeting> {
  const meeting = await ports.meetings.get(caller.regionId, meetingId);
  if (!meeting) throw notFound('会议', meetingId);
  if (meeting.version !== version) throw conflict();
  return meeting;
}

async function save(caller: RegionPrincipal, ports: Ports, operation: string, current: Meeting, next: Meeting): Promise<Meeting> {
  await refusing(ports.meetings.save({ current, next }, { audit: audit(caller, ports, operation, current, next) }), (r) => meetingRefusal(r, next));
  return next;
}

function meetingRefusal(refusal: WriteRefusedError, meeting: Pick<Meeting, 'id'>): DomainError | undefined {
  if (refusal instanceof StaleVersionError) return conflict();
  if (refusal instanceof RecordMissingError) return notFound('会议', meeting.id);
  if (refusal instanceof AlreadyTakenError) return conflict('会议编号冲突，请重试');
  return undefined;
}

const audit = (caller: RegionPrincipal, ports: Ports, operation: string, before: Meeting | null, after: Meeting) =>
  recordChange(caller, ports, MEETING_AUDIT, { operation, recordId: after.id, version: after.version, before, after });
