/**
 * Every use case as every kind of caller, against the policies (`domain/<area>/policy.ts`): allowed ones
 * run to the end, the others are FORBIDDEN before anything is read or written. A platform admin belongs
 * to no region (regionId null), so no region's use case is its to run. Other regions' callers are not
 * refused but see nothing: the region comes from the caller, never from arguments.
 */
import { describe, expect, it } from 'vitest';
import type { Principal } from '../auth/principal';
import { listRecordTrail, listRegionTrail } from './audit/service';
import { createUpload } from './files/service';
import { createPairing, endPairing, listPairings } from './pairings/service';
import { attempt, COMMUNITY, givenRegion, givenUnit, PDF_BYTES, sha256Hex, unitInput } from './testing/fixtures';
import { createMemoryPorts, type MemoryPorts } from './testing/memory-ports';
import { partnerClient, partyMember, platformAdmin, regionAdmin, unitLiaison } from './testing/principals';
import { changeUnitStatus, createUnit, deleteUnit, getUnit, listChildren, listUnits, registerUnit, updateUnit } from './units/service';

/** A region with a unit (the target), a community paired with it, and another unit. */
async function world() {
  const ports = createMemoryPorts();
  const { regionId, admin } = await givenRegion(ports);
  const unit = await givenUnit(ports, admin, { memberCount: 0, fullMemberCount: 0 });
  const community = await givenUnit(ports, admin, COMMUNITY);
  const another = await givenUnit(ports, admin);
  const pairing = await createPairing(admin, { unitId: another.id, communityId: community.id, startsOn: '2026-01-01', content: '共建' }, ports);
  return { ports, regionId, unit, community, another, pairing };
}
type World = Awaited<ReturnType<typeof world>>;

const CALLERS: Record<string, (w: World) => Principal> = {
  'region admin': (w) => regionAdmin(w.regionId),
  "the unit's liaison": (w) => unitLiaison(w.regionId, w.unit.id),
  "another unit's liaison": (w) => unitLiaison(w.regionId, w.another.id),
  'party member': (w) => partyMember(w.regionId),
  'partner client': (w) => partnerClient(w.regionId),
  'platform admin': () => platformAdmin(),
  'region admin role without a region': (w) => ({ ...regionAdmin(w.regionId), regionId: null }),
  'liaison role without a region': (w) => ({ ...unitLiaison(w.regionId, w.unit.id), regionId: null }),
};

type Run = (caller: Principal, w: World, ports: MemoryPorts) => Promise<unknown>;

const USE_CASES: [string, Run, string[]][] = [
  ['listUnits', (p, _, ports) => listUnits(p, {}, ports), ['region admin']],
  ['getUnit', (p, w, ports) => getUnit(p, w.unit.id, (id) => ports.units.get(w.regionId, id)), ['region admin', "the unit's liaison"]],
  ['listChildren', (p, w, ports) => listChildren(p, w.unit.id, {}, ports), ['region admin', "the unit's liaison"]],
  ['createUnit', (p, w, ports) => createUnit(p, unitInput({ parentId: w.unit.id }), ports), ['region admin']],
  ['updateUnit', (p, w, ports) => updateUnit(p, { id: w.unit.id, version: 1, address: '新地址' }, ports), ['region admin', "the unit's liaison"]],
  ['registerUnit', (p, w, ports) => registerUnit(p, { id: w.unit.id, version: 1, registeredOn: '2026-01-05' }, ports), ['region admin']],
  ['changeUnitStatus', (p, w, ports) => changeUnitStatus(p, { id: w.unit.id, version: 1, action: 'SUSPEND' }, ports), ['region admin']],
  ['deleteUnit', (p, w, ports) => deleteUnit(p, { id: w.unit.id, version: 1 }, ports), ['region admin']],
  ['listPairings', (p, w, ports) => listPairings(p, w.unit.id, {}, ports), ['region admin', "the unit's liaison"]],
  ['createPairing', (p, w, ports) => createPairing(p, { unitId: w.unit.id, communityId: w.community.id, startsOn: '2026-01-01', content: '共建' }, ports), ['region admin']],
  ['endPairing', (p, w, ports) => endPairing(p, { id: w.pairing.id, version: 1, endedOn: '2026-02-01' }, ports), ['region admin']],
  [
    'createUpload',
    (p, _, ports) => createUpload(p, { fileName: 'a.pdf', contentType: 'application/pdf', size: PDF_BYTES.length, sha256: sha256Hex(PDF_BYTES) }, ports),
    ['region admin', "the unit's liaison", "another unit's liaison"],
  ],
  ['listRecordTrail', (p, w, ports) => listRecordTrail(p, { recordId: w.unit.id }, ports), ['region admin']],
  ['listRegionTrail', (p, _, ports) => listRegionTrail(p, {}, ports), ['region admin']],
];

const matrix = USE_CASES.flatMap(([name, run, allowed]) =>
  Object.keys(CALLERS).map((caller) => ({ name, run, caller, allowed: allowed.includes(caller) })),
);

describe('Method: every use case, as every kind of caller', () => {
  it.each(matrix.filter((c) => c.allowed))('successful: $name runs for the $caller', async ({ run, caller }) => {
    // Prepare
    const w = await world();
    // Act & Assess
    await expect(attempt(() => run(CALLERS[caller]!(w), w, w.ports))).resolves.toBeDefined();
  });

  it.each(matrix.filter((c) => !c.allowed))('failing: $name is FORBIDDEN to the $caller, changing nothing', async ({ run, caller }) => {
    // Prepare
    const w = await world();
    const entries = w.ports.memory.auditEntries().length;
    // Act & Assess
    await expect(attempt(() => run(CALLERS[caller]!(w), w, w.ports))).rejects.toMatchObject({ code: 'FORBIDDEN', message: '无权执行此操作' });
    expect(w.ports.memory.auditEntries()).toHaveLength(entries);
    expect(await w.ports.units.get(w.regionId, w.unit.id)).toEqual(w.unit);
  });
});

describe('Method: callers of another region', () => {
  it("failing: another region's admin finds none of this region's records, and changes none", async () => {
    // Prepare
    const w = await world();
    const { admin: stranger } = await givenRegion(w.ports, 'r-2');
    const entries = w.ports.memory.auditEntries('r-1').length;
    // Act & Assess
    await expect(updateUnit(stranger, { id: w.unit.id, version: 1, name: '篡改' }, w.ports)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(attempt(() => registerUnit(stranger, { id: w.unit.id, version: 1, registeredOn: '2026-01-05' }, w.ports))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(attempt(() => changeUnitStatus(stranger, { id: w.unit.id, version: 1, action: 'WITHDRAW' }, w.ports))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(deleteUnit(stranger, { id: w.unit.id, version: 1 }, w.ports)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(attempt(() => endPairing(stranger, { id: w.pairing.id, version: 1, endedOn: '2026-02-01' }, w.ports))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      attempt(() => createPairing(stranger, { unitId: w.unit.id, communityId: w.community.id, startsOn: '2026-01-01', content: '共建' }, w.ports)),
    ).rejects.toMatchObject({ field: 'unitId' });
    expect((await listPairings(stranger, w.another.id, {}, w.ports)).edges).toEqual([]);
    expect((await listRecordTrail(stranger, { recordId: w.unit.id }, w.ports)).edges).toEqual([]);
    expect((await listUnits(stranger, {}, w.ports)).edges).toEqual([]);
    expect(await w.ports.units.get(w.regionId, w.unit.id)).toEqual(w.unit);
    expect(w.ports.memory.auditEntries('r-1')).toHaveLength(entries);
  });

  it("failing: a liaison's own-unit grant reads in its own region only", async () => {
    // Prepare: a liaison of region r-2 naming a unit id of region r-1
    const w = await world();
    await givenRegion(w.ports, 'r-2');
    const crossing = unitLiaison('r-2', w.unit.id);
    // Act
    const loaded = await getUnit(crossing, w.unit.id, (id) => w.ports.units.get(crossing.regionId, id));
    const result = updateUnit(crossing, { id: w.unit.id, version: 1, address: '篡改' }, w.ports);
    // Assess
    expect(loaded).toBeNull();
    await expect(result).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await w.ports.units.get(w.regionId, w.unit.id)).toEqual(w.unit);
  });
});
