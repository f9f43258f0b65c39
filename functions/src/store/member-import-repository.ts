import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Alongside } from '../domain/alongside';
import type { MemberImport } from '../domain/members/member-import';
import type { MemberImportStore } from '../domain/members/ports';
import { AlreadyTakenError, RecordMissingError, StaleVersionError } from '../domain/write-refusals';
import { memberImportFromItem, memberImportKey, memberImportsPartition, memberImportToItem } from './entities/member-import';
import { regionKeyPrefix } from './keys';
import { queryPage } from './query-page';
import type { Page, PageRequest } from '../domain/paging';
import { alongsideSteps, transactWrite } from './transact';

export class MemberImportRepository implements MemberImportStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(regionId: string, importId: string): Promise<MemberImport | null> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: memberImportKey(regionId, importId), ConsistentRead: true }));
    return Item ? memberImportFromItem(Item) : null;
  }

  list(regionId: string, page: PageRequest): Promise<Page<MemberImport>> {
    return queryPage(
      this.client,
      { tableName: this.tableName, partition: memberImportsPartition(regionId), page, newestFirst: true, regionKeyPrefix: regionKeyPrefix(regionId) },
      memberImportFromItem,
    );
  }

  async create(job: MemberImport, alongside: Alongside): Promise<void> {
    await transactWrite(this.client, [
      {
        item: { Put: { TableName: this.tableName, Item: memberImportToItem(job), ConditionExpression: 'attribute_not_exists(pk)' } },
        onConditionFailed: () => new AlreadyTakenError('member-import-id', job.id),
      },
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  async save(change: { current: MemberImport; next: MemberImport }, alongside?: Alongside): Promise<void> {
    const record = { type: 'MemberImport', id: change.current.id };
    await transactWrite(this.client, [
      {
        item: {
          Put: {
            TableName: this.tableName,
            Item: memberImportToItem(change.next),
            ConditionExpression: 'version = :v',
            ExpressionAttributeValues: { ':v': change.current.version },
          },
        },
        onConditionFailed: (old) => (old ? new StaleVersionError(record) : new RecordMissingError(record)),
      },
      ...(alongside ? alongsideSteps(this.tableName, alongside) : []),
    ]);
  }
}
