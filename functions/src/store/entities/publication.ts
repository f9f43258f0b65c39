/**
 * Publication (公示): one item per published record, and one counter item per region, type and year.
 *
 * | item                         | pk                                  | sk      |
 * |------------------------------|-------------------------------------|---------|
 * | publication of a record      | R#{r}#PUB#{record}                  | #PUB    |
 * | count of a type and year     | R#{r}#PUBYEAR#{type}#{year}         | #COUNT  |
 *
 * Index entry (gsi1, the region's collection in its natural order), newest published first:
 * | index | partition (gsi1pk)             | sort key (gsi1sk)          | serves                                 |
 * |-------|--------------------------------|----------------------------|----------------------------------------|
 * | gsi1  | R#{r}#PUBS#{type}#{year}       | {publishedAt}#{record}     | a type's publications of a year; the public lists, search a bounded filter on `title` |
 *
 * The item exists only while the record is published: unpublish deletes it (and its index entry) in the same
 * transaction as the audit entry and the counter's decrement, so a public read never finds an unpublished record.
 */
import type { Publication, PublishableType } from '../../domain/publication/publication';
import { pickFields } from '../item-fields';
import { indexAttributes, regionRoot, type Partition, type PrimaryKey } from '../keys';

export const PUBLICATION_TYPE = 'PUBLICATION';
export const PUBLICATION_COUNT_TYPE = 'PUBLICATION_COUNT';
/** The counter item's attribute: how many of the type and year are published. */
export const PUBLISHED_COUNT = 'published';

export const publicationKey = (regionId: string, recordId: string): PrimaryKey => ({ pk: `${regionRoot(regionId)}#PUB#${recordId}`, sk: '#PUB' });

export const publicationCountKey = (regionId: string, type: PublishableType, year: number): PrimaryKey => ({
  pk: `${regionRoot(regionId)}#PUBYEAR#${type}#${year}`,
  sk: '#COUNT',
});

export const publicationPartitions = {
  byTypeYear: (regionId: string, type: PublishableType, year: number): Partition => ({ index: 'gsi1', partitionValue: `${regionRoot(regionId)}#PUBS#${type}#${year}` }),
};

export const publicationSortKey = (publication: Pick<Publication, 'publishedAt' | 'recordId'>) => `${publication.publishedAt}#${publication.recordId}`;

const FIELDS = ['regionId', 'recordType', 'recordId', 'year', 'title', 'publishedAt', 'publishedBy'] as const satisfies readonly (keyof Publication)[];

export const publicationToItem = (publication: Publication) => ({
  ...publicationKey(publication.regionId, publication.recordId),
  type: PUBLICATION_TYPE,
  ...publication,
  ...indexAttributes([publicationPartitions.byTypeYear(publication.regionId, publication.recordType, publication.year)], publicationSortKey(publication)),
});

export function publicationFromItem(item: Record<string, unknown>): Publication {
  const publication = pickFields<Publication>(item, FIELDS);
  publication.year = Number(publication.year);
  return publication;
}
