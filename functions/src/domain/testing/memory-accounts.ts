import type { Alongside } from '../alongside';
import type { Account, HandoutEntry, SignInState } from '../accounts/account';
import { usernameKey } from '../accounts/username';
import { UsernameTakenError, type AccountFilter, type AccountStore, type DirectoryUser, type HandoutPart, type IdentityDirectory } from '../accounts/ports';
import type { Page, PageRequest } from '../paging';
import { AlreadyTakenError, RecordMissingError, StaleVersionError } from '../write-refusals';
import { compareKeys, pageOf } from './memory-paging';
import { copy, keyOf, type MemoryState } from './memory-state';
import { MemorySignInAttempts } from './memory-sign-in-attempts';

/** Accounts in memory, with the same refusals as store/account-repository.ts. */
export class MemoryAccountStore implements AccountStore {
  readonly accounts = new Map<string, Account>();
  /** (region, unit) → username of the unit's liaison account. */
  private readonly unitLiaisons = new Map<string, string>();
  /** (region, handout) → entries by username. */
  private readonly handouts = new Map<string, Map<string, HandoutEntry>>();
  /** The lockout's items (SIGNIN#…): a test counts attempts and sign-ins here as the triggers do. */
  readonly signIns = new MemorySignInAttempts();

  constructor(private readonly state: MemoryState) {}

  async get(username: string): Promise<Account | null> {
    return copy(this.accounts.get(usernameKey(username)) ?? null);
  }

  async getMany(usernames: readonly string[]): Promise<(Account | null)[]> {
    return usernames.map((u) => copy(this.accounts.get(usernameKey(u)) ?? null));
  }

  async liaisonsOfUnits(regionId: string, unitIds: readonly string[]): Promise<Map<string, Account>> {
    const found = new Map<string, Account>();
    for (const unitId of unitIds) {
      const username = this.unitLiaisons.get(keyOf(regionId, unitId));
      const account = username && this.accounts.get(username);
      if (account) found.set(unitId, copy(account));
    }
    return found;
  }

  async create(account: Account, alongside: Alongside & { handout?: HandoutPart }): Promise<void> {
    const key = usernameKey(account.username);
    const unitKey = account.role === 'UNIT_LIAISON' && account.unitId ? keyOf(account.regionId, account.unitId) : null;
    await this.state.write((write) => {
      write.require(this.state.regions.has(account.regionId), () => new RecordMissingError({ type: 'Region', id: account.regionId }));
      write.require(!this.accounts.has(key), () => new AlreadyTakenError('username', account.username));
      if (unitKey) write.require(!this.unitLiaisons.has(unitKey), () => new AlreadyTakenError('unit-liaison', account.unitId ?? ''));
      write.alongside(alongside);
      write.then(() => {
        this.accounts.set(key, copy(account));
        if (unitKey) this.unitLiaisons.set(unitKey, key);
        const region = this.state.regions.get(account.regionId)!;
        region.accountCount += 1;
        if (account.role === 'REGION_ADMIN') {
          region.adminCount += 1;
          region.adminUsernames = [...new Set([...region.adminUsernames, account.username])].sort();
        }
        if (alongside.handout) {
          const handoutKey = keyOf(account.regionId, alongside.handout.handoutId);
          const entries = this.handouts.get(handoutKey) ?? new Map<string, HandoutEntry>();
          entries.set(key, copy(alongside.handout.entry));
          this.handouts.set(handoutKey, entries);
        }
      });
    });
  }

  async save({ current, next }: { current: Account; next: Account }, alongside: Alongside): Promise<void> {
    if (usernameKey(current.username) !== usernameKey(next.username) || current.regionId !== next.regionId || current.role !== next.role || current.unitId !== next.unitId) {
      throw new Error(`account save: ${current.username} may change only its state, profile and password, not what it is made for`);
    }
    const key = usernameKey(current.username);
    await this.state.write((write) => {
      const stored = this.accounts.get(key);
      write.require(stored !== undefined, () => new RecordMissingError({ type: 'Account', id: current.username }));
      write.require(stored?.version === current.version, () => new StaleVersionError({ type: 'Account', id: current.username }));
      write.alongside(alongside);
      write.then(() => this.accounts.set(key, copy(next)));
    });
  }

  async delete(account: Account, alongside: Alongside): Promise<void> {
    const key = usernameKey(account.username);
    const unitKey = account.role === 'UNIT_LIAISON' && account.unitId ? keyOf(account.regionId, account.unitId) : null;
    await this.state.write((write) => {
      const stored = this.accounts.get(key);
      write.require(stored !== undefined, () => new RecordMissingError({ type: 'Account', id: account.username }));
      write.require(stored?.version === account.version, () => new StaleVersionError({ type: 'Account', id: account.username }));
      write.alongside(alongside);
      write.then(() => {
        this.accounts.delete(key);
        if (unitKey && this.unitLiaisons.get(unitKey) === key) this.unitLiaisons.delete(unitKey);
        const region = this.state.regions.get(account.regionId);
        if (!region) return;
        region.accountCount -= 1;
        if (account.role === 'REGION_ADMIN') {
          region.adminCount -= 1;
          region.adminUsernames = region.adminUsernames.filter((u) => u !== account.username);
        }
      });
    });
  }

  async rebind({ current, next }: { current: Account; next: Account }, alongside: Alongside): Promise<void> {
    if (current.role !== 'UNIT_LIAISON' || !current.unitId || !next.unitId || current.unitId === next.unitId || usernameKey(current.username) !== usernameKey(next.username) || current.regionId !== next.regionId || next.role !== current.role) {
      throw new Error(`account rebind: ${current.username} must be a liaison account moving to another unit`);
    }
    const key = usernameKey(current.username);
    const oldUnit = keyOf(current.regionId, current.unitId);
    const newUnit = keyOf(next.regionId, next.unitId);
    await this.state.write((write) => {
      const stored = this.accounts.get(key);
      write.require(stored !== undefined, () => new RecordMissingError({ type: 'Account', id: current.username }));
      write.require(stored?.version === current.version, () => new StaleVersionError({ type: 'Account', id: current.username }));
      const holder = this.unitLiaisons.get(oldUnit);
      write.require(holder === undefined || holder === key, () => new StaleVersionError({ type: 'Account', id: current.username }));
      write.require(!this.unitLiaisons.has(newUnit), () => new AlreadyTakenError('unit-liaison', next.unitId ?? ''));
      write.alongside(alongside);
      write.then(() => {
        this.accounts.set(key, copy(next));
        this.unitLiaisons.delete(oldUnit);
        this.unitLiaisons.set(newUnit, key);
      });
    });
  }

  async signInStates(usernames: readonly string[], now: number): Promise<SignInState[]> {
    return usernames.map((u) => this.signIns.state(u, now));
  }

  async clearLockout(username: string, alongside: Alongside): Promise<void> {
    await this.state.write((write) => {
      write.require(this.signIns.has(username), () => new RecordMissingError({ type: 'SignInAttempts', id: username }));
      write.alongside(alongside);
      write.then(() => this.signIns.clear(username));
    });
  }

  async list(regionId: string, filter: AccountFilter, page: PageRequest): Promise<Page<Account>> {
    const entries = [...this.accounts.values()]
      .filter((a) => a.regionId === regionId)
      .filter((a) => !filter.role || a.role === filter.role)
      .filter((a) => !filter.unitId || a.unitId === filter.unitId)
      .filter((a) => !filter.state || a.state === filter.state)
      .map((a) => ({ key: `${a.role}#${usernameKey(a.username)}`, node: copy(a) }));
    return pageOf(entries, page, { regionId, list: ['accounts', filter.role ?? null, filter.unitId ?? null, filter.state ?? null], order: 'ascending' });
  }

  async handoutEntries(regionId: string, handoutId: string, limit: number): Promise<HandoutEntry[]> {
    // The store's order: its sort key `{createdAt}#{username key}`, compared as DynamoDB compares strings.
    const sortKey = (e: HandoutEntry) => `${e.createdAt}#${usernameKey(e.username)}`;
    const entries = [...(this.handouts.get(keyOf(regionId, handoutId))?.values() ?? [])];
    return copy(entries.sort((a, b) => compareKeys(sortKey(a), sortKey(b))).slice(0, Math.max(limit, 0)));
  }

  async deleteHandoutEntries(regionId: string, handoutId: string, usernames: readonly string[]): Promise<void> {
    const entries = this.handouts.get(keyOf(regionId, handoutId));
    for (const username of usernames) entries?.delete(usernameKey(username));
  }
}

/** The identity provider in memory: who exists, enabled or not, with which temporary password. */
export class MemoryDirectory implements IdentityDirectory {
  readonly users = new Map<string, DirectoryUser & { enabled: boolean; temporaryPassword: string | null; signedOutAt: number; authenticatorResetAt?: number }>();
  /** Set by a test: the next createUser fails (the provider down). */
  failNextCreate: Error | null = null;
  /** Set by a test: the next setUnit fails (the provider down). */
  failNextChange: Error | null = null;

  async createUser(user: DirectoryUser, temporaryPassword: string): Promise<void> {
    const failure = this.failNextCreate;
    this.failNextCreate = null;
    if (failure) throw failure;
    const key = usernameKey(user.username);
    if (this.users.has(key)) throw new UsernameTakenError(user.username);
    this.users.set(key, { ...copy(user), enabled: true, temporaryPassword, signedOutAt: 0 });
  }

  async deleteUser(username: string): Promise<void> {
    this.users.delete(usernameKey(username));
  }

  async setEnabled(username: string, enabled: boolean): Promise<void> {
    const user = this.existing(username);
    user.enabled = enabled;
    if (!enabled) user.signedOutAt = Date.now();
  }

  async resetPassword(username: string, temporaryPassword: string): Promise<void> {
    const user = this.existing(username);
    user.temporaryPassword = temporaryPassword;
    user.signedOutAt = Date.now();
  }

  async setUnit(username: string, unitId: string): Promise<void> {
    const failure = this.failNextChange;
    this.failNextChange = null;
    if (failure) throw failure;
    const user = this.existing(username);
    user.unitId = unitId;
    user.signedOutAt = Date.now();
  }

  async resetAuthenticator(username: string): Promise<void> {
    const user = this.existing(username);
    user.authenticatorResetAt = Date.now();
    user.signedOutAt = Date.now();
  }

  private existing(username: string) {
    const user = this.users.get(usernameKey(username));
    if (!user) throw new Error(`no such user: ${username}`);
    return user;
  }
}
