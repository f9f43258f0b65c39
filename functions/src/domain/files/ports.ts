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
  /** What the bucket holds under a kept file's key (size, SHA-256 of the bytes, streamed); null when it is gone. */
  measureFile(fileKey: string): Promise<{ size: number; sha256: string } | null>;
  /** Keeps a verified upload as a file; returns the key the record stores. */
  keepUpload(regionId: string, uploadId: string): Promise<string>;
  /** The bytes that arrived for an upload (at most `maxBytes`: a larger object is not read, null bytes); null when nothing did. */
  readUpload(regionId: string, uploadId: string, maxBytes: number): Promise<{ bytes: Uint8Array | null; size: number; contentType: string | undefined } | null>;
  /** Removes what arrived for an upload that is read and not kept (a roster file: personal data). */
  discardUpload(regionId: string, uploadId: string): Promise<void>;
  /** Working data of a long task (a member import's sealed rows), by owner and part; kept until deleted. */
  savePayload(regionId: string, owner: string, part: string, body: string): Promise<void>;
  loadPayload(regionId: string, owner: string, part: string): Promise<string | null>;
  deletePayloads(regionId: string, owner: string, parts: readonly string[]): Promise<void>;
  /** A file the product made and keeps for good (a meeting's documents filed into the archive); returns its key. */
  keepFile(regionId: string, id: string, bytes: Uint8Array, contentType: string): Promise<string>;
  /** Removes kept files (under files/; any other key is refused) for good; an absent one is no error. */
  deleteFiles(fileKeys: readonly string[]): Promise<void>;
  /** A file made on request (template, export), kept for a day to be downloaded; returns its key. */
  keepGenerated(regionId: string, id: string, bytes: Uint8Array, contentType: string): Promise<string>;
}
