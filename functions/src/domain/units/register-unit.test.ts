import { beforeEach, describe, expect, it } from 'vitest';
import type { RegionPrincipal } from '../../auth/principal';
import { attempt, COMMUNITY, givenRegion, givenUnit, givenUpload, PDF_BYTES, sha256Hex } from '../testing/fixtures';
import { createMemoryPorts, type MemoryPorts } from '../testing/memory-ports';
import { unitLiaison } from '../testing/principals';
import { changeUnitStatus, registerUnit } from './service';
import type { Unit } from './unit';

let ports: MemoryPorts;
let admin: RegionPrincipal;
let regionId: string;

beforeEach(async () => {
  ports = createMemoryPorts({ now: '2026-03-10T02:00:00.000Z' });
  ({ regionId, admin } = await givenRegion(ports));
});

const read = async (unit: Pick<Unit, 'id'>) => (await ports.units.get(regionId, unit.id))!;

describe('Method: registerUnit', () => {
  describe('successful', () => {
    it('registers an invited unit with its community and note, at the next version, with its audit entry', async () => {
      // Prepare
      const community = await givenUnit(ports, admin, { name: '和平社区', ...COMMUNITY });
      const unit = await givenUnit(ports, admin);
      // Act
      const registered = await registerUnit(admin, { id: unit.id, version: 1, registeredOn: '2026-03-01', communityId: community.id, note: ' 双报到 ' }, ports);
      // Assess
      expect(registered).toMatchObject({
        status: 'REGISTERED', version: 2, registration: { registeredOn: '2026-03-01', communityId: community.id, note: '双报到', form: null },
      });
      expect(await read(unit)).toEqual(registered);
      const entry = ports.memory.auditEntries().at(-1)!;
      expect(entry).toMatchObject({ operation: 'registerUnit', recordId: unit.id, version: 2 });
      expect(entry.changes).toContainEqual({ field: 'status', before: 'INVITED', after: 'REGISTERED' });
      expect(entry.changes).toContainEqual({ field: 'registration.communityId', before: null, after: community.id, refersTo: 'Unit' });
    });

    it('links the signed form: checked, kept as a file, the upload consumed', async () => {
      // Prepare
      const unit = await givenUnit(ports, admin);
      const uploadId = await givenUpload(ports, admin, { fileName: '报到登记表.pdf' });
      // Act
      const registered = await registerUnit(admin, { id: unit.id, version: 1, registeredOn: '2026-03-01', formUploadId: uploadId }, ports);
      // Assess
      expect(registered.registration?.form).toEqual({
        key: `files/${regionId}/${uploadId}`, name: '报到登记表.pdf', contentType: 'application/pdf', size: PDF_BYTES.length, sha256: sha256Hex(PDF_BYTES),
        uploadedBy: admin.userId, uploadedAt: '2026-03-10T02:00:00.000Z',
      });
      expect(ports.memory.object(`files/${regionId}/${uploadId}`)?.bytes).toEqual(PDF_BYTES);
      expect(await ports.uploads.get(regionId, uploadId)).toBeNull();
    });

    it('keeps the earlier form when a registration is corrected without a new one', async () => {
      // Prepare
      const unit = await givenUnit(ports, admin);
      const formUploadId = await givenUpload(ports, admin);
      const first = await registerUnit(admin, { id: unit.id, version: 1, registeredOn: '2026-03-01', formUploadId }, ports);
      // Act
      const corrected = await registerUnit(admin, { id: unit.id, version: 2, registeredOn: '2026-03-02' }, ports);
      // Assess
      expect(corrected.registration).toMatchObject({ registeredOn: '2026-03-02', form: first.registration!.form });
    });

    it('accepts a community organisation of another host kind as the community', async () => {
      // Prepare
      const organisation = await givenUnit(ports, admin, { hostKind: 'BUSINESS_DISTRICT', allianceRole: 'COMMUNITY_ORGANIZATION' });
      const unit = await givenUnit(ports, admin);
      // Act
      const registered = await registerUnit(admin, { id: unit.id, version: 1, registeredOn: '2026-03-01', communityId: organisation.id }, ports);
      // Assess
      expect(registered.registration?.communityId).toBe(organisation.id);
    });
  });

  describe('failing', () => {
    it('links an upload once: a second registration with it is refused under formUploadId, changing nothing', async () => {
      // Prepare
      const a = await givenUnit(ports, admin);
      const b = await givenUnit(ports, admin);
      const formUploadId = await givenUpload(ports, admin);
      await registerUnit(admin, { id: a.id, version: 1, registeredOn: '2026-03-01', formUploadId }, ports);
      const entries = ports.memory.auditEntries().length;
      // Act
      const second = attempt(() => registerUnit(admin, { id: b.id, version: 1, registeredOn: '2026-03-01', formUploadId }, ports));
      // Assess
      await expect(second).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'formUploadId', message: '上传的文件已被使用或已过期，请重新上传' });
      expect(await read(b)).toEqual(b);
      expect(ports.memory.auditEntries()).toHaveLength(entries);
    });

    it('refuses an upload linked by another change between its check and the write, changing nothing', async () => {
      // Prepare
      const a = await givenUnit(ports, admin);
      const b = await givenUnit(ports, admin);
      const formUploadId = await givenUpload(ports, admin);
      ports.memory.beforeNextWrite(() => registerUnit(admin, { id: a.id, version: 1, registeredOn: '2026-03-01', formUploadId }, ports));
      // Act
      const result = attempt(() => registerUnit(admin, { id: b.id, version: 1, registeredOn: '2026-03-01', formUploadId }, ports));
      // Assess
      await expect(result).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'formUploadId' });
      expect(await read(b)).toMatchObject({ status: 'INVITED', version: 1, registration: null });
      expect((await read(a)).registration?.form?.key).toBe(`files/${regionId}/${formUploadId}`);
      expect(ports.memory.auditEntries().filter((e) => e.operation === 'registerUnit').map((e) => e.recordId)).toEqual([a.id]);
    });

    it('refuses a form whose bytes differ from what was announced, keeping the unit and the upload as they were', async () => {
      // Prepare
      const unit = await givenUnit(ports, admin);
      const tampered = PDF_BYTES.map((b, i) => (i === 20 ? b ^ 0xff : b));
      const formUploadId = await givenUpload(ports, admin, { sent: tampered });
      // Act
      const result = attempt(() => registerUnit(admin, { id: unit.id, version: 1, registeredOn: '2026-03-01', formUploadId }, ports));
      // Assess
      await expect(result).rejects.toMatchObject({ field: 'formUploadId', message: expect.stringContaining('SHA-256') });
      expect(await read(unit)).toEqual(unit);
      expect(await ports.uploads.get(regionId, formUploadId)).not.toBeNull();
    });

    it('refuses a suspended or withdrawn unit until it is reinstated', async () => {
      // Prepare
      const unit = await givenUnit(ports, admin);
      await changeUnitStatus(admin, { id: unit.id, version: 1, action: 'SUSPEND' }, ports);
      // Act & Assess
      await expect(attempt(() => registerUnit(admin, { id: unit.id, version: 2, registeredOn: '2026-03-01' }, ports))).rejects.toMatchObject({
        code: 'BAD_USER_INPUT', field: 'id', message: '单位已暂停或退出，请先恢复后再报到登记',
      });
      expect((await read(unit)).status).toBe('SUSPENDED');
    });

    it('refuses a community that does not exist or is no community', async () => {
      // Prepare
      const unit = await givenUnit(ports, admin);
      const enterprise = await givenUnit(ports, admin);
      // Act & Assess
      await expect(attempt(() => registerUnit(admin, { id: unit.id, version: 1, registeredOn: '2026-03-01', communityId: 'nope' }, ports))).rejects.toMatchObject({
        field: 'communityId', message: '报到社区不存在',
      });
      await expect(attempt(() => registerUnit(admin, { id: unit.id, version: 1, registeredOn: '2026-03-01', communityId: enterprise.id }, ports))).rejects.toMatchObject({
        field: 'communityId', message: '报到对象须为村或社区党组织',
      });
    });

    it('refuses a registration date in the future or no date at all', async () => {
      // Prepare
      const unit = await givenUnit(ports, admin);
      // Act & Assess
      await expect(attempt(() => registerUnit(admin, { id: unit.id, version: 1, registeredOn: '2999-01-01' }, ports))).rejects.toMatchObject({ field: 'registeredOn' });
      await expect(attempt(() => registerUnit(admin, { id: unit.id, version: 1, registeredOn: '2026-02-30' }, ports))).rejects.toMatchObject({ field: 'registeredOn' });
    });

    it('refuses a stale version with CONFLICT', async () => {
      // Prepare
      const unit = await givenUnit(ports, admin);
      // Act & Assess
      await expect(attempt(() => registerUnit(admin, { id: unit.id, version: 2, registeredOn: '2026-03-01' }, ports))).rejects.toMatchObject({ code: 'CONFLICT' });
    });

    it('is the secretariat\'s: FORBIDDEN to the unit\'s own liaison', async () => {
      // Prepare
      const unit = await givenUnit(ports, admin);
      // Act & Assess
      await expect(attempt(() => registerUnit(unitLiaison(regionId, unit.id), { id: unit.id, version: 1, registeredOn: '2026-03-01' }, ports))).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    });
  });
});
