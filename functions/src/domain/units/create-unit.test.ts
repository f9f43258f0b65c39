import { beforeEach, describe, expect, it } from 'vitest';
import type { RegionPrincipal } from '../../auth/principal';
import { givenRegion, givenUnit, unitInput } from '../testing/fixtures';
import { createMemoryPorts, type MemoryPorts } from '../testing/memory-ports';
import { regionAdmin, unitLiaison } from '../testing/principals';
import { changeUnitStatus, createUnit } from './service';

let ports: MemoryPorts;
let admin: RegionPrincipal;
let regionId: string;

beforeEach(async () => {
  ports = createMemoryPorts({ now: '2026-03-01T08:00:00.000Z' });
  ({ regionId, admin } = await givenRegion(ports));
});

const unitCount = async () => (await ports.regions.get(regionId))?.unitCount;

describe('Method: createUnit', () => {
  describe('successful', () => {
    it('creates an invited unit at version 1, with normalized text and empty counters', async () => {
      // Act
      const unit = await createUnit(admin, unitInput({ name: '  华兴 建设集团党委 ', level: 'COMMITTEE', shortName: '  ' }), ports);
      // Assess
      expect(unit).toMatchObject({
        id: 'id-0001', regionId, name: '华兴 建设集团党委', shortName: null, status: 'INVITED', version: 1, parentId: null, registration: null,
        childCount: 0, activePairingCount: 0, pairingCount: 0, memberCount: 0, fullMemberCount: 0,
        createdAt: '2026-03-01T08:00:00.000Z', updatedAt: '2026-03-01T08:00:00.000Z',
      });
      expect(await ports.units.get(regionId, unit.id)).toEqual(unit);
      expect(await unitCount()).toBe(1);
    });

    it('counts a child in its parent', async () => {
      // Prepare
      const parent = await givenUnit(ports, admin, { level: 'COMMITTEE' });
      // Act
      const child = await createUnit(admin, unitInput({ parentId: parent.id }), ports);
      // Assess
      expect(child.parentId).toBe(parent.id);
      expect((await ports.units.get(regionId, parent.id))?.childCount).toBe(1);
    });

    it('writes its audit entry with the change: who, what, which record, the fields set', async () => {
      // Act
      const unit = await createUnit(admin, unitInput({ name: '审计单位', leader: { name: '王建国', title: '书记', phone: '13812345678' } }), ports);
      // Assess
      const [entry, ...others] = ports.memory.auditEntries(regionId);
      expect(others).toEqual([]);
      expect(entry).toMatchObject({
        regionId, actorId: admin.userId, actorName: admin.displayName, operation: 'createUnit', recordType: 'Unit', recordId: unit.id,
        version: 1, outcome: 'SUCCESS',
      });
      expect(entry!.changes).toContainEqual({ field: 'name', before: null, after: '审计单位' });
      // Phones are masked in the trail; counters are other writes' changes.
      expect(entry!.changes).toContainEqual({ field: 'leader.phone', before: null, after: '138****5678' });
      expect(entry!.changes.map((c) => c.field)).not.toContain('childCount');
    });

    it('allows a name another region uses', async () => {
      // Prepare
      const other = await givenRegion(ports, 'r-2');
      await givenUnit(ports, other.admin, { name: '同名单位' });
      // Act
      const unit = await createUnit(admin, unitInput({ name: '同名单位' }), ports);
      // Assess
      expect(unit.regionId).toBe(regionId);
    });
  });

  describe('failing', () => {
    it('refuses a name the region already has, ignoring width, spacing and case, naming the field — and writes nothing', async () => {
      // Prepare
      await givenUnit(ports, admin, { name: 'ABC科技 党支部' });
      const entries = ports.memory.auditEntries().length;
      // Act
      const result = createUnit(admin, unitInput({ name: 'ａｂｃ科技  党支部' }), ports);
      // Assess
      await expect(result).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'name', message: '本区域已有名为“abc科技 党支部”的单位' });
      expect(await unitCount()).toBe(1);
      expect(ports.memory.auditEntries()).toHaveLength(entries);
    });

    it('refuses a parent that does not exist, or exists only in another region', async () => {
      // Prepare
      const other = await givenRegion(ports, 'r-2');
      const foreign = await givenUnit(ports, other.admin);
      // Act & Assess
      for (const parentId of ['no-such-unit', foreign.id]) {
        await expect(createUnit(admin, unitInput({ parentId }), ports)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId', message: '上级单位不存在' });
      }
      expect(await unitCount()).toBe(0);
      expect((await ports.units.get('r-2', foreign.id))?.childCount).toBe(0);
    });

    it('refuses a parent that has withdrawn', async () => {
      // Prepare
      const parent = await givenUnit(ports, admin);
      await changeUnitStatus(admin, { id: parent.id, version: 1, action: 'WITHDRAW' }, ports);
      const entries = ports.memory.auditEntries().length;
      // Act
      const result = createUnit(admin, unitInput({ parentId: parent.id }), ports);
      // Assess
      await expect(result).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId', message: '上级单位已退出联盟，不能再添加下级' });
      expect((await ports.units.get(regionId, parent.id))?.childCount).toBe(0);
      expect(ports.memory.auditEntries()).toHaveLength(entries);
    });

    it.each([
      ['a blank name', { name: '   ' }, 'name'],
      ['a name of 101 characters', { name: '长'.repeat(101) }, 'name'],
      ['a phone that is no phone', { leader: { name: '李', phone: 'abc' } }, 'leader.phone'],
      ['an unknown host kind', { hostKind: 'CASTLE' }, 'hostKind'],
      ['a parent id that is no id', { parentId: '' }, 'parentId'],
    ])('names the field of bad input: %s', async (_, overrides, field) => {
      // Act & Assess
      await expect(createUnit(admin, unitInput(overrides), ports)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(ports.memory.auditEntries()).toEqual([]);
    });

    it('refuses a region that does not exist', async () => {
      // Act & Assess
      await expect(createUnit(regionAdmin('r-unknown'), unitInput(), ports)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'region' });
      expect(ports.memory.auditEntries()).toEqual([]);
    });

    it('is the secretariat\'s: FORBIDDEN to a unit liaison, even for a child of its own unit', async () => {
      // Prepare
      const own = await givenUnit(ports, admin);
      // Act & Assess
      await expect(createUnit(unitLiaison(regionId, own.id), unitInput({ parentId: own.id }), ports)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      expect(await unitCount()).toBe(1);
    });
  });
});
