import type { Alongside, Change } from '../alongside';
import type { Page, PageRequest } from '../paging';
import type { Post, PostHolder } from './post';
import type { EvaluationGrade, UnitGradeCounts } from './evaluation';
import type { Credit, EngagementRules, MemberYearFigures, PointsEntry } from './points';
import type { CommunityReport, CommunityReportStatus } from './report';
import type { ServiceRecord, ServiceRecordStatus } from './service-record';
import type { TrainingRecord } from './training';

/** Reports newest first (by `filedAt`), of exactly one of: a community, a member's unit, a member; `status` combines. */
export type ReportFilter =
  | { communityUnitId: string; memberUnitId?: undefined; memberId?: undefined; status?: CommunityReportStatus }
  | { memberUnitId: string; communityUnitId?: undefined; memberId?: undefined; status?: CommunityReportStatus }
  | { memberId: string; communityUnitId?: undefined; memberUnitId?: undefined; status?: CommunityReportStatus };

export type { Change } from '../alongside';

/**
 * Dual registration (双报到). Refusals (write-refusals.ts):
 * - `file`: AlreadyTaken('active-report') while the member has an active (PENDING or CONFIRMED) report to that
 *   community; AlreadyTaken('report-id') for a reused id.
 * - `save`: the report's own fields at `current.version`, never `postsHeld` (RecordMissing/StaleVersion(CommunityReport)).
 *   When `next` is no longer active (DECLINED, ENDED) the member's active-report guard for the community is released
 *   in the same transaction, so it may report there again.
 * - `confirmedReportsOf` follows every write that moves a report into or out of CONFIRMED (a `file` of a CONFIRMED
 *   report, a `save` whose status crosses CONFIRMED) in that write: a refused write leaves it as it was.
 */
export interface CommunityReportStore {
  get(regionId: string, reportId: string): Promise<CommunityReport | null>;
  getMany(regionId: string, reportIds: readonly string[]): Promise<(CommunityReport | null)[]>;
  /** The member's active report to the community, if any (one read of its guard, then of the report). */
  activeReport(regionId: string, memberId: string, communityUnitId: string): Promise<CommunityReport | null>;
  list(regionId: string, filter: ReportFilter, page: PageRequest): Promise<Page<CommunityReport>>;
  /**
   * Each member's CONFIRMED reports (any community, any unit it reported from), newest first (by `filedAt`), in the
   * order asked; an empty list for a member without. A fixed number of reads whatever the members' history: one batch
   * read of the members' summaries, one of the reports they name (a member has few: one active per community).
   */
  confirmedReportsOf(regionId: string, memberIds: readonly string[]): Promise<CommunityReport[][]>;
  file(report: CommunityReport, alongside: Alongside): Promise<void>;
  save(change: Change<CommunityReport>, alongside: Alongside): Promise<void>;
}

/**
 * Posts (设岗定责) and their holders (认岗). Refusals:
 * - `create`: AlreadyTaken('post-id').
 * - `save`: the post's own fields at `current.version`, never `holderCount` (RecordMissing/StaleVersion(Post));
 *   GuardFailed(Post, 'capacity-below-holders') when the new capacity is below the holders it has at the time.
 *   Closing (`next.status` CLOSED) requires that no member holds it at the time (GuardFailed(Post, 'has-holders')):
 *   the use case lets the holders leave first.
 * - `claim`: the post is OPEN and `holderCount < capacity` at the time of the write (GuardFailed(Post, 'closed') /
 *   GuardFailed(Post, 'full')); the member does not hold it (AlreadyTaken('post-holder')); with `holder.reportId`, that
 *   report is still active (GuardFailed(CommunityReport, 'not-active')) and its `postsHeld` goes up by one.
 *   RecordMissing(Post).
 * - `leave`: the member holds it (RecordMissing(PostHolder)); `holderCount` − 1; the holder's report's `postsHeld` − 1.
 * 50 concurrent claims on capacity K: exactly K succeed.
 */
export interface PostStore {
  get(regionId: string, postId: string): Promise<Post | null>;
  getMany(regionId: string, postIds: readonly string[]): Promise<(Post | null)[]>;
  /** A community's posts by title (pinyin order is not needed: titles are few), open ones unless `includeClosed`. */
  listForCommunity(regionId: string, communityUnitId: string, includeClosed: boolean, page: PageRequest): Promise<Page<Post>>;
  /** A post's holders, by when they claimed it (bounded by MAX_POST_CAPACITY). */
  holders(regionId: string, postId: string): Promise<PostHolder[]>;
  holder(regionId: string, postId: string, memberId: string): Promise<PostHolder | null>;
  /** The posts a member holds, newest first (bounded: MAX_POSTS_PER_MEMBER). */
  heldBy(regionId: string, memberId: string): Promise<PostHolder[]>;
  create(post: Post, alongside: Alongside): Promise<void>;
  save(change: Change<Post>, alongside: Alongside): Promise<void>;
  claim(holder: PostHolder, alongside: Alongside): Promise<void>;
  /** With `credit`: the months held go to the member's figures and ledger in the same write (PointsStore.credit's promises). */
  leave(holder: PostHolder, alongside: Alongside, credit?: Credit): Promise<void>;
}

/** Bounds that keep a post's holders and a member's posts one bounded read each. */
export const MAX_POST_CAPACITY = 200;
export const MAX_POSTS_PER_MEMBER = 20;

/** Service records newest first (by `servedOn`, then id), of exactly one of: a community, a member's unit, a member; `status` and `year` combine. */
export type ServiceRecordFilter = (
  | { communityUnitId: string; memberUnitId?: undefined; memberId?: undefined }
  | { memberUnitId: string; communityUnitId?: undefined; memberId?: undefined }
  | { memberId: string; communityUnitId?: undefined; memberUnitId?: undefined }
) & { status?: ServiceRecordStatus; year?: number };

/**
 * Volunteer service records (志愿服务). Refusals: `file` AlreadyTaken('service-record-id'); `save` the record's
 * fields at `current.version` (RecordMissing/StaleVersion(ServiceRecord)); with `credit`, as PointsStore.credit, in
 * the same transaction (a confirmed record credits once: the entry's id is taken).
 */
export interface ServiceRecordStore {
  get(regionId: string, recordId: string): Promise<ServiceRecord | null>;
  list(regionId: string, filter: ServiceRecordFilter, page: PageRequest): Promise<Page<ServiceRecord>>;
  file(record: ServiceRecord, alongside: Alongside): Promise<void>;
  save(change: Change<ServiceRecord>, alongside: Alongside, credit?: Credit): Promise<void>;
}

/** Training records (学习培训). `record` writes the record and its credit in one transaction; AlreadyTaken('training-id'). */
export interface TrainingStore {
  /** A member's trainings of a year, newest first (by `trainedOn`). */
  list(regionId: string, memberId: string, year: number, page: PageRequest): Promise<Page<TrainingRecord>>;
  record(training: TrainingRecord, alongside: Alongside, credit: Credit): Promise<void>;
}

/**
 * The points ledger (积分台账) and members' year figures.
 * - `credit`: puts the entry (AlreadyTaken('points-entry', entry id) when its id is taken: a source credits once,
 *   a recompute at one rules version corrects once) and adds `credit.figures` and `entry.points` to the member's
 *   figures of `entry.year` (created at zero when absent), all in one transaction with `alongside`.
 * - `figures`: the year figures of these members (absent ones as zeros), in the order asked; one batch read.
 * - `entries`: a member's entries of a year, newest first.
 * - `membersWithFigures`: the members having figures in the year, by member id (the recompute walks them).
 */
export interface PointsStore {
  credit(credit: Credit, alongside: Alongside): Promise<void>;
  figures(regionId: string, year: number, memberIds: readonly string[]): Promise<MemberYearFigures[]>;
  entries(regionId: string, memberId: string, year: number, page: PageRequest): Promise<Page<PointsEntry>>;
  membersWithFigures(regionId: string, year: number, page: PageRequest): Promise<Page<MemberYearFigures>>;
}

/** A region's rules per year. `save` at `expectedVersion` (0: none saved yet): StaleVersion(EngagementRules) otherwise. */
export interface EngagementRulesStore {
  /** The saved rules of the year, or null (the use case falls back to defaultRules). */
  get(regionId: string, year: number): Promise<EngagementRules | null>;
  save(rules: EngagementRules, expectedVersion: number, alongside: Alongside): Promise<void>;
}

/**
 * Evaluation grades (民主评议), one per member and year. `save` writes `next` when the stored grade is `current`
 * (null: none yet — AlreadyTaken('evaluation-grade') when one exists; otherwise StaleVersion(EvaluationGrade) when its
 * version differs) and moves the unit's counts of the year (current's grade − 1 at current's unit, next's + 1 at next's
 * unit) in the same transaction.
 */
export interface EvaluationStore {
  getMany(regionId: string, year: number, memberIds: readonly string[]): Promise<(EvaluationGrade | null)[]>;
  save(change: { current: EvaluationGrade | null; next: EvaluationGrade }, alongside: Alongside): Promise<void>;
  /** The units' counts of the year, in the order asked (zeros when none). */
  unitCounts(regionId: string, year: number, unitIds: readonly string[]): Promise<UnitGradeCounts[]>;
}

/** Bounds of one read: a member's entries walked by a recompute, trainings a year. */
export const MAX_ENTRIES_PER_MEMBER_YEAR = 1000;
