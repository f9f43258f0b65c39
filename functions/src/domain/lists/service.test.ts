import { beforeEach, describe, expect, it } from 'vitest';
import type { RegionPrincipal } from '../../auth/principal';
import { createPairing } from '../pairings/service';
import { attempt, COMMUNITY, givenMember, givenRegion, givenUnit, givenUpload } from '../testing/fixtures';
import { createMemoryPorts, type MemoryPorts } from '../testing/memory-ports';
import { unitLiaison } from '../testing/principals';
import type { Unit } from '../units/unit';
import type { Project } from './project';
import {
  claimableProjects, claimProject, claimProjectSlot, claimResource, closeNeed, createNeed, createProjectFromNeed, createResource, listNeeds,
  getListSettings, listProjects, listResources, listYear, setListSettings, projectActions, projectProgress, projectRatings, rateProject, projectClaims, reportProjectProgress, suggestResources, transitionProject, updateNeed, updateResource,
  withdrawClaim, withdrawResource,
} from './service';

let ports: MemoryPorts;
let admin: RegionPrincipal;
let regionId: string;
let community: Unit;
let hospital: Unit;
let school: Unit;

// The clock starts at 2026-03-01T08:00:00Z.
beforeEach(async () => {
  ports = createMemoryPorts();
  ({ regionId, admin } = await givenRegion(ports));
  community = await givenUnit(ports, admin, { ...COMMUNITY, name: '幸福里社区党委' });
  hospital = await givenUnit(ports, admin, { name: '市第三人民医院党委', hostKind: 'HOSPITAL' });
  school = await givenUnit(ports, admin, { name: '长安实验小学党支部', hostKind: 'SCHOOL' });
});

const needInput = (overrides: Record<string, unknown> = {}) => ({
  year: 2026, title: '高龄老人健康义诊', category: '养老', source: 'GRID', raisedBy: '1号网格', communityUnitId: community.id,
  wantedFrom: '2026-04-01', wantedUntil: '2026-06-30', ...overrides,
});
const resourceInput = (unit: Unit, overrides: Record<string, unknown> = {}) => ({
  year: 2026, unitId: unit.id, type: 'HEALTH', title: '志愿医生', quantity: 5, quantityUnit: '名', contactPhone: '13912345678', ...overrides,
});

async function approvedProject(overrides: Record<string, unknown> = {}): Promise<Project> {
  const need = await createNeed(admin, needInput(), ports);
  const doctors = await createResource(admin, resourceInput(hospital), ports);
  const project = await createProjectFromNeed(admin, { needId: need.id, resources: [{ resourceId: doctors.id, quantity: 2 }], title: '义诊进网格', volunteerSlots: 2, ...overrides }, ports);
  return transitionProject(admin, { id: project.id, version: 1, to: 'APPROVED' }, ports);
}

describe('needs and resources', () => {
  it('a community files its need; a unit that is not a village or community cannot; filters by status; closing needs a reason', async () => {
    const liaison = unitLiaison(regionId, community.id);
    const need = await createNeed(liaison, needInput(), ports);
    expect(need).toMatchObject({ status: 'COLLECTED', version: 1, urgency: 'NORMAL' });
    await expect(attempt(() => createNeed(admin, needInput({ communityUnitId: hospital.id }), ports))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'communityUnitId' });
    await expect(attempt(() => createNeed(unitLiaison(regionId, hospital.id), needInput(), ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(() => createNeed(admin, needInput({ category: '星际旅行' }), ports))).rejects.toMatchObject({ field: 'category' });
    await expect(attempt(() => createNeed(admin, needInput({ wantedUntil: '2026-03-01' }), ports))).rejects.toMatchObject({ field: 'wantedUntil' });
    await expect(attempt(() => closeNeed(admin, { id: need.id, version: 1, reason: '' }, ports))).rejects.toMatchObject({ field: 'reason' });
    const closed = await closeNeed(admin, { id: need.id, version: 1, reason: '已由区民政局解决' }, ports);
    expect(closed).toMatchObject({ status: 'NOT_TAKEN_UP', statusReason: '已由区民政局解决' });
    await expect(attempt(() => updateNeed(admin, { id: need.id, version: 2, title: '改' }, ports))).rejects.toMatchObject({ field: 'id', message: expect.stringContaining('未采纳') });
    expect((await listNeeds(admin, { filter: { year: 2026, status: 'NOT_TAKEN_UP' } }, ports)).edges).toHaveLength(1);
    expect((await listNeeds(admin, { filter: { year: 2026, status: 'COLLECTED' } }, ports)).edges).toHaveLength(0);
    expect(ports.memory.auditEntries().map((e) => e.operation)).toEqual(expect.arrayContaining(['createNeed', 'closeNeed']));
  });

  it('a resource keeps its quantity left through edits: never below what projects took', async () => {
    const doctors = await createResource(unitLiaison(regionId, hospital.id), resourceInput(hospital), ports);
    await expect(attempt(() => createResource(unitLiaison(regionId, school.id), resourceInput(hospital), ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(() => createResource(admin, resourceInput(hospital, { quantity: 0 }), ports))).rejects.toMatchObject({ field: 'quantity' });
    const need = await createNeed(admin, needInput(), ports);
    await createProjectFromNeed(admin, { needId: need.id, resources: [{ resourceId: doctors.id, quantity: 3 }], title: '义诊' }, ports);
    await expect(attempt(() => updateResource(admin, { id: doctors.id, version: 1, quantity: 2 }, ports))).rejects.toMatchObject({ field: 'quantity' });
    const grown = await updateResource(admin, { id: doctors.id, version: 1, quantity: 8 }, ports);
    expect(grown).toMatchObject({ quantity: 8, quantityLeft: 5 });
    const withdrawn = await withdrawResource(admin, { id: doctors.id, version: 2 }, ports);
    expect(withdrawn.status).toBe('WITHDRAWN');
    expect((await listResources(admin, { filter: { year: 2026, status: 'WITHDRAWN' } }, ports)).edges).toHaveLength(1);
    expect((await listResources(admin, { filter: { year: 2026, status: 'AVAILABLE' } }, ports)).edges).toHaveLength(0);
  });
});

describe('matching (对接)', () => {
  it('suggests resources in time, of fitting types, with quantity left, paired units first', async () => {
    await createPairing(admin, { unitId: school.id, communityId: community.id, startsOn: '2026-03-01', content: '结对共建' }, ports);
    const need = await createNeed(admin, needInput({ category: '医疗' }), ports);
    const late = await createResource(admin, resourceInput(hospital, { title: '下半年义诊', availableFrom: '2026-07-01' }), ports);
    const hospitalDoctors = await createResource(admin, resourceInput(hospital), ports);
    const schoolDoctor = await createResource(admin, resourceInput(school, { title: '校医', quantity: 1 }), ports);
    const venue = await createResource(admin, resourceInput(hospital, { type: 'PUBLICITY', title: '宣传栏' }), ports);
    const suggested = await suggestResources(admin, need.id, ports);
    expect(suggested.map((s) => [s.resource.id, s.paired])).toEqual([[schoolDoctor.id, true], [hospitalDoctors.id, false]]);
    expect(suggested.map((s) => s.resource.id)).not.toContain(late.id);
    expect(suggested.map((s) => s.resource.id)).not.toContain(venue.id);
  });

  it('turns a need and resources into a project in one step, or changes nothing', async () => {
    const need = await createNeed(admin, needInput(), ports);
    const doctors = await createResource(admin, resourceInput(hospital), ports);
    const funds = await createResource(admin, resourceInput(school, { type: 'FUNDS', title: '共建资金', quantity: 1000, quantityUnit: '元' }), ports);
    await expect(
      attempt(() => createProjectFromNeed(admin, { needId: need.id, resources: [{ resourceId: doctors.id, quantity: 2 }, { resourceId: funds.id, quantity: 5000 }], title: '义诊' }, ports)),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'resources.1.quantity', message: expect.stringContaining('仅剩 1000元') });
    // A concurrent claim takes the funds between the read and the write: the store refuses, nothing is written.
    ports.memory.beforeNextWrite(async () => {
      const other = await createProjectFromNeed(admin, { needId: (await createNeed(admin, needInput({ title: '另一需求' }), ports)).id, resources: [{ resourceId: funds.id, quantity: 800 }], title: '另一项目' }, ports);
      expect(other.status).toBe('SUBMITTED');
    });
    const writesBefore = ports.memory.auditEntries().length;
    await expect(
      attempt(() => createProjectFromNeed(admin, { needId: need.id, resources: [{ resourceId: doctors.id, quantity: 2 }, { resourceId: funds.id, quantity: 500 }], title: '义诊' }, ports)),
    ).rejects.toMatchObject({ field: 'resources.1.quantity' });
    expect(ports.memory.auditEntries().length).toBe(writesBefore + 2); // the other need and project only
    expect((await ports.resources.get(regionId, doctors.id))!.quantityLeft).toBe(5);
    expect((await ports.needs.get(regionId, need.id))!).toMatchObject({ status: 'COLLECTED', version: 1 });

    const project = await createProjectFromNeed(admin, { needId: need.id, resources: [{ resourceId: doctors.id, quantity: 2 }, { resourceId: funds.id, quantity: 200 }], title: '义诊', budget: 200 }, ports);
    expect(project).toMatchObject({ status: 'SUBMITTED', needIds: [need.id], communityUnitId: community.id, year: 2026 });
    expect((await ports.needs.get(regionId, need.id))!).toMatchObject({ status: 'IN_PROJECT', projectId: project.id });
    expect((await ports.resources.get(regionId, funds.id))!.quantityLeft).toBe(0);
    expect((await projectClaims(admin, project, ports)).map((c) => [c.kind, c.resourceId, c.quantity])).toEqual([
      ['RESOURCE', doctors.id, 2],
      ['RESOURCE', funds.id, 200],
    ]);
    await expect(attempt(() => createProjectFromNeed(admin, { needId: need.id, resources: [], title: '重复立项' }, ports))).rejects.toMatchObject({ field: 'needId', message: expect.stringContaining('已立项') });
  });
});

describe('the project lifecycle', () => {
  it('moves as 002 art.20–21 allow, names the state when it refuses, and carries its needs along', async () => {
    const need = await createNeed(admin, needInput(), ports);
    const project = await createProjectFromNeed(admin, { needId: need.id, resources: [], title: '义诊' }, ports);
    await expect(attempt(() => transitionProject(admin, { id: project.id, version: 1, to: 'ACCEPTED', note: '好' }, ports))).rejects.toMatchObject({
      field: 'to', message: '项目当前状态为“申报”，不能转为“验收”',
    });
    await expect(attempt(() => transitionProject(unitLiaison(regionId, hospital.id), { id: project.id, version: 1, to: 'APPROVED' }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const approved = await transitionProject(admin, { id: project.id, version: 1, to: 'APPROVED' }, ports);
    expect(approved.claimWindowEndsAt).toBe('2026-03-15T08:00:00.000Z');
    await expect(attempt(() => transitionProject(admin, { id: project.id, version: 2, to: 'IN_PROGRESS' }, ports))).rejects.toMatchObject({ message: expect.stringContaining('尚无责任单位') });
    await claimProject(admin, { projectId: project.id, unitId: hospital.id, mode: 'SOLO' }, ports);
    const started = await transitionProject(unitLiaison(regionId, hospital.id), { id: project.id, version: 2, to: 'IN_PROGRESS' }, ports);
    const photo = await givenUpload(ports, admin, { fileName: '义诊现场.pdf' });
    const reported = await reportProjectProgress(unitLiaison(regionId, hospital.id), { id: project.id, note: '已义诊 30 人次', fileUploadIds: [photo] }, ports);
    expect(reported).toMatchObject({ note: '已义诊 30 人次', unitId: hospital.id, files: [{ name: '义诊现场.pdf' }] });
    // Filed into the archive with it: the same object, the reporting unit's (其他: not a photo).
    expect(await ports.archive.document(regionId, `upload-${photo}`)).toMatchObject({
      title: `${project.title} 项目进展：义诊现场.pdf`, folder: 'OTHER', year: 2026, unitId: hospital.id, current: { file: reported.files[0], sharedWithRecord: true },
    });
    await expect(attempt(() => reportProjectProgress(unitLiaison(regionId, hospital.id), { id: project.id, note: '再报', fileUploadIds: [photo] }, ports))).rejects.toMatchObject({ field: 'fileUploadIds.0' });
    await expect(attempt(() => reportProjectProgress(unitLiaison(regionId, school.id), { id: project.id, note: 'x' }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(() => transitionProject(admin, { id: project.id, version: started.version, to: 'ACCEPTED' }, ports))).rejects.toMatchObject({ field: 'note' });
    const accepted = await transitionProject(admin, { id: project.id, version: started.version, to: 'ACCEPTED', note: '完成良好' }, ports);
    expect(accepted).toMatchObject({ status: 'ACCEPTED', acceptanceNote: '完成良好' });
    expect(accepted.history.map((e) => e.action)).toEqual(['SUBMITTED', 'APPROVED', 'IN_PROGRESS', 'ACCEPTED']);
    expect((await projectProgress(admin, accepted, {}, ports)).edges.map((e) => e.node.note)).toEqual(['已义诊 30 人次']);
    await expect(attempt(() => reportProjectProgress(admin, { id: project.id, note: '验收后' }, ports))).rejects.toMatchObject({ field: 'id' });
    expect((await ports.needs.get(regionId, need.id))!.status).toBe('MET');
  });

  it('a rejected project gives its needs back to the list and its resources back to their units', async () => {
    const need = await createNeed(admin, needInput(), ports);
    const doctors = await createResource(admin, resourceInput(hospital), ports);
    const project = await createProjectFromNeed(admin, { needId: need.id, resources: [{ resourceId: doctors.id, quantity: 3 }], title: '义诊' }, ports);
    await claimResource(admin, { resourceId: doctors.id, projectId: project.id, quantity: 1 }, ports);
    expect((await ports.resources.get(regionId, doctors.id))!.quantityLeft).toBe(1);
    await transitionProject(admin, { id: project.id, version: 1, to: 'REJECTED', note: '与已有项目重复' }, ports);
    expect((await ports.needs.get(regionId, need.id))!).toMatchObject({ status: 'COLLECTED', projectId: null });
    expect((await ports.resources.get(regionId, doctors.id))!.quantityLeft).toBe(5);
    expect(await projectClaims(admin, project, ports)).toEqual([]);
  });

  it('cancelled while carried out, a project keeps what it spent', async () => {
    const project = await approvedProject();
    await claimProject(admin, { projectId: project.id, unitId: hospital.id, mode: 'SOLO' }, ports);
    const started = await transitionProject(admin, { id: project.id, version: 2, to: 'IN_PROGRESS' }, ports);
    await transitionProject(admin, { id: project.id, version: started.version, to: 'CANCELLED', note: '居民需求已由其他渠道解决' }, ports);
    const resource = (await ports.resources.list(regionId, { year: 2026 }, { size: 10 })).edges[0]!.node;
    expect(resource.quantityLeft).toBe(3);
  });
});

describe('claims (认领)', () => {
  it('keeps the claim window for paired units, then opens the hall to all', async () => {
    await createPairing(admin, { unitId: school.id, communityId: community.id, startsOn: '2026-03-01', content: '结对共建' }, ports);
    const project = await approvedProject();
    const hospitalLiaison = unitLiaison(regionId, hospital.id);
    const schoolLiaison = unitLiaison(regionId, school.id);
    await expect(attempt(() => claimProject(hospitalLiaison, { projectId: project.id, unitId: hospital.id, mode: 'JOINT' }, ports))).rejects.toMatchObject({
      field: 'unitId', message: expect.stringContaining('未与该社区结对'),
    });
    await expect(attempt(() => claimProject(hospitalLiaison, { projectId: project.id, unitId: school.id, mode: 'JOINT' }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await claimableProjects(hospitalLiaison, { year: 2026 }, ports)).edges).toHaveLength(0);
    expect((await claimableProjects(schoolLiaison, { year: 2026 }, ports)).edges).toHaveLength(1);
    expect(await projectActions(schoolLiaison, project, ports)).toEqual(['CLAIM']);
    await claimProject(schoolLiaison, { projectId: project.id, unitId: school.id, mode: 'JOINT', lead: true }, ports);
    ports.clock.advance(15 * 86_400_000);
    const claim = await claimProject(hospitalLiaison, { projectId: project.id, unitId: hospital.id, mode: 'JOINT' }, ports);
    expect(claim).toMatchObject({ kind: 'UNIT', mode: 'JOINT', lead: false });
    await expect(attempt(() => claimProject(hospitalLiaison, { projectId: project.id, unitId: hospital.id, mode: 'JOINT' }, ports))).rejects.toMatchObject({ field: 'unitId', message: expect.stringContaining('已认领') });
    const stored = (await ports.projects.get(regionId, project.id))!;
    expect(stored).toMatchObject({ unitClaimCount: 2, leadUnitId: school.id, soloUnitId: null });
  });

  it('solo excludes the rest; one lead; withdrawing before the start gives everything back', async () => {
    const project = await approvedProject();
    await claimProject(admin, { projectId: project.id, unitId: hospital.id, mode: 'SOLO' }, ports);
    await expect(attempt(() => claimProject(admin, { projectId: project.id, unitId: school.id, mode: 'JOINT' }, ports))).rejects.toMatchObject({ field: 'mode' });
    await withdrawClaim(unitLiaison(regionId, hospital.id), `${project.id}.u.${hospital.id}`, ports);
    expect((await ports.projects.get(regionId, project.id))!).toMatchObject({ unitClaimCount: 0, soloUnitId: null, leadUnitId: null });
    await claimProject(admin, { projectId: project.id, unitId: school.id, mode: 'JOINT', lead: true }, ports);
    await expect(attempt(() => claimProject(admin, { projectId: project.id, unitId: hospital.id, mode: 'JOINT', lead: true }, ports))).rejects.toMatchObject({ field: 'lead' });
    await expect(attempt(() => claimProject(admin, { projectId: project.id, unitId: hospital.id, mode: 'SOLO' }, ports))).rejects.toMatchObject({ field: 'mode' });
    await transitionProject(admin, { id: project.id, version: 2, to: 'IN_PROGRESS' }, ports);
    await expect(attempt(() => withdrawClaim(admin, `${project.id}.u.${school.id}`, ports))).rejects.toMatchObject({ field: 'claimId', message: expect.stringContaining('开始实施') });
  });

  it('members take volunteer places, never more than offered; resources never beyond what is left', async () => {
    const project = await approvedProject();
    const first = await givenMember(ports, admin, school.id, { name: '张三' });
    const second = await givenMember(ports, admin, school.id, { name: '李四' });
    const third = await givenMember(ports, admin, hospital.id, { name: '王五' });
    const asMember = (memberId: string): RegionPrincipal => ({ userId: memberId, displayName: '党员', regionId, roles: ['MEMBER'], memberId });
    await claimProjectSlot(asMember(first.id), project.id, ports);
    await expect(attempt(() => claimProjectSlot(asMember(first.id), project.id, ports))).rejects.toMatchObject({ message: '您已报名该项目' });
    await claimProjectSlot(asMember(second.id), project.id, ports);
    await expect(attempt(() => claimProjectSlot(asMember(third.id), project.id, ports))).rejects.toMatchObject({ field: 'projectId', message: '该项目的志愿岗位已满（共 2 个）' });
    await withdrawClaim(asMember(first.id), `${project.id}.m.${first.id}`, ports);
    await claimProjectSlot(asMember(third.id), project.id, ports);

    const venue = await createResource(admin, resourceInput(school, { type: 'VENUE', title: '阅览室', quantity: 3, quantityUnit: '间' }), ports);
    await expect(attempt(() => claimResource(unitLiaison(regionId, hospital.id), { resourceId: venue.id, projectId: project.id, quantity: 1 }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await claimResource(unitLiaison(regionId, school.id), { resourceId: venue.id, projectId: project.id, quantity: 2 }, ports);
    await expect(attempt(() => claimResource(admin, { resourceId: venue.id, projectId: project.id, quantity: 2 }, ports))).rejects.toMatchObject({ field: 'quantity', message: '资源“阅览室”仅剩 1间' });
    const claims = await projectClaims(admin, project, ports);
    expect(claims.filter((c) => c.kind === 'MEMBER').map((c) => c.memberName).sort()).toEqual(['李四', '王五']);
  });
});

describe('the year view', () => {
  it('counts by status, category, type and budget as the records are written, and lists the overdue and the unused', async () => {
    const project = await approvedProject({ budget: 3000, targetOn: '2026-03-10' });
    await createNeed(admin, needInput({ category: '医疗', title: '另一需求' }), ports);
    const unused = await createResource(admin, resourceInput(school, { type: 'VENUE', title: '阅览室' }), ports);
    const rejected = await createProjectFromNeed(admin, { needId: (await createNeed(admin, needInput({ title: '第三需求' }), ports)).id, resources: [], title: '驳回的', budget: 999 }, ports);
    await transitionProject(admin, { id: rejected.id, version: 1, to: 'REJECTED', note: '重复' }, ports);
    const year = await listYear(admin, 2026, ports);
    expect(year.needs.total).toBe(3);
    expect(year.needs.byStatus).toEqual([
      { status: 'COLLECTED', count: 2 }, { status: 'IN_PROJECT', count: 1 }, { status: 'MET', count: 0 }, { status: 'NOT_TAKEN_UP', count: 0 },
    ]);
    expect(year.needs.byCategory).toEqual([{ category: '养老', count: 2 }, { category: '医疗', count: 1 }]);
    expect(year.resources).toMatchObject({ total: 2, withdrawn: 0 });
    expect(year.resources.byType.find((t) => t.type === 'VENUE')!.count).toBe(1);
    expect(year.projects.total).toBe(2);
    expect(year.projects.budget).toBe(3000);
    expect(year.projects.byStatus.filter((s) => s.count > 0)).toEqual([{ status: 'APPROVED', count: 1 }, { status: 'REJECTED', count: 1 }]);
    expect((await listYear(admin, 2025, ports)).needs.total).toBe(0);

    expect((await listProjects(admin, { filter: { year: 2026, overdue: true } }, ports)).edges).toHaveLength(0);
    ports.clock.set('2026-03-11T08:00:00Z');
    expect((await listProjects(admin, { filter: { year: 2026, overdue: true } }, ports)).edges.map((e) => e.node.id)).toEqual([project.id]);
    expect((await listResources(admin, { filter: { year: 2026, unused: true } }, ports)).edges.map((e) => e.node.id)).toEqual([unused.id]);
  });
});

describe('residents rate accepted projects', () => {
  async function acceptedProject(): Promise<Project> {
    const project = await approvedProject();
    await claimProject(admin, { projectId: project.id, unitId: hospital.id, mode: 'SOLO' }, ports);
    const started = await transitionProject(admin, { id: project.id, version: 2, to: 'IN_PROGRESS' }, ports);
    return transitionProject(admin, { id: project.id, version: started.version, to: 'ACCEPTED', note: '同意验收' }, ports);
  }

  it('once per resident and project, anonymously, through the community, or as a member; averaged on the project', async () => {
    const notYet = await approvedProject();
    await expect(attempt(() => rateProject(null, { regionId, projectId: notYet.id, score: 5, raterKey: '13900001111' }, ports))).rejects.toMatchObject({ field: 'projectId', message: expect.stringContaining('验收后') });
    const project = await acceptedProject();
    await expect(attempt(() => rateProject(null, { projectId: project.id, score: 5, raterKey: '13900001111' }, ports))).rejects.toMatchObject({ field: 'regionId' });
    await expect(attempt(() => rateProject(null, { regionId, projectId: project.id, score: 5 }, ports))).rejects.toMatchObject({ field: 'raterKey' });
    await expect(attempt(() => rateProject(null, { regionId, projectId: project.id, score: 6, raterKey: '13900001111' }, ports))).rejects.toMatchObject({ field: 'score' });
    expect(await rateProject(null, { regionId, projectId: project.id, score: 5, comment: '医生很耐心', raterKey: '139 0000 1111' }, ports)).toEqual({ average: 5, count: 1 });
    await expect(attempt(() => rateProject(null, { regionId, projectId: project.id, score: 1, raterKey: '13900001111' }, ports))).rejects.toMatchObject({ field: 'raterKey', message: expect.stringContaining('已评价') });
    expect(await rateProject(unitLiaison(regionId, community.id), { projectId: project.id, score: 4, comment: '纸质评价表' }, ports)).toEqual({ average: 4.5, count: 2 });
    await expect(attempt(() => rateProject(unitLiaison(regionId, hospital.id), { projectId: project.id, score: 5 }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const member = await givenMember(ports, admin, school.id);
    const asMember: RegionPrincipal = { userId: member.id, displayName: '党员', regionId, roles: ['MEMBER'], memberId: member.id };
    expect(await rateProject(asMember, { projectId: project.id, score: 3 }, ports)).toEqual({ average: 4, count: 3 });
    await expect(attempt(() => rateProject(asMember, { projectId: project.id, score: 3 }, ports))).rejects.toMatchObject({ message: expect.stringContaining('已评价') });
    const ratings = await projectRatings(admin, (await ports.projects.get(regionId, project.id))!, {}, ports);
    expect(ratings.edges.map((e) => [e.node.score, e.node.byCommunity])).toEqual([[3, false], [4, true], [5, false]]);
    // Who rated is kept only as a keyed hash, never the number.
    expect(JSON.stringify(ports.memory.auditEntries())).not.toContain('13900001111');
    expect((await ports.projects.get(regionId, project.id))!).toMatchObject({ ratingCount: 3, ratingSum: 12 });
  });
});

describe("the region's settings of the lists", () => {
  it('sets its own need categories and claim window; needs keep theirs; a stale version is refused', async () => {
    expect(await getListSettings(unitLiaison(regionId, school.id), ports)).toMatchObject({ claimWindowDays: 14, version: 0, needCategories: expect.arrayContaining(['养老', '其他']) });
    const before = await createNeed(admin, needInput(), ports);
    await expect(attempt(() => setListSettings(unitLiaison(regionId, community.id), { version: 0, claimWindowDays: 0 }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(() => setListSettings(admin, { version: 0, needCategories: ['助老', '助老'] }, ports))).rejects.toMatchObject({ field: 'needCategories' });
    const set = await setListSettings(admin, { version: 0, needCategories: ['助老', '儿童托管', '其他'], claimWindowDays: 0 }, ports);
    expect(set).toMatchObject({ version: 1, claimWindowDays: 0 });
    await expect(attempt(() => setListSettings(admin, { version: 0, claimWindowDays: 7 }, ports))).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(attempt(() => createNeed(admin, needInput({ category: '养老' }), ports))).rejects.toMatchObject({ field: 'category', message: expect.stringContaining('助老') });
    expect((await createNeed(admin, needInput({ category: '儿童托管' }), ports)).category).toBe('儿童托管');
    expect((await updateNeed(admin, { id: before.id, version: 1, title: '改名' }, ports)).category).toBe('养老');
    // No window: the hall is open to every unit at once.
    const submitted = await createProjectFromNeed(admin, { needId: (await createNeed(admin, needInput({ category: '助老', title: '助老' }), ports)).id, resources: [], title: '助老' }, ports);
    const project = await transitionProject(admin, { id: submitted.id, version: 1, to: 'APPROVED' }, ports);
    expect(project.claimWindowEndsAt).toBe('2026-03-01T08:00:00.000Z');
    await claimProject(unitLiaison(regionId, hospital.id), { projectId: project.id, unitId: hospital.id, mode: 'SOLO' }, ports);
  });
});
