import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Alongside } from '../domain/alongside';
import { MEMBER_GUARDS } from '../domain/members/ports';
import { nameInitial, nameKey } from '../domain/names';
import type { Page, PageRequest } from '../domain/paging';
import { RetryableWriteError } from '../domain/retry';
import { UNIT_GUARDS, type UnitChange, type UnitStore } from '../domain/units/ports';
import { needsPairing, wouldNeedPairing, type UnitFilter } from '../domain/units/rules';
import { UNIT_COUNTERS, type Unit } from '../domain/units/unit';
import { AlreadyTakenError, GuardFailedError, RecordMissingError, StaleVersionError } from '../domain/write-refusals';
import { batchGet, getInOrder, keyId } from './batch-get';
import {
  unitFromItem, unitKey, unitNameGuardItem, unitNameGuardKey, unitPartitions, unitToItem,
} from './entities/unit';
import { regionKeyPrefix, type Partition } from './keys';
import { filterExpression, queryPage, type FilterCondition } from './query-page';
import type { RegionRepository } from './region-repository';
import { representativeChangePutStep } from './alliance-repository';
import { alongsideSteps, transactWrite, type TransactStep } from './transact';

/** Attributes a profile save never writes: keys, identity, creation, counters (kept by other writes by adding). */
const NOT_SAVED = new Set<string>(['pk', 'sk', 'id', 'regionId', 'createdAt', ...UNIT_COUNTERS]);

const unitRef = (unit: Pick<Unit, 'id'>) => ({ type: 'Unit', id: unit.id });


export class UnitRepository implements UnitStore {
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

  getMany(regionId: string, unitIds: readonly string[]): Promise<(Unit | null)[]> {
    return getInOrder(this.client, this.tableName, unitIds.map((id) => unitKey(regionId, id)), unitFromItem);
  }

  async findByNames(regionId: string, names: readonly string[]): Promise<Map<string, Unit>> {
    const keys = [...new Set(names.map(nameKey).filter(Boolean))];
    const guards = await batchGet(this.client, this.tableName, keys.map((key) => unitNameGuardKey(regionId, key)));
    const held = keys.flatMap((key) => {
      const guard = guards.get(keyId(unitNameGuardKey(regionId, key)));
      return guard ? [[key, String(guard.unitId)] as const] : [];
    });
    const units = await this.getMany(regionId, held.map(([, id]) => id));
    return new Map(held.flatMap(([key], i) => (units[i] ? [[key, units[i]!] as const] : [])));
  }

  list(regionId: string, filter: UnitFilter, page: PageRequest): Promise<Page<Unit>> {
    const { partition, conditions } = planUnitQuery(regionId, filter);
    return queryPage(
      this.client,
      { tableName: this.tableName, partition, filter: filterExpression(conditions), page, regionKeyPrefix: regionKeyPrefix(regionId) },
      unitFromItem,
    );
  }

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

  async create(unit: Unit, alongside: Alongside): Promise<void> {
    await transactWrite(this.client, [
      {
        item: { Put: { TableName: this.tableName, Item: await unitToItem(unit), ConditionExpression: 'attribute_not_exists(pk)' } },
        onConditionFailed: () => new AlreadyTakenError('unit-id', unit.id),
      },
      this.nameGuardPut(unit),
      this.regions.unitCountStep(unit.regionId, 1),
      ...(unit.parentId ? [this.childCountStep(unit.regionId, unit.parentId, 1)] : []),
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  async save(change: UnitChange, alongside: Alongside): Promise<void> {
    const { current, next } = change;
    const steps: TransactStep[] = [await this.saveStep(current, next, change.activePairingsAsRead ?? false)];
    if (nameKey(current.name) !== nameKey(next.name)) {
      steps.push(this.nameGuardDelete(current), this.nameGuardPut(next));
    }
    // A transaction may touch an item once: a parent that is also a checked ancestor gets the
    // version condition on its child-count step.
    const unchanged = new Map((change.unchangedAncestors ?? []).map((u) => [u.id, u.version]));
    if (current.parentId !== next.parentId) {
      if (current.parentId) steps.push(this.childCountStep(current.regionId, current.parentId, -1, unchanged.get(current.parentId)));
      if (next.parentId) steps.push(this.childCountStep(next.regionId, next.parentId, 1, unchanged.get(next.parentId)));
    }
    for (const ancestor of change.unchangedAncestors ?? []) {
      if (ancestor.id === next.parentId || ancestor.id === current.parentId) continue;
      steps.push({
        item: {
          ConditionCheck: {
            TableName: this.tableName,
            Key: unitKey(ancestor.regionId, ancestor.id),
            ConditionExpression: 'version = :v',
            ExpressionAttributeValues: { ':v': ancestor.version },
          },
        },
        onConditionFailed: () => new GuardFailedError(unitRef(ancestor), UNIT_GUARDS.lineageUnchanged),
      });
    }
    for (const filing of change.representativeChanges ?? []) steps.push(representativeChangePutStep(this.tableName, filing));
    steps.push(...alongsideSteps(this.tableName, alongside));
    await transactWrite(this.client, steps);
  }

  async delete(unit: Unit, alongside: Alongside): Promise<void> {
    await transactWrite(this.client, [
      {
        item: {
          Delete: {
            TableName: this.tableName,
            Key: unitKey(unit.regionId, unit.id),
            ConditionExpression: 'version = :v AND childCount = :zero AND memberCount = :zero AND pairingCount = :zero',
            ExpressionAttributeValues: { ':v': unit.version, ':zero': 0 },
          },
        },
        onConditionFailed: (old) => {
          if (!old) return new RecordMissingError(unitRef(unit));
          if (Number(old.version) !== unit.version) return new StaleVersionError(unitRef(unit));
          if (Number(old.childCount) > 0) return new GuardFailedError(unitRef(unit), UNIT_GUARDS.noChildren);
          if (Number(old.memberCount) > 0) return new GuardFailedError(unitRef(unit), UNIT_GUARDS.noMembers);
          return new GuardFailedError(unitRef(unit), UNIT_GUARDS.noPairings);
        },
      },
      this.nameGuardDelete(unit),
      this.regions.unitCountStep(unit.regionId, -1),
      ...(unit.parentId ? [this.childCountStep(unit.regionId, unit.parentId, -1)] : []),
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  /**
   * Adds to a unit's member counts, for the member writes: a plain ADD concurrent writes cannot lose,
   * never touching the unit's version. A unit gaining members must not have withdrawn.
   */
  memberCountStep(regionId: string, unitId: string, delta: { all: number; full: number }): TransactStep {
    const unit = { type: 'Unit', id: unitId };
    const joining = delta.all > 0 || delta.full > 0;
    return {
      item: {
        Update: {
          TableName: this.tableName,
          Key: unitKey(regionId, unitId),
          UpdateExpression: 'ADD memberCount :all, fullMemberCount :full',
          ConditionExpression: joining ? 'attribute_exists(pk) AND #status <> :withdrawn' : 'attribute_exists(pk)',
          ExpressionAttributeNames: joining ? { '#status': 'status' } : undefined,
          ExpressionAttributeValues: { ':all': delta.all, ':full': delta.full, ...(joining ? { ':withdrawn': 'WITHDRAWN' } : {}) },
        },
      },
      onConditionFailed: (old) => (old ? new GuardFailedError(unit, MEMBER_GUARDS.unitActive) : new RecordMissingError(unit)),
    };
  }

  /**
   * Adds to a unit's pairing counters, for the pairing writes. A new pairing needs the unit taking part.
   * Only the unit side's last pairing ending brings back its "needs a pairing" entry (gsi6pk), so only
   * that write depends on what was read (the count, and the fields that decide whether the unit needs a
   * pairing at all) and is retried when they moved; every other change is a plain ADD that concurrent
   * writes cannot lose. None of them touches the unit's version.
   */
  pairingCountStep(unit: Unit, delta: 1 | -1, asUnitSide: boolean): TransactStep {
    const key = unitKey(unit.regionId, unit.id);
    if (delta > 0) {
      // The kind read decided which side the unit may stand on; a kind changed meanwhile is re-checked.
      return {
        item: {
          Update: {
            TableName: this.tableName,
            Key: key,
            UpdateExpression: `ADD activePairingCount :one, pairingCount :one${asUnitSide ? ' REMOVE gsi6pk' : ''}`,
            ConditionExpression: 'attribute_exists(pk) AND #status IN (:invited, :registered) AND hostKind = :kind',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':one': 1, ':invited': 'INVITED', ':registered': 'REGISTERED', ':kind': unit.hostKind },
          },
        },
        onConditionFailed: (old) => {
          if (!old) return new RecordMissingError(unitRef(unit));
          if (old.hostKind !== unit.hostKind) return new RetryableWriteError();
          return new GuardFailedError(unitRef(unit), UNIT_GUARDS.takingPart);
        },
      };
    }
    if (!asUnitSide) {
      return {
        item: {
          Update: {
            TableName: this.tableName,
            Key: key,
            UpdateExpression: 'ADD activePairingCount :minus',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':minus': -1 },
          },
        },
        onConditionFailed: () => new RecordMissingError(unitRef(unit)),
      };
    }
    const next = { ...unit, activePairingCount: unit.activePairingCount - 1 };
    const flagged = needsPairing(next);
    return {
      item: {
        Update: {
          TableName: this.tableName,
          Key: key,
          UpdateExpression: flagged ? 'SET activePairingCount = :next, gsi6pk = :flag' : 'SET activePairingCount = :next REMOVE gsi6pk',
          ConditionExpression: 'activePairingCount = :seen AND #status = :status AND hostKind = :kind AND allianceRole = :role',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':next': next.activePairingCount,
            ':seen': unit.activePairingCount,
            ':status': unit.status,
            ':kind': unit.hostKind,
            ':role': unit.allianceRole,
            ...(flagged ? { ':flag': unitPartitions.needingPairing(unit.regionId).partitionValue } : {}),
          },
        },
      },
      onConditionFailed: (old) => (old ? new RetryableWriteError() : new RecordMissingError(unitRef(unit))),
    };
  }

  /**
   * The profile save: every field and index entry of `next` but the counters, on the version read.
   * The "needs a pairing" entry (gsi6pk) depends on the active-pairing count, which pairings change
   * without a version: it is written, on the condition that the count is still as read, only when the
   * change decides it anew (status, kind or role) — a plain profile edit never waits on a counter. A
   * change valid only with the count as read (`activePairingsAsRead`) gets the same condition.
   */
  private async saveStep(current: Unit, next: Unit, activePairingsAsRead: boolean): Promise<TransactStep> {
    const item = await unitToItem(next);
    const decidesPairingFlag = wouldNeedPairing(current) !== wouldNeedPairing(next);
    const names: Record<string, string> = { '#version': 'version' };
    const values: Record<string, unknown> = { ':expected': current.version };
    const set: string[] = [];
    const remove: string[] = [];
    for (const [attribute, value] of Object.entries(item)) {
      if (NOT_SAVED.has(attribute) || attribute === 'gsi6pk') continue;
      names[`#${attribute}`] = attribute;
      if (value === null || value === undefined) remove.push(`#${attribute}`);
      else (values[`:${attribute}`] = value), set.push(`#${attribute} = :${attribute}`);
    }
    let condition = '#version = :expected';
    if (decidesPairingFlag || activePairingsAsRead) {
      names['#activePairingCount'] = 'activePairingCount';
      values[':seenPairings'] = current.activePairingCount;
      condition += ' AND #activePairingCount = :seenPairings';
    }
    if (decidesPairingFlag) {
      names['#gsi6pk'] = 'gsi6pk';
      const flagged = needsPairing({ ...next, activePairingCount: current.activePairingCount });
      if (flagged) (values[':gsi6pk'] = unitPartitions.needingPairing(next.regionId).partitionValue), set.push('#gsi6pk = :gsi6pk');
      else remove.push('#gsi6pk');
    }
    return {
      item: {
        Update: {
          TableName: this.tableName,
          Key: unitKey(current.regionId, current.id),
          UpdateExpression: `SET ${set.join(', ')}${remove.length ? ` REMOVE ${remove.join(', ')}` : ''}`,
          ConditionExpression: condition,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        },
      },
      onConditionFailed: (old) => {
        if (!old) return new RecordMissingError(unitRef(current));
        if (Number(old.version) !== current.version) return new StaleVersionError(unitRef(current));
        return new RetryableWriteError();
      },
    };
  }

  private nameGuardPut(unit: Unit): TransactStep {
    return {
      item: { Put: { TableName: this.tableName, Item: unitNameGuardItem(unit), ConditionExpression: 'attribute_not_exists(pk)' } },
      onConditionFailed: () => new AlreadyTakenError(UNIT_GUARDS.name, nameKey(unit.name)),
    };
  }

  private nameGuardDelete(unit: Unit): TransactStep {
    return {
      item: {
        Delete: {
          TableName: this.tableName,
          Key: unitNameGuardKey(unit.regionId, nameKey(unit.name)),
          ConditionExpression: 'unitId = :id',
          ExpressionAttributeValues: { ':id': unit.id },
        },
      },
      onConditionFailed: () => new StaleVersionError(unitRef(unit)),
    };
  }

  private childCountStep(regionId: string, parentId: string, delta: 1 | -1, expectedVersion?: number): TransactStep {
    const conditions = ['attribute_exists(pk)'];
    const values: Record<string, unknown> = { ':delta': delta };
    if (delta > 0) conditions.push('#status <> :withdrawn'), (values[':withdrawn'] = 'WITHDRAWN');
    if (expectedVersion !== undefined) conditions.push('version = :v'), (values[':v'] = expectedVersion);
    const parent = { type: 'Unit', id: parentId };
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
        if (!old) return new RecordMissingError(parent);
        if (expectedVersion !== undefined && Number(old.version) !== expectedVersion) return new GuardFailedError(parent, UNIT_GUARDS.lineageUnchanged);
        return new GuardFailedError(parent, UNIT_GUARDS.parentActive);
      },
    };
  }
}

export type UnitCondition = FilterCondition;

/**
 * Picks the partition that serves the most selective filter (parent, needing a pairing, kind and level
 * together, name, kind, role, status); the rest become filter conditions on what it reads.
 */
export function planUnitQuery(regionId: string, filter: UnitFilter): { partition: Partition; conditions: UnitCondition[] } {
  const conditions: UnitCondition[] = [];
  let partition: Partition | undefined;
  const use = (candidate: () => Partition, otherwise: UnitCondition[]) => {
    if (partition) conditions.push(...otherwise);
    else partition = candidate();
  };
  const equals = (attribute: string, value: string): UnitCondition => ({ attribute, test: 'equals', value });
  if (filter.parentId || filter.rootsOnly) partition = unitPartitions.byParent(regionId, filter.parentId ?? null);
  if (filter.unpaired) use(() => unitPartitions.needingPairing(regionId), [{ attribute: 'gsi6pk', test: 'exists' }]);
  if (filter.hostKind && filter.level) {
    const { hostKind, level } = filter;
    use(() => unitPartitions.byHostKindAndLevel(regionId, hostKind, level), [equals('hostKind', hostKind), equals('level', level)]);
  }
  if (filter.namePrefix) {
    const prefix = filter.namePrefix;
    const initial = nameInitial(prefix);
    if (partition) conditions.push({ attribute: 'nameKey', test: 'prefix', value: prefix });
    else {
      partition = unitPartitions.byNameInitial(regionId, initial);
      if (prefix !== initial) conditions.push({ attribute: 'nameKey', test: 'prefix', value: prefix });
    }
  }
  if (!(filter.hostKind && filter.level)) {
    if (filter.hostKind) use(() => unitPartitions.byHostKind(regionId, filter.hostKind!), [equals('hostKind', filter.hostKind)]);
    if (filter.level) conditions.push(equals('level', filter.level));
  }
  if (filter.allianceRole) use(() => unitPartitions.byAllianceRole(regionId, filter.allianceRole!), [equals('allianceRole', filter.allianceRole)]);
  if (filter.status) use(() => unitPartitions.byStatus(regionId, filter.status!), [equals('status', filter.status)]);
  return { partition: partition ?? unitPartitions.all(regionId), conditions };
}

