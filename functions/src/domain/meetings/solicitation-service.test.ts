import { beforeEach, describe, expect, it } from 'vitest';
import type { RegionPrincipal } from '../../auth/principal';
import { attempt, COMMUNITY, givenRegion, givenUnit } from '../testing/fixtures';
import { createMemoryPorts, type MemoryPorts } from '../testing/memory-ports';
import { unitLiaison } from '../testing/principals';
import type { Unit } from '../units/unit';
import type { Meeting } from './meeting';
import { allowedActions } from './rules';
import { cancelMeeting, createMeeting, sendMeetingNotice } from './service';
import {
  adoptAgendaProposal, closeAgendaSolicitation, meetingSolicitation, openAgendaSolicitation, replyToAgendaSolicitation, viewerSolicitations,
} from './solicitation-service';

let ports: MemoryPorts;
let admin: RegionPrincipal;
let regionId: string;
let unit: Unit;
let other: Unit;
let community: Unit;
let meeting: Meeting;

// The clock starts at 2026-03-01T08:00:00Z; the meeting is on 2026-03-20.
beforeEach(async () => {
  ports = createMemoryPorts();
  ({ regionId, admin } = await givenRegion(ports));
  unit = await givenUnit(ports, admin);
  other = await givenUnit(ports, admin, { name: '第二共建单位' });
  community = await givenUnit(ports, admin, COMMUNITY);
  meeting = await createMeeting(admin, {
    title: '2026年第一季度党建联席会议', kind: 'JOINT_MEETING', startsAt: '2026-03-20T01:30:00Z', endsAt: '2026-03-20T04:00:00Z',
    invitedUnitIds: [unit.id, other.id, community.id], agenda: [{ title: '通报一季度共建项目进展' }],
  }, ports);
});

const open = (overrides: Record<string, unknown> = {}) =>
  openAgendaSolicitation(admin, { meetingId: meeting.id, question: '请提出下季度共建议题', closesAt: '2026-03-10T10:00:00Z', ...overrides }, ports);
const reply = (who: Unit, input: Record<string, unknown> = {}) =>
  replyToAgendaSolicitation(unitLiaison(regionId, who.id), { meetingId: meeting.id, proposals: [{ title: `${who.name}的议题`, presenter: '张书记' }], opinion: '同意', ...input }, ports);

describe('Method: openAgendaSolicitation', () => {
  it('asks every invited unit by default, audited; a second round is refused naming the state', async () => {
    await open();
    const round = await meetingSolicitation(admin, meeting, ports);
    expect(round).toMatchObject({ state: 'OPEN', askedUnitIds: [unit.id, other.id, community.id], repliedCount: 0, pendingCount: 3, meetingTitle: meeting.title });
    expect(ports.memory.auditEntries().at(-1)).toMatchObject({ operation: 'openAgendaSolicitation', recordType: 'AgendaSolicitation' });
    await expect(attempt(() => open())).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'meetingId', message: expect.stringContaining('进行中') });
    await closeAgendaSolicitation(admin, meeting.id, ports);
    await expect(attempt(() => open())).rejects.toMatchObject({ field: 'meetingId', message: expect.stringContaining('已截止') });
  });

  it.each([
    ['a closing time past', { closesAt: '2026-02-28T00:00:00Z' }, 'closesAt'],
    ['a closing time after the start', { closesAt: '2026-03-21T00:00:00Z' }, 'closesAt'],
    ['a unit not invited', { unitIds: ['not-invited'] }, 'unitIds.0'],
    ['no question', { question: ' ' }, 'question'],
  ])('refuses %s at its field', async (_, overrides, field) => {
    await expect(attempt(() => open(overrides))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('is the secretariat\'s: a liaison is refused; a started or cancelled meeting takes no round (allowedActions agrees)', async () => {
    await expect(attempt(() => openAgendaSolicitation(unitLiaison(regionId, unit.id), { meetingId: meeting.id, question: 'q', closesAt: '2026-03-10T10:00:00Z' }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(allowedActions(meeting, ports.now())).toContain('SOLICIT_AGENDA');
    ports.clock.advance(20 * 86_400_000);
    expect(allowedActions(meeting, ports.now())).not.toContain('SOLICIT_AGENDA');
    await expect(attempt(() => open({ closesAt: '2026-03-30T00:00:00Z' }))).rejects.toMatchObject({ field: 'meetingId', message: expect.stringContaining('已经开始') });
  });
});

describe('Method: replyToAgendaSolicitation', () => {
  it('keeps one reply per unit, replaced as a new version with every save audited; the liaison sees its own only', async () => {
    await open({ unitIds: [unit.id, other.id] });
    await reply(unit);
    const replaced = await reply(unit, { proposals: [{ title: '改后的议题' }], opinion: null });
    expect(replaced.replies).toMatchObject([{ unitId: unit.id, version: 2, opinion: null, proposals: [{ title: '改后的议题', adoptedAgendaItemId: null }] }]);
    expect(replaced.repliedCount).toBeNull();
    await reply(other);
    const seen = await meetingSolicitation(unitLiaison(regionId, other.id), meeting, ports);
    expect(seen!.replies.map((r) => r.unitId)).toEqual([other.id]);
    const all = await meetingSolicitation(admin, meeting, ports);
    expect(all).toMatchObject({ repliedCount: 2, pendingCount: 0 });
    expect(ports.memory.auditEntries().filter((e) => e.operation === 'replyToAgendaSolicitation')).toHaveLength(3);
  });

  it('refuses an unasked unit, a stale version, an empty reply, after closesAt and after closing', async () => {
    await open({ unitIds: [unit.id] });
    await expect(attempt(() => reply(other))).rejects.toMatchObject({ field: 'meetingId', message: expect.stringContaining('不在') });
    await expect(attempt(() => reply(unit, { proposals: [], opinion: '' }))).rejects.toMatchObject({ field: 'proposals' });
    await reply(unit);
    await expect(attempt(() => reply(unit, { version: 0 }))).rejects.toMatchObject({ code: 'CONFLICT' });
    ports.clock.advance(10 * 86_400_000);
    await expect(attempt(() => reply(unit))).rejects.toMatchObject({ field: 'meetingId', message: expect.stringContaining('截止时间') });
    ports.clock.advance(-5 * 86_400_000);
    await closeAgendaSolicitation(admin, meeting.id, ports);
    await expect(attempt(() => reply(unit))).rejects.toMatchObject({ field: 'meetingId', message: expect.stringContaining('已截止') });
    await expect(attempt(() => replyToAgendaSolicitation(admin, { meetingId: meeting.id, opinion: 'x' }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses a reply once the meeting was cancelled, naming its state', async () => {
    await open();
    await cancelMeeting(admin, { id: meeting.id, version: 1, reason: '改期另行通知' }, ports);
    await expect(attempt(() => reply(unit))).rejects.toMatchObject({ field: 'meetingId', message: expect.stringContaining('已取消') });
  });

  it('refuses a liaison naming another unit', async () => {
    await open();
    await expect(attempt(() => reply(unit, { unitId: other.id }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lists a liaison\'s open rounds with its reply; a closed round drops out', async () => {
    await open();
    await reply(unit);
    const mine = await viewerSolicitations(unitLiaison(regionId, unit.id), ports);
    expect(mine).toMatchObject([{ meetingId: meeting.id, replies: [{ unitId: unit.id }], pendingUnitIds: [] }]);
    expect((await viewerSolicitations(unitLiaison(regionId, other.id), ports))[0]).toMatchObject({ replies: [], pendingUnitIds: [other.id] });
    await closeAgendaSolicitation(admin, meeting.id, ports);
    expect(await viewerSolicitations(unitLiaison(regionId, unit.id), ports)).toEqual([]);
    expect(await viewerSolicitations(admin, ports)).toEqual([]);
  });
});

describe('Method: adoptAgendaProposal', () => {
  it('adds an agenda item presented by the unit and marks the proposal, in one audited write; once only', async () => {
    await open();
    await reply(unit, { proposals: [{ title: '社区养老服务共建', presenter: '李主任' }, { title: '第二条' }] });
    const next = await adoptAgendaProposal(admin, { meetingId: meeting.id, version: meeting.version, unitId: unit.id, proposalIndex: 0 }, ports);
    expect(next.version).toBe(meeting.version + 1);
    expect(next.agenda.at(-1)).toMatchObject({ order: 2, title: '社区养老服务共建', presenterUnitId: unit.id, presenter: '李主任' });
    const stored = await ports.solicitations.getReply(regionId, meeting.id, unit.id);
    expect(stored!.proposals.map((p) => p.adoptedAgendaItemId)).toEqual([next.agenda.at(-1)!.id, null]);
    expect(ports.memory.auditEntries().slice(-2).map((e) => e.recordType).sort()).toEqual(['AgendaSolicitationReply', 'Meeting']);
    await expect(attempt(() => adoptAgendaProposal(admin, { meetingId: meeting.id, version: next.version, unitId: unit.id, proposalIndex: 0 }, ports))).rejects.toMatchObject({ field: 'proposalIndex' });
    await expect(attempt(() => adoptAgendaProposal(admin, { meetingId: meeting.id, version: meeting.version, unitId: unit.id, proposalIndex: 1 }, ports))).rejects.toMatchObject({ code: 'CONFLICT' });
    // A replaced reply keeps the adoption of a proposal it keeps in place.
    await reply(unit, { proposals: [{ title: '社区养老服务共建' }, { title: '第三条' }] });
    expect((await ports.solicitations.getReply(regionId, meeting.id, unit.id))!.proposals[0]!.adoptedAgendaItemId).toBe(next.agenda.at(-1)!.id);
  });

  it('refuses a unit without a reply, a missing proposal, and a noticed meeting (the agenda is fixed by the notice)', async () => {
    await open();
    await expect(attempt(() => adoptAgendaProposal(admin, { meetingId: meeting.id, version: 1, unitId: other.id, proposalIndex: 0 }, ports))).rejects.toMatchObject({ field: 'unitId' });
    await reply(unit);
    await expect(attempt(() => adoptAgendaProposal(admin, { meetingId: meeting.id, version: 1, unitId: unit.id, proposalIndex: 5 }, ports))).rejects.toMatchObject({ field: 'proposalIndex' });
    const noticed = await sendMeetingNotice(admin, { meetingId: meeting.id, version: 1 }, ports);
    await expect(attempt(() => adoptAgendaProposal(admin, { meetingId: meeting.id, version: noticed.version, unitId: unit.id, proposalIndex: 0 }, ports))).rejects.toMatchObject({ field: 'meetingId', message: expect.stringContaining('已通知') });
  });
});
