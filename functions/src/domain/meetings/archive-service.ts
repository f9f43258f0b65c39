import { createHash } from 'node:crypto';
import { z } from 'zod';
import { allows, authorize } from '../../auth/policy';
import type { Principal } from '../../auth/principal';
import type { ArchiveDocument } from '../archive/document';
import { archivePolicy } from '../archive/policy';
import { fileSystemDocument } from '../archive/service';
import { recordChange } from '../audit/service';
import { conflict, notFound } from '../errors';
import type { StoredFile } from '../files/stored-file';
import type { Ports } from '../ports';
import { id, parseInput, version, yearInChina } from '../validation';
import { refusing, StaleVersionError } from '../write-refusals';
import { build } from './documents-service';
import { documentFileName, DOCX_CONTENT_TYPE, MEETING_DOCUMENT_KINDS, MEETING_DOCUMENT_LABELS, type MeetingDocumentKind } from './documents';
import { MEETING_AUDIT, type Meeting } from './meeting';
import { meetingPolicy } from './policy';
import { assertAllowed } from './rules';

const archiveMeetingInput = z.object({ id: id('会议'), version });

/** The archive document of a meeting's document: one id per meeting and kind, so filing twice finds it. */
const archivedDocumentId = (meetingId: string, kind: MeetingDocumentKind) => `${meetingId}-${kind.toLowerCase()}`;

/** The archive document of a meeting's file (material, minutes attachment): one per meeting and file (its key), so filing twice finds it. */
const attachmentDocumentId = (meetingId: string, file: Pick<StoredFile, 'key'>) =>
  `${meetingId}-attachment-${createHash('sha256').update(file.key).digest('hex').slice(0, 20)}`;

/**
 * The meeting's files the archive takes as they are: each agenda item's materials (会议材料), then every file of its
 * minutes (纪要附件), with the item's title (≤ MAX_AGENDA_ITEMS × (MAX_AGENDA_MATERIALS + MAX_MINUTES_FILES)).
 */
async function meetingFiles(meeting: Meeting, ports: Ports): Promise<{ file: StoredFile; item: string; label: '会议材料' | '纪要附件' }[]> {
  const minutes = await ports.proceedings.minutes(meeting.regionId, meeting.id);
  const titles = new Map(meeting.agenda.map((item) => [item.id, item.title]));
  return [
    ...meeting.agenda.flatMap((item) => item.materials.map((file) => ({ file, item: item.title, label: '会议材料' as const }))),
    ...minutes.flatMap((m) => m.files.map((file) => ({ file, item: titles.get(m.agendaItemId) ?? '', label: '纪要附件' as const }))),
  ];
}

/**
 * 归档 (lifecycle: minutes approved → archived): the notice, the approved minutes and the resolutions notice are written
 * from the record as Word files, kept for good in the files bucket and filed into the archive (会议记录与纪要, the
 * meeting's year, the region's own) with the agenda's materials and the minutes' attachments, then the meeting moves to ARCHIVED. Each filing is idempotent (an id per meeting and
 * kind), so a run that fails part-way is simply run again; the meeting's version guards the last step.
 */
export async function archiveMeeting(principal: Principal, input: unknown, ports: Ports): Promise<Meeting> {
  const data = parseInput(archiveMeetingInput, input);
  const caller = authorize(principal, meetingPolicy.changeStatus);
  const current = await ports.meetings.get(caller.regionId, data.id);
  if (!current) throw notFound('会议', data.id);
  if (current.version !== data.version) throw conflict();
  assertAllowed(current, 'ARCHIVE');
  for (const kind of MEETING_DOCUMENT_KINDS) {
    const documentId = archivedDocumentId(current.id, kind);
    if (await ports.archive.document(caller.regionId, documentId)) continue;
    const bytes = await build(caller, current, kind, ports);
    const key = await ports.files.keepFile(caller.regionId, documentId, bytes, DOCX_CONTENT_TYPE);
    const now = ports.now().toISOString();
    const file = {
      key, name: documentFileName(current, kind), contentType: DOCX_CONTENT_TYPE, size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'), uploadedBy: caller.userId, uploadedAt: now,
    };
    await fileSystemDocument(caller, {
      id: documentId, title: file.name.replace(/\.docx$/, ''), folder: 'MEETING_RECORDS', year: yearInChina(new Date(current.startsAt)), unitId: null,
      note: `${MEETING_DOCUMENT_LABELS[kind]}，会议归档时生成`,
    }, file, ports);
  }
  // The materials and the minutes' attachments, filed as they are (the meeting keeps the same objects: a purge leaves them).
  for (const { file, item, label } of await meetingFiles(current, ports)) {
    await fileSystemDocument(caller, {
      id: attachmentDocumentId(current.id, file), title: `${current.title} ${label}：${file.name}`, folder: 'MEETING_RECORDS',
      year: yearInChina(new Date(current.startsAt)), unitId: null, note: `${label}（议题：${item}），会议归档时归入`,
    }, file, ports, { sharedWithRecord: true });
  }
  const next: Meeting = { ...current, status: 'ARCHIVED', version: current.version + 1, updatedAt: ports.now().toISOString() };
  const audit = recordChange(caller, ports, MEETING_AUDIT, { operation: 'archiveMeeting', recordId: current.id, version: next.version, before: current, after: next });
  await refusing(ports.meetings.save({ current, next }, { audit }), (r) => (r instanceof StaleVersionError ? conflict() : undefined));
  return next;
}

/**
 * A meeting's documents in the archive (none before it is archived): its three Word documents, then its materials and
 * minutes' attachments; for the secretariat (the region's own records). One Query of the minutes and one batch read.
 */
export async function archivedMeetingDocuments(principal: Principal, meeting: Meeting, ports: Ports): Promise<ArchiveDocument[]> {
  if (meeting.status !== 'ARCHIVED' || !allows(principal, archivePolicy.restore)) return [];
  const caller = authorize(principal, archivePolicy.restore);
  const attachments = await meetingFiles(meeting, ports);
  const ids = [...MEETING_DOCUMENT_KINDS.map((kind) => archivedDocumentId(meeting.id, kind)), ...attachments.map((a) => attachmentDocumentId(meeting.id, a.file))];
  const documents = await ports.archive.getMany(caller.regionId, ids);
  return documents.filter((d): d is ArchiveDocument => d !== null && d.deletedAt === null);
}
