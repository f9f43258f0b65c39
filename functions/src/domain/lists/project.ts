import type { AuditedRecord } from '../audit/audit';
import type { StoredFile } from '../files/stored-file';

export const PROJECT_STATUSES = ['SUBMITTED', 'APPROVED', 'IN_PROGRESS', 'ACCEPTED', 'REJECTED', 'CANCELLED'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const PROJECT_STATUS_LABELS: Record<ProjectStatus, string> = {
  SUBMITTED: '申报', APPROVED: '核准', IN_PROGRESS: '实施', ACCEPTED: '验收', REJECTED: '驳回', CANCELLED: '撤销',
};

export const PROJECT_ACTIONS = ['APPROVE', 'REJECT', 'START', 'ACCEPT', 'CANCEL', 'CLAIM', 'REPORT_PROGRESS'] as const;
export type ProjectAction = (typeof PROJECT_ACTIONS)[number];

export type ClaimMode = 'SOLO' | 'JOINT';
export type ClaimKind = 'UNIT' | 'MEMBER' | 'RESOURCE';
export type ClaimStatus = 'ACTIVE' | 'WITHDRAWN';

/** A move of a project's lifecycle, kept on the project (a handful: MAX_PROJECT_HISTORY bounds it). */
export interface ProjectEvent {
  at: string;
  by: string;
  /** The status moved to (SUBMITTED, APPROVED …). */
  action: string;
  from: ProjectStatus | null;
  to: ProjectStatus | null;
  note: string | null;
}

/**
 * A co-building project (项目清单). The claim counters (`unitClaimCount`, `slotsTaken`, `soloUnitId`,
 * `leadUnitId`) are kept by the claim writes (ProjectStore.claim / withdrawClaim) under conditions, without
 * touching `version`; a save of the project never overwrites them.
 */
export interface Project {
  id: string;
  regionId: string;
  year: number;
  title: string;
  description: string | null;
  needIds: string[];
  communityUnitId: string;
  status: ProjectStatus;
  budget: number | null;
  startsOn: string | null;
  targetOn: string | null;
  volunteerSlots: number;
  slotsTaken: number;
  unitClaimCount: number;
  /** The unit of a SOLO claim (then also the lead). */
  soloUnitId: string | null;
  /** The lead (牵头) unit: the SOLO unit, or the JOINT claimant that leads. */
  leadUnitId: string | null;
  /** Set on approval: until then only units paired with the community may claim. */
  claimWindowEndsAt: string | null;
  /** Residents' ratings once accepted: counters the rating writes add to (ProjectStore.rate), never a save. */
  ratingCount: number;
  ratingSum: number;
  acceptanceNote: string | null;
  acceptedAt: string | null;
  statusReason: string | null;
  history: ProjectEvent[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** A claim (认领): a unit's responsibility, a member's volunteer place, or a quantity of a resource. */
export interface Claim {
  /** Carries its project: `{projectId}.{u|m|r}.{unit, member or own id}` (claimId helpers below). */
  id: string;
  regionId: string;
  projectId: string;
  /** The project's year (a unit's claims are listed by year). */
  year: number;
  kind: ClaimKind;
  /** UNIT: the claiming unit; RESOURCE: the offering unit. */
  unitId: string | null;
  mode: ClaimMode | null;
  lead: boolean;
  memberId: string | null;
  memberName: string | null;
  resourceId: string | null;
  quantity: number | null;
  status: ClaimStatus;
  claimedAt: string;
  claimedBy: string;
  withdrawnAt: string | null;
}

/** A unit and a member hold at most one active claim on a project: their claim's id is fixed by who they are. */
export const unitClaimId = (projectId: string, unitId: string) => `${projectId}.u.${unitId}`;
export const memberClaimId = (projectId: string, memberId: string) => `${projectId}.m.${memberId}`;
export const resourceClaimId = (projectId: string, ownId: string) => `${projectId}.r.${ownId}`;

/** The project a claim id belongs to; null when the id is not a claim id. */
export function projectIdOfClaim(claimId: string): string | null {
  const match = /^(.+)\.[umr]\.[^.]+$/.exec(claimId);
  return match ? match[1]! : null;
}

export const claimMode = (project: Pick<Project, 'soloUnitId' | 'unitClaimCount'>): ClaimMode | null =>
  project.soloUnitId ? 'SOLO' : project.unitClaimCount > 0 ? 'JOINT' : null;

/**
 * A progress report (进展) while a project is carried out, with photos and files: items of their own (a project
 * may have many), listed newest first.
 */
export interface ProjectProgress {
  id: string;
  regionId: string;
  projectId: string;
  at: string;
  by: string;
  /** The unit the reporter speaks for (a responsible unit's liaison); null for the secretariat. */
  unitId: string | null;
  note: string;
  files: StoredFile[];
}

/** A resident's rating (1–5) of an accepted project, with a comment; `byCommunity` when the community entered it for them. */
export interface ProjectRating {
  id: string;
  regionId: string;
  projectId: string;
  score: number;
  comment: string | null;
  byCommunity: boolean;
  createdAt: string;
}

export const ratingAverage = (project: Pick<Project, 'ratingCount' | 'ratingSum'>): number | null =>
  project.ratingCount > 0 ? Math.round((project.ratingSum / project.ratingCount) * 10) / 10 : null;

export const PROJECT_AUDIT: AuditedRecord = {
  type: 'Project',
  ignoredFields: ['history', 'slotsTaken', 'unitClaimCount', 'soloUnitId', 'leadUnitId', 'ratingCount', 'ratingSum'],
  unitFields: ['communityUnitId'],
};
export const PROGRESS_AUDIT: AuditedRecord = { type: 'ProjectProgress', ignoredFields: ['files'], unitFields: ['unitId'] };
export const RATING_AUDIT: AuditedRecord = { type: 'ProjectRating', ignoredFields: [], unitFields: [] };
export const CLAIM_AUDIT: AuditedRecord = { type: 'Claim', ignoredFields: [], unitFields: ['unitId'] };
