import { beforeEach, describe, expect, it } from 'vitest';
import type { RegionPrincipal } from '../../auth/principal';
import type { Member } from '../members/member';
import { attempt, COMMUNITY, givenMember, givenRegion, givenUnit } from '../testing/fixtures';
import { createMemoryPorts, type MemoryPorts } from '../testing/memory-ports';
import { unitLiaison } from '../testing/principals';
import type { Unit } from '../units/unit';
import {
  checkIn, checkInCodeFor, markMeetingHeld, readMeeting, meetingAttendance, meetingMemberAttendance, meetingNotices, meetingOpinions, recordAttendance, requestLeave, submitOpinion,
} from './attendance-service';
import type { Meeting } from './meeting';
import { takesPart } from './proceedings';
import { createMeeting, sendMeetingNotice } from './service';

let ports: MemoryPorts;
let admin: RegionPrincipal;
let regionId: string;
let unit: Unit;
let community: Unit;
let outsider: Unit;
let liaison: RegionPrincipal;
let member: Member;
let asMember: RegionPrincipal;

// The clock starts at 2026-03-01T08:00:00Z; meetings start on 2026-03-20 at 01:30Z (09:30 in Beijing) and end at 04:00Z.
const STARTS = '2026-03-20T01:30:00.000Z';
const ENDS = '2026-03-20T04:00:00.000Z';
const minutesFromStart = (minutes: number) => new Date(Date.parse(STARTS) + minutes * 60_000);

beforeEach(async () => {
  ports = createMemoryPorts();
  ({ regionId, admin } = await givenRegion(ports));
  unit = await givenUnit(ports, admin, { representative: { name: '王固定' } });
  community = await givenUnit(ports, admin, COMMUNITY);
  outsider = await givenUnit(ports, admin);
  liaison = unitLiaison(regionId, unit.id);
  member = await givenMember(ports, admin, unit.id);
  asMember = { userId: `member@${member.id}`, displayName: member.name, regionId, roles: ['MEMBER'], memberId: member.id };
});

const loadMember = (id: string) => ports.members.get(regionId, id);
const loadMeeting = async (id: string) => (await ports.meetings.get(regionId, id))!;

/** A meeting inviting `unit` and `community`, noticed (version 2) unless `draft`. */
async function givenMeeting(overrides: Record<string, unknown> = {}, options: { draft?: boolean } = {}): Promise<Meeting> {
  const meeting = await createMeeting(admin, {
    title: '2026年第一季度党建联席会议', kind: 'JOINT_MEETING', startsAt: STARTS, endsAt: ENDS,
    invitedUnitIds: [unit.id, community.id], agenda: [{ title: '通报共建项目进展' }, { title: '审议需求清单' }], ...overrides,
  }, ports);
  if (options.draft) return meeting;
  return sendMeetingNotice(admin, { meetingId: meeting.id, version: 1 }, ports);
}

const figuresOf = async (memberId: string) => (await ports.points.figures(regionId, 2026, [memberId]))[0]!;

describe('Method: meetingNotices', () => {
  it('lists the noticed meetings of a liaison’s or a member’s unit by start time, from an instant on; others get null', async () => {
    const later = await givenMeeting({ title: '第二次', startsAt: '2026-04-20T01:30:00Z', endsAt: '2026-04-20T03:00:00Z' });
    const first = await givenMeeting();
    await givenMeeting({ title: '草稿' }, { draft: true });
    await givenMeeting({ title: '别家的', invitedUnitIds: [community.id] });
    const ids = async (principal: RegionPrincipal, from?: string) => (await meetingNotices(principal, { from }, ports))?.edges.map((e) => e.node.id);
    expect(await ids(liaison)).toEqual([first.id, later.id]);
    expect(await ids(asMember)).toEqual([first.id, later.id]);
    expect(await ids(liaison, '2026-04-01T00:00:00+08:00')).toEqual([later.id]);
    expect(await meetingNotices(admin, {}, ports)).toBeNull();
    await expect(attempt(() => meetingNotices(liaison, { from: '4月1日' }, ports))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
  });

  it('gives a member invited in person that meeting’s notice and page too, not its unit’s liaison; other members not', async () => {
    // Prepare: a topic meeting of another unit that invites the member in person
    const expert = await givenMeeting({ title: '专题会议', invitedUnitIds: [community.id], invitedMemberIds: [member.id] });
    const other = await givenMember(ports, admin, unit.id, { name: '李另一' });
    const asOther: RegionPrincipal = { userId: `member@${other.id}`, displayName: other.name, regionId, roles: ['MEMBER'], memberId: other.id };
    // Assess
    expect(expert.notice?.recipientCount).toBe(2);
    expect((await meetingNotices(asMember, {}, ports))?.edges.map((e) => e.node.id)).toEqual([expert.id]);
    expect((await readMeeting(asMember, expert.id, ports))?.id).toBe(expert.id);
    expect((await meetingNotices(liaison, {}, ports))?.edges).toEqual([]);
    expect((await meetingNotices(asOther, {}, ports))?.edges).toEqual([]);
    await expect(attempt(() => readMeeting(asOther, expert.id, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses a member who is not on the roster at its place in invitedMemberIds', async () => {
    await expect(attempt(() => givenMeeting({ invitedMemberIds: [member.id, 'no-such-member'] }, { draft: true }))).rejects.toMatchObject({
      code: 'BAD_USER_INPUT', field: 'invitedMemberIds.1',
    });
    const onlyMembers = await givenMeeting({ invitedUnitIds: [], invitedMemberIds: [member.id] });
    expect(onlyMembers.notice?.recipientCount).toBe(1);
  });
});

describe('Method: readMeeting', () => {
  it('gives the secretariat any meeting, an invited unit’s liaison and member one it was noticed of; no draft, no other unit’s', async () => {
    const noticed = await givenMeeting();
    const draft = await givenMeeting({ title: '草稿' }, { draft: true });
    const others = await givenMeeting({ title: '别家的', invitedUnitIds: [community.id] });
    expect((await readMeeting(admin, draft.id, ports))?.id).toBe(draft.id);
    expect((await readMeeting(liaison, noticed.id, ports))?.id).toBe(noticed.id);
    expect((await readMeeting(asMember, noticed.id, ports))?.id).toBe(noticed.id);
    for (const id of [draft.id, others.id]) {
      await expect(attempt(() => readMeeting(liaison, id, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(attempt(() => readMeeting(asMember, id, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await readMeeting(liaison, 'no-such-meeting', ports)).toBeNull();
    await expect(attempt(() => readMeeting(unitLiaison(regionId, outsider.id), noticed.id, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('Method: requestLeave', () => {
  it('records 请假 with a delegate for the liaison’s unit, audited; a later request replaces it', async () => {
    const meeting = await givenMeeting();
    const leave = await requestLeave(liaison, { meetingId: meeting.id, reason: '外出培训', delegate: '副书记李四' }, ports);
    expect(leave).toMatchObject({ unitId: unit.id, status: 'LEAVE', source: 'LEAVE_REQUEST', leaveReason: '外出培训', delegate: '副书记李四', version: 1, recordedBy: liaison.displayName });
    expect(takesPart(leave)).toBe(true);
    expect(ports.memory.auditEntries().at(-1)).toMatchObject({ operation: 'requestLeave', recordType: 'MeetingAttendance', recordId: `${meeting.id}.${unit.id}`, version: 1 });
    const again = await requestLeave(liaison, { meetingId: meeting.id, reason: '外出培训', delegate: null }, ports);
    expect(again).toMatchObject({ version: 2, delegate: null });
    expect(takesPart(again)).toBe(false);
    // The secretariat asks for a unit it names.
    await expect(requestLeave(admin, { meetingId: meeting.id, unitId: community.id, reason: '电话请假' }, ports)).resolves.toMatchObject({ unitId: community.id, version: 1 });
  });

  it.each([
    ['no reason', { reason: ' ' }, 'reason', '请假事由不能为空'],
    ['a unit not invited', { unitId: 'OUTSIDER' }, 'meetingId', '该单位未受邀参加本次会议'],
    ['the secretariat naming no unit', { unitId: null, as: 'admin' }, 'unitId', '请选择请假的单位'],
  ])('refuses %s at its field', async (_, overrides, field, message) => {
    const meeting = await givenMeeting();
    const { as, unitId, ...rest } = overrides as Record<string, unknown>;
    const input = { meetingId: meeting.id, reason: '外出', ...rest, unitId: unitId === 'OUTSIDER' ? outsider.id : unitId };
    const caller = as === 'admin' || unitId === 'OUTSIDER' ? admin : liaison;
    await expect(attempt(() => requestLeave(caller, input, ports))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field, message });
  });

  it('is refused for another unit’s liaison, for a draft, after the end, and once the unit checked in', async () => {
    const meeting = await givenMeeting();
    await expect(attempt(() => requestLeave(liaison, { meetingId: meeting.id, unitId: community.id, reason: '外出' }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(() => requestLeave(asMember, { meetingId: meeting.id, reason: '外出' }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const draft = await givenMeeting({}, { draft: true });
    await expect(attempt(() => requestLeave(liaison, { meetingId: draft.id, reason: '外出' }, ports))).rejects.toMatchObject({ field: 'meetingId', message: '会议当前状态为“草稿”，不能请假' });
    ports.clock.set(minutesFromStart(-5));
    await checkIn(liaison, { meetingId: meeting.id, code: (await loadMeeting(meeting.id)).checkInCode! }, ports);
    await expect(attempt(() => requestLeave(liaison, { meetingId: meeting.id, reason: '外出' }, ports))).rejects.toMatchObject({ message: '该单位已签到出席，不能再请假' });
    ports.clock.set(minutesFromStart(200));
    await expect(attempt(() => requestLeave(admin, { meetingId: meeting.id, unitId: community.id, reason: '外出' }, ports))).rejects.toMatchObject({ message: '会议已结束，不能再请假' });
  });
});

describe('Method: submitOpinion', () => {
  it('keeps one opinion per unit and item (a new one replaces it); the secretariat reads all, a liaison its own unit’s', async () => {
    const meeting = await givenMeeting();
    const [first, second] = meeting.agenda;
    await submitOpinion(liaison, { meetingId: meeting.id, agendaItemId: first!.id, text: '建议增加助老项目' }, ports);
    await submitOpinion(liaison, { meetingId: meeting.id, agendaItemId: first!.id, text: '建议增加助老、助餐项目' }, ports);
    await submitOpinion(admin, { meetingId: meeting.id, agendaItemId: first!.id, unitId: community.id, text: '同意' }, ports);
    const opinion = await submitOpinion(liaison, { meetingId: meeting.id, agendaItemId: second!.id, text: '无意见' }, ports);
    expect(opinion).toMatchObject({ unitId: unit.id, submittedBy: liaison.displayName, submittedAt: '2026-03-01T08:00:00.000Z' });
    expect(ports.memory.auditEntries().at(-1)).toMatchObject({ operation: 'submitOpinion', recordType: 'MeetingOpinion' });
    const all = await meetingOpinions(admin, meeting, { first: 10 }, ports);
    expect(all.edges.map((e) => [e.node.agendaItemId === first!.id ? 1 : 2, e.node.unitId === unit.id ? 'unit' : 'community', e.node.text]).sort()).toEqual([
      [1, 'community', '同意'], [1, 'unit', '建议增加助老、助餐项目'], [2, 'unit', '无意见'],
    ]);
    // A liaison pages through its own unit's only.
    const page1 = await meetingOpinions(liaison, meeting, { first: 1 }, ports);
    expect(page1.edges.map((e) => e.node.unitId)).toEqual([unit.id]);
    const page2 = await meetingOpinions(liaison, meeting, { first: 1, after: page1.pageInfo.endCursor }, ports);
    expect(page2.edges.map((e) => e.node.unitId)).toEqual([unit.id]);
    expect(page2.edges[0]!.node.agendaItemId).not.toBe(page1.edges[0]!.node.agendaItemId);
    const page3 = await meetingOpinions(liaison, meeting, { first: 1, after: page2.pageInfo.endCursor }, ports);
    expect(page3).toEqual({ edges: [], pageInfo: { endCursor: null, hasNextPage: false } });
    expect((await meetingOpinions(asMember, meeting, {}, ports)).edges).toEqual([]);
  });

  it('refuses an unknown item, a text too long, and an opinion once the meeting started', async () => {
    const meeting = await givenMeeting();
    const item = meeting.agenda[0]!.id;
    await expect(attempt(() => submitOpinion(liaison, { meetingId: meeting.id, agendaItemId: 'nope', text: '意见' }, ports))).rejects.toMatchObject({ field: 'agendaItemId' });
    await expect(attempt(() => submitOpinion(liaison, { meetingId: meeting.id, agendaItemId: item, text: '长'.repeat(2001) }, ports))).rejects.toMatchObject({
      field: 'text', message: '书面意见不能超过 2000 个字符',
    });
    ports.clock.set(minutesFromStart(0));
    await expect(attempt(() => submitOpinion(liaison, { meetingId: meeting.id, agendaItemId: item, text: '意见' }, ports))).rejects.toMatchObject({
      field: 'meetingId', message: '会议已开始：书面意见须在会前提交',
    });
  });
});

describe('Method: checkIn', () => {
  it('refuses before the window, a wrong code and after the end, at the code; in time the unit is present, late after the start', async () => {
    const meeting = await givenMeeting();
    const code = (await loadMeeting(meeting.id)).checkInCode!;
    expect(code).toMatch(/^\d{6}$/);
    ports.clock.set(minutesFromStart(-31));
    await expect(attempt(() => checkIn(liaison, { meetingId: meeting.id, code }, ports))).rejects.toMatchObject({
      code: 'BAD_USER_INPUT', field: 'code', message: '签到尚未开始：2026-03-20 09:00 起可以签到',
    });
    ports.clock.set(minutesFromStart(-30));
    const wrong = code === '000000' ? '111111' : '000000';
    await expect(attempt(() => checkIn(liaison, { meetingId: meeting.id, code: wrong }, ports))).rejects.toMatchObject({ field: 'code', message: '签到码不正确（还可尝试 4 次）' });
    await expect(attempt(() => checkIn(liaison, { meetingId: meeting.id, code: '12a' }, ports))).rejects.toMatchObject({ field: 'code', message: '签到码须为 6 位数字' });
    const present = await checkIn(liaison, { meetingId: meeting.id, code: ` ${code.slice(0, 3)} ${code.slice(3)} ` }, ports);
    expect(present).toMatchObject({ status: 'PRESENT', source: 'CHECK_IN', attendee: liaison.displayName, memberId: null, late: false, version: 1 });
    ports.clock.set(minutesFromStart(10));
    // A repeated check-in changes nothing.
    await expect(checkIn(liaison, { meetingId: meeting.id, code }, ports)).resolves.toEqual(present);
    const late = await checkIn(unitLiaison(regionId, community.id), { meetingId: meeting.id, code }, ports);
    expect(late).toMatchObject({ late: true, checkedInAt: minutesFromStart(10).toISOString() });
    ports.clock.set(new Date(Date.parse(ENDS) + 1));
    await expect(attempt(() => checkIn(asMember, { meetingId: meeting.id, code }, ports))).rejects.toMatchObject({ field: 'code', message: '签到已结束：会议已经结束' });
  });

  it('closes check-in to a caller after 5 wrong codes, even with the right one then; others still check in', async () => {
    const meeting = await givenMeeting();
    const code = (await loadMeeting(meeting.id)).checkInCode!;
    const wrong = code === '000000' ? '111111' : '000000';
    ports.clock.set(minutesFromStart(-5));
    const messages = [];
    for (let i = 0; i < 5; i++) messages.push((await attempt(() => checkIn(liaison, { meetingId: meeting.id, code: wrong }, ports)).catch((e) => e)).message);
    expect(messages).toEqual(['签到码不正确（还可尝试 4 次）', '签到码不正确（还可尝试 3 次）', '签到码不正确（还可尝试 2 次）', '签到码不正确（还可尝试 1 次）', '签到码错误次数过多（5 次），请联系秘书处登记出席']);
    await expect(attempt(() => checkIn(liaison, { meetingId: meeting.id, code }, ports))).rejects.toMatchObject({ field: 'code', message: '签到码错误次数过多（5 次），请联系秘书处登记出席' });
    expect(await ports.proceedings.getAttendance(regionId, meeting.id, unit.id)).toBeNull();
    await expect(checkIn(asMember, { meetingId: meeting.id, code }, ports)).resolves.toMatchObject({ status: 'PRESENT' });
  });

  it('credits a member its points per meeting once, with the meeting counted; another member of the unit finds it present', async () => {
    const meeting = await givenMeeting();
    const code = (await loadMeeting(meeting.id)).checkInCode!;
    ports.clock.set(minutesFromStart(-10));
    const present = await checkIn(asMember, { meetingId: meeting.id, code }, ports);
    expect(present).toMatchObject({ unitId: unit.id, attendee: member.name, memberId: member.id, late: false });
    expect(await figuresOf(member.id)).toMatchObject({ meetingsAttended: 1, points: 2 });
    const entries = await ports.points.entries(regionId, member.id, 2026, { size: 10 });
    expect(entries.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ id: `MEETING.${meeting.id}.${member.id}`, kind: 'MEETING', sourceId: meeting.id, basis: 1, points: 2, reason: `参加会议：${meeting.title}` }),
    ]);
    await expect(checkIn(asMember, { meetingId: meeting.id, code }, ports)).resolves.toEqual(present);
    const colleague = await givenMember(ports, admin, unit.id);
    await checkIn({ ...asMember, memberId: colleague.id, displayName: colleague.name }, { meetingId: meeting.id, code }, ports);
    expect(await figuresOf(member.id)).toMatchObject({ meetingsAttended: 1, points: 2 });
    expect(await figuresOf(colleague.id)).toMatchObject({ meetingsAttended: 0, points: 0 });
  });

  it('credits no second time when the secretariat corrected an earlier check-in and the member checks in again', async () => {
    const meeting = await givenMeeting();
    const code = (await loadMeeting(meeting.id)).checkInCode!;
    ports.clock.set(minutesFromStart(5));
    await checkIn(asMember, { meetingId: meeting.id, code }, ports);
    await recordAttendance(admin, { meetingId: meeting.id, unitId: unit.id, version: 1, status: 'ABSENT' }, ports);
    const again = await checkIn(asMember, { meetingId: meeting.id, code }, ports);
    expect(again).toMatchObject({ status: 'PRESENT', version: 3, memberId: member.id, late: true });
    expect(await figuresOf(member.id)).toMatchObject({ meetingsAttended: 1, points: 2 });
  });

  it('reads again when another of the unit checked in between its read and its write (two liaisons of one unit)', async () => {
    const meeting = await givenMeeting();
    const code = (await loadMeeting(meeting.id)).checkInCode!;
    ports.clock.set(minutesFromStart(-1));
    const other = { ...liaison, userId: 'liaison-2', displayName: '第二联络员' };
    ports.memory.beforeNextWrite(() => checkIn(other, { meetingId: meeting.id, code }, ports));
    const result = await checkIn(liaison, { meetingId: meeting.id, code }, ports);
    expect(result).toMatchObject({ attendee: '第二联络员', version: 1 });
    expect((await ports.proceedings.attendance(regionId, meeting.id)).map((a) => a.attendee)).toEqual(['第二联络员']);
  });

  it('is for invited units of a noticed meeting, and not the secretariat’s', async () => {
    const meeting = await givenMeeting({ invitedUnitIds: [community.id] });
    const code = (await loadMeeting(meeting.id)).checkInCode!;
    ports.clock.set(minutesFromStart(0));
    await expect(attempt(() => checkIn(asMember, { meetingId: meeting.id, code }, ports))).rejects.toMatchObject({ field: 'meetingId', message: '该单位未受邀参加本次会议' });
    await expect(attempt(() => checkIn(admin, { meetingId: meeting.id, code }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const draft = await givenMeeting({}, { draft: true });
    await expect(attempt(() => checkIn(liaison, { meetingId: draft.id, code }, ports))).rejects.toMatchObject({ message: '会议当前状态为“草稿”，不能签到' });
  });
});

describe('Method: recordAttendance', () => {
  it('enters 请假 before the start, attendance after it at the version as read; PRESENT names the unit’s representative', async () => {
    const meeting = await givenMeeting();
    await expect(attempt(() => recordAttendance(admin, { meetingId: meeting.id, unitId: unit.id, version: 0, status: 'PRESENT' }, ports))).rejects.toMatchObject({
      field: 'meetingId', message: '会议尚未开始：开始后才能登记出席或缺席，会前只能登记请假',
    });
    const leave = await recordAttendance(admin, { meetingId: meeting.id, unitId: community.id, version: 0, status: 'LEAVE', leaveReason: '电话请假', attendee: '不记' }, ports);
    expect(leave).toMatchObject({ status: 'LEAVE', source: 'SECRETARIAT', attendee: null, leaveReason: '电话请假', version: 1 });
    ports.clock.set(minutesFromStart(20));
    const present = await recordAttendance(admin, { meetingId: meeting.id, unitId: unit.id, version: 0, status: 'PRESENT', late: true }, ports);
    expect(present).toMatchObject({ attendee: '王固定', late: true, version: 1, recordedBy: admin.displayName });
    await expect(attempt(() => recordAttendance(admin, { meetingId: meeting.id, unitId: unit.id, version: 0, status: 'ABSENT' }, ports))).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(recordAttendance(admin, { meetingId: meeting.id, unitId: unit.id, version: 1, status: 'ABSENT' }, ports)).resolves.toMatchObject({ status: 'ABSENT', attendee: null, version: 2 });
    expect(ports.memory.auditEntries().at(-1)).toMatchObject({ operation: 'recordAttendance', recordType: 'MeetingAttendance', version: 2 });
  });

  it.each([
    ['INVITED as a status', { status: 'INVITED' }, 'status'],
    ['请假 without its reason', { status: 'LEAVE' }, 'leaveReason'],
    ['a unit not invited', { unitId: 'OUTSIDER' }, 'unitId'],
    ['a negative version', { version: -1 }, 'version'],
  ])('refuses %s at its field', async (_, overrides, field) => {
    const meeting = await givenMeeting();
    ports.clock.set(minutesFromStart(1));
    const input = { meetingId: meeting.id, unitId: unit.id, version: 0, status: 'PRESENT', ...overrides };
    if (input.unitId === 'OUTSIDER') input.unitId = outsider.id;
    await expect(attempt(() => recordAttendance(admin, input, ports))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('is the secretariat’s only', async () => {
    const meeting = await givenMeeting();
    await expect(attempt(() => recordAttendance(liaison, { meetingId: meeting.id, unitId: unit.id, version: 0, status: 'LEAVE', leaveReason: 'x' }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('Method: markMeetingHeld', () => {
  it('holds a noticed meeting from its start on, audited; refuses before the start and a draft, naming the state', async () => {
    const draft = await givenMeeting({}, { draft: true });
    await expect(attempt(() => markMeetingHeld(admin, { id: draft.id, version: 1 }, ports))).rejects.toMatchObject({ field: 'id', message: '会议当前状态为“草稿”，不能标记为已召开' });
    const meeting = await givenMeeting();
    await expect(attempt(() => markMeetingHeld(admin, { id: meeting.id, version: 2 }, ports))).rejects.toMatchObject({ field: 'id', message: '会议尚未开始，不能标记为已召开' });
    ports.clock.set(minutesFromStart(0));
    await expect(attempt(() => markMeetingHeld(admin, { id: meeting.id, version: 1 }, ports))).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(attempt(() => markMeetingHeld(liaison, { id: meeting.id, version: 2 }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(markMeetingHeld(admin, { id: meeting.id, version: 2 }, ports)).resolves.toMatchObject({ status: 'HELD', version: 3 });
    expect(ports.memory.auditEntries().at(-1)).toMatchObject({ operation: 'markMeetingHeld', recordType: 'Meeting', version: 3 });
    // Held: check-in still works until the end.
    await expect(checkIn(liaison, { meetingId: meeting.id, code: (await loadMeeting(meeting.id)).checkInCode! }, ports)).resolves.toMatchObject({ status: 'PRESENT' });
  });
});

describe('Method: meetingAttendance / checkInCodeFor', () => {
  it('shows every invited unit to the secretariat (INVITED where nothing is recorded), an invitee its own unit only', async () => {
    const meeting = await givenMeeting();
    await requestLeave(liaison, { meetingId: meeting.id, reason: '外出', delegate: '李四' }, ports);
    const all = await meetingAttendance(admin, await loadMeeting(meeting.id), ports, loadMember);
    expect(all.map((a) => [a.unitId, a.status])).toEqual([[unit.id, 'LEAVE'], [community.id, 'INVITED']]);
    expect(all[1]).toMatchObject({ version: 0, late: false, recordedBy: '' });
    expect((await meetingAttendance(liaison, meeting, ports, loadMember)).map((a) => a.unitId)).toEqual([unit.id]);
    expect((await meetingAttendance(asMember, meeting, ports, loadMember)).map((a) => a.unitId)).toEqual([unit.id]);
    expect(await meetingAttendance(unitLiaison(regionId, outsider.id), meeting, ports, loadMember)).toEqual([]);
    const stored = await loadMeeting(meeting.id);
    expect(checkInCodeFor(admin, stored)).toBe(stored.checkInCode);
    expect(checkInCodeFor(liaison, stored)).toBeNull();
  });
});

describe('Members invited in person: their own attendance', () => {
  /** A topic meeting of `community` that invites `member` (of `unit`, which is not invited) in person. */
  const givenExpertMeeting = () => givenMeeting({ title: '专题会议', invitedUnitIds: [community.id], invitedMemberIds: [member.id] });

  it('checks the member in for itself (not its unit), credits its points once, and shows it to the secretariat and the member', async () => {
    // Prepare
    const meeting = await givenExpertMeeting();
    const code = (await loadMeeting(meeting.id)).checkInCode!;
    ports.clock.set(minutesFromStart(3));
    // Act
    const present = await checkIn(asMember, { meetingId: meeting.id, code }, ports);
    // Assess
    expect(present).toMatchObject({ invitedMemberId: member.id, unitId: unit.id, status: 'PRESENT', source: 'CHECK_IN', memberId: member.id, late: true });
    expect(await ports.proceedings.getAttendance(regionId, meeting.id, unit.id)).toBeNull();
    expect(await figuresOf(member.id)).toMatchObject({ meetingsAttended: 1, points: 2 });
    await expect(checkIn(asMember, { meetingId: meeting.id, code }, ports)).resolves.toEqual(present);
    expect(await figuresOf(member.id)).toMatchObject({ meetingsAttended: 1 });
    const stored = await loadMeeting(meeting.id);
    expect(await meetingMemberAttendance(admin, stored, ports, loadMember)).toEqual([present]);
    expect(await meetingMemberAttendance(asMember, stored, ports, loadMember)).toEqual([present]);
    expect(await meetingMemberAttendance(unitLiaison(regionId, community.id), stored, ports, loadMember)).toEqual([]);
    // The units' attendance stays the invited units'.
    expect((await meetingAttendance(admin, stored, ports, loadMember)).map((a) => [a.unitId, a.status])).toEqual([[community.id, 'INVITED']]);
  });

  it('lets the member ask for leave for itself before the end; the secretariat may name the member; another member is refused', async () => {
    const meeting = await givenExpertMeeting();
    const leave = await requestLeave(asMember, { meetingId: meeting.id, reason: '出差', delegate: null }, ports);
    expect(leave).toMatchObject({ invitedMemberId: member.id, status: 'LEAVE', source: 'LEAVE_REQUEST', leaveReason: '出差', version: 1 });
    const byAdmin = await requestLeave(admin, { meetingId: meeting.id, memberId: member.id, reason: '病假' }, ports);
    expect(byAdmin).toMatchObject({ invitedMemberId: member.id, leaveReason: '病假', version: 2 });
    const other = await givenMember(ports, admin, unit.id);
    const asOther: RegionPrincipal = { ...asMember, userId: `member@${other.id}`, memberId: other.id };
    await expect(attempt(() => requestLeave(asOther, { meetingId: meeting.id, reason: '出差' }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(() => requestLeave(admin, { meetingId: meeting.id, memberId: other.id, reason: '出差' }, ports))).rejects.toMatchObject({ field: 'memberId', message: '该党员未个人受邀参加本次会议' });
    await expect(attempt(() => requestLeave(asOther, { meetingId: meeting.id, memberId: member.id, reason: '出差' }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(() => requestLeave(admin, { meetingId: meeting.id, unitId: community.id, memberId: member.id, reason: '出差' }, ports))).rejects.toMatchObject({ field: 'memberId' });
  });

  it('lets the secretariat record the member at its version, naming the member, crediting PRESENT once; refuses a member not invited in person', async () => {
    const meeting = await givenExpertMeeting();
    ports.clock.set(minutesFromStart(10));
    const present = await recordAttendance(admin, { meetingId: meeting.id, memberId: member.id, version: 0, status: 'PRESENT' }, ports);
    expect(present).toMatchObject({ invitedMemberId: member.id, unitId: unit.id, attendee: member.name, source: 'SECRETARIAT', version: 1 });
    expect(await figuresOf(member.id)).toMatchObject({ meetingsAttended: 1, points: 2 });
    await expect(attempt(() => recordAttendance(admin, { meetingId: meeting.id, memberId: member.id, version: 0, status: 'ABSENT' }, ports))).rejects.toMatchObject({ code: 'CONFLICT' });
    const absent = await recordAttendance(admin, { meetingId: meeting.id, memberId: member.id, version: 1, status: 'ABSENT' }, ports);
    // Present again: the points of the meeting were credited already, so nothing more (and the save is not refused).
    await recordAttendance(admin, { meetingId: meeting.id, memberId: member.id, version: absent.version, status: 'PRESENT' }, ports);
    expect(await figuresOf(member.id)).toMatchObject({ meetingsAttended: 1, points: 2 });
    const other = await givenMember(ports, admin, unit.id);
    await expect(attempt(() => recordAttendance(admin, { meetingId: meeting.id, memberId: other.id, version: 0, status: 'PRESENT' }, ports))).rejects.toMatchObject({
      field: 'memberId', message: '该党员未个人受邀参加本次会议',
    });
    await expect(attempt(() => recordAttendance(admin, { meetingId: meeting.id, version: 0, status: 'PRESENT' }, ports))).rejects.toMatchObject({ field: 'unitId' });
  });

  it('lists an invited member with nothing recorded as INVITED, of its unit', async () => {
    const meeting = await givenExpertMeeting();
    const rows = await meetingMemberAttendance(admin, await loadMeeting(meeting.id), ports, loadMember);
    expect(rows).toEqual([expect.objectContaining({ invitedMemberId: member.id, unitId: unit.id, status: 'INVITED', version: 0 })]);
  });
});
