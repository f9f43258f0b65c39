import { GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Alongside } from '../domain/alongside';
import type { Page, PageRequest } from '../domain/paging';
import type { NewRegion, Region } from '../domain/regions/region';
import type { RegionStore } from '../domain/regions/ports';
import { AlreadyTakenError, RecordMissingError } from '../domain/write-refusals';
import { PLATFORM_PREFIX, regionFromItem, regionKey, regionListEntry, regionPartitions, regionSlugToItem, regionToItem } from './entities/region';
import { queryPage } from './query-page';
import { alongsideSteps, transactWrite, type TransactStep } from './transact';

export class RegionRepository implements RegionStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(regionId: string): Promise<Region | null> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: regionKey(regionId) }));
    return Item ? regionFromItem(Item) : null;
  }

  /**
   * Seeding: the region (and its slug's guard, when it has one) unless the region exists; another region's slug is
   * AlreadyTaken. A region seeded before the platform's list existed (a local `.data` of an earlier version) gets its
   * list entry then, so every region is listed.
   */
  async createIfAbsent(region: NewRegion): Promise<boolean> {
    try {
      await transactWrite(this.client, this.createSteps(region, () => new RegionExistsError()));
      return true;
    } catch (error) {
      if (!(error instanceof RegionExistsError)) throw error;
      await this.listUnlisted(region);
      return false;
    }
  }

  private async listUnlisted(region: NewRegion): Promise<void> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: regionKey(region.id), ConsistentRead: true }));
    if (!Item || Item.gsi1pk) return;
    const { gsi1pk, gsi1sk } = regionListEntry(regionFromItem(Item));
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: regionKey(region.id),
          UpdateExpression: 'SET gsi1pk = :pk, gsi1sk = :sk',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(gsi1pk)',
          ExpressionAttributeValues: { ':pk': gsi1pk, ':sk': gsi1sk },
        }),
      );
    } catch (error) {
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
    }
  }

  /** The region, its slug's guard and the audit entry (whose region is the new one), all or nothing. */
  async create(region: NewRegion, alongside: Alongside): Promise<void> {
    await transactWrite(this.client, [...this.createSteps(region, () => new AlreadyTakenError('region', region.id)), ...alongsideSteps(this.tableName, alongside)]);
  }

  /** Every region of the deployment, newest first: the platform's partition of gsi1. */
  list(page: PageRequest): Promise<Page<Region>> {
    return queryPage(
      this.client,
      // The platform's list: its cursors are checked against PLATFORM# (the items' own keys, R#{r}, are every region's).
      { tableName: this.tableName, partition: regionPartitions.all(), page, newestFirst: true, regionKeyPrefix: PLATFORM_PREFIX, globalTableKey: true },
      regionFromItem,
    );
  }

  private createSteps(region: NewRegion, exists: () => Error): TransactStep[] {
    const steps: TransactStep[] = [
      {
        item: { Put: { TableName: this.tableName, Item: regionToItem(region), ConditionExpression: 'attribute_not_exists(pk)' } },
        onConditionFailed: exists,
      },
    ];
    if (region.slug) {
      const slug = region.slug;
      steps.push({
        item: { Put: { TableName: this.tableName, Item: regionSlugToItem(slug, region.id), ConditionExpression: 'attribute_not_exists(pk)' } },
        onConditionFailed: () => new AlreadyTakenError('slug', slug),
      });
    }
    return steps;
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

/** createIfAbsent's "the region is there already": not a refusal, the seed's answer. */
class RegionExistsError extends Error {}
