import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Alongside } from '../domain/alongside';
import type { Page, PageRequest } from '../domain/paging';
import type { Pairing } from '../domain/pairings/pairing';
import { ACTIVE_PAIRING_GUARD, type PairingSides, type PairingStore } from '../domain/pairings/ports';
import { AlreadyTakenError, RecordMissingError, StaleVersionError } from '../domain/write-refusals';
import { getInOrder } from './batch-get';
import {
  PAIRING_LINK_PREFIX, pairingFromItem, pairingGuardItem, pairingGuardKey, pairingKey, pairingLinkItem, pairingToItem,
} from './entities/pairing';
import { unitKey } from './entities/unit';
import { regionKeyPrefix } from './keys';
import { queryPage } from './query-page';
import { alongsideSteps, transactWrite, type TransactStep } from './transact';
import type { UnitRepository } from './unit-repository';

/**
 * A pairing is one item plus a copy in each side's unit partition, so either side lists its
 * pairings with one Query; all three change in one transaction with both units' counters.
 */
export class PairingRepository implements PairingStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly units: UnitRepository,
  ) {}

  async get(regionId: string, pairingId: string): Promise<Pairing | null> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: pairingKey(regionId, pairingId), ConsistentRead: true }),
    );
    return Item ? pairingFromItem(Item) : null;
  }

  getMany(regionId: string, pairingIds: readonly string[]): Promise<(Pairing | null)[]> {
    return getInOrder(this.client, this.tableName, pairingIds.map((id) => pairingKey(regionId, id)), pairingFromItem);
  }

  listForUnit(regionId: string, unitId: string, page: PageRequest): Promise<Page<Pairing>> {
    return queryPage(
      this.client,
      {
        tableName: this.tableName,
        partition: { partitionValue: unitKey(regionId, unitId).pk },
        sortKeyPrefix: PAIRING_LINK_PREFIX,
        page,
        newestFirst: true,
        regionKeyPrefix: regionKeyPrefix(regionId),
      },
      pairingFromItem,
    );
  }

  async create(pairing: Pairing, sides: PairingSides, alongside: Alongside): Promise<void> {
    await transactWrite(this.client, [
      {
        item: { Put: { TableName: this.tableName, Item: pairingToItem(pairing), ConditionExpression: 'attribute_not_exists(pk)' } },
        onConditionFailed: () => new AlreadyTakenError('pairing-id', pairing.id),
      },
      ...this.linkPuts(pairing),
      {
        item: { Put: { TableName: this.tableName, Item: pairingGuardItem(pairing), ConditionExpression: 'attribute_not_exists(pk)' } },
        onConditionFailed: () => new AlreadyTakenError(ACTIVE_PAIRING_GUARD, `${pairing.unitId}/${pairing.communityId}`),
      },
      this.units.pairingCountStep(sides.unit, 1, true),
      this.units.pairingCountStep(sides.community, 1, false),
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  async end(change: { current: Pairing; next: Pairing }, sides: PairingSides, alongside: Alongside): Promise<void> {
    const { current, next } = change;
    const record = { type: 'Pairing', id: current.id };
    await transactWrite(this.client, [
      {
        item: {
          Put: {
            TableName: this.tableName,
            Item: pairingToItem(next),
            ConditionExpression: 'version = :v',
            ExpressionAttributeValues: { ':v': current.version },
          },
        },
        onConditionFailed: (old) => (old ? new StaleVersionError(record) : new RecordMissingError(record)),
      },
      ...this.linkPuts(next),
      { item: { Delete: { TableName: this.tableName, Key: pairingGuardKey(current.regionId, current.unitId, current.communityId) } } },
      this.units.pairingCountStep(sides.unit, -1, true),
      this.units.pairingCountStep(sides.community, -1, false),
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  private linkPuts(pairing: Pairing): TransactStep[] {
    return [pairing.unitId, pairing.communityId].map((side) => ({
      item: { Put: { TableName: this.tableName, Item: pairingLinkItem(pairing, side) } },
    }));
  }
}
