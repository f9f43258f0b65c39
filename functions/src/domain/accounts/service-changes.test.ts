import { beforeEach, describe, expect, it } from 'vitest';
import { beforeAttempt, LOCKOUT_FAILURES, LOCKOUT_MINUTES } from '../../auth/lockout';
import type { RegionPrincipal } from '../../auth/principal';
import { attempt, givenRegion, givenUnit } from '../testing/fixtures';
import type { MemoryAccountStore } from '../testing/memory-accounts';
import { createMemoryPorts, type MemoryPorts } from '../testing/memory-ports';
import { platformAdmin, unitLiaison } from '../testing/principals';
import { changeUnitStatus } from '../units/service';
import type { Unit } from '../units/unit';
import { createAccount, getAccount, rebindAccount, resetAuthenticator, unlockAccount } from './service';

let ports: MemoryPorts;
let admin: RegionPrincipal;
let regionId: string;
let unit: Unit;
let signIns: MemoryAccountStore['signIns'];

// The clock starts at 2026-03-01T08:00:00Z.
beforeEach(async () => {
  ports = createMemoryPorts();
  ({ regionId, admin } = await givenRegion(ports));
  unit = await givenUnit(ports, admin);
  signIns = (ports.accounts as MemoryAccountStore).signIns;
  await createAccount(admin, { username: '13800000001', name: '李四', role: 'UNIT_LIAISON', unitId: unit.id }, ports);
  await createAccount(admin, { username: 'wang', name: '王五', role: 'REGION_ADMIN' }, ports);
});

const now = () => ports.clock.now().getTime();
const fail = (username: string) => signIns.change(username, now(), (record) => beforeAttempt(record, now()));
const operations = () => ports.memory.auditEntries(regionId).map((e) => e.operation);

describe('Method: unlockAccount', () => {
  it('ends a lock and the count, keeps the last sign-in, and is audited with what it cleared', async () => {
    // Prepare
    await signIns.reset('13800000001', now());
    const signedInAt = ports.clock.now().toISOString();
    ports.clock.advance(60_000);
    for (let i = 0; i <= LOCKOUT_FAILURES; i++) await fail('13800000001');
    const [locked] = await ports.accounts.signInStates(['13800000001'], now());
    expect(locked).toEqual({ lastSignInAt: signedInAt, failedSignIns: 0, lockedUntil: new Date(now() + LOCKOUT_MINUTES * 60_000).toISOString() });
    // Act
    const account = await unlockAccount(admin, { username: '13800000001', version: 1 }, ports);
    // Assess
    expect(account).toMatchObject({ username: '13800000001', version: 1 });
    expect(await ports.accounts.signInStates(['13800000001'], now())).toEqual([{ lastSignInAt: signedInAt, failedSignIns: 0, lockedUntil: null }]);
    expect((await signIns.change('13800000001', now(), (r) => beforeAttempt(r, now()))).allowed).toBe(true);
    const entry = ports.memory.auditEntries(regionId).find((e) => e.operation === 'unlockAccount');
    expect(entry?.changes).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'lockedUntil', after: null })]));
  });

  it('writes nothing for an account without failures; the platform admin unlocks region admins only', async () => {
    await unlockAccount(admin, { username: '13800000001', version: 1 }, ports);
    expect(operations()).not.toContain('unlockAccount');
    await fail('wang');
    await unlockAccount(platformAdmin(), { username: 'wang', version: 1 }, ports);
    expect(operations()).toContain('unlockAccount');
    await expect(attempt(() => unlockAccount(platformAdmin(), { username: '13800000001', version: 1 }, ports))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(attempt(() => unlockAccount(admin, { username: '13800000001', version: 9 }, ports))).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

describe('Method: rebindAccount', () => {
  it('moves the liaison account, its unit hold and the directory user to the new unit; the old unit is free again', async () => {
    // Prepare
    const next = await givenUnit(ports, admin);
    // Act
    const moved = await rebindAccount(admin, { username: '13800000001', version: 1, unitId: next.id }, ports);
    // Assess
    expect(moved).toMatchObject({ unitId: next.id, version: 2 });
    expect(await getAccount(admin, '13800000001', ports)).toMatchObject({ unitId: next.id, version: 2 });
    expect(ports.directory.users.get('13800000001')).toMatchObject({ unitId: next.id });
    expect(ports.directory.users.get('13800000001')!.signedOutAt).toBeGreaterThan(0);
    expect([...(await ports.accounts.liaisonsOfUnits(regionId, [unit.id, next.id])).keys()]).toEqual([next.id]);
    await createAccount(admin, { username: '13800000002', name: '赵六', role: 'UNIT_LIAISON', unitId: unit.id }, ports);
    const entry = ports.memory.auditEntries(regionId).find((e) => e.operation === 'rebindAccount');
    expect(entry?.changes).toEqual([expect.objectContaining({ field: 'unitId', before: unit.id, after: next.id, refersTo: 'Unit' })]);
  });

  it('refuses at unitId a unit with a liaison account, a withdrawn one, one of another region, the same one; a non-liaison at username', async () => {
    const taken = await givenUnit(ports, admin);
    await createAccount(admin, { username: '13800000003', name: '钱七', role: 'UNIT_LIAISON', unitId: taken.id }, ports);
    const withdrawn = await givenUnit(ports, admin);
    await changeUnitStatus(admin, { id: withdrawn.id, version: 1, action: 'WITHDRAW' }, ports);
    const other = await givenRegion(ports, 'r-2');
    const foreign = await givenUnit(ports, other.admin);
    const rebind = (unitId: string, username = '13800000001') => attempt(() => rebindAccount(admin, { username, version: 1, unitId }, ports));
    await expect(rebind(taken.id)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitId', message: '该单位已有联络员账号（13800000003）' });
    await expect(rebind(withdrawn.id)).rejects.toMatchObject({ field: 'unitId', message: '单位已退出联盟' });
    await expect(rebind(foreign.id)).rejects.toMatchObject({ field: 'unitId', message: '单位不存在' });
    await expect(rebind(unit.id)).rejects.toMatchObject({ field: 'unitId' });
    await expect(rebind(taken.id, 'wang')).rejects.toMatchObject({ field: 'username' });
    expect(ports.directory.users.get('13800000001')).toMatchObject({ unitId: unit.id });
  });

  it('puts the record and the unit hold back when the directory fails (nothing half done)', async () => {
    const next = await givenUnit(ports, admin);
    ports.directory.failNextChange = new Error('Cognito down');
    await expect(rebindAccount(admin, { username: '13800000001', version: 1, unitId: next.id }, ports)).rejects.toThrow('Cognito down');
    expect(await getAccount(admin, '13800000001', ports)).toMatchObject({ unitId: unit.id, version: 3 });
    expect([...(await ports.accounts.liaisonsOfUnits(regionId, [unit.id, next.id])).keys()]).toEqual([unit.id]);
    expect(ports.directory.users.get('13800000001')).toMatchObject({ unitId: unit.id });
  });

  it('is for the region admin only (not the platform admin, not a liaison)', async () => {
    const next = await givenUnit(ports, admin);
    await expect(attempt(() => rebindAccount(platformAdmin(), { username: '13800000001', version: 1, unitId: next.id }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(() => rebindAccount(unitLiaison(regionId, unit.id), { username: '13800000001', version: 1, unitId: next.id }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('Method: resetAuthenticator', () => {
  it("turns a region admin's authenticator off in the directory, ends its sessions, audited on a new version", async () => {
    const account = await resetAuthenticator(admin, { username: 'wang', version: 1 }, ports);
    expect(account).toMatchObject({ username: 'wang', version: 2 });
    expect(ports.directory.users.get('wang')).toMatchObject({ authenticatorResetAt: expect.any(Number), signedOutAt: expect.any(Number) });
    const entry = ports.memory.auditEntries(regionId).find((e) => e.operation === 'resetAuthenticator');
    expect(entry?.changes).toEqual([expect.objectContaining({ field: 'authenticator' })]);
    expect(await resetAuthenticator(platformAdmin(), { username: 'wang', version: 2 }, ports)).toMatchObject({ version: 3 });
  });

  it('refuses a liaison account (no authenticator) and a stale version', async () => {
    await expect(attempt(() => resetAuthenticator(admin, { username: '13800000001', version: 1 }, ports))).rejects.toMatchObject({ field: 'username' });
    await expect(attempt(() => resetAuthenticator(admin, { username: 'wang', version: 5 }, ports))).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(ports.directory.users.get('wang')?.authenticatorResetAt).toBeUndefined();
  });
});
