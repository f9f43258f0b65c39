/**
 * Pending upload: announced by createUploadUrl, consumed when a change links it, removed by the table's
 * TTL (`expiresAt`, epoch seconds) when nobody does. Its bytes live in the files bucket.
 *
 * | item            | pk                         | sk        |
 * |-----------------|----------------------------|-----------|
 * | pending upload  | R#{r}#UPLOAD#{upload}      | #UPLOAD   |
 *
 * Objects: uploads land at `uploads/{r}/{upload}`; a verified upload is copied to `files/{r}/{upload}`.
 */
import type { PendingUpload } from '../../domain/files/rules';
import { regionRoot, type PrimaryKey } from '../keys';

export const uploadKey = (regionId: string, uploadId: string): PrimaryKey => ({
  pk: `${regionRoot(regionId)}#UPLOAD#${uploadId}`,
  sk: '#UPLOAD',
});

export const uploadObjectKey = (regionId: string, uploadId: string) => `uploads/${regionId}/${uploadId}`;
export const fileObjectKey = (regionId: string, uploadId: string) => `files/${regionId}/${uploadId}`;
/** Working data of long tasks; the bucket's lifecycle removes what a task left behind after 7 days. */
export const payloadObjectKey = (regionId: string, owner: string, part: string) => `payloads/${regionId}/${owner}/${part}`;
/** Files made on request; the bucket's lifecycle removes them after a day. */
export const generatedObjectKey = (regionId: string, id: string) => `generated/${regionId}/${id}`;

export const uploadToItem = (upload: PendingUpload) => ({
  ...uploadKey(upload.regionId, upload.id),
  type: 'UPLOAD',
  ...upload,
  // Whole seconds (the TTL attribute), rounded up: the claim window is never shorter than announced.
  expiresAt: Math.ceil(Date.parse(upload.expiresAt) / 1000),
});

export function uploadFromItem(item: Record<string, unknown>): PendingUpload {
  const { id, regionId, name, contentType, size, sha256, uploadedBy, createdAt } = item as Record<string, string>;
  return {
    id: id!, regionId: regionId!, name: name!, contentType: contentType!, size: Number(size), sha256: sha256!, uploadedBy: uploadedBy!, createdAt: createdAt!,
    expiresAt: new Date(Number(item.expiresAt) * 1000).toISOString(),
  };
}
