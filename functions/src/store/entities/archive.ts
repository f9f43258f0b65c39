/**
 * The archive (档案, domain/archive/document.ts): documents, their versions, and one counts item per region and year.
 *
 * | item                        | pk                          | sk                          |
 * |-----------------------------|-----------------------------|-----------------------------|
 * | document (current version)  | R#{r}#ARCHIVE#{doc}         | #DOC                        |
 * | version                     | R#{r}#ARCHIVE#{doc}         | V#{number, 6 digits}        |
 * | a year's folder counts      | R#{r}#ARCHIVEYEAR#{year}    | #COUNTS                     |
 * | the scheduled verify's place| R#{r}#ARCHIVESWEEP          | #CURSOR                     |
 *
 * A document's versions share its partition (read newest first; a verify reads them all, oldest first). The counts
 * item holds `n:ALL#{folder}` and `n:UNIT#{unit}#{folder}` (ADD, one GetItem for the folder tree).
 *
 * Index entries of a document, sorted by `{folder}#{createdAt}#{id}` (a folder is a prefix):
 * | index | partition                                   | serves                                  |
 * |-------|---------------------------------------------|-----------------------------------------|
 * | gsi1  | R#{r}#ARCHIVES#{year}                       | a year's documents (not deleted)        |
 * | gsi2  | R#{r}#ARCHIVES#{year}#UNIT#{unit}           | a unit's of a year (not deleted)        |
 * | gsi6  | R#{r}#ARCHIVES#DELETED (sparse)             | the 回收站, by `{deletedAt}#{id}`       |
 * Documents are written whole (Put): deleting moves the document from gsi1/gsi2 to gsi6, restoring back.
 */
import { sharedBeforeTheFlag, type ArchiveDocument, type ArchiveFilter, type ArchiveFolder, type ArchiveVersion } from '../../domain/archive/document';
import { pickFields } from '../item-fields';
import { indexAttributes, regionRoot, type Partition, type PrimaryKey } from '../keys';

export const ARCHIVE_DOCUMENT_TYPE = 'ARCHIVE_DOCUMENT';
export const ARCHIVE_VERSION_TYPE = 'ARCHIVE_VERSION';
export const ARCHIVE_COUNTS_TYPE = 'ARCHIVE_COUNTS';
export const ARCHIVE_SWEEP_TYPE = 'ARCHIVE_SWEEP';
export const ARCHIVE_VERSION_PREFIX = 'V#';
/** Each count is a top-level attribute (ADD needs no map to exist first). */
export const ARCHIVE_COUNT_PREFIX = 'n:';

const documentPartition = (regionId: string, documentId: string) => `${regionRoot(regionId)}#ARCHIVE#${documentId}`;
export const archiveDocumentKey = (regionId: string, documentId: string): PrimaryKey => ({ pk: documentPartition(regionId, documentId), sk: '#DOC' });
export const archiveVersionsPartition = (regionId: string, documentId: string): Partition => ({ partitionValue: documentPartition(regionId, documentId) });
export const archiveVersionKey = (regionId: string, documentId: string, number: number): PrimaryKey => ({
  pk: documentPartition(regionId, documentId),
  sk: `${ARCHIVE_VERSION_PREFIX}${String(number).padStart(6, '0')}`,
});
export const archiveCountsKey = (regionId: string, year: number): PrimaryKey => ({ pk: `${regionRoot(regionId)}#ARCHIVEYEAR#${year}`, sk: '#COUNTS' });
export const archiveSweepKey = (regionId: string): PrimaryKey => ({ pk: `${regionRoot(regionId)}#ARCHIVESWEEP`, sk: '#CURSOR' });

/** The count attribute of a folder: the region's (all documents) or a unit's. */
export const archiveCountName = (folder: ArchiveFolder, unitId: string | null) =>
  `${ARCHIVE_COUNT_PREFIX}${unitId ? `UNIT#${unitId}#` : 'ALL#'}${folder}`;

const archivesRoot = (regionId: string, year: number) => `${regionRoot(regionId)}#ARCHIVES#${year}`;
export const archivePartitions = {
  year: (regionId: string, year: number): Partition => ({ index: 'gsi1', partitionValue: archivesRoot(regionId, year) }),
  unit: (regionId: string, year: number, unitId: string): Partition => ({ index: 'gsi2', partitionValue: `${archivesRoot(regionId, year)}#UNIT#${unitId}` }),
  deleted: (regionId: string): Partition => ({ index: 'gsi6', partitionValue: `${regionRoot(regionId)}#ARCHIVES#DELETED` }),
};

/** The partition that serves a filter, and the folder prefix of its sort keys. */
export function archiveListQuery(regionId: string, filter: ArchiveFilter): { partition: Partition; sortKeyPrefix?: string } {
  const partition = filter.unitId ? archivePartitions.unit(regionId, filter.year, filter.unitId) : archivePartitions.year(regionId, filter.year);
  return { partition, ...(filter.folder ? { sortKeyPrefix: `${filter.folder}#` } : {}) };
}

const DOCUMENT_FIELDS = [
  'id', 'regionId', 'title', 'folder', 'year', 'unitId', 'note', 'current', 'versionCount', 'deletedAt', 'deletedBy', 'createdAt', 'createdBy',
  'updatedAt', 'version',
] as const satisfies readonly (keyof ArchiveDocument)[];
/** Fields most documents do not have: left out when absent (not null). */
const OPTIONAL_DOCUMENT_FIELDS = ['purgeStartedAt', 'lastVerifiedAt', 'lastVerification'] as const satisfies readonly (keyof ArchiveDocument)[];

const VERSION_FIELDS = ['documentId', 'regionId', 'number', 'file', 'note', 'uploadedBy', 'sharedWithRecord', 'chainHash'] as const satisfies readonly (keyof ArchiveVersion)[];

/** `item`'s `fields` that are set, as they are: optional fields stay absent instead of null. */
const setFields = (item: Record<string, unknown>, fields: readonly string[]) =>
  Object.fromEntries(fields.filter((f) => item[f] !== undefined && item[f] !== null).map((f) => [f, item[f]]));

export function archiveDocumentToItem(document: ArchiveDocument) {
  const { regionId, year, unitId } = document;
  const p = archivePartitions;
  const index = document.deletedAt
    ? indexAttributes([p.deleted(regionId)], `${document.deletedAt}#${document.id}`)
    : indexAttributes([p.year(regionId, year), ...(unitId ? [p.unit(regionId, year, unitId)] : [])], `${document.folder}#${document.createdAt}#${document.id}`);
  return { ...archiveDocumentKey(regionId, document.id), type: ARCHIVE_DOCUMENT_TYPE, ...document, ...index };
}

export function archiveDocumentFromItem(item: Record<string, unknown>): ArchiveDocument {
  const document: ArchiveDocument = { ...pickFields<ArchiveDocument>(item, DOCUMENT_FIELDS), ...setFields(item, OPTIONAL_DOCUMENT_FIELDS) };
  document.year = Number(document.year);
  document.versionCount = Number(document.versionCount);
  document.version = Number(document.version);
  document.current = versionFromStored(document.current);
  return document;
}

export const archiveVersionToItem = (version: ArchiveVersion) => ({
  ...archiveVersionKey(version.regionId, version.documentId, version.number),
  type: ARCHIVE_VERSION_TYPE,
  ...version,
});

/** A year's folder counts moved by `delta` for a document's folder (the region's and its unit's): an Update step. */
export function archiveCountUpdate(tableName: string, document: ArchiveDocument, delta: 1 | -1) {
  const names: Record<string, string> = { '#type': 'type', '#all': archiveCountName(document.folder, null) };
  let add = '#all :d';
  if (document.unitId) {
    names['#unit'] = archiveCountName(document.folder, document.unitId);
    add += ', #unit :d';
  }
  return {
    Update: {
      TableName: tableName, Key: archiveCountsKey(document.regionId, document.year), UpdateExpression: `SET #type = :type ADD ${add}`,
      ExpressionAttributeNames: names, ExpressionAttributeValues: { ':type': ARCHIVE_COUNTS_TYPE, ':d': delta },
    },
  };
}

export const archiveVersionFromItem = (item: Record<string, unknown>): ArchiveVersion => versionFromStored(pickFields<ArchiveVersion>(item, VERSION_FIELDS));

/** A version as stored (its own item, or the document's `current` map): numbers as numbers; a version from before the flag as its document says. */
function versionFromStored(version: ArchiveVersion): ArchiveVersion {
  const stored = version.sharedWithRecord as boolean | null | undefined;
  const sharedWithRecord = stored == null ? sharedBeforeTheFlag(version.documentId) : stored;
  return { ...version, number: Number(version.number), file: { ...version.file, size: Number(version.file.size) }, sharedWithRecord };
}
