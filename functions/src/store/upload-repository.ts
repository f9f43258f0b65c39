import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { badInput } from '../domain/errors';
import type { PendingUpload } from '../domain/files/rules';
import { uploadKey } from './keys';
import { transactWrite, type TransactStep } from './transact';

/** Uploads announced by createUploadUrl and not yet linked to a record; DynamoDB TTL removes stale ones. */
export class UploadRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async put(upload: PendingUpload, extra: TransactStep[] = []): Promise<void> {
    const item = { ...uploadKey(upload.regionId, upload.id), type: 'UPLOAD', ...upload, expiresAt: Math.floor(Date.parse(upload.expiresAt) / 1000) };
    await transactWrite(this.client, [{ item: { Put: { TableName: this.tableName, Item: item } } }, ...extra]);
  }

  async get(regionId: string, uploadId: string): Promise<PendingUpload | null> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: uploadKey(regionId, uploadId), ConsistentRead: true }),
    );
    if (!Item) return null;
    const { id, name, contentType, size, sha256, uploadedBy, createdAt } = Item;
    return { id, regionId, name, contentType, size: Number(size), sha256, uploadedBy, createdAt, expiresAt: new Date(Number(Item.expiresAt) * 1000).toISOString() };
  }

  /** Consumes the upload in the transaction that links its file, so one upload links once. */
  claimStep(regionId: string, uploadId: string, field: string): TransactStep {
    return {
      item: { Delete: { TableName: this.tableName, Key: uploadKey(regionId, uploadId), ConditionExpression: 'attribute_exists(pk)' } },
      onConditionFailed: () => badInput(field, '上传的文件已被使用或已过期，请重新上传'),
    };
  }
}
