import { GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Alongside } from '../domain/alongside';
import type { CalendarFeed } from '../domain/calendar-feeds/feed';
import type { CalendarFeedStore } from '../domain/calendar-feeds/ports';
import { AlreadyTakenError, RecordMissingError, StaleVersionError } from '../domain/write-refusals';
import {
  calendarFeedFromItem, calendarFeedKey, calendarFeedOwnerKey, calendarFeedOwnerToItem, calendarFeedToItem,
} from './entities/calendar-feed';
import { alongsideSteps, transactWrite, type TransactStep } from './transact';

const ref = (userId: string) => ({ type: 'CalendarFeed', id: userId });

/**
 * Calendar feeds in the single table (entities/calendar-feed.ts): a fetch is one GetItem by the secret's hash; a
 * person's feed is its owner item then the feed item. Replacing and revoking change the owner item on the hash it
 * named (so two racing changes cannot leave two live feeds) and delete the old feed item, with the audit entry.
 */
export class CalendarFeedRepository implements CalendarFeedStore {
  constructor(
    readonly client: DynamoDBDocumentClient,
    readonly tableName: string,
  ) {}

  async bySecretHash(secretHash: string): Promise<CalendarFeed | null> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: calendarFeedKey(secretHash), ConsistentRead: true }));
    return Item ? calendarFeedFromItem(Item) : null;
  }

  async ofUser(regionId: string, userId: string): Promise<CalendarFeed | null> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: calendarFeedOwnerKey(regionId, userId), ConsistentRead: true }));
    return Item ? this.bySecretHash(String(Item.secretHash)) : null;
  }

  async replace(current: CalendarFeed | null, next: CalendarFeed, alongside: Alongside): Promise<void> {
    const owner: TransactStep = {
      item: {
        Put: {
          TableName: this.tableName,
          Item: calendarFeedOwnerToItem(next),
          ...(current
            ? { ConditionExpression: 'secretHash = :current', ExpressionAttributeValues: { ':current': current.secretHash } }
            : { ConditionExpression: 'attribute_not_exists(pk)' }),
        },
      },
      onConditionFailed: () => new StaleVersionError(ref(next.userId)),
    };
    await transactWrite(this.client, [
      owner,
      ...(current ? [{ item: { Delete: { TableName: this.tableName, Key: calendarFeedKey(current.secretHash) } } }] : []),
      {
        item: { Put: { TableName: this.tableName, Item: calendarFeedToItem(next), ConditionExpression: 'attribute_not_exists(pk)' } },
        onConditionFailed: () => new AlreadyTakenError('calendar-feed', next.userId),
      },
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  async revoke(current: CalendarFeed, alongside: Alongside): Promise<void> {
    await transactWrite(this.client, [
      {
        item: {
          Delete: {
            TableName: this.tableName,
            Key: calendarFeedOwnerKey(current.regionId, current.userId),
            ConditionExpression: 'secretHash = :current',
            ExpressionAttributeValues: { ':current': current.secretHash },
          },
        },
        onConditionFailed: (existing) => (existing ? new StaleVersionError(ref(current.userId)) : new RecordMissingError(ref(current.userId))),
      },
      { item: { Delete: { TableName: this.tableName, Key: calendarFeedKey(current.secretHash) } } },
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  async markUsed(secretHash: string, at: string): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: calendarFeedKey(secretHash),
          UpdateExpression: 'SET lastUsedAt = :at',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':at': at },
        }),
      );
    } catch (error) {
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
    }
  }
}
