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
 * A record's files after an edit: those it has kept by name (`keepFileNames` omitted keeps every one, [] none; a name
 * it does not have is refused at its place), then the new uploads claimed (`fileUploadIds.N`); at most `max` in all,
 * and no two of one name. `label` names the files in the messages (纪要附件, 会议材料).
 */
export async function editFiles(
  caller: RegionPrincipal,
  edit: { current: readonly StoredFile[]; keepFileNames?: readonly string[] | null; fileUploadIds?: readonly string[] | null },
  rules: { max: number; label: string },
  ports: Ports,
): Promise<{ files: StoredFile[]; claimed: ClaimedUpload[] }> {
  const names = edit.keepFileNames;
  const kept = names == null
    ? [...edit.current]
    : [...new Set(names)].map((name) => {
        const file = edit.current.find((f) => f.name === name);
        if (!file) throw badInput(`keepFileNames.${names.indexOf(name)}`, `原有${rules.label}中没有“${name}”`);
        return file;
      });
  const uploadIds = edit.fileUploadIds ?? [];
  if (kept.length + uploadIds.length > rules.max) throw badInput('fileUploadIds', `${rules.label}最多 ${rules.max} 个`);
  const claimed = await Promise.all(uploadIds.map((uploadId, i) => claimUpload(caller, uploadId, `fileUploadIds.${i}`, ports)));
  const taken = new Set(kept.map((f) => f.name));
  for (const c of claimed) {
    if (taken.has(c.file.name)) throw badInput(c.field, `${rules.label}“${c.file.name}”与已有文件重名，请改名后上传`);
    taken.add(c.file.name);
  }
  return { files: [...kept, ...claimed.map((c) => c.file)], claimed };
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
