import { describe, expect, it } from 'vitest';
import { parseInput } from '../validation';
import { assertUploadMatches, createUploadInput, MAX_FILE_BYTES, type PendingUpload } from './rules';

const upload: PendingUpload = {
  id: 'up', regionId: 'r', name: 'a.pdf', contentType: 'application/pdf', size: 10, sha256: 'a'.repeat(64), uploadedBy: 'u',
  createdAt: '2026-03-01T08:00:00.000Z', expiresAt: '2026-03-01T08:15:00.000Z',
};

describe('Method: assertUploadMatches', () => {
  it('successful: accepts exactly what was announced', () => {
    expect(() => assertUploadMatches(upload, { size: 10, contentType: 'application/pdf', sha256: 'a'.repeat(64) }, 'f')).not.toThrow();
  });

  it('failing: size first, then type, then hash, each under the given field', () => {
    const arrived = { size: 10, contentType: 'application/pdf', sha256: 'a'.repeat(64) };
    expect(() => assertUploadMatches(upload, null, 'f')).toThrow(expect.objectContaining({ field: 'f', message: expect.stringContaining('尚未上传完成') }));
    expect(() => assertUploadMatches(upload, { ...arrived, size: 11, contentType: undefined }, 'f')).toThrow(expect.objectContaining({ message: expect.stringContaining('大小') }));
    expect(() => assertUploadMatches(upload, { ...arrived, contentType: undefined }, 'f')).toThrow(expect.objectContaining({ message: expect.stringContaining('类型') }));
    expect(() => assertUploadMatches(upload, { ...arrived, sha256: 'b'.repeat(64) }, 'f')).toThrow(expect.objectContaining({ message: expect.stringContaining('SHA-256') }));
  });
});

describe('Method: createUploadInput', () => {
  it('successful: lowercases the hash and allows exactly 20 MB', () => {
    expect(parseInput(createUploadInput, { fileName: ' 表.pdf ', contentType: 'image/png', size: MAX_FILE_BYTES, sha256: 'A'.repeat(64) })).toEqual({
      fileName: '表.pdf', contentType: 'image/png', size: MAX_FILE_BYTES, sha256: 'a'.repeat(64),
    });
  });

  it('failing: a fractional size and a backslash in the name', () => {
    expect(() => parseInput(createUploadInput, { fileName: 'a.pdf', contentType: 'image/png', size: 1.5, sha256: 'a'.repeat(64) })).toThrow(expect.objectContaining({ field: 'size' }));
    expect(() => parseInput(createUploadInput, { fileName: 'a\\b.pdf', contentType: 'image/png', size: 1, sha256: 'a'.repeat(64) })).toThrow(expect.objectContaining({ field: 'fileName' }));
  });
});
