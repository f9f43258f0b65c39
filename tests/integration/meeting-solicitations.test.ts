import { describe, expect, it } from 'vitest';
import type { RegionPrincipal } from '../../functions/src/auth/principal';
import { CREATE_UNIT, errorOf, newRegion, unitInput } from './harness';

type Env = Awaited<ReturnType<typeof newRegion>>;

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const liaison = (env: Env, unitId: string): RegionPrincipal => ({ userId: `liaison-${unitId}`, displayName: '联络员小王', regionId: env.regionId, roles: ['UNIT_LIAISON'], unitId });

const ROUND = `agendaSolicitation { question state closesAt askedUnits { id } pendingUnits { id } repliedCount pendingCount
  replies { unitId unit { name } opinion repliedBy version proposals { index title presenter adopted } } }`;
const OPEN = `mutation($input: OpenAgendaSolicitationInput!) { openAgendaSolicitation(input: $input) { id ${ROUND} } }`;
const CLOSE = `mutation($m: ID!) { closeAgendaSolicitation(meetingId: $m) { id ${ROUND} } }`;
const REPLY = 'mutation($input: ReplyToAgendaSolicitationInput!) { replyToAgendaSolicitation(input: $input) { meetingId state replies { unitId version opinion proposals { title } } pendingUnits { id } repliedCount } }';
const ADOPT = `mutation($input: AdoptAgendaProposalInput!) { adoptAgendaProposal(input: $input) { version agenda { order title presenter presenterUnit { id } } ${ROUND} } }`;
const READ = `query($id: ID!) { meeting(id: $id) { version allowedActions ${ROUND} } }`;
const MINE = '{ viewer { agendaSolicitations { meetingId meetingTitle question replies { unitId version } pendingUnits { id } } } }';

/** A draft meeting in 20 days inviting three fresh units. */
async function draftMeeting(env: Env) {
  const units: string[] = [];
  for (let i = 0; i < 3; i++) units.push((await env.gql(CREATE_UNIT, { input: unitInput() })).data.createUnit.id);
  const created = await env.gql('mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id version } }', {
    input: { title: '第二季度党建联席会议', kind: 'JOINT_MEETING', startsAt: inDays(20), endsAt: new Date(Date.now() + 20 * 86_400_000 + 7_200_000).toISOString(), invitedUnitIds: units, agenda: [{ title: '通报进展' }] },
  });
  expect(created.errors).toBeUndefined();
  return { id: created.data.createMeeting.id as string, units: units as [string, string, string] };
}

const reply = (env: Env, meetingId: string, unitId: string, title: string, extra: Record<string, unknown> = {}) =>
  env.gql(REPLY, { input: { meetingId, proposals: [{ title, presenter: '张书记' }], opinion: `${title}的意见`, ...extra } }, liaison(env, unitId));

describe('successful 议题征集 over GraphQL on DynamoDB Local', () => {
  it('opens a round, takes replies (replaced, concurrent), adopts a proposal into the agenda and closes', async () => {
    const env = await newRegion();
    const { id, units: [a, b, c] } = await draftMeeting(env);
    expect((await env.gql(READ, { id })).data.meeting).toMatchObject({ allowedActions: expect.arrayContaining(['SOLICIT_AGENDA']), agendaSolicitation: null });
    const opened = await env.gql(OPEN, { input: { meetingId: id, question: '请提出第二季度共建议题', closesAt: inDays(10), unitIds: [a, b] } });
    expect(opened.errors).toBeUndefined();
    expect(opened.data.openAgendaSolicitation.agendaSolicitation).toMatchObject({ state: 'OPEN', askedUnits: [{ id: a }, { id: b }], repliedCount: 0, pendingCount: 2 });

    // The liaison sees the round beside its notices, though the meeting is a draft.
    expect((await env.gql(MINE, undefined, liaison(env, a))).data.viewer.agendaSolicitations).toMatchObject([{ meetingId: id, meetingTitle: '第二季度党建联席会议', replies: [], pendingUnits: [{ id: a }] }]);
    expect((await env.gql(MINE, undefined, liaison(env, c))).data.viewer.agendaSolicitations).toEqual([]);

    // Two units reply at once: both kept.
    const [ra, rb] = await Promise.all([reply(env, id, a, '社区养老'), reply(env, id, b, '垃圾分类')]);
    expect(ra.errors ?? rb.errors).toBeUndefined();
    expect(ra.data.replyToAgendaSolicitation).toMatchObject({ replies: [{ unitId: a, version: 1 }], repliedCount: null });
    const replaced = await reply(env, id, a, '社区养老服务站共建', { version: 1 });
    expect(replaced.data.replyToAgendaSolicitation.replies).toMatchObject([{ unitId: a, version: 2, proposals: [{ title: '社区养老服务站共建' }] }]);

    const seen = (await env.gql(READ, { id })).data.meeting;
    expect(seen.agendaSolicitation).toMatchObject({ repliedCount: 2, pendingCount: 0, pendingUnits: [] });
    expect(seen.agendaSolicitation.replies.map((r: any) => [r.unitId, r.version])).toEqual([[a, 2], [b, 1]].sort((x, y) => (x[0]! < y[0]! ? -1 : 1)));

    const adopted = await env.gql(ADOPT, { input: { meetingId: id, version: seen.version, unitId: a, proposalIndex: 0 } });
    expect(adopted.errors).toBeUndefined();
    expect(adopted.data.adoptAgendaProposal.agenda.at(-1)).toEqual({ order: 2, title: '社区养老服务站共建', presenter: '张书记', presenterUnit: { id: a } });
    expect(adopted.data.adoptAgendaProposal.agendaSolicitation.replies.find((r: any) => r.unitId === a).proposals[0].adopted).toBe(true);

    const closed = await env.gql(CLOSE, { m: id });
    expect(closed.data.closeAgendaSolicitation.agendaSolicitation.state).toBe('CLOSED');
    const trail = await env.gql('query($id: ID!) { auditTrail(recordId: $id, first: 5) { edges { node { operation } } } }', { id: `${id}.solicit.${a}` });
    expect(trail.data.auditTrail.edges.map((e: any) => e.node.operation)).toEqual(['adoptAgendaProposal', 'replyToAgendaSolicitation', 'replyToAgendaSolicitation']);
  });
});

describe('failing 议题征集 over GraphQL on DynamoDB Local', () => {
  it('refuses a second round, an unasked unit, the secretariat replying for a unit, replies after closing, and a stale adoption', async () => {
    const env = await newRegion();
    const { id, units: [a, , c] } = await draftMeeting(env);
    expect(errorOf(await env.gql(OPEN, { input: { meetingId: id, question: '?', closesAt: inDays(30) } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'closesAt' });
    await env.gql(OPEN, { input: { meetingId: id, question: '请提出议题', closesAt: inDays(10), unitIds: [a] } });
    expect(errorOf(await env.gql(OPEN, { input: { meetingId: id, question: '再来', closesAt: inDays(10) } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'meetingId' });
    expect(errorOf(await reply(env, id, c, '未受邀'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'meetingId' });
    expect(errorOf(await env.gql(REPLY, { input: { meetingId: id, opinion: '秘书处代答' } }))).toMatchObject({ code: 'FORBIDDEN' });
    expect((await reply(env, id, a, '社区议题')).errors).toBeUndefined();
    expect(errorOf(await env.gql(ADOPT, { input: { meetingId: id, version: 99, unitId: a, proposalIndex: 0 } }))).toMatchObject({ code: 'CONFLICT' });
    await env.gql(CLOSE, { m: id });
    expect(errorOf(await reply(env, id, a, '晚了'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'meetingId' });
    expect(errorOf(await env.gql(CLOSE, { m: id }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'meetingId' });
    // Adopting goes on after the closing.
    expect((await env.gql(ADOPT, { input: { meetingId: id, version: 1, unitId: a, proposalIndex: 0 } })).errors).toBeUndefined();
  });

  it('refuses a reply once closesAt has passed though the round is still open', async () => {
    const env = await newRegion();
    const { id, units: [a] } = await draftMeeting(env);
    // The round is written through the store with a closing time just past (a use case refuses to open one so).
    const opened = await env.gql(OPEN, { input: { meetingId: id, question: '请提出议题', closesAt: inDays(1) } });
    expect(opened.errors).toBeUndefined();
    const round = (await env.ports.solicitations.get(env.regionId, id))!;
    const past = { ...round, closesAt: new Date(Date.now() - 60_000).toISOString(), version: 2 };
    await env.ports.solicitations.save({ current: round, next: past }, { audit: { id: `${id}-x`, regionId: env.regionId, at: new Date().toISOString(), actorId: 't', actorName: 't', operation: 'test', recordType: 'AgendaSolicitation', recordId: `${id}.solicit`, version: 2, outcome: 'SUCCESS', changes: [] } });
    expect(errorOf(await reply(env, id, a, '过期'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'meetingId' });
    expect((await env.gql(MINE, undefined, liaison(env, a))).data.viewer.agendaSolicitations).toEqual([]);
  });
});
