/**
 * The promises of the accounts' and regions' stores (domain/accounts/ports.ts: AccountStore; domain/regions/ports.ts:
 * RegionStore), as one suite run against each implementation: the DynamoDB repositories on DynamoDB Local
 * (tests/integration/account-store.test.ts) and the memory twins the use cases' unit tests use
 * (memory-accounts.test.ts). The same scenarios, the same refusals, the same order and paging.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Account, HandoutEntry } from '../accounts/account';
import type { AccountFilter } from '../accounts/ports';
import { CursorRejectedError, type Page } from '../paging';
import type { Ports } from '../ports';
import type { NewRegion, Region } from '../regions/region';
import { AlreadyTakenError, RecordMissingError, StaleVersionError, WriteRefusedError } from '../write-refusals';
import { beforeAttempt, LOCKOUT_FAILURES, LOCKOUT_MINUTES } from '../../auth/lockout';
import { contractKit } from './contract-kit';
import type { MemorySignInAttempts } from './memory-sign-in-attempts';

/** What a new region starts as besides its own fields. */
const ACTIVE_V1 = { state: 'ACTIVE', suspendedAt: null, suspendedReason: null, version: 1, lastActivityAt: null } as const;

/**
 * Where the lockout counts, as the store being tested keeps it (the triggers' SignInAttemptRepository on DynamoDB
 * Local, the memory store's own): the contract writes attempts and sign-ins through it, and reads them back
 * through the account store.
 */
export type SignInCounter = Pick<MemorySignInAttempts, 'change' | 'reset'>;

export function accountStoreContract(label: string, ports: Ports, signIns: SignInCounter): void {
  const store = ports.accounts;
  const { newRegionId, alongside, auditCount, everyPage } = contractKit(ports);
  // Near now (a handout entry's TTL follows its creation): distinct instants, in the order made.
  let tick = Date.now();
  const stamp = () => new Date((tick += 1000)).toISOString();

  /** What a write was refused with: `AlreadyTaken:guard`, `RecordMissing:Type`, `StaleVersion:Type`, or `ok`. */
  async function outcome(write: Promise<unknown>): Promise<string> {
    try {
      await write;
      return 'ok';
    } catch (error) {
      if (error instanceof AlreadyTakenError) return `AlreadyTaken:${error.guard}`;
      if (error instanceof RecordMissingError) return `RecordMissing:${error.record.type}`;
      if (error instanceof StaleVersionError) return `StaleVersion:${error.record.type}`;
      if (error instanceof WriteRefusedError) return error.name;
      throw error;
    }
  }


  async function region(): Promise<string> {
    const regionId = newRegionId();
    await ports.regions.createIfAbsent({ id: regionId, name: `测试街道${regionId}`, level: 'STREET', createdAt: stamp() });
    return regionId;
  }

  const account = (regionId: string, overrides: Partial<Account> = {}): Account => {
    const at = stamp();
    return {
      username: `u${randomUUID().slice(0, 8)}`, regionId, name: '张三', phone: '13800001234', role: 'MEMBER', unitId: null, memberId: 'm1', state: 'ACTIVE',
      temporaryPasswordSetAt: at, createdAt: at, createdBy: '测试管理员', updatedAt: at, version: 1, ...overrides,
    };
  };

  async function create(regionId: string, overrides: Partial<Account> = {}): Promise<Account> {
    const a = account(regionId, overrides);
    await store.create(a, alongside(regionId, a.username));
    return a;
  }

  const liaison = (unitId: string, overrides: Partial<Account> = {}): Partial<Account> => ({ role: 'UNIT_LIAISON', unitId, memberId: null, ...overrides });

  describe(`${label}: an account is made once per username (as the pool compares it), with its audit entry and the region's counts`, () => {
    it('create stores it; get finds it by the username in any case; the audit entry is written', async () => {
      const regionId = await region();
      const a = await create(regionId, { username: `Zhang${randomUUID().slice(0, 6)}` });
      expect(await store.get(a.username)).toEqual(a);
      expect(await store.get(a.username.toUpperCase())).toEqual(a);
      expect(await store.get(a.username.toLowerCase())).toEqual(a);
      expect(await store.get(`nobody-${randomUUID()}`)).toBeNull();
      expect(await auditCount(regionId, a.username)).toBe(1);
    });

    it('a username taken (in another case, in another region) is AlreadyTaken(username) and writes nothing', async () => {
      const regionId = await region();
      const other = await region();
      const a = await create(regionId, { username: `Li${randomUUID().slice(0, 6)}` });
      const again = account(other, { username: a.username.toUpperCase(), name: '李四' });
      expect(await outcome(store.create(again, alongside(other, again.username)))).toBe('AlreadyTaken:username');
      expect(await store.get(a.username)).toEqual(a);
      expect((await ports.regions.get(other))?.accountCount).toBe(0);
      expect(await auditCount(other, again.username)).toBe(0);
    });

    it('an account of a region that does not exist is RecordMissing(Region)', async () => {
      const a = account(newRegionId());
      expect(await outcome(store.create(a, alongside(a.regionId, a.username)))).toBe('RecordMissing:Region');
      expect(await store.get(a.username)).toBeNull();
    });

    it("the region counts every account and, apart, its admins", async () => {
      const regionId = await region();
      const admins = [await create(regionId, { role: 'REGION_ADMIN', memberId: null }), await create(regionId, { role: 'REGION_ADMIN', memberId: null })];
      await create(regionId, liaison('unit-1'));
      await create(regionId);
      const counted = await ports.regions.get(regionId);
      expect(counted).toMatchObject({ accountCount: 4, adminCount: 2, unitCount: 0 });
      // The admins' usernames, kept with the counts, read back in one batch.
      expect(counted?.adminUsernames).toEqual(admins.map((a) => a.username).sort());
      expect((await ports.accounts.getMany([...admins.map((a) => a.username.toUpperCase()), 'nobody'])).map((a) => a?.username ?? null)).toEqual([...admins.map((a) => a.username), null]);
    });

    it('delete removes the account at its version with the counts, an admin from the admins, a liaison from its unit; a stale version writes nothing', async () => {
      const regionId = await region();
      const [admin, other] = [await create(regionId, { role: 'REGION_ADMIN', memberId: null }), await create(regionId, { role: 'REGION_ADMIN', memberId: null })];
      const held = await create(regionId, liaison('unit-d'));
      expect(await outcome(store.delete({ ...admin, version: 2 }, alongside(regionId, admin.username)))).toBe('StaleVersion:Account');
      await store.delete(admin, alongside(regionId, admin.username));
      await store.delete(held, alongside(regionId, held.username));
      expect(await store.get(admin.username)).toBeNull();
      expect(await ports.regions.get(regionId)).toMatchObject({ accountCount: 1, adminCount: 1, adminUsernames: [other.username] });
      expect(await auditCount(regionId, admin.username)).toBe(2);
      // The unit is free for a new liaison account, and the username for a new account.
      expect(await outcome(store.create(account(regionId, liaison('unit-d')), alongside(regionId, 'n1')))).toBe('ok');
      expect(await outcome(store.create(account(regionId, { username: admin.username }), alongside(regionId, 'n2')))).toBe('ok');
    });
  });

  describe(`${label}: a unit has at most one liaison account`, () => {
    it('a second liaison of a unit is AlreadyTaken(unit-liaison) and writes nothing; another unit, or a member bound to the unit, is free', async () => {
      const regionId = await region();
      await create(regionId, liaison('unit-1'));
      const second = account(regionId, liaison('unit-1'));
      expect(await outcome(store.create(second, alongside(regionId, second.username)))).toBe('AlreadyTaken:unit-liaison');
      expect(await store.get(second.username)).toBeNull();
      expect((await ports.regions.get(regionId))?.accountCount).toBe(1);
      expect(await outcome(store.create(account(regionId, liaison('unit-2')), alongside(regionId, 'x')))).toBe('ok');
      // Another region's unit of the same id is another unit.
      const other = await region();
      expect(await outcome(store.create(account(other, liaison('unit-1')), alongside(other, 'y')))).toBe('ok');
    });

    it('two liaisons of one unit made at once: exactly one is made', async () => {
      const regionId = await region();
      const candidates = [account(regionId, liaison('unit-c')), account(regionId, liaison('unit-c'))];
      const outcomes = await Promise.all(candidates.map((a) => outcome(store.create(a, alongside(regionId, a.username)))));
      expect([...outcomes].sort()).toEqual(['AlreadyTaken:unit-liaison', 'ok']);
      const winner = candidates[outcomes.indexOf('ok')]!;
      expect((await store.liaisonsOfUnits(regionId, ['unit-c'])).get('unit-c')).toEqual(winner);
      expect((await ports.regions.get(regionId))?.accountCount).toBe(1);
    });

    it('liaisonsOfUnits: the units that have one, by unit id, of this region only', async () => {
      const regionId = await region();
      const a = await create(regionId, liaison('u-a'));
      const b = await create(regionId, liaison('u-b', { state: 'DISABLED' }));
      await create(regionId, { unitId: 'u-c', memberId: 'm9' });
      const found = await store.liaisonsOfUnits(regionId, ['u-a', 'u-b', 'u-c', 'u-none']);
      expect([...found.keys()].sort()).toEqual(['u-a', 'u-b']);
      expect(found.get('u-a')).toEqual(a);
      expect(found.get('u-b')).toEqual(b);
      expect((await store.liaisonsOfUnits(await region(), ['u-a'])).size).toBe(0);
      expect((await store.liaisonsOfUnits(regionId, [])).size).toBe(0);
      const many = Array.from({ length: 130 }, (_, i) => `many-${i}`);
      expect((await store.liaisonsOfUnits(regionId, [...many, 'u-a'])).get('u-a')).toEqual(a);
    });
  });

  describe(`${label}: save at the version read`, () => {
    it('saves the change with its audit entry; a stale version is StaleVersion(Account), a missing account RecordMissing(Account)', async () => {
      const regionId = await region();
      const a = await create(regionId, liaison('unit-s'));
      const disabled: Account = { ...a, state: 'DISABLED', version: 2, updatedAt: stamp() };
      await store.save({ current: a, next: disabled }, alongside(regionId, a.username));
      expect(await store.get(a.username)).toEqual(disabled);
      expect(await auditCount(regionId, a.username)).toBe(2);
      expect(await outcome(store.save({ current: a, next: { ...a, state: 'ACTIVE', version: 2 } }, alongside(regionId, a.username)))).toBe('StaleVersion:Account');
      expect(await store.get(a.username)).toEqual(disabled);
      expect(await auditCount(regionId, a.username)).toBe(2);
      const missing = account(regionId);
      expect(await outcome(store.save({ current: missing, next: { ...missing, version: 2 } }, alongside(regionId, missing.username)))).toBe('RecordMissing:Account');
      // The liaison keeps its unit while disabled; the region's counts do not move with a save.
      expect((await store.liaisonsOfUnits(regionId, ['unit-s'])).get('unit-s')).toEqual(disabled);
      expect((await ports.regions.get(regionId))?.accountCount).toBe(1);
    });

    it('of two saves on one version, exactly one is saved', async () => {
      const regionId = await region();
      const a = await create(regionId);
      const outcomes = await Promise.all(
        (['DISABLED', 'DISABLED'] as const).map((state, i) =>
          outcome(store.save({ current: a, next: { ...a, state, name: `改名${i}`, version: 2 } }, alongside(regionId, a.username))),
        ),
      );
      expect([...outcomes].sort()).toEqual(['StaleVersion:Account', 'ok']);
    });
  });

  describe(`${label}: a liaison account moves to another unit (rebind)`, () => {
    it('moves the record and the unit hold with the audit entry; the old unit is free again', async () => {
      const regionId = await region();
      const a = await create(regionId, liaison('unit-r1'));
      const moved: Account = { ...a, unitId: 'unit-r2', version: 2, updatedAt: stamp() };
      await store.rebind({ current: a, next: moved }, alongside(regionId, a.username));
      expect(await store.get(a.username)).toEqual(moved);
      expect(await auditCount(regionId, a.username)).toBe(2);
      const holders = await store.liaisonsOfUnits(regionId, ['unit-r1', 'unit-r2']);
      expect([...holders.keys()]).toEqual(['unit-r2']);
      expect(await everyPage((page) => store.list(regionId, { unitId: 'unit-r2' }, page), (x) => x.username)).toEqual([a.username]);
      expect(await everyPage((page) => store.list(regionId, { unitId: 'unit-r1' }, page), (x) => x.username)).toEqual([]);
      expect(await outcome(store.create(account(regionId, liaison('unit-r1')), alongside(regionId, 'z')))).toBe('ok');
    });

    it('into a unit with a liaison account is AlreadyTaken(unit-liaison), on a stale version StaleVersion(Account): nothing written', async () => {
      const regionId = await region();
      const a = await create(regionId, liaison('unit-t1'));
      const b = await create(regionId, liaison('unit-t2'));
      const intoB: Account = { ...a, unitId: 'unit-t2', version: 2, updatedAt: stamp() };
      expect(await outcome(store.rebind({ current: a, next: intoB }, alongside(regionId, a.username)))).toBe('AlreadyTaken:unit-liaison');
      expect(await outcome(store.rebind({ current: { ...a, version: 7 }, next: { ...intoB, unitId: 'unit-t3', version: 8 } }, alongside(regionId, a.username)))).toBe('StaleVersion:Account');
      expect(await store.get(a.username)).toEqual(a);
      expect(await auditCount(regionId, a.username)).toBe(1);
      const holders = await store.liaisonsOfUnits(regionId, ['unit-t1', 'unit-t2', 'unit-t3']);
      expect(holders.get('unit-t1')).toEqual(a);
      expect(holders.get('unit-t2')).toEqual(b);
      expect(holders.has('unit-t3')).toBe(false);
    });

    it('two liaisons moved into one free unit at once: exactly one gets it', async () => {
      const regionId = await region();
      const movers = [await create(regionId, liaison('unit-m1')), await create(regionId, liaison('unit-m2'))];
      const outcomes = await Promise.all(
        movers.map((m) => outcome(store.rebind({ current: m, next: { ...m, unitId: 'unit-m3', version: 2 } }, alongside(regionId, m.username)))),
      );
      expect([...outcomes].sort()).toEqual(['AlreadyTaken:unit-liaison', 'ok']);
      const winner = movers[outcomes.indexOf('ok')]!;
      expect((await store.liaisonsOfUnits(regionId, ['unit-m3'])).get('unit-m3')?.username).toBe(winner.username);
    });
  });

  describe(`${label}: the sign-in state the lockout keeps, read for a page of accounts at once, and unlocked`, () => {
    const MINUTE = 60_000;
    const fail = (username: string, at: number) => signIns.change(username, at, (record) => beforeAttempt(record, at));

    it('per username in the order asked: the last sign-in, the failures since, a lock while it lasts; forgotten after a day', async () => {
      const t0 = Date.now();
      const [failing, signedIn, locked, never] = ['f', 's', 'l', 'n'].map((p) => `${p}${randomUUID().slice(0, 8)}`) as [string, string, string, string];
      await fail(failing, t0);
      await fail(failing.toUpperCase(), t0);
      await signIns.reset(signedIn, t0);
      await fail(signedIn, t0 + MINUTE);
      for (let i = 0; i <= LOCKOUT_FAILURES; i++) await fail(locked, t0);
      const at = new Date(t0).toISOString();
      expect(await store.signInStates([failing, signedIn, locked, never, signedIn.toUpperCase()], t0 + MINUTE)).toEqual([
        { lastSignInAt: null, failedSignIns: 2, lockedUntil: null },
        { lastSignInAt: at, failedSignIns: 1, lockedUntil: null },
        { lastSignInAt: null, failedSignIns: 0, lockedUntil: new Date(t0 + LOCKOUT_MINUTES * MINUTE).toISOString() },
        { lastSignInAt: null, failedSignIns: 0, lockedUntil: null },
        { lastSignInAt: at, failedSignIns: 1, lockedUntil: null },
      ]);
      expect((await store.signInStates([locked], t0 + (LOCKOUT_MINUTES + 1) * MINUTE))[0]?.lockedUntil).toBeNull();
      // A day after the last attempt the failures are forgotten; the last sign-in is not.
      expect(await store.signInStates([failing, signedIn], t0 + 25 * 60 * MINUTE)).toEqual([
        { lastSignInAt: null, failedSignIns: 0, lockedUntil: null },
        { lastSignInAt: at, failedSignIns: 0, lockedUntil: null },
      ]);
      expect(await store.signInStates([], t0)).toEqual([]);
      const many = Array.from({ length: 130 }, (_, i) => `many-${i}-${randomUUID().slice(0, 4)}`);
      expect((await store.signInStates([...many, signedIn], t0 + MINUTE)).at(-1)).toMatchObject({ lastSignInAt: at });
    });

    it('clearLockout ends the lock and the count (the last sign-in stays), with its audit entry; a sign-in is counted afresh', async () => {
      const regionId = await region();
      const a = await create(regionId);
      const t0 = Date.now();
      await signIns.reset(a.username, t0);
      for (let i = 0; i <= LOCKOUT_FAILURES; i++) await fail(a.username, t0 + MINUTE);
      await store.clearLockout(a.username.toUpperCase(), alongside(regionId, a.username));
      expect(await store.signInStates([a.username], t0 + MINUTE)).toEqual([{ lastSignInAt: new Date(t0).toISOString(), failedSignIns: 0, lockedUntil: null }]);
      expect(await auditCount(regionId, a.username)).toBe(2);
      expect((await fail(a.username, t0 + 2 * MINUTE)).allowed).toBe(true);
      expect(await outcome(store.clearLockout(`nobody-${randomUUID()}`, alongside(regionId, 'nobody')))).toBe('RecordMissing:SignInAttempts');
    });
  });

  describe(`${label}: the region's accounts by role, then username`, () => {
    // Usernames are unique in the deployment: a list's carry its region's id, which `shortName` takes off again.
    const named = (regionId: string, name: string) => `${name}-${regionId}`;
    const shortName = (regionId: string) => (a: Account) => a.username.slice(0, -regionId.length - 1);

    async function seed() {
      const regionId = await region();
      const made = [
        await create(regionId, { username: named(regionId, 'Wang-admin'), role: 'REGION_ADMIN', memberId: null }),
        await create(regionId, { username: named(regionId, 'li-admin'), role: 'REGION_ADMIN', memberId: null, state: 'DISABLED' }),
        await create(regionId, { username: named(regionId, 'zhao-member') }),
        await create(regionId, { username: named(regionId, 'Chen-member'), state: 'DISABLED' }),
        await create(regionId, { username: named(regionId, 'sun-liaison'), ...liaison('u-1') }),
        await create(regionId, { username: named(regionId, 'Qian-liaison'), ...liaison('u-2', { state: 'DISABLED' }) }),
        await create(regionId, { username: named(regionId, 'zhou-member'), unitId: 'u-1' }),
      ];
      return { regionId, made };
    }

    it('every page in order, by role (MEMBER, REGION_ADMIN, UNIT_LIAISON as their keys sort) then username case-insensitively', async () => {
      const regionId = await region();
      const names = ['Wang', 'li', 'Zhao', 'chen', 'Sun'];
      for (const [i, name] of names.entries()) {
        await create(regionId, { username: named(regionId, name), role: i < 2 ? 'REGION_ADMIN' : 'MEMBER', memberId: i < 2 ? null : `m${i}` });
      }
      await create(regionId, { username: named(regionId, 'Ma'), ...liaison('u-1') });
      const listed = await everyPage((page) => store.list(regionId, {}, page), shortName(regionId));
      expect(listed).toEqual(['chen', 'Sun', 'Zhao', 'li', 'Wang', 'Ma']);
      expect(await everyPage((page) => store.list(regionId, {}, page), shortName(regionId), 100)).toEqual(listed);
      expect((await store.list(await region(), {}, { size: 10 })).edges).toEqual([]);
    });

    it('filters by role, unit, state and any combination, each a full page', async () => {
      const { regionId, made } = await seed();
      const list = async (filter: AccountFilter) => everyPage((page) => store.list(regionId, filter, page), shortName(regionId));
      expect(await list({ role: 'REGION_ADMIN' })).toEqual(['li-admin', 'Wang-admin']);
      expect(await list({ state: 'DISABLED' })).toEqual(['Chen-member', 'li-admin', 'Qian-liaison']);
      expect(await list({ state: 'ACTIVE', role: 'MEMBER' })).toEqual(['zhao-member', 'zhou-member']);
      expect(await list({ unitId: 'u-1' })).toEqual(['zhou-member', 'sun-liaison']);
      expect(await list({ unitId: 'u-1', role: 'UNIT_LIAISON' })).toEqual(['sun-liaison']);
      expect(await list({ unitId: 'u-2', state: 'DISABLED' })).toEqual(['Qian-liaison']);
      expect(await list({ unitId: 'u-2', state: 'ACTIVE' })).toEqual([]);
      expect(await list({ unitId: 'u-1', state: 'ACTIVE', role: 'MEMBER' })).toEqual(['zhou-member']);
      expect(await list({ role: null, unitId: null, state: null })).toEqual([
        'Chen-member', 'zhao-member', 'zhou-member', 'li-admin', 'Wang-admin', 'Qian-liaison', 'sun-liaison',
      ]);
      // A save that changes the state moves the account between the state's lists.
      const zhao = made[2]!;
      await store.save({ current: zhao, next: { ...zhao, state: 'DISABLED', version: 2 } }, alongside(regionId, zhao.username));
      expect(await list({ state: 'DISABLED', role: 'MEMBER' })).toEqual(['Chen-member', 'zhao-member']);
      expect(await list({ state: 'ACTIVE', role: 'MEMBER' })).toEqual(['zhou-member']);
    });

    it('a cursor continues only its own list: another filter or region refuses it', async () => {
      const regionId = await region();
      for (let i = 0; i < 3; i++) await create(regionId, { state: 'DISABLED' });
      const rejected = async (filter: AccountFilter, after: string, inRegion = regionId) => {
        const error = await store.list(inRegion, filter, { size: 2, after }).catch((e: unknown) => e);
        return error instanceof CursorRejectedError ? error.reason : error;
      };
      const page = await store.list(regionId, { state: 'DISABLED' }, { size: 2 });
      expect(page.pageInfo.hasNextPage).toBe(true);
      const cursor = page.pageInfo.endCursor!;
      expect((await store.list(regionId, { state: 'DISABLED' }, { size: 2, after: cursor })).edges).toHaveLength(1);
      expect(await rejected({ state: 'ACTIVE' }, cursor)).toBe('other-list');
      expect(await rejected({ state: 'DISABLED', role: 'MEMBER' }, cursor)).toBe('other-list');
      expect(['other-list', 'invalid']).toContain(await rejected({}, cursor));
      expect(await rejected({ state: 'DISABLED' }, cursor, await region())).toBe('invalid');
      expect(await rejected({}, 'not-a-cursor')).toBe('invalid');
    });
  });

  describe(`${label}: a bulk run's handout entries`, () => {
    const entryOf = (a: Account, unitName: string): HandoutEntry => ({
      username: a.username, name: a.name, unitName, phone: a.phone, sealedPassword: `sealed:${a.username}`, createdAt: a.createdAt,
    });

    it('are written with their accounts (not when refused), read oldest first up to the limit, and deleted by username', async () => {
      const regionId = await region();
      const handoutId = randomUUID();
      const made: HandoutEntry[] = [];
      for (let i = 0; i < 5; i++) {
        const a = account(regionId, liaison(`h-${i}`, { username: `Liaison${i}-${randomUUID().slice(0, 6)}` }));
        const entry = entryOf(a, `单位${i}`);
        await store.create(a, { ...alongside(regionId, a.username), handout: { handoutId, entry } });
        made.push(entry);
      }
      // Refused: no entry either.
      const refused = account(regionId, liaison('h-0'));
      expect(await outcome(store.create(refused, { ...alongside(regionId, refused.username), handout: { handoutId, entry: entryOf(refused, '重复') } }))).toBe(
        'AlreadyTaken:unit-liaison',
      );
      // Another handout, another region: apart.
      const otherHandout = randomUUID();
      const elsewhere = account(regionId, liaison('h-other'));
      await store.create(elsewhere, { ...alongside(regionId, elsewhere.username), handout: { handoutId: otherHandout, entry: entryOf(elsewhere, '别处') } });

      expect(await store.handoutEntries(regionId, handoutId, 100)).toEqual(made);
      expect(await store.handoutEntries(regionId, handoutId, 3)).toEqual(made.slice(0, 3));
      expect(await store.handoutEntries(await region(), handoutId, 100)).toEqual([]);
      expect(await store.handoutEntries(regionId, randomUUID(), 100)).toEqual([]);

      // Deleted by the usernames read, in any case; the others stay.
      await store.deleteHandoutEntries(regionId, handoutId, [made[1]!.username.toUpperCase(), made[3]!.username, 'nobody']);
      expect(await store.handoutEntries(regionId, handoutId, 100)).toEqual([made[0], made[2], made[4]]);
      await store.deleteHandoutEntries(regionId, handoutId, made.map((e) => e.username));
      expect(await store.handoutEntries(regionId, handoutId, 100)).toEqual([]);
      expect(await store.handoutEntries(regionId, otherHandout, 100)).toHaveLength(1);
      await store.deleteHandoutEntries(regionId, handoutId, []);
    });

    it('a handout of more than one batch is read and deleted whole', async () => {
      const regionId = await region();
      const handoutId = randomUUID();
      const made: HandoutEntry[] = [];
      for (let i = 0; i < 30; i++) {
        const a = account(regionId, liaison(`b-${i}`));
        await store.create(a, { ...alongside(regionId, a.username), handout: { handoutId, entry: entryOf(a, '单位') } });
        made.push(entryOf(a, '单位'));
      }
      expect(await store.handoutEntries(regionId, handoutId, 100)).toEqual(made);
      await store.deleteHandoutEntries(regionId, handoutId, made.map((e) => e.username));
      expect(await store.handoutEntries(regionId, handoutId, 100)).toEqual([]);
    });
  });

  describe(`${label}: regions — made once with a unique slug, listed newest first`, () => {
    // The regions' list is the whole deployment's (other tests add theirs, now): these sort first, far in the future.
    let future = Date.parse('2900-01-01T00:00:00.000Z') + Date.now();
    const later = () => new Date((future += 1000)).toISOString();
    const newRegion = (overrides: Partial<NewRegion> = {}): NewRegion => ({
      id: newRegionId(), name: '测试街道', level: 'STREET', slug: `s${randomUUID().slice(0, 10)}`, superiorOrganization: '朝阳区委组织部', createdAt: later(), ...overrides,
    });

    it('create stores it with its audit entry (in the new region) and zero counts; the same id again is refused', async () => {
      const r = newRegion();
      await ports.regions.create(r, alongside(r.id, r.id));
      expect(await ports.regions.get(r.id)).toEqual<Region>({ ...r, slug: r.slug!, superiorOrganization: r.superiorOrganization!, unitCount: 0, memberCount: 0, accountCount: 0, adminCount: 0, adminUsernames: [], ...ACTIVE_V1, updatedAt: r.createdAt });
      expect(await auditCount(r.id, r.id)).toBe(1);
      expect(await outcome(ports.regions.create({ ...r, slug: null }, alongside(r.id, r.id)))).toBe('AlreadyTaken:region');
      expect(await auditCount(r.id, r.id)).toBe(1);
    });

    it("another region's slug is AlreadyTaken(slug) and writes nothing; regions without a slug are many", async () => {
      const first = newRegion();
      await ports.regions.create(first, alongside(first.id, first.id));
      const second = newRegion({ slug: first.slug });
      expect(await outcome(ports.regions.create(second, alongside(second.id, second.id)))).toBe('AlreadyTaken:slug');
      expect(await ports.regions.get(second.id)).toBeNull();
      expect(await auditCount(second.id, second.id)).toBe(0);
      for (const r of [newRegion({ slug: null }), newRegion({ slug: undefined })]) {
        await ports.regions.create(r, alongside(r.id, r.id));
        expect((await ports.regions.get(r.id))?.slug).toBeNull();
      }
      // Seeding: false when the region exists; another region's slug refused as well.
      expect(await ports.regions.createIfAbsent(first)).toBe(false);
      expect(await outcome(ports.regions.createIfAbsent(newRegion({ slug: first.slug })))).toBe('AlreadyTaken:slug');
    });

    it('two regions made at once with one slug: exactly one is made', async () => {
      const slug = `s${randomUUID().slice(0, 10)}`;
      const candidates = [newRegion({ slug }), newRegion({ slug })];
      const outcomes = await Promise.all(candidates.map((r) => outcome(ports.regions.create(r, alongside(r.id, r.id)))));
      expect([...outcomes].sort()).toEqual(['AlreadyTaken:slug', 'ok']);
      const made = await Promise.all(candidates.map((r) => ports.regions.get(r.id)));
      expect(made.filter((r) => r !== null)).toHaveLength(1);
    });

    it('list: every region, newest first, page by page (seeded ones too); a cursor of another list is refused', async () => {
      const made: NewRegion[] = [];
      for (let i = 0; i < 4; i++) {
        const r = newRegion();
        await ports.regions.create(r, alongside(r.id, r.id));
        made.push(r);
      }
      const seeded = newRegion({ slug: undefined, superiorOrganization: undefined });
      expect(await ports.regions.createIfAbsent(seeded)).toBe(true);
      made.push(seeded);
      const newestFirst = made.map((r) => r.id).reverse();
      // Among the newest of the deployment (far in the future): paged from the top until all are read, they come
      // in order, one after the other.
      const ids: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 50 && !newestFirst.every((id) => ids.includes(id)); i++) {
        const page: Page<Region> = await ports.regions.list({ size: 2, after });
        expect(page.edges.length).toBeLessThanOrEqual(2);
        ids.push(...page.edges.map((e) => e.node.id));
        expect(page.pageInfo.hasNextPage).toBe(true);
        after = page.pageInfo.endCursor;
      }
      const from = ids.indexOf(newestFirst[0]!);
      expect(ids.slice(from, from + newestFirst.length)).toEqual(newestFirst);
      expect(new Set(ids).size).toBe(ids.length);
      const first = (await ports.regions.list({ size: from + 1 })).edges[from]!.node;
      expect(first).toEqual<Region>({ ...seeded, slug: null, superiorOrganization: null, unitCount: 0, memberCount: 0, accountCount: 0, adminCount: 0, adminUsernames: [], ...ACTIVE_V1, updatedAt: seeded.createdAt });
      // An account list's cursor is no cursor of the regions'.
      const regionId = await region();
      for (let i = 0; i < 2; i++) await create(regionId);
      const accountCursor = (await store.list(regionId, {}, { size: 1 })).pageInfo.endCursor!;
      await expect(ports.regions.list({ size: 2, after: accountCursor })).rejects.toBeInstanceOf(CursorRejectedError);
      const regionCursor = (await ports.regions.list({ size: 1 })).pageInfo.endCursor!;
      await expect(store.list(regionId, {}, { size: 2, after: regionCursor })).rejects.toBeInstanceOf(CursorRejectedError);
    });
  });

  describe(`${label}: a region's own fields change at its version; its counts are left as other writes keep them`, () => {
    it('update writes name, state and reason with its audit entry, keeps the counts; a stale version or a missing region writes nothing', async () => {
      const regionId = await region();
      await create(regionId, { role: 'REGION_ADMIN', memberId: null });
      const current = (await ports.regions.get(regionId))!;
      expect(current).toMatchObject({ ...ACTIVE_V1, accountCount: 1, adminCount: 1 });
      const next: Region = { ...current, name: '改名街道', state: 'SUSPENDED', suspendedAt: stamp(), suspendedReason: '撤并', version: 2, updatedAt: stamp() };
      await ports.regions.update({ current, next }, alongside(regionId, regionId));
      // An account made meanwhile still counts: the change SETs the region's own fields only.
      await create(regionId);
      expect(await ports.regions.get(regionId)).toEqual<Region>({ ...next, accountCount: 2 });
      expect(await auditCount(regionId, regionId)).toBe(1);
      expect(await outcome(ports.regions.update({ current, next: { ...next, name: '又改名' } }, alongside(regionId, regionId)))).toBe('StaleVersion:Region');
      const missing = { ...current, id: newRegionId() };
      expect(await outcome(ports.regions.update({ current: missing, next: { ...missing, version: 2 } }, alongside(missing.id, missing.id)))).toBe('RecordMissing:Region');
      expect(await ports.regions.get(regionId)).toMatchObject({ name: '改名街道', version: 2 });
      expect(await auditCount(regionId, regionId)).toBe(1);
    });

    it("acting: open until `until` (as the username compares), ended at once, each with an audit entry; another admin's is its own", async () => {
      const regionId = await region();
      const now = new Date();
      const session = { regionId, username: 'Platform.Admin', reason: '核查数据', startedAt: now.toISOString(), until: new Date(now.getTime() + 60_000).toISOString() };
      expect(await ports.regions.acting(regionId, 'platform.admin', now)).toBeNull();
      await ports.regions.startActing(session, alongside(regionId, regionId));
      expect(await ports.regions.acting(regionId, 'platform.admin', now)).toEqual(session);
      expect(await ports.regions.acting(regionId, 'someone.else', now)).toBeNull();
      expect(await ports.regions.acting(regionId, 'platform.admin', new Date(now.getTime() + 60_000))).toBeNull();
      await ports.regions.endActing(regionId, 'platform.admin', alongside(regionId, regionId));
      expect(await ports.regions.acting(regionId, 'platform.admin', now)).toBeNull();
      expect(await auditCount(regionId, regionId)).toBe(2);
    });

    it('recordActivity keeps the latest instant (an earlier one changes nothing), and a change of the region keeps it', async () => {
      const regionId = await region();
      const [earlier, later] = [stamp(), stamp()];
      await ports.regions.recordActivity(regionId, later);
      await ports.regions.recordActivity(regionId, earlier);
      expect((await ports.regions.get(regionId))!.lastActivityAt).toBe(later);
      const current = (await ports.regions.get(regionId))!;
      await ports.regions.update({ current, next: { ...current, name: '又改名', lastActivityAt: null, version: 2 } }, alongside(regionId, regionId));
      expect(await ports.regions.get(regionId)).toMatchObject({ name: '又改名', lastActivityAt: later });
      await ports.regions.recordActivity(newRegionId(), later);
    });
  });
}
