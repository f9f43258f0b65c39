import { authorize } from '../../auth/policy';
import type { Principal, RegionPrincipal } from '../../auth/principal';
import type { UploadClaim } from '../alongside';
import { recordChange } from '../audit/service';
import { badInput, type DomainError } from '../errors';
import type { Ports } from '../ports';
import { parseInput } from '../validation';
import { RecordMissingError, type WriteRefusedError } from '../write-refusals';
import { filePolicy } from './policy';
import { MAX_FILE_BYTES, UPLOAD_AUDIT, UPLOAD_TTL_SECONDS, assertUploadMatches, createUploadInput, type PendingUpload } from './rules';
import type { StoredFile } from './stored-file';

const UPLOAD_GONE = '上传的文件已被使用或已过期，请重新上传';

export async function createUpload(principal: Principal, input: unknown, ports: Ports) {
  const caller = authorize(principal, filePolicy.createUpload);
  const { fileName, contentType, size, sha256 } = parseInput(createUploadInput, input);
  const now = ports.now();
  const upload: PendingUpload = {
    id: ports.newId(),
    regionId: caller.regionId,
    name: fileName,
    contentType,
    size,
    sha256,
    uploadedBy: caller.userId,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + UPLOAD_TTL_SECONDS * 1000).toISOString(),
  };
  const audit = recordChange(caller, ports, UPLOAD_AUDIT, {
    operation: 'createUploadUrl',
    recordId: upload.id,
    version: null,
    before: null,
    after: { name: fileName, contentType, size, sha256 },
  });
  await ports.uploads.put(upload, { audit });
  const url = await ports.files.presignUpload(upload.regionId, upload.id, contentType, size, UPLOAD_TTL_SECONDS);
  return { uploadId: upload.id, url, headers: [{ name: 'Content-Type', value: contentType }], expiresAt: upload.expiresAt };
}

/** An upload a use case links, with the input field that named it (for the refusal). */
export interface ClaimedUpload {
  file: StoredFile;
  claim: UploadClaim;
  field: string;
}

/**
 * Checks an arrived upload against what was announced (size, type, SHA-256) and keeps it as a file.
 * The caller links it by passing `claim` in its write's `Alongside.uploads`, which consumes the upload.
 */
export async function claimUpload(principal: RegionPrincipal, uploadId: string, field: string, ports: Ports): Promise<ClaimedUpload> {
  const upload = await ports.uploads.get(principal.regionId, uploadId);
  if (!upload || Date.parse(upload.expiresAt) < ports.now().getTime()) throw badInput(field, UPLOAD_GONE);
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
    claim: { regionId: upload.regionId, uploadId: upload.id },
    field,
  };
}

/** A claimed upload consumed meanwhile (linked twice at once): the user re-uploads, told under its field. */
export function uploadRefusal(claimed: readonly (ClaimedUpload | null | undefined)[], refusal: WriteRefusedError): DomainError | undefined {
  if (!(refusal instanceof RecordMissingError) || refusal.record.type !== 'Upload') return undefined;
  const upload = claimed.find((c) => c?.claim.uploadId === refusal.record.id);
  return badInput(upload?.field ?? 'uploadId', UPLOAD_GONE);
}
