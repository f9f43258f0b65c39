import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Alongside } from '../domain/alongside';
import type { Page, PageRequest } from '../domain/paging';
import type { PublicationStore } from '../domain/publication/ports';
import { MAX_PUBLISHED_PER_YEAR, PUBLISHABLE_TYPES, type Publication, type PublishableType } from '../domain/publication/publication';
import { AlreadyTakenError, GuardFailedError, RecordMissingError } from '../domain/write-refusals';
import { getInOrder } from './batch-get';
import {
  PUBLICATION_COUNT_TYPE, PUBLISHED_COUNT, publicationCountKey, publicationFromItem, publicationKey, publicationPartitions, publicationToItem,
} from './entities/publication';
import { regionKeyPrefix } from './keys';
import { filterExpression, queryPage } from './query-page';
import { alongsideSteps, transactWrite } from './transact';

const countRef = (type: PublishableType, year: number) => ({ type: 'PublicationCount', id: `${type}#${year}` });
const publicationRef = (recordId: string) => ({ type: 'Publication', id: recordId });

/**
 * Publications (entities/publication.ts). A publish is one transaction: the publication put where none is, the
 * type-year counter added to under the condition that it is below the limit, and the audit entry. An unpublish
 * deletes the publication (as stored: same type and year), takes 1 from the counter, with its audit entry.
 * `maxPerYear` is MAX_PUBLISHED_PER_YEAR; the contract test lowers it.
 */
export class PublicationRepository implements PublicationStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly maxPerYear = MAX_PUBLISHED_PER_YEAR,
  ) {}

  async get(regionId: string, recordId: string): Promise<Publication | null> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: publicationKey(regionId, recordId), ConsistentRead: true }));
    return Item ? publicationFromItem(Item) : null;
  }

  getMany(regionId: string, recordIds: readonly string[]): Promise<(Publication | null)[]> {
    return getInOrder(this.client, this.tableName, recordIds.map((id) => publicationKey(regionId, id)), publicationFromItem);
  }

  list(regionId: string, type: PublishableType, year: number, page: PageRequest, search?: string): Promise<Page<Publication>> {
    // The search is a residual filter on the title, bounded by queryPage (MAX_REQUESTS_PER_PAGE) and by the partition
    // itself: at most MAX_PUBLISHED_PER_YEAR items. A page may come back short with hasNextPage set.
    const filter = search ? filterExpression([{ attribute: 'title', test: 'contains', value: search }]) : undefined;
    return queryPage(
      this.client,
      { tableName: this.tableName, partition: publicationPartitions.byTypeYear(regionId, type, year), filter, page, newestFirst: true, regionKeyPrefix: regionKeyPrefix(regionId) },
      publicationFromItem,
    );
  }

  async publish(publication: Publication, alongside: Alongside): Promise<void> {
    if (!PUBLISHABLE_TYPES.includes(publication.recordType)) throw new Error(`publish: unknown record type ${String(publication.recordType)}`);
    if (!Number.isInteger(publication.year)) throw new Error(`publish: ${publication.recordId} needs a whole year, received ${publication.year}`);
    const { regionId, recordType, year } = publication;
    await transactWrite(this.client, [
      // The publication first: "already published" is what the caller hears before "full".
      {
        item: { Put: { TableName: this.tableName, Item: publicationToItem(publication), ConditionExpression: 'attribute_not_exists(pk)' } },
        onConditionFailed: () => new AlreadyTakenError('publication', publication.recordId),
      },
      {
        item: {
          Update: {
            TableName: this.tableName,
            Key: publicationCountKey(regionId, recordType, year),
            UpdateExpression: 'SET #type = :type ADD #n :one',
            ConditionExpression: 'attribute_not_exists(#n) OR #n < :max',
            ExpressionAttributeNames: { '#type': 'type', '#n': PUBLISHED_COUNT },
            ExpressionAttributeValues: { ':type': PUBLICATION_COUNT_TYPE, ':one': 1, ':max': this.maxPerYear },
          },
        },
        onConditionFailed: () => new GuardFailedError(countRef(recordType, year), 'limit'),
      },
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  async unpublish(publication: Publication, alongside: Alongside): Promise<void> {
    const { regionId, recordType, year } = publication;
    await transactWrite(this.client, [
      {
        item: {
          Delete: {
            TableName: this.tableName,
            Key: publicationKey(regionId, publication.recordId),
            // The counter moved is the stored publication's: its type and year must be these.
            ConditionExpression: 'attribute_exists(pk) AND recordType = :recordType AND #year = :year',
            ExpressionAttributeNames: { '#year': 'year' },
            ExpressionAttributeValues: { ':recordType': recordType, ':year': year },
          },
        },
        onConditionFailed: () => new RecordMissingError(publicationRef(publication.recordId)),
      },
      {
        item: {
          Update: {
            TableName: this.tableName,
            Key: publicationCountKey(regionId, recordType, year),
            UpdateExpression: 'SET #type = :type ADD #n :minus',
            ExpressionAttributeNames: { '#type': 'type', '#n': PUBLISHED_COUNT },
            ExpressionAttributeValues: { ':type': PUBLICATION_COUNT_TYPE, ':minus': -1 },
          },
        },
      },
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }
}
