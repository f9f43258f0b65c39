import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Alongside } from '../domain/alongside';
import type { Page, PageRequest } from '../domain/paging';
import type { NewRegion, Region } from '../domain/regions/region';
import type { RegionStore } from '../domain/regions/ports';
import { RecordMissingError } from '../domain/write-refusals';
import { regionFromItem, regionKey, regionToItem } from './entities/region';
import type { TransactStep } from './transact';

export class RegionRepository implements RegionStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(regionId: string): Promise<Region | null> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: regionKey(regionId) }));
    return Item ? regionFromItem(Item) : null;
  }

  async createIfAbsent(region: NewRegion): Promise<boolean> {
    try {
      await this.client.send(new PutCommand({ TableName: this.tableName, Item: regionToItem(region), ConditionExpression: 'attribute_not_exists(pk)' }));
      return true;
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  }

  /** PLACEHOLDER (being built). */
  create(_region: NewRegion, _alongside: Alongside): Promise<void> {
    throw new Error('RegionRepository.create: not built yet');
  }

  /** PLACEHOLDER (being built). */
  list(_page: PageRequest): Promise<Page<Region>> {
    throw new Error('RegionRepository.list: not built yet');
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
      onConditionFailed: () => new RecordMissingError({ type: 'Region', id: regionId }),
    };
  }
}
