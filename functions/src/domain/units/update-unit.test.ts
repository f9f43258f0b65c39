import { beforeEach, describe, expect, it } from 'vitest';
import type { RegionPrincipal } from '../../auth/principal';
import { createPairing } from '../pairings/service';
import { attempt, COMMUNITY, givenRegion, givenUnit, unitInput } from '../testing/fixtures';
import { createMemoryPorts, type MemoryPorts } from '../testing/memory-ports';
import { unitLiaison } from '../testing/principals';
import { changeUnitStatus, createUnit, MAX_TREE_DEPTH, updateUnit } from './service';
import type { Unit } from './unit';

let ports: MemoryPorts;
let admin: RegionPrincipal;
let regionId: string;

beforeEach(async () => {
  ports = createMemoryPorts();
  ({ regionId, admin } = await givenRegion(ports));
});

const read = async (unit: Pick<Unit, 'id'>) => (await ports.units.get(regionId, unit.id))!;

describe('Method: updateUnit', () => {
  describe('successful', () => {
    it('changes what is given, keeps what is omitted, clears with null, and moves to the next version', async () => {
      // Prepare
      const unit = await givenUnit(ports, admin, { name: '原名', address: '人民路1号', grid: '一网格', leader: { name: '王', phone: '13812345678' } });
      ports.clock.advance(60_000);
      // Act
      const updated = await updateUnit(admin, { id: unit.id, version: 1, address: null, leader: null }, ports);
      // Assess
      expect(updated).toMatchObject({ name: '原名', grid: '一网格', address: null, leader: null, version: 2, updatedAt: '2026-03-01T08:01:00.000Z', createdAt: unit.createdAt });
      expect(await read(unit)).toEqual(updated);
    });

    it('writes the audit entry of exactly the fields that changed', async () => {
      // Prepare
      const unit = await givenUnit(ports, admin, { address: '人民路1号' });
      // Act
      await updateUnit(admin, { id: unit.id, version: 1, address: '解放路2号' }, ports);
      // Assess
      const entry = ports.memory.auditEntries(regionId).at(-1)!;
      expect(entry).toMatchObject({ operation: 'updateUnit', recordId: unit.id, version: 2 });
      expect(entry.changes).toEqual([{ field: 'address', before: '人民路1号', after: '解放路2号' }]);
    });

    it('renames: the old name is free again, the new one taken', async () => {
      // Prepare
      const unit = await givenUnit(ports, admin, { name: '旧名称' });
      // Act
      await updateUnit(admin, { id: unit.id, version: 1, name: '新名称' }, ports);
      // Assess
      await expect(givenUnit(ports, admin, { name: '旧名称' })).resolves.toMatchObject({ name: '旧名称' });
      await expect(givenUnit(ports, admin, { name: '新名称' })).rejects.toMatchObject({ field: 'name' });
    });

    it('moves a unit to another parent, and to the top: the child counts follow, the trail names the units', async () => {
      // Prepare
      const a = await givenUnit(ports, admin, { name: '甲' });
      const b = await givenUnit(ports, admin, { name: '乙' });
      const child = await givenUnit(ports, admin, { parentId: a.id });
      // Act
      const moved = await updateUnit(admin, { id: child.id, version: 1, parentId: b.id }, ports);
      // Assess
      expect(moved).toMatchObject({ parentId: b.id, version: 2 });
      expect([(await read(a)).childCount, (await read(b)).childCount]).toEqual([0, 1]);
      expect(ports.memory.auditEntries().at(-1)!.changes).toEqual([{ field: 'parentId', before: a.id, after: b.id, refersTo: 'Unit' }]);
      // Act: to the top of the tree
      await updateUnit(admin, { id: child.id, version: 2, parentId: null }, ports);
      // Assess
      expect((await read(child)).parentId).toBeNull();
      expect((await read(b)).childCount).toBe(0);
    });

    it('lets a liaison change its own unit\'s profile', async () => {
      // Prepare
      const unit = await givenUnit(ports, admin);
      // Act
      const updated = await updateUnit(unitLiaison(regionId, unit.id), { id: unit.id, version: 1, address: '新地址', liaison: { name: '张三', phone: '13900000000' } }, ports);
      // Assess
      expect(updated).toMatchObject({ address: '新地址', liaison: { name: '张三', title: null, phone: '13900000000' }, version: 2 });
      expect(ports.memory.auditEntries().at(-1)).toMatchObject({ actorId: `liaison@${unit.id}`, operation: 'updateUnit' });
    });

    it('neither fails nor loses a counter change that lands meanwhile (a child added)', async () => {
      // Prepare
      const unit = await givenUnit(ports, admin);
      ports.memory.beforeNextWrite(() => createUnit(admin, { name: '新下级', hostKind: 'ENTERPRISE', level: 'GROUP', allianceRole: 'MEMBER_UNIT', parentId: unit.id }, ports));
      // Act
      const updated = await updateUnit(admin, { id: unit.id, version: 1, grid: '二网格' }, ports);
      // Assess
      expect(updated.version).toBe(2);
      expect(await read(unit)).toMatchObject({ grid: '二网格', version: 2, childCount: 1 });
    });
  });

  describe('failing', () => {
    it.each([
      ['name', '改名', '名称'],
      ['hostKind', 'SCHOOL', '单位类别'],
      ['level', 'COMMITTEE', '组织层级'],
      ['allianceRole', 'COUNCIL_UNIT', '联盟角色'],
      ['parentId', null, '上级单位'],
    ])('refuses a liaison the locked field %s with FORBIDDEN, naming it, and changes nothing', async (field, value, label) => {
      // Prepare
      const unit = await givenUnit(ports, admin);
      const entries = ports.memory.auditEntries().length;
      // Act
      const result = attempt(() => updateUnit(unitLiaison(regionId, unit.id), { id: unit.id, version: 1, address: '新地址', [field]: value }, ports));
      // Assess
      await expect(result).rejects.toMatchObject({ code: 'FORBIDDEN', message: `联络员不能修改单位的${label}，请联系秘书处` });
      expect(await read(unit)).toEqual(unit);
      expect(ports.memory.auditEntries()).toHaveLength(entries);
    });

    it('refuses a liaison another unit', async () => {
      // Prepare
      const own = await givenUnit(ports, admin);
      const other = await givenUnit(ports, admin);
      // Act & Assess
      await expect(attempt(() => updateUnit(unitLiaison(regionId, own.id), { id: other.id, version: 1, address: '改' }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
      expect((await read(other)).version).toBe(1);
    });

    it('refuses a stale version with CONFLICT and overwrites nothing', async () => {
      // Prepare
      const unit = await givenUnit(ports, admin, { name: '原名' });
      await updateUnit(admin, { id: unit.id, version: 1, address: '第一次修改' }, ports);
      const entries = ports.memory.auditEntries().length;
      // Act
      const stale = attempt(() => updateUnit(admin, { id: unit.id, version: 1, name: '过期修改' }, ports));
      // Assess
      await expect(stale).rejects.toMatchObject({ code: 'CONFLICT', message: '记录已被他人修改，请刷新后重试' });
      expect(await read(unit)).toMatchObject({ name: '原名', address: '第一次修改', version: 2 });
      expect(ports.memory.auditEntries()).toHaveLength(entries);
      await expect(givenUnit(ports, admin, { name: '过期修改' })).resolves.toBeDefined();
    });

    it('refuses with CONFLICT when another edit lands between the read and the write', async () => {
      // Prepare
      const unit = await givenUnit(ports, admin);
      ports.memory.beforeNextWrite(() => updateUnit(admin, { id: unit.id, version: 1, grid: '别人的修改' }, ports));
      // Act
      const result = attempt(() => updateUnit(admin, { id: unit.id, version: 1, grid: '我的修改' }, ports));
      // Assess
      await expect(result).rejects.toMatchObject({ code: 'CONFLICT' });
      expect(await read(unit)).toMatchObject({ grid: '别人的修改', version: 2 });
    });

    it('refuses a name another unit of the region holds', async () => {
      // Prepare
      await givenUnit(ports, admin, { name: '已有名称' });
      const unit = await givenUnit(ports, admin);
      // Act & Assess
      await expect(attempt(() => updateUnit(admin, { id: unit.id, version: 1, name: ' 已有名称 ' }, ports))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
      expect((await read(unit)).version).toBe(1);
    });

    it('refuses a move under the unit itself or anywhere in its own subtree', async () => {
      // Prepare
      const top = await givenUnit(ports, admin, { name: '顶层' });
      const mid = await givenUnit(ports, admin, { name: '中层', parentId: top.id });
      const low = await givenUnit(ports, admin, { name: '底层', parentId: mid.id });
      // Act & Assess
      for (const parentId of [top.id, mid.id, low.id]) {
        await expect(attempt(() => updateUnit(admin, { id: top.id, version: 1, parentId }, ports))).rejects.toMatchObject({
          code: 'BAD_USER_INPUT', field: 'parentId', message: '不能把单位移到它自己或它的下级组织之下',
        });
      }
      expect(await read(top)).toMatchObject({ parentId: null, version: 1, childCount: 1 });
    });

    it('refuses a parent that does not exist, or has withdrawn', async () => {
      // Prepare
      const unit = await givenUnit(ports, admin);
      const withdrawn = await givenUnit(ports, admin);
      await changeUnitStatus(admin, { id: withdrawn.id, version: 1, action: 'WITHDRAW' }, ports);
      // Act & Assess
      await expect(attempt(() => updateUnit(admin, { id: unit.id, version: 1, parentId: 'no-such-unit' }, ports))).rejects.toMatchObject({ field: 'parentId', message: '上级单位不存在' });
      await expect(attempt(() => updateUnit(admin, { id: unit.id, version: 1, parentId: withdrawn.id }, ports))).rejects.toMatchObject({
        field: 'parentId', message: '上级单位已退出联盟，不能再添加下级',
      });
      expect((await read(withdrawn)).childCount).toBe(0);
    });

    it('refuses with CONFLICT a move whose new lineage changed meanwhile (a crossing move could close a cycle)', async () => {
      // Prepare: x is to go under y, while y is moved under x
      const x = await givenUnit(ports, admin, { name: '单位X' });
      const y = await givenUnit(ports, admin, { name: '单位Y' });
      ports.memory.beforeNextWrite(() => updateUnit(admin, { id: y.id, version: 1, parentId: x.id }, ports));
      // Act
      const result = attempt(() => updateUnit(admin, { id: x.id, version: 1, parentId: y.id }, ports));
      // Assess
      await expect(result).rejects.toMatchObject({ code: 'CONFLICT', message: '单位层级正被他人调整，请刷新后重试' });
      expect((await read(x)).parentId).toBeNull();
      expect((await read(y)).parentId).toBe(x.id);
    });

    it(`keeps the tree at most ${MAX_TREE_DEPTH} levels deep: a move or a new unit under the deepest level is refused`, async () => {
      // Prepare: a chain of MAX_TREE_DEPTH units, the deepest allowed
      const chain: string[] = [];
      for (let level = 1; level <= MAX_TREE_DEPTH; level++) chain.push((await givenUnit(ports, admin, { parentId: chain.at(-1) ?? null, level: 'GROUP' })).id);
      const unit = await givenUnit(ports, admin);
      const refusal = { code: 'BAD_USER_INPUT', field: 'parentId', message: `组织层级不能超过 ${MAX_TREE_DEPTH} 级` };
      // Act & Assess
      await expect(attempt(() => updateUnit(admin, { id: unit.id, version: 1, parentId: chain.at(-1) }, ports))).rejects.toMatchObject(refusal);
      await expect(attempt(() => createUnit(admin, unitInput({ parentId: chain.at(-1) }), ports))).rejects.toMatchObject(refusal);
      // One level up is still within the limit.
      await expect(updateUnit(admin, { id: unit.id, version: 1, parentId: chain.at(-2) }, ports)).resolves.toMatchObject({ parentId: chain.at(-2) });
    });

    it('refuses to switch a paired unit between community and other kinds, either way, but not among other kinds', async () => {
      // Prepare
      const unit = await givenUnit(ports, admin, { hostKind: 'PUBLIC_INSTITUTION' });
      const community = await givenUnit(ports, admin, COMMUNITY);
      await createPairing(admin, { unitId: unit.id, communityId: community.id, startsOn: '2026-01-01', content: '共建' }, ports);
      // Act & Assess
      await expect(attempt(() => updateUnit(admin, { id: unit.id, version: 1, hostKind: 'VILLAGE' }, ports))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'hostKind' });
      await expect(attempt(() => updateUnit(admin, { id: community.id, version: 1, hostKind: 'ENTERPRISE' }, ports))).rejects.toMatchObject({ field: 'hostKind' });
      await expect(updateUnit(admin, { id: unit.id, version: 1, hostKind: 'HOSPITAL' }, ports)).resolves.toMatchObject({ hostKind: 'HOSPITAL' });
    });

    it('finds no unit of another region (NOT_FOUND), and changes it not', async () => {
      // Prepare
      const other = await givenRegion(ports, 'r-2');
      const foreign = await givenUnit(ports, other.admin, { name: '外区单位' });
      // Act & Assess
      await expect(attempt(() => updateUnit(admin, { id: foreign.id, version: 1, name: '篡改' }, ports))).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect((await ports.units.get('r-2', foreign.id))?.name).toBe('外区单位');
    });

    it('names the field of bad input before reading anything', async () => {
      // Act & Assess
      await expect(attempt(() => updateUnit(admin, { id: 'u', version: 0 }, ports))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'version' });
      await expect(attempt(() => updateUnit(admin, { id: 'u', version: 1, name: '' }, ports))).rejects.toMatchObject({ field: 'name' });
    });
  });
});
