import { beforeEach, describe, expect, it } from 'vitest';
import type { RegionPrincipal } from '../../auth/principal';
import { claimProject, closeNeed, createNeed, createProjectFromNeed, createResource, reportProjectProgress, transitionProject, withdrawResource } from '../lists/service';
import type { Need } from '../lists/need';
import type { Project } from '../lists/project';
import type { Resource } from '../lists/resource';
import { attempt, COMMUNITY, givenRegion, givenUnit, givenUpload } from '../testing/fixtures';
import { givenResolutions } from '../testing/resolution-fixtures';
import { createMemoryPorts, type MemoryPorts } from '../testing/memory-ports';
import { partnerClient, partyMember, platformAdmin, unitLiaison } from '../testing/principals';
import type { Unit } from '../units/unit';
import { openDataLinks } from './open-data';
import {
  listPublications, publicNeeds, publicProjectById, publicProjectProgress, publicProjects, publicResolutions, publicResources, publish, readPublicRegion,
  unpublish,
} from './service';

let ports: MemoryPorts;
let admin: RegionPrincipal;
let regionId: string;
let community: Unit;
let school: Unit;
let hospital: Unit;

const PHONE = '13812345678';

const needOf = (title = '老人助餐', overrides: Record<string, unknown> = {}): Promise<Need> =>
  createNeed(admin, { year: 2026, title, category: '养老', source: 'RESIDENTS', communityUnitId: community.id, raisedBy: '张大爷', ...overrides }, ports);
const resourceOf = (title = '义诊服务'): Promise<Resource> =>
  createResource(admin, { year: 2026, unitId: hospital.id, type: 'HEALTH', title, quantity: 5, quantityUnit: '次', contactName: '李医生', contactPhone: PHONE }, ports);
async function projectOf(title = '助餐点建设', options: { joint?: boolean } = {}): Promise<Project> {
  const need = await needOf(`${title}需求`);
  let project = await createProjectFromNeed(admin, { needId: need.id, resources: [], title, volunteerSlots: 3 }, ports);
  project = await transitionProject(admin, { id: project.id, version: project.version, to: 'APPROVED' }, ports);
  ports.clock.advance(30 * 86_400_000);
  if (options.joint) {
    await claimProject(admin, { projectId: project.id, unitId: hospital.id, mode: 'JOINT', lead: false }, ports);
    await claimProject(admin, { projectId: project.id, unitId: school.id, mode: 'JOINT', lead: true }, ports);
  } else {
    await claimProject(admin, { projectId: project.id, unitId: school.id, mode: 'SOLO' }, ports);
  }
  const current = (await ports.projects.get(regionId, project.id))!;
  return transitionProject(admin, { id: project.id, version: current.version, to: 'IN_PROGRESS' }, ports);
}

beforeEach(async () => {
  ports = createMemoryPorts({ now: '2026-03-01T08:00:00.000Z' });
  ({ regionId, admin } = await givenRegion(ports));
  community = await givenUnit(ports, admin, { ...COMMUNITY, name: '春晖社区党委' });
  school = await givenUnit(ports, admin, { name: '长安实验小学党支部', hostKind: 'SCHOOL' });
  hospital = await givenUnit(ports, admin, { name: '区人民医院党委', hostKind: 'HOSPITAL' });
});

describe('publish and unpublish (the secretariat)', () => {
  it('publishes a need, a resource and a project by id, each audited; listed by type and year, newest first', async () => {
    const need = await needOf();
    const resource = await resourceOf();
    const project = await projectOf();
    const published = await publish(admin, { id: need.id }, ports);
    expect(published).toMatchObject({ recordId: need.id, recordType: 'NEED', year: 2026, title: '老人助餐', publishedBy: admin.displayName });
    ports.clock.advance(1000);
    expect(await publish(admin, { id: resource.id }, ports)).toMatchObject({ recordType: 'RESOURCE' });
    expect(await publish(admin, { id: project.id }, ports)).toMatchObject({ recordType: 'PROJECT' });
    const audit = ports.memory.auditEntries(regionId).filter((e) => e.recordType === 'Publication');
    expect(audit.map((e) => [e.operation, e.recordId])).toEqual([['publish', need.id], ['publish', resource.id], ['publish', project.id]]);
    const needs = await listPublications(admin, { type: 'NEED', year: 2026 }, ports);
    expect(needs.edges.map((e) => e.node.recordId)).toEqual([need.id]);
    await unpublish(admin, { id: need.id }, ports);
    expect((await listPublications(admin, { type: 'NEED', year: 2026 }, ports)).edges).toEqual([]);
    expect(ports.memory.auditEntries(regionId).at(-1)).toMatchObject({ operation: 'unpublish', recordId: need.id, recordType: 'Publication' });
  });

  it('refuses at `id`: a need 未采纳, a withdrawn resource, a rejected or cancelled project; unknown id is NOT_FOUND; twice is CONFLICT', async () => {
    const need = await needOf();
    const closed = await closeNeed(admin, { id: need.id, version: need.version, reason: '不属于服务范围' }, ports);
    expect(closed.status).toBe('NOT_TAKEN_UP');
    await expect(attempt(() => publish(admin, { id: need.id }, ports))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', message: expect.stringContaining('未采纳') });
    const resource = await resourceOf();
    await withdrawResource(admin, { id: resource.id, version: resource.version }, ports);
    await expect(attempt(() => publish(admin, { id: resource.id }, ports))).rejects.toMatchObject({ field: 'id', message: expect.stringContaining('撤回') });
    const rejectedNeed = await needOf('待驳回');
    const submitted = await createProjectFromNeed(admin, { needId: rejectedNeed.id, resources: [], title: '驳回的项目' }, ports);
    await transitionProject(admin, { id: submitted.id, version: submitted.version, to: 'REJECTED', note: '预算不足' }, ports);
    await expect(attempt(() => publish(admin, { id: submitted.id }, ports))).rejects.toMatchObject({ field: 'id', message: expect.stringContaining('驳回') });
    await expect(attempt(() => publish(admin, { id: 'no-such-record' }, ports))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const ok = await needOf('可公示');
    await publish(admin, { id: ok.id }, ports);
    await expect(attempt(() => publish(admin, { id: ok.id }, ports))).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(attempt(() => unpublish(admin, { id: need.id }, ports))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    // Nothing refused was written or audited.
    expect(ports.memory.auditEntries(regionId).filter((e) => e.recordType === 'Publication')).toHaveLength(1);
  });

  it('only the region admin publishes, unpublishes and lists; another region cannot reach the record', async () => {
    const need = await needOf();
    for (const caller of [unitLiaison(regionId, community.id), partyMember(regionId), partnerClient(regionId), platformAdmin()]) {
      await expect(attempt(() => publish(caller, { id: need.id }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(attempt(() => listPublications(caller, { type: 'NEED', year: 2026 }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await publish(admin, { id: need.id }, ports);
    await expect(attempt(() => unpublish(unitLiaison(regionId, community.id), { id: need.id }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const other = await givenRegion(ports, 'r-2');
    await expect(attempt(() => publish(other.admin, { id: need.id }, ports))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(attempt(() => unpublish(other.admin, { id: need.id }, ports))).rejects.toMatchObject({ field: 'id' });
  });
});

describe('the public reads (anyone)', () => {
  it('lists only published records with public fields: no contact, no raisedBy; unpublished disappear at once', async () => {
    const [a, b, hidden] = [await needOf('老人助餐'), await needOf('儿童托管'), await needOf('未公示的需求')];
    const resource = await resourceOf();
    await publish(admin, { id: a.id }, ports);
    ports.clock.advance(1000);
    await publish(admin, { id: b.id }, ports);
    await publish(admin, { id: resource.id }, ports);
    const needs = await publicNeeds(regionId, {}, ports);
    expect(needs.edges.map((e) => e.node.id)).toEqual([b.id, a.id]);
    expect(needs.edges[0]!.node).toEqual({
      id: b.id, year: 2026, title: '儿童托管', category: '养老', description: null, status: 'COLLECTED', communityName: '春晖社区党委',
      wantedFrom: null, wantedUntil: null, publishedAt: '2026-03-01T08:00:01.000Z',
    });
    expect(JSON.stringify(needs)).not.toContain(hidden.id);
    expect(JSON.stringify(needs)).not.toContain('张大爷');
    const resources = await publicResources(regionId, { year: 2026 }, ports);
    expect(resources.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ id: resource.id, unitName: '区人民医院党委', quantity: 5, quantityLeft: 5, quantityUnit: '次' }),
    ]);
    expect(JSON.stringify(resources)).not.toMatch(/李医生|13812345678|contact/);
    expect((await publicNeeds(regionId, { search: '托管' }, ports)).edges.map((e) => e.node.id)).toEqual([b.id]);
    await unpublish(admin, { id: b.id }, ports);
    expect((await publicNeeds(regionId, {}, ports)).edges.map((e) => e.node.id)).toEqual([a.id]);
    // Another year, another region: nothing.
    expect((await publicNeeds(regionId, { year: 2025 }, ports)).edges).toEqual([]);
    expect((await publicNeeds('r-other', {}, ports)).edges).toEqual([]);
  });

  it('a page is one list read, one batched read of the records and one of the unit names (no N+1)', async () => {
    for (let i = 0; i < 5; i++) await publish(admin, { id: (await needOf(`需求${i}`)).id }, ports);
    const calls: string[] = [];
    const spied = {
      ...ports,
      publications: { ...ports.publications, list: (...a: Parameters<typeof ports.publications.list>) => (calls.push('list'), ports.publications.list(...a)) },
      needs: { ...ports.needs, get: () => (calls.push('need.get'), Promise.resolve(null)), getMany: (...a: Parameters<typeof ports.needs.getMany>) => (calls.push('needs.getMany'), ports.needs.getMany(...a)) },
      units: { ...ports.units, get: () => (calls.push('unit.get'), Promise.resolve(null)), getMany: (...a: Parameters<typeof ports.units.getMany>) => (calls.push('units.getMany'), ports.units.getMany(...a)) },
    };
    const page = await publicNeeds(regionId, { first: 5 }, spied as typeof ports);
    expect(page.edges).toHaveLength(5);
    expect(calls).toEqual(['list', 'needs.getMany', 'units.getMany']);
  });

  it('checks its arguments (first at most 50, a search at most 50 characters, a year 2000–2100), answering with a rejected promise', async () => {
    await expect(publicNeeds(regionId, { first: 0 }, ports)).rejects.toMatchObject({ field: 'first' });
    await expect(publicProjects(regionId, { year: 3000 }, ports)).rejects.toMatchObject({ field: 'year' });
    await expect(publish(platformAdmin(), { id: 'x' }, ports)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(() => publicNeeds(regionId, { first: 51 }, ports))).rejects.toMatchObject({ field: 'first' });
    await expect(attempt(() => publicNeeds(regionId, { search: '字'.repeat(51) }, ports))).rejects.toMatchObject({ field: 'search' });
    await expect(attempt(() => publicNeeds(regionId, { year: 1999 }, ports))).rejects.toMatchObject({ field: 'year' });
    await expect(attempt(() => publicNeeds(regionId, { after: 'forged' }, ports))).rejects.toMatchObject({ field: 'after' });
  });

  it('projects: the responsible units (the lead first), progress without its author with download links; project(id) only while published', async () => {
    const project = await projectOf('助餐点建设', { joint: true });
    const uploadId = await givenUpload(ports, admin, { fileName: '现场照片.pdf' });
    await reportProjectProgress(unitLiaison(regionId, school.id), { id: project.id, note: '完成选址', fileUploadIds: [uploadId] }, ports);
    expect(await publicProjectById(regionId, { id: project.id }, ports)).toBeNull();
    await publish(admin, { id: project.id }, ports);
    const view = (await publicProjectById(regionId, { id: project.id }, ports))!;
    expect(view).toMatchObject({ id: project.id, status: 'IN_PROGRESS', communityName: '春晖社区党委', unitNames: ['长安实验小学党支部', '区人民医院党委'], volunteerSlots: 3 });
    const listed = await publicProjects(regionId, {}, ports);
    expect(listed.edges.map((e) => e.node)).toEqual([view]);
    const progress = await publicProjectProgress(view, ports);
    expect(progress).toEqual([{ at: expect.any(String), note: '完成选址', files: [{ name: '现场照片.pdf', contentType: 'application/pdf', url: expect.stringContaining('memory://files/') }] }]);
    expect(JSON.stringify(progress)).not.toContain('单位联络员');
    await unpublish(admin, { id: project.id }, ports);
    expect(await publicProjectById(regionId, { id: project.id }, ports)).toBeNull();
    // A need's id is no project, even when the need is published.
    const need = await needOf('公示的需求');
    await publish(admin, { id: need.id }, ports);
    expect(await publicProjectById(regionId, { id: need.id }, ports)).toBeNull();
  });

  it('the region by id (null when none) and its stable open-data links, this year in China by default', async () => {
    expect(await readPublicRegion({ id: regionId }, ports)).toEqual({ id: regionId, name: 'r-1 街道', level: 'STREET' });
    expect(await readPublicRegion({ id: 'nowhere' }, ports)).toBeNull();
    ports.clock.set('2026-12-31T17:00:00.000Z'); // 2027-01-01 01:00 in China
    const links = openDataLinks(regionId, null, ports.now());
    expect(links).toEqual([
      { type: 'NEED', year: 2027, links: { csv: '/open/r-1/2027/needs.csv', xlsx: '/open/r-1/2027/needs.xlsx' } },
      { type: 'RESOURCE', year: 2027, links: { csv: '/open/r-1/2027/resources.csv', xlsx: '/open/r-1/2027/resources.xlsx' } },
      { type: 'PROJECT', year: 2027, links: { csv: '/open/r-1/2027/projects.csv', xlsx: '/open/r-1/2027/projects.xlsx' } },
      { type: 'RESOLUTION', year: 2027, links: { csv: '/open/r-1/2027/resolutions.csv', xlsx: '/open/r-1/2027/resolutions.xlsx' } },
    ]);
  });
});

describe('resolutions (决议公开)', () => {
  const adopted = (items: { title: string; text: string }[], options: { startsAt?: string; title?: string } = {}) =>
    givenResolutions(ports, admin, { items, ...options });

  it('publishes an adopted resolution under its meeting\'s year in China, audited; unpublish withdraws it', async () => {
    // 2025-12-31 18:00 UTC is 2026-01-01 02:00 in China: the meeting is 2026's.
    const { resolutions: [resolution] } = await adopted([{ title: '关于共建助老食堂的决议', text: '由区人民医院党委牵头，年内建成。' }], { startsAt: '2025-12-31T18:00:00.000Z' });
    const published = await publish(admin, { id: resolution!.id }, ports);
    expect(published).toEqual({
      regionId, recordType: 'RESOLUTION', recordId: resolution!.id, year: 2026, title: '关于共建助老食堂的决议', publishedAt: '2026-03-01T08:00:00.000Z', publishedBy: admin.displayName,
    });
    expect(ports.memory.auditEntries(regionId).filter((e) => e.recordType === 'Publication').map((e) => [e.operation, e.recordId])).toEqual([['publish', resolution!.id]]);
    expect((await listPublications(admin, { type: 'RESOLUTION', year: 2026 }, ports)).edges.map((e) => e.node.recordId)).toEqual([resolution!.id]);
    await expect(attempt(() => publish(admin, { id: resolution!.id }, ports))).rejects.toMatchObject({ code: 'CONFLICT' });
    await unpublish(admin, { id: resolution!.id }, ports);
    expect((await publicResolutions(regionId, { year: 2026 }, ports)).edges).toEqual([]);
    expect(ports.memory.auditEntries(regionId).at(-1)).toMatchObject({ operation: 'unpublish', recordId: resolution!.id, recordType: 'Publication' });
  });

  it('refuses a resolution whose meeting\'s minutes are not approved (not adopted), an unknown id, another region\'s, and anyone but the secretariat', async () => {
    const { resolutions: [draft] } = await givenResolutions(ports, admin, { items: [{ title: '未审定的决议', text: '……' }], status: 'MINUTES_DRAFTED' });
    await expect(attempt(() => publish(admin, { id: draft!.id }, ports))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', message: expect.stringContaining('尚未审定') });
    await expect(attempt(() => publish(admin, { id: 'no-such-resolution' }, ports))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const { meeting, resolutions: [ok] } = await adopted([{ title: '可公示的决议', text: '同意。' }]);
    // A meeting's id or an agenda item's is no resolution.
    await expect(attempt(() => publish(admin, { id: meeting.id }, ports))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(attempt(() => publish(admin, { id: meeting.agenda[0]!.id }, ports))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const other = await givenRegion(ports, 'r-2');
    await expect(attempt(() => publish(other.admin, { id: ok!.id }, ports))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    for (const caller of [unitLiaison(regionId, community.id), partyMember(regionId), partnerClient(regionId), platformAdmin()]) {
      await expect(attempt(() => publish(caller, { id: ok!.id }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(ports.memory.auditEntries(regionId).filter((e) => e.recordType === 'Publication')).toEqual([]);
  });

  it('the public list: published only, newest published first, the meeting by title, kind and day; no person, no reserved view; searchable and paged', async () => {
    const { resolutions: [first, second, hidden] } = await adopted(
      [
        { title: '关于共建助老食堂的决议', text: '由区人民医院党委牵头。' },
        { title: '关于开放学校操场的决议', text: '周末向社区居民开放。' },
        { title: '未公示的决议', text: '内部事项。' },
      ],
      { startsAt: '2026-02-20T07:00:00.000Z', title: '2026年第一次党建联席会议' },
    );
    const { resolutions: [reserved] } = await givenResolutions(ports, admin, {
      items: [{ title: '关于共享停车位的决议', text: '夜间共享。', reservedViews: [{ unitId: school.id, view: '学校担心安全' }] }],
      kind: 'COUNCIL', startsAt: '2026-02-25T02:00:00.000Z', title: '理事会第三次会议',
    });
    await publish(admin, { id: first!.id }, ports);
    ports.clock.advance(1000);
    await publish(admin, { id: second!.id }, ports);
    ports.clock.advance(1000);
    await publish(admin, { id: reserved!.id }, ports);
    const page = await publicResolutions(regionId, {}, ports);
    expect(page.edges.map((e) => e.node.id)).toEqual([reserved!.id, second!.id, first!.id]);
    expect(page.edges[2]!.node).toEqual({
      id: first!.id, year: 2026, number: '2026-02-20-1', title: '关于共建助老食堂的决议', text: '由区人民医院党委牵头。', meetingTitle: '2026年第一次党建联席会议',
      meetingKind: 'JOINT_MEETING', meetingKindLabel: '党建联席会议', meetingDate: '2026-02-20', adoptedAt: '2026-03-01T08:00:00.000Z', publishedAt: '2026-03-01T08:00:00.000Z',
    });
    expect(page.edges[0]!.node).toMatchObject({ meetingKindLabel: '理事会', meetingDate: '2026-02-25' });
    const json = JSON.stringify(page);
    for (const secret of ['王主持', '李记录', '学校担心安全', school.id, hidden!.id, admin.displayName]) expect(json).not.toContain(secret);
    expect((await publicResolutions(regionId, { search: '操场' }, ports)).edges.map((e) => e.node.id)).toEqual([second!.id]);
    const firstPage = await publicResolutions(regionId, { first: 2 }, ports);
    expect(firstPage.edges).toHaveLength(2);
    expect(firstPage.pageInfo.hasNextPage).toBe(true);
    const rest = await publicResolutions(regionId, { first: 2, after: firstPage.pageInfo.endCursor }, ports);
    expect(rest.edges.map((e) => e.node.id)).toEqual([first!.id]);
    expect((await publicResolutions(regionId, { year: 2025 }, ports)).edges).toEqual([]);
    await expect(attempt(() => publicResolutions(regionId, { first: 51 }, ports))).rejects.toMatchObject({ field: 'first' });
  });

  it('a page is one list read, one batched read of the resolutions and one read per distinct meeting (no N+1)', async () => {
    const a = await adopted([{ title: '决议甲', text: '甲' }, { title: '决议乙', text: '乙' }, { title: '决议丙', text: '丙' }]);
    const b = await adopted([{ title: '决议丁', text: '丁' }]);
    for (const r of [...a.resolutions, ...b.resolutions]) await publish(admin, { id: r.id }, ports);
    const calls: string[] = [];
    const spied = {
      ...ports,
      publications: { ...ports.publications, list: (...x: Parameters<typeof ports.publications.list>) => (calls.push('list'), ports.publications.list(...x)) },
      proceedings: Object.assign(Object.create(ports.proceedings) as typeof ports.proceedings, {
        getResolutions: (...x: Parameters<typeof ports.proceedings.getResolutions>) => (calls.push('getResolutions'), ports.proceedings.getResolutions(...x)),
      }),
      meetings: { ...ports.meetings, get: (...x: Parameters<typeof ports.meetings.get>) => (calls.push('meetings.get'), ports.meetings.get(...x)) },
    };
    const page = await publicResolutions(regionId, { first: 10 }, spied as typeof ports);
    expect(page.edges).toHaveLength(4);
    expect(calls).toEqual(['list', 'getResolutions', 'meetings.get', 'meetings.get']);
  });
});
