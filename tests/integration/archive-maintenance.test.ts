import { HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { purgeExpiredDocuments, verifyArchiveSweep, type MaintenanceBudget } from '../../functions/src/domain/archive/maintenance';
import type { Ports } from '../../functions/src/domain/ports';
import { createS3Client } from '../../functions/src/store/s3-client';
import { createPorts } from '../../functions/src/store/ports';
import { newRegion, testConfig, uploadFile } from './harness';

/**
 * The archive's scheduled maintenance (domain/archive/maintenance.ts) on DynamoDB Local and the S3 emulator: the
 * 回收站's index read oldest first up to the cutoff, real objects removed, real tampering found. Time moves on a clock
 * the ports read (no sleeps).
 */
const DAY = 86_400_000;
const ADD = 'mutation($input: AddArchiveDocumentInput!) { addArchiveDocument(input: $input) { id version current { file { sha256 } } } }';
const CHANGE = '(input: $input) { id version deletedAt }';
const DELETE = `mutation($input: ArchiveDocumentChangeInput!) { deleteArchiveDocument${CHANGE} }`;
const RESTORE = `mutation($input: ArchiveDocumentChangeInput!) { restoreArchiveDocument${CHANGE} }`;
const DOCUMENT = 'query($id: ID!) { archiveDocument(id: $id) { id lastVerifiedAt lastVerification } }';

const bytesOf = (text: string) => Buffer.concat([Buffer.from(`%PDF-1.4 ${text}\n`), Buffer.alloc(300, text.length)]);
const s3 = () => createS3Client({ s3Endpoint: testConfig().s3Endpoint });
const exists = async (key: string) =>
  s3().send(new HeadObjectCommand({ Bucket: testConfig().filesBucketName, Key: key })).then(() => true, (error: { name?: string }) => {
    if (error.name === 'NotFound' || error.name === 'NoSuchKey') return false;
    throw error;
  });

/** A fresh region on ports whose clock the test moves. */
async function regionWithClock() {
  const clock = { at: Date.now() };
  const ports: Ports = { ...createPorts(testConfig()), now: () => new Date(clock.at) };
  const env = await newRegion(ports);
  const file = async (title: string, year = 2026) => {
    const added = await env.gql(ADD, { input: { title, folder: 'PHOTOS', year, uploadId: await uploadFile(env, bytesOf(title), `${title}.pdf`) } });
    expect(added.errors).toBeUndefined();
    return added.data.addArchiveDocument as { id: string; version: number };
  };
  const remove = async (document: { id: string; version: number }) => (await env.gql(DELETE, { input: { id: document.id, version: document.version } })).data.deleteArchiveDocument;
  const budget = (maxDocuments = 50): MaintenanceBudget => ({ maxDocuments, deadline: clock.at + 60_000 });
  const keyOf = async (id: string) => (await ports.archive.allVersions(env.regionId, id))[0]!.file.key;
  return { ...env, ports, clock, file, remove, budget, keyOf };
}

describe('successful: the 回收站 purged after 30 days', () => {
  it('purges one deleted 31 days ago (records, versions, S3 object), leaves one deleted 29 days ago and one restored; a re-run is harmless', async () => {
    // Prepare
    const env = await regionWithClock();
    const old = await env.remove(await env.file('31 天前删除'));
    const restoredBefore = await env.remove(await env.file('删除后恢复'));
    const oldKey = await env.keyOf(old.id);
    env.clock.at += 2 * DAY;
    const young = await env.remove(await env.file('29 天前删除'));
    const youngKey = await env.keyOf(young.id);
    const restored = await env.gql(RESTORE, { input: { id: restoredBefore.id, version: restoredBefore.version } });
    expect(restored.errors).toBeUndefined();
    env.clock.at += 29 * DAY;
    // Act
    const first = await purgeExpiredDocuments(env.regionId, env.ports, env.budget());
    const again = await purgeExpiredDocuments(env.regionId, env.ports, env.budget());
    // Assess
    expect(first).toEqual({ purged: [old.id], skipped: [], more: false });
    expect(again.purged).toEqual([]);
    expect(await env.ports.archive.document(env.regionId, old.id)).toBeNull();
    expect(await env.ports.archive.allVersions(env.regionId, old.id)).toEqual([]);
    expect(await exists(oldKey)).toBe(false);
    expect(await env.ports.archive.document(env.regionId, young.id)).toMatchObject({ deletedAt: young.deletedAt });
    expect(await exists(youngKey)).toBe(true);
    expect(await env.ports.archive.document(env.regionId, restoredBefore.id)).toMatchObject({ deletedAt: null });
    const trail = await env.ports.audit.listForRecord(env.regionId, old.id, { size: 10 });
    expect(trail.edges.map((e) => [e.node.operation, e.node.actorId])).toEqual(
      expect.arrayContaining([['startArchivePurge', 'system:archive-maintenance'], ['purgeArchiveDocument', 'system:archive-maintenance']]),
    );
    const bin = await env.gql('{ deletedArchiveDocuments(first: 10) { edges { node { id } } } }');
    expect(bin.data.deletedArchiveDocuments.edges).toEqual([{ node: { id: young.id } }]);
  });

  it('finishes a purge a failed run left half done, and a restore after the mark is refused', async () => {
    const env = await regionWithClock();
    const document = await env.remove(await env.file('半途'));
    const key = await env.keyOf(document.id);
    env.clock.at += 31 * DAY;
    const failing: Ports = { ...env.ports, files: Object.assign(Object.create(env.ports.files), { deleteFiles: () => Promise.reject(new Error('S3 unavailable')) }) };
    await expect(purgeExpiredDocuments(env.regionId, failing, env.budget())).rejects.toThrow('S3 unavailable');
    const marked = (await env.ports.archive.document(env.regionId, document.id))!;
    expect(marked.purgeStartedAt).toBeTruthy();
    expect((await env.gql(RESTORE, { input: { id: document.id, version: marked.version } })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    // Act
    const outcome = await purgeExpiredDocuments(env.regionId, env.ports, env.budget());
    // Assess
    expect(outcome.purged).toEqual([document.id]);
    expect(await env.ports.archive.document(env.regionId, document.id)).toBeNull();
    expect(await exists(key)).toBe(false);
  });
});

describe('successful: the scheduled verify sweep', () => {
  it('records CHANGED on a document whose object was overwritten behind the product’s back, and resumes from its cursor', async () => {
    // Prepare: three documents over two years; one overwritten in S3
    const env = await regionWithClock();
    const [a, b, c] = [await env.file('甲', 2026), await env.file('乙', 2026), await env.file('丙', 2025)];
    const forged = await env.keyOf(c.id);
    const size = (await env.ports.archive.allVersions(env.regionId, c.id))[0]!.file.size;
    await s3().send(new PutObjectCommand({ Bucket: testConfig().filesBucketName, Key: forged, Body: Buffer.alloc(size, 7), ContentType: 'application/pdf' }));
    // Act: two documents this run, the rest the next
    const first = await verifyArchiveSweep(env.regionId, env.ports, env.budget(2));
    const saved = await env.ports.archive.sweepCursor(env.regionId);
    env.clock.at += DAY;
    const second = await verifyArchiveSweep(env.regionId, env.ports, env.budget(2));
    // Assess
    expect(first).toMatchObject({ verified: 2, finished: false, findings: [] });
    expect(saved).toMatchObject({ year: 2026 });
    expect(second).toMatchObject({ verified: 1, finished: true });
    expect(second.findings).toEqual([expect.objectContaining({ documentId: c.id, status: 'CHANGED' })]);
    expect(await env.ports.archive.sweepCursor(env.regionId)).toBeNull();
    const shown = await Promise.all([a, b, c].map(async ({ id }) => (await env.gql(DOCUMENT, { id })).data.archiveDocument));
    expect(shown.map((d) => d.lastVerification)).toEqual(['INTACT', 'INTACT', 'CHANGED']);
    expect(shown[2].lastVerifiedAt).toBe(new Date(env.clock.at).toISOString());
    expect(shown[0].lastVerifiedAt).toBe(new Date(env.clock.at - DAY).toISOString());
  });
});
