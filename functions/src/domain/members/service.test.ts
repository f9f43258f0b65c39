import { beforeEach, describe, expect, it } from 'vitest';
import type { RegionPrincipal } from '../../auth/principal';
import { changeUnitStatus } from '../units/service';
import type { Unit } from '../units/unit';
import { attempt, COMMUNITY, givenMember, givenRegion, givenUnit, memberInput } from '../testing/fixtures';
import { createMemoryPorts, type MemoryPorts } from '../testing/memory-ports';
import { partyMember, unitLiaison } from '../testing/principals';
import { composeIdNumber } from './id-number';
import {
  createMember, listMembers, removeMember, revealMemberIdNumber, transferMember, updateMember, updateOwnPhone,
} from './service';

let ports: MemoryPorts;
let admin: RegionPrincipal;
let regionId: string;
let unit: Unit;

beforeEach(async () => {
  ports = createMemoryPorts();
  ({ regionId, admin } = await givenRegion(ports));
  unit = await givenUnit(ports, admin);
});

const counts = async (unitId: string) => {
  const u = await ports.units.get(regionId, unitId);
  return { all: u?.memberCount, full: u?.fullMemberCount };
};
const rosterIds = async (filter: Record<string, unknown> = {}) =>
  (await listMembers(admin, { first: 100, filter }, ports)).edges.map((e) => e.node.id);
const everythingWritten = () => JSON.stringify(ports.memory.auditEntries());

describe('Method: createMember', () => {
  it('keeps the number protected: masked, fingerprinted, sealed; counted in its unit; audited without the number', async () => {
    // Act
    const member = await createMember(admin, memberInput(unit.id, { name: ' 王 建国 ', idNumber: '110105 19800102001 1', status: 'PROBATIONARY' }), ports);
    // Assess
    expect(member).toMatchObject({ name: '王 建国', version: 1, departure: null, roles: [] });
    expect(member.idNumber.masked).toBe('110105********0011');
    expect(member.idNumber.sealed).not.toContain('110105198001020011');
    expect(await ports.vault.open(member.idNumber.sealed)).toBe('110105198001020011');
    expect(await counts(unit.id)).toEqual({ all: 1, full: 0 });
    expect(ports.memory.auditEntries().at(-1)).toMatchObject({ operation: 'createMember', recordType: 'Member', recordId: member.id });
    expect(everythingWritten()).not.toContain('110105198001020011');
    expect(everythingWritten()).not.toContain(member.idNumber.fingerprint);
    expect(everythingWritten()).toContain('110105********0011');
  });

  it.each([
    ['a wrong check digit', { idNumber: '110105198001011234', birthDate: '1980-01-01' }, 'idNumber', '身份证号码校验位不正确，请核对'],
    ['a birth date the number does not carry', { birthDate: '1980-01-03' }, 'idNumber', '身份证号码中的出生日期（1980-01-02）与出生日期（1980-01-03）不一致'],
    ['a gender the number does not carry', { gender: 'FEMALE' }, 'gender', '性别与身份证号码不符（号码第 17 位表示男）'],
    ['joining before 18', { joinedOn: '1997-12-31' }, 'joinedOn', '入党日期须在年满 18 周岁之后'],
    ['joining in the future', { joinedOn: '2026-03-02' }, 'joinedOn', '入党日期不能晚于今天'],
    ['an unknown category', { category: 'ASTRONAUT' }, 'category', undefined],
    ['a unit that does not exist', { unitId: 'nope' }, 'unitId', '所在党组织不存在'],
  ])('refuses %s at its field, and writes nothing', async (_, overrides, field, message) => {
    // Act
    const result = attempt(() => createMember(admin, memberInput(unit.id, overrides), ports));
    // Assess
    await expect(result).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field, ...(message ? { message } : {}) });
    expect(await counts(unit.id)).toEqual({ all: 0, full: 0 });
    expect(await rosterIds()).toEqual([]);
  });

  it('refuses a number already on the roster (naming its holder), also when it arrives between the check and the write', async () => {
    // Prepare
    const first = await givenMember(ports, admin, unit.id, { name: '李明' });
    const number = await ports.vault.open(first.idNumber.sealed);
    // Act & Assess
    await expect(createMember(admin, memberInput(unit.id, { idNumber: number }), ports)).rejects.toMatchObject({
      field: 'idNumber', message: '本区域名册中已有该身份证号码的党员（李明）',
    });
    const raced = composeIdNumber('110105', '1980-01-02', 999);
    ports.memory.beforeNextWrite(() => createMember(admin, memberInput(unit.id, { idNumber: raced }), ports));
    await expect(createMember(admin, memberInput(unit.id, { idNumber: raced }), ports)).rejects.toMatchObject({ field: 'idNumber' });
    expect(await counts(unit.id)).toEqual({ all: 2, full: 2 });
  });

  it('needs a residential community that is a 社区 or 村, and a unit that has not withdrawn', async () => {
    // Prepare
    const community = await givenUnit(ports, admin, COMMUNITY);
    const withdrawn = await givenUnit(ports, admin);
    await changeUnitStatus(admin, { id: withdrawn.id, version: 1, action: 'WITHDRAW' }, ports);
    // Act & Assess
    await expect(createMember(admin, memberInput(unit.id, { communityId: unit.id }), ports)).rejects.toMatchObject({ field: 'communityId' });
    await expect(createMember(admin, memberInput(withdrawn.id), ports)).rejects.toMatchObject({ field: 'unitId', message: '所在党组织已退出联盟，不能转入党员' });
    await expect(createMember(admin, memberInput(unit.id, { communityId: community.id }), ports)).resolves.toMatchObject({ communityId: community.id });
  });

  it("lets a liaison add to its own unit's roster only", async () => {
    // Prepare
    const other = await givenUnit(ports, admin);
    const liaison = unitLiaison(regionId, unit.id);
    // Act & Assess
    await expect(createMember(liaison, memberInput(unit.id), ports)).resolves.toMatchObject({ unitId: unit.id });
    await expect(attempt(() => createMember(liaison, memberInput(other.id), ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('Method: updateMember', () => {
  it('moves the full-member count with the status, and the number guard with the number', async () => {
    // Prepare
    const member = await givenMember(ports, admin, unit.id);
    const oldNumber = await ports.vault.open(member.idNumber.sealed);
    const newNumber = composeIdNumber('110105', '1980-01-02', 555);
    // Act
    const updated = await updateMember(admin, { id: member.id, version: 1, status: 'PROBATIONARY', idNumber: newNumber, phone: null }, ports);
    // Assess
    expect(updated).toMatchObject({ status: 'PROBATIONARY', phone: null, version: 2, name: member.name });
    expect(await counts(unit.id)).toEqual({ all: 1, full: 0 });
    await expect(givenMember(ports, admin, unit.id, { idNumber: oldNumber })).resolves.toMatchObject({ unitId: unit.id });
    await expect(givenMember(ports, admin, unit.id, { idNumber: newNumber })).rejects.toMatchObject({ field: 'idNumber' });
  });

  it('checks a changed birth date against the number kept (sealed), and refuses a stale version', async () => {
    // Prepare
    const member = await givenMember(ports, admin, unit.id);
    // Act & Assess
    await expect(attempt(() => updateMember(admin, { id: member.id, version: 1, birthDate: '1981-01-02' }, ports))).rejects.toMatchObject({ field: 'birthDate' });
    await updateMember(admin, { id: member.id, version: 1, note: '党小组长' }, ports);
    await expect(attempt(() => updateMember(admin, { id: member.id, version: 1, note: '旧' }, ports))).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

describe('Method: removeMember', () => {
  it('takes the member off the roster and its counts, frees its number, keeps the record', async () => {
    // Prepare
    const member = await givenMember(ports, admin, unit.id, { roles: ['LIAISON'] });
    // Act
    const removed = await removeMember(admin, { id: member.id, version: 1, reason: 'DECEASED', removedOn: '2026-02-01' }, ports);
    // Assess
    expect(removed.departure).toEqual({ on: '2026-02-01', reason: 'DECEASED', destination: null, note: null });
    expect(await counts(unit.id)).toEqual({ all: 0, full: 0 });
    expect(await rosterIds()).toEqual([]);
    expect(await rosterIds({ role: 'LIAISON' })).toEqual([]);
    expect(await ports.members.get(regionId, member.id)).toMatchObject({ id: member.id, version: 2 });
    await expect(givenMember(ports, admin, unit.id, { idNumber: await ports.vault.open(member.idNumber.sealed) })).resolves.toBeTruthy();
    await expect(attempt(() => removeMember(admin, { id: member.id, version: 2, reason: 'DECEASED' }, ports))).rejects.toMatchObject({ message: '该党员已不在党员名册中' });
  });

  it('needs a note for OTHER', async () => {
    const member = await givenMember(ports, admin, unit.id);
    await expect(attempt(() => removeMember(admin, { id: member.id, version: 1, reason: 'OTHER' }, ports))).rejects.toMatchObject({ field: 'note' });
  });
});

describe('Method: transferMember', () => {
  it('moves a member to another unit of the region with both counts in one write, and keeps the transfer', async () => {
    // Prepare
    const to = await givenUnit(ports, admin, { name: '接收党支部' });
    const member = await givenMember(ports, admin, unit.id);
    // Act
    const moved = await transferMember(admin, { memberId: member.id, version: 1, toUnitId: to.id, letterNumber: '转字001' }, ports);
    // Assess
    expect(moved).toMatchObject({ unitId: to.id, version: 2, departure: null });
    expect(await counts(unit.id)).toEqual({ all: 0, full: 0 });
    expect(await counts(to.id)).toEqual({ all: 1, full: 1 });
    const transfers = await ports.members.listTransfers(regionId, member.id, { size: 10 });
    expect(transfers.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ fromUnitId: unit.id, fromUnitName: unit.name, toUnitId: to.id, toUnitName: '接收党支部', letterNumber: '转字001', transferredOn: '2026-03-01' }),
    ]);
    expect(ports.memory.auditEntries().at(-1)!.changes).toContainEqual(expect.objectContaining({ field: 'transfer', after: `${unit.name} → 接收党支部（介绍信 转字001）` }));
  });

  it('records a transfer out of the region as a departure with its destination', async () => {
    const member = await givenMember(ports, admin, unit.id);
    const out = await transferMember(admin, { memberId: member.id, version: 1, destination: '某市某区某街道党工委', transferredOn: '2026-02-20' }, ports);
    expect(out.departure).toEqual({ on: '2026-02-20', reason: 'TRANSFERRED_OUT', destination: '某市某区某街道党工委', note: null });
    expect(await counts(unit.id)).toEqual({ all: 0, full: 0 });
  });

  it.each([
    ['neither a unit nor a destination', {}, 'toUnitId'],
    ['the unit it is in', { toUnitId: 'SAME' }, 'toUnitId'],
    ['a date in the future', { destination: '外地', transferredOn: '2026-03-02' }, 'transferredOn'],
  ] as [string, Record<string, string>, string][])('refuses %s', async (_, input, field) => {
    const member = await givenMember(ports, admin, unit.id);
    const args = { memberId: member.id, version: 1, ...input, ...(input.toUnitId === 'SAME' ? { toUnitId: unit.id } : {}) };
    await expect(attempt(() => transferMember(admin, args, ports))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await counts(unit.id)).toEqual({ all: 1, full: 1 });
  });
});

describe('Method: revealMemberIdNumber', () => {
  it('shows a region admin the whole number and writes who looked; nobody else may', async () => {
    // Prepare
    const member = await givenMember(ports, admin, unit.id, { idNumber: '11010519491231002X', birthDate: '1949-12-31', gender: 'FEMALE', joinedOn: '1970-01-01' });
    // Act & Assess
    await expect(revealMemberIdNumber(admin, member.id, ports)).resolves.toBe('11010519491231002X');
    expect(ports.memory.auditEntries().at(-1)).toMatchObject({ operation: 'revealMemberIdNumber', recordId: member.id, actorId: admin.userId });
    expect(everythingWritten()).not.toContain('11010519491231002X');
    await expect(attempt(() => revealMemberIdNumber(unitLiaison(regionId, unit.id), member.id, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('Method: listMembers', () => {
  it("gives a liaison its own unit's roster whatever it asks, and filters by role and name", async () => {
    // Prepare
    const other = await givenUnit(ports, admin);
    const mine = await givenMember(ports, admin, unit.id, { name: '张三', roles: ['BRANCH_SECRETARY'] });
    const theirs = await givenMember(ports, admin, other.id, { name: '张四' });
    const liaison = unitLiaison(regionId, unit.id);
    // Act & Assess
    expect((await listMembers(liaison, { filter: {} }, ports)).edges.map((e) => e.node.id)).toEqual([mine.id]);
    await expect(attempt(() => listMembers(liaison, { filter: { unitId: other.id } }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await rosterIds({ role: 'BRANCH_SECRETARY' })).toEqual([mine.id]);
    expect(await rosterIds({ namePrefix: '张' })).toEqual([mine.id, theirs.id]);
  });
});

describe('Method: updateOwnPhone', () => {
  it('lets a member correct its own phone, and nothing of anyone else', async () => {
    const member = await givenMember(ports, admin, unit.id);
    const self = { ...partyMember(regionId), memberId: member.id };
    await expect(updateOwnPhone(self, { phone: '13900001111', version: 1 }, ports)).resolves.toMatchObject({ phone: '13900001111', version: 2 });
    await expect(attempt(() => updateOwnPhone(partyMember(regionId), { phone: '13900001111', version: 1 }, ports))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
