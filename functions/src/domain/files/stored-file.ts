/** Metadata of a file kept in the files bucket, stored on the record it belongs to. */
export interface StoredFile {
  key: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedBy: string;
  uploadedAt: string;
}
