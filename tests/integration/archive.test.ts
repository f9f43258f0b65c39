import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { givenResolutions } from '../../functions/src/domain/testing/resolution-fixtures';
import { createS3Client } from '../../functions/src/store/s3-client';
import { CREATE_UNIT, errorOf, newRegion, testConfig, unitInput, uploadFile } from './harness';

/** The archive (档案) through GraphQL on DynamoDB Local and the S3 emulator: real uploads, real objects, real tampering. */
const ADD = `mutation($input: AddArchiveDocumentInput!) {
  addArchiveDocument(input: $input) { id version versionCount folder year unit { name } current { number chainHash file { name size sha256 downloadUrl } } }
}`;
const REPLACE = 'mutation($input: ReplaceArchiveFileInput!) { replaceArchiveFile(input: $input) { id version versionCount current { number note } } }';
const DOCUMENT = `query($id: ID!) { archiveDocument(id: $id) {
  id version deletedAt restorableUntil versions(first: 10) { edges { node { number note uploadedBy file { name key: sha256 downloadUrl } } } }
} }`;
const VERIFY = 'mutation($id: ID!) { verifyArchiveDocument(id: $id) { intact checkedVersions problems { versionNumber kind message } } }';
const FOLDERS = 'query($y: Int!, $u: ID) { archiveFolders(year: $y, unitId: $u) { folder count } }';

const bookBytes = (n: number) => Buffer.concat([Buffer.from(`%PDF-1.4 组织生活记实簿第${n}版\n`), Buffer.from(Array.from({ length: 700 }, (_, i) => (i * n) % 256))]);
const countOf = (folders: { folder: string; count: number }[], folder: string) => folders.find((f) => f.folder === folder)?.count;

/** The bucket as someone with the storage keys (not the product) would reach it. */
const s3 = () => createS3Client({ s3Endpoint: testConfig().s3Endpoint });

describe('successful: the archive on DynamoDB Local and the S3 emulator', () => {
  it('files a branch book, replaces its file keeping both versions downloadable, and verifies it intact', async () => {
    // Prepare
    const env = await newRegion();
    const unit = (await env.gql(CREATE_UNIT, { input: unitInput({ name: '长安社区党支部' }) })).data.createUnit;
    // Act
    const added = await env.gql(ADD, {
      input: { title: '2026 年组织生活记实簿', folder: 'ORGANISATION_LIFE_RECORD', year: 2026, unitId: unit.id, uploadId: await uploadFile(env, bookBytes(1), '记实簿.pdf') },
    });
    const document = added.data.addArchiveDocument;
    const replaced = await env.gql(REPLACE, { input: { id: document.id, version: 1, uploadId: await uploadFile(env, bookBytes(2), '记实簿（更正）.pdf'), note: '补记 3 月' } });
    // Assess
    expect(added.errors).toBeUndefined();
    expect(document).toMatchObject({ versionCount: 1, unit: { name: '长安社区党支部' }, current: { number: 1, file: { name: '记实簿.pdf', size: bookBytes(1).length } } });
    expect(document.current.chainHash).toMatch(/^[0-9a-f]{64}$/);
    expect(replaced.data.replaceArchiveFile).toMatchObject({ version: 2, versionCount: 2, current: { number: 2, note: '补记 3 月' } });
    const read = (await env.gql(DOCUMENT, { id: document.id })).data.archiveDocument;
    const versions = read.versions.edges.map((e: { node: unknown }) => e.node);
    expect(versions.map((v: { number: number }) => v.number)).toEqual([2, 1]);
    for (const [i, n] of [2, 1].entries()) {
      const download = await fetch(versions[i].file.downloadUrl);
      expect(Buffer.from(await download.arrayBuffer()).equals(bookBytes(n))).toBe(true);
    }
    expect((await env.gql(VERIFY, { id: document.id })).data.verifyArchiveDocument).toEqual({ intact: true, checkedVersions: 2, problems: [] });
    const folders = (await env.gql(FOLDERS, { y: 2026, u: unit.id })).data.archiveFolders;
    expect(countOf(folders, 'ORGANISATION_LIFE_RECORD')).toBe(1);
  });

  it('detects a file overwritten in S3 behind the product’s back, and one deleted', async () => {
    // Prepare
    const env = await newRegion();
    const first = await env.gql(ADD, { input: { title: '共建协议', folder: 'AGREEMENTS', year: 2026, uploadId: await uploadFile(env, bookBytes(1), '协议.pdf') } });
    const id = first.data.addArchiveDocument.id;
    await env.gql(REPLACE, { input: { id, version: 1, uploadId: await uploadFile(env, bookBytes(2), '协议（签字版）.pdf') } });
    const { repository } = { repository: env.ports.archive };
    const [v1, v2] = await repository.allVersions(env.regionId, id);
    // Act: version 1 overwritten with other bytes (same size), version 2 removed
    const forged = bookBytes(3);
    await s3().send(new PutObjectCommand({ Bucket: testConfig().filesBucketName, Key: v1!.file.key, Body: forged.subarray(0, v1!.file.size), ContentType: 'application/pdf' }));
    await s3().send(new DeleteObjectCommand({ Bucket: testConfig().filesBucketName, Key: v2!.file.key }));
    // Assess
    const verified = (await env.gql(VERIFY, { id })).data.verifyArchiveDocument;
    expect(verified.intact).toBe(false);
    expect(verified.problems.map((p: { versionNumber: number; kind: string }) => [p.versionNumber, p.kind])).toEqual([[1, 'CHANGED'], [2, 'MISSING']]);
    expect(verified.problems[0].message).toContain('SHA-256');
  });

  it('deletes into the 回收站 and restores; the folder counts follow', async () => {
    const env = await newRegion();
    const added = await env.gql(ADD, { input: { title: '活动照片', folder: 'PHOTOS', year: 2026, uploadId: await uploadFile(env, bookBytes(1)) } });
    const { id } = added.data.addArchiveDocument;
    const deleted = await env.gql('mutation($input: ArchiveDocumentChangeInput!) { deleteArchiveDocument(input: $input) { version deletedAt restorableUntil } }', { input: { id, version: 1 } });
    expect(deleted.data.deleteArchiveDocument.restorableUntil).toBe(new Date(Date.parse(deleted.data.deleteArchiveDocument.deletedAt) + 30 * 86_400_000).toISOString());
    expect(countOf((await env.gql(FOLDERS, { y: 2026 })).data.archiveFolders, 'PHOTOS')).toBe(0);
    const bin = await env.gql('{ deletedArchiveDocuments(first: 5) { edges { node { id deletedBy } } } }');
    expect(bin.data.deletedArchiveDocuments.edges).toEqual([{ node: { id, deletedBy: '测试管理员' } }]);
    const restored = await env.gql('mutation($input: ArchiveDocumentChangeInput!) { restoreArchiveDocument(input: $input) { version deletedAt } }', { input: { id, version: 2 } });
    expect(restored.data.restoreArchiveDocument).toEqual({ version: 3, deletedAt: null });
    expect(countOf((await env.gql(FOLDERS, { y: 2026 })).data.archiveFolders, 'PHOTOS')).toBe(1);
    const listed = await env.gql('query($f: ArchiveFilter!) { archiveDocuments(filter: $f) { edges { node { id } } } }', { f: { year: 2026, folder: 'PHOTOS' } });
    expect(listed.data.archiveDocuments.edges).toEqual([{ node: { id } }]);
  });
});

describe('successful: a meeting archived (归档) into the archive', () => {
  it('files its three Word documents into 会议记录与纪要 of its year, stored in S3 and verified intact', async () => {
    // Prepare: a meeting whose minutes were approved, with a resolution
    const env = await newRegion();
    const { meeting } = await givenResolutions(env.ports, env.admin, {
      title: '第四季度党建联席会议', startsAt: '2026-11-20T02:00:00.000Z', items: [{ title: '老旧小区加装电梯', text: '由长安社区牵头，各单位协助入户宣传。' }],
    });
    // Act
    const archived = await env.gql(`mutation($input: ArchiveMeetingInput!) { archiveMeeting(input: $input) {
      status allowedActions archivedDocuments { id title folder year current { file { name downloadUrl } } }
    } }`, { input: { id: meeting.id, version: meeting.version } });
    // Assess
    expect(archived.errors).toBeUndefined();
    const { status, allowedActions, archivedDocuments } = archived.data.archiveMeeting;
    expect([status, allowedActions]).toEqual(['ARCHIVED', []]);
    expect(archivedDocuments.map((d: { title: string }) => d.title)).toEqual([
      '2026-11-20 第四季度党建联席会议 会议通知', '2026-11-20 第四季度党建联席会议 会议纪要', '2026-11-20 第四季度党建联席会议 决议通知',
    ]);
    const download = await fetch(archivedDocuments[2].current.file.downloadUrl);
    const zip = await JSZip.loadAsync(new Uint8Array(await download.arrayBuffer()));
    expect(await zip.file('word/document.xml')!.async('string')).toContain('老旧小区加装电梯');
    expect((await env.gql(VERIFY, { id: archivedDocuments[1].id })).data.verifyArchiveDocument.intact).toBe(true);
    expect(countOf((await env.gql(FOLDERS, { y: 2026 })).data.archiveFolders, 'MEETING_RECORDS')).toBe(3);
    // Archived once: again is refused, naming the state
    expect(errorOf(await env.gql('mutation($input: ArchiveMeetingInput!) { archiveMeeting(input: $input) { status } }', { input: { id: meeting.id, version: meeting.version + 1 } })))
      .toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', message: expect.stringContaining('已归档') });
  });
});

describe('successful: the files of other records filed into the archive with their own writes', () => {
  it('the charter’s versions, a unit’s registration form and a pairing agreement each become a document of the archive', async () => {
    // Prepare
    const env = await newRegion();
    const school = (await env.gql(CREATE_UNIT, { input: unitInput({ name: '长安实验小学党支部' }) })).data.createUnit;
    const community = (await env.gql(CREATE_UNIT, { input: unitInput({ name: '长安社区党委', hostKind: 'COMMUNITY', allianceRole: 'COMMUNITY_ORGANIZATION' }) })).data.createUnit;
    // Act: two charter versions, a registration with its form, a pairing with its agreement
    const charter = 'mutation($input: UploadCharterVersionInput!) { uploadCharterVersion(input: $input) { number } }';
    for (const n of [1, 2]) {
      const done = await env.gql(charter, { input: { uploadId: await uploadFile(env, bookBytes(n), `章程${n}.pdf`), title: `章程第${n}版`, adoptedOn: '2026-01-01' } });
      expect(done.errors).toBeUndefined();
    }
    const registered = await env.gql('mutation($input: RegisterUnitInput!) { registerUnit(input: $input) { status } }', {
      input: { id: school.id, version: school.version, registeredOn: '2026-03-01', formUploadId: await uploadFile(env, bookBytes(3), '报到登记表.pdf') },
    });
    expect(registered.errors).toBeUndefined();
    const paired = await env.gql('mutation($i: CreatePairingInput!) { createPairing(input: $i) { id } }', {
      i: { unitId: school.id, communityId: community.id, startsOn: '2026-04-01', content: '共建文明校园', agreementUploadId: await uploadFile(env, bookBytes(4), '协议.pdf') },
    });
    expect(paired.errors).toBeUndefined();
    // Assess
    const folders = (await env.gql(FOLDERS, { y: 2026, u: school.id })).data.archiveFolders;
    expect([countOf(folders, 'REGISTRATION_FORMS'), countOf(folders, 'AGREEMENTS')]).toEqual([1, 1]);
    const all = (await env.gql(FOLDERS, { y: 2026 })).data.archiveFolders;
    expect(countOf(all, 'CHARTER')).toBe(1);
    const listed = await env.gql('query($f: ArchiveFilter!) { archiveDocuments(filter: $f) { edges { node { id title folder versionCount } } } }', { f: { year: 2026 } });
    expect(listed.data.archiveDocuments.edges.map((e: { node: { title: string; versionCount: number } }) => [e.node.title, e.node.versionCount]).sort()).toEqual([
      ['章程', 2], ['长安实验小学党支部 报到登记表', 1], ['长安实验小学党支部与长安社区党委结对共建协议', 1],
    ].sort());
    for (const { node } of listed.data.archiveDocuments.edges) {
      expect((await env.gql(VERIFY, { id: node.id })).data.verifyArchiveDocument, node.title).toMatchObject({ intact: true });
    }
  });
});

describe('failing: the archive on DynamoDB Local', () => {
  it('refuses at the field and stale versions as CONFLICT, storing nothing', async () => {
    const env = await newRegion();
    const uploadId = await uploadFile(env, bookBytes(1));
    expect(errorOf(await env.gql(ADD, { input: { title: '名册', folder: 'MEMBER_ROSTER', year: 2026, uploadId } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitId' });
    expect(errorOf(await env.gql(ADD, { input: { title: '', folder: 'OTHER', year: 2026, uploadId } }))).toMatchObject({ field: 'title' });
    expect(errorOf(await env.gql(ADD, { input: { title: '其他', folder: 'OTHER', year: 1999, uploadId } }))).toMatchObject({ field: 'year' });
    // The upload was not consumed by the refusals: it files once, then never again.
    const added = await env.gql(ADD, { input: { title: '其他', folder: 'OTHER', year: 2026, uploadId } });
    expect(added.errors).toBeUndefined();
    expect(errorOf(await env.gql(ADD, { input: { title: '再次', folder: 'OTHER', year: 2026, uploadId } }))).toMatchObject({ field: 'uploadId' });
    const { id } = added.data.addArchiveDocument;
    await env.gql(REPLACE, { input: { id, version: 1, uploadId: await uploadFile(env, bookBytes(2)) } });
    expect(errorOf(await env.gql(REPLACE, { input: { id, version: 1, uploadId: await uploadFile(env, bookBytes(3)) } }))).toMatchObject({ code: 'CONFLICT' });
    expect((await env.gql(DOCUMENT, { id })).data.archiveDocument.versions.edges).toHaveLength(2);
  });
});
