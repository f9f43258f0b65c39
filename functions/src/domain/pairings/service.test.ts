import { beforeEach, describe, expect, it } from 'vitest';
import type { RegionPrincipal } from '../../auth/principal';
import { attempt, COMMUNITY, givenRegion, givenUnit, givenUpload } from '../testing/fixtures';
import { createMemoryPorts, type MemoryPorts } from '../testing/memory-ports';
import { unitLiaison } from '../testing/principals';
import { needsPairing } from '../units/rules';
import { changeUnitStatus, listUnits } from '../units/service';
import type { Unit } from '../units/unit';
import { createPairing, endPairing, listPairings } from './service';

let ports: MemoryPorts;
let admin: RegionPrincipal;
let regionId: string;
let unit: Unit;
let community: Unit;

beforeEach(async () => {
  ports = createMemoryPorts({ now: '2026-03-01T08:00:00.000Z' });
  ({ regionId, admin } = await givenRegion(ports));
  community = await givenUnit(ports, admin, { name: '幸福社区', ...COMMUNITY });
  unit = await givenUnit(ports, admin, { name: '区图书馆党支部', hostKind: 'PUBLIC_INSTITUTION' });
});

const pairingInput = (unitId: string, communityId: string, extra: Record<string, unknown> = {}) => ({
  unitId, communityId, startsOn: '2026-01-01', endsOn: '2026-12-31', content: '共建图书角，每月一次读书会', ...extra,
});
const read = async (u: Pick<Unit, 'id'>) => (await ports.units.get(regionId, u.id))!;
const counters = async (u: Pick<Unit, 'id'>) => {
  const { activePairingCount, pairingCount, version } = await read(u);
  return { activePairingCount, pairingCount, version };
};
const unpaired = async () => (await listUnits(admin, { filter: { unpaired: true } }, ports)).edges.map((e) => e.node.name);

describe('Method: createPairing', () => {
  describe('successful', () => {
    it('pairs a unit with a community: counted on both sides without a new version, off the "needs a pairing" list', async () => {
      // Act
      const pairing = await createPairing(admin, pairingInput(unit.id, community.id), ports);
      // Assess
      expect(pairing).toMatchObject({
        regionId, unitId: unit.id, communityId: community.id, status: 'ACTIVE', version: 1, startsOn: '2026-01-01', endsOn: '2026-12-31',
        agreement: null, endedOn: null, endReason: null, createdAt: '2026-03-01T08:00:00.000Z',
      });
      expect(await ports.pairings.get(regionId, pairing.id)).toEqual(pairing);
      expect(await counters(unit)).toEqual({ activePairingCount: 1, pairingCount: 1, version: 1 });
      expect(await counters(community)).toEqual({ activePairingCount: 1, pairingCount: 1, version: 1 });
      expect(needsPairing(await read(unit))).toBe(false);
      expect(await unpaired()).toEqual([]);
    });

    it('writes its audit entry, naming both units', async () => {
      // Act
      const pairing = await createPairing(admin, pairingInput(unit.id, community.id), ports);
      // Assess
      const entry = ports.memory.auditEntries().at(-1)!;
      expect(entry).toMatchObject({ operation: 'createPairing', recordType: 'Pairing', recordId: pairing.id, version: 1 });
      expect(entry.changes).toContainEqual({ field: 'unitId', before: null, after: unit.id, refersTo: 'Unit' });
      expect(entry.changes).toContainEqual({ field: 'communityId', before: null, after: community.id, refersTo: 'Unit' });
    });

    it('links the signed agreement, consuming its upload', async () => {
      // Prepare
      const agreementUploadId = await givenUpload(ports, admin, { fileName: '共驻共建协议书.pdf' });
      // Act
      const pairing = await createPairing(admin, pairingInput(unit.id, community.id, { agreementUploadId }), ports);
      // Assess
      expect(pairing.agreement).toMatchObject({ name: '共驻共建协议书.pdf', key: `files/${regionId}/${agreementUploadId}` });
      expect(await ports.uploads.get(regionId, agreementUploadId)).toBeNull();
    });

    it('pairs one community with many units, counting each', async () => {
      // Prepare
      const others = [await givenUnit(ports, admin), await givenUnit(ports, admin)];
      // Act
      for (const u of [unit, ...others]) await createPairing(admin, pairingInput(u.id, community.id), ports);
      // Assess
      expect(await counters(community)).toMatchObject({ activePairingCount: 3, pairingCount: 3 });
    });
  });

  describe('failing', () => {
    it('refuses a second active pairing of the same two, under communityId, changing no counter', async () => {
      // Prepare
      await createPairing(admin, pairingInput(unit.id, community.id), ports);
      const entries = ports.memory.auditEntries().length;
      // Act
      const duplicate = attempt(() => createPairing(admin, pairingInput(unit.id, community.id, { startsOn: '2026-02-01' }), ports));
      // Assess
      await expect(duplicate).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'communityId', message: '“区图书馆党支部”与“幸福社区”已有生效的结对' });
      expect(await counters(unit)).toMatchObject({ activePairingCount: 1, pairingCount: 1 });
      expect(await counters(community)).toMatchObject({ activePairingCount: 1, pairingCount: 1 });
      expect(ports.memory.auditEntries()).toHaveLength(entries);
    });

    it.each([
      ['unit', 'SUSPEND', 'unitId', '单位已暂停或退出，不能结对'],
      ['unit', 'WITHDRAW', 'unitId', '单位已暂停或退出，不能结对'],
      ['community', 'SUSPEND', 'communityId', '村(社区)已暂停或退出，不能结对'],
    ] as const)('refuses a %s side that is not taking part (%s), naming it', async (side, action, field, message) => {
      // Prepare
      const target = side === 'unit' ? unit : community;
      await changeUnitStatus(admin, { id: target.id, version: 1, action }, ports);
      // Act & Assess
      await expect(attempt(() => createPairing(admin, pairingInput(unit.id, community.id), ports))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field, message });
      expect(await counters(target)).toMatchObject({ activePairingCount: 0, pairingCount: 0 });
    });

    it.each(['unit', 'community'] as const)('refuses a %s side suspended between the read and the write, naming it', async (side) => {
      // Prepare
      const target = side === 'unit' ? unit : community;
      ports.memory.beforeNextWrite(() => changeUnitStatus(admin, { id: target.id, version: 1, action: 'SUSPEND' }, ports));
      // Act
      const result = attempt(() => createPairing(admin, pairingInput(unit.id, community.id), ports));
      // Assess
      // The same words as when the suspension is seen on the read.
      const message = side === 'unit' ? '单位已暂停或退出，不能结对' : '村(社区)已暂停或退出，不能结对';
      await expect(result).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: `${side}Id`, message });
      expect(await counters(unit)).toMatchObject({ activePairingCount: 0 });
      expect(await counters(community)).toMatchObject({ activePairingCount: 0 });
      expect((await listPairings(admin, unit.id, {}, ports)).edges).toEqual([]);
    });

    it('refuses sides of the wrong kind, missing sides, a unit with itself and bad terms, naming the field', async () => {
      // Prepare
      const enterprise = await givenUnit(ports, admin);
      const cases: [Record<string, unknown>, string, string?][] = [
        [pairingInput(community.id, community.id), 'communityId', '单位不能与自己结对'],
        [pairingInput(community.id, unit.id), 'unitId', '村或社区不作为结对单位一方，请选择驻区单位'],
        [pairingInput(unit.id, enterprise.id), 'communityId', '结对对象须为村或社区'],
        [pairingInput('nope', community.id), 'unitId', '结对单位不存在'],
        [pairingInput(unit.id, 'nope'), 'communityId', '结对村(社区)不存在'],
        [pairingInput(unit.id, community.id, { endsOn: '2025-01-01' }), 'endsOn', '协议结束日期不能早于开始日期'],
        [pairingInput(unit.id, community.id, { content: ' ' }), 'content'],
        [pairingInput(unit.id, community.id, { startsOn: '2026-13-01' }), 'startsOn'],
      ];
      // Act & Assess
      for (const [input, field, message] of cases) {
        await expect(attempt(() => createPairing(admin, input, ports)), field).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field, ...(message ? { message } : {}) });
      }
      expect(ports.memory.auditEntries().filter((e) => e.recordType === 'Pairing')).toEqual([]);
    });

    it('refuses an agreement upload consumed meanwhile under agreementUploadId, pairing nothing', async () => {
      // Prepare
      const agreementUploadId = await givenUpload(ports, admin);
      const other = await givenUnit(ports, admin);
      ports.memory.beforeNextWrite(() => createPairing(admin, pairingInput(other.id, community.id, { agreementUploadId }), ports));
      // Act
      const result = attempt(() => createPairing(admin, pairingInput(unit.id, community.id, { agreementUploadId }), ports));
      // Assess
      await expect(result).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'agreementUploadId' });
      expect(await counters(unit)).toMatchObject({ activePairingCount: 0 });
      expect(await counters(community)).toMatchObject({ activePairingCount: 1 });
    });

    it('is the secretariat\'s: FORBIDDEN to the unit\'s own liaison', async () => {
      // Act & Assess
      await expect(attempt(() => createPairing(unitLiaison(regionId, unit.id), pairingInput(unit.id, community.id), ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    });
  });
});

describe('Method: endPairing', () => {
  describe('successful', () => {
    it('ends a pairing: counted back on both sides, the unit needing a pairing again, the same two free to pair again', async () => {
      // Prepare
      const pairing = await createPairing(admin, pairingInput(unit.id, community.id), ports);
      ports.clock.advance(1000);
      // Act
      const ended = await endPairing(admin, { id: pairing.id, version: 1, endedOn: '2026-06-30', reason: '协议提前终止' }, ports);
      // Assess
      expect(ended).toMatchObject({ status: 'ENDED', version: 2, endedOn: '2026-06-30', endReason: '协议提前终止', updatedAt: '2026-03-01T08:00:01.000Z' });
      expect(await ports.pairings.get(regionId, pairing.id)).toEqual(ended);
      expect(await counters(unit)).toEqual({ activePairingCount: 0, pairingCount: 1, version: 1 });
      expect(await counters(community)).toEqual({ activePairingCount: 0, pairingCount: 1, version: 1 });
      expect(await unpaired()).toEqual(['区图书馆党支部']);
      expect(ports.memory.auditEntries().at(-1)).toMatchObject({ operation: 'endPairing', recordId: pairing.id, version: 2 });
      await expect(createPairing(admin, pairingInput(unit.id, community.id), ports)).resolves.toMatchObject({ status: 'ACTIVE' });
    });

    it('runs again, not failing, when another pairing of the unit ends meanwhile', async () => {
      // Prepare
      const second = await givenUnit(ports, admin, { name: '第二社区', ...COMMUNITY });
      const a = await createPairing(admin, pairingInput(unit.id, community.id), ports);
      const b = await createPairing(admin, pairingInput(unit.id, second.id), ports);
      ports.memory.beforeNextWrite(() => endPairing(admin, { id: b.id, version: 1, endedOn: '2026-02-01' }, ports));
      // Act
      const ended = await endPairing(admin, { id: a.id, version: 1, endedOn: '2026-02-01' }, ports);
      // Assess
      expect(ended.status).toBe('ENDED');
      expect(await counters(unit)).toMatchObject({ activePairingCount: 0, pairingCount: 2 });
      expect(needsPairing(await read(unit))).toBe(true);
    });
  });

  describe('failing', () => {
    it('refuses a stale version, a date before the term, a second end and an unknown pairing', async () => {
      // Prepare
      const { id } = await createPairing(admin, pairingInput(unit.id, community.id), ports);
      // Act & Assess
      await expect(attempt(() => endPairing(admin, { id, version: 5, endedOn: '2026-02-01' }, ports))).rejects.toMatchObject({ code: 'CONFLICT' });
      await expect(attempt(() => endPairing(admin, { id, version: 1, endedOn: '2025-02-01' }, ports))).rejects.toMatchObject({
        field: 'endedOn', message: '结束日期不能早于协议开始日期',
      });
      await endPairing(admin, { id, version: 1, endedOn: '2026-02-01' }, ports);
      await expect(attempt(() => endPairing(admin, { id, version: 2, endedOn: '2026-03-01' }, ports))).rejects.toMatchObject({ field: 'id', message: '该结对已结束' });
      await expect(attempt(() => endPairing(admin, { id: 'nope', version: 1, endedOn: '2026-03-01' }, ports))).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(await counters(unit)).toMatchObject({ activePairingCount: 0, pairingCount: 1 });
    });

    it('refuses with CONFLICT when the pairing changed between the read and the write, counting nothing back', async () => {
      // Prepare
      const { id } = await createPairing(admin, pairingInput(unit.id, community.id), ports);
      ports.memory.beforeNextWrite(() => endPairing(admin, { id, version: 1, endedOn: '2026-02-01', reason: '先到' }, ports));
      // Act & Assess
      await expect(attempt(() => endPairing(admin, { id, version: 1, endedOn: '2026-02-02', reason: '后到' }, ports))).rejects.toMatchObject({ code: 'CONFLICT' });
      expect(await ports.pairings.get(regionId, id)).toMatchObject({ endReason: '先到', version: 2 });
      expect(await counters(community)).toMatchObject({ activePairingCount: 0 });
    });

    it('is the secretariat\'s: FORBIDDEN to the unit\'s own liaison', async () => {
      // Prepare
      const { id } = await createPairing(admin, pairingInput(unit.id, community.id), ports);
      // Act & Assess
      await expect(attempt(() => endPairing(unitLiaison(regionId, unit.id), { id, version: 1, endedOn: '2026-02-01' }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
      expect((await ports.pairings.get(regionId, id))?.status).toBe('ACTIVE');
    });
  });
});

describe('Method: listPairings', () => {
  it('successful: lists a unit\'s pairings on either side, newest first, paged', async () => {
    // Prepare
    const second = await givenUnit(ports, admin, { name: '第二社区', ...COMMUNITY });
    const first = await createPairing(admin, pairingInput(unit.id, community.id), ports);
    ports.clock.advance(1000);
    const later = await createPairing(admin, pairingInput(unit.id, second.id), ports);
    // Act
    const page1 = await listPairings(admin, unit.id, { first: 1 }, ports);
    const page2 = await listPairings(admin, unit.id, { first: 1, after: page1.pageInfo.endCursor }, ports);
    const ofCommunity = await listPairings(admin, community.id, {}, ports);
    // Assess
    expect(page1.edges.map((e) => e.node.id)).toEqual([later.id]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page2.edges.map((e) => e.node.id)).toEqual([first.id]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect(ofCommunity.edges.map((e) => e.node.id)).toEqual([first.id]);
  });

  it('successful: shows a liaison its own unit\'s pairings', async () => {
    // Prepare
    const pairing = await createPairing(admin, pairingInput(unit.id, community.id), ports);
    // Act
    const seen = await listPairings(unitLiaison(regionId, community.id), community.id, {}, ports);
    // Assess
    expect(seen.edges.map((e) => e.node.id)).toEqual([pairing.id]);
  });

  it('failing: FORBIDDEN to the liaison of another unit', async () => {
    // Prepare
    await createPairing(admin, pairingInput(unit.id, community.id), ports);
    // Act & Assess
    await expect(attempt(() => listPairings(unitLiaison(regionId, community.id), unit.id, {}, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('failing: refuses another list\'s cursor under `after`', async () => {
    // Prepare
    const second = await givenUnit(ports, admin, { name: '第二社区', ...COMMUNITY });
    await createPairing(admin, pairingInput(unit.id, community.id), ports);
    await createPairing(admin, pairingInput(unit.id, second.id), ports);
    const { endCursor } = (await listPairings(admin, unit.id, { first: 1 }, ports)).pageInfo;
    // Act & Assess
    await expect(listPairings(admin, community.id, { after: endCursor }, ports)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
