import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { badInput, conflict, notFound, type DomainError } from '../domain/errors';
import type { UnitFilter } from '../domain/units/rules';
import { unitNameKey } from '../domain/units/rules';
import type { Unit } from '../domain/units/unit';
import { batchGet, keyId } from './batch-get';
import {
  UNIT_INDEX_ATTRIBUTE_NAMES, regionKeyPrefix, unitKey, unitNameGuardKey, unitPartitions, type UnitIndexPartition,
} from './keys';
import { queryPage, type Page } from './query-page';
import type { RegionRepository } from './region-repository';
import { RetryableWriteError } from '../domain/retry';
import { transactWrite, type TransactStep } from './transact';
import { UNIT_COUNTERS, unitFromItem, unitIndexValues, unitNameGuardItem, unitToItem } from './unit-item';

/** Fields a profile save never writes: identity, creation and counters kept by other writes. */
const NOT_SAVED = new Set<string>(['id', 'regionId', 'createdAt', ...UNIT_COUNTERS]);

export class UnitRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly regions: RegionRepository,
  ) {}

  async get(regionId: string, unitId: string): Promise<Unit | null> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: unitKey(regionId, unitId), ConsistentRead: true }),
    );
    return Item ? unitFromItem(Item) : null;
  }

  /** For the per-request loader: one BatchGetItem for many ids, results in the order asked. */
  async getMany(regionId: string, unitIds: readonly string[]): Promise<(Unit | null)[]> {
    const keys = unitIds.map((id) => unitKey(regionId, id));
    const found = await batchGet(this.client, this.tableName, keys);
    return keys.map((k) => {
      const item = found.get(keyId(k));
      return item ? unitFromItem(item) : null;
    });
  }

  /** Units by name; the most selective filter picks the index, the others filter what it reads. */
  async list(regionId: string, filter: UnitFilter, size: number, after?: string | null): Promise<Page<Unit>> {
    const { partition, conditions } = planUnitQuery(regionId, filter);
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    const expressions = conditions.map(([attribute, value], i) => {
      names[`#f${i}`] = attribute;
      if (value === EXISTS) return `attribute_exists(#f${i})`;
      values[`:f${i}`] = value;
      return `#f${i} = :f${i}`;
    });
    return queryPage(
      this.client,
      {
        tableName: this.tableName,
        index: partition.index,
        partitionValue: partition.partitionValue,
        sortKeyPrefix: filter.namePrefix,
        filter: expressions.length ? { expression: expressions.join(' AND '), names, values } : undefined,
        size,
        after,
        regionKeyPrefix: regionKeyPrefix(regionId),
      },
      unitFromItem,
    );
  }

  /** The unit and its ancestors, nearest first, at most `limit` of them (one GetItem per level). */
  async lineage(regionId: string, unitId: string, limit: number): Promise<Unit[]> {
    const chain: Unit[] = [];
    let nextId: string | null = unitId;
    while (nextId && chain.length < limit) {
      const unit = await this.get(regionId, nextId);
      if (!unit) break;
      chain.push(unit);
      nextId = unit.parentId;
    }
    return chain;
  }

  async create(unit: Unit, extra: TransactStep[] = []): Promise<void> {
    const steps: TransactStep[] = [
      { item: { Put: { TableName: this.tableName, Item: unitToItem(unit), ConditionExpression: 'attribute_not_exists(pk)' } } },
      this.nameGuardPut(unit),
      this.regions.unitCountStep(unit.regionId, 1),
      ...(unit.parentId ? [this.childCountStep(unit.regionId, unit.parentId, 1)] : []),
      ...extra,
    ];
    await transactWrite(this.client, steps);
  }

  /**
   * Saves a changed profile or status with an optimistic version check. The name guard moves with a
   * rename, child counters follow a move, and `unchangedUnits` (a new parent's ancestors) must still
   * be as read, so two concurrent moves cannot close a cycle.
   */
  async save(current: Unit, next: Unit, options: { unchangedUnits?: Unit[]; extra?: TransactStep[] } = {}): Promise<void> {
    const steps: TransactStep[] = [this.saveStep(current, next)];
    if (unitNameKey(current.name) !== unitNameKey(next.name)) {
      steps.push(this.nameGuardDelete(current), this.nameGuardPut(next));
    }
    // A transaction may touch an item once: a parent that is also a checked ancestor gets the
    // version condition on its child-count step.
    const unchanged = new Map((options.unchangedUnits ?? []).map((u) => [u.id, u.version]));
    if (current.parentId !== next.parentId) {
      if (current.parentId) {
        steps.push(this.childCountStep(current.regionId, current.parentId, -1, unchanged.get(current.parentId)));
      }
      if (next.parentId) steps.push(this.childCountStep(next.regionId, next.parentId, 1, unchanged.get(next.parentId)));
    }
    for (const unit of options.unchangedUnits ?? []) {
      if (unit.id === next.parentId || unit.id === current.parentId) continue;
      steps.push({
        item: {
          ConditionCheck: {
            TableName: this.tableName,
            Key: unitKey(unit.regionId, unit.id),
            ConditionExpression: 'version = :v',
            ExpressionAttributeValues: { ':v': unit.version },
          },
        },
        onConditionFailed: () => conflict('单位层级正被他人调整，请刷新后重试'),
      });
    }
    steps.push(...(options.extra ?? []));
    await transactWrite(this.client, steps);
  }

  /** Deletes a unit that has no children, members or pairings; anything else is explained. */
  async delete(unit: Unit, expectedVersion: number, extra: TransactStep[] = []): Promise<void> {
    await transactWrite(this.client, [
      {
        item: {
          Delete: {
            TableName: this.tableName,
            Key: unitKey(unit.regionId, unit.id),
            ConditionExpression: 'version = :v AND childCount = :zero AND memberCount = :zero AND pairingCount = :zero',
            ExpressionAttributeValues: { ':v': expectedVersion, ':zero': 0 },
          },
        },
        onConditionFailed: (old) => deleteRefusal(unit.id, expectedVersion, old),
      },
      this.nameGuardDelete(unit),
      this.regions.unitCountStep(unit.regionId, -1),
      ...(unit.parentId ? [this.childCountStep(unit.regionId, unit.parentId, -1)] : []),
      ...extra,
    ]);
  }

  /**
   * Adds to a unit's pairing counters; a new pairing needs the unit still taking part. Only the
   * unit side's last pairing ending depends on the count read (it brings back the gsi6 entry, "needs a
   * pairing"), so only that write is conditioned on it; every other change is a plain ADD that
   * concurrent pairings cannot lose.
   */
  pairingCountStep(unit: Unit, delta: 1 | -1, asUnitSide: boolean): TransactStep {
    const key = unitKey(unit.regionId, unit.id);
    if (delta > 0) {
      return {
        item: {
          Update: {
            TableName: this.tableName,
            Key: key,
            UpdateExpression: `ADD activePairingCount :one, pairingCount :one${asUnitSide ? ' REMOVE gsi6pk, gsi6sk' : ''}`,
            ConditionExpression: 'attribute_exists(pk) AND #status IN (:invited, :registered)',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':one': 1, ':invited': 'INVITED', ':registered': 'REGISTERED' },
          },
        },
        onConditionFailed: (old) =>
          old
            ? badInput(asUnitSide ? 'unitId' : 'communityId', '单位已暂停或退出，不能结对')
            : notFound('单位', unit.id),
      };
    }
    if (!asUnitSide) {
      return {
        item: { Update: { TableName: this.tableName, Key: key, UpdateExpression: 'ADD activePairingCount :minus', ExpressionAttributeValues: { ':minus': -1 } } },
      };
    }
    const next = { ...unit, activePairingCount: unit.activePairingCount - 1 };
    const indexValues = unitIndexValues(next);
    const needsIndex = 'gsi6pk' in indexValues;
    return {
      item: {
        Update: {
          TableName: this.tableName,
          Key: key,
          UpdateExpression: needsIndex
            ? 'SET activePairingCount = :next, gsi6pk = :g6pk, gsi6sk = :g6sk'
            : 'SET activePairingCount = :next REMOVE gsi6pk, gsi6sk',
          ConditionExpression: 'activePairingCount = :seen',
          ExpressionAttributeValues: {
            ':next': next.activePairingCount,
            ':seen': unit.activePairingCount,
            ...(needsIndex ? { ':g6pk': indexValues.gsi6pk, ':g6sk': indexValues.gsi6sk } : {}),
          },
        },
      },
      onConditionFailed: (old) => {
        if (!old) return notFound('单位', unit.id);
        throw new RetryableWriteError();
      },
    };
  }

  private saveStep(current: Unit, next: Unit): TransactStep {
    const item = unitToItem(next);
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = { ':expected': current.version, ':seenPairings': current.activePairingCount };
    const set: string[] = [];
    const remove: string[] = [];
    for (const [attribute, value] of Object.entries(item)) {
      if (attribute === 'pk' || attribute === 'sk' || NOT_SAVED.has(attribute)) continue;
      names[`#${attribute}`] = attribute;
      if (value === null || value === undefined) {
        remove.push(`#${attribute}`);
      } else {
        values[`:${attribute}`] = value;
        set.push(`#${attribute} = :${attribute}`);
      }
    }
    for (const attribute of UNIT_INDEX_ATTRIBUTE_NAMES) {
      if (!(attribute in item)) (names[`#${attribute}`] = attribute), remove.push(`#${attribute}`);
    }
    return {
      item: {
        Update: {
          TableName: this.tableName,
          Key: unitKey(current.regionId, current.id),
          UpdateExpression: `SET ${set.join(', ')}${remove.length ? ` REMOVE ${remove.join(', ')}` : ''}`,
          // The pairing count guards the gsi6 entry computed from it; a change there is retried.
          ConditionExpression: '#version = :expected AND #activePairingCount = :seenPairings',
          ExpressionAttributeNames: { ...names, '#activePairingCount': 'activePairingCount' },
          ExpressionAttributeValues: values,
        },
      },
      onConditionFailed: (old) => {
        if (!old) return notFound('单位', current.id);
        if (Number(old.version) !== current.version) return conflict();
        throw new RetryableWriteError();
      },
    };
  }

  private nameGuardPut(unit: Unit): TransactStep {
    return {
      item: {
        Put: {
          TableName: this.tableName,
          Item: unitNameGuardItem(unit),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      onConditionFailed: () => badInput('name', `本区域已有名为“${unit.name}”的单位`),
    };
  }

  private nameGuardDelete(unit: Unit): TransactStep {
    return {
      item: {
        Delete: {
          TableName: this.tableName,
          Key: unitNameGuardKey(unit.regionId, unitNameKey(unit.name)),
          ConditionExpression: 'unitId = :id',
          ExpressionAttributeValues: { ':id': unit.id },
        },
      },
    };
  }

  private childCountStep(regionId: string, parentId: string, delta: 1 | -1, expectedVersion?: number): TransactStep {
    const conditions = ['attribute_exists(pk)'];
    const values: Record<string, unknown> = { ':delta': delta };
    if (delta > 0) conditions.push('#status <> :withdrawn'), (values[':withdrawn'] = 'WITHDRAWN');
    if (expectedVersion !== undefined) conditions.push('version = :v'), (values[':v'] = expectedVersion);
    return {
      item: {
        Update: {
          TableName: this.tableName,
          Key: unitKey(regionId, parentId),
          UpdateExpression: 'ADD childCount :delta',
          ConditionExpression: conditions.join(' AND '),
          ExpressionAttributeNames: delta > 0 ? { '#status': 'status' } : undefined,
          ExpressionAttributeValues: values,
        },
      },
      onConditionFailed: (old) => {
        if (!old) return badInput('parentId', '上级单位不存在');
        if (expectedVersion !== undefined && Number(old.version) !== expectedVersion) {
          return conflict('单位层级正被他人调整，请刷新后重试');
        }
        return badInput('parentId', '上级单位已退出联盟，不能再添加下级');
      },
    };
  }
}

const EXISTS = Symbol('exists');
type Condition = [attribute: string, value: string | typeof EXISTS];

/** Picks the index that serves the most selective filter; the rest become filter conditions. */
export function planUnitQuery(
  regionId: string,
  filter: UnitFilter,
): { partition: UnitIndexPartition; conditions: Condition[] } {
  const conditions: Condition[] = [];
  let partition: UnitIndexPartition | undefined;
  if (filter.parentId || filter.rootsOnly) partition = unitPartitions.byParent(regionId, filter.parentId ?? null);
  if (filter.unpaired) {
    if (partition) conditions.push(['gsi6pk', EXISTS]);
    else partition = unitPartitions.needingPairing(regionId);
  }
  const facets = [
    [filter.hostKind, 'hostKind', (v: string) => unitPartitions.byHostKind(regionId, v as never)],
    [filter.allianceRole, 'allianceRole', (v: string) => unitPartitions.byAllianceRole(regionId, v as never)],
    [filter.status, 'status', (v: string) => unitPartitions.byStatus(regionId, v as never)],
  ] as const;
  for (const [value, attribute, toPartition] of facets) {
    if (!value) continue;
    if (partition) conditions.push([attribute, value]);
    else partition = toPartition(value);
  }
  if (filter.level) conditions.push(['level', filter.level]);
  return { partition: partition ?? unitPartitions.all(regionId), conditions };
}

function deleteRefusal(unitId: string, expectedVersion: number, old: Record<string, unknown> | undefined): DomainError {
  if (!old) return notFound('单位', unitId);
  if (Number(old.version) !== expectedVersion) return conflict();
  if (Number(old.childCount) > 0) return badInput('id', '该单位还有下级组织，不能删除；请先移走或删除下级组织');
  if (Number(old.memberCount) > 0) return badInput('id', '该单位还有党员，不能删除；可改为“退出”');
  return badInput('id', '该单位有结对记录，不能删除；可改为“退出”');
}
