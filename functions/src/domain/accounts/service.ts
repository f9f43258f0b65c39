import { authorize, authorizePlatform } from '../../auth/policy';
import type { Principal, RegionPrincipal } from '../../auth/principal';
import { recordChange } from '../audit/service';
import { badInput, conflict, DomainError, notFound } from '../errors';
import { keepGeneratedWorkbook, type GeneratedFile } from '../files/workbook-files';
import { pageRequest, readPage, type Page } from '../paging';
import type { Ports } from '../ports';
import { newRegion, REGION_AUDIT, type Region } from '../regions/region';
import { unitFilterInput } from '../units/rules';
import type { Unit } from '../units/unit';
import { parseInput, todayInChina } from '../validation';
import { AlreadyTakenError, refusing, StaleVersionError, type WriteRefusedError } from '../write-refusals';
import { ACCOUNT_AUDIT, type Account, type AccountRole, type HandoutEntry } from './account';
import { accountPolicy } from './policy';
import { UsernameTakenError, type HandoutPart } from './ports';
import {
  accountFilterInput, appointRegionAdminInput, createAccountInput, createLiaisonAccountsInput, createRegionInput, MOBILE,
  rebindAccountInput, TEMPORARY_PASSWORD_DAYS, temporaryPassword, usernameInput, usernameKey,
} from './rules';

/** An account just made or reset, with its temporary password (shown once). */
export interface AccountCreated {
  account: Account;
  temporaryPassword: string;
  temporaryPasswordExpiresAt: string;
}

/** One step of the bulk run (createLiaisonAccounts). */
export interface LiaisonAccountsStep {
  handoutId: string;
  created: Account[];
  skipped: { unitId: string; unitName: string; reason: string }[];
  alreadyHadAccount: number;
  processedUnits: number;
  totalUnits: number;
  nextCursor: string | null;
  done: boolean;
}

type PageArgs = { first?: number | null; after?: string | null };

/** Accounts made at once by one bulk step: the provider's admin API is rate-limited. */
const BULK_CONCURRENCY = 4;
/** A handout sheet holds at most this many people (a region's liaisons, with room). */
const MAX_HANDOUT_ROWS = 2000;

export const SKIP_REASONS = {
  withdrawn: '单位已退出联盟',
  noLiaison: '未填写联络员',
  noMobile: '联络员手机号缺失或不是手机号',
  usernameTaken: '该手机号已是其他账号的用户名',
} as const;

export async function listAccounts(principal: Principal, args: PageArgs & { filter?: unknown }, ports: Ports): Promise<Page<Account>> {
  const caller = authorize(principal, accountPolicy.list);
  return readPage(ports.accounts.list(caller.regionId, parseInput(accountFilterInput, args.filter), pageRequest(args)));
}

export async function getAccount(principal: Principal, username: string, ports: Ports): Promise<Account | null> {
  const caller = authorize(principal, accountPolicy.list);
  const account = await ports.accounts.get(username);
  return account?.regionId === caller.regionId ? account : null;
}

/** A liaison's, a member's or a fellow admin's sign-in, in the caller's region. */
export async function createAccount(principal: Principal, input: unknown, ports: Ports): Promise<AccountCreated> {
  const caller = authorize(principal, accountPolicy.manage);
  const data = parseInput(createAccountInput, input);
  const unitId = data.role === 'UNIT_LIAISON' ? data.unitId! : null;
  const memberId = data.role === 'MEMBER' ? data.memberId! : null;
  if (unitId) {
    const unit = await ports.units.get(caller.regionId, unitId);
    if (!unit) throw badInput('unitId', '单位不存在');
    const existing = (await ports.accounts.liaisonsOfUnits(caller.regionId, [unitId])).get(unitId);
    if (existing) throw badInput('unitId', `该单位已有联络员账号（${existing.username}）`);
  }
  if (memberId && !(await ports.members.get(caller.regionId, memberId))) throw badInput('memberId', '党员不存在');
  return makeAccount(caller, ports, { username: data.username, name: data.name, phone: data.phone ?? null, role: data.role, unitId, memberId }, 'createAccount');
}

/** One step of the bulk run: the next page of units, an account for each liaison with a mobile number and none yet. */
export async function createLiaisonAccounts(principal: Principal, input: unknown, ports: Ports): Promise<LiaisonAccountsStep> {
  const caller = authorize(principal, accountPolicy.manage);
  const data = parseInput(createLiaisonAccountsInput, input);
  const handoutId = data.handoutId ?? ports.newId();
  const [region, page] = await Promise.all([
    ports.regions.get(caller.regionId),
    readPage(ports.units.list(caller.regionId, parseInput(unitFilterInput, {}), { size: data.size ?? 20, after: data.after })),
  ]);
  const units = page.edges.map((e) => e.node);
  const existing = await ports.accounts.liaisonsOfUnits(caller.regionId, units.map((u) => u.id));
  const step: LiaisonAccountsStep = {
    handoutId,
    created: [],
    skipped: [],
    alreadyHadAccount: 0,
    processedUnits: units.length,
    totalUnits: region?.unitCount ?? units.length,
    nextCursor: page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null,
    done: !page.pageInfo.hasNextPage,
  };
  const todo: Unit[] = [];
  for (const unit of units) {
    const reason = existing.has(unit.id) ? null : skipReason(unit);
    if (existing.has(unit.id)) step.alreadyHadAccount += 1;
    else if (reason) step.skipped.push({ unitId: unit.id, unitName: unit.name, reason });
    else todo.push(unit);
  }
  await inBatches(todo, BULK_CONCURRENCY, async (unit) => {
    const liaison = unit.liaison!;
    try {
      const made = await makeAccount(
        caller,
        ports,
        { username: liaison.phone!.trim(), name: liaison.name, phone: liaison.phone, role: 'UNIT_LIAISON', unitId: unit.id, memberId: null },
        'createLiaisonAccounts',
        { handoutId, unitName: unit.name },
      );
      step.created.push(made.account);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      // A concurrent run made this unit's account first: it has one now.
      if (error.field === 'unitId') step.alreadyHadAccount += 1;
      else step.skipped.push({ unitId: unit.id, unitName: unit.name, reason: error.field === 'username' ? SKIP_REASONS.usernameTaken : error.message });
    }
  });
  return step;
}

function skipReason(unit: Unit): string | null {
  if (unit.status === 'WITHDRAWN') return SKIP_REASONS.withdrawn;
  if (!unit.liaison?.name) return SKIP_REASONS.noLiaison;
  if (!unit.liaison.phone || !MOBILE.test(unit.liaison.phone.trim())) return SKIP_REASONS.noMobile;
  return null;
}

/** The bulk run's sheet of temporary passwords, once: the sealed passwords are deleted as the sheet is made. */
export async function liaisonAccountsHandout(principal: Principal, handoutId: string, ports: Ports): Promise<GeneratedFile> {
  const caller = authorize(principal, accountPolicy.manage);
  const entries = await ports.accounts.handoutEntries(caller.regionId, handoutId, MAX_HANDOUT_ROWS);
  if (entries.length === 0) throw badInput('handoutId', '发放单不存在或已下载过（临时密码只能下载一次，如有遗失请为该账号重置密码）');
  const rows = await Promise.all(
    entries.map(async (e) => ({ unitName: e.unitName, name: e.name, username: e.username, phone: e.phone, temporaryPassword: await ports.vault.open(e.sealedPassword) })),
  );
  const region = await ports.regions.get(caller.regionId);
  const bytes = await ports.accountWorkbooks.handout(rows, { title: `${region?.name ?? ''}联络员账号发放单`, signInUrl: null, validDays: TEMPORARY_PASSWORD_DAYS });
  const file = await keepGeneratedWorkbook(caller, `联络员账号发放单-${todayInChina(ports.now())}.xlsx`, bytes, ports);
  await ports.accounts.deleteHandoutEntries(caller.regionId, handoutId, entries.map((e) => e.username));
  return file;
}

export async function disableAccount(principal: Principal, input: unknown, ports: Ports): Promise<Account> {
  return changeState(principal, input, ports, 'DISABLED');
}

export async function enableAccount(principal: Principal, input: unknown, ports: Ports): Promise<Account> {
  return changeState(principal, input, ports, 'ACTIVE');
}

async function changeState(principal: Principal, input: unknown, ports: Ports, state: Account['state']): Promise<Account> {
  const { caller, current } = await managedAccount(principal, input, ports);
  if (state === 'DISABLED' && usernameKey(current.username) === usernameKey(principal.username ?? '')) throw badInput('username', '不能停用自己的账号');
  if (current.state === state) return current;
  const next: Account = { ...current, state, version: current.version + 1, updatedAt: ports.now().toISOString() };
  await ports.directory.setEnabled(current.username, state === 'ACTIVE');
  try {
    await saveAccount(caller, ports, state === 'ACTIVE' ? 'enableAccount' : 'disableAccount', current, next);
  } catch (error) {
    await ports.directory.setEnabled(current.username, current.state === 'ACTIVE'); // the record did not change: neither does the sign-in
    throw error;
  }
  return next;
}

/**
 * Removes a disabled account (an admin who left, a member's account no longer used): the record, its unit's hold and
 * the region's counts with the audit entry, then the provider's user — already unable to sign in, so no step in
 * between lets anyone in. Only a disabled account: removing is the second, deliberate step after 停用.
 */
export async function deleteAccount(principal: Principal, input: unknown, ports: Ports): Promise<DeletedAccount> {
  const { caller, current } = await managedAccount(principal, input, ports);
  if (current.state !== 'DISABLED') throw badInput('username', '请先停用该账号，再删除');
  const audit = recordChange(caller, ports, ACCOUNT_AUDIT, { operation: 'deleteAccount', recordId: current.username, version: null, before: current, after: null });
  await refusing(ports.accounts.delete(current, { audit }), (r) => (r instanceof StaleVersionError ? conflict() : undefined));
  await ports.directory.deleteUser(current.username);
  return { username: current.username };
}

export interface DeletedAccount {
  username: string;
}

export async function resetPassword(principal: Principal, input: unknown, ports: Ports): Promise<AccountCreated> {
  const { caller, current } = await managedAccount(principal, input, ports);
  const now = ports.now();
  const password = temporaryPassword();
  const next: Account = { ...current, temporaryPasswordSetAt: now.toISOString(), version: current.version + 1, updatedAt: now.toISOString() };
  await ports.directory.resetPassword(current.username, password);
  await saveAccount(caller, ports, 'resetPassword', current, next);
  return { account: next, temporaryPassword: password, temporaryPasswordExpiresAt: expiresAt(now) };
}

/**
 * Ends a lock after failed sign-ins: the lockout's count and lock of the username are cleared (its last sign-in
 * stays), audited with what was cleared. An account without failures is returned as it is, with no entry.
 */
export async function unlockAccount(principal: Principal, input: unknown, ports: Ports): Promise<Account> {
  const { caller, current } = await managedAccount(principal, input, ports);
  const [state] = await ports.accounts.signInStates([current.username], ports.now().getTime());
  if (!state || (state.failedSignIns === 0 && !state.lockedUntil)) return current;
  const audit = recordChange(caller, ports, ACCOUNT_AUDIT, {
    operation: 'unlockAccount',
    recordId: current.username,
    version: current.version,
    before: { lockedUntil: state.lockedUntil, failedSignIns: state.failedSignIns },
    after: { lockedUntil: null, failedSignIns: 0 },
  });
  await refusing(ports.accounts.clearLockout(current.username, { audit }), () => undefined); // gone meanwhile: NOT_FOUND
  return current;
}

/**
 * A liaison who moves to another unit keeps its account. The record, the unit's hold (one liaison account per unit)
 * and the audit entry move in one write; then the provider's unit attribute, which ends the user's sessions so its
 * next token speaks for the new unit. If the provider fails, the record is moved back, so nothing is half done.
 */
export async function rebindAccount(principal: Principal, input: unknown, ports: Ports): Promise<Account> {
  const caller = authorize(principal, accountPolicy.manage);
  const data = parseInput(rebindAccountInput, input);
  const current = await ports.accounts.get(data.username);
  if (!current || current.regionId !== caller.regionId) throw notFound('账号', data.username);
  if (data.version !== current.version) throw conflict();
  if (current.role !== 'UNIT_LIAISON' || !current.unitId) throw badInput('username', '只有联络员账号可以更换单位');
  if (current.unitId === data.unitId) throw badInput('unitId', '该账号已属于这个单位');
  const unit = await ports.units.get(caller.regionId, data.unitId);
  if (!unit) throw badInput('unitId', '单位不存在');
  if (unit.status === 'WITHDRAWN') throw badInput('unitId', SKIP_REASONS.withdrawn);
  const holder = (await ports.accounts.liaisonsOfUnits(caller.regionId, [unit.id])).get(unit.id);
  if (holder) throw badInput('unitId', `该单位已有联络员账号（${holder.username}）`);

  const next: Account = { ...current, unitId: unit.id, version: current.version + 1, updatedAt: ports.now().toISOString() };
  await moveAccount(caller, ports, 'rebindAccount', current, next);
  try {
    await ports.directory.setUnit(current.username, unit.id);
  } catch (error) {
    // The sign-in still speaks for the old unit: so does the record again (its own audited change).
    // (Should even that be refused — the old unit given a new liaison meanwhile — the provider's error is the one to report.)
    const back: Account = { ...current, version: next.version + 1, updatedAt: ports.now().toISOString() };
    await moveAccount(caller, ports, 'rebindAccount', next, back).catch(() => undefined);
    throw error;
  }
  return next;
}

async function moveAccount(caller: RegionPrincipal, ports: Ports, operation: string, current: Account, next: Account): Promise<void> {
  const audit = recordChange(caller, ports, ACCOUNT_AUDIT, { operation, recordId: next.username, version: next.version, before: current, after: next });
  await refusing(ports.accounts.rebind({ current, next }, { audit }), (r) => {
    if (r instanceof StaleVersionError) return conflict();
    if (r instanceof AlreadyTakenError) return badInput('unitId', '该单位已有联络员账号');
    return undefined;
  });
}

/**
 * A region admin's authenticator is turned off (a lost or replaced phone): its next sign-in asks for no code and
 * grants no admin role until a new one is enrolled (auth/mfa.ts); its sessions end. By a fellow admin of the region
 * or the platform admin; audited.
 */
export async function resetAuthenticator(principal: Principal, input: unknown, ports: Ports): Promise<Account> {
  const { caller, current } = await managedAccount(principal, input, ports);
  if (current.role !== 'REGION_ADMIN') throw badInput('username', '只有管理员账号使用验证器');
  const next: Account = { ...current, version: current.version + 1, updatedAt: ports.now().toISOString() };
  await ports.directory.resetAuthenticator(current.username);
  const audit = recordChange(caller, ports, ACCOUNT_AUDIT, {
    operation: 'resetAuthenticator',
    recordId: next.username,
    version: next.version,
    before: current,
    after: next,
    note: { field: 'authenticator', value: '已重置，下次登录须重新绑定' },
  });
  await refusing(ports.accounts.save({ current, next }, { audit }), (r) => (r instanceof StaleVersionError ? conflict() : undefined));
  return next;
}

/** The account a change names, if the caller may manage it: its region's admin, or the platform admin for region admins. */
async function managedAccount(principal: Principal, input: unknown, ports: Ports): Promise<{ caller: RegionPrincipal; current: Account }> {
  const data = parseInput(usernameInput, input);
  const current = await ports.accounts.get(data.username);
  const platform = principal.roles.includes('PLATFORM_ADMIN');
  if (platform) authorizePlatform(principal, accountPolicy.platform);
  else authorize(principal, accountPolicy.manage);
  const visible = current && (platform ? current.role === 'REGION_ADMIN' : current.regionId === principal.regionId);
  if (!current || !visible) throw notFound('账号', data.username);
  if (data.version != null && data.version !== current.version) throw conflict();
  return { caller: { ...principal, regionId: current.regionId }, current };
}

// ——— the platform: regions and their admins ———

export async function listRegions(principal: Principal, args: PageArgs, ports: Ports): Promise<Page<Region>> {
  authorizePlatform(principal, accountPolicy.platform);
  return readPage(ports.regions.list(pageRequest(args)));
}

/** A region's admin accounts (the platform's view), read through `load` (one batch for a page of regions). */
export async function regionAdmins(principal: Principal, region: Region, load: (usernames: string[]) => Promise<(Account | null | Error)[]>): Promise<Account[]> {
  authorizePlatform(principal, accountPolicy.platform);
  const accounts = await load(region.adminUsernames.slice(0, MAX_LISTED_ADMINS));
  return accounts.filter((a): a is Account => a !== null && !(a instanceof Error));
}

/** Region.admins lists at most this many (a region has a handful). */
const MAX_LISTED_ADMINS = 50;

export async function createRegion(principal: Principal, input: unknown, ports: Ports): Promise<Region> {
  authorizePlatform(principal, accountPolicy.platform);
  const data = parseInput(createRegionInput, input);
  const region = newRegion({
    id: ports.newId(),
    name: data.name,
    level: data.level,
    slug: data.slug,
    superiorOrganization: data.superiorOrganization ?? null,
    createdAt: ports.now().toISOString(),
  });
  const caller: RegionPrincipal = { ...principal, regionId: region.id };
  const audit = recordChange(caller, ports, REGION_AUDIT, { operation: 'createRegion', recordId: region.id, version: null, before: null, after: region });
  await refusing(ports.regions.create(region, { audit }), (r) => (r instanceof AlreadyTakenError ? badInput('slug', `简称“${data.slug}”已被其他区域使用`) : undefined));
  return region;
}

export async function appointRegionAdmin(principal: Principal, input: unknown, ports: Ports): Promise<AccountCreated> {
  authorizePlatform(principal, accountPolicy.platform);
  const data = parseInput(appointRegionAdminInput, input);
  const region = await ports.regions.get(data.regionId);
  if (!region) throw badInput('regionId', '区域不存在');
  const caller: RegionPrincipal = { ...principal, regionId: region.id };
  return makeAccount(caller, ports, { username: data.username, name: data.name, phone: data.phone ?? null, role: 'REGION_ADMIN', unitId: null, memberId: null }, 'appointRegionAdmin');
}

// ——— one way to make an account ———

interface AccountFields {
  username: string;
  name: string;
  phone: string | null;
  role: AccountRole;
  unitId: string | null;
  memberId: string | null;
}

/**
 * The provider first (it decides whether the username is free in the pool), then the record with its audit entry
 * in one write; if the record cannot be written the provider's user is removed again, so nothing is half made.
 */
async function makeAccount(
  caller: RegionPrincipal,
  ports: Ports,
  fields: AccountFields,
  operation: string,
  handout?: { handoutId: string; unitName: string },
): Promise<AccountCreated> {
  if (await ports.accounts.get(fields.username)) throw badInput('username', `用户名“${fields.username}”已被使用`);
  const now = ports.now();
  const password = temporaryPassword();
  const account: Account = {
    ...fields,
    regionId: caller.regionId,
    state: 'ACTIVE',
    temporaryPasswordSetAt: now.toISOString(),
    createdAt: now.toISOString(),
    createdBy: caller.displayName,
    updatedAt: now.toISOString(),
    version: 1,
  };
  try {
    await ports.directory.createUser({ ...fields, regionId: caller.regionId }, password);
  } catch (error) {
    if (error instanceof UsernameTakenError) throw badInput('username', `用户名“${fields.username}”已被使用`);
    throw error;
  }
  const audit = recordChange(caller, ports, ACCOUNT_AUDIT, { operation, recordId: account.username, version: 1, before: null, after: account });
  let part: HandoutPart | undefined;
  if (handout) {
    const entry: HandoutEntry = { username: account.username, name: account.name, unitName: handout.unitName, phone: account.phone, sealedPassword: await ports.vault.seal(password), createdAt: account.createdAt };
    part = { handoutId: handout.handoutId, entry };
  }
  try {
    await refusing(ports.accounts.create(account, { audit, handout: part }), accountRefusal);
  } catch (error) {
    await ports.directory.deleteUser(account.username);
    throw error;
  }
  return { account, temporaryPassword: password, temporaryPasswordExpiresAt: expiresAt(now) };
}

function accountRefusal(refusal: WriteRefusedError) {
  if (refusal instanceof AlreadyTakenError && refusal.guard === 'username') return badInput('username', `用户名“${refusal.value}”已被使用`);
  if (refusal instanceof AlreadyTakenError && refusal.guard === 'unit-liaison') return badInput('unitId', '该单位已有联络员账号');
  return undefined;
}

async function saveAccount(caller: RegionPrincipal, ports: Ports, operation: string, current: Account, next: Account): Promise<void> {
  const audit = recordChange(caller, ports, ACCOUNT_AUDIT, { operation, recordId: next.username, version: next.version, before: current, after: next });
  await refusing(ports.accounts.save({ current, next }, { audit }), (r) => (r instanceof StaleVersionError ? conflict() : undefined));
}

const expiresAt = (now: Date) => new Date(now.getTime() + TEMPORARY_PASSWORD_DAYS * 86_400_000).toISOString();

async function inBatches<T>(items: readonly T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}
