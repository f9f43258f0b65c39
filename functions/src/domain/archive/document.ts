import { createHash } from 'node:crypto';
import type { AuditedRecord } from '../audit/audit';
import type { StoredFile } from '../files/stored-file';

/** The archive's folders: the 三册四簿 of a party branch (004 art. 28), then the region's other kinds of records. */
export const ARCHIVE_FOLDERS = [
  'MEMBER_ROSTER', 'ACTIVIST_ROSTER', 'SPECIAL_MEMBER_ROSTER',
  'STUDY_RECORD', 'ORGANISATION_LIFE_RECORD', 'SERVICE_RECORD', 'DUES_LEDGER',
  'MEETING_RECORDS', 'AGREEMENTS', 'REGISTRATION_FORMS', 'CHARTER', 'PHOTOS', 'OTHER',
] as const;
export type ArchiveFolder = (typeof ARCHIVE_FOLDERS)[number];

/** 三册四簿 are a party branch's books: filed under the unit that keeps them. */
export const BRANCH_BOOKS: readonly ArchiveFolder[] = ARCHIVE_FOLDERS.slice(0, 7);

/** How long a deleted document can be restored. */
export const RESTORE_DAYS = 30;
/** Versions a document keeps at most (a verify reads them all). */
export const MAX_ARCHIVE_VERSIONS = 100;

/** One version of a document's file, with its link in the document's chain. */
export interface ArchiveVersion {
  documentId: string;
  regionId: string;
  /** 1, 2, 3 … in the document. */
  number: number;
  file: StoredFile;
  note: string | null;
  /** The display name of who uploaded it. */
  uploadedBy: string;
  /**
   * The file is a record's too (the charter's, a registration form, an agreement, a minutes attachment), under the same
   * key: removing the document for good must leave its object. False: the archive's own file (uploaded or generated into it).
   */
  sharedWithRecord: boolean;
  /** SHA-256 over the previous link and this version (chainLink). */
  chainHash: string;
}

/**
 * Versions stored before `sharedWithRecord` existed (2026-12-01) carry no flag. Those of the documents the records
 * filed themselves share the record's object all the same: the charter's (`charter`), registration forms
 * (`registration-{unit}`) and pairing agreements (`pairing-{pairing}`). Read as shared, a purge leaves their objects.
 */
export const sharedBeforeTheFlag = (documentId: string): boolean =>
  documentId === 'charter' || documentId.startsWith('registration-') || documentId.startsWith('pairing-');

/** A document of the archive (档案): where it is filed, its newest version and the head of its chain. */
export interface ArchiveDocument {
  id: string;
  regionId: string;
  title: string;
  folder: ArchiveFolder;
  year: number;
  /** The unit whose 三册四簿 it is; null for the region's own records. */
  unitId: string | null;
  note: string | null;
  current: ArchiveVersion;
  versionCount: number;
  deletedAt: string | null;
  deletedBy: string | null;
  /** Set when the scheduled purge of an expired deleted document began (it cannot be restored from then on). */
  purgeStartedAt?: string;
  /** When the scheduled verify (or an on-demand one) last checked the document, and what it found. */
  lastVerifiedAt?: string;
  lastVerification?: ArchiveVerificationStatus;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  version: number;
}

export interface ArchiveFilter {
  year: number;
  folder?: ArchiveFolder;
  unitId?: string;
}

export const ARCHIVE_DOCUMENT_AUDIT: AuditedRecord = { type: 'ArchiveDocument', ignoredFields: ['current', 'updatedAt'], unitFields: ['unitId'] };

/** The chain's start: bound to the document, so a version moved from another document breaks it. */
export const chainStart = (regionId: string, documentId: string): string => sha256Hex(`gongjian-archive\n${regionId}\n${documentId}`);

/** A version's link: the previous link and every stored fact of the version's file. */
export function chainLink(previous: string, version: Omit<ArchiveVersion, 'chainHash'>): string {
  const { file } = version;
  return sha256Hex([previous, version.number, file.key, file.sha256, file.size, file.contentType, file.uploadedAt].join('\n'));
}

/** Until when a deleted document can be restored. */
export const restorableUntil = (document: Pick<ArchiveDocument, 'deletedAt'>): string | null =>
  document.deletedAt ? new Date(Date.parse(document.deletedAt) + RESTORE_DAYS * 86_400_000).toISOString() : null;

export type ArchiveProblemKind = 'MISSING' | 'CHANGED' | 'CHAIN_BROKEN';
/** A verify's outcome in one word: INTACT, or the gravest problem found (a broken chain, then a missing, then a changed file). */
export type ArchiveVerificationStatus = 'INTACT' | ArchiveProblemKind;
const GRAVEST_FIRST: readonly ArchiveProblemKind[] = ['CHAIN_BROKEN', 'MISSING', 'CHANGED'];
export const verificationStatus = (problems: readonly { kind: ArchiveProblemKind }[]): ArchiveVerificationStatus =>
  GRAVEST_FIRST.find((kind) => problems.some((p) => p.kind === kind)) ?? 'INTACT';

/**
 * The instant before which a deletion is past RESTORE_DAYS at `now`: a document deleted before it can no longer be
 * restored, and the scheduled purge removes it (the 回收站's sort key `{deletedAt}#{id}` compares below it exactly then).
 */
export const purgeCutoff = (now: Date): string => new Date(now.getTime() - RESTORE_DAYS * 86_400_000).toISOString();
export interface ArchiveProblem {
  versionNumber: number;
  kind: ArchiveProblemKind;
  message: string;
}

/** What is actually in the bucket for a version's file: null when the object is gone. */
export type MeasuredFile = { size: number; sha256: string } | null;

/**
 * Checks a document's versions (oldest first, as stored) against its chain and against what the bucket holds: a file
 * missing or changed, a version whose link does not follow from the one before, a version missing from the record.
 */
export function verifyChain(document: ArchiveDocument, versions: readonly ArchiveVersion[], measured: readonly MeasuredFile[]): ArchiveProblem[] {
  const problems: ArchiveProblem[] = [];
  let link = chainStart(document.regionId, document.id);
  versions.forEach((version, i) => {
    const { chainHash, ...rest } = version;
    const expected = chainLink(link, rest);
    if (version.number !== i + 1 || expected !== chainHash) {
      problems.push({ versionNumber: version.number, kind: 'CHAIN_BROKEN', message: `第 ${version.number} 版的记录与档案链不符（记录被改动或缺失）` });
    }
    link = chainHash;
    const arrived = measured[i];
    if (!arrived) problems.push({ versionNumber: version.number, kind: 'MISSING', message: `第 ${version.number} 版的文件已不在存储中` });
    else if (arrived.size !== version.file.size || arrived.sha256 !== version.file.sha256) {
      problems.push({ versionNumber: version.number, kind: 'CHANGED', message: `第 ${version.number} 版的文件已被改动（SHA-256 不符）` });
    }
  });
  if (versions.length !== document.versionCount || link !== document.current.chainHash) {
    problems.push({ versionNumber: 0, kind: 'CHAIN_BROKEN', message: `档案记录有 ${document.versionCount} 个版本，链上找到 ${versions.length} 个，或最新版本与链尾不符` });
  }
  return problems;
}

export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');
