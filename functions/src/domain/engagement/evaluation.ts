import type { AuditedRecord } from '../audit/audit';

/** 民主评议党员 (004 art.15): one grade per member and year, entered by the member's unit. */
export const EVALUATION_GRADES = ['EXCELLENT', 'QUALIFIED', 'BASICALLY_QUALIFIED', 'UNQUALIFIED'] as const;
export type EvaluationGradeValue = (typeof EVALUATION_GRADES)[number];
export const EVALUATION_GRADE_LABELS: Record<EvaluationGradeValue, string> = {
  EXCELLENT: '优秀', QUALIFIED: '合格', BASICALLY_QUALIFIED: '基本合格', UNQUALIFIED: '不合格',
};

export interface EvaluationGrade {
  regionId: string;
  memberId: string;
  memberName: string;
  /** The member's unit when graded: its figures count the grade. */
  unitId: string;
  year: number;
  grade: EvaluationGradeValue;
  comment: string | null;
  /** Required for UNQUALIFIED. */
  reason: string | null;
  gradedAt: string;
  gradedBy: string;
  version: number;
}

export const EVALUATION_AUDIT: AuditedRecord = { type: 'EvaluationGrade', ignoredFields: [], unitFields: ['unitId'] };

/** A unit's grades of a year, by grade (kept on write). */
export type UnitGradeCounts = Record<EvaluationGradeValue, number>;
export const noGrades = (): UnitGradeCounts => ({ EXCELLENT: 0, QUALIFIED: 0, BASICALLY_QUALIFIED: 0, UNQUALIFIED: 0 });

/** Grades from best to worst: a cap allows its own and the worse ones. */
export const gradeAllowed = (grade: EvaluationGradeValue, cap: EvaluationGradeValue) => EVALUATION_GRADES.indexOf(grade) >= EVALUATION_GRADES.indexOf(cap);
