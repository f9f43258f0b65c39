import { authorize } from '../../auth/policy';
import type { Principal, RegionPrincipal } from '../../auth/principal';
import type { ArchiveChange } from '../alongside';
import { recordChange } from '../audit/service';
import { badInput, conflict, notFound } from '../errors';
import { claimUpload, uploadRefusal, type ClaimedUpload } from '../files/service';
import type { StoredFile } from '../files/stored-file';
import { pageRequest, readPage, type Page } from '../paging';
import type { Ports } from '../ports';
import { parseInput, yearInChina } from '../validation';
import { AlreadyTakenError, refusing } from '../write-refusals';
export { restorableUntil } from './document';
import {
  ARCHIVE_DOCUMENT_AUDIT, ARCHIVE_FOLDERS, BRANCH_BOOKS, chainLink, chainStart, MAX_ARCHIVE_VERSIONS, restorableUntil, verificationStatus, verifyChain,
  type ArchiveDocument, type ArchiveFolder, type ArchiveProblem, type ArchiveVersion,
} from './document';
import { archivePolicy } from './policy';
import { addArchiveDocumentInput, archiveDocumentChangeInput, archiveFilterInput, replaceArchiveFileInput } from './rules';

type PageArgs = { first?: number | null; after?: string | null };

/** Files a verify reads from the bucket at once (each up to 20 MB). */
const VERIFY_CONCURRENCY = 4;

const isRegionAdmin = (principal: Principal) => principal.roles.includes('REGION_ADMIN');

/**
 * The region's archive by year (and folder, unit). A liaison reads its own unit's documents: its unit is the filter
 * whether it names it or not (another unit is refused).
 */
export async function listArchiveDocuments(principal: Principal, filter: unknown, args: PageArgs, ports: Ports): Promise<Page<ArchiveDocument>> {
  const data = parseInput(archiveFilterInput, filter);
  const unitId = data.unitId ?? (isRegionAdmin(principal) ? undefined : principal.unitId);
  const caller = authorize(principal, archivePolicy.read, { unitId });
  return readPage(ports.archive.documents(caller.regionId, { year: data.year, folder: data.folder ?? undefined, unitId }, pageRequest(args)));
}

/** A document of the caller's to see (another unit's is refused); a deleted one for the region admin only. */
export async function getArchiveDocument(principal: Principal, id: string, ports: Ports): Promise<ArchiveDocument | null> {
  const reader = authorize(principal, archivePolicy.read, { unitId: principal.unitId });
  const document = await ports.archive.document(reader.regionId, id);
  if (!document) return null;
  authorize(principal, archivePolicy.read, { unitId: document.unitId ?? undefined });
  return document.deletedAt && !isRegionAdmin(principal) ? null : document;
}

/** Every folder with its count in a year, 三册四簿 first (a folder with none shows 0). */
export async function archiveFolderCounts(principal: Principal, year: unknown, unitId: string | null | undefined, ports: Ports) {
  const data = parseInput(archiveFilterInput, { year, unitId });
  const unit = data.unitId ?? (isRegionAdmin(principal) ? null : (principal.unitId ?? null));
  const caller = authorize(principal, archivePolicy.read, { unitId: unit ?? undefined });
  const counts = await ports.archive.folderCounts(caller.regionId, data.year, unit);
  return ARCHIVE_FOLDERS.map((folder) => ({ folder, count: counts.get(folder) ?? 0 }));
}

/** The 回收站: deleted documents, newest deletion first. */
export async function listDeletedArchiveDocuments(principal: Principal, args: PageArgs, ports: Ports): Promise<Page<ArchiveDocument>> {
  const caller = authorize(principal, archivePolicy.restore);
  return readPage(ports.archive.deletedDocuments(caller.regionId, pageRequest(args)));
}

/** A document's versions, newest first, for whoever may see the document. */
export async function listArchiveVersions(principal: Principal, document: ArchiveDocument, args: PageArgs, ports: Ports): Promise<Page<ArchiveVersion>> {
  const caller = authorize(principal, archivePolicy.read, { unitId: document.unitId ?? undefined });
  return readPage(ports.archive.versions(caller.regionId, document.id, pageRequest(args)));
}

/**
 * Files a document: its first version is the verified upload, chained from the document's start. 三册四簿 belong to a
 * unit; a liaison files for its own unit only.
 */
export async function addArchiveDocument(principal: Principal, input: unknown, ports: Ports): Promise<ArchiveDocument> {
  const data = parseInput(addArchiveDocumentInput, input);
  authorize(principal, archivePolicy.read, { unitId: principal.unitId });
  if (!isRegionAdmin(principal) && !data.unitId) throw badInput('unitId', '请选择本单位');
  const caller = authorize(principal, archivePolicy.keep, { unitId: data.unitId ?? undefined });
  if (data.year > yearInChina(ports.now()) + 1) throw badInput('year', '归档年度不能晚于明年');
  if (BRANCH_BOOKS.includes(data.folder) && !data.unitId) throw badInput('unitId', '三册四簿须选择所属党组织');
  if (data.unitId && !(await ports.units.get(caller.regionId, data.unitId))) throw badInput('unitId', '单位不存在');
  const claimed = await claimUpload(caller, data.uploadId, 'uploadId', ports);
  const id = ports.newId();
  const document = newDocument(caller, { id, title: data.title, folder: data.folder, year: data.year, unitId: data.unitId ?? null, note: data.note ?? null }, claimed.file, ports);
  const audit = recordChange(caller, ports, ARCHIVE_DOCUMENT_AUDIT, {
    operation: 'addArchiveDocument', recordId: id, version: 1, before: null, after: document, note: { field: 'file', value: claimed.file.name },
  });
  await refusing(ports.archive.add(document, { audit, uploads: [claimed.claim] }), (r) => uploadRefusal([claimed], r));
  return document;
}

/** Where a new document is filed (by a person, or by the product itself: a meeting's documents). */
export interface ArchiveFiling {
  /** The product's own filings choose it, so that filing again finds the document already there. */
  id: string;
  title: string;
  folder: ArchiveFolder;
  year: number;
  unitId: string | null;
  note: string | null;
}

/**
 * Files a document the product made (no upload to claim), as `caller`. Idempotent by id: a document already filed under
 * it is returned as it is (a retried filing after a failure part-way; the caller checks first, before making the file).
 */
export async function fileSystemDocument(
  caller: RegionPrincipal, filing: ArchiveFiling, file: StoredFile, ports: Ports, options: { sharedWithRecord?: boolean } = {},
): Promise<ArchiveDocument> {
  const document = newDocument(caller, filing, file, ports, options.sharedWithRecord ?? false);
  const audit = recordChange(caller, ports, ARCHIVE_DOCUMENT_AUDIT, {
    operation: 'addArchiveDocument', recordId: document.id, version: 1, before: null, after: document, note: { field: 'file', value: file.name },
  });
  try {
    await ports.archive.add(document, { audit });
    return document;
  } catch (error) {
    // Filed already (a retry, or one running beside this): that one stands.
    if (error instanceof AlreadyTakenError) return (await ports.archive.document(caller.regionId, filing.id))!;
    throw error;
  }
}

/**
 * A record's file filed into the archive with the record's own write (`Alongside.archive`): the document `filing.id`
 * (one per record, chosen by the use case) gets `file` as a new version, or is made with it as its first. Where it is
 * filed (folder, year, unit) stays as first filed. Plan again when the write is refused with RetryableWriteError.
 */
export async function planArchiveFiling(caller: RegionPrincipal, filing: ArchiveFiling, file: StoredFile, ports: Ports): Promise<ArchiveChange> {
  const current = await ports.archive.document(caller.regionId, filing.id);
  // The record keeps the file too: a version of the archive that shares its object.
  if (!current) return { current: null, next: newDocument(caller, filing, file, ports, true) };
  return { current, next: { ...withNewVersion(caller, current, file, filing.note, ports, true), title: filing.title } };
}

/**
 * A record's newly uploaded files filed into the archive with the record's own write (`Alongside.archive`): one new
 * document per file, its id from the upload (fresh, and the same when the write is retried), sharing the record's
 * object. `where` says where each is filed; no read is needed.
 */
export function fileUploads(
  caller: RegionPrincipal,
  claimed: readonly Pick<ClaimedUpload, 'file' | 'claim'>[],
  where: (file: StoredFile) => Omit<ArchiveFiling, 'id'>,
  ports: Ports,
): ArchiveChange[] {
  return claimed.map(({ file, claim }) => ({ current: null, next: newDocument(caller, { id: `upload-${claim.uploadId}`, ...where(file) }, file, ports, true) }));
}

/** Where a record's photo goes: 活动照片 for images, else 其他. */
export const photoOrOther = (file: Pick<StoredFile, 'contentType'>): ArchiveFolder => (file.contentType.startsWith('image/') ? 'PHOTOS' : 'OTHER');

/** A new version of the file; the earlier ones stay, and the chain grows by its link. */
export async function replaceArchiveFile(principal: Principal, input: unknown, ports: Ports): Promise<ArchiveDocument> {
  const data = parseInput(replaceArchiveFileInput, input);
  const { caller, current } = await documentToChange(principal, data.id, data.version, ports);
  if (current.deletedAt) throw badInput('id', '档案已删除，恢复后才能替换文件');
  if (current.versionCount >= MAX_ARCHIVE_VERSIONS) throw badInput('uploadId', `一份档案最多保留 ${MAX_ARCHIVE_VERSIONS} 个版本`);
  const claimed = await claimUpload(caller, data.uploadId, 'uploadId', ports);
  const next = withNewVersion(caller, current, claimed.file, data.note ?? null, ports);
  const audit = recordChange(caller, ports, ARCHIVE_DOCUMENT_AUDIT, {
    operation: 'replaceArchiveFile', recordId: current.id, version: next.version, before: current, after: next,
    note: { field: 'file', value: `第 ${next.current.number} 版：${claimed.file.name}` },
  });
  await refusing(ports.archive.addVersion({ current, next }, { audit, uploads: [claimed.claim] }), (r) => uploadRefusal([claimed], r));
  return next;
}

/** To the 回收站: the document leaves its folder; its versions and files stay. */
export async function deleteArchiveDocument(principal: Principal, input: unknown, ports: Ports): Promise<ArchiveDocument> {
  const data = parseInput(archiveDocumentChangeInput, input);
  const { caller, current } = await documentToChange(principal, data.id, data.version, ports);
  if (current.deletedAt) throw badInput('id', '档案已在回收站中');
  const now = ports.now().toISOString();
  const next: ArchiveDocument = { ...current, deletedAt: now, deletedBy: caller.displayName, updatedAt: now, version: current.version + 1 };
  return saveChange(caller, 'deleteArchiveDocument', current, next, ports);
}

/** Back into its folder, within RESTORE_DAYS of the deletion (the region admin). */
export async function restoreArchiveDocument(principal: Principal, input: unknown, ports: Ports): Promise<ArchiveDocument> {
  const data = parseInput(archiveDocumentChangeInput, input);
  const caller = authorize(principal, archivePolicy.restore);
  const current = await ports.archive.document(caller.regionId, data.id);
  if (!current) throw notFound('档案', data.id);
  if (current.version !== data.version) throw conflict();
  if (!current.deletedAt) throw badInput('id', '档案未被删除');
  if (current.purgeStartedAt) throw badInput('id', '档案正在清除，不能再恢复');
  if (Date.parse(restorableUntil(current)!) < ports.now().getTime()) throw badInput('id', '删除已超过 30 天，不能再恢复');
  const next: ArchiveDocument = { ...current, deletedAt: null, deletedBy: null, updatedAt: ports.now().toISOString(), version: current.version + 1 };
  return saveChange(caller, 'restoreArchiveDocument', current, next, ports);
}

export interface ArchiveVerification {
  documentId: string;
  verifiedAt: string;
  intact: boolean;
  checkedVersions: number;
  problems: ArchiveProblem[];
}

/**
 * Reads every version's file from the bucket, hashes it, and recomputes the chain from the stored versions: a file
 * changed or removed behind the product's back, or a version edited or removed in the table, is reported. The outcome
 * is recorded on the document (lastVerifiedAt, lastVerification).
 */
export async function verifyArchiveDocument(principal: Principal, id: string, ports: Ports): Promise<ArchiveVerification> {
  const reader = authorize(principal, archivePolicy.read, { unitId: principal.unitId });
  const document = await ports.archive.document(reader.regionId, id);
  if (!document || (document.deletedAt && !isRegionAdmin(principal))) throw notFound('档案', id);
  authorize(principal, archivePolicy.keep, { unitId: document.unitId ?? undefined });
  const verification = await verifyDocument(document, ports);
  // Shown with the document, as the scheduled sweep's are (maintenance.ts).
  await ports.archive.recordVerification(document.regionId, id, { at: verification.verifiedAt, status: verificationStatus(verification.problems) });
  return verification;
}

/**
 * The verify itself, for a document already read and allowed (the on-demand verify above, the scheduled sweep in
 * maintenance.ts): every version's file read and hashed, the chain recomputed. Writes nothing.
 */
export async function verifyDocument(document: ArchiveDocument, ports: Pick<Ports, 'archive' | 'files' | 'now'>): Promise<ArchiveVerification> {
  const versions = await ports.archive.allVersions(document.regionId, document.id);
  const measured: Awaited<ReturnType<Ports['files']['measureFile']>>[] = [];
  for (let i = 0; i < versions.length; i += VERIFY_CONCURRENCY) {
    measured.push(...(await Promise.all(versions.slice(i, i + VERIFY_CONCURRENCY).map((v) => ports.files.measureFile(v.file.key)))));
  }
  const problems = verifyChain(document, versions, measured);
  return { documentId: document.id, verifiedAt: ports.now().toISOString(), intact: problems.length === 0, checkedVersions: versions.length, problems };
}

/** The document a change addresses, read and checked: the caller may keep it, and its version is the one sent. */
async function documentToChange(principal: Principal, id: string, version: number, ports: Ports) {
  const reader = authorize(principal, archivePolicy.read, { unitId: principal.unitId });
  const current = await ports.archive.document(reader.regionId, id);
  if (!current) throw notFound('档案', id);
  const caller = authorize(principal, archivePolicy.keep, { unitId: current.unitId ?? undefined });
  if (current.version !== version) throw conflict();
  return { caller, current };
}

async function saveChange(caller: RegionPrincipal, operation: string, current: ArchiveDocument, next: ArchiveDocument, ports: Ports) {
  const audit = recordChange(caller, ports, ARCHIVE_DOCUMENT_AUDIT, { operation, recordId: current.id, version: next.version, before: current, after: next });
  await refusing(ports.archive.save({ current, next }, { audit }), () => undefined);
  return next;
}

/** A new document of the caller's region with `file` as its first version. */
function newDocument(caller: RegionPrincipal, filing: ArchiveFiling, file: StoredFile, ports: Ports, sharedWithRecord = false): ArchiveDocument {
  const now = ports.now().toISOString();
  return {
    ...filing,
    regionId: caller.regionId,
    current: nextVersion(caller, { regionId: caller.regionId, id: filing.id, current: null }, file, filing.note, sharedWithRecord),
    versionCount: 1,
    deletedAt: null,
    deletedBy: null,
    createdAt: now,
    createdBy: caller.displayName,
    updatedAt: now,
    version: 1,
  };
}

/** The document moved to a new version of its file (the earlier ones stay), at its next version. */
function withNewVersion(
  caller: RegionPrincipal, current: ArchiveDocument, file: StoredFile, note: string | null, ports: Ports, sharedWithRecord = false,
): ArchiveDocument {
  return {
    ...current,
    current: nextVersion(caller, current, file, note, sharedWithRecord),
    versionCount: current.versionCount + 1,
    updatedAt: ports.now().toISOString(),
    version: current.version + 1,
  };
}

/** The version after the document's current one (the first when there is none), linked into the chain. */
function nextVersion(
  caller: RegionPrincipal,
  document: { regionId: string; id: string; current: ArchiveVersion | null },
  file: StoredFile,
  note: string | null,
  sharedWithRecord = false,
): ArchiveVersion {
  const version = {
    documentId: document.id,
    regionId: document.regionId,
    number: (document.current?.number ?? 0) + 1,
    file,
    note,
    uploadedBy: caller.displayName,
    sharedWithRecord,
  };
  return { ...version, chainHash: chainLink(document.current?.chainHash ?? chainStart(document.regionId, document.id), version) };
}
