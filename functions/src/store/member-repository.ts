import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Alongside } from '../domain/alongside';
import { onRoster, type Member, type MemberTransfer } from '../domain/members/member';
import { MEMBER_GUARDS, type MemberChange, type MemberStore } from '../domain/members/ports';
import type { MemberFilter } from '../domain/members/rules';
import { nameInitial } from '../domain/names';
import type { Page, PageRequest } from '../domain/paging';
import { AlreadyTakenError, RecordMissingError, StaleVersionError } from '../domain/write-refusals';
import { batchGet, getInOrder, keyId } from './batch-get';
import {
  MEMBER_TRANSFER_PREFIX, memberFromItem, memberIdGuardItem, memberIdGuardKey, memberKey, memberPartitions, memberRoleItem,
  memberRoleKey, memberSortKey, memberToItem, memberTransferFromItem, memberTransferItem,
} from './entities/member';
import { regionKeyPrefix, type Partition } from './keys';
import { filterExpression, queryPage, type FilterCondition } from './query-page';
import { alongsideSteps, transactWrite, type TransactStep } from './transact';
import type { RegionRepository } from './region-repository';
import type { UnitRepository } from './unit-repository';

const memberRef = (member: Pick<Member, 'id'>) => ({ type: 'Member', id: member.id });

/**
 * The roster. A member is one item with its index entries, a guard on its ID number's fingerprint, a copy
 * per role it holds (the by-role list), and its transfers in its own partition; every write changes them
 * together with its units' member counts (by adding) and its audit entry, in one transaction.
 */
export class MemberRepository implements MemberStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly units: UnitRepository,
    private readonly regions: RegionRepository,
  ) {}

  async get(regionId: string, memberId: string): Promise<Member | null> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: memberKey(regionId, memberId), ConsistentRead: true }));
    return Item ? memberFromItem(Item) : null;
  }

  getMany(regionId: string, memberIds: readonly string[]): Promise<(Member | null)[]> {
    return getInOrder(this.client, this.tableName, memberIds.map((id) => memberKey(regionId, id)), memberFromItem);
  }

  async findByFingerprint(regionId: string, fingerprint: string): Promise<Member | null> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: memberIdGuardKey(regionId, fingerprint), ConsistentRead: true }),
    );
    return Item ? this.get(regionId, String(Item.memberId)) : null;
  }

  async fingerprintsOnRoster(regionId: string, fingerprints: readonly string[]): Promise<Set<string>> {
    const guards = await batchGet(this.client, this.tableName, fingerprints.map((fp) => memberIdGuardKey(regionId, fp)));
    return new Set(fingerprints.filter((fp) => guards.has(keyId(memberIdGuardKey(regionId, fp)))));
  }

  list(regionId: string, filter: MemberFilter, page: PageRequest): Promise<Page<Member>> {
    const { partition, conditions } = planMemberQuery(regionId, filter);
    return queryPage(
      this.client,
      { tableName: this.tableName, partition, filter: filterExpression(conditions), page, regionKeyPrefix: regionKeyPrefix(regionId) },
      memberFromItem,
    );
  }

  listTransfers(regionId: string, memberId: string, page: PageRequest): Promise<Page<MemberTransfer>> {
    return queryPage(
      this.client,
      {
        tableName: this.tableName,
        partition: { partitionValue: memberKey(regionId, memberId).pk },
        sortKeyPrefix: MEMBER_TRANSFER_PREFIX,
        page,
        newestFirst: true,
        regionKeyPrefix: regionKeyPrefix(regionId),
      },
      memberTransferFromItem,
    );
  }

  async create(member: Member, alongside: Alongside): Promise<void> {
    const sortKey = await memberSortKey(member);
    await transactWrite(this.client, [
      {
        item: { Put: { TableName: this.tableName, Item: await memberToItem(member, sortKey), ConditionExpression: 'attribute_not_exists(pk)' } },
        onConditionFailed: () => new AlreadyTakenError('member-id', member.id),
      },
      this.guardPut(member),
      ...member.roles.map((role) => ({ item: { Put: { TableName: this.tableName, Item: memberRoleItem(member, role, sortKey) } } })),
      ...this.countSteps(null, member),
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  async createMany(members: readonly { member: Member; alongside: Alongside }[]): Promise<void> {
    const steps: TransactStep[] = [];
    const counts = new Map<string, { regionId: string; all: number; full: number }>();
    for (const { member, alongside } of members) {
      const sortKey = await memberSortKey(member);
      steps.push(
        {
          item: { Put: { TableName: this.tableName, Item: await memberToItem(member, sortKey), ConditionExpression: 'attribute_not_exists(pk)' } },
          onConditionFailed: () => new AlreadyTakenError('member-id', member.id),
        },
        this.guardPut(member),
        ...member.roles.map((role) => ({ item: { Put: { TableName: this.tableName, Item: memberRoleItem(member, role, sortKey) } } })),
        ...alongsideSteps(this.tableName, alongside),
      );
      const count = counts.get(member.unitId) ?? { regionId: member.regionId, all: 0, full: 0 };
      count.all += 1;
      if (member.status === 'FULL') count.full += 1;
      counts.set(member.unitId, count);
    }
    // A transaction touches an item once: each unit's counts are added in one step, the region's in one more.
    for (const [unitId, count] of counts) steps.push(this.units.memberCountStep(count.regionId, unitId, count));
    const [first] = members;
    if (first) steps.push(this.regions.memberCountStep(first.member.regionId, members.filter(({ member }) => onRoster(member)).length));
    await transactWrite(this.client, steps);
  }

  async save(change: MemberChange, alongside: Alongside & { transfer?: MemberTransfer }): Promise<void> {
    const { current, next } = change;
    const sortKey = await memberSortKey(next);
    const steps: TransactStep[] = [
      {
        item: {
          Put: {
            TableName: this.tableName,
            Item: await memberToItem(next, sortKey),
            ConditionExpression: 'version = :v',
            ExpressionAttributeValues: { ':v': current.version },
          },
        },
        onConditionFailed: (old) => (old ? new StaleVersionError(memberRef(current)) : new RecordMissingError(memberRef(current))),
      },
    ];
    // The number's guard moves with the number, and goes when the member leaves the roster.
    const wasGuarded = onRoster(current);
    const guarded = onRoster(next);
    if (wasGuarded && (!guarded || current.idNumber.fingerprint !== next.idNumber.fingerprint)) steps.push(this.guardDelete(current));
    if (guarded && (!wasGuarded || current.idNumber.fingerprint !== next.idNumber.fingerprint)) steps.push(this.guardPut(next));
    // Role links: one copy per role held while on the roster, refreshed with the member.
    const heldNow = guarded ? next.roles : [];
    for (const role of current.roles) {
      if (!heldNow.includes(role)) steps.push({ item: { Delete: { TableName: this.tableName, Key: memberRoleKey(current.regionId, current.id, role) } } });
    }
    for (const role of heldNow) steps.push({ item: { Put: { TableName: this.tableName, Item: memberRoleItem(next, role, sortKey) } } });
    steps.push(...this.countSteps(current, next));
    if (alongside.transfer) {
      steps.push({
        item: { Put: { TableName: this.tableName, Item: memberTransferItem(next.regionId, alongside.transfer), ConditionExpression: 'attribute_not_exists(pk)' } },
      });
    }
    steps.push(...alongsideSteps(this.tableName, alongside));
    await transactWrite(this.client, steps);
  }

  async recordAccess(member: Member, alongside: Alongside): Promise<void> {
    await transactWrite(this.client, [
      {
        item: { ConditionCheck: { TableName: this.tableName, Key: memberKey(member.regionId, member.id), ConditionExpression: 'attribute_exists(pk)' } },
        onConditionFailed: () => new RecordMissingError(memberRef(member)),
      },
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  /** What the change adds to each unit's counts: the units it leaves and joins, full members apart. */
  private countSteps(current: Member | null, next: Member): TransactStep[] {
    const deltas = new Map<string, { all: number; full: number }>();
    const add = (member: Member | null, sign: 1 | -1) => {
      if (!member || !onRoster(member)) return;
      const delta = deltas.get(member.unitId) ?? { all: 0, full: 0 };
      delta.all += sign;
      if (member.status === 'FULL') delta.full += sign;
      deltas.set(member.unitId, delta);
    };
    add(current, -1);
    add(next, 1);
    const steps = [...deltas]
      .filter(([, d]) => d.all !== 0 || d.full !== 0)
      .map(([unitId, d]) => this.units.memberCountStep(next.regionId, unitId, d));
    // The region's count changes only when the member joins or leaves the roster (a transfer moves it between units).
    const regionDelta = [...deltas.values()].reduce((sum, d) => sum + d.all, 0);
    if (regionDelta !== 0) steps.push(this.regions.memberCountStep(next.regionId, regionDelta));
    return steps;
  }

  private guardPut(member: Member): TransactStep {
    return {
      item: { Put: { TableName: this.tableName, Item: memberIdGuardItem(member), ConditionExpression: 'attribute_not_exists(pk)' } },
      onConditionFailed: () => new AlreadyTakenError(MEMBER_GUARDS.idNumber, member.id),
    };
  }

  private guardDelete(member: Member): TransactStep {
    return {
      item: {
        Delete: {
          TableName: this.tableName,
          Key: memberIdGuardKey(member.regionId, member.idNumber.fingerprint),
          ConditionExpression: 'memberId = :id',
          ExpressionAttributeValues: { ':id': member.id },
        },
      },
      onConditionFailed: () => new StaleVersionError(memberRef(member)),
    };
  }
}

export type MemberCondition = FilterCondition & { test: 'equals' | 'prefix'; value: string };

/**
 * Picks the partition that serves the most selective filter (role, unit and category together, unit,
 * community, name, category, status); the rest become filter conditions on what it reads.
 */
export function planMemberQuery(regionId: string, filter: MemberFilter): { partition: Partition; conditions: MemberCondition[] } {
  const candidates: { applies: boolean; partition: () => Partition; conditions: MemberCondition[] }[] = [
    { applies: Boolean(filter.role), partition: () => memberPartitions.byRole(regionId, filter.role!), conditions: [] },
    {
      applies: Boolean(filter.unitId && filter.category),
      partition: () => memberPartitions.byUnitAndCategory(regionId, filter.unitId!, filter.category!),
      conditions: [equals('unitId', filter.unitId), equals('category', filter.category)],
    },
    { applies: Boolean(filter.unitId), partition: () => memberPartitions.byUnit(regionId, filter.unitId!), conditions: [equals('unitId', filter.unitId)] },
    { applies: Boolean(filter.communityId), partition: () => memberPartitions.byCommunity(regionId, filter.communityId!), conditions: [equals('communityId', filter.communityId)] },
    {
      applies: Boolean(filter.namePrefix),
      partition: () => memberPartitions.byNameInitial(regionId, nameInitial(filter.namePrefix!)),
      // The partition holds the names with the prefix's first character: a longer prefix stays a condition.
      conditions: [{ attribute: 'nameKey', test: 'prefix', value: nameInitial(filter.namePrefix ?? '') }],
    },
    { applies: Boolean(filter.category), partition: () => memberPartitions.byCategory(regionId, filter.category!), conditions: [equals('category', filter.category)] },
    { applies: Boolean(filter.status), partition: () => memberPartitions.byStatus(regionId, filter.status!), conditions: [equals('status', filter.status)] },
  ];
  const chosen = candidates.find((c) => c.applies);
  const partition = chosen ? chosen.partition() : memberPartitions.all(regionId);
  // Every other filter is a condition; what the chosen partition already guarantees is left out.
  const wanted: MemberCondition[] = [
    ...(filter.unitId ? [equals('unitId', filter.unitId)] : []),
    ...(filter.communityId ? [equals('communityId', filter.communityId)] : []),
    ...(filter.category ? [equals('category', filter.category)] : []),
    ...(filter.status ? [equals('status', filter.status)] : []),
    ...(filter.namePrefix ? [{ attribute: 'nameKey', test: 'prefix' as const, value: filter.namePrefix }] : []),
  ];
  const guaranteed = chosen?.conditions ?? [];
  const conditions = wanted.filter((c) => !guaranteed.some((g) => g.attribute === c.attribute && g.test === c.test && g.value === c.value));
  return { partition, conditions };
}

const equals = (attribute: string, value: string | undefined): MemberCondition => ({ attribute, test: 'equals', value: value ?? '' });
