import { beforeEach, describe, expect, it } from 'vitest';
import type { RegionPrincipal } from '../../auth/principal';
import type { Member } from '../members/member';
import { attempt, COMMUNITY, givenMember, givenRegion, givenUnit } from '../testing/fixtures';
import { createMemoryPorts, type MemoryPorts } from '../testing/memory-ports';
import { unitLiaison } from '../testing/principals';
import type { Unit } from '../units/unit';
import { defaultRules, type PointsEntry } from './points';
import {
  adjustMemberPoints, confirmServiceHours, corrections, evaluationGrid, listServiceRecords, logServiceHours, logTraining, memberPoints,
  recomputePoints, setEngagementRules, setEvaluationGrade, trainingStatus, unitEvaluation,
} from './records-service';
import { claimPost, confirmCommunityReport, createPost, endCommunityReport, leavePost, reportToCommunity } from './service';

let ports: MemoryPorts;
let admin: RegionPrincipal;
let regionId: string;
let community: Unit;
let school: Unit;
let member: Member;

const YEAR = 2026;
const asMember = (m: Member): RegionPrincipal => ({ userId: m.id, displayName: m.name, regionId, roles: ['MEMBER'], memberId: m.id });
const service = (overrides: Record<string, unknown> = {}) => ({ communityUnitId: community.id, servedOn: '2026-02-10', hours: 2.5, description: '楼道清扫', ...overrides });

beforeEach(async () => {
  ports = createMemoryPorts();
  ({ regionId, admin } = await givenRegion(ports));
  community = await givenUnit(ports, admin, { ...COMMUNITY, name: '春晖社区党委' });
  school = await givenUnit(ports, admin, { name: '长安实验小学党支部', hostKind: 'SCHOOL' });
  member = await givenMember(ports, admin, school.id, { name: '张三', category: 'IN_SERVICE' });
});

describe('volunteer service hours', () => {
  it('count only once the community confirms them: hours and points move in the same write, once', async () => {
    const record = await logServiceHours(asMember(member), service(), ports);
    expect(record).toMatchObject({ status: 'PENDING', year: 2026, memberUnitId: school.id, filedBy: '张三' });
    expect(await memberPoints(admin, { memberId: member.id, year: YEAR }, ports)).toMatchObject({ serviceHours: 0, points: 0 });

    // The member's own unit does not confirm; the community does.
    await expect(attempt(() => confirmServiceHours(unitLiaison(regionId, school.id), { id: record.id, version: 1 }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const confirmed = await confirmServiceHours(unitLiaison(regionId, community.id), { id: record.id, version: 1 }, ports);
    expect(confirmed).toMatchObject({ status: 'CONFIRMED', version: 2 });
    await expect(attempt(() => confirmServiceHours(admin, { id: record.id, version: 2 }, ports))).rejects.toMatchObject({ field: 'id' });

    const year = await memberPoints(asMember(member), { memberId: member.id, year: YEAR }, ports);
    expect(year).toMatchObject({ serviceHours: 2.5, points: 2.5, volunteerStars: 0, stars: 0, nextStarAt: 20 });
    const ledger = await ports.points.entries(regionId, member.id, YEAR, { size: 10 });
    expect(ledger.edges.map((e) => [e.node.kind, e.node.sourceId, e.node.basis, e.node.points])).toEqual([['SERVICE', record.id, 2.5, 2.5]]);
  });

  it('a decline needs the reason and counts nothing; bad input names its field', async () => {
    const record = await logServiceHours(admin, service({ memberId: member.id }), ports);
    await expect(attempt(() => confirmServiceHours(admin, { id: record.id, version: 1, decision: 'DECLINE' }, ports))).rejects.toMatchObject({ field: 'reason' });
    expect(await confirmServiceHours(admin, { id: record.id, version: 1, decision: 'DECLINE', reason: '签到表无此人' }, ports)).toMatchObject({ status: 'DECLINED', declineReason: '签到表无此人' });
    expect((await memberPoints(admin, { memberId: member.id, year: YEAR }, ports)).serviceHours).toBe(0);

    await expect(attempt(() => logServiceHours(asMember(member), service({ hours: 0.3 }), ports))).rejects.toMatchObject({ field: 'hours' });
    await expect(attempt(() => logServiceHours(asMember(member), service({ hours: 25 }), ports))).rejects.toMatchObject({ field: 'hours' });
    await expect(attempt(() => logServiceHours(asMember(member), service({ servedOn: '2026-12-31' }), ports))).rejects.toMatchObject({ field: 'servedOn' });
    await expect(attempt(() => logServiceHours(asMember(member), service({ communityUnitId: school.id }), ports))).rejects.toMatchObject({ field: 'communityUnitId' });
    await expect(attempt(() => logServiceHours(asMember(member), service({ description: '  ' }), ports))).rejects.toMatchObject({ field: 'description' });
    // Another member's token cannot log for this one.
    const other = await givenMember(ports, admin, school.id, { name: '李四' });
    await expect(attempt(() => logServiceHours(asMember(other), service({ memberId: member.id }), ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('the community sees its records to confirm, the unit what its members did', async () => {
    await logServiceHours(asMember(member), service(), ports);
    const inbox = await listServiceRecords(unitLiaison(regionId, community.id), { filter: { communityUnitId: community.id, status: 'PENDING' } }, ports);
    expect(inbox.edges.map((e) => e.node.memberName)).toEqual(['张三']);
    const unitView = await listServiceRecords(unitLiaison(regionId, school.id), { filter: { memberUnitId: school.id, year: YEAR } }, ports);
    expect(unitView.edges).toHaveLength(1);
    await expect(attempt(() => listServiceRecords(unitLiaison(regionId, school.id), { filter: { communityUnitId: community.id } }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(() => listServiceRecords(admin, { filter: {} }, ports))).rejects.toMatchObject({ field: 'communityUnitId' });
  });
});

describe('training hours', () => {
  it('count at once; the unit sees who falls short of the minimum from the roles', async () => {
    const secretary = await givenMember(ports, admin, school.id, { name: '王书记', roles: ['BRANCH_SECRETARY'] });
    await logTraining(unitLiaison(regionId, school.id), { memberId: member.id, trainedOn: '2026-02-01', hours: 24, topic: '党员冬训' }, ports);
    await logTraining(admin, { memberId: secretary.id, trainedOn: '2026-02-01', hours: 24, topic: '党员冬训' }, ports);
    await expect(attempt(() => logTraining(asMember(member), { memberId: member.id, trainedOn: '2026-02-01', hours: 2, topic: '自学' }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const all = await trainingStatus(unitLiaison(regionId, school.id), { unitId: school.id, year: YEAR }, ports);
    expect(all.edges.map((e) => [e.node.member.name, e.node.hours, e.node.required, e.node.shortBy])).toEqual(
      expect.arrayContaining([['张三', 24, 24, 0], ['王书记', 24, 32, 8]]),
    );
    const short = await trainingStatus(admin, { unitId: school.id, year: YEAR, onlyShort: true }, ports);
    expect(short.edges.map((e) => e.node.member.name)).toEqual(['王书记']);
    expect((await memberPoints(admin, { memberId: member.id, year: YEAR }, ports)).trainingHours).toBe(24);
  });
});

describe('points rules, ledger and recompute', () => {
  it('a rule change moves credited points only through the recompute, which is idempotent', async () => {
    const record = await logServiceHours(admin, service({ memberId: member.id, hours: 10 }), ports);
    await confirmServiceHours(admin, { id: record.id, version: 1 }, ports);
    await adjustMemberPoints(admin, { memberId: member.id, year: YEAR, points: -2, reason: '缺席组织生活' }, ports);
    expect((await memberPoints(admin, { memberId: member.id, year: YEAR }, ports)).points).toBe(8);

    await expect(attempt(() => setEngagementRules(admin, { year: YEAR, version: 0, starPoints: [10, 5, 20, 30, 40] }, ports))).rejects.toMatchObject({ field: 'starPoints' });
    await expect(attempt(() => setEngagementRules(unitLiaison(regionId, school.id), { year: YEAR, version: 0, pointsPerServiceHour: 2 }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const rules = await setEngagementRules(admin, { year: YEAR, version: 0, pointsPerServiceHour: 2, starPoints: [5, 10, 15, 20, 25] }, ports);
    expect(rules).toMatchObject({ version: 1, pointsPerServiceHour: 2, pointsPerTrainingHour: 1 });
    await expect(attempt(() => setEngagementRules(admin, { year: YEAR, version: 0, pointsPerServiceHour: 3 }, ports))).rejects.toMatchObject({ code: 'CONFLICT' });
    // Not yet moved: the year's thresholds apply at once, the points only after the recompute.
    expect(await memberPoints(admin, { memberId: member.id, year: YEAR }, ports)).toMatchObject({ points: 8, stars: 1 });

    const step = await recomputePoints(admin, { year: YEAR }, ports);
    expect(step).toMatchObject({ processed: 1, corrected: 1, done: true, rulesVersion: 1 });
    expect(await memberPoints(admin, { memberId: member.id, year: YEAR }, ports)).toMatchObject({ points: 18, stars: 3 });
    expect(await recomputePoints(admin, { year: YEAR }, ports)).toMatchObject({ processed: 1, corrected: 0, done: true });
    expect((await memberPoints(admin, { memberId: member.id, year: YEAR }, ports)).points).toBe(18);
    const kinds = (await ports.points.entries(regionId, member.id, YEAR, { size: 10 })).edges.map((e) => e.node.kind);
    expect(kinds.sort()).toEqual(['ADJUSTMENT', 'RECOMPUTE', 'SERVICE']);
  });

  it('corrections sum a source with its earlier corrections and leave adjustments alone', () => {
    const rules = { ...defaultRules('r', YEAR), pointsPerServiceHour: 1.5, version: 3 };
    const line = (kind: PointsEntry['kind'], points: number, more: Partial<PointsEntry> = {}): PointsEntry => ({
      id: `${kind}.${points}`, regionId: 'r', memberId: 'm', year: YEAR, kind, correcting: null, sourceId: 's1', basis: 4, points, reason: '', rulesVersion: 0, createdAt: '', createdBy: '', ...more,
    });
    const entries = [line('SERVICE', 4), line('RECOMPUTE', 4, { correcting: 'SERVICE', basis: 4 }), line('ADJUSTMENT', -3, { sourceId: null, basis: null })];
    expect(corrections(entries, rules, 'm')).toEqual([expect.objectContaining({ correcting: 'SERVICE', sourceId: 's1', points: -2, id: 'RECOMPUTE.v3.SERVICE.s1.m' })]);
    expect(corrections([line('SERVICE', 6)], rules, 'm')).toEqual([]);
  });

  it('leaving a post after full months credits them', async () => {
    const post = await createPost(admin, { communityUnitId: community.id, title: '绿化养护岗', capacity: 2 }, ports);
    const resident = await givenMember(ports, admin, school.id, { name: '赵五', communityId: community.id });
    await claimPost(admin, { postId: post.id, memberId: resident.id }, ports);
    ports.clock.advance(65 * 86_400_000);
    await leavePost(admin, { postId: post.id, memberId: resident.id }, ports);
    expect(await memberPoints(admin, { memberId: resident.id, year: YEAR }, ports)).toMatchObject({ postMonths: 2, points: 4 });
  });
});

describe('democratic evaluation (民主评议)', () => {
  it('one grade per member and year, by its unit; 不合格 needs the reason; the unit counts move with changes', async () => {
    const liaison = unitLiaison(regionId, school.id);
    const first = await setEvaluationGrade(liaison, { memberId: member.id, year: YEAR, grade: 'EXCELLENT', comment: '带头服务' }, ports);
    expect(first).toMatchObject({ version: 1, grade: 'EXCELLENT' });
    await expect(attempt(() => setEvaluationGrade(liaison, { memberId: member.id, year: YEAR, grade: 'QUALIFIED' }, ports))).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(attempt(() => setEvaluationGrade(liaison, { memberId: member.id, year: YEAR, grade: 'UNQUALIFIED', version: 1 }, ports))).rejects.toMatchObject({ field: 'reason' });
    await expect(attempt(() => setEvaluationGrade(unitLiaison(regionId, community.id), { memberId: member.id, year: YEAR, grade: 'QUALIFIED', version: 1 }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(() => setEvaluationGrade(liaison, { memberId: member.id, year: 2027, grade: 'QUALIFIED' }, ports))).rejects.toMatchObject({ field: 'year' });
    const other = await givenMember(ports, admin, school.id, { name: '李四' });
    await setEvaluationGrade(liaison, { memberId: other.id, year: YEAR, grade: 'QUALIFIED' }, ports);
    expect(await unitEvaluation(liaison, { unitId: school.id, year: YEAR }, ports)).toMatchObject({ graded: 2, excellentShare: 0.5 });
    await setEvaluationGrade(liaison, { memberId: member.id, year: YEAR, grade: 'QUALIFIED', version: 1 }, ports);
    const figures = await unitEvaluation(liaison, { unitId: school.id, year: YEAR }, ports);
    expect(figures).toMatchObject({ graded: 2, excellentShare: 0, members: 2 });
    expect(figures.byGrade.find((g) => g.grade === 'QUALIFIED')!.count).toBe(2);
  });

  it("under the region's rule an in-service member without a confirmed report is capped at 基本合格; the grid says why", async () => {
    await setEngagementRules(admin, { year: YEAR, version: 0, capGradeWithoutReport: true }, ports);
    const liaison = unitLiaison(regionId, school.id);
    await expect(attempt(() => setEvaluationGrade(liaison, { memberId: member.id, year: YEAR, grade: 'QUALIFIED' }, ports))).rejects.toMatchObject({
      field: 'grade', message: expect.stringContaining('基本合格'),
    });
    let grid = await evaluationGrid(liaison, { unitId: school.id, year: YEAR }, ports);
    expect(grid.edges[0]!.node).toMatchObject({ maxGrade: 'BASICALLY_QUALIFIED', capReason: expect.stringContaining('未到社区报到'), communityReport: null });

    const report = await reportToCommunity(asMember(member), { communityUnitId: community.id }, ports);
    await confirmCommunityReport(admin, { id: report.id, version: 1 }, ports);
    const record = await logServiceHours(asMember(member), service({ hours: 3 }), ports);
    await confirmServiceHours(admin, { id: record.id, version: 1 }, ports);
    grid = await evaluationGrid(liaison, { unitId: school.id, year: YEAR }, ports);
    expect(grid.edges[0]!.node).toMatchObject({ maxGrade: 'EXCELLENT', capReason: null, serviceHours: 3, communityReport: expect.objectContaining({ communityUnitId: community.id }) });
    expect(await setEvaluationGrade(liaison, { memberId: member.id, year: YEAR, grade: 'EXCELLENT' }, ports)).toMatchObject({ grade: 'EXCELLENT' });

    // Posts held under the report show on the row; the report ended, the cap is back, on the grid and for a new grade.
    const post = await createPost(admin, { communityUnitId: community.id, title: '文明劝导岗', capacity: 2 }, ports);
    await claimPost(asMember(member), { postId: post.id }, ports);
    grid = await evaluationGrid(liaison, { unitId: school.id, year: YEAR }, ports);
    expect(grid.edges[0]!.node).toMatchObject({ postsHeld: 1, communityReport: expect.objectContaining({ id: report.id, postsHeld: 1 }) });
    await leavePost(asMember(member), { postId: post.id }, ports);
    await endCommunityReport(admin, { id: report.id, version: 2, reason: '已搬离社区' }, ports);
    grid = await evaluationGrid(liaison, { unitId: school.id, year: YEAR }, ports);
    expect(grid.edges[0]!.node).toMatchObject({ maxGrade: 'BASICALLY_QUALIFIED', communityReport: null, postsHeld: 0 });
    await expect(attempt(() => setEvaluationGrade(liaison, { memberId: member.id, year: YEAR, grade: 'QUALIFIED', version: 1 }, ports))).rejects.toMatchObject({ field: 'grade' });
  });
});
