import { describe, expect, it } from 'vitest';
import { CREATE_UNIT, errorOf, newRegion, UPDATE_UNIT, unitInput, uploadFile } from './harness';

/** The alliance's organisation through GraphQL on DynamoDB Local. */
const SET_OFFICER = 'mutation($input: SetOfficerInput!) { setOfficer(input: $input) { id version post personName termStart termEnd current unit { name } } }';
const OFFICERS = 'query($past: Boolean) { officers(includePast: $past) { id post personName termEnd current endReason unit { name } } }';
const CREATE_SUB_BODY = 'mutation($input: CreateSubBodyInput!) { createSubBody(input: $input) { id version name convenerUnit { name } units { name } people { name unit { name } } } }';

describe('successful: the alliance organisation on DynamoDB Local', () => {
  it('appoints a 会长, keeps the previous one in history, sets the council term and forms a body', async () => {
    const env = await newRegion();
    const unit = (await env.gql(CREATE_UNIT, { input: unitInput({ name: '区委组织部机关党支部', allianceRole: 'COUNCIL_UNIT' }) })).data.createUnit;
    const first = await env.gql(SET_OFFICER, { input: { post: 'PRESIDENT', personName: '王建国', personTitle: '区委书记', unitId: unit.id, termStart: '2021-03-01' } });
    expect(first.errors).toBeUndefined();
    const second = await env.gql(SET_OFFICER, { input: { post: 'PRESIDENT', personName: '张伟', unitId: unit.id, termStart: '2026-03-01' } });
    expect(second.data.setOfficer).toMatchObject({ current: true, unit: { name: '区委组织部机关党支部' } });
    const listed = await env.gql(OFFICERS, { past: true });
    expect(listed.data.officers.map((o: { personName: string; current: boolean }) => [o.personName, o.current])).toEqual([['张伟', true], ['王建国', false]]);
    expect(listed.data.officers[1]).toMatchObject({ termEnd: '2026-02-28', endReason: '由新任接替' });
    expect((await env.gql(OFFICERS, {})).data.officers).toHaveLength(1);

    const term = await env.gql('mutation($input: SetCouncilTermInput!) { setCouncilTerm(input: $input) { councilTermStart councilTermEnd version } }', {
      input: { start: '2026-01-01', end: '2030-12-31', version: 0 },
    });
    expect(term.data.setCouncilTerm).toEqual({ councilTermStart: '2026-01-01', councilTermEnd: '2030-12-31', version: 1 });

    const body = await env.gql(CREATE_SUB_BODY, {
      input: { kind: 'STREET_BRANCH', name: '长安街道分会', convenerUnitId: unit.id, unitIds: [unit.id], people: [{ name: '李红', title: '分会会长', unitId: unit.id }] },
    });
    expect(body.data.createSubBody).toMatchObject({ convenerUnit: { name: '区委组织部机关党支部' }, units: [{ name: '区委组织部机关党支部' }], people: [{ unit: { name: '区委组织部机关党支部' } }] });
    const list = await env.gql('{ subBodies(kind: STREET_BRANCH) { edges { node { name } } } }');
    expect(list.data.subBodies.edges).toEqual([{ node: { name: '长安街道分会' } }]);
  });
});

describe('failing: the alliance organisation on DynamoDB Local', () => {
  it('refuses at the field, and stale versions as CONFLICT', async () => {
    const env = await newRegion();
    const unit = (await env.gql(CREATE_UNIT, { input: unitInput() })).data.createUnit;
    expect(errorOf(await env.gql(SET_OFFICER, { input: { post: 'PRESIDENT', personName: '王建国', unitId: 'missing', termStart: '2026-03-01' } }))).toMatchObject({
      code: 'BAD_USER_INPUT', field: 'unitId',
    });
    const input = { kind: 'RESEARCH_COMMITTEE', name: '民生建设专业研究委员会', convenerUnitId: unit.id };
    await env.gql(CREATE_SUB_BODY, { input });
    expect(errorOf(await env.gql(CREATE_SUB_BODY, { input: { ...input, kind: 'STREET_BRANCH' } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(errorOf(await env.gql(CREATE_SUB_BODY, { input: { ...input, name: '新委员会', unitIds: [unit.id, 'missing'] } }))).toMatchObject({ field: 'unitIds.1' });
    const term = 'mutation($input: SetCouncilTermInput!) { setCouncilTerm(input: $input) { version } }';
    await env.gql(term, { input: { start: '2026-01-01', end: '2030-12-31', version: 0 } });
    expect(errorOf(await env.gql(term, { input: { start: '2026-01-01', end: '2030-12-31', version: 0 } }))).toMatchObject({ code: 'CONFLICT' });
  });
});

// ---- the charter (章程) and 变更备案 ------------------------------------------------------------------------

type Env = Awaited<ReturnType<typeof newRegion>>;
const UPLOAD_CHARTER = `mutation($input: UploadCharterVersionInput!) {
  uploadCharterVersion(input: $input) { id number title adoptedOn adoptedBy note createdBy file { name size contentType sha256 downloadUrl } }
}`;
const CHARTER = '{ charter { current { number title file { downloadUrl } } versions(first: 10) { edges { node { number title } } } } }';
const CHANGES = `query($filter: RepresentativeChangeFilter) { representativeChanges(filter: $filter, first: 20) {
  edges { node { id version unitId unit { name } post previous { name phone } next { name phone } changedBy filedAt filedBy } }
} }`;
const FILE_CHANGE = 'mutation($input: FileRepresentativeChangeInput!) { fileRepresentativeChange(input: $input) { id version filedAt filedBy } }';

/** A charter's bytes (every byte value: an encoding slip would change them). */
const charterBytes = (n: number) => Buffer.concat([Buffer.from(`%PDF-1.4 章程第${n}版\n`), Buffer.from(Array.from({ length: 512 }, (_, i) => i % 256))]);
const liaisonOf = (env: Env, unitId: string) => ({ userId: `liaison-${unitId}`, displayName: '联络员', regionId: env.regionId, roles: ['UNIT_LIAISON' as const], unitId });
const memberOf = (env: Env) => ({ userId: 'member-1', displayName: '党员', regionId: env.regionId, roles: ['MEMBER' as const], memberId: 'm-1' });

describe('successful: the charter and 变更备案 on DynamoDB Local', () => {
  it('uploads versions (the newest current, its bytes downloadable), and numbers uploads at once distinctly', async () => {
    // Prepare
    const env = await newRegion();
    expect((await env.gql(CHARTER)).data.charter).toEqual({ current: null, versions: { edges: [] } });
    // Act
    const first = await env.gql(UPLOAD_CHARTER, { input: { uploadId: await uploadFile(env, charterBytes(1)), title: '联合会章程', adoptedOn: '2021-03-01', adoptedBy: '会员大会' } });
    const bytes = charterBytes(2);
    const second = await env.gql(UPLOAD_CHARTER, { input: { uploadId: await uploadFile(env, bytes, '章程（修订）.pdf'), title: '联合会章程（修订）', adoptedOn: '2026-01-15', note: '增设街道分会' } });
    // Assess
    expect(first.errors).toBeUndefined();
    expect(second.data.uploadCharterVersion).toMatchObject({ number: 2, adoptedBy: null, note: '增设街道分会', createdBy: '测试管理员', file: { name: '章程（修订）.pdf', size: bytes.length } });
    const read = await env.gql(CHARTER, undefined, memberOf(env));
    expect(read.errors).toBeUndefined();
    expect(read.data.charter.current).toMatchObject({ number: 2, title: '联合会章程（修订）' });
    expect(read.data.charter.versions.edges.map((e: { node: { number: number } }) => e.node.number)).toEqual([2, 1]);
    const download = await fetch(read.data.charter.current.file.downloadUrl);
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);

    // Act: four uploads at once
    const uploads = await Promise.all([3, 4, 5, 6].map((n) => uploadFile(env, charterBytes(n))));
    const raced = await Promise.all(uploads.map((uploadId, i) => env.gql(UPLOAD_CHARTER, { input: { uploadId, title: `第${i}稿`, adoptedOn: '2026-02-01' } })));
    // Assess: numbers 3…6, none shared
    expect(raced.map((r) => r.errors)).toEqual([undefined, undefined, undefined, undefined]);
    expect(raced.map((r) => r.data.uploadCharterVersion.number).sort()).toEqual([3, 4, 5, 6]);
  });

  it('a unit update that changes the liaison files one pending change; one that changes anything else none; the secretariat files it once', async () => {
    // Prepare
    const env = await newRegion();
    const school = (await env.gql(CREATE_UNIT, { input: unitInput({ name: '长安实验小学党支部', liaison: { name: '李红', phone: '13800001111' } }) })).data.createUnit;
    const hospital = (await env.gql(CREATE_UNIT, { input: unitInput({ name: '市第三人民医院党委' }) })).data.createUnit;
    // Act
    const edited = await env.gql(UPDATE_UNIT, { input: { id: school.id, version: 1, address: '长安路 1 号' } });
    expect(edited.errors).toBeUndefined();
    expect((await env.gql(CHANGES)).data.representativeChanges.edges).toEqual([]);
    const changed = await env.gql(UPDATE_UNIT, { input: { id: school.id, version: 2, liaison: { name: '赵强', title: '办公室主任', phone: '13900002222' } } }, liaisonOf(env, school.id));
    expect(changed.errors).toBeUndefined();
    await env.gql(UPDATE_UNIT, { input: { id: hospital.id, version: 1, representative: { name: '孙丽萍' } } });
    // Assess
    const pending = (await env.gql(CHANGES, { filter: { filed: false, unitId: school.id } })).data.representativeChanges.edges.map((e: { node: unknown }) => e.node);
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({
      unitId: school.id, unit: { name: '长安实验小学党支部' }, post: 'LIAISON', previous: { name: '李红', phone: '13800001111' }, next: { name: '赵强' }, changedBy: '联络员', filedAt: null,
    });
    // A liaison reads its own unit's only, phones masked
    const own = await env.gql(CHANGES, {}, liaisonOf(env, school.id));
    expect(own.data.representativeChanges.edges.map((e: { node: { unitId: string } }) => e.node.unitId)).toEqual([school.id]);
    expect(own.data.representativeChanges.edges[0].node.previous.phone).toBe('138****1111');
    expect(errorOf(await env.gql(CHANGES, { filter: { unitId: hospital.id } }, liaisonOf(env, school.id)))).toMatchObject({ code: 'FORBIDDEN' });

    // Act: 备案
    const filed = await env.gql(FILE_CHANGE, { input: { id: pending[0].id, version: pending[0].version } });
    expect(filed.data.fileRepresentativeChange).toMatchObject({ filedBy: '测试管理员', version: 2 });
    const again = errorOf(await env.gql(FILE_CHANGE, { input: { id: pending[0].id, version: 2 } }));
    expect(again).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(again.message).toContain('已备案');
    const states = async (filed: boolean) => (await env.gql(CHANGES, { filter: { filed } })).data.representativeChanges.edges.map((e: { node: { unitId: string } }) => e.node.unitId);
    expect(await states(false)).toEqual([hospital.id]);
    expect(await states(true)).toEqual([school.id]);
  });
});

describe('failing: the charter and 变更备案 on DynamoDB Local', () => {
  it('refuses at the field, and writes only for the secretariat', async () => {
    const env = await newRegion();
    const uploadId = await uploadFile(env, charterBytes(1));
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    expect(errorOf(await env.gql(UPLOAD_CHARTER, { input: { uploadId, title: '章程', adoptedOn: future } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'adoptedOn' });
    expect(errorOf(await env.gql(UPLOAD_CHARTER, { input: { uploadId: 'missing', title: '章程', adoptedOn: '2026-01-01' } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'uploadId' });
    const unit = (await env.gql(CREATE_UNIT, { input: unitInput() })).data.createUnit;
    expect(errorOf(await env.gql(UPLOAD_CHARTER, { input: { uploadId, title: '章程', adoptedOn: '2026-01-01' } }, liaisonOf(env, unit.id)))).toMatchObject({ code: 'FORBIDDEN' });
    // The refused attempts left the upload unclaimed: the secretariat uses it.
    expect((await env.gql(UPLOAD_CHARTER, { input: { uploadId, title: '章程', adoptedOn: '2026-01-01' } })).data.uploadCharterVersion.number).toBe(1);
    expect(errorOf(await env.gql(UPLOAD_CHARTER, { input: { uploadId, title: '章程', adoptedOn: '2026-01-01' } }))).toMatchObject({ field: 'uploadId' });
    expect(errorOf(await env.gql(FILE_CHANGE, { input: { id: 'missing', version: 1 } }))).toMatchObject({ code: 'NOT_FOUND' });
  });
});
