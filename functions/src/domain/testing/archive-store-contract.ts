/**
 * The promises of the archive's store (domain/archive/ports.ts: ArchiveStore), as one suite run against each
 * implementation: the DynamoDB repository on DynamoDB Local (tests/integration/archive-store.test.ts) and the memory
 * twin the use cases' unit tests use (memory-archive.test.ts).
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { chainLink, chainStart, type ArchiveDocument, type ArchiveFolder, type ArchiveVersion } from '../archive/document';
import type { Ports } from '../ports';
import { AlreadyTakenError, RecordMissingError, StaleVersionError } from '../write-refusals';
import { contractKit } from './contract-kit';

export function archiveStoreContract(label: string, ports: Ports): void {
  const store = ports.archive;
  const { newRegionId, stamp, alongside, auditCount, everyPage } = contractKit(ports);

  const version = (document: { regionId: string; id: string }, number: number, previous: string): ArchiveVersion => {
    const v = {
      documentId: document.id, regionId: document.regionId, number, note: number > 1 ? '更正' : null, uploadedBy: '秘书处', sharedWithRecord: number === 2,
      file: { key: `files/${document.regionId}/${randomUUID()}`, name: `v${number}.pdf`, contentType: 'application/pdf', size: 1000 + number, sha256: 'a'.repeat(64), uploadedBy: 'u', uploadedAt: stamp() },
    };
    return { ...v, chainHash: chainLink(previous, v) };
  };

  const document = (regionId: string, overrides: Partial<ArchiveDocument> = {}): ArchiveDocument => {
    const id = randomUUID();
    const at = stamp();
    return {
      id, regionId, title: '支部组织生活记实簿', folder: 'ORGANISATION_LIFE_RECORD', year: 2026, unitId: 'unit-1', note: null,
      current: version({ regionId, id }, 1, chainStart(regionId, id)), versionCount: 1, deletedAt: null, deletedBy: null,
      createdAt: at, createdBy: '秘书处', updatedAt: at, version: 1, ...overrides,
    };
  };

  const withNextVersion = (d: ArchiveDocument): ArchiveDocument => ({
    ...d, current: version(d, d.current.number + 1, d.current.chainHash), versionCount: d.versionCount + 1, version: d.version + 1, updatedAt: stamp(),
  });

  const count = async (regionId: string, year: number, unitId: string | null, folder: ArchiveFolder) => (await store.folderCounts(regionId, year, unitId)).get(folder) ?? 0;

  describe(`${label}: archive documents, versions and folder counts`, () => {
    it('add stores the document whole with its first version, counts it for the region and its unit, with its audit entry', async () => {
      const regionId = newRegionId();
      const d = document(regionId);
      await store.add(d, alongside(regionId, d.id));
      expect(await store.document(regionId, d.id)).toEqual(d);
      expect(await store.allVersions(regionId, d.id)).toEqual([d.current]);
      expect(await count(regionId, 2026, null, 'ORGANISATION_LIFE_RECORD')).toBe(1);
      expect(await count(regionId, 2026, 'unit-1', 'ORGANISATION_LIFE_RECORD')).toBe(1);
      expect(await count(regionId, 2026, 'unit-2', 'ORGANISATION_LIFE_RECORD')).toBe(0);
      expect(await count(regionId, 2025, null, 'ORGANISATION_LIFE_RECORD')).toBe(0);
      expect(await auditCount(regionId, d.id)).toBe(1);
      await expect(store.add(d, alongside(regionId, d.id))).rejects.toBeInstanceOf(AlreadyTakenError);
      expect(await store.document(newRegionId(), d.id)).toBeNull();
    });

    it('lists by year, folder and unit, newest first within a folder, every page full', async () => {
      const regionId = newRegionId();
      const a = document(regionId, { folder: 'AGREEMENTS', unitId: null });
      const b = document(regionId, { folder: 'ORGANISATION_LIFE_RECORD' });
      const c = document(regionId, { folder: 'ORGANISATION_LIFE_RECORD', unitId: 'unit-2' });
      const d = document(regionId, { folder: 'ORGANISATION_LIFE_RECORD' });
      const old = document(regionId, { year: 2025 });
      for (const x of [a, b, c, d, old]) await store.add(x, alongside(regionId, x.id));
      const ids = (filter: Parameters<typeof store.documents>[1]) => everyPage((page) => store.documents(regionId, filter, page), (n) => n.id);
      expect(await ids({ year: 2026 })).toEqual([d.id, c.id, b.id, a.id]);
      expect(await ids({ year: 2026, folder: 'ORGANISATION_LIFE_RECORD' })).toEqual([d.id, c.id, b.id]);
      expect(await ids({ year: 2026, unitId: 'unit-1' })).toEqual([d.id, b.id]);
      expect(await ids({ year: 2026, unitId: 'unit-1', folder: 'AGREEMENTS' })).toEqual([]);
      expect(await ids({ year: 2025 })).toEqual([old.id]);
    });

    it('addVersion moves the document to its next version at its version; a stale one writes nothing', async () => {
      const regionId = newRegionId();
      const d = document(regionId);
      await store.add(d, alongside(regionId, d.id));
      const second = withNextVersion(d);
      await store.addVersion({ current: d, next: second }, alongside(regionId, d.id));
      expect(await store.document(regionId, d.id)).toEqual(second);
      expect((await store.allVersions(regionId, d.id)).map((v) => v.number)).toEqual([1, 2]);
      expect(await everyPage((page) => store.versions(regionId, d.id, page), (v) => v.number, 1)).toEqual([2, 1]);
      await expect(store.addVersion({ current: d, next: withNextVersion(d) }, alongside(regionId, d.id))).rejects.toBeInstanceOf(StaleVersionError);
      expect((await store.allVersions(regionId, d.id)).map((v) => v.number)).toEqual([1, 2]);
      expect(await auditCount(regionId, d.id)).toBe(2);
      const missing = document(regionId);
      await expect(store.addVersion({ current: missing, next: withNextVersion(missing) }, alongside(regionId, missing.id))).rejects.toBeInstanceOf(RecordMissingError);
    });

    it('save deletes into the 回收站 and restores: lists and counts follow, newest deletion first', async () => {
      const regionId = newRegionId();
      const d = document(regionId);
      const e = document(regionId);
      for (const x of [d, e]) await store.add(x, alongside(regionId, x.id));
      const deleted = (x: ArchiveDocument): ArchiveDocument => ({ ...x, deletedAt: stamp(), deletedBy: '秘书处', version: x.version + 1 });
      const dGone = deleted(d);
      const eGone = deleted(e);
      await store.save({ current: d, next: dGone }, alongside(regionId, d.id));
      await store.save({ current: e, next: eGone }, alongside(regionId, e.id));
      expect(await everyPage((page) => store.documents(regionId, { year: 2026 }, page), (n) => n.id)).toEqual([]);
      expect(await everyPage((page) => store.deletedDocuments(regionId, page), (n) => n.id, 1)).toEqual([e.id, d.id]);
      expect(await count(regionId, 2026, null, 'ORGANISATION_LIFE_RECORD')).toBe(0);
      expect(await count(regionId, 2026, 'unit-1', 'ORGANISATION_LIFE_RECORD')).toBe(0);
      await expect(store.save({ current: d, next: { ...d, version: 3 } }, alongside(regionId, d.id))).rejects.toBeInstanceOf(StaleVersionError);
      const back = { ...dGone, deletedAt: null, deletedBy: null, version: 3 };
      await store.save({ current: dGone, next: back }, alongside(regionId, d.id));
      expect(await store.document(regionId, d.id)).toEqual(back);
      expect(await everyPage((page) => store.documents(regionId, { year: 2026, unitId: 'unit-1' }, page), (n) => n.id)).toEqual([d.id]);
      expect(await everyPage((page) => store.deletedDocuments(regionId, page), (n) => n.id)).toEqual([e.id]);
      expect(await count(regionId, 2026, 'unit-1', 'ORGANISATION_LIFE_RECORD')).toBe(1);
    });

    it('the maintenance: the expired end of the 回收站 oldest first, a purge, a recorded verify, the years, the sweep cursor', async () => {
      const regionId = newRegionId();
      const [old, older, young] = [document(regionId), document(regionId, { year: 2024, unitId: null }), document(regionId)];
      for (const x of [old, older, young]) await store.add(x, alongside(regionId, x.id));
      const gone = (x: ArchiveDocument, deletedAt: string): ArchiveDocument => ({ ...x, deletedAt, deletedBy: '秘书处', version: x.version + 1 });
      const [oldGone, olderGone, youngGone] = [gone(old, '2026-01-02T00:00:00.000Z'), gone(older, '2026-01-01T00:00:00.000Z'), gone(young, '2026-02-01T00:00:00.000Z')];
      for (const [x, y] of [[old, oldGone], [older, olderGone], [young, youngGone]] as const) await store.save({ current: x, next: y }, alongside(regionId, x.id));
      // Below the instant only, oldest first; pages of one
      expect(await everyPage((page) => store.expiredDocuments(regionId, '2026-01-15T00:00:00.000Z', page), (n) => n.id, 1)).toEqual([older.id, old.id]);
      expect(await everyPage((page) => store.expiredDocuments(regionId, '2026-01-01T00:00:00.000Z', page), (n) => n.id)).toEqual([]);
      // A verify's outcome, the version left alone; nothing for a document that is not there
      await store.recordVerification(regionId, young.id, { at: '2026-02-02T00:00:00.000Z', status: 'CHANGED' });
      await store.recordVerification(regionId, 'no-such-document', { at: '2026-02-02T00:00:00.000Z', status: 'INTACT' });
      expect(await store.document(regionId, young.id)).toEqual({ ...youngGone, lastVerifiedAt: '2026-02-02T00:00:00.000Z', lastVerification: 'CHANGED' });
      expect(await store.document(regionId, 'no-such-document')).toBeNull();
      // A purge at a stale version is refused; at the document's version, the document and its versions go, audited
      await expect(store.purge(oldGone, alongside(regionId, old.id))).resolves.toBeUndefined();
      expect(await store.document(regionId, old.id)).toBeNull();
      expect(await store.allVersions(regionId, old.id)).toEqual([]);
      await expect(store.purge({ ...olderGone, version: 1 }, alongside(regionId, older.id))).rejects.toBeInstanceOf(StaleVersionError);
      expect(await store.allVersions(regionId, older.id)).toEqual([older.current]);
      await expect(store.purge(oldGone, alongside(regionId, old.id))).rejects.toBeInstanceOf(RecordMissingError);
      // Years with documents not deleted, newest first
      const kept = document(regionId, { year: 2025 });
      await store.add(kept, alongside(regionId, kept.id));
      await store.add(document(regionId, { year: 2026 }), alongside(regionId, 'x'));
      expect(await store.yearsWithDocuments(regionId, 2000, 2027)).toEqual([2026, 2025]);
      expect(await store.yearsWithDocuments(regionId, 2000, 2025)).toEqual([2025]);
      // The sweep's place
      expect(await store.sweepCursor(regionId)).toBeNull();
      await store.saveSweepCursor(regionId, { year: 2025, after: 'cursor' });
      expect(await store.sweepCursor(regionId)).toEqual({ year: 2025, after: 'cursor' });
      await store.saveSweepCursor(regionId, null);
      expect(await store.sweepCursor(regionId)).toBeNull();
    });
  });
}
