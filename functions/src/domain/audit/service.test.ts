import { beforeEach, describe, expect, it } from 'vitest';
import type { RegionPrincipal } from '../../auth/principal';
import { attempt, givenRegion, givenUnit } from '../testing/fixtures';
import { createMemoryPorts, type MemoryPorts } from '../testing/memory-ports';
import { partyMember, unitLiaison } from '../testing/principals';
import { changeUnitStatus, updateUnit } from '../units/service';
import { listRecordTrail, listRegionTrail, recordChange } from './service';

let ports: MemoryPorts;
let admin: RegionPrincipal;
let regionId: string;

beforeEach(async () => {
  ports = createMemoryPorts({ now: '2026-03-01T08:00:00.000Z' });
  ({ regionId, admin } = await givenRegion(ports));
});

const RECORD = { type: 'Thing', ignoredFields: ['counter'], unitFields: ['ownerId'] };

describe('Method: recordChange', () => {
  it('makes the entry of a change: who, when, which record, the changed fields, and a note said with it', () => {
    // Act
    const entry = recordChange(admin, ports, RECORD, {
      operation: 'renameThing', recordId: 't-1', version: 3,
      before: { name: '旧', counter: 1, ownerId: 'u-1' }, after: { name: '新', counter: 2, ownerId: 'u-2' },
      note: { field: 'reason', value: '更正' },
    });
    // Assess
    expect(entry).toEqual({
      id: 'id-0001', regionId, at: expect.any(String), actorId: admin.userId, actorName: admin.displayName, outcome: 'SUCCESS',
      operation: 'renameThing', recordType: 'Thing', recordId: 't-1', version: 3,
      changes: [
        { field: 'name', before: '旧', after: '新' },
        { field: 'ownerId', before: 'u-1', after: 'u-2', refersTo: 'Unit' },
        { field: 'reason', before: null, after: '更正' },
      ],
    });
    expect(Date.parse(entry.at)).toBeGreaterThanOrEqual(ports.now().getTime());
  });

  it('leaves out an empty note, and keeps two changes of one millisecond in order', () => {
    // Act
    const first = recordChange(admin, ports, RECORD, { operation: 'a', recordId: 't', version: 1, before: null, after: { name: 'x' }, note: { field: 'reason', value: null } });
    const second = recordChange(admin, ports, RECORD, { operation: 'b', recordId: 't', version: 2, before: { name: 'x' }, after: { name: 'x' } });
    // Assess
    expect(first.changes).toEqual([{ field: 'name', before: null, after: 'x' }]);
    expect(second.changes).toEqual([]);
    expect(second.at > first.at).toBe(true);
  });
});

describe('Method: listRegionTrail', () => {
  it('successful: the region\'s changes, newest first, paged, none of another region', async () => {
    // Prepare
    const unit = await givenUnit(ports, admin);
    await updateUnit(admin, { id: unit.id, version: 1, grid: '一网格' }, ports);
    await changeUnitStatus(admin, { id: unit.id, version: 2, action: 'SUSPEND' }, ports);
    const other = await givenRegion(ports, 'r-2');
    await givenUnit(ports, other.admin);
    // Act
    const page1 = await listRegionTrail(admin, { first: 2 }, ports);
    const page2 = await listRegionTrail(admin, { first: 2, after: page1.pageInfo.endCursor }, ports);
    // Assess
    expect(page1.edges.map((e) => e.node.operation)).toEqual(['changeUnitStatus', 'updateUnit']);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page2.edges.map((e) => e.node.operation)).toEqual(['createUnit']);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect([...page1.edges, ...page2.edges].every((e) => e.node.regionId === regionId)).toBe(true);
  });

  it('failing: the secretariat\'s alone — FORBIDDEN to a liaison and a party member', async () => {
    // Prepare
    const unit = await givenUnit(ports, admin);
    // Act & Assess
    for (const caller of [unitLiaison(regionId, unit.id), partyMember(regionId)]) {
      await expect(attempt(() => listRegionTrail(caller, {}, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});

describe('Method: listRecordTrail', () => {
  it('successful: one record\'s changes, newest first', async () => {
    // Prepare
    const unit = await givenUnit(ports, admin);
    await givenUnit(ports, admin);
    ports.clock.advance(60_000);
    await updateUnit(admin, { id: unit.id, version: 1, grid: '一网格' }, ports);
    // Act
    const trail = await listRecordTrail(admin, { recordId: unit.id }, ports);
    // Assess
    expect(trail.edges.map((e) => [e.node.operation, e.node.version])).toEqual([['updateUnit', 2], ['createUnit', 1]]);
    expect(trail.edges.every((e) => e.node.recordId === unit.id)).toBe(true);
  });

  it('successful: shows nothing of another region\'s record', async () => {
    // Prepare
    const other = await givenRegion(ports, 'r-2');
    const foreign = await givenUnit(ports, other.admin);
    // Act
    const trail = await listRecordTrail(admin, { recordId: foreign.id }, ports);
    // Assess
    expect(trail.edges).toEqual([]);
  });

  it('failing: FORBIDDEN to the liaison of the very unit', async () => {
    // Prepare
    const unit = await givenUnit(ports, admin);
    // Act & Assess
    await expect(attempt(() => listRecordTrail(unitLiaison(regionId, unit.id), { recordId: unit.id }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('failing: refuses the region trail\'s cursor under `after`', async () => {
    // Prepare
    const unit = await givenUnit(ports, admin);
    await updateUnit(admin, { id: unit.id, version: 1, grid: '一网格' }, ports);
    const { endCursor } = (await listRegionTrail(admin, { first: 1 }, ports)).pageInfo;
    // Act & Assess
    await expect(listRecordTrail(admin, { recordId: unit.id, after: endCursor }, ports)).rejects.toMatchObject({ field: 'after' });
  });
});
