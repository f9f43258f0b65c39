import type { Alongside } from '../alongside';
import type { Page, PageRequest } from '../paging';
import type { PublicationStore } from '../publication/ports';
import { MAX_PUBLISHED_PER_YEAR, PUBLISHABLE_TYPES, type Publication, type PublishableType } from '../publication/publication';
import { AlreadyTakenError, GuardFailedError, RecordMissingError } from '../write-refusals';
import { pageOf } from './memory-paging';
import { copy, keyOf, type MemoryState } from './memory-state';

/** Where a publication sorts in its type's list of the year: when it was published, then the record (newest first). */
export const publicationOrder = (publication: Pick<Publication, 'publishedAt' | 'recordId'>) => `${publication.publishedAt}#${publication.recordId}`;

/** The refusal of a publish over the year's limit: GuardFailed(PublicationCount, 'limit'), the counter named `{type}#{year}`. */
export const publicationCountRef = (type: PublishableType, year: number) => ({ type: 'PublicationCount', id: `${type}#${year}` });
const publicationRef = (recordId: string) => ({ type: 'Publication', id: recordId });

/** What a use case must never hand the store (a bug, not a refusal): checked by both stores alike. */
export function assertPublishable(publication: Publication): void {
  if (!PUBLISHABLE_TYPES.includes(publication.recordType)) throw new Error(`publish: unknown record type ${String(publication.recordType)}`);
  if (!Number.isInteger(publication.year)) throw new Error(`publish: ${publication.recordId} needs a whole year, received ${publication.year}`);
}

/** The list a cursor belongs to: a type's publications of a year, with the search it was read with. */
export const publicationListIdentity = (type: PublishableType, year: number, search?: string): unknown[] => ['publications', type, year, search || null];

/**
 * PublicationStore in memory, keeping the promises of store/publication-repository.ts: the publication and the
 * type-year counter in one write with the audit entry, the same refusals in the same order. `maxPerYear` lets a
 * contract test reach the limit without a thousand writes.
 */
export class MemoryPublicationStore implements PublicationStore {
  constructor(
    private readonly state: MemoryState,
    private readonly maxPerYear = MAX_PUBLISHED_PER_YEAR,
  ) {}

  async get(regionId: string, recordId: string): Promise<Publication | null> {
    return copy(this.state.publications.get(keyOf(regionId, recordId)) ?? null);
  }

  async getMany(regionId: string, recordIds: readonly string[]): Promise<(Publication | null)[]> {
    return recordIds.map((id) => copy(this.state.publications.get(keyOf(regionId, id)) ?? null));
  }

  async list(regionId: string, type: PublishableType, year: number, page: PageRequest, search?: string): Promise<Page<Publication>> {
    const entries = [...this.state.publications.values()]
      .filter((p) => p.regionId === regionId && p.recordType === type && p.year === year && (!search || p.title.includes(search)))
      .map((p) => ({ key: publicationOrder(p), node: copy(p) }));
    return pageOf(entries, page, { regionId, list: publicationListIdentity(type, year, search), order: 'descending' });
  }

  publish(publication: Publication, alongside: Alongside): Promise<void> {
    assertPublishable(publication);
    return this.state.write((w) => {
      // The publication first, as the store's first step: "already published" is reported before "full".
      const key = keyOf(publication.regionId, publication.recordId);
      w.require(!this.state.publications.has(key), () => new AlreadyTakenError('publication', publication.recordId));
      w.then(() => this.state.publications.set(key, copy(publication)));
      const countKey = keyOf(publication.regionId, publication.recordType, String(publication.year));
      const count = this.state.publicationCounts.get(countKey) ?? 0;
      w.require(count < this.maxPerYear, () => new GuardFailedError(publicationCountRef(publication.recordType, publication.year), 'limit'));
      w.then(() => this.state.publicationCounts.set(countKey, count + 1));
      w.alongside(alongside);
    });
  }

  unpublish(publication: Publication, alongside: Alongside): Promise<void> {
    return this.state.write((w) => {
      const key = keyOf(publication.regionId, publication.recordId);
      const stored = this.state.publications.get(key);
      // The counter it leaves is the stored one's: type and year must be the publication's as stored.
      w.require(
        stored !== undefined && stored.recordType === publication.recordType && stored.year === publication.year,
        () => new RecordMissingError(publicationRef(publication.recordId)),
      );
      w.then(() => {
        this.state.publications.delete(key);
        const countKey = keyOf(publication.regionId, publication.recordType, String(publication.year));
        this.state.publicationCounts.set(countKey, (this.state.publicationCounts.get(countKey) ?? 0) - 1);
      });
      w.alongside(alongside);
    });
  }
}
