import type { Alongside, Change } from '../alongside';
import {
  MAX_ARCHIVE_VERSIONS, type ArchiveDocument, type ArchiveFilter, type ArchiveFolder, type ArchiveVerificationStatus, type ArchiveVersion,
} from '../archive/document';
import type { ArchiveStore, ArchiveSweepCursor } from '../archive/ports';
import type { Page, PageRequest } from '../paging';
import { AlreadyTakenError, RecordMissingError, StaleVersionError } from '../write-refusals';
import { copy, keyOf, type MemoryState } from './memory-state';
import { compareKeys, pageOf } from './memory-paging';

/** The archive in memory, with the same orders and refusals as store/archive-repository.ts. */
export class MemoryArchiveStore implements ArchiveStore {
  private readonly sweepCursors = new Map<string, ArchiveSweepCursor>();

  constructor(private readonly state: MemoryState) {}

  /** (region, document) → the document (the state's: other records' writes file into it too). */
  get documentsById(): Map<string, ArchiveDocument> {
    return this.state.archiveDocuments;
  }

  /** (region, document, number) → a version (tests change them behind the store's back, as a tamperer would). */
  get versionsByNumber(): Map<string, ArchiveVersion> {
    return this.state.archiveVersions;
  }

  async document(regionId: string, id: string): Promise<ArchiveDocument | null> {
    return copy(this.documentsById.get(keyOf(regionId, id)) ?? null);
  }

  async getMany(regionId: string, ids: readonly string[]): Promise<(ArchiveDocument | null)[]> {
    return ids.map((id) => copy(this.documentsById.get(keyOf(regionId, id)) ?? null));
  }

  async documents(regionId: string, filter: ArchiveFilter, page: PageRequest): Promise<Page<ArchiveDocument>> {
    const entries = this.ofRegion(regionId)
      .filter((d) => !d.deletedAt && d.year === filter.year && (!filter.folder || d.folder === filter.folder) && (!filter.unitId || d.unitId === filter.unitId))
      .map((d) => ({ key: `${d.folder}#${d.createdAt}#${d.id}`, node: copy(d) }));
    return pageOf(entries, page, { regionId, list: ['archive', filter.year, filter.unitId ?? null, filter.folder ?? null], order: 'descending' });
  }

  async deletedDocuments(regionId: string, page: PageRequest): Promise<Page<ArchiveDocument>> {
    const entries = this.ofRegion(regionId)
      .filter((d) => d.deletedAt)
      .map((d) => ({ key: `${d.deletedAt}#${d.id}`, node: copy(d) }));
    return pageOf(entries, page, { regionId, list: ['archive-deleted'], order: 'descending' });
  }

  async versions(regionId: string, documentId: string, page: PageRequest): Promise<Page<ArchiveVersion>> {
    const entries = this.versionsOf(regionId, documentId).map((v) => ({ key: String(v.number).padStart(6, '0'), node: copy(v) }));
    return pageOf(entries, page, { regionId, list: ['archive-versions', documentId], order: 'descending' });
  }

  async allVersions(regionId: string, documentId: string): Promise<ArchiveVersion[]> {
    return this.versionsOf(regionId, documentId)
      .sort((a, b) => a.number - b.number)
      .slice(0, MAX_ARCHIVE_VERSIONS + 1)
      .map(copy);
  }

  async folderCounts(regionId: string, year: number, unitId: string | null): Promise<Map<ArchiveFolder, number>> {
    const counts = new Map<ArchiveFolder, number>();
    for (const d of this.ofRegion(regionId)) {
      if (d.deletedAt || d.year !== year || (unitId && d.unitId !== unitId)) continue;
      counts.set(d.folder, (counts.get(d.folder) ?? 0) + 1);
    }
    return counts;
  }

  add(document: ArchiveDocument, alongside: Alongside): Promise<void> {
    const key = keyOf(document.regionId, document.id);
    return this.state.write((w) => {
      w.require(!this.documentsById.has(key), () => new AlreadyTakenError('archive-document-id', document.id));
      w.alongside(alongside);
      w.then(() => {
        this.documentsById.set(key, copy(document));
        this.versionsByNumber.set(keyOf(document.regionId, document.id, String(document.current.number)), copy(document.current));
      });
    });
  }

  addVersion(change: Change<ArchiveDocument>, alongside: Alongside): Promise<void> {
    const { next } = change;
    const versionKey = keyOf(next.regionId, next.id, String(next.current.number));
    return this.state.write((w) => {
      this.requireVersion(w, change);
      w.require(!this.versionsByNumber.has(versionKey), () => new AlreadyTakenError('archive-version', `${next.id}#${next.current.number}`));
      w.alongside(alongside);
      w.then(() => {
        this.documentsById.set(keyOf(next.regionId, next.id), copy(next));
        this.versionsByNumber.set(versionKey, copy(next.current));
      });
    });
  }

  save(change: Change<ArchiveDocument>, alongside: Alongside): Promise<void> {
    const { next } = change;
    return this.state.write((w) => {
      this.requireVersion(w, change);
      w.alongside(alongside);
      w.then(() => this.documentsById.set(keyOf(next.regionId, next.id), copy(next)));
    });
  }

  async expiredDocuments(regionId: string, deletedBefore: string, page: PageRequest): Promise<Page<ArchiveDocument>> {
    const entries = this.ofRegion(regionId)
      .filter((d) => d.deletedAt && compareKeys(`${d.deletedAt}#${d.id}`, deletedBefore) < 0)
      .map((d) => ({ key: `${d.deletedAt}#${d.id}`, node: copy(d) }));
    return pageOf(entries, page, { regionId, list: ['archive-expired', deletedBefore], order: 'ascending' });
  }

  async purge(document: ArchiveDocument, alongside: Alongside): Promise<void> {
    const stored = this.documentsById.get(keyOf(document.regionId, document.id));
    const record = { type: 'ArchiveDocument', id: document.id };
    if (!stored) throw new RecordMissingError(record);
    if (stored.version !== document.version) throw new StaleVersionError(record);
    for (const version of this.versionsOf(document.regionId, document.id)) {
      this.versionsByNumber.delete(keyOf(document.regionId, document.id, String(version.number)));
    }
    await this.state.write((w) => {
      this.requireVersion(w, { current: document, next: document });
      w.alongside(alongside);
      w.then(() => this.documentsById.delete(keyOf(document.regionId, document.id)));
    });
  }

  async recordVerification(regionId: string, id: string, outcome: { at: string; status: ArchiveVerificationStatus }): Promise<void> {
    const stored = this.documentsById.get(keyOf(regionId, id));
    if (stored) this.documentsById.set(keyOf(regionId, id), { ...stored, lastVerifiedAt: outcome.at, lastVerification: outcome.status });
  }

  async yearsWithDocuments(regionId: string, from: number, to: number): Promise<number[]> {
    const years = new Set(this.ofRegion(regionId).filter((d) => !d.deletedAt && d.year >= from && d.year <= to).map((d) => d.year));
    return [...years].sort((a, b) => b - a);
  }

  async sweepCursor(regionId: string): Promise<ArchiveSweepCursor | null> {
    return copy(this.sweepCursors.get(regionId) ?? null);
  }

  async saveSweepCursor(regionId: string, cursor: ArchiveSweepCursor | null): Promise<void> {
    if (cursor) this.sweepCursors.set(regionId, copy(cursor));
    else this.sweepCursors.delete(regionId);
  }

  private requireVersion(w: Parameters<Parameters<MemoryState['write']>[0]>[0], { current }: Change<ArchiveDocument>) {
    const stored = this.documentsById.get(keyOf(current.regionId, current.id));
    const record = { type: 'ArchiveDocument', id: current.id };
    w.require(stored !== undefined, () => new RecordMissingError(record));
    w.require(stored?.version === current.version, () => new StaleVersionError(record));
  }

  private ofRegion(regionId: string): ArchiveDocument[] {
    return [...this.documentsById.values()].filter((d) => d.regionId === regionId);
  }

  private versionsOf(regionId: string, documentId: string): ArchiveVersion[] {
    return [...this.versionsByNumber.values()].filter((v) => v.regionId === regionId && v.documentId === documentId);
  }
}
