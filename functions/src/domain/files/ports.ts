import type { Alongside } from '../alongside';
import type { ArrivedObject, PendingUpload } from './rules';

/** Uploads announced by createUploadUrl and not yet linked to a record; they expire by themselves. */
export interface UploadStore {
  /** Keeps the announced upload with its audit entry. */
  put(upload: PendingUpload, alongside: Alongside): Promise<void>;
  get(regionId: string, uploadId: string): Promise<PendingUpload | null>;
}

/**
 * The files bucket. Uploads land under their own key; only a verified upload is kept as a file. A
 * change links an upload by naming it in `Alongside.uploads`: the write consumes the pending upload
 * (refused with RecordMissingError {type: 'Upload'} when it is gone), so one upload links once.
 */
export interface FileStore {
  presignUpload(regionId: string, uploadId: string, contentType: string, size: number, expiresInSeconds: number): Promise<string>;
  presignDownload(fileKey: string, fileName: string): Promise<string>;
  /** What arrived for an upload (size, type, SHA-256 of the bytes); null when nothing did. */
  measureUpload(regionId: string, uploadId: string, maxBytes: number): Promise<ArrivedObject | null>;
  /** Keeps a verified upload as a file; returns the key the record stores. */
  keepUpload(regionId: string, uploadId: string): Promise<string>;
}
