import type { Alongside } from '../alongside';
import type { EvaluationGrade, UnitGradeCounts } from '../engagement/evaluation';
import { noGrades } from '../engagement/evaluation';
import type {
  Change,
  EngagementRulesStore,
  EvaluationStore,
  PointsStore,
  ServiceRecordFilter,
  ServiceRecordStore,
  TrainingStore,
} from '../engagement/ports';
import { emptyFigures, type Credit, type EngagementRules, type MemberYearFigures, type PointsEntry } from '../engagement/points';
import type { ServiceRecord } from '../engagement/service-record';
import type { TrainingRecord } from '../engagement/training';
import type { Page, PageRequest } from '../paging';
import { AlreadyTakenError, RecordMissingError, StaleVersionError } from '../write-refusals';
import { pageOf } from './memory-paging';
import { copy, keyOf, type MemoryState, type MemoryWrite } from './memory-state';

const serviceRecordRef = (id: string) => ({ type: 'ServiceRecord', id });
const rulesRef = (year: number) => ({ type: 'EngagementRules', id: String(year) });
/** A grade has no id of its own: the member and year name it. */
export const gradeRecordId = (year: number, memberId: string) => `${year}.${memberId}`;
const gradeRef = (grade: Pick<EvaluationGrade, 'year' | 'memberId'>) => ({ type: 'EvaluationGrade', id: gradeRecordId(grade.year, grade.memberId) });

/** As the store's index entries sort them: the year first (the year of `servedOn`, so the order is by `servedOn`). */
const servedOrder = (record: Pick<ServiceRecord, 'year' | 'servedOn' | 'id'>) => `${record.year}#${record.servedOn}#${record.id}`;
const trainedOrder = (training: Pick<TrainingRecord, 'trainedOn' | 'id'>) => `${training.trainedOn}#${training.id}`;
const entryOrder = (entry: Pick<PointsEntry, 'createdAt' | 'id'>) => `${entry.createdAt}#${entry.id}`;

const FIGURE_FIELDS = ['serviceHours', 'trainingHours', 'postMonths', 'meetingsAttended'] as const;

/** DynamoDB adds numbers as exact decimals (0.1 + 0.2 is 0.3 there): so does the twin, to the precision figures use. */
const addExact = (a: number, b: number) => Math.round((a + b) * 1e9) / 1e9;

/**
 * A credit as part of a write (PointsStore.credit's promises): the entry's id not yet taken, then the entry put and
 * the member's figures of the entry's year moved by `credit.figures` and the entry's points (created at zero).
 */
export function creditIn(state: MemoryState, w: MemoryWrite, credit: Credit): void {
  const { entry } = credit;
  const entryKey = keyOf(entry.regionId, entry.id);
  w.require(!state.pointsEntries.has(entryKey), () => new AlreadyTakenError('points-entry', entry.id));
  w.then(() => {
    state.pointsEntries.set(entryKey, copy(entry));
    const figuresKey = keyOf(entry.regionId, String(entry.year), entry.memberId);
    const figures = state.memberYearFigures.get(figuresKey) ?? emptyFigures(entry.regionId, entry.memberId, entry.year);
    for (const field of FIGURE_FIELDS) figures[field] = addExact(figures[field], credit.figures[field] ?? 0);
    figures.points = addExact(figures.points, entry.points);
    state.memberYearFigures.set(figuresKey, figures);
  });
}

/** A credit goes with the record it comes from: the same region (the store writes one region's items at a time). */
function checkCreditRegion(regionId: string, credit: Credit | undefined): void {
  if (credit && credit.entry.regionId !== regionId) throw new Error(`credit ${credit.entry.id} is of region ${credit.entry.regionId}, not ${regionId}`);
}

/** ServiceRecordStore in memory, keeping the promises of store/service-record-repository.ts (record first, then the credit). */
export class MemoryServiceRecordStore implements ServiceRecordStore {
  constructor(private readonly state: MemoryState) {}

  async get(regionId: string, recordId: string): Promise<ServiceRecord | null> {
    return copy(this.state.serviceRecords.get(keyOf(regionId, recordId)) ?? null);
  }

  async list(regionId: string, filter: ServiceRecordFilter, page: PageRequest): Promise<Page<ServiceRecord>> {
    const entries = [...this.state.serviceRecords.values()]
      .filter(
        (r) =>
          r.regionId === regionId &&
          (filter.communityUnitId === undefined || r.communityUnitId === filter.communityUnitId) &&
          (filter.memberUnitId === undefined || r.memberUnitId === filter.memberUnitId) &&
          (filter.memberId === undefined || r.memberId === filter.memberId) &&
          (!filter.status || r.status === filter.status) &&
          (filter.year === undefined || r.year === filter.year),
      )
      .map((r) => ({ key: servedOrder(r), node: copy(r) }));
    const list = ['serviceRecords', filter.communityUnitId ?? null, filter.memberUnitId ?? null, filter.memberId ?? null, filter.status ?? null, filter.year ?? null];
    return pageOf(entries, page, { regionId, list, order: 'descending' });
  }

  file(record: ServiceRecord, alongside: Alongside): Promise<void> {
    return this.state.write((w) => {
      const key = keyOf(record.regionId, record.id);
      w.require(!this.state.serviceRecords.has(key), () => new AlreadyTakenError('service-record-id', record.id));
      w.then(() => this.state.serviceRecords.set(key, copy(record)));
      w.alongside(alongside);
    });
  }

  save(change: Change<ServiceRecord>, alongside: Alongside, credit?: Credit): Promise<void> {
    const { current, next } = change;
    if (next.id !== current.id || next.regionId !== current.regionId || next.memberId !== current.memberId || next.communityUnitId !== current.communityUnitId) {
      throw new Error(`save: service record ${current.id} keeps its id, member and community`);
    }
    checkCreditRegion(current.regionId, credit);
    return this.state.write((w) => {
      const key = keyOf(current.regionId, current.id);
      const stored = this.state.serviceRecords.get(key);
      w.require(stored !== undefined, () => new RecordMissingError(serviceRecordRef(current.id)));
      w.require(!stored || stored.version === current.version, () => new StaleVersionError(serviceRecordRef(current.id)));
      w.then(() => this.state.serviceRecords.set(key, copy(next)));
      if (credit) creditIn(this.state, w, credit);
      w.alongside(alongside);
    });
  }
}

/** TrainingStore in memory (store/training-repository.ts): the training's id first, then its credit. */
export class MemoryTrainingStore implements TrainingStore {
  constructor(private readonly state: MemoryState) {}

  async list(regionId: string, memberId: string, year: number, page: PageRequest): Promise<Page<TrainingRecord>> {
    const entries = [...this.state.trainings.values()]
      .filter((t) => t.regionId === regionId && t.memberId === memberId && t.year === year)
      .map((t) => ({ key: trainedOrder(t), node: copy(t) }));
    return pageOf(entries, page, { regionId, list: ['trainings', memberId, year], order: 'descending' });
  }

  record(training: TrainingRecord, alongside: Alongside, credit: Credit): Promise<void> {
    checkCreditRegion(training.regionId, credit);
    return this.state.write((w) => {
      const key = keyOf(training.regionId, training.id);
      w.require(!this.state.trainings.has(key), () => new AlreadyTakenError('training-id', training.id));
      w.then(() => this.state.trainings.set(key, copy(training)));
      creditIn(this.state, w, credit);
      w.alongside(alongside);
    });
  }
}

/** PointsStore in memory (store/points-repository.ts). */
export class MemoryPointsStore implements PointsStore {
  constructor(private readonly state: MemoryState) {}

  credit(credit: Credit, alongside: Alongside): Promise<void> {
    return this.state.write((w) => {
      creditIn(this.state, w, credit);
      w.alongside(alongside);
    });
  }

  async figures(regionId: string, year: number, memberIds: readonly string[]): Promise<MemberYearFigures[]> {
    return memberIds.map((memberId) => copy(this.state.memberYearFigures.get(keyOf(regionId, String(year), memberId)) ?? emptyFigures(regionId, memberId, year)));
  }

  async entries(regionId: string, memberId: string, year: number, page: PageRequest): Promise<Page<PointsEntry>> {
    const entries = [...this.state.pointsEntries.values()]
      .filter((e) => e.regionId === regionId && e.memberId === memberId && e.year === year)
      .map((e) => ({ key: entryOrder(e), node: copy(e) }));
    return pageOf(entries, page, { regionId, list: ['pointsEntries', memberId, year], order: 'descending' });
  }

  async membersWithFigures(regionId: string, year: number, page: PageRequest): Promise<Page<MemberYearFigures>> {
    const entries = [...this.state.memberYearFigures.values()]
      .filter((f) => f.regionId === regionId && f.year === year)
      .map((f) => ({ key: f.memberId, node: copy(f) }));
    return pageOf(entries, page, { regionId, list: ['membersWithFigures', year], order: 'ascending' });
  }
}

/** EngagementRulesStore in memory (store/engagement-rules-repository.ts): saved at the version read, 0 for none. */
export class MemoryEngagementRulesStore implements EngagementRulesStore {
  constructor(private readonly state: MemoryState) {}

  async get(regionId: string, year: number): Promise<EngagementRules | null> {
    return copy(this.state.engagementRules.get(keyOf(regionId, String(year))) ?? null);
  }

  save(rules: EngagementRules, expectedVersion: number, alongside: Alongside): Promise<void> {
    return this.state.write((w) => {
      const key = keyOf(rules.regionId, String(rules.year));
      const stored = this.state.engagementRules.get(key);
      w.require((stored?.version ?? 0) === expectedVersion, () => new StaleVersionError(rulesRef(rules.year)));
      w.then(() => this.state.engagementRules.set(key, copy(rules)));
      w.alongside(alongside);
    });
  }
}

/** EvaluationStore in memory (store/evaluation-repository.ts): the grade at the version read, and the units' counts moved with it. */
export class MemoryEvaluationStore implements EvaluationStore {
  constructor(private readonly state: MemoryState) {}

  async getMany(regionId: string, year: number, memberIds: readonly string[]): Promise<(EvaluationGrade | null)[]> {
    return memberIds.map((memberId) => copy(this.state.evaluationGrades.get(keyOf(regionId, String(year), memberId)) ?? null));
  }

  save(change: { current: EvaluationGrade | null; next: EvaluationGrade }, alongside: Alongside): Promise<void> {
    const { current, next } = change;
    if (current && (current.regionId !== next.regionId || current.memberId !== next.memberId || current.year !== next.year)) {
      throw new Error(`save: grade ${gradeRecordId(current.year, current.memberId)} keeps its member and year`);
    }
    return this.state.write((w) => {
      const key = keyOf(next.regionId, String(next.year), next.memberId);
      const stored = this.state.evaluationGrades.get(key);
      if (current === null) {
        w.require(stored === undefined, () => new AlreadyTakenError('evaluation-grade', gradeRecordId(next.year, next.memberId)));
      } else {
        w.require(stored !== undefined, () => new RecordMissingError(gradeRef(current)));
        w.require(!stored || stored.version === current.version, () => new StaleVersionError(gradeRef(current)));
      }
      w.then(() => {
        this.state.evaluationGrades.set(key, copy(next));
        if (current) this.moveCount(current.regionId, current.year, current.unitId, current.grade, -1);
        this.moveCount(next.regionId, next.year, next.unitId, next.grade, 1);
      });
      w.alongside(alongside);
    });
  }

  async unitCounts(regionId: string, year: number, unitIds: readonly string[]): Promise<UnitGradeCounts[]> {
    return unitIds.map((unitId) => copy(this.state.unitGradeCounts.get(keyOf(regionId, String(year), unitId)) ?? noGrades()));
  }

  private moveCount(regionId: string, year: number, unitId: string, grade: keyof UnitGradeCounts, by: number): void {
    const key = keyOf(regionId, String(year), unitId);
    const counts = this.state.unitGradeCounts.get(key) ?? noGrades();
    counts[grade] += by;
    this.state.unitGradeCounts.set(key, counts);
  }
}
