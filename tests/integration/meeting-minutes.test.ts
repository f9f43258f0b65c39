import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Principal } from '../../functions/src/auth/principal';
import { recordChange } from '../../functions/src/domain/audit/service';
import { ATTENDANCE_AUDIT, invitedAttendance, type AttendanceStatus } from '../../functions/src/domain/meetings/proceedings';
import type { Ports } from '../../functions/src/domain/ports';
import { createPorts } from '../../functions/src/store/ports';
import { CREATE_UNIT, errorOf, newRegion, testConfig, unitInput } from './harness';

/** A meeting's minutes side through GraphQL on DynamoDB Local and s3rver: minutes, consensus, approval, resolutions, follow-up. */

const DAY = 86_400_000;
type Env = Awaited<ReturnType<typeof newRegion>> & { clock: { at: number } };

/** A region whose ports read a clock the test moves (the meeting has to have started for its minutes). */
async function clockedRegion(): Promise<Env> {
  const clock = { at: Date.now() };
  const ports: Ports = { ...createPorts(testConfig()), now: () => new Date(clock.at) };
  return { ...(await newRegion(ports)), clock };
}

const liaisonOf = (env: Env, unitId: string): Principal => ({ userId: `l-${unitId}`, displayName: '单位联络员', regionId: env.regionId, roles: ['UNIT_LIAISON'], unitId });

async function upload(env: Env, fileName: string, text: string) {
  const bytes = new TextEncoder().encode(text);
  const announced = await env.gql('mutation($input: CreateUploadInput!) { createUploadUrl(input: $input) { uploadId url headers { name value } } }', {
    input: { fileName, contentType: 'application/pdf', size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') },
  });
  const { uploadId, url, headers } = announced.data.createUploadUrl;
  const put = await fetch(url, { method: 'PUT', body: bytes, headers: Object.fromEntries(headers.map((h: { name: string; value: string }) => [h.name, h.value])) });
  expect(put.ok).toBe(true);
  return uploadId as string;
}

/** A JOINT_MEETING noticed now, starting `inDays` from the clock, with two agenda items, inviting `unitIds`. */
async function noticedMeeting(env: Env, title: string, inDays: number, unitIds: string[]) {
  const startsAt = new Date(env.clock.at + inDays * DAY).toISOString();
  const endsAt = new Date(env.clock.at + inDays * DAY + 3 * 3_600_000).toISOString();
  const created = await env.gql('mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id version agenda { id title } } }', {
    input: { title, kind: 'JOINT_MEETING', startsAt, endsAt, invitedUnitIds: unitIds, agenda: [{ title: '审议共建项目清单' }, { title: '研究停车难问题' }] },
  });
  expect(created.errors).toBeUndefined();
  const noticed = await env.gql('mutation($input: SendMeetingNoticeInput!) { sendMeetingNotice(input: $input) { status version } }', {
    input: { meetingId: created.data.createMeeting.id, version: 1 },
  });
  expect(noticed.data.sendMeetingNotice.status).toBe('NOTICED');
  return { ...created.data.createMeeting, startsAt } as { id: string; startsAt: string; agenda: { id: string; title: string }[] };
}

/** Attendance written through the store (recordAttendance is attendance-service.ts's). */
async function attend(env: Env, meetingId: string, unitId: string, status: AttendanceStatus, delegate: string | null = null) {
  const next = { ...invitedAttendance({ regionId: env.regionId, id: meetingId }, unitId), status, delegate, recordedBy: '测试', version: 1, updatedAt: env.ports.now().toISOString() };
  const audit = recordChange(env.admin, env.ports, ATTENDANCE_AUDIT, { operation: 'recordAttendance', recordId: `${meetingId}/${unitId}`, version: 1, before: null, after: next });
  await env.ports.proceedings.saveAttendance({ current: null, next }, { audit });
}

const MINUTES = 'agendaItemId version text decision locked files { name downloadUrl } addenda { text } versions(first: 10) { edges { node { version changed fileNames } } }';
const SAVE = `mutation($input: SaveMinutesInput!) { saveMinutes(input: $input) { ${MINUTES} } }`;
const CONSENSUS = 'agendaItemId outcome missingUnitIds positions { unitId unit { id } position view }';
const RECORD = `mutation($input: RecordConsensusInput!) { recordConsensus(input: $input) { ${CONSENSUS} } }`;
const FOR_ALL = `mutation($m: ID!, $i: ID!) { recordConsensusForAll(meetingId: $m, agendaItemId: $i) { ${CONSENSUS} } }`;
const ACTION = 'id title status overdue version responsibleUnits { id } meeting { id } reports { unitId unit { id } done text files { name } }';
const ADD_ACTION = `mutation($input: AddActionItemInput!) { addActionItem(input: $input) { ${ACTION} } }`;
const REPORT = `mutation($input: ReportActionItemInput!) { reportActionItem(input: $input) { ${ACTION} } }`;

describe('meeting minutes on DynamoDB Local', () => {
  it('noticed → minutes in versions → consensus → approval writes one resolution → locked, addendum → action items reported done → shown at the next meeting', async () => {
    const env = await clockedRegion();
    const unit = async () => (await env.gql(CREATE_UNIT, { input: unitInput() })).data.createUnit.id as string;
    const [school, hospital, community, away] = [await unit(), await unit(), await unit(), await unit()];
    const start = env.clock.at;
    const meeting = await noticedMeeting(env, '第一季度联席会议', 10, [school, hospital, community, away]);
    const next = await noticedMeeting(env, '第二季度联席会议', 40, [school, hospital]);
    const [first, second] = meeting.agenda.map((a) => a.id) as [string, string];

    // Not yet started: no minutes.
    const early = await env.gql(SAVE, { input: { meetingId: meeting.id, agendaItemId: first, version: 0, text: '讨论' } });
    expect(errorOf(early)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'meetingId', message: '会议尚未开始，不能记录纪要' });

    env.clock.at = Date.parse(meeting.startsAt) + 30 * 60_000;
    await attend(env, meeting.id, school, 'PRESENT');
    await attend(env, meeting.id, hospital, 'PRESENT');
    await attend(env, meeting.id, community, 'LEAVE', '社区副书记');
    await attend(env, meeting.id, away, 'LEAVE');

    // Minutes, saved twice, with a file kept by name.
    const sheet = await upload(env, '签到表.pdf', '签到表内容');
    const saved1 = await env.gql(SAVE, { input: { meetingId: meeting.id, agendaItemId: first, version: 0, text: '逐项讨论项目清单', fileUploadIds: [sheet] } });
    expect(saved1.errors).toBeUndefined();
    expect(saved1.data.saveMinutes).toMatchObject({ version: 1, decision: null, locked: false, files: [{ name: '签到表.pdf', downloadUrl: expect.stringContaining('http') }] });
    const drafted = await env.gql('query($id: ID!) { meeting(id: $id) { status version } }', { id: meeting.id });
    expect(drafted.data.meeting.status).toBe('MINUTES_DRAFTED');
    const stale = await env.gql(SAVE, { input: { meetingId: meeting.id, agendaItemId: first, version: 0, text: 'x' } });
    expect(errorOf(stale).code).toBe('CONFLICT');
    const saved2 = await env.gql(SAVE, {
      input: { meetingId: meeting.id, agendaItemId: first, version: 1, text: '逐项讨论项目清单，补充了经费安排', decision: '通过2026年共建项目清单', keepFileNames: ['签到表.pdf'] },
    });
    expect(saved2.data.saveMinutes.versions.edges.map((e: any) => e.node)).toEqual([
      { version: 2, changed: ['text', 'decision'], fileNames: ['签到表.pdf'] },
      { version: 1, changed: ['text', 'files'], fileNames: ['签到表.pdf'] },
    ]);
    const savedOther = await env.gql(SAVE, { input: { meetingId: meeting.id, agendaItemId: second, version: 0, text: '讨论停车难', decision: '在小区北侧增设停车位' } });
    expect(savedOther.errors).toBeUndefined();

    // Consensus: the first item all concur (the school with a reserved view); the hospital objects to the second.
    const noView = await env.gql(RECORD, { input: { meetingId: meeting.id, agendaItemId: first, unitId: school, position: 'RESERVE' } });
    expect(errorOf(noView)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'view' });
    const notThere = await env.gql(RECORD, { input: { meetingId: meeting.id, agendaItemId: first, unitId: away, position: 'CONCUR' } });
    expect(errorOf(notThere)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitId' });
    const reserved = await env.gql(RECORD, { input: { meetingId: meeting.id, agendaItemId: first, unitId: school, position: 'RESERVE', view: '经费安排应再细化' } });
    expect(reserved.data.recordConsensus.outcome).toBe('PENDING');
    expect([...reserved.data.recordConsensus.missingUnitIds].sort()).toEqual([hospital, community].sort());
    const all = await env.gql(FOR_ALL, { m: meeting.id, i: first });
    expect(all.data.recordConsensusForAll.outcome).toBe('CONSENSUS');
    const objected = await env.gql(RECORD, { input: { meetingId: meeting.id, agendaItemId: second, unitId: hospital, position: 'OBJECT', view: '占用消防通道' } });
    expect(objected.data.recordConsensus.outcome).toBe('UNDER_CONSULTATION');
    await env.gql(FOR_ALL, { m: meeting.id, i: second });
    const read = await env.gql(`query($id: ID!) { meeting(id: $id) { version consensus { ${CONSENSUS} } } }`, { id: meeting.id });
    expect(read.data.meeting.consensus.map((c: any) => [c.agendaItemId, c.outcome, c.positions.length])).toEqual([[first, 'CONSENSUS', 3], [second, 'UNDER_CONSULTATION', 3]]);
    expect(read.data.meeting.consensus[0].positions.find((p: any) => p.unitId === school)).toMatchObject({ unit: { id: school }, position: 'RESERVE', view: '经费安排应再细化' });

    // 审定: one resolution, with the reserved view; the objected item stays under consultation.
    const approved = await env.gql('mutation($m: ID!, $v: Int!) { approveMinutes(meetingId: $m, version: $v) { status approvedBy resolutions { id number title text reservedViews { unit { id } view } } } }', {
      m: meeting.id, v: read.data.meeting.version,
    });
    expect(approved.errors).toBeUndefined();
    expect(approved.data.approveMinutes).toMatchObject({ status: 'MINUTES_APPROVED', approvedBy: '测试管理员' });
    const resolutions = approved.data.approveMinutes.resolutions;
    expect(resolutions).toEqual([expect.objectContaining({ title: '审议共建项目清单', text: '通过2026年共建项目清单', reservedViews: [{ unit: { id: school }, view: '经费安排应再细化' }] })]);
    expect(resolutions[0].number).toMatch(/^\d{4}-\d{2}-\d{2}-1$/);

    // Locked: saving refused, an addendum appended, the text unchanged.
    const locked = await env.gql(SAVE, { input: { meetingId: meeting.id, agendaItemId: first, version: 2, text: '改' } });
    expect(errorOf(locked)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'meetingId', message: expect.stringContaining('补充说明') });
    const addendum = await env.gql(`mutation($input: AddMinutesAddendumInput!) { addMinutesAddendum(input: $input) { ${MINUTES} } }`, {
      input: { meetingId: meeting.id, agendaItemId: first, text: '更正：项目共 12 个' },
    });
    expect(addendum.data.addMinutesAddendum).toMatchObject({ version: 3, locked: true, text: '逐项讨论项目清单，补充了经费安排', addenda: [{ text: '更正：项目共 12 个' }] });
    expect(addendum.data.addMinutesAddendum.versions.edges[0].node).toEqual({ version: 3, changed: ['addenda'], fileNames: ['签到表.pdf'] });

    // Action items: two units report at once, both done → DONE; the other item stays open and goes overdue.
    const dueSoon = new Date(start + 15 * DAY).toISOString().slice(0, 10);
    const item = (await env.gql(ADD_ACTION, { input: { resolutionId: resolutions[0].id, title: '完成项目立项', responsibleUnitIds: [school, hospital], dueOn: dueSoon } })).data.addActionItem;
    env.clock.at += 60_000;
    const other = (await env.gql(ADD_ACTION, { input: { resolutionId: resolutions[0].id, title: '落实经费', responsibleUnitIds: [community], dueOn: dueSoon } })).data.addActionItem;
    expect(item).toMatchObject({ status: 'OPEN', overdue: false, responsibleUnits: [{ id: school }, { id: hospital }], meeting: { id: meeting.id } });
    const approval = await upload(env, '立项批复.pdf', '批复');
    const [bySchool, byHospital] = await Promise.all([
      env.gql(REPORT, { input: { actionItemId: item.id, text: '已立项', done: true } }, liaisonOf(env, school)),
      env.gql(REPORT, { input: { actionItemId: item.id, unitId: hospital, text: '已完成选址', done: true, fileUploadIds: [approval] } }),
    ]);
    expect([bySchool.errors, byHospital.errors]).toEqual([undefined, undefined]);
    const done = await env.gql(`query($id: ID!) { resolution(id: $id) { meeting { id } actionItems { ${ACTION} } } }`, { id: resolutions[0].id }, liaisonOf(env, school));
    const doneItem = done.data.resolution.actionItems.find((a: any) => a.id === item.id);
    expect(doneItem).toMatchObject({ status: 'DONE', version: 3 });
    expect(doneItem.reports.map((r: any) => [r.unit.id, r.done, r.files.map((f: any) => f.name)]).sort()).toEqual(
      [[school, true, []], [hospital, true, ['立项批复.pdf']]].sort(),
    );
    const wrongUnit = await env.gql(REPORT, { input: { actionItemId: other.id, text: 'x' } }, liaisonOf(env, school));
    expect(errorOf(wrongUnit)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitId' });

    env.clock.at = start + 20 * DAY;
    const overdue = await env.gql(`query { actionItems(first: 10, filter: { overdue: true }) { edges { node { ${ACTION} } } } }`);
    expect(overdue.data.actionItems.edges.map((e: any) => [e.node.id, e.node.overdue])).toEqual([[other.id, true]]);
    const own = await env.gql('{ viewer { actionItems { edges { node { id } } } } }', undefined, liaisonOf(env, community));
    expect(own.data.viewer.actionItems.edges.map((e: any) => e.node.id)).toEqual([other.id]);

    // The next meeting of the kind lists them with their reports (003 doc 4 art.14).
    env.clock.at = Date.parse(next.startsAt) + 10 * 60_000;
    const previous = await env.gql('query($id: ID!) { meeting(id: $id) { previousActionItems { id status reports { unitId } } } }', { id: next.id });
    expect(previous.data.meeting.previousActionItems.map((a: any) => [a.id, a.status, a.reports.length])).toEqual([[item.id, 'DONE', 2], [other.id, 'OPEN', 0]]);
  });
});
