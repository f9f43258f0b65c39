import { z } from 'zod';
import type { AuditedRecord } from '../audit/audit';
import { badInput } from '../errors';
import { requiredText } from '../validation';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** How long a presigned upload stays open, and the pending upload with it. */
export const UPLOAD_TTL_SECONDS = 15 * 60;

/** Scans of signed forms, photos and office documents: what the paper process produces. */
export const ALLOWED_CONTENT_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const;

export interface PendingUpload {
  id: string;
  regionId: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedBy: string;
  createdAt: string;
  expiresAt: string;
}

/** Announced uploads in the audit trail, beside the units and pairings that describe themselves. */
export const UPLOAD_AUDIT: AuditedRecord = { type: 'Upload', ignoredFields: [], unitFields: [] };

export const createUploadInput = z.object({
  fileName: requiredText(200, '文件名').refine((s) => !/[\\/\u0000-\u001f]/.test(s), '文件名不能包含路径或控制字符'),
  contentType: z.enum(ALLOWED_CONTENT_TYPES, {
    errorMap: () => ({ message: '只能上传 PDF、JPG、PNG、Word 或 Excel 文件' }),
  }),
  size: z.number().int('文件大小无效').min(1, '文件不能为空').max(MAX_FILE_BYTES, '文件不能超过 20 MB'),
  sha256: z
    .string()
    .transform((s) => s.toLowerCase())
    .pipe(z.string().regex(/^[0-9a-f]{64}$/, 'sha256 须为 64 位十六进制')),
});
export type CreateUploadInput = z.infer<typeof createUploadInput>;

/** What actually arrived in the bucket, measured on the server. */
export interface ArrivedObject {
  size: number;
  contentType: string | undefined;
  sha256: string;
}

/** The emulator checks no signed headers, so correctness rests on this check, here and in the cloud. */
export function assertUploadMatches(upload: PendingUpload, arrived: ArrivedObject | null, field: string): void {
  if (!arrived) throw badInput(field, '文件尚未上传完成，请重新上传');
  if (arrived.size !== upload.size) throw badInput(field, '上传的文件大小与声明不符，请重新上传');
  if (arrived.contentType !== upload.contentType) throw badInput(field, '上传的文件类型与声明不符，请重新上传');
  if (arrived.sha256 !== upload.sha256) throw badInput(field, '上传的文件校验失败（SHA-256 不符），请重新上传');
}
