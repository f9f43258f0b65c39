import type { AuditedRecord } from '../audit/audit';

/** What the secretariat publishes (公示): the three lists, and the resolutions (决议) of approved meetings. */
export const PUBLISHABLE_TYPES = ['NEED', 'RESOURCE', 'PROJECT', 'RESOLUTION'] as const;
export type PublishableType = (typeof PUBLISHABLE_TYPES)[number];
export const PUBLISHABLE_TYPE_LABELS: Record<PublishableType, string> = { NEED: '需求清单', RESOURCE: '资源清单', PROJECT: '项目清单', RESOLUTION: '会议决议' };

/**
 * That a record is published: its own item, written and deleted with the audit entry, so the public page reads
 * only records that have one (an unpublished record disappears at once). `title` is kept for the public search.
 */
export interface Publication {
  regionId: string;
  recordType: PublishableType;
  recordId: string;
  year: number;
  title: string;
  publishedAt: string;
  publishedBy: string;
}

/** A region publishes at most this many records of a type and year: the public lists and searches stay bounded reads. */
export const MAX_PUBLISHED_PER_YEAR = 1000;

export const PUBLICATION_AUDIT: AuditedRecord = { type: 'Publication', ignoredFields: [], unitFields: [] };
