import type { AuditedRecord } from '../audit/audit';

/**
 * A region's rules for one year (积分规则, 004 art.11): points per confirmed service hour, per meeting attended, per
 * month a post was held, per training hour; the points for 1–5 stars (星级党员) and the service hours for 1–5
 * volunteer stars (星级志愿者, the national volunteer system's 100/300/600/1,000/1,500 by default); and whether an
 * in-service member without a confirmed community report may be graded above 基本合格. Versioned per year: a
 * year's rules change only that year's points, and only through an explicit recompute.
 */
export interface EngagementRules {
  regionId: string;
  year: number;
  pointsPerServiceHour: number;
  pointsPerMeeting: number;
  pointsPerPostMonth: number;
  pointsPerTrainingHour: number;
  /** Ascending: the points for 1, 2, … stars. */
  starPoints: number[];
  /** Ascending: the service hours for 1, 2, … volunteer stars. */
  volunteerStarHours: number[];
  capGradeWithoutReport: boolean;
  /** 0 while the year still has the defaults (nothing saved). */
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

export const ENGAGEMENT_RULES_AUDIT: AuditedRecord = { type: 'EngagementRules', ignoredFields: [], unitFields: [] };

export function defaultRules(regionId: string, year: number): EngagementRules {
  return {
    regionId,
    year,
    pointsPerServiceHour: 1,
    pointsPerMeeting: 2,
    pointsPerPostMonth: 2,
    pointsPerTrainingHour: 1,
    starPoints: [20, 40, 60, 80, 100],
    volunteerStarHours: [100, 300, 600, 1000, 1500],
    capGradeWithoutReport: false,
    version: 0,
    updatedAt: null,
    updatedBy: null,
  };
}

/** What earns points; ADJUSTMENT is a secretariat's deduction or correction; RECOMPUTE moves a source's points to new rules. */
export const POINTS_KINDS = ['SERVICE', 'TRAINING', 'POST', 'MEETING', 'ADJUSTMENT', 'RECOMPUTE'] as const;
export type PointsKind = (typeof POINTS_KINDS)[number];
export const POINTS_KIND_LABELS: Record<PointsKind, string> = {
  SERVICE: '志愿服务', TRAINING: '学习培训', POST: '认岗履职', MEETING: '参加会议', ADJUSTMENT: '加减分', RECOMPUTE: '规则调整重算',
};

/**
 * One line of a member's points ledger (积分台账): never edited; a correction is a new entry. An entry from a
 * record (SERVICE, TRAINING, POST, MEETING) has the id `pointsEntryId(kind, sourceId)`, so a record credits once;
 * RECOMPUTE entries name the same `sourceId` with the `kind` of what they correct in `correcting`.
 */
export interface PointsEntry {
  id: string;
  regionId: string;
  memberId: string;
  year: number;
  kind: PointsKind;
  /** For RECOMPUTE: the kind of the source it corrects. */
  correcting: PointsKind | null;
  /** The record the points come from (service record, training, post, meeting); null for an adjustment. */
  sourceId: string | null;
  /** What the points were counted from: hours, months, meetings (null for an adjustment). */
  basis: number | null;
  points: number;
  reason: string;
  /** The rules' version the points follow (0: the defaults). */
  rulesVersion: number;
  createdAt: string;
  createdBy: string;
}

export const pointsEntryId = (kind: PointsKind, sourceId: string) => `${kind}.${sourceId}`;
/** A recompute's correction of one member's points from one source at one rules version: written once. */
export const recomputeEntryId = (kind: PointsKind, sourceId: string, memberId: string, rulesVersion: number) =>
  `RECOMPUTE.v${rulesVersion}.${kind}.${sourceId}.${memberId}`;

export const POINTS_AUDIT: AuditedRecord = { type: 'PointsEntry', ignoredFields: [], unitFields: [] };

/** The rate the rules give a kind that comes from a record. */
export function rateOf(rules: EngagementRules, kind: PointsKind): number {
  switch (kind) {
    case 'SERVICE': return rules.pointsPerServiceHour;
    case 'TRAINING': return rules.pointsPerTrainingHour;
    case 'POST': return rules.pointsPerPostMonth;
    case 'MEETING': return rules.pointsPerMeeting;
    default: return 0;
  }
}

/** Points rounded to one decimal (half hours times a rate). */
export const roundPoints = (points: number) => Math.round(points * 10) / 10;

/**
 * A member's figures of one year, kept on write: a confirmed service adds its hours, a training its hours, a post
 * left its months, every ledger entry its points. One record per member and year; absent reads as zeros.
 */
export interface MemberYearFigures {
  regionId: string;
  memberId: string;
  year: number;
  serviceHours: number;
  trainingHours: number;
  postMonths: number;
  meetingsAttended: number;
  points: number;
}

export const emptyFigures = (regionId: string, memberId: string, year: number): MemberYearFigures => ({
  regionId, memberId, year, serviceHours: 0, trainingHours: 0, postMonths: 0, meetingsAttended: 0, points: 0,
});

/** What one write credits a member: its figures move by `figures` (points: the entry's), the entry joins the ledger. */
export interface Credit {
  figures: Partial<Pick<MemberYearFigures, 'serviceHours' | 'trainingHours' | 'postMonths' | 'meetingsAttended'>>;
  entry: PointsEntry;
}

/** Stars (0–5) reached: how many thresholds `value` meets. */
export const starsFor = (value: number, thresholds: readonly number[]) => thresholds.filter((t) => value >= t).length;

/** The next threshold above `value`, or null at the top. */
export const nextThreshold = (value: number, thresholds: readonly number[]) => thresholds.find((t) => value < t) ?? null;

/** Full months (30 days) a post was held, from the claim to the leaving. */
export function monthsHeld(claimedAt: string, leftAt: string): number {
  const days = (Date.parse(leftAt) - Date.parse(claimedAt)) / 86_400_000;
  return Math.max(0, Math.floor(days / 30));
}
