/**
 * The memory ports' own promises: those of the DynamoDB/S3 store (tests/integration proves the real
 * ones), so the use cases' unit tests mean the same against either.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Alongside } from '../alongside';
import type { AuditEntry } from '../audit/audit';
import { CursorRejectedError } from '../paging';
import type { Pairing } from '../pairings/pairing';
import { RetryableWriteError } from '../retry';
import type { UnitFilter } from '../units/rules';
import type { Unit } from '../units/unit';
import { AlreadyTakenError, GuardFailedError, RecordMissingError, StaleVersionError } from '../write-refusals';
import { createMemoryPorts, type MemoryPorts } from './memory-ports';

const REGION = 'r-1';
const noFilter: UnitFilter = {
  hostKind: undefined, level: undefined, allianceRole: undefined, status: undefined, parentId: undefined,
  namePrefix: undefined, rootsOnly: false, unpaired: false,
};

function unit(id: string, overrides: Partial<Unit> = {}): Unit {
  return {
    id, regionId: REGION, name: `单位${id}`, shortName: null, hostKind: 'ENTERPRISE', level: 'BRANCH', allianceRole: 'MEMBER_UNIT',
    status: 'INVITED', address: null, grid: null, parentId: null, childCount: 0, leader: null, representative: null, liaison: null,
    partTimeCommitteeMember: null, memberCount: 0, fullMemberCount: 0, registration: null, activePairingCount: 0, pairingCount: 0,
    version: 1, createdAt: '2026-03-01T08:00:00.000Z', updatedAt: '2026-03-01T08:00:00.000Z', ...overrides,
  };
}

let auditNumber = 0;
const entry = (recordId: string, at = '2026-03-01T08:00:00.000Z'): AuditEntry => ({
  id: `a-${++auditNumber}`, regionId: REGION, at, actorId: 'u', actorName: 'u', operation: 'op', recordType: 'Unit', recordId,
  version: 1, outcome: 'SUCCESS', changes: [],
});
const alongside = (recordId: string, uploads: Alongside['uploads'] = []): Alongside => ({ audit: entry(recordId), uploads });

function pairing(id: string, unitId: string, communityId: string): Pairing {
  return {
    id, regionId: REGION, unitId, communityId, startsOn: '2026-01-01', endsOn: null, content: '共建', agreement: null, status: 'ACTIVE',
    endedOn: null, endReason: null, version: 1, createdAt: `2026-03-01T08:00:00.00${id.slice(-1)}Z`, updatedAt: '2026-03-01T08:00:00.000Z',
  };
}

let ports: MemoryPorts;
beforeEach(async () => {
  ports = createMemoryPorts();
  await ports.regions.createIfAbsent({ id: REGION, name: '测试街道', level: 'STREET', createdAt: '2026-01-01T00:00:00.000Z' });
});

describe('Method: units.create', () => {
  it('successful: keeps the unit, counts it in its region and parent, appends the audit entry', async () => {
    // Prepare
    await ports.units.create(unit('p'), alongside('p'));
    // Act
    await ports.units.create(unit('c', { parentId: 'p' }), alongside('c'));
    // Assess
    expect((await ports.regions.get(REGION))?.unitCount).toBe(2);
    expect((await ports.units.get(REGION, 'p'))?.childCount).toBe(1);
    expect(ports.memory.auditEntries().map((e) => e.recordId)).toEqual(['p', 'c']);
  });

  it('failing: reports the first failed condition, in the store\'s order, and writes nothing', async () => {
    // Prepare
    await ports.units.create(unit('p', { status: 'WITHDRAWN' }), alongside('p'));
    const before = ports.memory.auditEntries().length;
    // Act & Assess: a name held, even in another width and case, is reported before the parent
    await expect(ports.units.create(unit('x', { name: ' 单位Ｐ ', parentId: 'nope' }), alongside('x'))).rejects.toEqual(
      new AlreadyTakenError('unit-name', '单位p'),
    );
    await expect(ports.units.create(unit('x', { parentId: 'nope' }), alongside('x'))).rejects.toMatchObject({ record: { type: 'Unit', id: 'nope' } });
    await expect(ports.units.create(unit('x', { parentId: 'p' }), alongside('x'))).rejects.toEqual(new GuardFailedError({ type: 'Unit', id: 'p' }, 'parent-active'));
    await expect(ports.units.create(unit('y', { regionId: 'r-none' }), { audit: { ...entry('y'), regionId: 'r-none' } })).rejects.toEqual(
      new RecordMissingError({ type: 'Region', id: 'r-none' }),
    );
    expect(await ports.units.get(REGION, 'x')).toBeNull();
    expect((await ports.regions.get(REGION))?.unitCount).toBe(1);
    expect(ports.memory.auditEntries()).toHaveLength(before);
  });
});

describe('Method: units.save', () => {
  it('successful: writes the profile but never the counters, id, region or creation time', async () => {
    // Prepare
    await ports.units.create(unit('p'), alongside('p'));
    await ports.units.create(unit('c', { parentId: 'p' }), alongside('c'));
    const read = (await ports.units.get(REGION, 'p'))!;
    // Act
    await ports.units.save({ current: read, next: { ...read, childCount: 99, pairingCount: 7, createdAt: 'x', address: '新地址', version: 2 } }, alongside('p'));
    // Assess
    expect(await ports.units.get(REGION, 'p')).toMatchObject({ childCount: 1, pairingCount: 0, createdAt: read.createdAt, address: '新地址', version: 2 });
  });

  it('successful: moves the name guard on a rename and the child counts on a move', async () => {
    // Prepare
    for (const id of ['a', 'b']) await ports.units.create(unit(id), alongside(id));
    await ports.units.create(unit('c', { parentId: 'a' }), alongside('c'));
    const read = (await ports.units.get(REGION, 'c'))!;
    // Act
    await ports.units.save({ current: read, next: { ...read, name: '新名', parentId: 'b', version: 2 }, unchangedAncestors: [(await ports.units.get(REGION, 'b'))!] }, alongside('c'));
    // Assess
    expect([(await ports.units.get(REGION, 'a'))?.childCount, (await ports.units.get(REGION, 'b'))?.childCount]).toEqual([0, 1]);
    await expect(ports.units.create(unit('d', { name: read.name }), alongside('d'))).resolves.toBeUndefined();
    await expect(ports.units.create(unit('e', { name: '新名' }), alongside('e'))).rejects.toBeInstanceOf(AlreadyTakenError);
  });

  it('failing: a stale version, a changed ancestor, a counter that moved under a change of who needs a pairing', async () => {
    // Prepare
    for (const id of ['a', 'b', 'c']) await ports.units.create(unit(id), alongside(id));
    const a = (await ports.units.get(REGION, 'a'))!;
    const b = (await ports.units.get(REGION, 'b'))!;
    const c = (await ports.units.get(REGION, 'c'))!;
    // Act & Assess
    await expect(ports.units.save({ current: { ...a, version: 2 }, next: { ...a, version: 3 } }, alongside('a'))).rejects.toEqual(new StaleVersionError({ type: 'Unit', id: 'a' }));
    await expect(ports.units.save({ current: a, next: { ...a, parentId: 'b', version: 2 }, unchangedAncestors: [{ ...b, version: 5 }] }, alongside('a'))).rejects.toEqual(
      new GuardFailedError({ type: 'Unit', id: 'b' }, 'lineage-unchanged'),
    );
    await expect(ports.units.save({ current: a, next: { ...a, parentId: 'b', version: 2 }, unchangedAncestors: [b, { ...c, version: 9 }] }, alongside('a'))).rejects.toEqual(
      new GuardFailedError({ type: 'Unit', id: 'c' }, 'lineage-unchanged'),
    );
    await expect(ports.units.save({ current: { ...a, activePairingCount: 1 }, next: { ...a, status: 'SUSPENDED', version: 2 } }, alongside('a'))).rejects.toBeInstanceOf(
      RetryableWriteError,
    );
    // A plain edit does not wait on the counter.
    await ports.units.save({ current: { ...a, activePairingCount: 1 }, next: { ...a, grid: '一网格', version: 2 } }, alongside('a'));
    expect(await ports.units.get(REGION, 'a')).toMatchObject({ grid: '一网格', version: 2, activePairingCount: 0 });
    expect(await ports.units.get(REGION, 'b')).toMatchObject({ childCount: 0, version: 1 });
  });
});

describe('Method: units.delete', () => {
  it('failing: version first, then children, members and pairings, as the store reports them', async () => {
    // Prepare
    await ports.units.create(unit('p', { memberCount: 3, fullMemberCount: 3 }), alongside('p'));
    await ports.units.create(unit('c', { parentId: 'p' }), alongside('c'));
    const p = (await ports.units.get(REGION, 'p'))!;
    // Act & Assess
    await expect(ports.units.delete({ ...p, version: 4 }, alongside('p'))).rejects.toBeInstanceOf(StaleVersionError);
    await expect(ports.units.delete(p, alongside('p'))).rejects.toEqual(new GuardFailedError({ type: 'Unit', id: 'p' }, 'no-children'));
    await ports.units.delete((await ports.units.get(REGION, 'c'))!, alongside('c'));
    await expect(ports.units.delete(p, alongside('p'))).rejects.toEqual(new GuardFailedError({ type: 'Unit', id: 'p' }, 'no-members'));
    await expect(ports.units.delete(unit('gone'), alongside('gone'))).rejects.toEqual(new RecordMissingError({ type: 'Unit', id: 'gone' }));
    expect((await ports.regions.get(REGION))?.unitCount).toBe(1);
  });
});

describe('Method: units.list', () => {
  it('successful: pages in pinyin order, continuing after the last item even when the list changed', async () => {
    // Prepare
    for (const [id, name] of [['1', '乙'], ['2', '甲'], ['3', '丙']]) await ports.units.create(unit(id!, { name }), alongside(id!));
    // Act
    const first = await ports.units.list(REGION, noFilter, { size: 2 });
    await ports.units.create(unit('4', { name: '阿' }), alongside('4'));
    const second = await ports.units.list(REGION, noFilter, { size: 2, after: first.pageInfo.endCursor });
    // Assess
    expect(first.edges.map((e) => e.node.name)).toEqual(['丙', '甲']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(second.edges.map((e) => e.node.name)).toEqual(['乙']);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false });
  });

  it('failing: refuses a cursor of another filter, another region, or none of ours', async () => {
    // Prepare
    for (const id of ['1', '2']) await ports.units.create(unit(id), alongside(id));
    const { endCursor } = (await ports.units.list(REGION, noFilter, { size: 1 })).pageInfo;
    // Act & Assess
    await expect(ports.units.list(REGION, { ...noFilter, status: 'INVITED' }, { size: 1, after: endCursor })).rejects.toEqual(new CursorRejectedError('other-list'));
    await expect(ports.units.list('r-2', noFilter, { size: 1, after: endCursor })).rejects.toEqual(new CursorRejectedError('invalid'));
    await expect(ports.units.list(REGION, noFilter, { size: 1, after: 'not-a-cursor' })).rejects.toEqual(new CursorRejectedError('invalid'));
  });
});

describe('Method: pairings.create / pairings.end', () => {
  it('successful: counts on both sides, one active pairing per pair, the end counted back', async () => {
    // Prepare
    await ports.units.create(unit('u'), alongside('u'));
    await ports.units.create(unit('c', { hostKind: 'COMMUNITY' }), alongside('c'));
    const sides = async () => ({ unit: (await ports.units.get(REGION, 'u'))!, community: (await ports.units.get(REGION, 'c'))! });
    // Act
    await ports.pairings.create(pairing('p1', 'u', 'c'), await sides(), alongside('p1'));
    const duplicate = ports.pairings.create(pairing('p2', 'u', 'c'), await sides(), alongside('p2'));
    // Assess
    await expect(duplicate).rejects.toEqual(new AlreadyTakenError('active-pairing', 'u/c'));
    expect(await sides()).toMatchObject({ unit: { activePairingCount: 1, pairingCount: 1, version: 1 }, community: { activePairingCount: 1, pairingCount: 1 } });
    // Act: ended, the pair may pair again
    await ports.pairings.end({ current: pairing('p1', 'u', 'c'), next: { ...pairing('p1', 'u', 'c'), status: 'ENDED', version: 2 } }, await sides(), alongside('p1'));
    await ports.pairings.create(pairing('p3', 'u', 'c'), await sides(), alongside('p3'));
    // Assess
    expect((await ports.pairings.listForUnit(REGION, 'c', { size: 5 })).edges.map((e) => [e.node.id, e.node.status])).toEqual([['p3', 'ACTIVE'], ['p1', 'ENDED']]);
    expect(await sides()).toMatchObject({ unit: { activePairingCount: 1, pairingCount: 2 }, community: { activePairingCount: 1, pairingCount: 2 } });
  });

  it('failing: a side not taking part, a stale end, and a unit side that moved since it was read', async () => {
    // Prepare
    await ports.units.create(unit('u'), alongside('u'));
    await ports.units.create(unit('c', { hostKind: 'COMMUNITY', status: 'SUSPENDED' }), alongside('c'));
    await ports.units.create(unit('d', { hostKind: 'COMMUNITY' }), alongside('d'));
    const u = (await ports.units.get(REGION, 'u'))!;
    // Act & Assess
    await expect(ports.pairings.create(pairing('p1', 'u', 'c'), { unit: u, community: (await ports.units.get(REGION, 'c'))! }, alongside('p1'))).rejects.toEqual(
      new GuardFailedError({ type: 'Unit', id: 'c' }, 'taking-part'),
    );
    await ports.pairings.create(pairing('p2', 'u', 'd'), { unit: u, community: (await ports.units.get(REGION, 'd'))! }, alongside('p2'));
    const ended = { current: pairing('p2', 'u', 'd'), next: { ...pairing('p2', 'u', 'd'), status: 'ENDED' as const, version: 2 } };
    await expect(ports.pairings.end({ ...ended, current: { ...ended.current, version: 3 } }, { unit: u, community: u }, alongside('p2'))).rejects.toBeInstanceOf(StaleVersionError);
    // `u` was read before the pairing: its count has moved.
    await expect(ports.pairings.end(ended, { unit: u, community: (await ports.units.get(REGION, 'd'))! }, alongside('p2'))).rejects.toBeInstanceOf(RetryableWriteError);
    expect((await ports.pairings.get(REGION, 'p2'))?.status).toBe('ACTIVE');
    expect((await ports.units.get(REGION, 'd'))?.activePairingCount).toBe(1);
  });
});

describe('Method: alongside (uploads and audit)', () => {
  it('successful: a claimed upload is consumed by the write that links it', async () => {
    // Prepare
    await ports.uploads.put(upload('up-1'), alongside('up-1'));
    // Act
    await ports.units.create(unit('u'), alongside('u', [{ regionId: REGION, uploadId: 'up-1' }]));
    // Assess
    expect(await ports.uploads.get(REGION, 'up-1')).toBeNull();
  });

  it('failing: a write claiming a consumed upload is refused whole', async () => {
    // Prepare
    await ports.uploads.put(upload('up-1'), alongside('up-1'));
    await ports.units.create(unit('u'), alongside('u', [{ regionId: REGION, uploadId: 'up-1' }]));
    const entries = ports.memory.auditEntries().length;
    // Act
    const second = ports.units.create(unit('v'), alongside('v', [{ regionId: REGION, uploadId: 'up-1' }]));
    // Assess
    await expect(second).rejects.toEqual(new RecordMissingError({ type: 'Upload', id: 'up-1' }));
    expect(await ports.units.get(REGION, 'v')).toBeNull();
    expect((await ports.regions.get(REGION))?.unitCount).toBe(1);
    expect(ports.memory.auditEntries()).toHaveLength(entries);
  });
});

describe('Method: test controls', () => {
  it('runs one hook before each write, in order; a hook that throws refuses that write', async () => {
    // Prepare
    const ran: string[] = [];
    ports.memory.beforeNextWrite(() => ran.push('first'));
    ports.memory.beforeNextWrite(() => {
      throw new RetryableWriteError();
    });
    // Act
    await ports.units.create(unit('a'), alongside('a'));
    const refused = ports.units.create(unit('b'), alongside('b'));
    // Assess
    await expect(refused).rejects.toBeInstanceOf(RetryableWriteError);
    expect(ran).toEqual(['first']);
    expect(await ports.units.get(REGION, 'b')).toBeNull();
  });

  it('hands out copies: changing what was read changes nothing stored', async () => {
    // Prepare
    await ports.units.create(unit('a'), alongside('a'));
    // Act
    const read = (await ports.units.get(REGION, 'a'))!;
    read.name = '改了';
    // Assess
    expect((await ports.units.get(REGION, 'a'))?.name).toBe('单位a');
  });

  it('moves the clock and makes distinct ids', () => {
    // Prepare
    const start = ports.now().getTime();
    // Act
    ports.clock.advance(1500);
    // Assess
    expect(ports.now().getTime() - start).toBe(1500);
    expect(new Set([ports.newId(), ports.newId(), ports.newId()]).size).toBe(3);
  });
});

function upload(id: string) {
  return {
    id, regionId: REGION, name: 'a.pdf', contentType: 'application/pdf', size: 3, sha256: 'a'.repeat(64), uploadedBy: 'u',
    createdAt: '2026-03-01T08:00:00.000Z', expiresAt: '2026-03-01T08:15:00.000Z',
  };
}
