/** Limits the API states for createUploadUrl (schema/files.graphql). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

const TYPES_BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Every extension the API takes; a field may narrow it (the roster import takes only .xlsx). */
export const ALL_EXTENSIONS: readonly string[] = Object.keys(TYPES_BY_EXTENSION);

/** For the file input's `accept`. */
export const acceptAttribute = (extensions: readonly string[] = ALL_EXTENSIONS): string => extensions.map((e) => `.${e}`).join(',');

/**
 * The content type to declare, or null for a file of another kind: the extension decides, because browsers
 * leave `File.type` empty for some.
 */
export function contentTypeOf(file: File, extensions: readonly string[] = ALL_EXTENSIONS): string | null {
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  return extensions.includes(extension) ? (TYPES_BY_EXTENSION[extension] ?? null) : null;
}

/** Hex SHA-256 of the bytes; the server checks the arrived object against it. */
export async function sha256Hex(file: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export class UploadTransferError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'UploadTransferError';
  }
}

/**
 * PUTs the bytes to the presigned URL with the headers the API asked for. XMLHttpRequest rather than
 * fetch because only it reports upload progress.
 */
export function putWithProgress(
  url: string,
  headers: readonly { name: string; value: string }[],
  body: Blob,
  onProgress: (percent: number) => void,
  signal?: AbortSignal,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', url);
    for (const header of headers) xhr.setRequestHeader(header.name, header.value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) resolve();
      else reject(new UploadTransferError(`HTTP ${xhr.status}`, xhr.status));
    };
    xhr.onerror = () => reject(new UploadTransferError('network error', 0));
    xhr.onabort = () => reject(new UploadTransferError('aborted', 0));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(body);
  });
}
