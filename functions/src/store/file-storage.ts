import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { CopyObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { ArrivedObject } from '../domain/files/rules';
import type { FileStore } from '../domain/files/ports';
import { fileObjectKey, uploadObjectKey } from './entities/upload';

const DOWNLOAD_URL_SECONDS = 10 * 60;

/** The files bucket: presigned transfers, and measuring what arrived before anything trusts it. */
export class FileStorage implements FileStore {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
  ) {}

  /** Uploads land under uploads/; only a verified upload is kept under files/ (see keep). */
  presignUpload(regionId: string, uploadId: string, contentType: string, size: number, expiresIn: number): Promise<string> {
    return getSignedUrl(
      this.s3,
      new PutObjectCommand({ Bucket: this.bucket, Key: uploadObjectKey(regionId, uploadId), ContentType: contentType, ContentLength: size }),
      { expiresIn, signableHeaders: new Set(['content-type', 'content-length']) },
    );
  }

  presignDownload(key: string, fileName: string): Promise<string> {
    return getSignedUrl(
      this.s3,
      new GetObjectCommand({
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
    let head;
    try {
      head = await this.s3.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
    } catch (error) {
      if ((error as Error).name === 'NotFound' || (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) {
        return null;
      }
      throw error;
    }
    const size = Number(head.ContentLength ?? 0);
    if (size > maxBytes) return { size, contentType: head.ContentType, sha256: '' };
    const object = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    const hash = createHash('sha256');
    for await (const chunk of object.Body as Readable) hash.update(chunk as Buffer);
    return { size, contentType: head.ContentType, sha256: hash.digest('hex') };
  }

  /** Copies a verified upload to files/ and returns the key the record keeps. */
  async keepUpload(regionId: string, uploadId: string): Promise<string> {
    const key = fileObjectKey(regionId, uploadId);
    await this.s3.send(
      new CopyObjectCommand({ Bucket: this.bucket, CopySource: `${this.bucket}/${uploadObjectKey(regionId, uploadId)}`, Key: key }),
    );
    return key;
  }
}
