/**
 * What a file is before exceljs opens it. exceljs inflates every part of the zip into memory before it
 * parses a row, so the parts' sizes, as the zip's central directory declares them, are checked first.
 */
import { DomainError } from '../domain/errors';

/** A spreadsheet the clerk can fix: the message says what to do (BAD_USER_INPUT on the `file` field). */
export class WorkbookRefusedError extends DomainError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('BAD_USER_INPUT', message, 'file', options);
    this.name = 'WorkbookRefusedError';
  }
}

const ZIP_LOCAL_HEADER = 0x04034b50;
const ZIP_END_OF_DIRECTORY = 0x06054b50;
const ZIP_DIRECTORY_ENTRY = 0x02014b50;
/** Old binary Excel (.xls) and other OLE2 compound files. */
const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export interface ZipEntry {
  name: string;
  /** As declared; 0xFFFFFFFF when the real size is in a ZIP64 record (never so for a roster). */
  uncompressedSize: number;
}

/** The entries a zip's central directory lists, or null when the buffer is no readable zip. */
export function zipEntries(buffer: Buffer): ZipEntry[] | null {
  const lowest = Math.max(0, buffer.length - 22 - 0xffff);
  let end = -1;
  for (let i = buffer.length - 22; i >= lowest; i -= 1) {
    if (buffer.readUInt32LE(i) === ZIP_END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = buffer.readUInt16LE(end + 10);
  let position = buffer.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n += 1) {
    if (position + 46 > buffer.length || buffer.readUInt32LE(position) !== ZIP_DIRECTORY_ENTRY) return null;
    const nameLength = buffer.readUInt16LE(position + 28);
    const next = position + 46 + nameLength + buffer.readUInt16LE(position + 30) + buffer.readUInt16LE(position + 32);
    if (next > buffer.length) return null;
    entries.push({ name: buffer.toString('utf8', position + 46, position + 46 + nameLength), uncompressedSize: buffer.readUInt32LE(position + 24) });
    position = next;
  }
  return entries;
}

const megabytes = (bytes: number) => Math.ceil(bytes / 1024 / 1024);

/**
 * Refuses, with what to do, a file that is not an .xlsx workbook (an .xls, a CSV, another zip) or whose
 * parts would inflate beyond `maxInflatedBytes`.
 */
export function assertXlsxContainer(buffer: Buffer, maxInflatedBytes: number, tooLargeHint: string): void {
  if (buffer.subarray(0, OLE2_MAGIC.length).equals(OLE2_MAGIC)) {
    throw new WorkbookRefusedError('这是旧版 Excel 文件（.xls）；请在 Excel 中“另存为” Excel 工作簿（.xlsx）后再上传');
  }
  const entries = buffer.length >= 4 && buffer.readUInt32LE(0) === ZIP_LOCAL_HEADER ? zipEntries(buffer) : null;
  if (!entries) throw new WorkbookRefusedError('文件不是 Excel 工作簿（.xlsx）或已损坏；请在 Excel 中另存为 .xlsx 后再上传');
  if (!entries.some((entry) => entry.name.replace(/^\//, '') === 'xl/workbook.xml')) {
    throw new WorkbookRefusedError('文件不是 Excel 工作簿（.xlsx）；请在 Excel 中另存为 .xlsx 后再上传');
  }
  const inflated = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (inflated > maxInflatedBytes) {
    throw new WorkbookRefusedError(
      `文件内容过大（解压后约 ${megabytes(inflated)} MB，上限 ${megabytes(maxInflatedBytes)} MB）；${tooLargeHint}`,
    );
  }
}
