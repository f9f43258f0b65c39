import { GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ReadState } from '../domain/notifications/notification';
import type { NotificationReadStore } from '../domain/notifications/ports';
import { regionRoot, type PrimaryKey } from './keys';

/** One item per person: `readIds` (a string set, ADD) and `allReadBefore` (moved only forward). */
const readStateKey = (regionId: string, userId: string): PrimaryKey => ({ pk: `${regionRoot(regionId)}#NOTIFREAD#${userId}`, sk: '#READ' });

/** Who read which in-app notices (domain/notifications/ports.ts). */
export class NotificationReadRepository implements NotificationReadStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async readState(regionId: string, userId: string): Promise<ReadState> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: readStateKey(regionId, userId) }));
    return { readIds: [...((Item?.readIds as Set<string> | undefined) ?? [])], allReadBefore: (Item?.allReadBefore as string | undefined) ?? null };
  }

  async markRead(regionId: string, userId: string, ids: readonly string[]): Promise<void> {
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: readStateKey(regionId, userId),
        UpdateExpression: 'SET #type = :type ADD readIds :ids',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: { ':type': 'NOTIFICATION_READS', ':ids': new Set(ids) },
      }),
    );
  }

  async markAllRead(regionId: string, userId: string, before: string): Promise<void> {
    try {
      // Everything due until `before` is read: the ids read one by one until then are no longer needed.
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: readStateKey(regionId, userId),
          UpdateExpression: 'SET #type = :type, allReadBefore = :before REMOVE readIds',
          ConditionExpression: 'attribute_not_exists(allReadBefore) OR allReadBefore < :before',
          ExpressionAttributeNames: { '#type': 'type' },
          ExpressionAttributeValues: { ':type': 'NOTIFICATION_READS', ':before': before },
        }),
      );
    } catch (error) {
      // A later 全部已读 landed first: it already covers this one.
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
    }
  }
}
