/**
 * Evaluation grades (民主评议): one per member and year, and each unit's counts of a year by grade (kept on write).
 *
 * | item                                  | pk                           | sk         |
 * |---------------------------------------|------------------------------|------------|
 * | a member's grade of a year            | R#{r}#GRADE#{member}         | Y#{year}   |
 * | a unit's grade counts of a year       | R#{r}#GRADECOUNTS#{unit}     | Y#{year}   |
 *
 * No index: grades are read by member (getMany, for the members of a unit the roster lists), counts by unit. Each
 * grade is a top-level number of the counts item (`EXCELLENT` …), moved by ADD without the item existing first.
 */
import { EVALUATION_GRADES, noGrades, type EvaluationGrade, type UnitGradeCounts } from '../../domain/engagement/evaluation';
import { pickFields } from '../item-fields';
import { regionRoot, type PrimaryKey } from '../keys';

export const EVALUATION_GRADE_TYPE = 'EVALUATION_GRADE';
export const UNIT_GRADE_COUNTS_TYPE = 'UNIT_GRADE_COUNTS';

export const evaluationGradeKey = (regionId: string, memberId: string, year: number): PrimaryKey => ({ pk: `${regionRoot(regionId)}#GRADE#${memberId}`, sk: `Y#${year}` });
export const unitGradeCountsKey = (regionId: string, unitId: string, year: number): PrimaryKey => ({
  pk: `${regionRoot(regionId)}#GRADECOUNTS#${unitId}`,
  sk: `Y#${year}`,
});

const GRADE_FIELDS = [
  'regionId', 'memberId', 'memberName', 'unitId', 'year', 'grade', 'comment', 'reason', 'gradedAt', 'gradedBy', 'version',
] as const satisfies readonly (keyof EvaluationGrade)[];

export const evaluationGradeToItem = (grade: EvaluationGrade) => ({ ...evaluationGradeKey(grade.regionId, grade.memberId, grade.year), type: EVALUATION_GRADE_TYPE, ...grade });

export function evaluationGradeFromItem(item: Record<string, unknown>): EvaluationGrade {
  const grade = pickFields<EvaluationGrade>(item, GRADE_FIELDS);
  grade.year = Number(grade.year);
  grade.version = Number(grade.version);
  return grade;
}

export function unitGradeCountsFromItem(item: Record<string, unknown>): UnitGradeCounts {
  const counts = noGrades();
  for (const grade of EVALUATION_GRADES) counts[grade] = Number(item[grade] ?? 0);
  return counts;
}
