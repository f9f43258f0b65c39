import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { badInput, conflict, notFound } from '../domain/errors';
import type { Pairing } from '../domain/pairings/pairing';
import type { Unit } from '../domain/units/unit';
import { batchGet, keyId } from './batch-get';
import { pickFields } from './item-fields';
import { PAIRING_LINK_PREFIX, pairingGuardKey, pairingKey, pairingLinkKey, regionKeyPrefix, unitKey } from './keys';
import { queryPage, type Page } from './query-page';
import { transactWrite, type TransactStep } from './transact';
import type { UnitRepository } from './unit-repository';

const PAIRING_FIELDS = [
  'id', 'regionId', 'unitId', 'communityId', 'startsOn', 'endsOn', 'content', 'agreement', 'status', 'endedOn',
  'endReason', 'version', 'createdAt', 'updatedAt',
] as const satisfies readonly (keyof Pairing)[];

export function pairingFromItem(item: Record<string, unknown>): Pairing {
  const pairing = pickFields<Pairing>(item, PAIRING_FIELDS);
  pairing.version = Number(pairing.version);
  return pairing;
}

/**
 * A pairing is one item plus a copy in each side's unit partition, so either side lists its
 * pairings with one Query; all three change in one transaction.
 */
export class PairingRepository {
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

  /** For the per-request loader: one BatchGetItem for many ids, results in the order asked. */
  async getMany(regionId: string, pairingIds: readonly string[]): Promise<(Pairing | null)[]> {
    const keys = pairingIds.map((id) => pairingKey(regionId, id));
    const found = await batchGet(this.client, this.tableName, keys);
    return keys.map((k) => {
      const item = found.get(keyId(k));
      return item ? pairingFromItem(item) : null;
    });
  }

  /** A unit's pairings on either side, newest first. */
  listForUnit(regionId: string, unitId: string, size: number, after?: string | null): Promise<Page<Pairing>> {
    return queryPage(
      this.client,
      {
        tableName: this.tableName,
        partitionValue: unitKey(regionId, unitId).pk,
        sortKeyPrefix: PAIRING_LINK_PREFIX,
        size,
        after,
        newestFirst: true,
        regionKeyPrefix: regionKeyPrefix(regionId),
      },
      pairingFromItem,
    );
  }

  async create(pairing: Pairing, unit: Unit, community: Unit, extra: TransactStep[] = []): Promise<void> {
    await transactWrite(this.client, [
      ...this.itemPuts(pairing),
      {
        item: {
          Put: {
            TableName: this.tableName,
            Item: { ...pairingGuardKey(pairing.regionId, unit.id, community.id), type: 'PAIRING_GUARD', pairingId: pairing.id },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: () => badInput('communityId', `“${unit.name}”与“${community.name}”已有生效的结对`),
      },
      this.units.pairingCountStep(unit, 1, true),
      this.units.pairingCountStep(community, 1, false),
      ...extra,
    ]);
  }

  async end(current: Pairing, ended: Pairing, unit: Unit, community: Unit, extra: TransactStep[] = []): Promise<void> {
    await transactWrite(this.client, [
      {
        item: {
          Put: {
            TableName: this.tableName,
            Item: this.canonicalItem(ended),
            ConditionExpression: 'version = :v',
            ExpressionAttributeValues: { ':v': current.version },
          },
        },
        onConditionFailed: (old) => (old ? conflict() : notFound('结对', current.id)),
      },
      ...this.linkPuts(ended),
      {
        item: {
          Delete: {
            TableName: this.tableName,
            Key: pairingGuardKey(current.regionId, current.unitId, current.communityId),
          },
        },
      },
      this.units.pairingCountStep(unit, -1, true),
      this.units.pairingCountStep(community, -1, false),
      ...extra,
    ]);
  }

  private canonicalItem(pairing: Pairing) {
    return { ...pairingKey(pairing.regionId, pairing.id), type: 'PAIRING', ...pairing };
  }

  private itemPuts(pairing: Pairing): TransactStep[] {
    return [
      {
        item: {
          Put: { TableName: this.tableName, Item: this.canonicalItem(pairing), ConditionExpression: 'attribute_not_exists(pk)' },
        },
      },
      ...this.linkPuts(pairing),
    ];
  }

  private linkPuts(pairing: Pairing): TransactStep[] {
    return [pairing.unitId, pairing.communityId].map((side) => ({
      item: {
        Put: {
          TableName: this.tableName,
          Item: { ...pairingLinkKey(pairing.regionId, side, pairing.createdAt, pairing.id), type: 'PAIRING_LINK', ...pairing },
        },
      },
    }));
  }
}
