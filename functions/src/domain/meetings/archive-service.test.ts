import JSZip from 'jszip';
import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RegionPrincipal } from '../../auth/principal';
import { listArchiveDocuments, verifyArchiveDocument } from '../archive/service';
import { attempt, givenRegion } from '../testing/fixtures';
import { createMemoryPorts, type MemoryPorts } from '../testing/memory-ports';
import { unitLiaison } from '../testing/principals';
import { meetingRecord } from '../testing/meeting-record';
import { givenResolutions } from '../testing/resolution-fixtures';
import { archivedMeetingDocuments, archiveMeeting } from './archive-service';

let ports: MemoryPorts;
let admin: RegionPrincipal;
let regionId: string;

beforeEach(async () => {
  ports = createMemoryPorts({ now: '2026-03-01T08:00:00.000Z' });
  ({ regionId, admin } = await givenRegion(ports));
});

/** The text of a .docx's body. */
async function docxText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
}

describe('Method: archiveMeeting', () => {
  it('files the notice, the minutes and the resolutions notice as Word files into 会议记录与纪要, then ARCHIVED', async () => {
    // Prepare
    const { meeting } = await givenResolutions(ports, admin, { title: '第一季度党建联席会议', items: [{ title: '共建文明楼道', text: '各单位认领楼道。' }] });
    // Act
    const archived = await archiveMeeting(admin, { id: meeting.id, version: meeting.version }, ports);
    // Assess
    expect(archived).toMatchObject({ status: 'ARCHIVED', version: meeting.version + 1 });
    const documents = await archivedMeetingDocuments(admin, archived, ports);
    expect(documents.map((d) => d.title)).toEqual(['2026-02-28 第一季度党建联席会议 会议通知', '2026-02-28 第一季度党建联席会议 会议纪要', '2026-02-28 第一季度党建联席会议 决议通知']);
    expect(documents.every((d) => d.folder === 'MEETING_RECORDS' && d.year === 2026 && d.unitId === null)).toBe(true);
    const listed = await listArchiveDocuments(admin, { year: 2026, folder: 'MEETING_RECORDS' }, {}, ports);
    expect(listed.edges).toHaveLength(3);
    const resolutions = documents[2]!;
    expect(await docxText(ports.memory.object(resolutions.current.file.key)!.bytes)).toContain('共建文明楼道');
    expect((await verifyArchiveDocument(admin, resolutions.id, ports)).intact).toBe(true);
    expect(ports.memory.auditEntries(regionId).filter((e) => e.operation === 'archiveMeeting')).toHaveLength(1);
    // A liaison reads no documents of the region's own records through the meeting.
    expect(await archivedMeetingDocuments(unitLiaison(regionId, 'u-1'), archived, ports)).toEqual([]);
  });

  it('files the agenda\'s materials and the minutes\' attachments as they are (the same object, shared with the minutes), listed with the meeting\'s documents', async () => {
    // Prepare: an approved meeting whose minutes have a photo and a PDF
    const { meeting } = await givenResolutions(ports, admin, { title: '第二季度党建联席会议', items: [{ title: '共建文明楼道', text: '各单位认领楼道。' }] });
    const attach = async (name: string, contentType: string) => {
      const bytes = new TextEncoder().encode(`${name} 的内容`);
      const key = await ports.files.keepFile(regionId, ports.newId(), bytes, contentType);
      return { key, name, contentType, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), uploadedBy: admin.userId, uploadedAt: ports.now().toISOString() };
    };
    const files = [await attach('楼道照片.jpg', 'image/jpeg'), await attach('认领名单.pdf', 'application/pdf')];
    await meetingRecord(ports, admin, meeting.id).minutes(meeting.agenda[0]!.id, { text: '各单位认领楼道。', files });
    const material = await attach('楼道改造方案.pdf', 'application/pdf');
    const withMaterials = await meetingRecord(ports, admin, meeting.id).materials(meeting.agenda[0]!.id, [material]);
    // Act
    const archived = await archiveMeeting(admin, { id: meeting.id, version: withMaterials.version }, ports);
    // Assess
    const documents = await archivedMeetingDocuments(admin, archived, ports);
    expect(documents.map((d) => d.title).slice(3)).toEqual([
      '第二季度党建联席会议 会议材料：楼道改造方案.pdf', '第二季度党建联席会议 纪要附件：楼道照片.jpg', '第二季度党建联席会议 纪要附件：认领名单.pdf',
    ]);
    const photo = documents[4]!;
    expect(photo).toMatchObject({ folder: 'MEETING_RECORDS', year: 2026, note: '纪要附件（议题：共建文明楼道），会议归档时归入' });
    expect(photo.current).toMatchObject({ file: files[0], sharedWithRecord: true });
    expect(documents[0]!.current.sharedWithRecord).toBe(false);
    expect((await verifyArchiveDocument(admin, photo.id, ports)).intact).toBe(true);
    expect((await listArchiveDocuments(admin, { year: 2026, folder: 'MEETING_RECORDS' }, {}, ports)).edges).toHaveLength(6);
  });

  it('a run that failed before the meeting moved is run again: nothing is filed twice', async () => {
    const { meeting } = await givenResolutions(ports, admin, { items: [{ title: '议题', text: '决议。' }] });
    // The meeting's save is refused once (after the documents were filed)
    ports.memory.beforeNextWrite(() => undefined);
    ports.memory.beforeNextWrite(() => undefined);
    ports.memory.beforeNextWrite(() => undefined);
    ports.memory.beforeNextWrite(() => {
      throw new Error('network');
    });
    await expect(archiveMeeting(admin, { id: meeting.id, version: meeting.version }, ports)).rejects.toThrow('network');
    expect((await listArchiveDocuments(admin, { year: 2026 }, {}, ports)).edges).toHaveLength(3);
    // Act
    const archived = await archiveMeeting(admin, { id: meeting.id, version: meeting.version }, ports);
    // Assess
    expect(archived.status).toBe('ARCHIVED');
    expect((await listArchiveDocuments(admin, { year: 2026 }, {}, ports)).edges).toHaveLength(3);
  });

  it('refuses, naming the state, before the minutes are approved, and a stale version', async () => {
    const { meeting: drafted } = await givenResolutions(ports, admin, { items: [{ title: '议题', text: '决议。' }], status: 'MINUTES_DRAFTED' });
    await expect(attempt(() => archiveMeeting(admin, { id: drafted.id, version: drafted.version }, ports))).rejects.toMatchObject({
      code: 'BAD_USER_INPUT', field: 'id', message: expect.stringContaining('纪要起草中'),
    });
    const { meeting } = await givenResolutions(ports, admin, { items: [{ title: '议题', text: '决议。' }] });
    await expect(attempt(() => archiveMeeting(admin, { id: meeting.id, version: meeting.version - 1 }, ports))).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(attempt(() => archiveMeeting(unitLiaison(regionId, 'u-1'), { id: meeting.id, version: meeting.version }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await listArchiveDocuments(admin, { year: 2026 }, {}, ports)).edges).toHaveLength(0);
  });
});
