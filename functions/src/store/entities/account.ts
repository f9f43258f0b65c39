/**
 * Account (账号, a person's sign-in as the region keeps it), the unit's liaison-account guard, and a bulk run's
 * handout entries: keys, index entries and item mapping.
 *
 * | item                          | pk                              | sk                          |
 * |-------------------------------|---------------------------------|-----------------------------|
 * | account                       | ACCOUNT#{username key}          | #ACCOUNT                    |
 * | a unit's liaison account      | R#{r}#UNIT#{unit}               | #LIAISONACCOUNT             |
 * | handout entry (TTL)           | R#{r}#HANDOUT#{handout}         | {createdAt}#{username key}  |
 *
 * The account's own key is global, not region-first (keys.ts): usernames are the pool's, one per deployment, and
 * an account is read by username before its region is known (sign-in, `viewer`). The username key is
 * `usernameKey` (domain/accounts/username.ts): the pool compares usernames case-insensitively, and so do these keys.
 * Every list of accounts is an index partition of one region, sorted by `{role}#{username key}`:
 *
 * | index | partition (gsiNpk)                          | serves                                        |
 * |-------|---------------------------------------------|-----------------------------------------------|
 * | gsi1  | R#{r}#ACCOUNTS                              | the region's accounts by role, then username  |
 * | gsi2  | R#{r}#ACCOUNTS#UNIT#{unit} (with a unit)    | a unit's accounts                             |
 * | gsi3  | R#{r}#ACCOUNTS#STATE#{state}                | by state                                      |
 * | gsi7  | R#{r}#ACCOUNTS#UNIT#{unit}#STATE#{state}    | a unit's accounts of a state                  |
 *
 * A role filter is `begins_with(gsiNsk, {role}#)` on whichever partition the other filters pick, so every
 * combination of the filters is one exact key condition (no residual filter, pages always full).
 *
 * The liaison guard sits in the unit's partition (under a `#` sort key, like the unit item: no `^PAIRING#` or other
 * child prefix reads it) and names the account holding the unit; put with `attribute_not_exists`, it makes
 * "a unit has at most one liaison account" a key. Handout entries live 7 days at most (`expiresAt`, the table's TTL).
 */
import type { Account, AccountRole, AccountState, HandoutEntry } from '../../domain/accounts/account';
import { usernameKey } from '../../domain/accounts/username';
import { pickFields } from '../item-fields';
import { indexAttributes, regionRoot, type Partition, type PrimaryKey } from '../keys';
import { unitKey } from './unit';

export const ACCOUNT_TYPE = 'ACCOUNT';
export const LIAISON_ACCOUNT_TYPE = 'LIAISON_ACCOUNT';
export const HANDOUT_ENTRY_TYPE = 'HANDOUT_ENTRY';

/** The partition-key prefix of every account item: outside every region (keys.ts). */
export const ACCOUNT_PREFIX = 'ACCOUNT#';

/** How long a handout entry is kept when its sheet is never downloaded (the table's TTL deletes it). */
export const HANDOUT_KEEP_SECONDS = 7 * 86_400;

export const accountKey = (username: string): PrimaryKey => ({ pk: `${ACCOUNT_PREFIX}${usernameKey(username)}`, sk: '#ACCOUNT' });

export const liaisonAccountKey = (regionId: string, unitId: string): PrimaryKey => ({ pk: unitKey(regionId, unitId).pk, sk: '#LIAISONACCOUNT' });

export const handoutPartition = (regionId: string, handoutId: string): Partition => ({ partitionValue: `${regionRoot(regionId)}#HANDOUT#${handoutId}` });

export const handoutEntryKey = (regionId: string, handoutId: string, entry: Pick<HandoutEntry, 'createdAt' | 'username'>): PrimaryKey => ({
  pk: handoutPartition(regionId, handoutId).partitionValue,
  sk: `${entry.createdAt}#${usernameKey(entry.username)}`,
});

const accounts = (regionId: string) => `${regionRoot(regionId)}#ACCOUNTS`;

export const accountPartitions = {
  all: (regionId: string): Partition => ({ index: 'gsi1', partitionValue: accounts(regionId) }),
  byUnit: (regionId: string, unitId: string): Partition => ({ index: 'gsi2', partitionValue: `${accounts(regionId)}#UNIT#${unitId}` }),
  byState: (regionId: string, state: AccountState): Partition => ({ index: 'gsi3', partitionValue: `${accounts(regionId)}#STATE#${state}` }),
  byUnitAndState: (regionId: string, unitId: string, state: AccountState): Partition => ({
    index: 'gsi7',
    partitionValue: `${accounts(regionId)}#UNIT#${unitId}#STATE#${state}`,
  }),
};

/** The sort key of every account list: by role, then username (as the pool compares it). */
export const accountSortKey = (account: Pick<Account, 'role' | 'username'>) => `${account.role}#${usernameKey(account.username)}`;

/** The prefix of a role's accounts in any of the lists. */
export const accountRolePrefix = (role: AccountRole) => `${role}#`;

const ACCOUNT_FIELDS = [
  'username', 'regionId', 'name', 'phone', 'role', 'unitId', 'memberId', 'state', 'temporaryPasswordSetAt', 'createdAt', 'createdBy', 'updatedAt', 'version',
] as const satisfies readonly (keyof Account)[];

export function accountToItem(account: Account): Record<string, unknown> {
  const { regionId, unitId, state } = account;
  const partitions = [accountPartitions.all(regionId), accountPartitions.byState(regionId, state)];
  if (unitId) partitions.push(accountPartitions.byUnit(regionId, unitId), accountPartitions.byUnitAndState(regionId, unitId, state));
  return {
    ...accountKey(account.username),
    type: ACCOUNT_TYPE,
    ...pickFields<Account>(account as unknown as Record<string, unknown>, ACCOUNT_FIELDS),
    usernameKey: usernameKey(account.username),
    ...indexAttributes(partitions, accountSortKey(account)),
  };
}

export function accountFromItem(item: Record<string, unknown>): Account {
  const account = pickFields<Account>(item, ACCOUNT_FIELDS);
  account.version = Number(account.version);
  return account;
}

export const liaisonAccountToItem = (account: Account) => ({
  ...liaisonAccountKey(account.regionId, account.unitId!),
  type: LIAISON_ACCOUNT_TYPE,
  regionId: account.regionId,
  unitId: account.unitId,
  username: account.username,
  createdAt: account.createdAt,
});

const HANDOUT_FIELDS = ['username', 'name', 'unitName', 'phone', 'sealedPassword', 'createdAt'] as const satisfies readonly (keyof HandoutEntry)[];

export const handoutEntryToItem = (regionId: string, handoutId: string, entry: HandoutEntry) => ({
  ...handoutEntryKey(regionId, handoutId, entry),
  type: HANDOUT_ENTRY_TYPE,
  regionId,
  handoutId,
  ...pickFields<HandoutEntry>(entry as unknown as Record<string, unknown>, HANDOUT_FIELDS),
  usernameKey: usernameKey(entry.username),
  expiresAt: Math.floor(Date.parse(entry.createdAt) / 1000) + HANDOUT_KEEP_SECONDS,
});

export const handoutEntryFromItem = (item: Record<string, unknown>): HandoutEntry => pickFields<HandoutEntry>(item, HANDOUT_FIELDS);
