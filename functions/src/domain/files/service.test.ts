import { beforeEach, describe, expect, it } from 'vitest';
import type { RegionPrincipal } from '../../auth/principal';
import { attempt, givenRegion, givenUnit, givenUpload, PDF_BYTES, sha256Hex } from '../testing/fixtures';
import { createMemoryPorts, type MemoryPorts } from '../testing/memory-ports';
import { partyMember, unitLiaison } from '../testing/principals';
import { GuardFailedError, RecordMissingError } from '../write-refusals';
import { UPLOAD_TTL_SECONDS } from './rules';
import { claimUpload, createUpload, uploadRefusal, type ClaimedUpload } from './service';

let ports: MemoryPorts;
let admin: RegionPrincipal;
let regionId: string;

beforeEach(async () => {
  ports = createMemoryPorts({ now: '2026-03-01T08:00:00.000Z' });
  ({ regionId, admin } = await givenRegion(ports));
});

const announce = (overrides: Record<string, unknown> = {}) => ({
  fileName: '报到登记表.pdf', contentType: 'application/pdf', size: PDF_BYTES.length, sha256: sha256Hex(PDF_BYTES).toUpperCase(), ...overrides,
});

describe('Method: createUpload', () => {
  describe('successful', () => {
    it('announces an upload: where to PUT it, with which header, until when; kept pending with its audit entry', async () => {
      // Act
      const result = await createUpload(admin, announce(), ports);
      // Assess
      expect(result).toEqual({
        uploadId: 'id-0001',
        url: expect.stringContaining(`uploads/${regionId}/id-0001`),
        headers: [{ name: 'Content-Type', value: 'application/pdf' }],
        expiresAt: '2026-03-01T08:15:00.000Z',
      });
      expect(await ports.uploads.get(regionId, result.uploadId)).toEqual({
        id: result.uploadId, regionId, name: '报到登记表.pdf', contentType: 'application/pdf', size: PDF_BYTES.length,
        sha256: sha256Hex(PDF_BYTES), uploadedBy: admin.userId, createdAt: '2026-03-01T08:00:00.000Z', expiresAt: '2026-03-01T08:15:00.000Z',
      });
      expect(ports.memory.auditEntries()).toEqual([
        expect.objectContaining({
          operation: 'createUploadUrl', recordType: 'Upload', recordId: result.uploadId, version: null,
          changes: [
            { field: 'contentType', before: null, after: 'application/pdf' },
            { field: 'name', before: null, after: '报到登记表.pdf' },
            { field: 'sha256', before: null, after: sha256Hex(PDF_BYTES) },
            { field: 'size', before: null, after: String(PDF_BYTES.length) },
          ],
        }),
      ]);
    });

    it('lets a unit liaison announce one too', async () => {
      // Prepare
      const unit = await givenUnit(ports, admin);
      const liaison = unitLiaison(regionId, unit.id);
      // Act
      const { uploadId } = await createUpload(liaison, announce(), ports);
      // Assess
      expect((await ports.uploads.get(regionId, uploadId))?.uploadedBy).toBe(liaison.userId);
    });
  });

  describe('failing', () => {
    it.each([
      ['an executable', { contentType: 'application/x-msdownload' }, 'contentType'],
      ['an empty file', { size: 0 }, 'size'],
      ['more than 20 MB', { size: 20 * 1024 * 1024 + 1 }, 'size'],
      ['a path in the name', { fileName: '../a.pdf' }, 'fileName'],
      ['a control character in the name', { fileName: 'a\u0007.pdf' }, 'fileName'],
      ['a hash that is no SHA-256', { sha256: 'abc' }, 'sha256'],
    ])('refuses %s, naming the field, keeping nothing', async (_, overrides, field) => {
      // Act & Assess
      await expect(createUpload(admin, announce(overrides), ports)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(ports.memory.auditEntries()).toEqual([]);
    });

    it('is FORBIDDEN to a party member', async () => {
      // Act & Assess
      await expect(createUpload(partyMember(regionId), announce(), ports)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      expect(ports.memory.auditEntries()).toEqual([]);
    });
  });
});

describe('Method: claimUpload', () => {
  describe('successful', () => {
    it('checks what arrived against what was announced, keeps it as a file, and hands back the claim', async () => {
      // Prepare
      const uploadId = await givenUpload(ports, admin);
      // Act
      const claimed = await claimUpload(admin, uploadId, 'formUploadId', ports);
      // Assess
      expect(claimed).toEqual({
        file: {
          key: `files/${regionId}/${uploadId}`, name: '报到登记表.pdf', contentType: 'application/pdf', size: PDF_BYTES.length,
          sha256: sha256Hex(PDF_BYTES), uploadedBy: admin.userId, uploadedAt: '2026-03-01T08:00:00.000Z',
        },
        claim: { regionId, uploadId },
        field: 'formUploadId',
      });
      expect(ports.memory.object(claimed.file.key)?.bytes).toEqual(PDF_BYTES);
      // Claiming checks; the change that links it consumes it.
      expect(await ports.uploads.get(regionId, uploadId)).not.toBeNull();
    });

    it('still accepts an upload at the last moment of its window', async () => {
      // Prepare
      const uploadId = await givenUpload(ports, admin);
      ports.clock.advance(UPLOAD_TTL_SECONDS * 1000);
      // Act & Assess
      await expect(claimUpload(admin, uploadId, 'formUploadId', ports)).resolves.toMatchObject({ field: 'formUploadId' });
    });
  });

  describe('failing', () => {
    it.each([
      ['nothing arrived', { arrives: false }, '文件尚未上传完成，请重新上传'],
      ['a different size', { sent: PDF_BYTES.slice(1) }, '上传的文件大小与声明不符，请重新上传'],
      ['a different type', { sentType: 'image/png' }, '上传的文件类型与声明不符，请重新上传'],
      ['different bytes', { sent: PDF_BYTES.map((b) => 255 - b) }, '上传的文件校验失败（SHA-256 不符），请重新上传'],
    ])('refuses when %s, under the field that named the upload, keeping no file', async (_, options, message) => {
      // Prepare
      const uploadId = await givenUpload(ports, admin, options);
      // Act & Assess
      await expect(claimUpload(admin, uploadId, 'agreementUploadId', ports)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'agreementUploadId', message });
      expect(ports.memory.object(`files/${regionId}/${uploadId}`)).toBeUndefined();
    });

    it('refuses an upload whose window has closed', async () => {
      // Prepare
      const uploadId = await givenUpload(ports, admin);
      ports.clock.advance(UPLOAD_TTL_SECONDS * 1000 + 1);
      // Act & Assess
      await expect(claimUpload(admin, uploadId, 'formUploadId', ports)).rejects.toMatchObject({
        field: 'formUploadId', message: '上传的文件已被使用或已过期，请重新上传',
      });
    });

    it('finds no upload that is unknown or of another region', async () => {
      // Prepare
      const other = await givenRegion(ports, 'r-2');
      const foreign = await givenUpload(ports, other.admin);
      // Act & Assess
      for (const uploadId of ['nope', foreign]) {
        await expect(claimUpload(admin, uploadId, 'formUploadId', ports)).rejects.toMatchObject({ field: 'formUploadId', message: '上传的文件已被使用或已过期，请重新上传' });
      }
    });
  });
});

describe('Method: uploadRefusal', () => {
  const claimed = (uploadId: string, field: string): ClaimedUpload => ({
    file: { key: 'k', name: 'n', contentType: 'application/pdf', size: 1, sha256: 's', uploadedBy: 'u', uploadedAt: 't' },
    claim: { regionId: 'r', uploadId },
    field,
  });

  it('successful: words a consumed upload under the field that named it', () => {
    expect(uploadRefusal([null, claimed('a', 'formUploadId')], new RecordMissingError({ type: 'Upload', id: 'a' }))).toMatchObject({
      code: 'BAD_USER_INPUT', field: 'formUploadId', message: '上传的文件已被使用或已过期，请重新上传',
    });
    expect(uploadRefusal([], new RecordMissingError({ type: 'Upload', id: 'x' }))).toMatchObject({ field: 'uploadId' });
  });

  it('failing: leaves every other refusal to the use case', () => {
    expect(uploadRefusal([claimed('a', 'f')], new RecordMissingError({ type: 'Unit', id: 'a' }))).toBeUndefined();
    expect(uploadRefusal([claimed('a', 'f')], new GuardFailedError({ type: 'Upload', id: 'a' }, 'x'))).toBeUndefined();
  });
});
