import { beforeEach, describe, expect, it } from 'vitest';
import type { RegionPrincipal } from '../../auth/principal';
import { attempt, givenRegion, givenUnit, givenUpload } from '../testing/fixtures';
import { createMemoryPorts, type MemoryPorts } from '../testing/memory-ports';
import { partyMember, unitLiaison } from '../testing/principals';
import { getArchiveDocument, verifyArchiveDocument } from '../archive/service';
import { CHARTER_ARCHIVE_ID, currentCharterVersion, getCharter, listCharterVersions, uploadCharterVersion } from './charter-service';

let ports: MemoryPorts;
let admin: RegionPrincipal;
let regionId: string;

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const upload = async (overrides: Record<string, unknown> = {}) =>
  uploadCharterVersion(admin, { uploadId: await givenUpload(ports, admin, { fileName: '章程.pdf' }), title: '长安街道区域化党建联合会章程', adoptedOn: '2024-03-01', adoptedBy: '会员大会', ...overrides }, ports);

beforeEach(async () => {
  ports = createMemoryPorts({ now: '2026-03-01T08:00:00.000Z' });
  ({ regionId, admin } = await givenRegion(ports));
});

describe('Method: uploadCharterVersion', () => {
  it('numbers versions 1, 2 …; the newest is current; the file is kept and the upload consumed', async () => {
    // Prepare
    const first = await upload();
    // Act
    const wordId = await givenUpload(ports, admin, { fileName: '章程（修订）.docx', contentType: DOCX });
    const second = await uploadCharterVersion(admin, { uploadId: wordId, title: '章程（2026 年修订）', adoptedOn: '2026-03-01', note: '第二次会员大会修订' }, ports);
    // Assess
    expect([first.number, second.number]).toEqual([1, 2]);
    expect(second).toMatchObject({ adoptedBy: null, note: '第二次会员大会修订', createdBy: '秘书处管理员', file: { name: '章程（修订）.docx', contentType: DOCX } });
    expect(await currentCharterVersion(admin, ports)).toEqual(second);
    expect((await listCharterVersions(admin, { first: 1 }, ports)).pageInfo.hasNextPage).toBe(true);
    expect((await listCharterVersions(admin, {}, ports)).edges.map((e) => e.node.number)).toEqual([2, 1]);
    expect(ports.memory.object(second.file.key)).toBeDefined();
    expect(ports.memory.auditEntries(regionId).filter((e) => e.operation === 'uploadCharterVersion')).toHaveLength(2);
    await expect(attempt(() => uploadCharterVersion(admin, { uploadId: wordId, title: '再次', adoptedOn: '2026-03-01' }, ports))).rejects.toMatchObject({ field: 'uploadId' });
  });

  it('uploads at once get distinct numbers, none skipped', async () => {
    const ids = await Promise.all(Array.from({ length: 6 }, () => givenUpload(ports, admin)));
    const versions = await Promise.all(ids.map((uploadId, i) => uploadCharterVersion(admin, { uploadId, title: `章程 ${i}`, adoptedOn: '2026-01-01' }, ports)));
    expect(versions.map((v) => v.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
    // Each is a version of the charter's document in the archive too, the chain unbroken by the race.
    const archived = (await getArchiveDocument(admin, CHARTER_ARCHIVE_ID, ports))!;
    expect(archived).toMatchObject({ folder: 'CHARTER', versionCount: 6, unitId: null });
    expect(await verifyArchiveDocument(admin, archived.id, ports)).toMatchObject({ intact: true, checkedVersions: 6 });
  });

  it('refuses at the field: a day after today, a missing upload, a spreadsheet', async () => {
    await expect(attempt(() => upload({ adoptedOn: '2026-03-02' }))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'adoptedOn' });
    await expect(attempt(() => uploadCharterVersion(admin, { uploadId: 'missing', title: '章程', adoptedOn: '2026-01-01' }, ports))).rejects.toMatchObject({ field: 'uploadId' });
    const xlsx = await givenUpload(ports, admin, { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    await expect(attempt(() => uploadCharterVersion(admin, { uploadId: xlsx, title: '章程', adoptedOn: '2026-01-01' }, ports))).rejects.toMatchObject({ field: 'uploadId' });
    expect(await currentCharterVersion(admin, ports)).toBeNull();
  });

  it('the secretariat writes; everyone of the region reads', async () => {
    const school = await givenUnit(ports, admin);
    await upload();
    const liaison = unitLiaison(regionId, school.id);
    await expect(attempt(() => uploadCharterVersion(liaison, { uploadId: 'x', title: '章程', adoptedOn: '2026-01-01' }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    for (const reader of [liaison, partyMember(regionId)]) {
      expect(getCharter(reader)).toEqual({ regionId });
      expect((await currentCharterVersion(reader, ports))?.number).toBe(1);
    }
  });
});
