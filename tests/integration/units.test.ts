import { describe, expect, it } from 'vitest';
import { encodeCursor } from '../../functions/src/store/cursor';
import { CREATE_MEMBER, CREATE_UNIT, UNIT_FIELDS, UPDATE_UNIT, errorOf, memberInput, newRegion, unitInput } from './harness';

const LIST = `query List($first: Int, $after: String, $filter: UnitFilter) {
  units(first: $first, after: $after, filter: $filter) { edges { cursor node { id name } } pageInfo { endCursor hasNextPage } }
}`;
const GET = `query Get($id: ID!) { unit(id: $id) { ${UNIT_FIELDS} parent { id name } children(first: 10) { edges { node { id name } } } } }`;

async function create(gql: Awaited<ReturnType<typeof newRegion>>['gql'], overrides: Record<string, unknown> = {}) {
  const result = await gql(CREATE_UNIT, { input: unitInput(overrides) });
  expect(result.errors).toBeUndefined();
  return result.data.createUnit;
}

async function allNames(gql: Awaited<ReturnType<typeof newRegion>>['gql'], filter: Record<string, unknown>, first = 2) {
  const names: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const result: any = await gql(LIST, { first, after, filter });
    expect(result.errors).toBeUndefined();
    names.push(...result.data.units.edges.map((e: any) => e.node.name));
    if (!result.data.units.pageInfo.hasNextPage) return names;
    after = result.data.units.pageInfo.endCursor;
  }
  throw new Error('paging did not end');
}

describe('successful: units', () => {
  it('creates a unit, reads it back and counts it in the region', async () => {
    const { gql } = await newRegion();
    const unit = await create(gql, { name: '  华兴 建设集团党委 ', level: 'COMMITTEE', leader: { name: '王建国', title: '书记', phone: '13812345678' } });
    expect(unit).toMatchObject({ name: '华兴 建设集团党委', status: 'INVITED', version: 1, childCount: 0, needsPairing: true, memberCount: 0 });
    // The level rule reads the roster: a new unit has no members yet.
    expect(unit.levelCheck).toEqual({ fits: false, verdict: 'TOO_FEW_FULL_MEMBERS', expectedLevel: 'JOINT_BRANCH' });
    const read = await gql(GET, { id: unit.id });
    expect(read.data.unit.leader).toEqual({ name: '王建国', title: '书记', phone: '13812345678' });
    const viewer = await gql('{ viewer { region { unitCount } } }');
    expect(viewer.data.viewer.region.unitCount).toBe(1);
  });

  it('pages through every unit by name (pinyin order) without gaps or repeats', async () => {
    const { gql } = await newRegion();
    const names = ['甲单位', '乙单位', '丙单位', '丁单位', '戊单位', '己单位', '庚单位'];
    for (const name of names) await create(gql, { name });
    const paged = await allNames(gql, {}, 3);
    // bing, ding, geng, ji, jia, wu, yi — not the order of the characters' codes.
    expect(paged).toEqual(['丙单位', '丁单位', '庚单位', '己单位', '甲单位', '戊单位', '乙单位']);
  });

  it('filters by host kind, level, status, role, name prefix and parent, alone and combined', async () => {
    const { gql } = await newRegion();
    const root = await create(gql, { name: '街道党工委', hostKind: 'AGENCY', level: 'COMMITTEE', allianceRole: 'COUNCIL_UNIT' });
    await create(gql, { name: '医院甲', hostKind: 'HOSPITAL', parentId: root.id });
    await create(gql, { name: '医院乙', hostKind: 'HOSPITAL', level: 'GENERAL_BRANCH' });
    await create(gql, { name: '学校甲', hostKind: 'SCHOOL', parentId: root.id });
    await create(gql, { name: '幸福社区', hostKind: 'COMMUNITY', allianceRole: 'COMMUNITY_ORGANIZATION' });
    expect(await allNames(gql, { hostKind: 'HOSPITAL' })).toEqual(['医院甲', '医院乙']);
    expect(await allNames(gql, { hostKind: 'HOSPITAL', level: 'GENERAL_BRANCH' })).toEqual(['医院乙']);
    expect(await allNames(gql, { parentId: root.id })).toEqual(['学校甲', '医院甲']);
    expect(await allNames(gql, { rootsOnly: true })).toEqual(['街道党工委', '幸福社区', '医院乙']);
    expect(await allNames(gql, { namePrefix: '医院' })).toEqual(['医院甲', '医院乙']);
    expect(await allNames(gql, { namePrefix: '医' })).toEqual(['医院甲', '医院乙']);
    expect(await allNames(gql, { namePrefix: '医院乙', hostKind: 'HOSPITAL' })).toEqual(['医院乙']);
    expect(await allNames(gql, { level: 'GENERAL_BRANCH' })).toEqual(['医院乙']);
    expect(await allNames(gql, { allianceRole: 'COMMUNITY_ORGANIZATION' })).toEqual(['幸福社区']);
    expect(await allNames(gql, { status: 'INVITED', parentId: root.id, hostKind: 'SCHOOL' })).toEqual(['学校甲']);
    // Communities never need a pairing; the others all do until they pair.
    expect(await allNames(gql, { unpaired: true })).toEqual(['街道党工委', '学校甲', '医院甲', '医院乙']);
    expect(await allNames(gql, { unpaired: true, parentId: root.id })).toEqual(['学校甲', '医院甲']);
  });

  it('keeps the tree: children paged under their parent, counts follow moves', async () => {
    const { gql } = await newRegion();
    const a = await create(gql, { name: '甲', level: 'COMMITTEE' });
    const b = await create(gql, { name: '乙', level: 'COMMITTEE' });
    const child = await create(gql, { name: '甲下属', parentId: a.id });
    expect((await gql(GET, { id: a.id })).data.unit).toMatchObject({ childCount: 1, children: { edges: [{ node: { name: '甲下属' } }] } });
    const moved = await gql(UPDATE_UNIT, { input: { id: child.id, version: child.version, parentId: b.id } });
    expect(moved.errors).toBeUndefined();
    expect(moved.data.updateUnit).toMatchObject({ parentId: b.id, version: 2 });
    const [readA, readB, readChild] = await Promise.all([a, b, child].map((u) => gql(GET, { id: u.id })));
    expect(readA!.data.unit.childCount).toBe(0);
    expect(readB!.data.unit.childCount).toBe(1);
    expect(readChild!.data.unit.parent).toEqual({ id: b.id, name: '乙' });
  });

  it('updates with the current version, clears optional fields with null, and renames', async () => {
    const { gql } = await newRegion();
    const unit = await create(gql, { name: '旧名称', address: '人民路1号' });
    const updated = await gql(UPDATE_UNIT, { input: { id: unit.id, version: 1, name: '新名称', address: null } });
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateUnit).toMatchObject({ name: '新名称', version: 2 });
    // The old name is free again, the new one is taken.
    expect((await gql(CREATE_UNIT, { input: unitInput({ name: '旧名称' }) })).errors).toBeUndefined();
    expect(errorOf(await gql(CREATE_UNIT, { input: unitInput({ name: '新名称' }) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  });

  it("tells each caller which fields it may not change: none for the admin, the unit's standing for its liaison", async () => {
    const { gql, regionId } = await newRegion();
    const unit = await create(gql);
    const query = 'query($id: ID!) { unit(id: $id) { lockedFields } }';
    expect((await gql(query, { id: unit.id })).data.unit.lockedFields).toEqual([]);
    const liaison = { userId: 'l-1', displayName: '联络员', regionId, roles: ['UNIT_LIAISON' as const], unitId: unit.id };
    const locked = (await gql(query, { id: unit.id }, liaison)).data.unit.lockedFields;
    expect(locked).toEqual(['name', 'hostKind', 'level', 'allianceRole', 'parentId']);
    // The API refuses exactly those fields to the liaison.
    for (const field of locked) {
      const value = field === 'name' ? '改名' : field === 'parentId' ? unit.id : field === 'hostKind' ? 'SCHOOL' : field === 'level' ? 'COMMITTEE' : 'COUNCIL_UNIT';
      expect(errorOf(await gql(UPDATE_UNIT, { input: { id: unit.id, version: 1, [field]: value } }, liaison)).code, field).toBe('FORBIDDEN');
    }
    expect((await gql(UPDATE_UNIT, { input: { id: unit.id, version: 1, address: '新地址' } }, liaison)).errors).toBeUndefined();
  });

  it('registers a unit with its community, and suspends, reinstates and withdraws it', async () => {
    const { gql } = await newRegion();
    const community = await create(gql, { name: '和平社区', hostKind: 'COMMUNITY', allianceRole: 'COMMUNITY_ORGANIZATION' });
    const unit = await create(gql);
    const registered = await gql(`mutation($input: RegisterUnitInput!) { registerUnit(input: $input) { ${UNIT_FIELDS} } }`, {
      input: { id: unit.id, version: 1, registeredOn: '2026-03-15', communityId: community.id, note: '双报到' },
    });
    expect(registered.errors).toBeUndefined();
    expect(registered.data.registerUnit).toMatchObject({
      status: 'REGISTERED', version: 2, registration: { registeredOn: '2026-03-15', note: '双报到', community: { id: community.id, name: '和平社区' }, form: null },
    });
    const change = `mutation($input: ChangeUnitStatusInput!) { changeUnitStatus(input: $input) { status version needsPairing } }`;
    expect((await gql(change, { input: { id: unit.id, version: 2, action: 'SUSPEND' } })).data.changeUnitStatus).toEqual({ status: 'SUSPENDED', version: 3, needsPairing: false });
    expect((await gql(change, { input: { id: unit.id, version: 3, action: 'REINSTATE' } })).data.changeUnitStatus).toEqual({ status: 'REGISTERED', version: 4, needsPairing: true });
    expect((await gql(change, { input: { id: unit.id, version: 4, action: 'WITHDRAW', reason: '单位搬迁' } })).data.changeUnitStatus.status).toBe('WITHDRAWN');
    expect(await allNames(gql, { status: 'WITHDRAWN' })).toEqual([unit.name]);
    expect(await allNames(gql, { unpaired: true })).toEqual([]);
  });

  it('deletes a unit with no children, members or pairings, freeing its name', async () => {
    const { gql } = await newRegion();
    const unit = await create(gql, { name: '误建单位' });
    const deleted = await gql('mutation($id: ID!, $v: Int!) { deleteUnit(id: $id, version: $v) { id } }', { id: unit.id, v: 1 });
    expect(deleted.data.deleteUnit).toEqual({ id: unit.id });
    expect((await gql(GET, { id: unit.id })).data.unit).toBeNull();
    expect((await gql('{ viewer { region { unitCount } } }')).data.viewer.region.unitCount).toBe(0);
    expect((await gql(CREATE_UNIT, { input: unitInput({ name: '误建单位' }) })).errors).toBeUndefined();
  });
});

describe('failing: units', () => {
  it('names the field of bad input', async () => {
    const { gql } = await newRegion();
    expect(errorOf(await gql(CREATE_UNIT, { input: unitInput({ name: '   ' }) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(errorOf(await gql(CREATE_UNIT, { input: unitInput({ name: '长'.repeat(101) }) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect((await gql(CREATE_UNIT, { input: unitInput({ name: '长'.repeat(100) }) })).errors).toBeUndefined();
    // The member counts are the roster's: no longer an input (GraphQL refuses the unknown field).
    expect(errorOf(await gql(CREATE_UNIT, { input: unitInput({ memberCount: 5 }) }))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(errorOf(await gql(CREATE_UNIT, { input: unitInput({ leader: { name: '李', phone: 'abc' } }) }))).toMatchObject({ field: 'leader.phone' });
    const badEnum = errorOf(await gql(CREATE_UNIT, { input: unitInput({ hostKind: 'CASTLE' }) }));
    expect(badEnum.code).toBe('BAD_USER_INPUT');
    expect(badEnum.message).toContain('hostKind');
    expect((await gql('{ viewer { region { unitCount } } }')).data.viewer.region.unitCount).toBe(1);
  });

  it('keeps names unique in the region, ignoring width, spacing and case, also under concurrent creates', async () => {
    const { gql } = await newRegion();
    await create(gql, { name: 'ABC科技 党支部' });
    expect(errorOf(await gql(CREATE_UNIT, { input: unitInput({ name: 'ａｂｃ科技  党支部' }) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const results = await Promise.all(Array.from({ length: 6 }, () => gql(CREATE_UNIT, { input: unitInput({ name: '同时创建' }) })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map((r) => errorOf(r).field)).toEqual(Array(5).fill('name'));
    expect((await gql('{ viewer { region { unitCount } } }')).data.viewer.region.unitCount).toBe(2);
    // Another region may use the same name.
    const other = await newRegion();
    expect((await other.gql(CREATE_UNIT, { input: unitInput({ name: '同时创建' }) })).errors).toBeUndefined();
  });

  it('refuses a stale version with CONFLICT and overwrites nothing', async () => {
    const { gql } = await newRegion();
    const unit = await create(gql, { name: '原名' });
    expect((await gql(UPDATE_UNIT, { input: { id: unit.id, version: 1, address: '第一次修改' } })).errors).toBeUndefined();
    const stale = await gql(UPDATE_UNIT, { input: { id: unit.id, version: 1, name: '过期修改' } });
    expect(errorOf(stale).code).toBe('CONFLICT');
    expect((await gql(GET, { id: unit.id })).data.unit).toMatchObject({ name: '原名', version: 2 });
    // Two editors with the same version at once: exactly one wins.
    const both = await Promise.all(['A', 'B'].map((s) => gql(UPDATE_UNIT, { input: { id: unit.id, version: 2, grid: s } })));
    expect(both.filter((r) => !r.errors)).toHaveLength(1);
    expect(errorOf(both.find((r) => r.errors)!).code).toBe('CONFLICT');
  });

  it('requires the parent to exist in the same region and forbids cycles', async () => {
    const { gql } = await newRegion();
    const other = await newRegion();
    const foreign = await create(other.gql, { name: '外区单位' });
    expect(errorOf(await gql(CREATE_UNIT, { input: unitInput({ parentId: foreign.id }) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
    const top = await create(gql, { name: '顶层' });
    const mid = await create(gql, { name: '中层', parentId: top.id });
    const low = await create(gql, { name: '底层', parentId: mid.id });
    expect(errorOf(await gql(UPDATE_UNIT, { input: { id: top.id, version: 1, parentId: low.id } }))).toMatchObject({ field: 'parentId' });
    expect(errorOf(await gql(UPDATE_UNIT, { input: { id: top.id, version: 1, parentId: top.id } }))).toMatchObject({ field: 'parentId' });
    expect((await gql(GET, { id: top.id })).data.unit).toMatchObject({ parentId: null, version: 1 });
    expect((await gql('{ viewer { region { unitCount } } }')).data.viewer.region.unitCount).toBe(3);
  });

  it('refuses to delete a unit with children or members, and a stale delete', async () => {
    const { gql } = await newRegion();
    const parent = await create(gql);
    await create(gql, { parentId: parent.id });
    const del = 'mutation($id: ID!, $v: Int!) { deleteUnit(id: $id, version: $v) { id } }';
    expect(errorOf(await gql(del, { id: parent.id, v: 1 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const withMembers = await create(gql);
    expect((await gql(CREATE_MEMBER, { input: memberInput(withMembers.id) })).errors).toBeUndefined();
    expect(errorOf(await gql(del, { id: withMembers.id, v: 1 })).message).toContain('党员');
    expect(errorOf(await gql(del, { id: withMembers.id, v: 7 })).code).toBe('CONFLICT');
    expect((await gql(GET, { id: parent.id })).data.unit.id).toBe(parent.id);
  });

  it('rejects impossible status changes', async () => {
    const { gql } = await newRegion();
    const unit = await create(gql);
    const result = await gql('mutation($input: ChangeUnitStatusInput!) { changeUnitStatus(input: $input) { status } }', {
      input: { id: unit.id, version: 1, action: 'REINSTATE' },
    });
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'action' });
    const future = await gql('mutation($input: RegisterUnitInput!) { registerUnit(input: $input) { status } }', {
      input: { id: unit.id, version: 1, registeredOn: '2999-01-01' },
    });
    expect(errorOf(future)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'registeredOn' });
  });

  it('isolates regions: no reads across tenants, not even with a forged cursor', async () => {
    const a = await newRegion();
    const b = await newRegion();
    const unit = await create(a.gql, { name: 'A区单位' });
    expect((await b.gql(GET, { id: unit.id })).data.unit).toBeNull();
    expect(errorOf(await b.gql(UPDATE_UNIT, { input: { id: unit.id, version: 1, name: '篡改' } })).code).toBe('NOT_FOUND');
    const forged = encodeCursor({ pk: `R#${a.regionId}#UNIT#${unit.id}`, sk: '#UNIT', gsi1pk: `R#${a.regionId}#UNITS`, gsi1sk: 'a' }, 'any list');
    expect(errorOf(await b.gql(LIST, { first: 5, after: forged }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(errorOf(await b.gql(LIST, { first: 500 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    // A cursor of one list is no cursor of another.
    await create(b.gql, { name: '乙一' });
    await create(b.gql, { name: '乙二' });
    const page = await b.gql(LIST, { first: 1 });
    const elsewhere = await b.gql(LIST, { first: 1, after: page.data.units.pageInfo.endCursor, filter: { namePrefix: '丙' } });
    expect(errorOf(elsewhere)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('answers UNAUTHENTICATED without a principal and FORBIDDEN to a member, leaking no data', async () => {
    const { gql, regionId } = await newRegion();
    await create(gql);
    const anonymous = await gql(LIST, { first: 5 }, null);
    expect(errorOf(anonymous).code).toBe('UNAUTHENTICATED');
    expect(anonymous.data).toBeNull();
    const member = { userId: 'm1', displayName: '党员', regionId, roles: ['MEMBER' as const] };
    const forbidden = await gql(CREATE_UNIT, { input: unitInput() }, member);
    expect(errorOf(forbidden).code).toBe('FORBIDDEN');
    expect((await gql('{ viewer { region { unitCount } } }')).data.viewer.region.unitCount).toBe(1);
  });
});
