import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Alongside, Change } from '../domain/alongside';
import type { Page, PageRequest } from '../domain/paging';
import type { PartnerClient } from '../domain/partners/partner-client';
import type { PartnerClientStore } from '../domain/partners/ports';
import { AlreadyTakenError, RecordMissingError, StaleVersionError } from '../domain/write-refusals';
import { partnerClientFromItem, partnerClientKey, partnerClientsPartition, partnerClientToItem } from './entities/partner-client';
import { regionKey } from './entities/region';
import { regionKeyPrefix } from './keys';
import { queryPage } from './query-page';
import { alongsideSteps, transactWrite } from './transact';

const ref = (clientId: string) => ({ type: 'PartnerClient', id: clientId });

/**
 * The partner clients in the single table (entities/partner-client.ts). A create is one transaction: the region
 * must exist, the client id must be new, with the audit entry. A save puts the client whole at the version read.
 */
export class PartnerClientRepository implements PartnerClientStore {
  constructor(
    readonly client: DynamoDBDocumentClient,
    readonly tableName: string,
  ) {}

  async get(clientId: string): Promise<PartnerClient | null> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: partnerClientKey(clientId), ConsistentRead: true }));
    return Item ? partnerClientFromItem(Item) : null;
  }

  async create(client: PartnerClient, alongside: Alongside): Promise<void> {
    await transactWrite(this.client, [
      {
        item: { ConditionCheck: { TableName: this.tableName, Key: regionKey(client.regionId), ConditionExpression: 'attribute_exists(pk)' } },
        onConditionFailed: () => new RecordMissingError({ type: 'Region', id: client.regionId }),
      },
      {
        item: { Put: { TableName: this.tableName, Item: partnerClientToItem(client), ConditionExpression: 'attribute_not_exists(pk)' } },
        onConditionFailed: () => new AlreadyTakenError('client-id', client.clientId),
      },
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  async save({ current, next }: Change<PartnerClient>, alongside: Alongside): Promise<void> {
    assertSamePartnerClient(current, next);
    await transactWrite(this.client, [
      {
        item: {
          Put: {
            TableName: this.tableName,
            Item: partnerClientToItem(next),
            ConditionExpression: 'attribute_exists(pk) AND version = :current',
            ExpressionAttributeValues: { ':current': current.version },
          },
        },
        onConditionFailed: (existing) => (existing ? new StaleVersionError(ref(current.clientId)) : new RecordMissingError(ref(current.clientId))),
      },
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  list(regionId: string, page: PageRequest): Promise<Page<PartnerClient>> {
    return queryPage(
      this.client,
      {
        tableName: this.tableName,
        partition: partnerClientsPartition(regionId),
        page,
        newestFirst: true,
        regionKeyPrefix: regionKeyPrefix(regionId),
        // The clients' own key is PARTNERCLIENT#{id}: the cursor's index partition is the region's.
        globalTableKey: true,
      },
      partnerClientFromItem,
    );
  }
}

/** What a client is registered as (its id, region and creation) stays: a save changing it is a caller's bug. */
export function assertSamePartnerClient(current: PartnerClient, next: PartnerClient): void {
  if (current.clientId !== next.clientId || current.regionId !== next.regionId || current.createdAt !== next.createdAt) {
    throw new Error(`partner client save: ${current.clientId} may not change its id, region or creation`);
  }
}
