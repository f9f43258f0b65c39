import { beforeEach, describe, expect, it } from 'vitest';
import type { RegionPrincipal } from '../../auth/principal';
import type { Unit } from '../units/unit';
import { attempt, givenRegion, givenUnit, givenUpload, PDF_BYTES } from '../testing/fixtures';
import type { MemoryArchiveStore } from '../testing/memory-archive';
import { createMemoryPorts, type MemoryPorts } from '../testing/memory-ports';
import { partyMember, unitLiaison } from '../testing/principals';
import { chainLink, chainStart, type ArchiveDocument } from './document';
import {
  addArchiveDocument, archiveFolderCounts, deleteArchiveDocument, getArchiveDocument, listArchiveDocuments, listArchiveVersions, listDeletedArchiveDocuments,
  replaceArchiveFile, restoreArchiveDocument, verifyArchiveDocument,
} from './service';

let ports: MemoryPorts;
let admin: RegionPrincipal;
let regionId: string;
let branch: Unit;

const file = (text: string) => new TextEncoder().encode(`%PDF-1.4 ${text}`);

async function filed(overrides: Record<string, unknown> = {}, by: RegionPrincipal = admin): Promise<ArchiveDocument> {
  const uploadId = await givenUpload(ports, by, { fileName: '组织生活记实簿.pdf' });
  return addArchiveDocument(by, { title: '2026 年支部组织生活记实簿', folder: 'ORGANISATION_LIFE_RECORD', year: 2026, unitId: branch.id, uploadId, ...overrides }, ports);
}

async function replaced(document: ArchiveDocument, text: string, by: RegionPrincipal = admin): Promise<ArchiveDocument> {
  const uploadId = await givenUpload(ports, by, { bytes: file(text), fileName: `${text}.pdf` });
  return replaceArchiveFile(by, { id: document.id, version: document.version, uploadId, note: `更正：${text}` }, ports);
}

beforeEach(async () => {
  ports = createMemoryPorts({ now: '2026-03-01T08:00:00.000Z' });
  ({ regionId, admin } = await givenRegion(ports));
  branch = await givenUnit(ports, admin);
});

describe('Method: addArchiveDocument', () => {
  it('files the verified upload as version 1, chained from the document, in its year and folder, audited', async () => {
    // Act
    const document = await filed();
    // Assess
    expect(document).toMatchObject({ folder: 'ORGANISATION_LIFE_RECORD', year: 2026, unitId: branch.id, versionCount: 1, version: 1, deletedAt: null, createdBy: '秘书处管理员' });
    const { chainHash, ...first } = document.current;
    expect(chainHash).toBe(chainLink(chainStart(regionId, document.id), first));
    expect(ports.memory.object(document.current.file.key)).toBeDefined();
    expect((await listArchiveDocuments(admin, { year: 2026, folder: 'ORGANISATION_LIFE_RECORD' }, {}, ports)).edges.map((e) => e.node.id)).toEqual([document.id]);
    expect((await listArchiveDocuments(admin, { year: 2025 }, {}, ports)).edges).toHaveLength(0);
    const counts = await archiveFolderCounts(admin, 2026, null, ports);
    expect(counts.find((c) => c.folder === 'ORGANISATION_LIFE_RECORD')?.count).toBe(1);
    expect(counts).toHaveLength(13);
    expect(ports.memory.auditEntries(regionId).filter((e) => e.operation === 'addArchiveDocument')).toHaveLength(1);
  });

  it('refuses at the field: a branch book without a unit, a year after next, an unknown unit, a used or missing upload', async () => {
    await expect(attempt(() => filed({ unitId: null }))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitId' });
    await expect(attempt(() => filed({ year: 2028 }))).rejects.toMatchObject({ field: 'year' });
    await expect(attempt(() => filed({ unitId: 'no-such-unit' }))).rejects.toMatchObject({ field: 'unitId' });
    await expect(attempt(() => filed({ folder: 'SHELF' }))).rejects.toMatchObject({ field: 'folder' });
    await expect(attempt(() => addArchiveDocument(admin, { title: '协议', folder: 'AGREEMENTS', year: 2026, uploadId: 'missing' }, ports))).rejects.toMatchObject({ field: 'uploadId' });
    // Nothing was stored by the refusals; a region record needs no unit.
    expect((await listArchiveDocuments(admin, { year: 2026 }, {}, ports)).edges).toHaveLength(0);
    const uploadId = await givenUpload(ports, admin);
    await addArchiveDocument(admin, { title: '共建协议', folder: 'AGREEMENTS', year: 2026, uploadId }, ports);
    await expect(attempt(() => addArchiveDocument(admin, { title: '再次', folder: 'AGREEMENTS', year: 2026, uploadId }, ports))).rejects.toMatchObject({ field: 'uploadId' });
  });
});

describe('Method: replaceArchiveFile', () => {
  it('keeps every version, newest first, each chained to the one before', async () => {
    // Prepare
    const first = await filed();
    // Act
    const second = await replaced(first, '第二版');
    const third = await replaced(second, '第三版');
    // Assess
    expect(third).toMatchObject({ versionCount: 3, version: 3, current: { number: 3, note: '更正：第三版' } });
    const versions = (await listArchiveVersions(admin, third, {}, ports)).edges.map((e) => e.node);
    expect(versions.map((v) => v.number)).toEqual([3, 2, 1]);
    expect(versions[0]!.chainHash).toBe(chainLink(versions[1]!.chainHash, { ...versions[0]!, chainHash: undefined } as never));
    expect(versions.map((v) => v.file.key)).toHaveLength(new Set(versions.map((v) => v.file.key)).size);
    for (const v of versions) expect(ports.memory.object(v.file.key)).toBeDefined();
  });

  it('refuses a stale version and a deleted document, storing nothing', async () => {
    const first = await filed();
    await replaced(first, '第二版');
    await expect(attempt(() => replaced(first, '晚到'))).rejects.toMatchObject({ code: 'CONFLICT' });
    const current = (await getArchiveDocument(admin, first.id, ports))!;
    const deleted = await deleteArchiveDocument(admin, { id: current.id, version: current.version }, ports);
    await expect(attempt(() => replaced(deleted, '删除后'))).rejects.toMatchObject({ field: 'id' });
    expect((await getArchiveDocument(admin, first.id, ports))?.versionCount).toBe(2);
  });
});

describe('Method: verifyArchiveDocument', () => {
  it('finds an intact document intact', async () => {
    const document = await replaced(await filed(), '第二版');
    expect(await verifyArchiveDocument(admin, document.id, ports)).toMatchObject({ intact: true, checkedVersions: 2, problems: [] });
  });

  it('detects a file changed in the bucket and one removed, naming the versions', async () => {
    // Prepare
    const document = await replaced(await filed(), '第二版');
    const versions = (await listArchiveVersions(admin, document, {}, ports)).edges.map((e) => e.node);
    // Act: version 1's object overwritten, version 2's removed, behind the product's back
    ports.memory.tamper(versions[1]!.file.key, new Uint8Array([...PDF_BYTES].reverse()));
    ports.memory.tamper(versions[0]!.file.key, null);
    // Assess
    const result = await verifyArchiveDocument(admin, document.id, ports);
    expect(result.intact).toBe(false);
    expect(result.problems.map((p) => [p.versionNumber, p.kind])).toEqual([[1, 'CHANGED'], [2, 'MISSING']]);
  });

  it('detects a version edited or removed in the record', async () => {
    const document = await replaced(await replaced(await filed(), '第二版'), '第三版');
    const store = ports.archive as MemoryArchiveStore;
    const key = [...store.versionsByNumber.keys()].find((k) => k.includes(document.id) && k.endsWith('"2"]'))!;
    // A version's stored hash edited to match a swapped file: the chain no longer follows.
    store.versionsByNumber.get(key)!.file.sha256 = '0'.repeat(64);
    const edited = await verifyArchiveDocument(admin, document.id, ports);
    expect(edited.problems.map((p) => [p.versionNumber, p.kind])).toEqual(expect.arrayContaining([[2, 'CHAIN_BROKEN']]));
    // The newest version removed from the record: the chain ends short of the document's head.
    store.versionsByNumber.delete([...store.versionsByNumber.keys()].find((k) => k.includes(document.id) && k.endsWith('"3"]'))!);
    const removed = await verifyArchiveDocument(admin, document.id, ports);
    expect(removed.problems.some((p) => p.versionNumber === 0 && p.kind === 'CHAIN_BROKEN')).toBe(true);
  });
});

describe('Method: deleteArchiveDocument and restoreArchiveDocument', () => {
  it('moves a document to the 回收站 and back within 30 days; the folder counts follow', async () => {
    // Prepare
    const document = await filed();
    // Act
    const deleted = await deleteArchiveDocument(admin, { id: document.id, version: 1 }, ports);
    // Assess
    expect(deleted).toMatchObject({ deletedBy: '秘书处管理员', version: 2 });
    expect((await listArchiveDocuments(admin, { year: 2026 }, {}, ports)).edges).toHaveLength(0);
    expect((await archiveFolderCounts(admin, 2026, branch.id, ports)).find((c) => c.folder === 'ORGANISATION_LIFE_RECORD')?.count).toBe(0);
    expect((await listDeletedArchiveDocuments(admin, {}, ports)).edges.map((e) => e.node.id)).toEqual([document.id]);
    ports.clock.advance(29 * 86_400_000);
    const restored = await restoreArchiveDocument(admin, { id: document.id, version: 2 }, ports);
    expect(restored).toMatchObject({ deletedAt: null, version: 3 });
    expect((await listArchiveDocuments(admin, { year: 2026, unitId: branch.id }, {}, ports)).edges).toHaveLength(1);
    expect((await listDeletedArchiveDocuments(admin, {}, ports)).edges).toHaveLength(0);
  });

  it('refuses to restore after 30 days, and what is not deleted', async () => {
    const document = await filed();
    await expect(attempt(() => restoreArchiveDocument(admin, { id: document.id, version: 1 }, ports))).rejects.toMatchObject({ field: 'id' });
    await deleteArchiveDocument(admin, { id: document.id, version: 1 }, ports);
    ports.clock.advance(31 * 86_400_000);
    await expect(attempt(() => restoreArchiveDocument(admin, { id: document.id, version: 2 }, ports))).rejects.toMatchObject({ field: 'id', message: expect.stringContaining('30 天') });
  });
});

describe('Policy: who keeps what', () => {
  it('a liaison keeps its own unit only, names it, and neither sees the 回收站 nor restores', async () => {
    // Prepare
    const other = await givenUnit(ports, admin);
    const liaison = unitLiaison(regionId, branch.id);
    const own = await filed({}, liaison);
    const others = await filed({ unitId: other.id });
    // Assess
    expect((await listArchiveDocuments(liaison, { year: 2026 }, {}, ports)).edges.map((e) => e.node.id)).toEqual([own.id]);
    await expect(attempt(() => listArchiveDocuments(liaison, { year: 2026, unitId: other.id }, {}, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(() => getArchiveDocument(liaison, others.id, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(() => filed({ unitId: other.id }, liaison))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(() => filed({ unitId: null, folder: 'AGREEMENTS' }, liaison))).rejects.toMatchObject({ field: 'unitId' });
    await expect(attempt(() => replaced(others, '越权', liaison))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(() => verifyArchiveDocument(liaison, others.id, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await verifyArchiveDocument(liaison, own.id, ports)).intact).toBe(true);
    const deleted = await deleteArchiveDocument(liaison, { id: own.id, version: 1 }, ports);
    expect(await getArchiveDocument(liaison, own.id, ports)).toBeNull();
    await expect(attempt(() => restoreArchiveDocument(liaison, { id: own.id, version: deleted.version }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(() => listDeletedArchiveDocuments(liaison, {}, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(() => listArchiveDocuments(partyMember(regionId), { year: 2026 }, {}, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
