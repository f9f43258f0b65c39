import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { S3Client } from '@aws-sdk/client-s3';
import type { ArrivedObject } from '../domain/files/rules';
import type { FileStore } from '../domain/files/ports';
import { fileObjectKey, generatedObjectKey, payloadObjectKey, uploadObjectKey } from './entities/upload';

const DOWNLOAD_URL_SECONDS = 10 * 60;

/**
 * The S3 client, its commands and the presigner (about 45 KB gzip) are loaded by the bucket's first use, not at
 * the API's start: most requests never touch a file (infra/lib/node-function.ts LAZY_MODULES ships them beside the
 * bundle). Node caches the modules: later calls cost nothing.
 */
const s3Sdk = () => import('@aws-sdk/client-s3');
const s3Presigner = () => import('@aws-sdk/s3-request-presigner');

/** The files bucket: presigned transfers, and measuring what arrived before anything trusts it. */
export class FileStorage implements FileStore {
  private connecting?: Promise<S3Client>;

  constructor(
    /** The client, or how to make it at the first use (the API: store/clients.ts loadS3Client). */
    private readonly client: S3Client | (() => Promise<S3Client>),
    private readonly bucket: string,
  ) {}

  /** The client and the SDK's commands, loaded once. A failed load is tried again by the next call. */
  private async s3() {
    if (!this.connecting) {
      const { client } = this;
      this.connecting = typeof client === 'function' ? client() : Promise.resolve(client);
      this.connecting.catch(() => (this.connecting = undefined));
    }
    const [s3, sdk] = await Promise.all([this.connecting, s3Sdk()]);
    return { s3, sdk };
  }

  /** Uploads land under uploads/; only a verified upload is kept under files/ (see keep). */
  async presignUpload(regionId: string, uploadId: string, contentType: string, size: number, expiresIn: number): Promise<string> {
    const [{ s3, sdk }, { getSignedUrl }] = await Promise.all([this.s3(), s3Presigner()]);
    return getSignedUrl(
      s3,
      new sdk.PutObjectCommand({ Bucket: this.bucket, Key: uploadObjectKey(regionId, uploadId), ContentType: contentType, ContentLength: size }),
      { expiresIn, signableHeaders: new Set(['content-type', 'content-length']) },
    );
  }

  async presignDownload(key: string, fileName: string): Promise<string> {
    const [{ s3, sdk }, { getSignedUrl }] = await Promise.all([this.s3(), s3Presigner()]);
    return getSignedUrl(
      s3,
      new sdk.GetObjectCommand({
        Bucket: this.bucket,
        Key: key,
        ResponseContentDisposition: `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      }),
      { expiresIn: DOWNLOAD_URL_SECONDS },
    );
  }

  /** What arrived for an upload: size and type from HeadObject, SHA-256 by streaming; null when nothing did. */
  async measureUpload(regionId: string, uploadId: string, maxBytes: number): Promise<ArrivedObject | null> {
    const key = uploadObjectKey(regionId, uploadId);
    const head = await this.head(key);
    if (!head) return null;
    const size = Number(head.ContentLength ?? 0);
    if (size > maxBytes) return { size, contentType: head.ContentType, sha256: '' };
    return { size, contentType: head.ContentType, sha256: (await this.measureFile(key))?.sha256 ?? '' };
  }

  /** A kept file as the bucket holds it now (the archive's verify): size, and SHA-256 by streaming the current object. */
  async measureFile(key: string): Promise<{ size: number; sha256: string } | null> {
    try {
      const { s3, sdk } = await this.s3();
      const object = await s3.send(new sdk.GetObjectCommand({ Bucket: this.bucket, Key: key }));
      const hash = createHash('sha256');
      let size = 0;
      for await (const chunk of object.Body as Readable) {
        hash.update(chunk as Buffer);
        size += (chunk as Buffer).length;
      }
      return { size, sha256: hash.digest('hex') };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  /** Copies a verified upload to files/ and returns the key the record keeps. */
  async keepUpload(regionId: string, uploadId: string): Promise<string> {
    const key = fileObjectKey(regionId, uploadId);
    const { s3, sdk } = await this.s3();
    await s3.send(
      new sdk.CopyObjectCommand({ Bucket: this.bucket, CopySource: `${this.bucket}/${uploadObjectKey(regionId, uploadId)}`, Key: key }),
    );
    return key;
  }

  async readUpload(regionId: string, uploadId: string, maxBytes: number) {
    const key = uploadObjectKey(regionId, uploadId);
    const head = await this.head(key);
    if (!head) return null;
    const size = Number(head.ContentLength ?? 0);
    if (size > maxBytes) return { bytes: null, size, contentType: head.ContentType };
    const { s3, sdk } = await this.s3();
    const object = await s3.send(new sdk.GetObjectCommand({ Bucket: this.bucket, Key: key }));
    return { bytes: await object.Body!.transformToByteArray(), size, contentType: head.ContentType };
  }

  async discardUpload(regionId: string, uploadId: string): Promise<void> {
    const { s3, sdk } = await this.s3();
    await s3.send(new sdk.DeleteObjectCommand({ Bucket: this.bucket, Key: uploadObjectKey(regionId, uploadId) }));
  }

  async savePayload(regionId: string, owner: string, part: string, body: string): Promise<void> {
    const { s3, sdk } = await this.s3();
    await s3.send(
      new sdk.PutObjectCommand({ Bucket: this.bucket, Key: payloadObjectKey(regionId, owner, part), Body: body, ContentType: 'text/plain; charset=utf-8' }),
    );
  }

  async loadPayload(regionId: string, owner: string, part: string): Promise<string | null> {
    try {
      const { s3, sdk } = await this.s3();
      const object = await s3.send(new sdk.GetObjectCommand({ Bucket: this.bucket, Key: payloadObjectKey(regionId, owner, part) }));
      return await object.Body!.transformToString('utf-8');
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async deletePayloads(regionId: string, owner: string, parts: readonly string[]): Promise<void> {
    if (parts.length === 0) return;
    const { s3, sdk } = await this.s3();
    await s3.send(
      new sdk.DeleteObjectsCommand({
        Bucket: this.bucket,
        Delete: { Objects: parts.map((part) => ({ Key: payloadObjectKey(regionId, owner, part) })), Quiet: true },
      }),
    );
  }

  async keepFile(regionId: string, id: string, bytes: Uint8Array, contentType: string): Promise<string> {
    const key = fileObjectKey(regionId, id);
    const { s3, sdk } = await this.s3();
    await s3.send(new sdk.PutObjectCommand({ Bucket: this.bucket, Key: key, Body: bytes, ContentType: contentType }));
    return key;
  }

  async deleteFiles(fileKeys: readonly string[]): Promise<void> {
    const refused = fileKeys.find((key) => !key.startsWith('files/'));
    if (refused) throw new Error(`deleteFiles: ${refused} is not a kept file (files/)`);
    // DeleteObjects takes 1,000 keys; a versioned bucket keeps the removed bytes as a noncurrent version for a while.
    const { s3, sdk } = await this.s3();
    for (let start = 0; start < fileKeys.length; start += 1_000) {
      const result = await s3.send(
        new sdk.DeleteObjectsCommand({ Bucket: this.bucket, Delete: { Objects: fileKeys.slice(start, start + 1_000).map((Key) => ({ Key })), Quiet: true } }),
      );
      if (result.Errors?.length) throw new Error(`deleteFiles: ${result.Errors.length} objects not deleted (${result.Errors[0]?.Code})`);
    }
  }

  async keepGenerated(regionId: string, id: string, bytes: Uint8Array, contentType: string): Promise<string> {
    const key = generatedObjectKey(regionId, id);
    const { s3, sdk } = await this.s3();
    await s3.send(new sdk.PutObjectCommand({ Bucket: this.bucket, Key: key, Body: bytes, ContentType: contentType }));
    return key;
  }

  private async head(key: string) {
    try {
      const { s3, sdk } = await this.s3();
      return await s3.send(new sdk.HeadObjectCommand({ Bucket: this.bucket, Key: key }));
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }
}

const isMissing = (error: unknown) =>
  ['NotFound', 'NoSuchKey'].includes((error as Error).name) || (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404;
