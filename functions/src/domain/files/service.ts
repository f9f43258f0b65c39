import type { Principal } from '../../auth/principal';
import { authorize } from '../../auth/policy';
import type { TransactStep } from '../../store/transact';
import { badInput } from '../errors';
import type { Ports } from '../ports';
import { parseInput } from '../validation';
import { auditStep } from '../audit/service';
import type { StoredFile } from './stored-file';
import { MAX_FILE_BYTES, UPLOAD_TTL_SECONDS, assertUploadMatches, createUploadInput } from './rules';

export async function createUpload(principal: Principal, input: unknown, ports: Ports) {
  authorize(principal, 'Mutation.createUploadUrl');
  const { fileName, contentType, size, sha256 } = parseInput(createUploadInput, input);
  const now = ports.now();
  const upload = {
    id: ports.newId(),
    regionId: principal.regionId,
    name: fileName,
    contentType,
    size,
    sha256,
    uploadedBy: principal.userId,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + UPLOAD_TTL_SECONDS * 1000).toISOString(),
  };
  const { id, name, contentType: type, size: bytes, sha256: checksum } = upload;
  await ports.uploads.put(upload, [
    auditStep(principal, ports, { operation: 'createUploadUrl', recordType: 'Upload', recordId: id, version: null, before: null, after: { name, contentType: type, size: bytes, sha256: checksum } }),
  ]);
  const url = await ports.files.presignUpload(upload.regionId, upload.id, contentType, size, UPLOAD_TTL_SECONDS);
  return { uploadId: upload.id, url, headers: [{ name: 'Content-Type', value: contentType }], expiresAt: upload.expiresAt };
}

/**
 * Checks an arrived upload against what was announced (size, type, SHA-256), keeps it under files/,
 * and returns its metadata with the step that consumes the upload in the caller's transaction.
 */
export async function claimUpload(
  principal: Principal,
  uploadId: string,
  field: string,
  ports: Ports,
): Promise<{ file: StoredFile; step: TransactStep }> {
  const upload = await ports.uploads.get(principal.regionId, uploadId);
  if (!upload || Date.parse(upload.expiresAt) < ports.now().getTime()) {
    throw badInput(field, '上传的文件已被使用或已过期，请重新上传');
  }
  assertUploadMatches(upload, await ports.files.measureUpload(upload.regionId, upload.id, MAX_FILE_BYTES), field);
  const key = await ports.files.keepUpload(upload.regionId, upload.id);
  return {
    file: {
      key,
      name: upload.name,
      contentType: upload.contentType,
      size: upload.size,
      sha256: upload.sha256,
      uploadedBy: upload.uploadedBy,
      uploadedAt: upload.createdAt,
    },
    step: ports.uploads.claimStep(upload.regionId, upload.id, field),
  };
}
