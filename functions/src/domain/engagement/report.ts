import type { AuditedRecord } from '../audit/audit';

export const REPORT_STATUSES = ['PENDING', 'CONFIRMED', 'DECLINED', 'ENDED'] as const;
export type CommunityReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_STATUS_LABELS: Record<CommunityReportStatus, string> = { PENDING: '待确认', CONFIRMED: '已报到', DECLINED: '未通过', ENDED: '已结束' };

/** PENDING and CONFIRMED reports are active: a member has at most one active report per community. */
export const isActiveReport = (report: Pick<CommunityReport, 'status'>) => report.status === 'PENDING' || report.status === 'CONFIRMED';

/**
 * A member's report to the community where it lives (双报到, 000 art.10; 001 §4(2)). `postsHeld` is a counter the
 * post claims keep (PostStore.claim / leave) without touching `version`; a save never overwrites it.
 */
export interface CommunityReport {
  id: string;
  regionId: string;
  memberId: string;
  memberName: string;
  /** The member's unit when filed: the unit sees where its members reported (000 art.6(4), art.13). */
  memberUnitId: string;
  communityUnitId: string;
  status: CommunityReportStatus;
  note: string | null;
  filedAt: string;
  filedBy: string;
  decidedAt: string | null;
  decidedBy: string | null;
  declineReason: string | null;
  endedAt: string | null;
  endReason: string | null;
  postsHeld: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const REPORT_AUDIT: AuditedRecord = { type: 'CommunityReport', ignoredFields: ['postsHeld'], unitFields: ['memberUnitId', 'communityUnitId'] };
