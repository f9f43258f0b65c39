import { beforeEach, describe, expect, it } from 'vitest';
import type { RegionPrincipal } from '../../auth/principal';
import { CHARTER_ARCHIVE_ID, uploadCharterVersion } from '../alliance/charter-service';
import { givenRegion, givenUpload } from '../testing/fixtures';
import { createMemoryPorts, type MemoryPorts } from '../testing/memory-ports';
import type { ArchiveDocument } from './document';
import { purgeExpiredDocuments, verifyArchiveSweep, type MaintenanceBudget } from './maintenance';
import { addArchiveDocument, deleteArchiveDocument, getArchiveDocument, replaceArchiveFile, restoreArchiveDocument } from './service';

const DAY = 86_400_000;
let ports: MemoryPorts;
let admin: RegionPrincipal;
let regionId: string;

const budget = (maxDocuments = 100): MaintenanceBudget => ({ maxDocuments, deadline: ports.now().getTime() + 60_000 });

async function filed(title: string, year = 2026): Promise<ArchiveDocument> {
  const uploadId = await givenUpload(ports, admin, { fileName: `${title}.pdf` });
  return addArchiveDocument(admin, { title, folder: 'PHOTOS', year, uploadId }, ports);
}

const deleted = (document: ArchiveDocument) => deleteArchiveDocument(admin, { id: document.id, version: document.version }, ports);
const read = (id: string) => ports.archive.document(regionId, id);

beforeEach(async () => {
  ports = createMemoryPorts({ now: '2026-03-01T08:00:00.000Z' });
  ({ regionId, admin } = await givenRegion(ports));
});

describe('Method: purgeExpiredDocuments', () => {
  it('purges what was deleted more than 30 days ago — records, versions, files — and leaves what is younger', async () => {
    // Prepare: one deleted 31 days before the run (with two versions), one 29 days before
    const old = await filed('旧照片');
    const oldV2 = await replaceArchiveFile(admin, { id: old.id, version: 1, uploadId: await givenUpload(ports, admin, { fileName: '旧照片2.pdf' }) }, ports);
    await deleted(oldV2);
    ports.clock.advance(2 * DAY);
    const young = await deleted(await filed('新照片'));
    ports.clock.advance(29 * DAY);
    // Act
    const outcome = await purgeExpiredDocuments(regionId, ports, budget());
    // Assess
    expect(outcome).toEqual({ purged: [old.id], skipped: [], more: false });
    expect(await read(old.id)).toBeNull();
    expect(await ports.archive.allVersions(regionId, old.id)).toEqual([]);
    expect(ports.memory.object(old.current.file.key)).toBeUndefined();
    expect(ports.memory.object(oldV2.current.file.key)).toBeUndefined();
    expect(await read(young.id)).toMatchObject({ deletedAt: young.deletedAt });
    expect(ports.memory.object(young.current.file.key)).toBeDefined();
    const trail = ports.memory.auditEntries(regionId).filter((e) => e.recordId === old.id).map((e) => [e.operation, e.actorId, e.actorName]);
    expect(trail.slice(-2)).toEqual([
      ['startArchivePurge', 'system:archive-maintenance', '系统（定时任务）'],
      ['purgeArchiveDocument', 'system:archive-maintenance', '系统（定时任务）'],
    ]);
  });

  it('is harmless to run again, and finishes a purge a failed run left half done', async () => {
    const document = await deleted(await filed('照片'));
    ports.clock.advance(31 * DAY);
    // A run that marked the document and then failed removing its files
    const failing = { ...ports, files: { ...ports.files, deleteFiles: async () => Promise.reject(new Error('S3 unavailable')) } };
    await expect(purgeExpiredDocuments(regionId, failing, budget())).rejects.toThrow('S3 unavailable');
    expect(await read(document.id)).toMatchObject({ purgeStartedAt: ports.now().toISOString(), version: document.version + 1 });
    // Not restorable once the purge began (and expired anyway)
    await expect(restoreArchiveDocument(admin, { id: document.id, version: document.version + 1 }, ports)).rejects.toMatchObject({ field: 'id' });
    // Act
    const again = await purgeExpiredDocuments(regionId, ports, budget());
    const thrice = await purgeExpiredDocuments(regionId, ports, budget());
    // Assess
    expect(again.purged).toEqual([document.id]);
    expect(thrice).toEqual({ purged: [], skipped: [], more: false });
    expect(await read(document.id)).toBeNull();
    expect(ports.memory.object(document.current.file.key)).toBeUndefined();
    expect(ports.memory.auditEntries(regionId).filter((e) => e.recordId === document.id && e.operation === 'startArchivePurge')).toHaveLength(1);
  });

  it('leaves a document restored before the run, and one a restore changed between the run’s read and its write', async () => {
    const restored = await deleted(await filed('已恢复'));
    ports.clock.advance(10 * DAY);
    await restoreArchiveDocument(admin, { id: restored.id, version: restored.version }, ports);
    const racing = await deleted(await filed('并发'));
    ports.clock.advance(31 * DAY);
    // A writer that lands between the run's read and its first write (as a restore that read before expiry would)
    ports.memory.beforeNextWrite(async () => {
      const current = (await read(racing.id))!;
      await ports.archive.save({ current, next: { ...current, deletedAt: null, deletedBy: null, version: current.version + 1 } }, {
        audit: { ...ports.memory.auditEntries(regionId).at(-1)!, id: 'restore-race', at: ports.now().toISOString() },
      });
    });
    // Act
    const outcome = await purgeExpiredDocuments(regionId, ports, budget());
    // Assess
    expect(outcome).toEqual({ purged: [], skipped: [racing.id], more: false });
    expect(await getArchiveDocument(admin, restored.id, ports)).toMatchObject({ deletedAt: null });
    expect(await read(racing.id)).toMatchObject({ deletedAt: null });
    expect(ports.memory.object(racing.current.file.key)).toBeDefined();
  });

  it('keeps a file another record keeps (the charter’s), and stops at its budget with more to do', async () => {
    await uploadCharterVersion(admin, { uploadId: await givenUpload(ports, admin, { fileName: '章程.pdf' }), title: '章程', adoptedOn: '2024-03-01' }, ports);
    const charter = (await read(CHARTER_ARCHIVE_ID))!;
    expect(charter.current.sharedWithRecord).toBe(true);
    await deleted(charter);
    const other = await deleted(await filed('其他'));
    ports.clock.advance(31 * DAY);
    // Act
    const first = await purgeExpiredDocuments(regionId, ports, budget(1));
    const second = await purgeExpiredDocuments(regionId, ports, budget(1));
    // Assess: oldest deletion first
    expect(first).toEqual({ purged: [CHARTER_ARCHIVE_ID], skipped: [], more: true });
    expect(second.purged).toEqual([other.id]);
    expect(ports.memory.object(charter.current.file.key)).toBeDefined();
    expect(ports.memory.object(other.current.file.key)).toBeUndefined();
  });
});

describe('Method: verifyArchiveSweep', () => {
  it('verifies every year’s documents, records the outcome on each, and reports a file changed behind the product’s back', async () => {
    // Prepare
    const intact = await filed('完好', 2026);
    const older = await filed('去年', 2024);
    const gone = await deleted(await filed('已删除', 2025));
    ports.memory.tamper(older.current.file.key, new TextEncoder().encode('%PDF-1.4 forged'));
    // Act
    const outcome = await verifyArchiveSweep(regionId, ports, budget());
    // Assess
    expect(outcome).toMatchObject({ verified: 2, finished: true });
    expect(outcome.findings).toEqual([expect.objectContaining({ documentId: older.id, status: 'CHANGED' })]);
    expect(await read(intact.id)).toMatchObject({ lastVerification: 'INTACT', lastVerifiedAt: ports.now().toISOString() });
    expect(await read(older.id)).toMatchObject({ lastVerification: 'CHANGED' });
    expect((await read(gone.id))?.lastVerification).toBeUndefined();
    expect(await ports.archive.sweepCursor(regionId)).toBeNull();
  });

  it('stops at its budget and continues from the saved cursor, then starts over', async () => {
    const documents = [await filed('一', 2026), await filed('二', 2026), await filed('三', 2025)];
    // Act
    const first = await verifyArchiveSweep(regionId, ports, budget(2));
    const cursor = await ports.archive.sweepCursor(regionId);
    ports.clock.advance(DAY);
    const second = await verifyArchiveSweep(regionId, ports, budget(2));
    // Assess
    expect(first).toMatchObject({ verified: 2, finished: false });
    expect(cursor).toMatchObject({ year: 2026 });
    expect(second).toMatchObject({ verified: 1, finished: true });
    // The newest year first; the second run verified only what the first left
    const verifiedAt = await Promise.all(documents.map(async (d) => (await read(d.id))?.lastVerifiedAt));
    expect(verifiedAt).toEqual(['2026-03-01T08:00:00.000Z', '2026-03-01T08:00:00.000Z', '2026-03-02T08:00:00.000Z']);
    expect(await ports.archive.sweepCursor(regionId)).toBeNull();
  });

  it('does not report a document whose file was replaced while it was being verified, and skips one deleted meanwhile', async () => {
    // Prepare: a replace lands between the sweep's read of the document and of its versions
    const document = await filed('替换中');
    const deletedMeanwhile = await filed('删除中', 2025);
    let raced = false;
    const racing = {
      ...ports,
      archive: Object.assign(Object.create(ports.archive), {
        allVersions: async (region: string, id: string) => {
          if (!raced && id === document.id) {
            raced = true;
            await replaceArchiveFile(admin, { id, version: document.version, uploadId: await givenUpload(ports, admin, { fileName: '新版.pdf' }) }, ports);
            await deleted(deletedMeanwhile);
          }
          return ports.archive.allVersions(region, id);
        },
      }),
    };
    // Act
    const outcome = await verifyArchiveSweep(regionId, racing, budget());
    // Assess
    expect(outcome).toMatchObject({ verified: 1, findings: [], finished: true });
    expect(await read(document.id)).toMatchObject({ version: 2, lastVerification: 'INTACT' });
    expect((await read(deletedMeanwhile.id))?.lastVerification).toBeUndefined();
  });

  it('stops when the time is up', async () => {
    await filed('一');
    const outcome = await verifyArchiveSweep(regionId, ports, { maxDocuments: 100, deadline: ports.now().getTime() });
    expect(outcome).toMatchObject({ verified: 0, finished: false });
    expect(await ports.archive.sweepCursor(regionId)).toEqual({ year: 2026, after: null });
  });
});
