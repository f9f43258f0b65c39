import JSZip from 'jszip';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RegionPrincipal } from '../../auth/principal';
import { attempt, givenRegion, givenUnit } from '../testing/fixtures';
import { createMemoryPorts, type MemoryPorts } from '../testing/memory-ports';
import { platformAdmin, unitLiaison } from '../testing/principals';
import type { Unit } from '../units/unit';
import { passwordProblem } from '../../../../local/issuer';
import { TEMPORARY_PASSWORD_DAYS, temporaryPassword } from './rules';
import {
  appointRegionAdmin, createAccount, createLiaisonAccounts, createRegion, disableAccount, enableAccount, getAccount, liaisonAccountsHandout,
  listAccounts, listRegions, resetPassword, SKIP_REASONS,
} from './service';

let ports: MemoryPorts;
let admin: RegionPrincipal;
let regionId: string;
let unit: Unit;

// The clock starts at 2026-03-01T08:00:00Z.
beforeEach(async () => {
  ports = createMemoryPorts();
  ({ regionId, admin } = await givenRegion(ports));
  unit = await givenUnit(ports, admin, { liaison: { name: '李四', phone: '13800000001' } });
});

const liaisonInput = (overrides: Record<string, unknown> = {}) => ({ username: '13800000001', name: '李四', phone: '13800000001', role: 'UNIT_LIAISON', unitId: unit.id, ...overrides });

describe('temporaryPassword', () => {
  it('is 12 characters of every class, passes the issuer policy, and differs each time', () => {
    const made = new Set(Array.from({ length: 50 }, () => temporaryPassword()));
    expect(made.size).toBe(50);
    for (const password of made) {
      expect(password).toHaveLength(12);
      expect(passwordProblem(password)).toBeNull();
      for (const re of [/[a-z]/, /[A-Z]/, /[2-9]/, /[@#%+=]/]) expect(password).toMatch(re);
      expect(password).not.toMatch(/[0O1lI]/);
    }
  });
});

describe('Method: createAccount', () => {
  it('makes the sign-in in the directory and the record, audited and counted; the password is shown once, never stored', async () => {
    const made = await createAccount(admin, liaisonInput(), ports);
    expect(made.account).toMatchObject({ username: '13800000001', role: 'UNIT_LIAISON', unitId: unit.id, regionId, state: 'ACTIVE', version: 1 });
    expect(made.temporaryPasswordExpiresAt).toBe(new Date(Date.parse('2026-03-01T08:00:00Z') + TEMPORARY_PASSWORD_DAYS * 86_400_000).toISOString());
    const user = ports.directory.users.get('13800000001');
    expect(user).toMatchObject({ role: 'UNIT_LIAISON', regionId, unitId: unit.id, enabled: true, temporaryPassword: made.temporaryPassword });
    expect(JSON.stringify(await getAccount(admin, '13800000001', ports))).not.toContain(made.temporaryPassword);
    expect(await ports.regions.get(regionId)).toMatchObject({ accountCount: 1, adminCount: 0 });
    const entry = ports.memory.auditEntries(regionId).find((e) => e.recordType === 'Account');
    expect(entry).toMatchObject({ operation: 'createAccount', recordId: '13800000001' });
    expect(JSON.stringify(entry)).not.toContain(made.temporaryPassword);
  });

  it('refuses at the field: bad username, a liaison without unit, a member without member, an unknown unit', async () => {
    await expect(attempt(() => createAccount(admin, liaisonInput({ username: 'a b' }), ports))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'username' });
    await expect(attempt(() => createAccount(admin, liaisonInput({ unitId: null }), ports))).rejects.toMatchObject({ field: 'unitId' });
    await expect(attempt(() => createAccount(admin, liaisonInput({ role: 'MEMBER' }), ports))).rejects.toMatchObject({ field: 'memberId' });
    await expect(attempt(() => createAccount(admin, liaisonInput({ unitId: 'nope' }), ports))).rejects.toMatchObject({ field: 'unitId', message: '单位不存在' });
    expect(ports.directory.users.size).toBe(0);
  });

  it('refuses a second liaison account for a unit and a username taken in any case, in the table or only in the directory', async () => {
    await createAccount(admin, liaisonInput(), ports);
    await expect(attempt(() => createAccount(admin, liaisonInput({ username: 'other' }), ports))).rejects.toMatchObject({ field: 'unitId' });
    const second = await givenUnit(ports, admin);
    await expect(attempt(() => createAccount(admin, liaisonInput({ username: 'ABC', unitId: second.id }), ports))).resolves.toBeTruthy();
    await expect(attempt(() => createAccount(admin, { username: 'abc', name: '王五', role: 'REGION_ADMIN' }, ports))).rejects.toMatchObject({ field: 'username' });
    await ports.directory.createUser({ username: 'demo', name: 'd', phone: null, role: 'REGION_ADMIN', regionId, unitId: null, memberId: null }, 'x');
    await expect(attempt(() => createAccount(admin, { username: 'Demo', name: '王五', role: 'REGION_ADMIN' }, ports))).rejects.toMatchObject({ field: 'username' });
    expect(await ports.regions.get(regionId)).toMatchObject({ accountCount: 2 });
  });

  it('removes the directory user again when the record cannot be written (nothing half made)', async () => {
    const first = await createAccount(admin, liaisonInput(), ports);
    // A concurrent request takes the unit's liaison place between the check and this write.
    const second = await givenUnit(ports, admin);
    ports.memory.beforeNextWrite(() =>
      ports.accounts.create({ ...first.account, username: 'first', unitId: second.id }, { audit: { ...ports.memory.auditEntries(regionId)[0]!, id: 'race' } }),
    );
    await expect(attempt(() => createAccount(admin, liaisonInput({ username: 'late', unitId: second.id }), ports))).rejects.toMatchObject({ field: 'unitId' });
    expect(ports.directory.users.has('late')).toBe(false);
    expect(await ports.accounts.get('late')).toBeNull();
  });

  it('leaves nothing when the directory fails', async () => {
    ports.directory.failNextCreate = new Error('provider down');
    await expect(attempt(() => createAccount(admin, liaisonInput(), ports))).rejects.toThrow('provider down');
    expect(await ports.accounts.get('13800000001')).toBeNull();
    expect(await ports.regions.get(regionId)).toMatchObject({ accountCount: 0 });
  });

  it('is for the secretariat only', async () => {
    await expect(attempt(() => createAccount(unitLiaison(regionId, unit.id), liaisonInput(), ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(() => createAccount(platformAdmin(), liaisonInput(), ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('Method: accounts (list)', () => {
  it('lists the region by role then username, filtered by role, unit and state; never another region', async () => {
    await createAccount(admin, liaisonInput(), ports);
    await createAccount(admin, { username: 'wang', name: '王五', role: 'REGION_ADMIN' }, ports);
    const other = await givenRegion(ports, 'r-2');
    await createAccount(other.admin, { username: 'zhao', name: '赵六', role: 'REGION_ADMIN' }, ports);
    const all = await listAccounts(admin, {}, ports);
    expect(all.edges.map((e) => e.node.username)).toEqual(['wang', '13800000001']);
    expect((await listAccounts(admin, { filter: { unitId: unit.id } }, ports)).edges.map((e) => e.node.username)).toEqual(['13800000001']);
    await disableAccount(admin, { username: 'wang', version: 1 }, ports);
    expect((await listAccounts(admin, { filter: { state: 'DISABLED' } }, ports)).edges.map((e) => e.node.username)).toEqual(['wang']);
    expect(await getAccount(admin, 'zhao', ports)).toBeNull();
  });
});

describe('Methods: disableAccount / enableAccount / resetPassword', () => {
  it('disables in the directory and the record, enables again, on the version read', async () => {
    await createAccount(admin, liaisonInput(), ports);
    const disabled = await disableAccount(admin, { username: '13800000001', version: 1 }, ports);
    expect(disabled).toMatchObject({ state: 'DISABLED', version: 2 });
    expect(ports.directory.users.get('13800000001')?.enabled).toBe(false);
    await expect(attempt(() => enableAccount(admin, { username: '13800000001', version: 1 }, ports))).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await enableAccount(admin, { username: '13800000001', version: 2 }, ports)).toMatchObject({ state: 'ACTIVE', version: 3 });
    expect(ports.directory.users.get('13800000001')?.enabled).toBe(true);
    expect(ports.memory.auditEntries(regionId).map((e) => e.operation)).toEqual(expect.arrayContaining(['disableAccount', 'enableAccount']));
  });

  it('puts the directory back when the record was changed meanwhile', async () => {
    await createAccount(admin, liaisonInput(), ports);
    const current = (await ports.accounts.get('13800000001'))!;
    ports.memory.beforeNextWrite(() => ports.accounts.save({ current, next: { ...current, name: '李四（新）', version: 2 } }, { audit: { ...ports.memory.auditEntries(regionId)[0]!, id: 'x', at: '2026-03-01T09:00:00.000Z' } }));
    await expect(attempt(() => disableAccount(admin, { username: '13800000001', version: 1 }, ports))).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(ports.directory.users.get('13800000001')?.enabled).toBe(true);
  });

  it('resets to a new temporary password shown once', async () => {
    const made = await createAccount(admin, liaisonInput(), ports);
    ports.clock.advance(3_600_000);
    const reset = await resetPassword(admin, { username: '13800000001', version: 1 }, ports);
    expect(reset.temporaryPassword).not.toBe(made.temporaryPassword);
    expect(reset.account).toMatchObject({ version: 2, temporaryPasswordSetAt: '2026-03-01T09:00:00.000Z' });
    expect(ports.directory.users.get('13800000001')?.temporaryPassword).toBe(reset.temporaryPassword);
  });

  it('refuses to disable oneself, and an account of another region is not found', async () => {
    await createAccount(admin, { username: 'wang', name: '王五', role: 'REGION_ADMIN' }, ports);
    await expect(attempt(() => disableAccount({ ...admin, username: 'WANG' }, { username: 'wang', version: 1 }, ports))).rejects.toMatchObject({ field: 'username' });
    const other = await givenRegion(ports, 'r-2');
    await expect(attempt(() => disableAccount(other.admin, { username: 'wang', version: 1 }, ports))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('Method: createLiaisonAccounts (bulk) and its handout', () => {
  it('walks the units page by page, makes accounts for liaisons with a mobile, skips the others with reasons, hands out once', async () => {
    const noLiaison = await givenUnit(ports, admin);
    const landline = await givenUnit(ports, admin, { liaison: { name: '周七', phone: '010-88886666' } });
    await givenUnit(ports, admin, { liaison: { name: '吴八', phone: '13900000002' } });
    await createAccount(admin, liaisonInput(), ports);

    let step = await createLiaisonAccounts(admin, { size: 2 }, ports);
    const steps = [step];
    while (!step.done) {
      step = await createLiaisonAccounts(admin, { size: 2, after: step.nextCursor, handoutId: step.handoutId }, ports);
      steps.push(step);
    }
    expect(new Set(steps.map((s) => s.handoutId)).size).toBe(1);
    expect(steps.reduce((n, s) => n + s.processedUnits, 0)).toBe(4);
    expect(steps[0]!.totalUnits).toBe(4);
    expect(steps.flatMap((s) => s.created.map((a) => a.username))).toEqual(['13900000002']);
    expect(steps.reduce((n, s) => n + s.alreadyHadAccount, 0)).toBe(1);
    expect(steps.flatMap((s) => s.skipped).sort((a, b) => a.reason.localeCompare(b.reason))).toEqual(
      [
        { unitId: noLiaison.id, unitName: noLiaison.name, reason: SKIP_REASONS.noLiaison },
        { unitId: landline.id, unitName: landline.name, reason: SKIP_REASONS.noMobile },
      ].sort((a, b) => a.reason.localeCompare(b.reason)),
    );

    const file = await liaisonAccountsHandout(admin, step.handoutId, ports);
    expect(file.name).toBe('联络员账号发放单-2026-03-01.xlsx');
    expect(await ports.accounts.handoutEntries(regionId, step.handoutId, 10)).toEqual([]);
    await expect(attempt(() => liaisonAccountsHandout(admin, step.handoutId, ports))).rejects.toMatchObject({ field: 'handoutId' });
  });

  it('the handout sheet names each person with the password the directory has', async () => {
    const step = await createLiaisonAccounts(admin, {}, ports);
    expect(step.done).toBe(true);
    const password = ports.directory.users.get('13800000001')!.temporaryPassword!;
    const rows = await ports.accounts.handoutEntries(regionId, step.handoutId, 10);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.sealedPassword).not.toContain(password);
    let sheet: Uint8Array | undefined;
    const build = ports.accountWorkbooks.handout;
    ports.accountWorkbooks.handout = async (...args) => (sheet = await build(...args));
    await liaisonAccountsHandout(admin, step.handoutId, ports);
    // The sheet's text holds the unit, the username and the temporary password the directory has.
    const xml = await (await JSZip.loadAsync(sheet!)).file('xl/sharedStrings.xml')!.async('string');
    for (const text of [unit.name, '13800000001', password]) expect(xml).toContain(text);
  });
});

describe('Platform: createRegion / regions / appointRegionAdmin', () => {
  it('creates regions with unique slugs, lists them newest first, appoints an admin in the new region', async () => {
    const platform = platformAdmin();
    ports.clock.advance(1000);
    const made = await createRegion(platform, { name: '十里铺街道', level: 'STREET', slug: 'Shilipu', superiorOrganization: '朝阳区委组织部' }, ports);
    expect(made).toMatchObject({ slug: 'shilipu', unitCount: 0, accountCount: 0 });
    await expect(attempt(() => createRegion(platform, { name: '另一个', level: 'STREET', slug: 'shilipu' }, ports))).rejects.toMatchObject({ field: 'slug' });
    await expect(attempt(() => createRegion(platform, { name: '另一个', level: 'STREET', slug: '1x' }, ports))).rejects.toMatchObject({ field: 'slug' });
    ports.clock.advance(1000);
    await createRegion(platform, { name: '八里庄街道', level: 'STREET', slug: 'balizhuang' }, ports);
    const regions = await listRegions(platform, {}, ports);
    expect(regions.edges.map((e) => e.node.name).slice(0, 2)).toEqual(['八里庄街道', '十里铺街道']);

    const appointed = await appointRegionAdmin(platform, { regionId: made.id, username: 'shilipu-admin', name: '刘书记' }, ports);
    expect(appointed.account).toMatchObject({ role: 'REGION_ADMIN', regionId: made.id, createdBy: '平台管理员' });
    expect(ports.directory.users.get('shilipu-admin')).toMatchObject({ role: 'REGION_ADMIN', regionId: made.id });
    expect(await ports.regions.get(made.id)).toMatchObject({ adminCount: 1, accountCount: 1 });
    expect(ports.memory.auditEntries(made.id).map((e) => e.operation)).toEqual(['createRegion', 'appointRegionAdmin']);
    await expect(attempt(() => appointRegionAdmin(platform, { regionId: 'nope', username: 'x-admin', name: '某' }, ports))).rejects.toMatchObject({ field: 'regionId' });
  });

  it('the platform admin may disable a region admin but no other account; a region admin cannot use platform operations', async () => {
    const platform = platformAdmin();
    await createAccount(admin, liaisonInput(), ports);
    await createAccount(admin, { username: 'wang', name: '王五', role: 'REGION_ADMIN' }, ports);
    expect(await disableAccount(platform, { username: 'wang', version: 1 }, ports)).toMatchObject({ state: 'DISABLED' });
    await expect(attempt(() => disableAccount(platform, { username: '13800000001', version: 1 }, ports))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(attempt(() => createRegion(admin, { name: 'x', level: 'STREET', slug: 'xyz' }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(() => listRegions(admin, {}, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
