import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Alongside, Change } from '../domain/alongside';
import { ARCHIVE_FOLDERS, MAX_ARCHIVE_VERSIONS, type ArchiveDocument, type ArchiveFilter, type ArchiveFolder, type ArchiveVersion } from '../domain/archive/document';
import type { ArchiveStore } from '../domain/archive/ports';
import type { Page, PageRequest } from '../domain/paging';
import { AlreadyTakenError, RecordMissingError, StaleVersionError } from '../domain/write-refusals';
import { getInOrder } from './batch-get';
import {
  ARCHIVE_VERSION_PREFIX, archiveCountName, archiveCountsKey, archiveCountUpdate, archiveDocumentFromItem, archiveDocumentKey, archiveDocumentToItem,
  archiveListQuery, archivePartitions, archiveVersionFromItem, archiveVersionsPartition, archiveVersionToItem,
} from './entities/archive';
import { regionKeyPrefix } from './keys';
import { queryPage, readPartition } from './query-page';
import { alongsideSteps, transactWrite, type TransactStep } from './transact';

/** The archive's documents, versions and folder counts (entities/archive.ts); every write one transaction with its audit entry. */
export class ArchiveRepository implements ArchiveStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async document(regionId: string, id: string): Promise<ArchiveDocument | null> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: archiveDocumentKey(regionId, id), ConsistentRead: true }));
    return Item ? archiveDocumentFromItem(Item) : null;
  }

  getMany(regionId: string, ids: readonly string[]): Promise<(ArchiveDocument | null)[]> {
    return getInOrder(this.client, this.tableName, ids.map((id) => archiveDocumentKey(regionId, id)), archiveDocumentFromItem);
  }

  documents(regionId: string, filter: ArchiveFilter, page: PageRequest): Promise<Page<ArchiveDocument>> {
    return queryPage(
      this.client,
      { tableName: this.tableName, ...archiveListQuery(regionId, filter), page, newestFirst: true, regionKeyPrefix: regionKeyPrefix(regionId) },
      archiveDocumentFromItem,
    );
  }

  deletedDocuments(regionId: string, page: PageRequest): Promise<Page<ArchiveDocument>> {
    return queryPage(
      this.client,
      { tableName: this.tableName, partition: archivePartitions.deleted(regionId), page, newestFirst: true, regionKeyPrefix: regionKeyPrefix(regionId) },
      archiveDocumentFromItem,
    );
  }

  versions(regionId: string, documentId: string, page: PageRequest): Promise<Page<ArchiveVersion>> {
    return queryPage(
      this.client,
      {
        tableName: this.tableName, partition: archiveVersionsPartition(regionId, documentId), sortKeyPrefix: ARCHIVE_VERSION_PREFIX, page, newestFirst: true,
        regionKeyPrefix: regionKeyPrefix(regionId),
      },
      archiveVersionFromItem,
    );
  }

  async allVersions(regionId: string, documentId: string): Promise<ArchiveVersion[]> {
    // Bounded: a document keeps at most MAX_ARCHIVE_VERSIONS (one more shows a record grown behind our back).
    const items = await readPartition(this.client, this.tableName, archiveVersionsPartition(regionId, documentId), {
      prefix: ARCHIVE_VERSION_PREFIX, limit: MAX_ARCHIVE_VERSIONS + 1,
    });
    return items.map(archiveVersionFromItem);
  }

  async folderCounts(regionId: string, year: number, unitId: string | null): Promise<Map<ArchiveFolder, number>> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: archiveCountsKey(regionId, year) }));
    const counts = new Map<ArchiveFolder, number>();
    for (const folder of ARCHIVE_FOLDERS) {
      const count = Number(Item?.[archiveCountName(folder, unitId)] ?? 0);
      if (count > 0) counts.set(folder, count);
    }
    return counts;
  }

  async add(document: ArchiveDocument, alongside: Alongside): Promise<void> {
    const record = { type: 'ArchiveDocument', id: document.id };
    await transactWrite(this.client, [
      {
        item: { Put: { TableName: this.tableName, Item: archiveDocumentToItem(document), ConditionExpression: 'attribute_not_exists(pk)' } },
        onConditionFailed: () => new AlreadyTakenError('archive-document-id', record.id),
      },
      this.versionStep(document.current),
      this.countStep(document, 1),
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  async addVersion(change: Change<ArchiveDocument>, alongside: Alongside): Promise<void> {
    await transactWrite(this.client, [this.saveStep(change), this.versionStep(change.next.current), ...alongsideSteps(this.tableName, alongside)]);
  }

  async save(change: Change<ArchiveDocument>, alongside: Alongside): Promise<void> {
    const { current, next } = change;
    const steps = [this.saveStep(change)];
    // Deleting leaves the folder's count, restoring returns to it.
    if (!current.deletedAt !== !next.deletedAt) steps.push(this.countStep(next, next.deletedAt ? -1 : 1));
    await transactWrite(this.client, [...steps, ...alongsideSteps(this.tableName, alongside)]);
  }

  private saveStep({ current, next }: Change<ArchiveDocument>): TransactStep {
    const record = { type: 'ArchiveDocument', id: current.id };
    return {
      item: {
        Put: { TableName: this.tableName, Item: archiveDocumentToItem(next), ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': current.version } },
      },
      onConditionFailed: (existing) => (existing ? new StaleVersionError(record) : new RecordMissingError(record)),
    };
  }

  /** A version is written once: its number is never reused (the document's version condition orders them). */
  private versionStep(version: ArchiveVersion): TransactStep {
    return {
      item: { Put: { TableName: this.tableName, Item: archiveVersionToItem(version), ConditionExpression: 'attribute_not_exists(pk)' } },
      onConditionFailed: () => new AlreadyTakenError('archive-version', `${version.documentId}#${version.number}`),
    };
  }

  private countStep(document: ArchiveDocument, delta: 1 | -1): TransactStep {
    return { item: archiveCountUpdate(this.tableName, document, delta) };
  }
}
