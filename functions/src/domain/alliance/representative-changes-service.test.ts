import { beforeEach, describe, expect, it } from 'vitest';
import type { RegionPrincipal } from '../../auth/principal';
import { attempt, givenRegion, givenUnit } from '../testing/fixtures';
import { createMemoryPorts, type MemoryPorts } from '../testing/memory-ports';
import { partyMember, unitLiaison } from '../testing/principals';
import { updateUnit } from '../units/service';
import type { Unit } from '../units/unit';
import { fileRepresentativeChange, listRepresentativeChanges } from './representative-changes-service';

let ports: MemoryPorts;
let admin: RegionPrincipal;
let regionId: string;
let school: Unit;
let hospital: Unit;

const person = (name: string) => ({ name, title: '干事', phone: '13800001111' });
const changes = async (principal: RegionPrincipal, filter: Record<string, unknown> = {}) =>
  (await listRepresentativeChanges(principal, { filter }, ports)).edges.map((e) => e.node);

beforeEach(async () => {
  ports = createMemoryPorts({ now: '2026-03-01T08:00:00.000Z' });
  ({ regionId, admin } = await givenRegion(ports));
  school = await givenUnit(ports, admin, { name: '长安实验小学党支部', liaison: person('李红') });
  hospital = await givenUnit(ports, admin, { name: '市第三人民医院党委' });
});

describe('Method: updateUnit files representative changes', () => {
  it('a new liaison makes one pending change, in the unit\'s write; an edit of anything else makes none', async () => {
    // Act
    await updateUnit(admin, { id: school.id, version: 1, address: '长安路 1 号' }, ports);
    const updated = await updateUnit(unitLiaison(regionId, school.id), { id: school.id, version: 2, liaison: person('赵强') }, ports);
    // Assess
    const [change, ...rest] = await changes(admin);
    expect(rest).toEqual([]);
    expect(change).toMatchObject({
      unitId: school.id, post: 'LIAISON', previous: { name: '李红' }, next: { name: '赵强' }, changedBy: '单位联络员', filedAt: null, version: 1,
    });
    expect(change!.changedAt).toBe(updated.updatedAt);
  });

  it('a refused unit write records no change', async () => {
    await expect(attempt(() => updateUnit(admin, { id: school.id, version: 7, liaison: person('赵强') }, ports))).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await changes(admin)).toEqual([]);
  });
});

describe('Method: listRepresentativeChanges', () => {
  it('newest first; by state (待备案 / 已备案) and unit; a liaison reads its own unit\'s only', async () => {
    await updateUnit(admin, { id: school.id, version: 1, liaison: person('赵强') }, ports);
    ports.clock.advance(60_000);
    await updateUnit(admin, { id: hospital.id, version: 1, representative: person('孙丽萍') }, ports);
    const [newest, older] = await changes(admin);
    expect([newest!.unitId, older!.unitId]).toEqual([hospital.id, school.id]);
    await fileRepresentativeChange(admin, { id: older!.id, version: 1 }, ports);
    expect((await changes(admin, { filed: false })).map((c) => c.id)).toEqual([newest!.id]);
    expect((await changes(admin, { filed: true })).map((c) => c.id)).toEqual([older!.id]);
    expect((await changes(admin, { unitId: school.id, filed: false }))).toEqual([]);

    const liaison = unitLiaison(regionId, school.id);
    expect((await changes(liaison)).map((c) => c.id)).toEqual([older!.id]);
    await expect(attempt(() => changes(liaison, { unitId: hospital.id }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(() => changes(partyMember(regionId)))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('Method: fileRepresentativeChange', () => {
  it('the secretariat files once: a second time is refused naming the state; stale versions CONFLICT; liaisons may not', async () => {
    await updateUnit(admin, { id: school.id, version: 1, liaison: person('赵强') }, ports);
    const [change] = await changes(admin);
    await expect(attempt(() => fileRepresentativeChange(unitLiaison(regionId, school.id), { id: change!.id, version: 1 }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(() => fileRepresentativeChange(admin, { id: change!.id, version: 2 }, ports))).rejects.toMatchObject({ code: 'CONFLICT' });
    const filed = await fileRepresentativeChange(admin, { id: change!.id, version: 1 }, ports);
    expect(filed).toMatchObject({ filedBy: '秘书处管理员', filedAt: '2026-03-01T08:00:00.000Z', version: 2 });
    const again = await attempt(() => fileRepresentativeChange(admin, { id: change!.id, version: 2 }, ports)).catch((e: unknown) => e);
    expect(again).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect((again as Error).message).toContain('已备案');
    await expect(attempt(() => fileRepresentativeChange(admin, { id: 'missing', version: 1 }, ports))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(ports.memory.auditEntries(regionId).filter((e) => e.operation === 'fileRepresentativeChange')).toHaveLength(1);
  });
});
