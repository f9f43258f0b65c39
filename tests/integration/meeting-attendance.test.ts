import { describe, expect, it } from 'vitest';
import type { Principal } from '../../functions/src/auth/principal';
import { yearInChina } from '../../functions/src/domain/validation';
import { createPorts } from '../../functions/src/store/ports';
import { CREATE_MEMBER, CREATE_UNIT, errorOf, memberInput, newRegion, testConfig, unitInput } from './harness';

/**
 * The invitees' side of a meeting and the secretariat's attendance, through GraphQL on DynamoDB Local. The clock
 * the use cases read is the wall clock moved by `later` (a meeting's start cannot be in the past at its notice).
 */
async function setup() {
  let offsetMs = 0;
  const base = createPorts(testConfig());
  const env = await newRegion({ ...base, now: () => new Date(Date.now() + offsetMs) });
  const unit = (await env.gql(CREATE_UNIT, { input: unitInput({ representative: { name: '王固定' } }) })).data.createUnit;
  const community = (await env.gql(CREATE_UNIT, { input: unitInput({ hostKind: 'COMMUNITY', allianceRole: 'COMMUNITY_ORGANIZATION' }) })).data.createUnit;
  const member = (await env.gql(CREATE_MEMBER, { input: memberInput(unit.id) })).data.createMember;
  const base0 = { regionId: env.regionId };
  const liaison: Principal = { ...base0, userId: 'liaison-1', displayName: '张联络', roles: ['UNIT_LIAISON'], unitId: unit.id };
  const communityLiaison: Principal = { ...base0, userId: 'liaison-2', displayName: '赵社区', roles: ['UNIT_LIAISON'], unitId: community.id };
  const asMember: Principal = { ...base0, userId: 'member-1', displayName: member.name, roles: ['MEMBER'], memberId: member.id };
  /** Moves the use cases' clock to `minutes` after now. */
  const later = (minutes: number) => {
    offsetMs = minutes * 60_000;
  };
  return { ...env, unit, community, member, liaison, communityLiaison, asMember, later };
}
type Env = Awaited<ReturnType<typeof setup>>;

/** An instant `minutes` from `from` (one reading of the clock per meeting, so its start and end are exactly apart). */
const inMinutes = (minutes: number, from = Date.now()) => new Date(from + minutes * 60_000).toISOString();

/** A meeting inviting the unit and the community, noticed (with a reason when it is less than a week ahead). */
async function noticedMeeting(env: Env, startsInMinutes: number, options: { draft?: boolean } = {}) {
  const now = Date.now();
  const created = await env.gql('mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id agenda { id } } }', {
    input: {
      title: '党建联席会议', kind: 'JOINT_MEETING', startsAt: inMinutes(startsInMinutes, now), endsAt: inMinutes(startsInMinutes + 120, now),
      invitedUnitIds: [env.unit.id, env.community.id], agenda: [{ title: '通报共建项目进展' }, { title: '审议需求清单' }],
    },
  });
  expect(created.errors).toBeUndefined();
  const meeting = created.data.createMeeting as { id: string; agenda: { id: string }[] };
  if (options.draft) return { ...meeting, code: '' };
  const noticed = await env.gql('mutation($input: SendMeetingNoticeInput!) { sendMeetingNotice(input: $input) { checkInCode } }', {
    input: { meetingId: meeting.id, version: 1, lateReason: startsInMinutes < 7 * 24 * 60 ? '工作需要，临时召开' : null },
  });
  expect(noticed.errors).toBeUndefined();
  return { ...meeting, code: noticed.data.sendMeetingNotice.checkInCode as string };
}

const CHECK_IN = 'mutation($m: ID!, $c: String!) { checkIn(meetingId: $m, code: $c) { unitId status source attendee late version checkedInAt } }';
const LEAVE = 'mutation($input: RequestLeaveInput!) { requestLeave(input: $input) { unitId status source leaveReason delegate takesPart version } }';
const OPINION = 'mutation($input: SubmitOpinionInput!) { submitOpinion(input: $input) { agendaItemId unitId text submittedBy unit { id } } }';
const RECORD = 'mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { unitId status source attendee version takesPart } }';
const HOLD = 'mutation($id: ID!, $v: Int!) { markMeetingHeld(id: $id, version: $v) { status version allowedActions } }';
const MEETING = `query($id: ID!) { meeting(id: $id) { checkInCode checkInOpensAt checkInClosesAt
  attendance { unit { id } status delegate takesPart version recordedBy updatedAt }
  opinions(first: 10) { edges { node { agendaItemId unit { id } text } } } } }`;

describe('meeting attendance on DynamoDB Local', () => {
  it('a liaison sees its notice, asks for leave with a delegate and sends an opinion; the secretariat sees both', async () => {
    const env = await setup();
    const meeting = await noticedMeeting(env, 10 * 24 * 60);
    const notices = await env.gql('{ viewer { meetingNotices(first: 5) { edges { node { id title checkInCode attendance { unitId status } } } } } }', {}, env.liaison);
    expect(notices.errors).toBeUndefined();
    expect(notices.data.viewer.meetingNotices.edges.map((e: any) => e.node)).toEqual([
      { id: meeting.id, title: '党建联席会议', checkInCode: null, attendance: [{ unitId: env.unit.id, status: 'INVITED' }] },
    ]);
    const memberNotices = await env.gql('{ viewer { meetingNotices { edges { node { id } } } } }', {}, env.asMember);
    expect(memberNotices.data.viewer.meetingNotices.edges).toEqual([{ node: { id: meeting.id } }]);
    expect((await env.gql('{ viewer { meetingNotices { edges { node { id } } } } }')).data.viewer.meetingNotices).toBeNull();

    const leave = await env.gql(LEAVE, { input: { meetingId: meeting.id, reason: '外出培训', delegate: '副书记李四' } }, env.liaison);
    expect(leave.data.requestLeave).toEqual({
      unitId: env.unit.id, status: 'LEAVE', source: 'LEAVE_REQUEST', leaveReason: '外出培训', delegate: '副书记李四', takesPart: true, version: 1,
    });
    expect(errorOf(await env.gql(LEAVE, { input: { meetingId: meeting.id, unitId: env.community.id, reason: '外出' } }, env.liaison))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await env.gql(LEAVE, { input: { meetingId: meeting.id, reason: '' } }, env.liaison))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });

    const opinion = await env.gql(OPINION, { input: { meetingId: meeting.id, agendaItemId: meeting.agenda[1]!.id, text: '建议增加助老项目' } }, env.liaison);
    expect(opinion.data.submitOpinion).toEqual({ agendaItemId: meeting.agenda[1]!.id, unitId: env.unit.id, text: '建议增加助老项目', submittedBy: '张联络', unit: { id: env.unit.id } });
    expect(errorOf(await env.gql(OPINION, { input: { meetingId: meeting.id, agendaItemId: 'nope', text: '意见' } }, env.liaison))).toMatchObject({ field: 'agendaItemId' });
    await env.gql(OPINION, { input: { meetingId: meeting.id, agendaItemId: meeting.agenda[0]!.id, unitId: env.community.id, text: '同意' } });

    const seen = (await env.gql(MEETING, { id: meeting.id })).data.meeting;
    expect(seen.checkInCode).toBe(meeting.code);
    expect(Date.parse(seen.checkInClosesAt) - Date.parse(seen.checkInOpensAt)).toBe(150 * 60_000);
    expect(seen.attendance).toEqual([
      { unit: { id: env.unit.id }, status: 'LEAVE', delegate: '副书记李四', takesPart: true, version: 1, recordedBy: '张联络', updatedAt: expect.any(String) },
      { unit: { id: env.community.id }, status: 'INVITED', delegate: null, takesPart: false, version: 0, recordedBy: null, updatedAt: null },
    ]);
    expect(seen.opinions.edges.map((e: any) => [e.node.agendaItemId, e.node.unit.id, e.node.text]).sort()).toEqual(
      [[meeting.agenda[0]!.id, env.community.id, '同意'], [meeting.agenda[1]!.id, env.unit.id, '建议增加助老项目']].sort(),
    );
  });

  it('checks in with the code: not yet, wrong, right; a member is credited once (memberPoints), a late unit is flagged, and it closes at the end', async () => {
    const env = await setup();
    const future = await noticedMeeting(env, 2 * 24 * 60);
    expect(errorOf(await env.gql(CHECK_IN, { m: future.id, c: future.code }, env.liaison))).toMatchObject({
      code: 'BAD_USER_INPUT', field: 'code', message: expect.stringContaining('签到尚未开始'),
    });
    const meeting = await noticedMeeting(env, 20);
    const wrong = meeting.code === '000000' ? '111111' : '000000';
    expect(errorOf(await env.gql(CHECK_IN, { m: meeting.id, c: wrong }, env.asMember))).toEqual({ code: 'BAD_USER_INPUT', field: 'code', message: '签到码不正确（还可尝试 4 次）' });

    const present = await env.gql(CHECK_IN, { m: meeting.id, c: meeting.code }, env.asMember);
    expect(present.data.checkIn).toMatchObject({ unitId: env.unit.id, status: 'PRESENT', source: 'CHECK_IN', attendee: env.member.name, late: false, version: 1 });
    const again = await env.gql(CHECK_IN, { m: meeting.id, c: meeting.code }, env.asMember);
    expect(again.data.checkIn).toEqual(present.data.checkIn);
    const year = yearInChina(new Date());
    const points = await env.gql('query($m: ID!, $y: Int!) { memberPoints(memberId: $m, year: $y) { meetingsAttended points entries { edges { node { kind sourceId basis points } } } } }', {
      m: env.member.id, y: year,
    });
    expect(points.data.memberPoints).toEqual({ meetingsAttended: 1, points: 2, entries: { edges: [{ node: { kind: 'MEETING', sourceId: meeting.id, basis: 1, points: 2 } }] } });
    const own = await env.gql('query($y: Int!) { viewer { memberPoints(year: $y) { meetingsAttended } } }', { y: year }, env.asMember);
    expect(own.data.viewer.memberPoints).toEqual({ meetingsAttended: 1 });

    env.later(30);
    const late = await env.gql(CHECK_IN, { m: meeting.id, c: meeting.code }, env.communityLiaison);
    expect(late.data.checkIn).toMatchObject({ unitId: env.community.id, attendee: '赵社区', late: true });
    env.later(150);
    expect(errorOf(await env.gql(CHECK_IN, { m: meeting.id, c: meeting.code }, env.communityLiaison))).toMatchObject({ field: 'code', message: '签到已结束：会议已经结束' });
  });

  it('a member invited in person: its own check-in, leave and the secretariat\'s record, apart from the units\' attendance', async () => {
    const env = await setup();
    const now = Date.now();
    // A topic meeting of the community that invites the member (of the unit, not invited) in person.
    const created = await env.gql('mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }', {
      input: {
        title: '专题会议', kind: 'TOPIC_MEETING', startsAt: inMinutes(20, now), endsAt: inMinutes(140, now), invitedUnitIds: [env.community.id],
        invitedMemberIds: [env.member.id], agenda: [{ title: '听取专家意见' }],
      },
    });
    const meetingId = created.data.createMeeting.id as string;
    const noticed = await env.gql('mutation($input: SendMeetingNoticeInput!) { sendMeetingNotice(input: $input) { checkInCode } }', {
      input: { meetingId, version: 1, lateReason: '工作需要，临时召开' },
    });
    expect(created.errors ?? noticed.errors).toBeUndefined();
    const code = noticed.data.sendMeetingNotice.checkInCode as string;
    const MEMBER_ROWS = `query($id: ID!) { meeting(id: $id) {
      attendance { unitId status } memberAttendance { invitedMemberId invitedMember { name } unitId status source leaveReason version } } }`;
    const FIELDS = 'invitedMemberId unitId status source leaveReason version';

    const leave = await env.gql(`mutation($input: RequestLeaveInput!) { requestLeave(input: $input) { ${FIELDS} } }`, { input: { meetingId, reason: '出差' } }, env.asMember);
    expect(leave.data.requestLeave).toEqual({ invitedMemberId: env.member.id, unitId: env.unit.id, status: 'LEAVE', source: 'LEAVE_REQUEST', leaveReason: '出差', version: 1 });
    // Back after all: it checks in with the code, for itself (its unit is not invited).
    const present = await env.gql(`mutation($m: ID!, $c: String!) { checkIn(meetingId: $m, code: $c) { ${FIELDS} } }`, { m: meetingId, c: code }, env.asMember);
    expect(present.data.checkIn).toEqual({ invitedMemberId: env.member.id, unitId: env.unit.id, status: 'PRESENT', source: 'CHECK_IN', leaveReason: null, version: 2 });
    const [figures] = await env.ports.points.figures(env.regionId, yearInChina(new Date()), [env.member.id]);
    expect(figures!.meetingsAttended).toBe(1);

    const seen = await env.gql(MEMBER_ROWS, { id: meetingId });
    expect(seen.data.meeting).toEqual({
      attendance: [{ unitId: env.community.id, status: 'INVITED' }],
      memberAttendance: [{ invitedMemberId: env.member.id, invitedMember: { name: env.member.name }, unitId: env.unit.id, status: 'PRESENT', source: 'CHECK_IN', leaveReason: null, version: 2 }],
    });
    const own = await env.gql('query($id: ID!) { meeting(id: $id) { memberAttendance { invitedMemberId status } } }', { id: meetingId }, env.asMember);
    expect(own.data.meeting.memberAttendance).toEqual([{ invitedMemberId: env.member.id, status: 'PRESENT' }]);

    // After the start the secretariat corrects it at the version read; the unit named instead of the member is refused at unitId.
    env.later(30);
    const RECORD_MEMBER = `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { ${FIELDS} } }`;
    const stale = await env.gql(RECORD_MEMBER, { input: { meetingId, memberId: env.member.id, version: 1, status: 'ABSENT' } });
    expect(errorOf(stale)).toMatchObject({ code: 'CONFLICT' });
    const absent = await env.gql(RECORD_MEMBER, { input: { meetingId, memberId: env.member.id, version: 2, status: 'ABSENT' } });
    expect(absent.data.recordAttendance).toMatchObject({ status: 'ABSENT', source: 'SECRETARIAT', version: 3 });
    expect(errorOf(await env.gql(RECORD_MEMBER, { input: { meetingId, unitId: env.unit.id, version: 0, status: 'ABSENT' } }))).toMatchObject({ field: 'unitId' });
    expect(errorOf(await env.gql(RECORD_MEMBER, { input: { meetingId, version: 0, status: 'ABSENT' } }))).toMatchObject({ field: 'unitId', message: '请选择单位或个人受邀党员' });
    expect(await env.ports.proceedings.attendance(env.regionId, meetingId)).toEqual([]);
  });

  it('two of one unit checking in at once: one attendance, one credit', async () => {
    const env = await setup();
    const meeting = await noticedMeeting(env, 10);
    const second: Principal = { ...env.liaison, userId: 'liaison-3', displayName: '第二联络员' };
    const results = await Promise.all([
      env.gql(CHECK_IN, { m: meeting.id, c: meeting.code }, env.asMember),
      env.gql(CHECK_IN, { m: meeting.id, c: meeting.code }, env.asMember),
      env.gql(CHECK_IN, { m: meeting.id, c: meeting.code }, env.liaison),
      env.gql(CHECK_IN, { m: meeting.id, c: meeting.code }, second),
    ]);
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined, undefined, undefined]);
    expect(new Set(results.map((r) => r.data.checkIn.version))).toEqual(new Set([1]));
    expect(new Set(results.map((r) => r.data.checkIn.attendee)).size).toBe(1);
    const stored = await env.ports.proceedings.attendance(env.regionId, meeting.id);
    expect(stored).toHaveLength(1);
    const [figures] = await env.ports.points.figures(env.regionId, yearInChina(new Date()), [env.member.id]);
    expect(figures!.meetingsAttended).toBe(stored[0]!.memberId === env.member.id ? 1 : 0);
  });

  it('records attendance at its version (a stale one refused) and holds a meeting only from its start, naming the state', async () => {
    const env = await setup();
    const draft = await noticedMeeting(env, 60, { draft: true });
    expect(errorOf(await env.gql(HOLD, { id: draft.id, v: 1 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'id', message: '会议当前状态为“草稿”，不能标记为已召开' });
    const meeting = await noticedMeeting(env, 60);
    expect(errorOf(await env.gql(HOLD, { id: meeting.id, v: 2 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'id', message: '会议尚未开始，不能标记为已召开' });

    const leave = await env.gql(RECORD, { input: { meetingId: meeting.id, unitId: env.community.id, version: 0, status: 'LEAVE', leaveReason: '电话请假' } });
    expect(leave.data.recordAttendance).toMatchObject({ status: 'LEAVE', source: 'SECRETARIAT', version: 1, takesPart: false });
    expect(errorOf(await env.gql(RECORD, { input: { meetingId: meeting.id, unitId: env.community.id, version: 0, status: 'ABSENT' } }))).toMatchObject({ field: 'meetingId' });
    expect(errorOf(await env.gql(RECORD, { input: { meetingId: meeting.id, unitId: env.community.id, version: 0, status: 'LEAVE', leaveReason: '又请' } }))).toMatchObject({ code: 'CONFLICT' });
    expect(errorOf(await env.gql(RECORD, { input: { meetingId: meeting.id, unitId: env.unit.id, version: 0, status: 'PRESENT' } }, env.liaison))).toMatchObject({ code: 'FORBIDDEN' });

    env.later(61);
    const held = await env.gql(HOLD, { id: meeting.id, v: 2 });
    expect(held.data.markMeetingHeld).toEqual({ status: 'HELD', version: 3, allowedActions: ['RECORD_MINUTES'] });
    expect(errorOf(await env.gql(HOLD, { id: meeting.id, v: 2 }))).toMatchObject({ code: 'CONFLICT' });
    const present = await env.gql(RECORD, { input: { meetingId: meeting.id, unitId: env.unit.id, version: 0, status: 'PRESENT' } });
    expect(present.data.recordAttendance).toEqual({ unitId: env.unit.id, status: 'PRESENT', source: 'SECRETARIAT', attendee: '王固定', version: 1, takesPart: true });
    const trail = await env.gql('query($id: ID!) { auditTrail(recordId: $id, first: 5) { edges { node { operation } } } }', { id: meeting.id });
    expect(trail.data.auditTrail.edges.map((e: any) => e.node.operation)).toEqual(['markMeetingHeld', 'sendMeetingNotice', 'createMeeting']);
  });
});
