import { beforeEach, describe, expect, it } from 'vitest';
import type { RegionPrincipal } from '../../auth/principal';
import { createPairing } from '../pairings/service';
import { RetryableWriteError } from '../retry';
import { attempt, COMMUNITY, givenRegion, givenUnit } from '../testing/fixtures';
import { createMemoryPorts, type MemoryPorts } from '../testing/memory-ports';
import { unitLiaison } from '../testing/principals';
import { needsPairing } from './rules';
import { changeUnitStatus, listUnits, registerUnit } from './service';
import type { Unit } from './unit';

let ports: MemoryPorts;
let admin: RegionPrincipal;
let regionId: string;

beforeEach(async () => {
  ports = createMemoryPorts();
  ({ regionId, admin } = await givenRegion(ports));
});

const read = async (unit: Pick<Unit, 'id'>) => (await ports.units.get(regionId, unit.id))!;
const unpaired = async () => (await listUnits(admin, { filter: { unpaired: true } }, ports)).edges.map((e) => e.node.id);

describe('Method: changeUnitStatus', () => {
  describe('successful', () => {
    it('suspends, reinstates to invited (never registered) and withdraws, a version each', async () => {
      // Prepare
      const unit = await givenUnit(ports, admin);
      // Act
      const suspended = await changeUnitStatus(admin, { id: unit.id, version: 1, action: 'SUSPEND' }, ports);
      const reinstated = await changeUnitStatus(admin, { id: unit.id, version: 2, action: 'REINSTATE' }, ports);
      const withdrawn = await changeUnitStatus(admin, { id: unit.id, version: 3, action: 'WITHDRAW' }, ports);
      // Assess
      expect([suspended, reinstated, withdrawn].map((u) => [u.status, u.version])).toEqual([['SUSPENDED', 2], ['INVITED', 3], ['WITHDRAWN', 4]]);
      expect(await read(unit)).toEqual(withdrawn);
    });

    it('reinstates a registered unit to registered', async () => {
      // Prepare
      const unit = await givenUnit(ports, admin);
      await registerUnit(admin, { id: unit.id, version: 1, registeredOn: '2026-01-05' }, ports);
      await changeUnitStatus(admin, { id: unit.id, version: 2, action: 'WITHDRAW' }, ports);
      // Act
      const reinstated = await changeUnitStatus(admin, { id: unit.id, version: 3, action: 'REINSTATE' }, ports);
      // Assess
      expect(reinstated).toMatchObject({ status: 'REGISTERED', registration: { registeredOn: '2026-01-05' } });
    });

    it('records the reason in the audit entry beside the status change', async () => {
      // Prepare
      const unit = await givenUnit(ports, admin);
      // Act
      await changeUnitStatus(admin, { id: unit.id, version: 1, action: 'WITHDRAW', reason: ' 单位搬迁 ' }, ports);
      // Assess
      expect(ports.memory.auditEntries().at(-1)).toMatchObject({
        operation: 'changeUnitStatus', recordId: unit.id, version: 2,
        changes: [{ field: 'status', before: 'INVITED', after: 'WITHDRAWN' }, { field: 'reason', before: null, after: '单位搬迁' }],
      });
    });

    it('takes a unit off the "needs a pairing" list while it is suspended, and puts it back', async () => {
      // Prepare
      const unit = await givenUnit(ports, admin);
      // Act
      const suspended = await changeUnitStatus(admin, { id: unit.id, version: 1, action: 'SUSPEND' }, ports);
      const whileSuspended = await unpaired();
      await changeUnitStatus(admin, { id: unit.id, version: 2, action: 'REINSTATE' }, ports);
      // Assess
      expect(needsPairing(suspended)).toBe(false);
      expect(whileSuspended).toEqual([]);
      expect(await unpaired()).toEqual([unit.id]);
    });

    it('runs again, not failing, when a pairing changes the count it decided on meanwhile', async () => {
      // Prepare
      const unit = await givenUnit(ports, admin);
      const community = await givenUnit(ports, admin, COMMUNITY);
      ports.memory.beforeNextWrite(() => createPairing(admin, { unitId: unit.id, communityId: community.id, startsOn: '2026-01-01', content: '共建' }, ports));
      // Act
      const suspended = await changeUnitStatus(admin, { id: unit.id, version: 1, action: 'SUSPEND' }, ports);
      // Assess
      expect(suspended).toMatchObject({ status: 'SUSPENDED', version: 2, activePairingCount: 1 });
      expect(await read(unit)).toMatchObject({ status: 'SUSPENDED', activePairingCount: 1, pairingCount: 1 });
      expect(ports.memory.auditEntries().filter((e) => e.operation === 'changeUnitStatus')).toHaveLength(1);
    });
  });

  describe('failing', () => {
    it('refuses a change the status does not allow, naming the action, and writes nothing', async () => {
      // Prepare
      const unit = await givenUnit(ports, admin);
      const entries = ports.memory.auditEntries().length;
      // Act & Assess
      await expect(attempt(() => changeUnitStatus(admin, { id: unit.id, version: 1, action: 'REINSTATE' }, ports))).rejects.toMatchObject({
        code: 'BAD_USER_INPUT', field: 'action', message: '当前状态（INVITED）不能执行该操作（REINSTATE）',
      });
      await expect(attempt(() => changeUnitStatus(admin, { id: unit.id, version: 1, action: 'PROMOTE' }, ports))).rejects.toMatchObject({ field: 'action' });
      expect(await read(unit)).toEqual(unit);
      expect(ports.memory.auditEntries()).toHaveLength(entries);
    });

    it('gives up with CONFLICT when the counter keeps moving', async () => {
      // Prepare
      const unit = await givenUnit(ports, admin);
      for (let i = 0; i < 6; i++) ports.memory.beforeNextWrite(() => Promise.reject(new RetryableWriteError()));
      // Act & Assess
      await expect(attempt(() => changeUnitStatus(admin, { id: unit.id, version: 1, action: 'SUSPEND' }, ports))).rejects.toMatchObject({ code: 'CONFLICT' });
      expect((await read(unit)).status).toBe('INVITED');
    });

    it('refuses a stale version and an unknown unit', async () => {
      // Prepare
      const unit = await givenUnit(ports, admin);
      // Act & Assess
      await expect(attempt(() => changeUnitStatus(admin, { id: unit.id, version: 3, action: 'SUSPEND' }, ports))).rejects.toMatchObject({ code: 'CONFLICT' });
      await expect(attempt(() => changeUnitStatus(admin, { id: 'nope', version: 1, action: 'SUSPEND' }, ports))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });

    it('is the secretariat\'s: FORBIDDEN to the unit\'s own liaison', async () => {
      // Prepare
      const unit = await givenUnit(ports, admin);
      // Act & Assess
      await expect(attempt(() => changeUnitStatus(unitLiaison(regionId, unit.id), { id: unit.id, version: 1, action: 'WITHDRAW' }, ports))).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      expect((await read(unit)).status).toBe('INVITED');
    });
  });
});
