import { beforeEach, describe, expect, it } from 'vitest';
import type { RegionPrincipal } from '../../auth/principal';
import { createPairing } from '../pairings/service';
import { attempt, COMMUNITY, givenRegion, givenUnit } from '../testing/fixtures';
import { createMemoryPorts, type MemoryPorts } from '../testing/memory-ports';
import { updateUnit } from './service';
import type { Unit } from './unit';

/**
 * Which side of a pairing a unit stands on follows from its host kind (村/社区 or not), so a kind that
 * changes sides and a new pairing must not both succeed, whichever reads first.
 */
let ports: MemoryPorts;
let admin: RegionPrincipal;
let regionId: string;

beforeEach(async () => {
  ports = createMemoryPorts();
  ({ regionId, admin } = await givenRegion(ports));
});

const read = async (unit: Pick<Unit, 'id'>) => (await ports.units.get(regionId, unit.id))!;
const pair = (unitId: string, communityId: string) => createPairing(admin, { unitId, communityId, startsOn: '2026-01-01', content: '共建' }, ports);

describe('failing: a kind change racing a pairing', () => {
  it('a pairing read before its community became an enterprise is re-checked and refused', async () => {
    // Prepare
    const unit = await givenUnit(ports, admin);
    const community = await givenUnit(ports, admin, { ...COMMUNITY, allianceRole: 'MEMBER_UNIT' });
    ports.memory.beforeNextWrite(() => updateUnit(admin, { id: community.id, version: 1, hostKind: 'ENTERPRISE' }, ports));
    // Act
    const result = attempt(() => pair(unit.id, community.id));
    // Assess
    await expect(result).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'communityId', message: '结对对象须为村或社区' });
    expect(await read(community)).toMatchObject({ hostKind: 'ENTERPRISE', activePairingCount: 0 });
    expect(await read(unit)).toMatchObject({ activePairingCount: 0 });
  });

  it('a pairing read before its unit became a village is re-checked and refused', async () => {
    // Prepare
    const unit = await givenUnit(ports, admin);
    const community = await givenUnit(ports, admin, COMMUNITY);
    ports.memory.beforeNextWrite(() => updateUnit(admin, { id: unit.id, version: 1, hostKind: 'VILLAGE' }, ports));
    // Act & Assess
    await expect(attempt(() => pair(unit.id, community.id))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitId' });
    expect(await read(unit)).toMatchObject({ hostKind: 'VILLAGE', activePairingCount: 0 });
  });

  it('a kind change read before a pairing appeared is re-checked and refused, the pairing kept', async () => {
    // Prepare
    const unit = await givenUnit(ports, admin);
    const community = await givenUnit(ports, admin, COMMUNITY);
    ports.memory.beforeNextWrite(() => pair(unit.id, community.id));
    // Act
    const result = attempt(() => updateUnit(admin, { id: community.id, version: 1, hostKind: 'ENTERPRISE' }, ports));
    // Assess
    await expect(result).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'hostKind' });
    expect(await read(community)).toMatchObject({ hostKind: 'COMMUNITY', activePairingCount: 1, version: 1 });
  });

  it('a kind change within one side does not wait on the pairings', async () => {
    // Prepare
    const unit = await givenUnit(ports, admin);
    const community = await givenUnit(ports, admin, COMMUNITY);
    ports.memory.beforeNextWrite(() => pair(unit.id, community.id));
    // Act
    const updated = await updateUnit(admin, { id: unit.id, version: 1, hostKind: 'SCHOOL' }, ports);
    // Assess
    expect(updated.hostKind).toBe('SCHOOL');
    expect(await read(unit)).toMatchObject({ hostKind: 'SCHOOL', activePairingCount: 1, version: 2 });
  });
});
