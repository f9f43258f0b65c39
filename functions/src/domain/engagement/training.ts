import type { AuditedRecord } from '../audit/audit';
import type { MemberRole } from '../members/member';

/** A training a member attended (党员教育培训, 004 art.5, 7); counts when recorded by its unit or the secretariat. */
export interface TrainingRecord {
  id: string;
  regionId: string;
  memberId: string;
  memberName: string;
  memberUnitId: string;
  trainedOn: string;
  year: number;
  hours: number;
  topic: string;
  provider: string | null;
  recordedAt: string;
  recordedBy: string;
}

export const TRAINING_AUDIT: AuditedRecord = { type: 'TrainingRecord', ignoredFields: [], unitFields: ['memberUnitId'] };

/**
 * The yearly minimum (004 art.5, 7): community cadres 40 hours, branch secretaries (and secretaries) 32, every
 * other member 24 — the highest that applies to the member's roles.
 */
export function requiredTrainingHours(roles: readonly MemberRole[]): number {
  if (roles.includes('COMMUNITY_CADRE')) return 40;
  if (roles.includes('BRANCH_SECRETARY') || roles.includes('SECRETARY')) return 32;
  return 24;
}
