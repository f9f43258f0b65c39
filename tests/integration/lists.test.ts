import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Principal } from '../../functions/src/auth/principal';
import { transitionProject } from '../../functions/src/domain/lists/service';
import { yearInChina } from '../../functions/src/domain/validation';
import { DynamoCounter } from '../../bench/dynamo-counter';
import { createDocumentClient } from '../../functions/src/store/clients';
import { createPorts } from '../../functions/src/store/ports';
import { CREATE_MEMBER, CREATE_UNIT, errorOf, memberInput, newRegion, testConfig, unitInput } from './harness';

type Env = Awaited<ReturnType<typeof newRegion>>;
const YEAR = 2026;

const PROJECT_FIELDS = `id status version year needIds claimMode leadUnit { id } volunteerSlots slotsTaken allowedActions overdue
  claims { id kind unitId mode lead resourceId quantity memberName } history { action from to note } needs { id status }`;
const CREATE_NEED = 'mutation($input: CreateNeedInput!) { createNeed(input: $input) { id version status } }';
const CREATE_RESOURCE = 'mutation($input: CreateResourceInput!) { createResource(input: $input) { id version quantityLeft status } }';
const FROM_NEED = `mutation($input: CreateProjectFromNeedInput!) { createProjectFromNeed(input: $input) { ${PROJECT_FIELDS} } }`;
const TRANSITION = `mutation($input: TransitionProjectInput!) { transitionProject(input: $input) { ${PROJECT_FIELDS} } }`;
const CLAIM = 'mutation($input: ClaimProjectInput!) { claimProject(input: $input) { id kind mode lead } }';
const CLAIM_RESOURCE = 'mutation($input: ClaimResourceInput!) { claimResource(input: $input) { id quantity } }';
const PROJECT = `query($id: ID!) { project(id: $id) { ${PROJECT_FIELDS} } }`;
const RESOURCE = 'query($id: ID!) { resource(id: $id) { quantity quantityLeft status contactPhone } }';

async function unit(env: Env, overrides: Record<string, unknown> = {}) {
  const result = await env.gql(CREATE_UNIT, { input: unitInput(overrides) });
  expect(result.errors).toBeUndefined();
  return result.data.createUnit.id as string;
}

async function setup(ports?: Parameters<typeof newRegion>[0]) {
  const env = await newRegion(ports);
  const community = await unit(env, { hostKind: 'COMMUNITY', allianceRole: 'COMMUNITY_ORGANIZATION' });
  const hospital = await unit(env, { hostKind: 'HOSPITAL' });
  const need = async (title = '高龄老人健康义诊') => {
    const result = await env.gql(CREATE_NEED, { input: { year: YEAR, title, category: '养老', source: 'GRID', communityUnitId: community } });
    expect(result.errors).toBeUndefined();
    return result.data.createNeed.id as string;
  };
  const resource = async (owner: string, quantity: number, overrides: Record<string, unknown> = {}) => {
    const result = await env.gql(CREATE_RESOURCE, {
      input: { year: YEAR, unitId: owner, type: 'HEALTH', title: '志愿医生', quantity, quantityUnit: '名', contactPhone: '13912345678', ...overrides },
    });
    expect(result.errors).toBeUndefined();
    return result.data.createResource.id as string;
  };
  /** An approved project; `daysAgo` approves it then (after 14 days the claiming hall is open to all). */
  const approved = async (options: { slots?: number; daysAgo?: number } = {}) => {
    const created = await env.gql(FROM_NEED, { input: { needId: await need(), resources: [], title: '义诊进网格', volunteerSlots: options.slots ?? 0 } });
    expect(created.errors).toBeUndefined();
    const then = { ...env.ports, now: () => new Date(Date.now() - (options.daysAgo ?? 0) * 86_400_000) };
    return transitionProject(env.admin, { id: created.data.createProjectFromNeed.id, version: 1, to: 'APPROVED' }, then);
  };
  return { env, community, hospital, need, resource, approved };
}

const liaisonOf = (env: Env, unitId: string): Principal => ({ userId: `l-${unitId}`, displayName: '联络员', regionId: env.regionId, roles: ['UNIT_LIAISON'], unitId });

describe('the three lists on DynamoDB Local', () => {
  it('matches a need with resources into a project in one transaction, then approves, claims, starts and accepts it', async () => {
    const { env, community, hospital, need, resource } = await setup();
    const needId = await need();
    const doctors = await resource(hospital, 6);
    const funds = await resource(hospital, 20_000, { type: 'FUNDS', title: '共建资金', quantityUnit: '元' });

    const suggested = await env.gql('query($id: ID!) { suggestResources(needId: $id) { resource { id } paired typeFits } }', { id: needId });
    expect(suggested.data.suggestResources.map((s: any) => s.resource.id).sort()).toEqual([doctors, funds].sort());

    const created = await env.gql(FROM_NEED, {
      input: { needId, title: '义诊进网格', budget: 5000, targetOn: '2026-12-31', volunteerSlots: 3, resources: [{ resourceId: doctors, quantity: 4 }, { resourceId: funds, quantity: 5000 }] },
    });
    expect(created.errors).toBeUndefined();
    const project = created.data.createProjectFromNeed;
    expect(project).toMatchObject({ status: 'SUBMITTED', needIds: [needId], allowedActions: ['APPROVE', 'REJECT', 'CANCEL'], needs: [{ id: needId, status: 'IN_PROJECT' }] });
    expect(project.claims.map((c: any) => [c.kind, c.resourceId, c.quantity])).toEqual(
      expect.arrayContaining([['RESOURCE', doctors, 4], ['RESOURCE', funds, 5000]]),
    );
    expect((await env.gql(RESOURCE, { id: doctors })).data.resource).toMatchObject({ quantity: 6, quantityLeft: 2, status: 'AVAILABLE' });
    // A liaison sees another unit's contact phone masked; the offering unit's liaison sees it whole.
    expect((await env.gql(RESOURCE, { id: doctors }, liaisonOf(env, community))).data.resource.contactPhone).toBe('139****5678');
    expect((await env.gql(RESOURCE, { id: doctors }, liaisonOf(env, hospital))).data.resource.contactPhone).toBe('13912345678');

    const wrong = await env.gql(TRANSITION, { input: { id: project.id, version: 1, to: 'IN_PROGRESS' } });
    expect(errorOf(wrong)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to', message: '项目当前状态为“申报”，不能转为“实施”' });
    const approved = await env.gql(TRANSITION, { input: { id: project.id, version: 1, to: 'APPROVED' } });
    expect(approved.data.transitionProject.status).toBe('APPROVED');

    // In the claim window the hospital is not paired with the community: refused at the unit, with the date.
    const early = await env.gql(CLAIM, { input: { projectId: project.id, unitId: hospital, mode: 'SOLO' } }, liaisonOf(env, hospital));
    expect(errorOf(early)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitId', message: expect.stringContaining('结对') });
    await env.gql('mutation($input: CreatePairingInput!) { createPairing(input: $input) { id } }', {
      input: { unitId: hospital, communityId: community, startsOn: '2026-01-01', content: '共建' },
    });
    const hall = await env.gql(`{ claimableProjects(year: ${YEAR}) { edges { node { id } } } }`, undefined, liaisonOf(env, hospital));
    expect(hall.data.claimableProjects.edges.map((e: any) => e.node.id)).toEqual([project.id]);
    const claimed = await env.gql(CLAIM, { input: { projectId: project.id, unitId: hospital, mode: 'SOLO' } }, liaisonOf(env, hospital));
    expect(claimed.data.claimProject).toMatchObject({ kind: 'UNIT', mode: 'SOLO', lead: true });

    const started = await env.gql(TRANSITION, { input: { id: project.id, version: 2, to: 'IN_PROGRESS' } }, liaisonOf(env, hospital));
    expect(started.errors).toBeUndefined();
    // A progress report with a photo, uploaded to the S3 emulator and checked on the server before it is linked.
    const photo = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array.from({ length: 200 }, (_, i) => i)]);
    const announced = await env.gql('mutation($input: CreateUploadInput!) { createUploadUrl(input: $input) { uploadId url headers { name value } } }', {
      input: { fileName: '义诊现场.png', contentType: 'image/png', size: photo.length, sha256: createHash('sha256').update(photo).digest('hex') },
    }, liaisonOf(env, hospital));
    const { uploadId, url, headers } = announced.data.createUploadUrl;
    await fetch(url, { method: 'PUT', body: photo, headers: Object.fromEntries(headers.map((h: { name: string; value: string }) => [h.name, h.value])) });
    const progress = await env.gql('mutation($input: ReportProjectProgressInput!) { reportProjectProgress(input: $input) { note unit { id } files { name size downloadUrl } } }', {
      input: { id: project.id, note: '已义诊 120 人次', fileUploadIds: [uploadId] },
    }, liaisonOf(env, hospital));
    expect(progress.errors).toBeUndefined();
    expect(progress.data.reportProjectProgress).toMatchObject({ note: '已义诊 120 人次', unit: { id: hospital }, files: [{ name: '义诊现场.png', size: photo.length }] });
    const downloaded = new Uint8Array(await (await fetch(progress.data.reportProjectProgress.files[0].downloadUrl)).arrayBuffer());
    expect(downloaded).toEqual(photo);
    // The photo went into the archive in the same transaction (活动照片, the hospital's), and its chain verifies against S3.
    const filed = await env.gql('query($f: ArchiveFilter!) { archiveDocuments(filter: $f) { edges { node { id title } } } }', {
      f: { year: yearInChina(new Date()), folder: 'PHOTOS', unitId: hospital },
    });
    expect(filed.data.archiveDocuments.edges.map((e: any) => e.node.title)).toEqual([expect.stringMatching(/项目进展：义诊现场\.png$/)]);
    const verified = await env.gql('mutation($id: ID!) { verifyArchiveDocument(id: $id) { intact } }', { id: filed.data.archiveDocuments.edges[0].node.id });
    expect(verified.data.verifyArchiveDocument).toEqual({ intact: true });
    const accepted = await env.gql(TRANSITION, { input: { id: project.id, version: 3, to: 'ACCEPTED', note: '完成良好，同意验收' } });
    expect(accepted.data.transitionProject).toMatchObject({ status: 'ACCEPTED', claimMode: 'SOLO', leadUnit: { id: hospital }, needs: [{ status: 'MET' }] });
    expect(accepted.data.transitionProject.history.map((e: any) => e.action)).toEqual(['SUBMITTED', 'APPROVED', 'IN_PROGRESS', 'ACCEPTED']);
    const reports = await env.gql('query($id: ID!) { project(id: $id) { progress(first: 5) { edges { node { note by } } } } }', { id: project.id });
    expect(reports.data.project.progress.edges.map((e: any) => e.node.note)).toEqual(['已义诊 120 人次']);

    const year = await env.gql(`{ listYear(year: ${YEAR}) { needs { total byStatus { status count } byCategory { category count } }
      resources { total byType { type count } } projects { total budget byStatus { status count } } } }`);
    expect(year.errors).toBeUndefined();
    expect(year.data.listYear.needs).toMatchObject({ total: 1, byCategory: [{ category: '养老', count: 1 }] });
    expect(year.data.listYear.needs.byStatus.find((s: any) => s.status === 'MET').count).toBe(1);
    expect(year.data.listYear.resources.byType.filter((t: any) => t.count > 0)).toEqual([{ type: 'FUNDS', count: 1 }, { type: 'HEALTH', count: 1 }]);
    expect(year.data.listYear.projects).toMatchObject({ total: 1, budget: 5000 });
    expect(year.data.listYear.projects.byStatus.find((s: any) => s.status === 'ACCEPTED').count).toBe(1);
    const unused = await env.gql(`{ resources(filter: { year: ${YEAR}, unused: true }) { edges { node { id } } } }`);
    expect(unused.data.resources.edges).toEqual([]);
    const overdue = await env.gql(`{ projects(filter: { year: ${YEAR}, overdue: true }) { edges { node { id } } } }`);
    expect(overdue.data.projects.edges).toEqual([]);

    // Residents rate it: anonymously (one per phone), and the community on a resident's behalf.
    const RATE = 'mutation($input: RateProjectInput!) { rateProject(input: $input) { average count } }';
    const anonymous = await env.gql(RATE, { input: { regionId: env.regionId, projectId: project.id, score: 5, comment: '服务很好', raterKey: '13900002222' } }, null);
    expect(anonymous.data.rateProject).toEqual({ average: 5, count: 1 });
    expect(errorOf(await env.gql(RATE, { input: { regionId: env.regionId, projectId: project.id, score: 1, raterKey: '139-0000-2222' } }, null))).toMatchObject({ field: 'raterKey' });
    expect((await env.gql(RATE, { input: { projectId: project.id, score: 4 } }, liaisonOf(env, community))).data.rateProject).toEqual({ average: 4.5, count: 2 });
    const rated = await env.gql('query($id: ID!) { project(id: $id) { rating { average count } ratings(first: 5) { edges { node { score comment byCommunity } } } } }', { id: project.id });
    expect(rated.data.project.rating).toEqual({ average: 4.5, count: 2 });
    expect(rated.data.project.ratings.edges.map((e: any) => e.node)).toEqual([
      { score: 4, comment: null, byCommunity: true },
      { score: 5, comment: '服务很好', byCommunity: false },
    ]);

    const trail = await env.gql('query($id: ID!) { auditTrail(recordId: $id, first: 20) { edges { node { operation } } } }', { id: project.id });
    expect(trail.data.auditTrail.edges.map((e: any) => e.node.operation)).toEqual(expect.arrayContaining(['createProjectFromNeed', 'transitionProject', 'reportProjectProgress']));
  });

  it('changes nothing when one resource lacks the quantity asked', async () => {
    const { env, hospital, need, resource } = await setup();
    const needId = await need();
    const doctors = await resource(hospital, 6);
    const venue = await resource(hospital, 1, { type: 'VENUE', title: '会议室', quantityUnit: '间' });
    const refused = await env.gql(FROM_NEED, { input: { needId, title: '义诊', resources: [{ resourceId: doctors, quantity: 4 }, { resourceId: venue, quantity: 2 }] } });
    expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'resources.1.quantity', message: '资源“会议室”仅剩 1间' });
    expect((await env.gql(RESOURCE, { id: doctors })).data.resource.quantityLeft).toBe(6);
    const needs = await env.gql(`{ needs(filter: { year: ${YEAR} }) { edges { node { id status version } } } }`);
    expect(needs.data.needs.edges.map((e: any) => e.node)).toEqual([{ id: needId, status: 'COLLECTED', version: 1 }]);
    expect((await env.gql(`{ projects(filter: { year: ${YEAR} }) { edges { node { id } } } }`)).data.projects.edges).toEqual([]);

    // Matched, then cancelled before it started: the need and the doctors go back, in the same transaction as the move.
    const made = await env.gql(FROM_NEED, { input: { needId, title: '义诊', resources: [{ resourceId: doctors, quantity: 4 }] } });
    expect((await env.gql(RESOURCE, { id: doctors })).data.resource.quantityLeft).toBe(2);
    const cancelled = await env.gql(TRANSITION, { input: { id: made.data.createProjectFromNeed.id, version: 1, to: 'CANCELLED', note: '并入区级项目' } });
    expect(cancelled.data.transitionProject).toMatchObject({ status: 'CANCELLED', claims: [], needs: [{ status: 'COLLECTED' }] });
    expect((await env.gql(RESOURCE, { id: doctors })).data.resource.quantityLeft).toBe(6);
    const unused = await env.gql(`{ resources(filter: { year: ${YEAR}, unused: true }) { edges { node { id } } } }`);
    expect(unused.data.resources.edges.map((e: any) => e.node.id).sort()).toEqual([doctors, venue].sort());
    const year = await env.gql(`{ listYear(year: ${YEAR}) { needs { byStatus { status count } } projects { total budget byStatus { status count } } } }`);
    expect(year.data.listYear.needs.byStatus.find((s: any) => s.status === 'COLLECTED').count).toBe(1);
    expect(year.data.listYear.projects.byStatus.find((s: any) => s.status === 'CANCELLED').count).toBe(1);
  });

  it('lists the overdue projects: past the target date, not finished', async () => {
    const { env, need } = await setup();
    const late = await env.gql(FROM_NEED, { input: { needId: await need('逾期'), resources: [], title: '逾期项目', targetOn: '2026-01-31' } });
    await env.gql(FROM_NEED, { input: { needId: await need('未逾期'), resources: [], title: '按期项目', targetOn: '2099-12-31' } });
    const overdue = await env.gql(`{ projects(filter: { year: ${YEAR}, overdue: true }) { edges { node { id overdue } } } }`);
    expect(overdue.data.projects.edges.map((e: any) => e.node)).toEqual([{ id: late.data.createProjectFromNeed.id, overdue: true }]);
  });

  it('never gives more than a resource has left, with 50 claims at once', async () => {
    const { env, hospital, resource, approved } = await setup();
    const project = await approved();
    const beds = await resource(hospital, 5, { type: 'VENUE', title: '康复床位', quantityUnit: '张' });
    const results = await Promise.all(
      Array.from({ length: 50 }, () => env.gql(CLAIM_RESOURCE, { input: { resourceId: beds, projectId: project.id, quantity: 1 } })),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(5);
    for (const refused of results.filter((r) => r.errors)) expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quantity' });
    expect((await env.gql(RESOURCE, { id: beds })).data.resource).toMatchObject({ quantityLeft: 0, status: 'USED_UP' });
    const claims = (await env.gql(PROJECT, { id: project.id })).data.project.claims.filter((c: any) => c.kind === 'RESOURCE');
    expect(claims).toHaveLength(5);
  });

  it('never fills more volunteer places than offered, with 50 members at once; a withdrawn place is free again', async () => {
    const { env, approved, hospital } = await setup();
    const project = await approved({ slots: 7 });
    const members: string[] = [];
    for (let i = 0; i < 50; i++) members.push((await env.gql(CREATE_MEMBER, { input: memberInput(hospital) })).data.createMember.id);
    const asMember = (memberId: string): Principal => ({ userId: memberId, displayName: '党员', regionId: env.regionId, roles: ['MEMBER'], memberId });
    const results = await Promise.all(members.map((m) => env.gql('mutation($id: ID!) { claimProjectSlot(projectId: $id) { id memberName } }', { id: project.id }, asMember(m))));
    const won = results.filter((r) => !r.errors);
    expect(won).toHaveLength(7);
    for (const refused of results.filter((r) => r.errors)) expect(errorOf(refused)).toMatchObject({ field: 'projectId', message: '该项目的志愿岗位已满（共 7 个）' });
    expect((await env.gql(PROJECT, { id: project.id })).data.project.slotsTaken).toBe(7);
    const first = won[0]!.data.claimProjectSlot.id as string;
    const winner = members[results.indexOf(won[0]!)]!;
    expect((await env.gql('mutation($id: ID!) { withdrawClaim(claimId: $id) { status } }', { id: first }, asMember(winner))).data.withdrawClaim.status).toBe('WITHDRAWN');
    expect((await env.gql(PROJECT, { id: project.id })).data.project.slotsTaken).toBe(6);
  });

  it('lets exactly one unit claim alone when twenty try at once; joint claims have one lead', async () => {
    const { env, approved } = await setup();
    const units = await Promise.all(Array.from({ length: 20 }, () => unit(env)));
    const project = await approved({ daysAgo: 15 });
    const results = await Promise.all(units.map((u) => env.gql(CLAIM, { input: { projectId: project.id, unitId: u, mode: 'SOLO' } }, liaisonOf(env, u))));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    for (const refused of results.filter((r) => r.errors)) expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mode' });

    const joint = await approved({ daysAgo: 15 });
    const leads = await Promise.all(units.slice(0, 5).map((u) => env.gql(CLAIM, { input: { projectId: joint.id, unitId: u, mode: 'JOINT', lead: true } }, liaisonOf(env, u))));
    expect(leads.filter((r) => !r.errors)).toHaveLength(1);
    const partner = await env.gql(CLAIM, { input: { projectId: joint.id, unitId: units[10], mode: 'JOINT' } }, liaisonOf(env, units[10]!));
    expect(partner.data.claimProject).toMatchObject({ mode: 'JOINT', lead: false });
    const stored = (await env.gql(PROJECT, { id: joint.id })).data.project;
    expect(stored).toMatchObject({ claimMode: 'JOINT' });
    expect(stored.claims.filter((c: any) => c.kind === 'UNIT')).toHaveLength(2);
  });

  it('pages needs by status without gaps and refuses bad input at the field', async () => {
    const { env, need, community } = await setup();
    for (let i = 0; i < 5; i++) await need(`需求${i}`);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const result: any = await env.gql('query($after: String) { needs(first: 2, after: $after, filter: { year: 2026, status: COLLECTED }) { edges { node { title } } pageInfo { endCursor hasNextPage } } }', { after });
      seen.push(...result.data.needs.edges.map((e: any) => e.node.title));
      if (!result.data.needs.pageInfo.hasNextPage) break;
      after = result.data.needs.pageInfo.endCursor;
    }
    expect(seen).toEqual(['需求4', '需求3', '需求2', '需求1', '需求0']);
    const bad = await env.gql(CREATE_NEED, { input: { year: YEAR, title: '', category: '养老', source: 'GRID', communityUnitId: community } });
    expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    const badYear = await env.gql(CREATE_NEED, { input: { year: 1990, title: '需求', category: '养老', source: 'GRID', communityUnitId: community } });
    expect(errorOf(badYear)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
  });

  it("reads a page of projects with a liaison's buttons in a fixed number of requests, however many rows", async () => {
    const client = createDocumentClient(testConfig());
    const counter = new DynamoCounter();
    counter.instrument(client);
    const { env, community, hospital, approved } = await setup(createPorts(testConfig(), { documentClient: client }));
    await env.gql('mutation($input: CreatePairingInput!) { createPairing(input: $input) { id } }', { input: { unitId: hospital, communityId: community, startsOn: '2026-01-01', content: '共建' } });
    const page = `{ projects(first: 20, filter: { year: ${YEAR}, status: APPROVED }) { edges { node { id allowedActions leadUnit { name } communityUnit { name } needs { title } } } } }`;
    const requestsFor = async (projects: number) => {
      for (let i = 0; i < projects; i++) await approved();
      const { result, cost } = await counter.measure(() => env.gql(page, undefined, liaisonOf(env, hospital)));
      expect(result.errors).toBeUndefined();
      expect(result.data.projects.edges.every((e: any) => e.node.allowedActions.includes('CLAIM'))).toBe(true);
      return cost.requests;
    };
    const few = await requestsFor(2);
    const many = await requestsFor(8);
    expect(many).toBe(few);
  });
});
