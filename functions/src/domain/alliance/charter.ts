import type { AuditedRecord } from '../audit/audit';
import type { StoredFile } from '../files/stored-file';

/**
 * The alliance's charter (章程, 000 art.14; 002 art.11(1): the member congress makes and revises it): a file kept with
 * its versions. Each adopted text is a new version, numbered 1, 2, 3 … in the region; the newest is the current one.
 */
export interface CharterVersion {
  id: string;
  regionId: string;
  /** 1, 2, 3 … in the region: never shared, never skipped (a counter item guards it). */
  number: number;
  title: string;
  /** 通过日期: the day the text was adopted (not in the future). */
  adoptedOn: string;
  /** Who adopted it (会员大会, 理事会 …). */
  adoptedBy: string | null;
  note: string | null;
  file: StoredFile;
  createdAt: string;
  /** The display name of who uploaded it. */
  createdBy: string;
}

export const CHARTER_VERSION_AUDIT: AuditedRecord = { type: 'CharterVersion', ignoredFields: ['file'], unitFields: [] };
