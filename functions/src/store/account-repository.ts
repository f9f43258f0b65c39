import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Alongside } from '../domain/alongside';
import type { Account, HandoutEntry, SignInState } from '../domain/accounts/account';
import type { AccountFilter, AccountStore, HandoutPart } from '../domain/accounts/ports';
import { usernameKey } from '../domain/accounts/username';
import type { Page, PageRequest } from '../domain/paging';
import { AlreadyTakenError, RecordMissingError, StaleVersionError } from '../domain/write-refusals';
import { batchGet, keyId } from './batch-get';
import { batchDelete } from './batch-write';
import {
  accountFromItem, accountKey, accountPartitions, accountRolePrefix, accountToItem, handoutEntryFromItem, handoutEntryToItem, handoutPartition,
  liaisonAccountKey, liaisonAccountToItem,
} from './entities/account';
import { regionKey } from './entities/region';
import { signInAttemptsKey, signInStateFromItem } from './entities/sign-in-attempts';
import { regionKeyPrefix, type PrimaryKey } from './keys';
import { queryPage } from './query-page';
import { alongsideSteps, transactWrite, type TransactStep } from './transact';

const accountRef = (username: string) => ({ type: 'Account', id: username });

/** Items one Query of a handout reads at most (a handout holds one bulk run's people: hundreds). */
const HANDOUT_QUERY_LIMIT = 500;

/**
 * The accounts in the single table (entities/account.ts). A create is one transaction: the region's counts (the
 * region must exist), the account where none has the username, a liaison's hold on its unit, the audit entry and a
 * bulk run's handout entry. A save puts the account whole at the version read (so its index entries follow its
 * state), with the audit entry. Role, unit and region are what an account is made for: a save never changes them.
 */
export class AccountRepository implements AccountStore {
  constructor(
    readonly client: DynamoDBDocumentClient,
    readonly tableName: string,
  ) {}

  async get(username: string): Promise<Account | null> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: accountKey(username), ConsistentRead: true }));
    return Item ? accountFromItem(Item) : null;
  }

  async getMany(usernames: readonly string[]): Promise<(Account | null)[]> {
    const found = await batchGet(this.client, this.tableName, usernames.map(accountKey));
    return usernames.map((u) => {
      const item = found.get(keyId(accountKey(u)));
      return item ? accountFromItem(item) : null;
    });
  }

  /** Two round trips for any number of units: the units' liaison guards, then the accounts they name. */
  async liaisonsOfUnits(regionId: string, unitIds: readonly string[]): Promise<Map<string, Account>> {
    const found = new Map<string, Account>();
    if (unitIds.length === 0) return found;
    const guards = await batchGet(this.client, this.tableName, unitIds.map((unitId) => liaisonAccountKey(regionId, unitId)));
    const holders = new Map<string, PrimaryKey>();
    for (const unitId of unitIds) {
      const guard = guards.get(keyId(liaisonAccountKey(regionId, unitId)));
      if (guard) holders.set(unitId, accountKey(String(guard.username)));
    }
    if (holders.size === 0) return found;
    const items = await batchGet(this.client, this.tableName, [...holders.values()]);
    for (const [unitId, key] of holders) {
      const item = items.get(keyId(key));
      if (!item) continue;
      const account = accountFromItem(item);
      if (account.regionId === regionId && account.unitId === unitId) found.set(unitId, account);
    }
    return found;
  }

  async create(account: Account, alongside: Alongside & { handout?: HandoutPart }): Promise<void> {
    const { regionId } = account;
    // The region first: a write into a region that does not exist is refused as that, whatever else holds.
    const steps: TransactStep[] = [
      {
        item: {
          Update: {
            TableName: this.tableName,
            Key: regionKey(regionId),
            UpdateExpression: account.role === 'REGION_ADMIN' ? 'ADD accountCount :one, adminCount :one, adminUsernames :name' : 'ADD accountCount :one',
            ConditionExpression: 'attribute_exists(pk)',
            // A string set: ADD keeps each username once.
            ExpressionAttributeValues: account.role === 'REGION_ADMIN' ? { ':one': 1, ':name': new Set([account.username]) } : { ':one': 1 },
          },
        },
        onConditionFailed: () => new RecordMissingError({ type: 'Region', id: regionId }),
      },
      {
        item: { Put: { TableName: this.tableName, Item: accountToItem(account), ConditionExpression: 'attribute_not_exists(pk)' } },
        onConditionFailed: () => new AlreadyTakenError('username', account.username),
      },
    ];
    if (account.role === 'UNIT_LIAISON' && account.unitId) {
      steps.push({
        item: { Put: { TableName: this.tableName, Item: liaisonAccountToItem(account), ConditionExpression: 'attribute_not_exists(pk)' } },
        onConditionFailed: () => new AlreadyTakenError('unit-liaison', account.unitId ?? ''),
      });
    }
    steps.push(...alongsideSteps(this.tableName, alongside));
    const { handout } = alongside;
    if (handout) {
      steps.push({ item: { Put: { TableName: this.tableName, Item: handoutEntryToItem(regionId, handout.handoutId, handout.entry) } } });
    }
    await transactWrite(this.client, steps);
  }

  async delete(account: Account, alongside: Alongside): Promise<void> {
    const admin = account.role === 'REGION_ADMIN';
    const ref = { type: 'Account', id: account.username };
    const steps: TransactStep[] = [
      {
        item: { Delete: { TableName: this.tableName, Key: accountKey(account.username), ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': account.version } } },
        onConditionFailed: (existing) => (existing ? new StaleVersionError(ref) : new RecordMissingError(ref)),
      },
      {
        item: {
          Update: {
            TableName: this.tableName,
            Key: regionKey(account.regionId),
            UpdateExpression: admin ? 'ADD accountCount :minus, adminCount :minus DELETE adminUsernames :name' : 'ADD accountCount :minus',
            ExpressionAttributeValues: admin ? { ':minus': -1, ':name': new Set([account.username]) } : { ':minus': -1 },
          },
        },
      },
    ];
    if (account.role === 'UNIT_LIAISON' && account.unitId) {
      steps.push({ item: { Delete: { TableName: this.tableName, Key: liaisonAccountKey(account.regionId, account.unitId) } } });
    }
    await transactWrite(this.client, [...steps, ...alongsideSteps(this.tableName, alongside)]);
  }

  async save({ current, next }: { current: Account; next: Account }, alongside: Alongside): Promise<void> {
    assertSameAccount(current, next);
    await transactWrite(this.client, [
      this.versionedPut(current, next),
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  /** The account's new state, written only over the version read. */
  private versionedPut(current: Account, next: Account): TransactStep {
    return {
      item: {
        Put: {
          TableName: this.tableName,
          Item: accountToItem(next),
          ConditionExpression: 'attribute_exists(pk) AND version = :current',
          ExpressionAttributeValues: { ':current': current.version },
        },
      },
      onConditionFailed: (existing) => (existing ? new StaleVersionError(accountRef(current.username)) : new RecordMissingError(accountRef(current.username))),
    };
  }

  async rebind({ current, next }: { current: Account; next: Account }, alongside: Alongside): Promise<void> {
    assertRebinding(current, next);
    await transactWrite(this.client, [
      this.versionedPut(current, next),
      // The old unit's hold goes only if it is this account's.
      {
        item: {
          Delete: {
            TableName: this.tableName,
            Key: liaisonAccountKey(current.regionId, current.unitId!),
            ConditionExpression: 'attribute_not_exists(pk) OR username = :username',
            ExpressionAttributeValues: { ':username': current.username },
          },
        },
        onConditionFailed: () => new StaleVersionError(accountRef(current.username)),
      },
      {
        item: { Put: { TableName: this.tableName, Item: liaisonAccountToItem(next), ConditionExpression: 'attribute_not_exists(pk)' } },
        onConditionFailed: () => new AlreadyTakenError('unit-liaison', next.unitId ?? ''),
      },
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  /** One BatchGetItem of the usernames' `SIGNIN#` items (entities/sign-in-attempts.ts), the lockout's own. */
  async signInStates(usernames: readonly string[], now: number): Promise<SignInState[]> {
    const keys = usernames.map((u) => signInAttemptsKey(usernameKey(u)));
    const found = await batchGet(this.client, this.tableName, keys);
    return keys.map((key) => signInStateFromItem(found.get(keyId(key)), now));
  }

  /** The count and the lock cleared (the version raised, so an attempt decided before is decided again), with the audit entry. */
  async clearLockout(username: string, alongside: Alongside): Promise<void> {
    await transactWrite(this.client, [
      {
        item: {
          Update: {
            TableName: this.tableName,
            Key: signInAttemptsKey(usernameKey(username)),
            UpdateExpression: 'SET failures = :none, lockedUntil = :none, updatedAt = :now ADD version :one',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':none': 0, ':one': 1, ':now': alongside.audit.at },
          },
        },
        onConditionFailed: () => new RecordMissingError({ type: 'SignInAttempts', id: username }),
      },
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  list(regionId: string, filter: AccountFilter, page: PageRequest): Promise<Page<Account>> {
    const { unitId, state, role } = filter;
    const partition = unitId
      ? state
        ? accountPartitions.byUnitAndState(regionId, unitId, state)
        : accountPartitions.byUnit(regionId, unitId)
      : state
        ? accountPartitions.byState(regionId, state)
        : accountPartitions.all(regionId);
    return queryPage(
      this.client,
      {
        tableName: this.tableName,
        partition,
        sortKeyPrefix: role ? accountRolePrefix(role) : undefined,
        page,
        regionKeyPrefix: regionKeyPrefix(regionId),
        // The accounts' own key is ACCOUNT#{username}: the cursor's index partition is the region's.
        globalTableKey: true,
      },
      accountFromItem,
    );
  }

  async handoutEntries(regionId: string, handoutId: string, limit: number): Promise<HandoutEntry[]> {
    const entries: HandoutEntry[] = [];
    if (limit < 1) return entries;
    let startKey: Record<string, unknown> | undefined;
    do {
      const result = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': handoutPartition(regionId, handoutId).partitionValue },
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
          Limit: Math.min(limit - entries.length, HANDOUT_QUERY_LIMIT),
        }),
      );
      entries.push(...(result.Items ?? []).map(handoutEntryFromItem));
      startKey = result.LastEvaluatedKey;
    } while (startKey && entries.length < limit);
    return entries;
  }

  /**
   * An entry's key holds its creation time (the sheet's order), which the caller does not pass: the handout's keys
   * are read first (its partition, bounded by the bulk run that wrote it, keys only, stopping when all are found),
   * then the named entries deleted 25 at a time.
   */
  async deleteHandoutEntries(regionId: string, handoutId: string, usernames: readonly string[]): Promise<void> {
    const wanted = new Set(usernames.map(usernameKey));
    const keys: PrimaryKey[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const result = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': handoutPartition(regionId, handoutId).partitionValue },
          ProjectionExpression: 'pk, sk, usernameKey',
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
          Limit: HANDOUT_QUERY_LIMIT,
        }),
      );
      for (const item of result.Items ?? []) {
        if (wanted.delete(String(item.usernameKey))) keys.push({ pk: String(item.pk), sk: String(item.sk) });
      }
      startKey = result.LastEvaluatedKey;
    } while (startKey && wanted.size > 0);
    await batchDelete(this.client, this.tableName, keys);
  }
}

/** What an account is made for (its key, region, role and unit) stays: a save changing it is a caller's bug. */
export function assertSameAccount(current: Account, next: Account): void {
  if (usernameKey(current.username) !== usernameKey(next.username) || current.regionId !== next.regionId || current.role !== next.role || current.unitId !== next.unitId) {
    throw new Error(`account save: ${current.username} may change only its state, profile and password, not what it is made for`);
  }
}

/** A rebinding changes a liaison account's unit, and nothing else of what it is made for. */
export function assertRebinding(current: Account, next: Account): void {
  if (current.role !== 'UNIT_LIAISON' || !current.unitId || !next.unitId || current.unitId === next.unitId) {
    throw new Error(`account rebind: ${current.username} must be a liaison account moving to another unit`);
  }
  assertSameAccount(current, { ...next, unitId: current.unitId });
}
