import type { EvaluationGradeValue, PointsKind, ServiceRecordStatus } from '../../gql/graphql';
import type { MessageKey } from '../../i18n';

/** Dictionary keys of the area's enums: the template types make the compiler check each value has a label. */
export const recordLabel = {
  serviceStatus: (v: ServiceRecordStatus): MessageKey => `enum.serviceRecordStatus.${v}`,
  pointsKind: (v: PointsKind): MessageKey => `enum.pointsKind.${v}`,
  grade: (v: EvaluationGradeValue): MessageKey => `enum.evaluationGrade.${v}`,
};

export const SERVICE_RECORD_STATUSES: readonly ServiceRecordStatus[] = ['PENDING', 'CONFIRMED', 'DECLINED'];

/** Best first: a row's `maxGrade` allows itself and the grades after it. */
export const EVALUATION_GRADES: readonly EvaluationGradeValue[] = ['EXCELLENT', 'QUALIFIED', 'BASICALLY_QUALIFIED', 'UNQUALIFIED'];

export const gradeAllowed = (grade: EvaluationGradeValue, cap: EvaluationGradeValue): boolean =>
  EVALUATION_GRADES.indexOf(grade) >= EVALUATION_GRADES.indexOf(cap);

/** Tag colours of the statuses. */
export const SERVICE_STATUS_COLOR: Record<ServiceRecordStatus, string> = { PENDING: 'gold', CONFIRMED: 'green', DECLINED: 'red' };

/** Hours are counted in halves (the API refuses anything else): 0.5 to 24. */
export const HOURS = { min: 0.5, max: 24, step: 0.5 } as const;
export const isHalfHour = (value: number): boolean => Number.isInteger(value * 2);
