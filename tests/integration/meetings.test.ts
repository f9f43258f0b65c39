import { describe, expect, it } from 'vitest';
import { CREATE_UNIT, errorOf, newRegion, unitInput, uploadFile } from './harness';

type Env = Awaited<ReturnType<typeof newRegion>>;

const FIELDS = 'id title kind status startsAt version allowedActions agenda { order title presenterUnit { name } } invitedUnits { id } convenerUnit { id } notice { daysBeforeStart lateReason recipientCount }';
const CREATE = `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { ${FIELDS} } }`;
const NOTICE = `mutation($input: SendMeetingNoticeInput!) { sendMeetingNotice(input: $input) { ${FIELDS} } }`;
const LIST = 'query($filter: MeetingFilter, $after: String) { meetings(first: 2, after: $after, filter: $filter) { edges { node { title } } pageInfo { endCursor hasNextPage } } }';

const inDays = (days: number, hour = 1) => new Date(Date.now() + days * 86_400_000 + hour * 3_600_000).toISOString();

async function titles(env: Env, filter: Record<string, unknown>) {
  const all: string[] = [];
  let after: string | null = null;
  for (let i = 0; i < 20; i++) {
    const page: any = await env.gql(LIST, { filter, after });
    expect(page.errors).toBeUndefined();
    all.push(...page.data.meetings.edges.map((e: any) => e.node.title));
    if (!page.data.meetings.pageInfo.hasNextPage) return all;
    after = page.data.meetings.pageInfo.endCursor;
  }
  throw new Error('paging did not end');
}

async function meeting(env: Env, title: string, startsInDays: number, overrides: Record<string, unknown> = {}) {
  const community = (await env.gql(CREATE_UNIT, { input: unitInput({ hostKind: 'COMMUNITY', allianceRole: 'COMMUNITY_ORGANIZATION' }) })).data.createUnit;
  const result = await env.gql(CREATE, {
    input: {
      title, kind: 'JOINT_MEETING', startsAt: inDays(startsInDays), endsAt: inDays(startsInDays, 3), convenerUnitId: community.id,
      invitedUnitIds: [community.id], agenda: [{ title: '通报共建项目进展', presenterUnitId: community.id }], ...overrides,
    },
  });
  expect(result.errors).toBeUndefined();
  return result.data.createMeeting;
}

describe('meetings on DynamoDB Local', () => {
  it('keeps an agenda item\'s 会议材料 in S3 after the notice: uploaded, downloadable, linked once, removed by name', async () => {
    const env = await newRegion();
    const m = await meeting(env, '会议材料测试', 10);
    const noticed = await env.gql(NOTICE, { input: { meetingId: m.id, version: 1 } });
    expect(noticed.errors).toBeUndefined();
    const itemId = (await env.gql('query($id: ID!) { meeting(id: $id) { agenda { id } } }', { id: m.id })).data.meeting.agenda[0].id;
    const bytes = Buffer.from('%PDF-1.4 会议材料');
    const uploadId = await uploadFile(env, bytes, '项目进展表.pdf');
    const SET = 'mutation($input: SetAgendaMaterialsInput!) { setAgendaMaterials(input: $input) { version agenda { materials { name size downloadUrl } } } }';
    const set = await env.gql(SET, { input: { meetingId: m.id, version: 2, itemId, fileUploadIds: [uploadId] } });
    expect(set.errors).toBeUndefined();
    const [material] = set.data.setAgendaMaterials.agenda[0].materials;
    expect(material).toMatchObject({ name: '项目进展表.pdf', size: bytes.length });
    expect(Buffer.from(await (await fetch(material.downloadUrl)).arrayBuffer())).toEqual(bytes);
    // Linked once: the same upload again is refused at its place, nothing changes
    expect(errorOf(await env.gql(SET, { input: { meetingId: m.id, version: 3, itemId, fileUploadIds: [uploadId] } }))).toMatchObject({ field: 'fileUploadIds.0' });
    const removed = await env.gql(SET, { input: { meetingId: m.id, version: 3, itemId, keepFileNames: [] } });
    expect(removed.data.setAgendaMaterials).toMatchObject({ version: 4, agenda: [{ materials: [] }] });
  });


  it('lists by start time, from an instant on, by kind and status, paging without gaps', async () => {
    const env = await newRegion();
    await meeting(env, '第三次', 30);
    await meeting(env, '第一次', -10);
    await meeting(env, '第二次', 10, { kind: 'REGIONAL_COMMITTEE' });
    await meeting(env, '第四次', 40);
    expect(await titles(env, {})).toEqual(['第一次', '第二次', '第三次', '第四次']);
    expect(await titles(env, { from: new Date().toISOString() })).toEqual(['第二次', '第三次', '第四次']);
    expect(await titles(env, { kind: 'JOINT_MEETING', from: new Date().toISOString() })).toEqual(['第三次', '第四次']);
    // A month of the calendar: from one instant, before another (one bounded read)
    const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
    expect(await titles(env, { from: day(0), to: day(35) })).toEqual(['第二次', '第三次']);
    expect(await titles(env, { to: day(20) })).toEqual(['第一次', '第二次']);
    const backwards = await env.gql('query($f: MeetingFilter) { meetings(filter: $f) { edges { node { id } } } }', { f: { from: day(10), to: day(5) } });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect(await titles(env, { status: 'DRAFT' })).toHaveLength(4);
  });

  it('notices on time, refuses a late notice without its reason at the field, and counts a past noticed meeting for the cadence', async () => {
    const env = await newRegion();
    const onTime = await meeting(env, '按时通知', 10);
    const sent = await env.gql(NOTICE, { input: { meetingId: onTime.id, version: 1 } });
    expect(sent.data.sendMeetingNotice).toMatchObject({ status: 'NOTICED', allowedActions: ['POSTPONE', 'CANCEL', 'SOLICIT_AGENDA'], notice: { daysBeforeStart: 10, lateReason: null, recipientCount: 1 } });
    const late = await meeting(env, '临时召开', 2);
    expect(errorOf(await env.gql(NOTICE, { input: { meetingId: late.id, version: 1 } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lateReason' });
    const withReason = await env.gql(NOTICE, { input: { meetingId: late.id, version: 1, lateReason: '工作需要，随时召开' } });
    expect(withReason.data.sendMeetingNotice.notice.lateReason).toBe('工作需要，随时召开');
    const cadence = await env.gql('{ meetingCadence { kind everyMonths lastHeldOn overdue } }');
    expect(cadence.data.meetingCadence.find((c: any) => c.kind === 'JOINT_MEETING')).toMatchObject({ everyMonths: 3, lastHeldOn: null, overdue: true });
    const set = await env.gql('mutation { setMeetingCadence(input: { kind: TOPIC_MEETING, everyMonths: 2 }) { kind everyMonths overdue } }');
    expect(set.data.setMeetingCadence).toEqual({ kind: 'TOPIC_MEETING', everyMonths: 2, overdue: true });
    const trail = await env.gql('query($id: ID!) { auditTrail(recordId: $id, first: 5) { edges { node { operation } } } }', { id: late.id });
    expect(trail.data.auditTrail.edges.map((e: any) => e.node.operation)).toEqual(['sendMeetingNotice', 'createMeeting']);
  });
});

describe('a meeting held by a sub-body of the alliance (专门机构召开)', () => {
  it("invites the sub-body's units that have not left besides those named, and its convener convenes unless one is named", async () => {
    const env = await newRegion();
    const unit = async (name: string) => (await env.gql(CREATE_UNIT, { input: unitInput({ name }) })).data.createUnit as { id: string; version: number };
    const [convener, member, leaving, other] = [await unit('街道分会牵头单位'), await unit('分会成员单位'), await unit('已退出的成员单位'), await unit('另邀单位')];
    const body = await env.gql('mutation($input: CreateSubBodyInput!) { createSubBody(input: $input) { id } }', {
      input: { kind: 'STREET_BRANCH', name: '长安街道分会', convenerUnitId: convener.id, unitIds: [convener.id, member.id, leaving.id] },
    });
    expect(body.errors).toBeUndefined();
    const withdrawn = await env.gql('mutation($input: ChangeUnitStatusInput!) { changeUnitStatus(input: $input) { status } }', {
      input: { id: leaving.id, version: leaving.version, action: 'WITHDRAW', reason: '单位撤销' },
    });
    expect(withdrawn.data.changeUnitStatus.status).toBe('WITHDRAWN');
    const subBodyId = body.data.createSubBody.id;
    const made = await env.gql(`mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id version subBody { id name } ${FIELDS} } }`, {
      input: { title: '分会年度会议', kind: 'TOPIC_MEETING', startsAt: inDays(20), endsAt: inDays(20, 3), subBodyId, invitedUnitIds: [other.id] },
    });
    expect(made.errors).toBeUndefined();
    expect(made.data.createMeeting.subBody).toEqual({ id: subBodyId, name: '长安街道分会' });
    expect(made.data.createMeeting.convenerUnit).toEqual({ id: convener.id });
    expect(made.data.createMeeting.invitedUnits.map((u: { id: string }) => u.id).sort()).toEqual([convener.id, member.id, other.id].sort());

    const unknown = await env.gql(CREATE, { input: { title: '无此机构', kind: 'TOPIC_MEETING', startsAt: inDays(20), endsAt: inDays(20, 3), subBodyId: 'no-such-body' } });
    expect(errorOf(unknown)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'subBodyId' });
  });
});
