import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Alongside } from '../domain/alongside';
import type { Account, HandoutEntry } from '../domain/accounts/account';
import type { AccountFilter, AccountStore, HandoutPart } from '../domain/accounts/ports';
import type { Page, PageRequest } from '../domain/paging';

/** PLACEHOLDER (being built): the accounts in the single table. */
export class AccountRepository implements AccountStore {
  constructor(
    readonly client: DynamoDBDocumentClient,
    readonly tableName: string,
  ) {}

  get(_username: string): Promise<Account | null> {
    throw new Error('AccountRepository.get: not built yet');
  }
  liaisonsOfUnits(_regionId: string, _unitIds: readonly string[]): Promise<Map<string, Account>> {
    throw new Error('not built yet');
  }
  create(_account: Account, _alongside: Alongside & { handout?: HandoutPart }): Promise<void> {
    throw new Error('not built yet');
  }
  save(_change: { current: Account; next: Account }, _alongside: Alongside): Promise<void> {
    throw new Error('not built yet');
  }
  list(_regionId: string, _filter: AccountFilter, _page: PageRequest): Promise<Page<Account>> {
    throw new Error('not built yet');
  }
  handoutEntries(_regionId: string, _handoutId: string, _limit: number): Promise<HandoutEntry[]> {
    throw new Error('not built yet');
  }
  deleteHandoutEntries(_regionId: string, _handoutId: string, _usernames: readonly string[]): Promise<void> {
    throw new Error('not built yet');
  }
}
