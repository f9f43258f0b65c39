import type { Alongside } from '../alongside';
import type { Page, PageRequest } from '../paging';
import type { Publication, PublishableType } from './publication';

/**
 * Publications (公示). Refusals (write-refusals.ts):
 * - `publish`: AlreadyTaken('publication', recordId) when the record is published; GuardFailed(PublicationCount,
 *   'limit') when the region already has MAX_PUBLISHED_PER_YEAR of the type and year (a counter kept in the write).
 * - `unpublish`: RecordMissing(Publication) when it is not published (the counter goes down in the same write).
 */
export interface PublicationStore {
  get(regionId: string, recordId: string): Promise<Publication | null>;
  getMany(regionId: string, recordIds: readonly string[]): Promise<(Publication | null)[]>;
  /** A type's publications of a year, newest published first; `search` keeps those whose title contains it (a bounded filter). */
  list(regionId: string, type: PublishableType, year: number, page: PageRequest, search?: string): Promise<Page<Publication>>;
  publish(publication: Publication, alongside: Alongside): Promise<void>;
  unpublish(publication: Publication, alongside: Alongside): Promise<void>;
}
