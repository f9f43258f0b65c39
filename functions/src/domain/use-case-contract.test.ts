import { beforeEach, describe, expect, it } from 'vitest';
import type { RegionPrincipal } from '../auth/principal';
import { listRecordTrail, listRegionTrail } from './audit/service';
import { createUpload } from './files/service';
import { createPairing, endPairing, listPairings } from './pairings/service';
import { givenRegion, givenUnit } from './testing/fixtures';
import { createMemoryPorts, type MemoryPorts } from './testing/memory-ports';
import { platformAdmin, unitLiaison } from './testing/principals';
import { changeUnitStatus, createUnit, deleteUnit, getUnit, listChildren, listUnits, registerUnit, updateUnit } from './units/service';

/** What every use case promises its callers, whoever they are (Apollo or a script). */
let ports: MemoryPorts;
let admin: RegionPrincipal;
let regionId: string;

beforeEach(async () => {
  ports = createMemoryPorts({ now: '2031-01-01T08:00:00.000Z' });
  ({ regionId, admin } = await givenRegion(ports));
});

describe('Method: every use case', () => {
  it('answers a refused caller with a rejected promise, never a synchronous throw', async () => {
    const stranger = platformAdmin();
    const calls: [string, () => Promise<unknown>][] = [
      ['listUnits', () => listUnits(stranger, {}, ports)],
      ['listChildren', () => listChildren(stranger, 'u', {}, ports)],
      ['getUnit', () => getUnit(stranger, 'u', async () => null)],
      ['createUnit', () => createUnit(stranger, {}, ports)],
      ['updateUnit', () => updateUnit(stranger, { id: 'u' }, ports)],
      ['registerUnit', () => registerUnit(stranger, {}, ports)],
      ['changeUnitStatus', () => changeUnitStatus(stranger, {}, ports)],
      ['deleteUnit', () => deleteUnit(stranger, { id: 'u', version: 1 }, ports)],
      ['listPairings', () => listPairings(stranger, 'u', {}, ports)],
      ['createPairing', () => createPairing(stranger, {}, ports)],
      ['endPairing', () => endPairing(stranger, {}, ports)],
      ['createUpload', () => createUpload(stranger, {}, ports)],
      ['listRecordTrail', () => listRecordTrail(stranger, { recordId: 'u' }, ports)],
      ['listRegionTrail', () => listRegionTrail(stranger, {}, ports)],
    ];
    for (const [name, call] of calls) {
      let promise: Promise<unknown> | undefined;
      expect(() => (promise = call()), name).not.toThrow();
      await expect(promise, name).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });

  it('tells a caller with no right to a unit nothing about its input: FORBIDDEN before BAD_USER_INPUT', async () => {
    const unit = await givenUnit(ports, admin);
    const other = await givenUnit(ports, admin);
    await expect(updateUnit(unitLiaison(regionId, other.id), { id: unit.id, version: 'x', leader: { phone: 'not a phone' } }, ports)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    // Its own unit's bad input is named as usual.
    await expect(updateUnit(unitLiaison(regionId, other.id), { id: other.id, version: 'x' }, ports)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'version' });
  });
});

describe('Method: registerUnit and the clock', () => {
  it("judges 'not in the future' by the use case's clock, not the machine's", async () => {
    const unit = await givenUnit(ports, admin);
    // The ports' clock says 2031-01-01 (Beijing): a date of 2030 is in the past there.
    await expect(registerUnit(admin, { id: unit.id, version: 1, registeredOn: '2030-12-31' }, ports)).resolves.toMatchObject({ status: 'REGISTERED' });
    await expect(registerUnit(admin, { id: unit.id, version: 2, registeredOn: '2031-01-02' }, ports)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT', field: 'registeredOn', message: '报到日期不能晚于今天',
    });
  });
});
