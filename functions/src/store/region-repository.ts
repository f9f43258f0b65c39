import { GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Change } from '../domain/alongside';
import type { Alongside } from '../domain/alongside';
import type { Page, PageRequest } from '../domain/paging';
import type { ActingSession, NewRegion, Region } from '../domain/regions/region';
import type { RegionStore } from '../domain/regions/ports';
import { AlreadyTakenError, RecordMissingError, StaleVersionError } from '../domain/write-refusals';
import { actingFromItem, actingKey, actingToItem, PLATFORM_PREFIX, regionFromItem, suspensionMarkerKey, regionKey, regionListEntry, regionPartitions, regionSlugToItem, regionToItem } from './entities/region';
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

  /**
   * The region's own fields, SET at `current.version` (an item from before versions counts as version 1): the counts
   * and the admins' set, which other writes ADD to, are never part of this write.
   */
  async update({ current, next }: Change<Region>, alongside: Alongside): Promise<void> {
    const ref = { type: 'Region', id: current.id };
    await transactWrite(this.client, [
      {
        item: {
          Update: {
            TableName: this.tableName,
            Key: regionKey(current.id),
            UpdateExpression:
              'SET #name = :name, superiorOrganization = :superior, #state = :state, suspendedAt = :suspendedAt, suspendedReason = :reason, version = :next, updatedAt = :updatedAt',
            ConditionExpression: current.version === 1 ? 'attribute_exists(pk) AND (attribute_not_exists(version) OR version = :current)' : 'version = :current',
            ExpressionAttributeNames: { '#name': 'name', '#state': 'state' },
            ExpressionAttributeValues: {
              ':name': next.name,
              ':superior': next.superiorOrganization,
              ':state': next.state,
              ':suspendedAt': next.suspendedAt,
              ':reason': next.suspendedReason,
              ':next': next.version,
              ':updatedAt': next.updatedAt,
              ':current': current.version,
            },
          },
        },
        onConditionFailed: (existing) => (existing ? new StaleVersionError(ref) : new RecordMissingError(ref)),
      },
      ...this.suspensionMarkerSteps(current, next),
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  /** The marker the sign-in trigger reads comes and goes with the suspension, in the same transaction. */
  private suspensionMarkerSteps(current: Region, next: Region): TransactStep[] {
    if (current.state === next.state) return [];
    const key = suspensionMarkerKey(next.id);
    return next.state === 'SUSPENDED'
      ? [{ item: { Put: { TableName: this.tableName, Item: { ...key, type: 'SUSPENDED_REGION', regionId: next.id, suspendedAt: next.suspendedAt } } } }]
      : [{ item: { Delete: { TableName: this.tableName, Key: key } } }];
  }

  async recordActivity(regionId: string, at: string): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: regionKey(regionId),
          UpdateExpression: 'SET lastActivityAt = :at',
          ConditionExpression: 'attribute_exists(pk) AND (attribute_not_exists(lastActivityAt) OR lastActivityAt < :at)',
          ExpressionAttributeValues: { ':at': at },
        }),
      );
    } catch (error) {
      // A later activity is recorded already (or the region is gone): nothing to do.
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
    }
  }

  async startActing(session: ActingSession, alongside: Alongside): Promise<void> {
    await transactWrite(this.client, [{ item: { Put: { TableName: this.tableName, Item: actingToItem(session) } } }, ...alongsideSteps(this.tableName, alongside)]);
  }

  async acting(regionId: string, username: string, now: Date): Promise<ActingSession | null> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: actingKey(regionId, username), ConsistentRead: true }));
    if (!Item) return null;
    const session = actingFromItem(Item);
    return Date.parse(session.until) > now.getTime() ? session : null;
  }

  async endActing(regionId: string, username: string, alongside: Alongside): Promise<void> {
    await transactWrite(this.client, [{ item: { Delete: { TableName: this.tableName, Key: actingKey(regionId, username) } } }, ...alongsideSteps(this.tableName, alongside)]);
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

  /** Keeps Region.memberCount right in the same transaction as the roster write (a plain ADD: concurrent writes lose nothing). */
  memberCountStep(regionId: string, delta: number): TransactStep {
    return {
      item: {
        Update: {
          TableName: this.tableName,
          Key: regionKey(regionId),
          UpdateExpression: 'ADD memberCount :delta',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':delta': delta },
        },
      },
      onConditionFailed: () => new RecordMissingError({ type: 'Region', id: regionId }),
    };
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

/** Whether the region is suspended, from its marker alone: what the sign-in trigger may read. */
export async function regionSuspended(client: DynamoDBDocumentClient, tableName: string, regionId: string): Promise<boolean> {
  const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: suspensionMarkerKey(regionId), ConsistentRead: true }));
  return Item !== undefined;
}

/** createIfAbsent's "the region is there already": not a refusal, the seed's answer. */
class RegionExistsError extends Error {}
