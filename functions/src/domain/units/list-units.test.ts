import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RegionPrincipal } from '../../auth/principal';
import type { Page } from '../paging';
import { attempt, COMMUNITY, givenRegion, givenUnit } from '../testing/fixtures';
import { createMemoryPorts, type MemoryPorts } from '../testing/memory-ports';
import { unitLiaison } from '../testing/principals';
import { getUnit, listChildren, listUnits } from './service';
import type { Unit } from './unit';

let ports: MemoryPorts;
let admin: RegionPrincipal;
let regionId: string;

beforeEach(async () => {
  ports = createMemoryPorts();
  ({ regionId, admin } = await givenRegion(ports));
});

/** Every page of a list, two at a time, checking that cursors chain. */
async function allNames(read: (after: string | null) => Promise<Page<Unit>>): Promise<string[]> {
  const names: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const { edges, pageInfo } = await read(after);
    names.push(...edges.map((e) => e.node.name));
    if (!pageInfo.hasNextPage) return names;
    after = pageInfo.endCursor;
  }
  throw new Error('paging did not end');
}

const names = (filter: Record<string, unknown>) => allNames((after) => listUnits(admin, { first: 2, after, filter }, ports));

describe('Method: listUnits', () => {
  describe('successful', () => {
    it('pages through every unit by pinyin, without gaps or repeats', async () => {
      // Prepare
      for (const name of ['甲单位', '乙单位', '丙单位', '丁单位', '戊单位', '己单位', '庚单位']) await givenUnit(ports, admin, { name });
      // Act
      const paged = await names({});
      // Assess: bing, ding, geng, ji, jia, wu, yi
      expect(paged).toEqual(['丙单位', '丁单位', '庚单位', '己单位', '甲单位', '戊单位', '乙单位']);
    });

    it('filters by host kind, level, status, role, name prefix, parent, roots and pairing, alone and combined', async () => {
      // Prepare
      const root = await givenUnit(ports, admin, { name: '街道党工委', hostKind: 'AGENCY', level: 'COMMITTEE', allianceRole: 'COUNCIL_UNIT' });
      await givenUnit(ports, admin, { name: '医院甲', hostKind: 'HOSPITAL', parentId: root.id });
      await givenUnit(ports, admin, { name: '医院乙', hostKind: 'HOSPITAL', level: 'GENERAL_BRANCH' });
      await givenUnit(ports, admin, { name: '学校甲', hostKind: 'SCHOOL', parentId: root.id });
      await givenUnit(ports, admin, { name: '幸福社区', ...COMMUNITY });
      // Act & Assess
      expect(await names({ hostKind: 'HOSPITAL' })).toEqual(['医院甲', '医院乙']);
      expect(await names({ hostKind: 'HOSPITAL', level: 'GENERAL_BRANCH' })).toEqual(['医院乙']);
      expect(await names({ parentId: root.id })).toEqual(['学校甲', '医院甲']);
      expect(await names({ rootsOnly: true })).toEqual(['街道党工委', '幸福社区', '医院乙']);
      expect(await names({ namePrefix: ' 医院' })).toEqual(['医院甲', '医院乙']);
      expect(await names({ namePrefix: '医院乙', hostKind: 'HOSPITAL' })).toEqual(['医院乙']);
      expect(await names({ level: 'GENERAL_BRANCH' })).toEqual(['医院乙']);
      expect(await names({ allianceRole: 'COMMUNITY_ORGANIZATION' })).toEqual(['幸福社区']);
      expect(await names({ status: 'INVITED', parentId: root.id, hostKind: 'SCHOOL' })).toEqual(['学校甲']);
      expect(await names({ status: 'WITHDRAWN' })).toEqual([]);
      expect(await names({ unpaired: true })).toEqual(['街道党工委', '学校甲', '医院甲', '医院乙']);
      expect(await names({ unpaired: true, parentId: root.id })).toEqual(['学校甲', '医院甲']);
    });

    it('sees only the caller\'s region', async () => {
      // Prepare
      await givenUnit(ports, admin, { name: '本区单位' });
      const other = await givenRegion(ports, 'r-2');
      await givenUnit(ports, other.admin, { name: '外区单位' });
      // Act & Assess
      expect(await names({})).toEqual(['本区单位']);
    });
  });

  describe('failing', () => {
    it('refuses a cursor of another filter, a cursor of another region and a made-up cursor, under `after`', async () => {
      // Prepare
      for (const name of ['乙一', '乙二']) await givenUnit(ports, admin, { name });
      const { endCursor } = (await listUnits(admin, { first: 1 }, ports)).pageInfo;
      const other = await givenRegion(ports, 'r-2');
      // Act & Assess
      await expect(listUnits(admin, { first: 1, after: endCursor, filter: { namePrefix: '丙' } }, ports)).rejects.toMatchObject({
        code: 'BAD_USER_INPUT', field: 'after', message: '分页游标与当前筛选条件不符，请从第一页重新查询',
      });
      await expect(listUnits(other.admin, { first: 1, after: endCursor }, ports)).rejects.toMatchObject({ field: 'after', message: '分页游标无效，请从第一页重新查询' });
      await expect(listUnits(admin, { first: 1, after: 'bm90IGEgY3Vyc29y' }, ports)).rejects.toMatchObject({ field: 'after' });
    });

    it.each([0, 101, 2.5])('refuses a page size of %s under `first`', async (first) => {
      // Act & Assess
      await expect(attempt(() => listUnits(admin, { first }, ports))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'first', message: '每页条数须在 1 到 100 之间' });
    });

    it('refuses rootsOnly together with a parent, and an unknown status', async () => {
      // Act & Assess
      await expect(attempt(() => listUnits(admin, { filter: { rootsOnly: true, parentId: 'p' } }, ports))).rejects.toMatchObject({ field: 'rootsOnly' });
      await expect(attempt(() => listUnits(admin, { filter: { status: 'ASLEEP' } }, ports))).rejects.toMatchObject({ field: 'status' });
    });

    it('is the secretariat\'s: FORBIDDEN to a liaison', async () => {
      // Prepare
      const unit = await givenUnit(ports, admin);
      // Act & Assess
      await expect(attempt(() => listUnits(unitLiaison(regionId, unit.id), {}, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    });
  });
});

describe('Method: listChildren', () => {
  it('successful: pages a unit\'s direct children by name, for the admin and for the unit\'s own liaison', async () => {
    // Prepare
    const parent = await givenUnit(ports, admin, { level: 'COMMITTEE' });
    const children: Unit[] = [];
    for (const name of ['三支部', '一支部', '二支部']) children.push(await givenUnit(ports, admin, { name, parentId: parent.id }));
    await givenUnit(ports, admin, { name: '孙支部', parentId: children[0]!.id });
    // Act
    const byAdmin = await allNames((after) => listChildren(admin, parent.id, { first: 2, after }, ports));
    const byLiaison = await allNames((after) => listChildren(unitLiaison(regionId, parent.id), parent.id, { first: 2, after }, ports));
    // Assess: er, san, yi
    expect(byAdmin).toEqual(['二支部', '三支部', '一支部']);
    expect(byLiaison).toEqual(byAdmin);
  });

  it('failing: FORBIDDEN to the liaison of another unit', async () => {
    // Prepare
    const parent = await givenUnit(ports, admin);
    const other = await givenUnit(ports, admin);
    // Act & Assess
    await expect(attempt(() => listChildren(unitLiaison(regionId, other.id), parent.id, {}, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('Method: getUnit', () => {
  it('successful: loads the unit for the admin and for its own liaison', async () => {
    // Prepare
    const unit = await givenUnit(ports, admin);
    const load = vi.fn((id: string) => ports.units.get(regionId, id));
    // Act
    const results = [await getUnit(admin, unit.id, load), await getUnit(unitLiaison(regionId, unit.id), unit.id, load)];
    // Assess
    expect(results).toEqual([unit, unit]);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('failing: FORBIDDEN to another unit\'s liaison, without loading anything', async () => {
    // Prepare
    const unit = await givenUnit(ports, admin);
    const load = vi.fn((id: string) => ports.units.get(regionId, id));
    // Act & Assess
    await expect(attempt(() => getUnit(unitLiaison(regionId, 'another-unit'), unit.id, load))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(load).not.toHaveBeenCalled();
  });
});
