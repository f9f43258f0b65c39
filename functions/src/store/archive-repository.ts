import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Alongside, Change } from '../domain/alongside';
import {
  ARCHIVE_FOLDERS, MAX_ARCHIVE_VERSIONS, type ArchiveDocument, type ArchiveFilter, type ArchiveFolder, type ArchiveVerificationStatus, type ArchiveVersion,
} from '../domain/archive/document';
import type { ArchiveStore, ArchiveSweepCursor } from '../domain/archive/ports';
import type { Page, PageRequest } from '../domain/paging';
import { AlreadyTakenError, RecordMissingError, StaleVersionError } from '../domain/write-refusals';
import { getInOrder } from './batch-get';
import {
  ARCHIVE_VERSION_PREFIX, archiveCountName, archiveCountsKey, archiveCountUpdate, archiveDocumentFromItem, archiveDocumentKey, archiveDocumentToItem,
  archiveListQuery, archivePartitions, archiveSweepKey, ARCHIVE_COUNT_PREFIX, ARCHIVE_SWEEP_TYPE, archiveVersionFromItem, archiveVersionsPartition,
  archiveVersionToItem,
} from './entities/archive';
import { batchGet, keyId } from './batch-get';
import { batchDelete } from './batch-write';
import { regionKeyPrefix, type PrimaryKey } from './keys';
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

  expiredDocuments(regionId: string, deletedBefore: string, page: PageRequest): Promise<Page<ArchiveDocument>> {
    // The 回收站 sorts by `{deletedAt}#{id}`: below the instant are exactly the documents deleted before it.
    return queryPage(
      this.client,
      { tableName: this.tableName, partition: archivePartitions.deleted(regionId), sortKeyBelow: deletedBefore, page, regionKeyPrefix: regionKeyPrefix(regionId) },
      archiveDocumentFromItem,
    );
  }

  async purge(document: ArchiveDocument, alongside: Alongside): Promise<void> {
    // The versions first (a batch: a document may hold more than a transaction takes), then the document with its
    // audit entry. A failure between leaves the document, still in the 回收站 and marked, for the next run. A document
    // that moved since is refused before anything is deleted (the final write's condition still decides).
    const record = { type: 'ArchiveDocument', id: document.id };
    const stored = await this.document(document.regionId, document.id);
    if (!stored) throw new RecordMissingError(record);
    if (stored.version !== document.version) throw new StaleVersionError(record);
    const versions = await readPartition(this.client, this.tableName, archiveVersionsPartition(document.regionId, document.id), {
      prefix: ARCHIVE_VERSION_PREFIX, limit: MAX_ARCHIVE_VERSIONS + 1,
    });
    await batchDelete(this.client, this.tableName, versions.map((item) => ({ pk: String(item.pk), sk: String(item.sk) })));
    await transactWrite(this.client, [
      {
        item: {
          Delete: {
            TableName: this.tableName, Key: archiveDocumentKey(document.regionId, document.id), ConditionExpression: 'version = :v',
            ExpressionAttributeValues: { ':v': document.version },
          },
        },
        onConditionFailed: (existing) => (existing ? new StaleVersionError(record) : new RecordMissingError(record)),
      },
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  async recordVerification(regionId: string, id: string, outcome: { at: string; status: ArchiveVerificationStatus }): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName, Key: archiveDocumentKey(regionId, id), ConditionExpression: 'attribute_exists(pk)',
          UpdateExpression: 'SET lastVerifiedAt = :at, lastVerification = :status', ExpressionAttributeValues: { ':at': outcome.at, ':status': outcome.status },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  async yearsWithDocuments(regionId: string, from: number, to: number): Promise<number[]> {
    const years = Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => to - i);
    const keys: PrimaryKey[] = years.map((year) => archiveCountsKey(regionId, year));
    const found = await batchGet(this.client, this.tableName, keys);
    const regionCount = `${ARCHIVE_COUNT_PREFIX}ALL#`;
    return years.filter((_, i) => {
      const item = found.get(keyId(keys[i]!));
      return item !== undefined && Object.entries(item).some(([name, value]) => name.startsWith(regionCount) && Number(value) > 0);
    });
  }

  async sweepCursor(regionId: string): Promise<ArchiveSweepCursor | null> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: archiveSweepKey(regionId), ConsistentRead: true }));
    return Item ? { year: Number(Item.year), after: (Item.after as string | undefined) ?? null } : null;
  }

  async saveSweepCursor(regionId: string, cursor: ArchiveSweepCursor | null): Promise<void> {
    const Key = archiveSweepKey(regionId);
    if (!cursor) await this.client.send(new DeleteCommand({ TableName: this.tableName, Key }));
    else await this.client.send(new PutCommand({ TableName: this.tableName, Item: { ...Key, type: ARCHIVE_SWEEP_TYPE, year: cursor.year, after: cursor.after } }));
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
