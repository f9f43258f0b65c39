import type { Alongside } from '../alongside';
import type { Page, PageRequest } from '../paging';
import type { Post, PostHolder } from './post';
import type { CommunityReport, CommunityReportStatus } from './report';

/** Reports newest first (by `filedAt`), of exactly one of: a community, a member's unit, a member; `status` combines. */
export type ReportFilter =
  | { communityUnitId: string; memberUnitId?: undefined; memberId?: undefined; status?: CommunityReportStatus }
  | { memberUnitId: string; communityUnitId?: undefined; memberId?: undefined; status?: CommunityReportStatus }
  | { memberId: string; communityUnitId?: undefined; memberUnitId?: undefined; status?: CommunityReportStatus };

export interface Change<T> {
  current: T;
  next: T;
}

/**
 * Dual registration (双报到). Refusals (write-refusals.ts):
 * - `file`: AlreadyTaken('active-report') while the member has an active (PENDING or CONFIRMED) report to that
 *   community; AlreadyTaken('report-id') for a reused id.
 * - `save`: the report's own fields at `current.version`, never `postsHeld` (RecordMissing/StaleVersion(CommunityReport)).
 *   When `next` is no longer active (DECLINED, ENDED) the member's active-report guard for the community is released
 *   in the same transaction, so it may report there again.
 */
export interface CommunityReportStore {
  get(regionId: string, reportId: string): Promise<CommunityReport | null>;
  getMany(regionId: string, reportIds: readonly string[]): Promise<(CommunityReport | null)[]>;
  /** The member's active report to the community, if any (one read of its guard, then of the report). */
  activeReport(regionId: string, memberId: string, communityUnitId: string): Promise<CommunityReport | null>;
  list(regionId: string, filter: ReportFilter, page: PageRequest): Promise<Page<CommunityReport>>;
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
  leave(holder: PostHolder, alongside: Alongside): Promise<void>;
}

/** Bounds that keep a post's holders and a member's posts one bounded read each. */
export const MAX_POST_CAPACITY = 200;
export const MAX_POSTS_PER_MEMBER = 20;
