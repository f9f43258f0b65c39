/**
 * What anyone can read without signing in (issue 17): every type and field reachable from `Query.publicRegion`, compared
 * with an explicit allow-list — a field added to a public type fails here until it is reviewed and listed — and never a
 * field whose name says personal data. Then the data itself: published records read anonymously carry no phone, no
 * contact's name, no progress author, no one who raised a need; unpublished records never appear.
 */
import { createHash } from 'node:crypto';
import { buildSchema, getNamedType, isInterfaceType, isObjectType, isUnionType, type GraphQLNamedType } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { RegionPrincipal } from '../../functions/src/auth/principal';
import { createUpload } from '../../functions/src/domain/files/service';
import { claimProject, createNeed, createProjectFromNeed, createResource, reportProjectProgress, transitionProject } from '../../functions/src/domain/lists/service';
import { givenResolutions } from '../../functions/src/domain/testing/resolution-fixtures';
import { todayInChina } from '../../functions/src/domain/validation';
import { typeDefs } from '../../functions/src/graphql/generated/type-defs';
import { CREATE_UNIT, errorOf, newRegion, unitInput } from './harness';

/** Every (type.field) anyone may read. Adding one is a decision: no personal data (PIPL), only what 公示 needs. */
const ALLOWED = new Set([
  'PublicRegion.id', 'PublicRegion.name', 'PublicRegion.level',
  'PublicRegion.needs', 'PublicRegion.resources', 'PublicRegion.projects', 'PublicRegion.resolutions', 'PublicRegion.project', 'PublicRegion.openData',
  'PublicNeedConnection.edges', 'PublicNeedConnection.pageInfo', 'PublicNeedEdge.cursor', 'PublicNeedEdge.node',
  'PublicResourceConnection.edges', 'PublicResourceConnection.pageInfo', 'PublicResourceEdge.cursor', 'PublicResourceEdge.node',
  'PublicProjectConnection.edges', 'PublicProjectConnection.pageInfo', 'PublicProjectEdge.cursor', 'PublicProjectEdge.node',
  'PublicResolutionConnection.edges', 'PublicResolutionConnection.pageInfo', 'PublicResolutionEdge.cursor', 'PublicResolutionEdge.node',
  'PageInfo.endCursor', 'PageInfo.hasNextPage',
  'PublicNeed.id', 'PublicNeed.year', 'PublicNeed.title', 'PublicNeed.category', 'PublicNeed.description', 'PublicNeed.status',
  'PublicNeed.communityName', 'PublicNeed.wantedFrom', 'PublicNeed.wantedUntil', 'PublicNeed.publishedAt',
  'PublicResource.id', 'PublicResource.year', 'PublicResource.title', 'PublicResource.type', 'PublicResource.description', 'PublicResource.quantity',
  'PublicResource.quantityLeft', 'PublicResource.quantityUnit', 'PublicResource.unitName', 'PublicResource.availableFrom', 'PublicResource.availableUntil',
  'PublicResource.publishedAt',
  'PublicProject.id', 'PublicProject.year', 'PublicProject.title', 'PublicProject.description', 'PublicProject.status', 'PublicProject.communityName',
  'PublicProject.unitNames', 'PublicProject.startsOn', 'PublicProject.targetOn', 'PublicProject.acceptedAt', 'PublicProject.acceptanceNote',
  'PublicProject.volunteerSlots', 'PublicProject.slotsTaken', 'PublicProject.rating', 'PublicProject.progress', 'PublicProject.publishedAt',
  // A resolution as adopted and the meeting it was adopted at: no chair, recorder, attendee or delegate, no unit's reserved view.
  'PublicResolution.id', 'PublicResolution.year', 'PublicResolution.number', 'PublicResolution.title', 'PublicResolution.text',
  'PublicResolution.meetingTitle', 'PublicResolution.meetingKind', 'PublicResolution.meetingKindLabel', 'PublicResolution.meetingDate',
  'PublicResolution.adoptedAt', 'PublicResolution.publishedAt',
  'ProjectRatingSummary.average', 'ProjectRatingSummary.count',
  'PublicProgress.at', 'PublicProgress.note', 'PublicProgress.files',
  'PublicFile.name', 'PublicFile.contentType', 'PublicFile.url',
  'OpenDataList.type', 'OpenDataList.year', 'OpenDataList.links', 'OpenDataLinks.csv', 'OpenDataLinks.xlsx',
]);

/** Names that say a person's data: never reachable anonymously, whatever the allow-list says. */
const PERSONAL =
  /phone|mobile|idnumber|idcard|contact|raisedby|membername|member|holder|author|email|address|birth|gender|^by$|by$|createdby|filedby|uploadedby|signedoff|reporter|realname|personname|chair|recorder|attendee|delegate|presenter|reservedview/i;

/** Every (type.field) reachable from a root field, through object, interface and union types. */
function reachableFields(rootType: GraphQLNamedType): string[] {
  const seen = new Set<string>();
  const fields: string[] = [];
  const visit = (type: GraphQLNamedType) => {
    if (seen.has(type.name)) return;
    seen.add(type.name);
    if (isUnionType(type)) return type.getTypes().forEach(visit);
    if (!isObjectType(type) && !isInterfaceType(type)) return;
    for (const field of Object.values(type.getFields())) {
      fields.push(`${type.name}.${field.name}`);
      visit(getNamedType(field.type));
    }
  };
  visit(rootType);
  return fields;
}

describe('the anonymous surface of the schema (Query.publicRegion and everything under it)', () => {
  const schema = buildSchema(typeDefs);
  const root = schema.getQueryType()!.getFields().publicRegion!;
  const reachable = reachableFields(getNamedType(root.type));

  it('reaches exactly the allow-listed fields: a new one fails until reviewed', () => {
    expect(reachable.filter((f) => !ALLOWED.has(f))).toEqual([]);
    // The list is not stale either: everything allowed is still there.
    expect([...ALLOWED].filter((f) => !reachable.includes(f))).toEqual([]);
  });

  it('reaches no field whose name says personal data (and the pattern does catch them where they are)', () => {
    expect(reachable.filter((f) => PERSONAL.test(f.split('.')[1]!))).toEqual([]);
    // Sanity: the same walk from the signed-in types does meet personal fields, so the pattern works.
    const resource = reachableFields(schema.getType('Resource')!);
    expect(resource.filter((f) => PERSONAL.test(f.split('.')[1]!))).toEqual(expect.arrayContaining(['Resource.contactPhone', 'Resource.contactName']));
    expect(reachableFields(schema.getType('Need')!)).toContain('Need.raisedBy');
    expect(PERSONAL.test('publishedBy')).toBe(true);
    // A meeting's and a resolution's people and units' reserved views are caught too.
    const personal = (typeName: string) => reachableFields(schema.getType(typeName)!).filter((f) => PERSONAL.test(f.split('.')[1]!));
    expect(personal('Meeting')).toEqual(expect.arrayContaining(['Meeting.chair', 'Meeting.recorder']));
    expect(personal('Resolution')).toContain('Resolution.reservedViews');
  });

  it('the arguments of the public fields take nothing that names a person either', () => {
    const args = reachable.flatMap((f) => {
      const [typeName, fieldName] = f.split('.') as [string, string];
      const type = schema.getType(typeName);
      return isObjectType(type) ? type.getFields()[fieldName]!.args.map((a) => `${f}(${a.name})`) : [];
    });
    expect(args.filter((a) => PERSONAL.test(a.replace(/^.*\(|\)$/g, '')))).toEqual([]);
  });
});

const PHONE = '13912345678';
const CONTACT = '李联系人';
const RAISER = '张提出人';
const REPORTER = '王进展员';

const PUBLIC_QUERY = `query($id: ID!, $year: Int) {
  publicRegion(id: $id) {
    id name level
    needs(year: $year, first: 20) { edges { cursor node { id year title category description status communityName wantedFrom wantedUntil publishedAt } } pageInfo { endCursor hasNextPage } }
    resources(year: $year, first: 20) { edges { node { id year title type description quantity quantityLeft quantityUnit unitName availableFrom availableUntil publishedAt } } }
    projects(year: $year, first: 10) { edges { node { id title status communityName unitNames rating { average count } progress { at note files { name contentType url } } publishedAt } } }
    openData(year: $year) { type year links { csv xlsx } }
  }
}`;
const PROJECT_QUERY = `query($region: ID!, $id: ID!) { publicRegion(id: $region) { project(id: $id) { id title status unitNames progress { note files { name url } } } } }`;

describe('published data read anonymously (principal null)', () => {
  it('carries no phone, contact, raiser or progress author; unpublish removes at once; unpublished ids never returned', async () => {
    const env = await newRegion();
    const { ports, regionId } = env;
    const admin = env.admin as RegionPrincipal;
    const year = Number(todayInChina().slice(0, 4));
    const community = (await env.gql(CREATE_UNIT, { input: unitInput({ hostKind: 'COMMUNITY', allianceRole: 'COMMUNITY_ORGANIZATION' }) })).data.createUnit.id as string;
    const hospital = (await env.gql(CREATE_UNIT, { input: unitInput() })).data.createUnit.id as string;

    const need = await createNeed(admin, { year, title: '老人助餐', category: '养老', source: 'RESIDENTS', communityUnitId: community, raisedBy: RAISER }, ports);
    const hiddenNeed = await createNeed(admin, { year, title: '未公示需求', category: '养老', source: 'RESIDENTS', communityUnitId: community }, ports);
    const resource = await createResource(
      admin,
      { year, unitId: hospital, type: 'HEALTH', title: '义诊服务', quantity: 5, quantityUnit: '次', contactName: CONTACT, contactPhone: PHONE },
      ports,
    );
    const projectNeed = await createNeed(admin, { year, title: '助餐点需求', category: '养老', source: 'RESIDENTS', communityUnitId: community, raisedBy: RAISER }, ports);
    const created = await createProjectFromNeed(admin, { needId: projectNeed.id, resources: [], title: '助餐点建设', volunteerSlots: 2 }, ports);
    const longAgo = { ...ports, now: () => new Date(Date.now() - 30 * 86_400_000) };
    const approved = await transitionProject(admin, { id: created.id, version: created.version, to: 'APPROVED' }, longAgo);
    await claimProject(admin, { projectId: approved.id, unitId: hospital, mode: 'SOLO' }, ports);
    const project = await transitionProject(admin, { id: approved.id, version: (await ports.projects.get(regionId, approved.id))!.version, to: 'IN_PROGRESS' }, ports);
    const liaison: RegionPrincipal = { userId: 'l-1', displayName: REPORTER, regionId, roles: ['UNIT_LIAISON'], unitId: hospital };
    const photo = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...Array.from({ length: 64 }, (_, i) => i)]);
    const upload = await createUpload(
      liaison,
      { fileName: '现场照片.jpg', contentType: 'image/jpeg', size: photo.length, sha256: createHash('sha256').update(photo).digest('hex') },
      ports,
    );
    await fetch(upload.url, { method: 'PUT', body: photo, headers: Object.fromEntries(upload.headers.map((h) => [h.name, h.value])) });
    await reportProjectProgress(liaison, { id: project.id, note: '完成选址和采购', fileUploadIds: [upload.uploadId] }, ports);

    const publish = async (id: string) => {
      const result = await env.gql('mutation($id: ID!) { publish(id: $id) { recordId recordType year publishedBy } }', { id });
      expect(result.errors).toBeUndefined();
      return result.data.publish;
    };
    expect(await publish(need.id)).toMatchObject({ recordId: need.id, recordType: 'NEED', year });
    await publish(resource.id);
    await publish(project.id);
    // Signed in, a record tells whether it is published.
    const signedIn = await env.gql('query($id: ID!) { need(id: $id) { publication { recordType publishedBy } } }', { id: need.id });
    expect(signedIn.data.need.publication).toMatchObject({ recordType: 'NEED', publishedBy: admin.displayName });

    const read = async () => {
      const result = await env.gql(PUBLIC_QUERY, { id: regionId, year }, null);
      expect(result.errors).toBeUndefined();
      return result.data.publicRegion;
    };
    const page = await read();
    const json = JSON.stringify(page);
    expect(page.needs.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([need.id]);
    expect(page.resources.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([resource.id]);
    expect(page.projects.edges[0].node).toMatchObject({ id: project.id, status: 'IN_PROGRESS', unitNames: [expect.any(String)] });
    const [progress] = page.projects.edges[0].node.progress;
    expect(progress).toMatchObject({ note: '完成选址和采购', files: [{ name: '现场照片.jpg', contentType: 'image/jpeg' }] });
    // The photo's link downloads it.
    const downloaded = await fetch(progress.files[0].url);
    expect(downloaded.status).toBe(200);
    expect(new Uint8Array(await downloaded.arrayBuffer())).toEqual(photo);
    for (const secret of [PHONE, '1391', CONTACT, RAISER, REPORTER, admin.displayName, hiddenNeed.id, projectNeed.id]) expect(json).not.toContain(secret);
    expect(page.openData).toContainEqual({ type: 'NEED', year, links: { csv: `/open/${regionId}/${year}/needs.csv`, xlsx: `/open/${regionId}/${year}/needs.xlsx` } });

    const projectRead = await env.gql(PROJECT_QUERY, { region: regionId, id: project.id }, null);
    expect(projectRead.data.publicRegion.project).toMatchObject({ id: project.id, progress: [{ note: '完成选址和采购' }] });
    expect(JSON.stringify(projectRead)).not.toContain(REPORTER);
    // An unpublished record's id is no published project.
    expect((await env.gql(PROJECT_QUERY, { region: regionId, id: hiddenNeed.id }, null)).data.publicRegion.project).toBeNull();

    // Anonymous callers cannot publish or read the secretariat's list.
    expect(errorOf(await env.gql('mutation($id: ID!) { publish(id: $id) { recordId } }', { id: hiddenNeed.id }, null)).code).toBe('UNAUTHENTICATED');

    // Unpublish: gone at once from the lists and from project(id).
    for (const id of [need.id, project.id]) {
      const result = await env.gql('mutation($id: ID!) { unpublish(id: $id) { recordId } }', { id });
      expect(result.errors).toBeUndefined();
    }
    const after = await read();
    expect(after.needs.edges).toEqual([]);
    expect(after.projects.edges).toEqual([]);
    expect(after.resources.edges).toHaveLength(1);
    expect((await env.gql(PROJECT_QUERY, { region: regionId, id: project.id }, null)).data.publicRegion.project).toBeNull();
    const trail = await ports.audit.listForRecord(regionId, need.id, { size: 20 });
    expect(trail.edges.filter((e) => e.node.recordType === 'Publication').map((e) => e.node.operation).sort()).toEqual(['publish', 'unpublish']);
  }, 60_000);

  it('resolutions (决议公开): an adopted one published is read with its meeting, no person or reserved view; a draft one refused; unpublish removes it', async () => {
    const env = await newRegion();
    const { ports, regionId } = env;
    const admin = env.admin as RegionPrincipal;
    const school = (await env.gql(CREATE_UNIT, { input: unitInput() })).data.createUnit.id as string;
    // The meeting and its resolutions as approveMinutes writes them (ProceedingsStore.approve on DynamoDB Local).
    const startsAt = new Date(Date.now() - 3 * 86_400_000).toISOString();
    const { meeting, resolutions: [adopted, hidden] } = await givenResolutions(ports, admin, {
      title: '第一季度党建联席会议', startsAt,
      items: [
        { title: '关于共建助老食堂的决议', text: '由医院牵头，年内建成。', reservedViews: [{ unitId: school, view: '保留：资金来源待明确' }] },
        { title: '未公示的决议', text: '内部事项' },
      ],
    });
    const { resolutions: [draft] } = await givenResolutions(ports, admin, { status: 'MINUTES_DRAFTED', items: [{ title: '纪要未审定', text: '……' }] });
    const year = Number(todayInChina(new Date(startsAt)).slice(0, 4));

    const published = await env.gql('mutation($id: ID!) { publish(id: $id) { recordId recordType year title meetingId } }', { id: adopted!.id });
    expect(published.errors).toBeUndefined();
    expect(published.data.publish).toEqual({ recordId: adopted!.id, recordType: 'RESOLUTION', year, title: '关于共建助老食堂的决议', meetingId: meeting.id });
    expect(errorOf(await env.gql('mutation($id: ID!) { publish(id: $id) { recordId } }', { id: draft!.id }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    // The secretariat's 公示管理 lists it, with its meeting; the resolution says it is published.
    const listed = await env.gql('query($y: Int!) { publications(type: RESOLUTION, year: $y) { edges { node { recordId meetingId } } } }', { y: year });
    expect(listed.data.publications.edges).toEqual([{ node: { recordId: adopted!.id, meetingId: meeting.id } }]);
    const signedIn = await env.gql('query($id: ID!) { resolution(id: $id) { publication { recordType publishedBy } } }', { id: adopted!.id });
    expect(signedIn.data.resolution.publication).toMatchObject({ recordType: 'RESOLUTION', publishedBy: admin.displayName });

    const QUERY = `query($id: ID!, $year: Int, $search: String) { publicRegion(id: $id) { resolutions(year: $year, search: $search) { edges { node {
      id year number title text meetingTitle meetingKind meetingKindLabel meetingDate adoptedAt publishedAt } } pageInfo { hasNextPage } } } }`;
    const read = await env.gql(QUERY, { id: regionId, year }, null);
    expect(read.errors).toBeUndefined();
    expect(read.data.publicRegion.resolutions.edges.map((e: { node: unknown }) => e.node)).toEqual([{
      id: adopted!.id, year, number: adopted!.number, title: '关于共建助老食堂的决议', text: '由医院牵头，年内建成。', meetingTitle: '第一季度党建联席会议',
      meetingKind: 'JOINT_MEETING', meetingKindLabel: '党建联席会议', meetingDate: todayInChina(new Date(startsAt)), adoptedAt: adopted!.adoptedAt,
      publishedAt: expect.any(String),
    }]);
    const json = JSON.stringify(read);
    for (const secret of ['王主持', '李记录', '保留：资金来源待明确', school, hidden!.id, draft!.id, admin.displayName]) expect(json).not.toContain(secret);
    expect((await env.gql(QUERY, { id: regionId, year, search: '停车' }, null)).data.publicRegion.resolutions.edges).toEqual([]);
    const csv = await env.gql(`query($id: ID!, $year: Int) { publicRegion(id: $id) { openData(year: $year) { type links { csv } } } }`, { id: regionId, year }, null);
    expect(csv.data.publicRegion.openData).toContainEqual({ type: 'RESOLUTION', links: { csv: `/open/${regionId}/${year}/resolutions.csv` } });

    expect((await env.gql('mutation($id: ID!) { unpublish(id: $id) { recordId } }', { id: adopted!.id })).errors).toBeUndefined();
    expect((await env.gql(QUERY, { id: regionId, year }, null)).data.publicRegion.resolutions.edges).toEqual([]);
    const trail = await ports.audit.listForRecord(regionId, adopted!.id, { size: 20 });
    expect(trail.edges.filter((e) => e.node.recordType === 'Publication').map((e) => e.node.operation).sort()).toEqual(['publish', 'unpublish']);
  }, 60_000);

  it('a region that does not exist is null; bad paging or search names the argument', async () => {
    const env = await newRegion();
    expect((await env.gql('{ publicRegion(id: "nowhere") { id } }', undefined, null)).data.publicRegion).toBeNull();
    const bad = await env.gql(`query($id: ID!) { publicRegion(id: $id) { needs(first: 51) { edges { cursor } } } }`, { id: env.regionId }, null);
    expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const badYear = await env.gql(`query($id: ID!) { publicRegion(id: $id) { openData(year: 1900) { year } } }`, { id: env.regionId }, null);
    expect(errorOf(badYear)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    const longSearch = await env.gql(`query($id: ID!, $s: String) { publicRegion(id: $id) { projects(search: $s) { edges { cursor } } } }`, { id: env.regionId, s: '字'.repeat(51) }, null);
    expect(errorOf(longSearch)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
  });
});
