import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Alongside } from '../domain/alongside';
import type { UploadStore } from '../domain/files/ports';
import type { PendingUpload } from '../domain/files/rules';
import { uploadFromItem, uploadKey, uploadToItem } from './entities/upload';
import { alongsideSteps, transactWrite } from './transact';

/** Uploads announced by createUploadUrl and not yet linked to a record; DynamoDB TTL removes stale ones. */
export class UploadRepository implements UploadStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async put(upload: PendingUpload, alongside: Alongside): Promise<void> {
    await transactWrite(this.client, [{ item: { Put: { TableName: this.tableName, Item: uploadToItem(upload) } } }, ...alongsideSteps(this.tableName, alongside)]);
  }

  async get(regionId: string, uploadId: string): Promise<PendingUpload | null> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: uploadKey(regionId, uploadId), ConsistentRead: true }),
    );
    return Item ? uploadFromItem(Item) : null;
  }
}
