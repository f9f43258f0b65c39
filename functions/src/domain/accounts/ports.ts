import type { Alongside } from '../alongside';
import type { Page, PageRequest } from '../paging';
import type { Account, AccountRole, AccountState, HandoutEntry, SignInState } from './account';

/** Who an account is, as the identity provider keeps it (custom attributes and group). */
export interface DirectoryUser {
  username: string;
  name: string;
  phone: string | null;
  role: AccountRole;
  regionId: string;
  unitId: string | null;
  memberId: string | null;
}

/** The provider already has a user of this name (a demo account, or one made outside this API). */
export class UsernameTakenError extends Error {
  override readonly name = 'UsernameTakenError';
  constructor(readonly username: string) {
    super(`username already exists: ${username}`);
  }
}

/**
 * The identity provider's admin side: Cognito's admin API in the cloud (store/cognito-directory.ts), the same
 * actions of the local issuer locally. Only this area calls it; people's own sign-in never goes through here.
 */
export interface IdentityDirectory {
  /** Makes the user with a temporary password that the first sign-in must replace. Throws UsernameTakenError. */
  createUser(user: DirectoryUser, temporaryPassword: string): Promise<void>;
  /** Removes a user this area just made, when its record could not be written (so nothing is half made). */
  deleteUser(username: string): Promise<void>;
  /** Disabling also ends the user's sessions (refresh tokens revoked). */
  setEnabled(username: string, enabled: boolean): Promise<void>;
  /** A new temporary password the next sign-in must replace; ends the user's sessions. */
  resetPassword(username: string, temporaryPassword: string): Promise<void>;
  /** The unit a liaison speaks for (the `custom:unit` attribute its tokens carry); ends the user's sessions. */
  setUnit(username: string, unitId: string): Promise<void>;
  /** Turns the user's authenticator (TOTP) off: an admin's next sign-in enrols a new one. Ends the user's sessions. */
  resetAuthenticator(username: string): Promise<void>;
}

export interface AccountFilter {
  role?: AccountRole | null;
  unitId?: string | null;
  state?: AccountState | null;
}

/** A bulk run's handout entry, written with its account. */
export interface HandoutPart {
  handoutId: string;
  entry: HandoutEntry;
}

/**
 * The region's accounts in the table. Accounts are keyed by username across regions (the pool's usernames are
 * global); a liaison account also holds its unit's place, so a unit has at most one liaison account.
 */
export interface AccountStore {
  get(username: string): Promise<Account | null>;
  /** Accounts by username, in the order asked (null where none): one batch. */
  getMany(usernames: readonly string[]): Promise<(Account | null)[]>;
  /** Accounts of the liaisons of these units (one read per page of units); by unit id. */
  liaisonsOfUnits(regionId: string, unitIds: readonly string[]): Promise<Map<string, Account>>;
  /**
   * Writes a new account with its audit entry, the region's counts, and (bulk runs) its handout entry, all or
   * nothing. Refuses AlreadyTakenError('username') and, for a liaison, AlreadyTakenError('unit-liaison').
   */
  create(account: Account, alongside: Alongside & { handout?: HandoutPart }): Promise<void>;
  /** Saves a change (state, reset) on the version read; StaleVersionError otherwise. */
  save(change: { current: Account; next: Account }, alongside: Alongside): Promise<void>;
  /**
   * Deletes the account at the version read, with its unit's hold (a liaison's), the region's counts and the audit
   * entry, all or nothing; StaleVersionError otherwise. The username is then free again.
   */
  delete(account: Account, alongside: Alongside): Promise<void>;
  /**
   * A liaison account moves to another unit of its region: the record at the version read, the unit's hold moved
   * from the old unit to the new one, and the audit entry, all or nothing. StaleVersionError, or
   * AlreadyTakenError('unit-liaison') when the new unit has a liaison account.
   */
  rebind(change: { current: Account; next: Account }, alongside: Alongside): Promise<void>;
  /**
   * The sign-in state of each username, in the order asked (no sign-ins where none is kept): one batch. `now`
   * decides whether a lock still lasts and whether the failures are forgotten.
   */
  signInStates(usernames: readonly string[], now: number): Promise<SignInState[]>;
  /** Clears the failures and the lock of a username (its last sign-in stays), with the audit entry, all or nothing. */
  clearLockout(username: string, alongside: Alongside): Promise<void>;
  /** The region's accounts by role then username; the filter narrows it (unit: its accounts only). */
  list(regionId: string, filter: AccountFilter, page: PageRequest): Promise<Page<Account>>;
  /** A handout's entries (at most `limit`), oldest first. */
  handoutEntries(regionId: string, handoutId: string, limit: number): Promise<HandoutEntry[]>;
  /** Deletes the entries read (the sheet is downloadable once). */
  deleteHandoutEntries(regionId: string, handoutId: string, usernames: readonly string[]): Promise<void>;
}
