/**
 * Excel files the use cases read and make, whatever the area (members' roster, the three lists): an
 * uploaded .xlsx verified against its announcement before it is read, and a generated one kept for a
 * short download.
 */
import { createHash } from 'node:crypto';
import type { RegionPrincipal } from '../../auth/principal';
import { badInput, DomainError } from '../errors';
import type { Ports } from '../ports';
import { keepGeneratedFile, type GeneratedFile } from './generated-files';
import { assertUploadMatches, MAX_FILE_BYTES, type PendingUpload } from './rules';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const UPLOAD_GONE = '上传的文件已被使用或已过期，请重新上传';

export type { GeneratedFile };

/** A made .xlsx kept under generated/ (a day) with a 10-minute download link. */
export const keepGeneratedWorkbook = (caller: RegionPrincipal, name: string, bytes: Uint8Array, ports: Ports): Promise<GeneratedFile> =>
  keepGeneratedFile(caller, name, bytes, XLSX_CONTENT_TYPE, ports);

/**
 * An uploaded .xlsx of the caller's region, checked against what createUploadUrl announced (size, type,
 * SHA-256, measured on the server), then read by `read` (a workbook port's readGrid). Refusals are
 * BAD_USER_INPUT on `uploadId`: the upload gone or expired, not an .xlsx, not what was announced, or a
 * workbook the reader refuses (its message says what to do).
 */
export async function readUploadedWorkbook<T>(
  caller: RegionPrincipal,
  uploadId: string,
  ports: Ports,
  read: (bytes: Uint8Array) => Promise<T>,
): Promise<{ content: T; upload: PendingUpload }> {
  const upload = await ports.uploads.get(caller.regionId, uploadId);
  if (!upload || Date.parse(upload.expiresAt) < ports.now().getTime()) throw badInput('uploadId', UPLOAD_GONE);
  if (upload.contentType !== XLSX_CONTENT_TYPE) throw badInput('uploadId', '请上传 Excel 文件（.xlsx）；旧版 .xls 请先另存为 .xlsx');
  const arrived = await ports.files.readUpload(caller.regionId, uploadId, MAX_FILE_BYTES);
  const measured = arrived && {
    size: arrived.size,
    contentType: arrived.contentType,
    sha256: arrived.bytes ? createHash('sha256').update(arrived.bytes).digest('hex') : '',
  };
  assertUploadMatches(upload, measured, 'uploadId');
  try {
    return { content: await read(arrived!.bytes!), upload };
  } catch (error) {
    // The workbook's refusals name the file: in this input it is the upload.
    if (error instanceof DomainError && error.code === 'BAD_USER_INPUT') throw badInput('uploadId', error.message);
    throw error;
  }
}
