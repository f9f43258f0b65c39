import { createHash } from 'node:crypto';
import type { Alongside } from '../alongside';
import type { FileStore, UploadStore } from '../files/ports';
import type { ArrivedObject, PendingUpload } from '../files/rules';
import { copy, keyOf, type MemoryState } from './memory-state';

export const uploadObjectKey = (regionId: string, uploadId: string) => `uploads/${regionId}/${uploadId}`;
export const fileObjectKey = (regionId: string, uploadId: string) => `files/${regionId}/${uploadId}`;

/** Pending uploads in memory (store/upload-repository.ts): kept with their audit entry, consumed by a claim. */
export class MemoryUploadStore implements UploadStore {
  constructor(private readonly state: MemoryState) {}

  put(upload: PendingUpload, alongside: Alongside): Promise<void> {
    return this.state.write((w) => {
      w.then(() => this.state.uploads.set(keyOf(upload.regionId, upload.id), copy(upload)));
      w.alongside(alongside);
    });
  }

  async get(regionId: string, uploadId: string): Promise<PendingUpload | null> {
    return copy(this.state.uploads.get(keyOf(regionId, uploadId)) ?? null);
  }
}

/**
 * The files bucket in memory (store/file-storage.ts). Presigned URLs are `memory://` addresses nobody
 * fetches: a test makes bytes "arrive" with `MemoryPorts.memory.arrive` instead of a PUT.
 */
export class MemoryFileStore implements FileStore {
  constructor(private readonly state: MemoryState) {}

  async presignUpload(regionId: string, uploadId: string, contentType: string, size: number, expiresInSeconds: number): Promise<string> {
    const query = new URLSearchParams({ contentType, size: String(size), expiresIn: String(expiresInSeconds) });
    return `memory://files/${uploadObjectKey(regionId, uploadId)}?${query}`;
  }

  async presignDownload(fileKey: string, fileName: string): Promise<string> {
    return `memory://files/${fileKey}?${new URLSearchParams({ download: fileName })}`;
  }

  async measureUpload(regionId: string, uploadId: string, maxBytes: number): Promise<ArrivedObject | null> {
    const object = this.state.objects.get(uploadObjectKey(regionId, uploadId));
    if (!object) return null;
    const size = object.bytes.length;
    // As the store: an oversize object is not read, so its hash is unknown.
    if (size > maxBytes) return { size, contentType: object.contentType, sha256: '' };
    return { size, contentType: object.contentType, sha256: createHash('sha256').update(object.bytes).digest('hex') };
  }

  async measureFile(fileKey: string): Promise<{ size: number; sha256: string } | null> {
    const object = this.state.objects.get(fileKey);
    return object ? { size: object.bytes.length, sha256: createHash('sha256').update(object.bytes).digest('hex') } : null;
  }

  async keepUpload(regionId: string, uploadId: string): Promise<string> {
    const object = this.state.objects.get(uploadObjectKey(regionId, uploadId));
    // S3's CopyObject fails on a missing source (NoSuchKey): not a refusal, a failure.
    if (!object) throw new Error(`NoSuchKey: ${uploadObjectKey(regionId, uploadId)}`);
    const key = fileObjectKey(regionId, uploadId);
    this.state.objects.set(key, copy(object));
    return key;
  }

  async readUpload(regionId: string, uploadId: string, maxBytes: number) {
    const object = this.state.objects.get(uploadObjectKey(regionId, uploadId));
    if (!object) return null;
    const size = object.bytes.length;
    return { bytes: size > maxBytes ? null : copy(object.bytes), size, contentType: object.contentType };
  }

  async discardUpload(regionId: string, uploadId: string): Promise<void> {
    this.state.objects.delete(uploadObjectKey(regionId, uploadId));
  }

  async savePayload(regionId: string, owner: string, part: string, body: string): Promise<void> {
    this.state.objects.set(payloadKey(regionId, owner, part), { bytes: new TextEncoder().encode(body), contentType: 'text/plain' });
  }

  async loadPayload(regionId: string, owner: string, part: string): Promise<string | null> {
    const object = this.state.objects.get(payloadKey(regionId, owner, part));
    return object ? new TextDecoder().decode(object.bytes) : null;
  }

  async deletePayloads(regionId: string, owner: string, parts: readonly string[]): Promise<void> {
    for (const part of parts) this.state.objects.delete(payloadKey(regionId, owner, part));
  }

  async keepFile(regionId: string, id: string, bytes: Uint8Array, contentType: string): Promise<string> {
    const key = fileObjectKey(regionId, id);
    this.state.objects.set(key, { bytes: copy(bytes), contentType });
    return key;
  }

  async deleteFiles(fileKeys: readonly string[]): Promise<void> {
    const refused = fileKeys.find((key) => !key.startsWith('files/'));
    if (refused) throw new Error(`deleteFiles: ${refused} is not a kept file (files/)`);
    for (const key of fileKeys) this.state.objects.delete(key);
  }

  async keepGenerated(regionId: string, id: string, bytes: Uint8Array, contentType: string): Promise<string> {
    const key = `generated/${regionId}/${id}`;
    this.state.objects.set(key, { bytes: copy(bytes), contentType });
    return key;
  }
}

const payloadKey = (regionId: string, owner: string, part: string) => `payloads/${regionId}/${owner}/${part}`;
