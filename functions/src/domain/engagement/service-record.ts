import type { AuditedRecord } from '../audit/audit';

export const SERVICE_RECORD_STATUSES = ['PENDING', 'CONFIRMED', 'DECLINED'] as const;
export type ServiceRecordStatus = (typeof SERVICE_RECORD_STATUSES)[number];
export const SERVICE_RECORD_STATUS_LABELS: Record<ServiceRecordStatus, string> = { PENDING: '待确认', CONFIRMED: '已确认', DECLINED: '未通过' };

/**
 * A member's volunteer service (志愿服务) in a community: filed by the member or for it, counted only once the
 * community confirms it (its hours go to the member's year figures and points ledger in the confirming write).
 */
export interface ServiceRecord {
  id: string;
  regionId: string;
  memberId: string;
  memberName: string;
  /** The member's unit when filed: it sees what its members did (000 art.6(4), art.13). */
  memberUnitId: string;
  /** The community where the member served: it confirms. */
  communityUnitId: string;
  servedOn: string;
  /** The year the hours count for (of `servedOn`). */
  year: number;
  hours: number;
  description: string;
  place: string | null;
  postId: string | null;
  projectId: string | null;
  status: ServiceRecordStatus;
  filedAt: string;
  filedBy: string;
  decidedAt: string | null;
  decidedBy: string | null;
  declineReason: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const SERVICE_RECORD_AUDIT: AuditedRecord = { type: 'ServiceRecord', ignoredFields: [], unitFields: ['memberUnitId', 'communityUnitId'] };
