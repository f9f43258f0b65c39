import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Region } from '../domain/regions/region';
import { regionKey } from './keys';
import type { TransactStep } from './transact';
import { badInput } from '../domain/errors';

export class RegionRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(regionId: string): Promise<Region | null> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: regionKey(regionId) }));
    if (!Item) return null;
    return { id: Item.id, name: Item.name, level: Item.level, unitCount: Number(Item.unitCount ?? 0), createdAt: Item.createdAt };
  }

  /** Creates a region once; an existing one is left as it is (seeding is idempotent). */
  async createIfAbsent(region: Omit<Region, 'unitCount'>): Promise<boolean> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...regionKey(region.id), type: 'REGION', ...region, unitCount: 0 },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  }

  /** Keeps Region.unitCount right in the same transaction as the unit write. */
  unitCountStep(regionId: string, delta: 1 | -1): TransactStep {
    return {
      item: {
        Update: {
          TableName: this.tableName,
          Key: regionKey(regionId),
          UpdateExpression: 'ADD unitCount :delta',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':delta': delta },
        },
      },
      onConditionFailed: () => badInput('region', '区域不存在'),
    };
  }
}
