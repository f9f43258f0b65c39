import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Alongside } from '../domain/alongside';
import type { EvaluationGrade, EvaluationGradeValue, UnitGradeCounts } from '../domain/engagement/evaluation';
import { noGrades } from '../domain/engagement/evaluation';
import type { EvaluationStore } from '../domain/engagement/ports';
import { AlreadyTakenError, RecordMissingError, StaleVersionError } from '../domain/write-refusals';
import { getInOrder } from './batch-get';
import { evaluationGradeFromItem, evaluationGradeKey, evaluationGradeToItem, UNIT_GRADE_COUNTS_TYPE, unitGradeCountsFromItem, unitGradeCountsKey } from './entities/evaluation';
import { alongsideSteps, transactWrite, type TransactStep } from './transact';

/** A grade has no id of its own: its year and member name it. */
const gradeRecordId = (year: number, memberId: string) => `${year}.${memberId}`;
const gradeRef = (grade: Pick<EvaluationGrade, 'year' | 'memberId'>) => ({ type: 'EvaluationGrade', id: gradeRecordId(grade.year, grade.memberId) });

/**
 * Evaluation grades and the units' counts (entities/evaluation.ts). A save is one transaction: the grade put at
 * the version read (or where none is), the counts moved by ADD, the audit entry.
 */
export class EvaluationRepository implements EvaluationStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  getMany(regionId: string, year: number, memberIds: readonly string[]): Promise<(EvaluationGrade | null)[]> {
    return getInOrder(this.client, this.tableName, memberIds.map((id) => evaluationGradeKey(regionId, id, year)), evaluationGradeFromItem);
  }

  async save(change: { current: EvaluationGrade | null; next: EvaluationGrade }, alongside: Alongside): Promise<void> {
    const { current, next } = change;
    if (current && (current.regionId !== next.regionId || current.memberId !== next.memberId || current.year !== next.year)) {
      throw new Error(`save: grade ${gradeRecordId(current.year, current.memberId)} keeps its member and year`);
    }
    const gradeStep: TransactStep = current
      ? {
          item: {
            Put: {
              TableName: this.tableName,
              Item: evaluationGradeToItem(next),
              ConditionExpression: '#version = :version',
              ExpressionAttributeNames: { '#version': 'version' },
              ExpressionAttributeValues: { ':version': current.version },
            },
          },
          onConditionFailed: (old) => (old ? new StaleVersionError(gradeRef(current)) : new RecordMissingError(gradeRef(current))),
        }
      : {
          item: { Put: { TableName: this.tableName, Item: evaluationGradeToItem(next), ConditionExpression: 'attribute_not_exists(pk)' } },
          onConditionFailed: () => new AlreadyTakenError('evaluation-grade', gradeRecordId(next.year, next.memberId)),
        };
    await transactWrite(this.client, [
      gradeStep,
      ...this.countSteps(next.regionId, next.year, [
        ...(current ? [{ unitId: current.unitId, grade: current.grade, by: -1 }] : []),
        { unitId: next.unitId, grade: next.grade, by: 1 },
      ]),
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  async unitCounts(regionId: string, year: number, unitIds: readonly string[]): Promise<UnitGradeCounts[]> {
    const found = await getInOrder(this.client, this.tableName, unitIds.map((id) => unitGradeCountsKey(regionId, id, year)), unitGradeCountsFromItem);
    return found.map((counts) => counts ?? noGrades());
  }

  /**
   * One ADD per unit whose counts move (a transaction touches an item once): a change within one unit is a single
   * update of both grades, or none when the grade stays.
   */
  private countSteps(regionId: string, year: number, moves: { unitId: string; grade: EvaluationGradeValue; by: number }[]): TransactStep[] {
    const byUnit = new Map<string, Map<EvaluationGradeValue, number>>();
    for (const { unitId, grade, by } of moves) {
      const grades = byUnit.get(unitId) ?? new Map<EvaluationGradeValue, number>();
      grades.set(grade, (grades.get(grade) ?? 0) + by);
      byUnit.set(unitId, grades);
    }
    const steps: TransactStep[] = [];
    for (const [unitId, grades] of byUnit) {
      const moved = [...grades].filter(([, by]) => by !== 0);
      if (moved.length === 0) continue;
      const names: Record<string, string> = { '#type': 'type' };
      const values: Record<string, unknown> = { ':type': UNIT_GRADE_COUNTS_TYPE };
      const adds = moved.map(([grade, by], i) => {
        names[`#g${i}`] = grade;
        values[`:g${i}`] = by;
        return `#g${i} :g${i}`;
      });
      steps.push({
        item: {
          Update: {
            TableName: this.tableName,
            Key: unitGradeCountsKey(regionId, unitId, year),
            UpdateExpression: `SET #type = :type ADD ${adds.join(', ')}`,
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: values,
          },
        },
      });
    }
    return steps;
  }
}
