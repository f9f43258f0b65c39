import { beforeEach, describe, expect, it } from 'vitest';
import type { RegionPrincipal } from '../../auth/principal';
import { createPairing, endPairing } from '../pairings/service';
import { attempt, COMMUNITY, givenMember, givenRegion, givenUnit } from '../testing/fixtures';
import { createMemoryPorts, type MemoryPorts } from '../testing/memory-ports';
import { unitLiaison } from '../testing/principals';
import { deleteUnit, updateUnit } from './service';

let ports: MemoryPorts;
let admin: RegionPrincipal;
let regionId: string;

beforeEach(async () => {
  ports = createMemoryPorts();
  ({ regionId, admin } = await givenRegion(ports));
});

const unitCount = async () => (await ports.regions.get(regionId))?.unitCount;

describe('Method: deleteUnit', () => {
  describe('successful', () => {
    it('deletes a unit with no children, members or pairings: uncounted, its name free, its audit entry written', async () => {
      // Prepare
      const parent = await givenUnit(ports, admin);
      const unit = await givenUnit(ports, admin, { name: '误建单位', parentId: parent.id });
      // Act
      const deleted = await deleteUnit(admin, { id: unit.id, version: 1 }, ports);
      // Assess
      expect(deleted).toEqual({ id: unit.id });
      expect(await ports.units.get(regionId, unit.id)).toBeNull();
      expect(await unitCount()).toBe(1);
      expect((await ports.units.get(regionId, parent.id))?.childCount).toBe(0);
      expect(ports.memory.auditEntries().at(-1)).toMatchObject({ operation: 'deleteUnit', recordId: unit.id, version: null });
      expect(ports.memory.auditEntries().at(-1)!.changes).toContainEqual({ field: 'name', before: '误建单位', after: null });
      await expect(givenUnit(ports, admin, { name: '误建单位' })).resolves.toMatchObject({ name: '误建单位' });
    });
  });

  describe('failing', () => {
    it.each([
      ['children', '该单位还有下级组织，不能删除；请先移走或删除下级组织'],
      ['members', '该单位还有党员，不能删除；可改为“退出”'],
      ['pairings', '该单位有结对记录，不能删除；可改为“退出”'],
    ])('refuses a unit with %s, saying what to do instead, and writes nothing', async (what, message) => {
      // Prepare
      const unit = await givenUnit(ports, admin);
      if (what === 'members') await givenMember(ports, admin, unit.id);
      if (what === 'children') await givenUnit(ports, admin, { parentId: unit.id });
      if (what === 'pairings') {
        // An ended pairing still counts: the unit's history keeps it.
        const community = await givenUnit(ports, admin, COMMUNITY);
        const pairing = await createPairing(admin, { unitId: unit.id, communityId: community.id, startsOn: '2026-01-01', content: '共建' }, ports);
        await endPairing(admin, { id: pairing.id, version: 1, endedOn: '2026-02-01' }, ports);
      }
      const [count, entries] = [await unitCount(), ports.memory.auditEntries().length];
      // Act
      const result = deleteUnit(admin, { id: unit.id, version: 1 }, ports);
      // Assess
      await expect(result).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', message });
      expect(await ports.units.get(regionId, unit.id)).not.toBeNull();
      expect(await unitCount()).toBe(count);
      expect(ports.memory.auditEntries()).toHaveLength(entries);
    });

    it('refuses a stale version with CONFLICT, also when an edit lands meanwhile', async () => {
      // Prepare
      const unit = await givenUnit(ports, admin);
      // Act & Assess
      await expect(deleteUnit(admin, { id: unit.id, version: 7 }, ports)).rejects.toMatchObject({ code: 'CONFLICT' });
      ports.memory.beforeNextWrite(() => updateUnit(admin, { id: unit.id, version: 1, grid: '改' }, ports));
      await expect(deleteUnit(admin, { id: unit.id, version: 1 }, ports)).rejects.toMatchObject({ code: 'CONFLICT' });
      expect((await ports.units.get(regionId, unit.id))?.version).toBe(2);
    });

    it('refuses with the children guard when a child is added between the read and the write', async () => {
      // Prepare
      const unit = await givenUnit(ports, admin);
      ports.memory.beforeNextWrite(() => givenUnit(ports, admin, { parentId: unit.id }));
      // Act & Assess
      await expect(deleteUnit(admin, { id: unit.id, version: 1 }, ports)).rejects.toMatchObject({ field: 'id', message: expect.stringContaining('下级组织') });
      expect((await ports.units.get(regionId, unit.id))?.childCount).toBe(1);
    });

    it('answers NOT_FOUND for a unit that is not there, and FORBIDDEN to a liaison', async () => {
      // Prepare
      const unit = await givenUnit(ports, admin);
      // Act & Assess
      await expect(deleteUnit(admin, { id: 'nope', version: 1 }, ports)).rejects.toMatchObject({ code: 'NOT_FOUND', message: '单位不存在: nope' });
      await expect(attempt(() => deleteUnit(unitLiaison(regionId, unit.id), { id: unit.id, version: 1 }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
      expect(await unitCount()).toBe(1);
    });
  });
});
