import type { Alongside } from '../alongside';
import type { Credit } from '../engagement/points';
import type { Post, PostHolder } from '../engagement/post';
import { MAX_POSTS_PER_MEMBER, type Change, type CommunityReportStore, type PostStore, type ReportFilter } from '../engagement/ports';
import { isActiveReport, type CommunityReport } from '../engagement/report';
import type { Page, PageRequest } from '../paging';
import { AlreadyTakenError, GuardFailedError, RecordMissingError, StaleVersionError } from '../write-refusals';
import { creditIn } from './memory-engagement-records';
import { compareKeys, pageOf } from './memory-paging';
import { copy, keyOf, type MemoryState } from './memory-state';

const reportRef = (id: string) => ({ type: 'CommunityReport', id });
const postRef = (id: string) => ({ type: 'Post', id });
const holderRef = (holder: Pick<PostHolder, 'postId' | 'memberId'>) => ({ type: 'PostHolder', id: `${holder.postId}.${holder.memberId}` });

const filedOrder = (report: Pick<CommunityReport, 'filedAt' | 'id'>) => `${report.filedAt}#${report.id}`;
const titleOrder = (post: Pick<Post, 'title' | 'id'>) => `${post.title}#${post.id}`;
const heldOrder = (holder: Pick<PostHolder, 'claimedAt' | 'postId'>) => `${holder.claimedAt}#${holder.postId}`;

/** CommunityReportStore in memory, keeping the promises of store/community-report-repository.ts: the same refusals in the same order. */
export class MemoryCommunityReportStore implements CommunityReportStore {
  constructor(private readonly state: MemoryState) {}

  async get(regionId: string, reportId: string): Promise<CommunityReport | null> {
    return copy(this.state.communityReports.get(keyOf(regionId, reportId)) ?? null);
  }

  async getMany(regionId: string, reportIds: readonly string[]): Promise<(CommunityReport | null)[]> {
    return reportIds.map((id) => copy(this.state.communityReports.get(keyOf(regionId, id)) ?? null));
  }

  async activeReport(regionId: string, memberId: string, communityUnitId: string): Promise<CommunityReport | null> {
    const reportId = this.state.activeReports.get(keyOf(regionId, memberId, communityUnitId));
    const report = reportId === undefined ? undefined : this.state.communityReports.get(keyOf(regionId, reportId));
    return report && isActiveReport(report) ? copy(report) : null;
  }

  async list(regionId: string, filter: ReportFilter, page: PageRequest): Promise<Page<CommunityReport>> {
    const entries = [...this.state.communityReports.values()]
      .filter(
        (r) =>
          r.regionId === regionId &&
          (filter.communityUnitId === undefined || r.communityUnitId === filter.communityUnitId) &&
          (filter.memberUnitId === undefined || r.memberUnitId === filter.memberUnitId) &&
          (filter.memberId === undefined || r.memberId === filter.memberId) &&
          (!filter.status || r.status === filter.status),
      )
      .map((r) => ({ key: filedOrder(r), node: copy(r) }));
    const list = ['reports', filter.communityUnitId ?? null, filter.memberUnitId ?? null, filter.memberId ?? null, filter.status ?? null];
    return pageOf(entries, page, { regionId, list, order: 'descending' });
  }

  /** Read from the reports themselves: what the DynamoDB store's summaries, kept in the reports' writes, hold. */
  async confirmedReportsOf(regionId: string, memberIds: readonly string[]): Promise<CommunityReport[][]> {
    const confirmed = [...this.state.communityReports.values()]
      .filter((r) => r.regionId === regionId && r.status === 'CONFIRMED')
      .sort((a, b) => compareKeys(filedOrder(b), filedOrder(a)));
    return memberIds.map((memberId) => confirmed.filter((r) => r.memberId === memberId).map((r) => copy(r)));
  }

  file(report: CommunityReport, alongside: Alongside): Promise<void> {
    if (!isActiveReport(report)) throw new Error(`file: report ${report.id} must be filed active (PENDING or CONFIRMED), not ${report.status}`);
    return this.state.write((w) => {
      const guard = keyOf(report.regionId, report.memberId, report.communityUnitId);
      const key = keyOf(report.regionId, report.id);
      const holding = this.state.activeReports.get(guard);
      w.require(holding === undefined, () => new AlreadyTakenError('active-report', holding!));
      w.require(!this.state.communityReports.has(key), () => new AlreadyTakenError('report-id', report.id));
      w.then(() => {
        this.state.activeReports.set(guard, report.id);
        this.state.communityReports.set(key, copy(report));
      });
      w.alongside(alongside);
    });
  }

  save(change: Change<CommunityReport>, alongside: Alongside): Promise<void> {
    const { current, next } = change;
    if (next.id !== current.id || next.regionId !== current.regionId || next.memberId !== current.memberId || next.communityUnitId !== current.communityUnitId) {
      throw new Error(`save: report ${current.id} keeps its id, member and community`);
    }
    if (!isActiveReport(current) && isActiveReport(next)) throw new Error(`save: report ${current.id} is ${current.status}: it does not become active again`);
    return this.state.write((w) => {
      const key = keyOf(current.regionId, current.id);
      const stored = this.state.communityReports.get(key);
      w.require(stored !== undefined, () => new RecordMissingError(reportRef(current.id)));
      w.require(!stored || stored.version === current.version, () => new StaleVersionError(reportRef(current.id)));
      // The counter stays as the claims left it.
      w.then(() => this.state.communityReports.set(key, { ...copy(next), postsHeld: stored!.postsHeld }));
      if (isActiveReport(current) && !isActiveReport(next)) {
        const guard = keyOf(current.regionId, current.memberId, current.communityUnitId);
        w.require(this.state.activeReports.get(guard) === current.id, () => new StaleVersionError(reportRef(current.id)));
        w.then(() => this.state.activeReports.delete(guard));
      }
      w.alongside(alongside);
    });
  }
}

/** PostStore in memory, keeping the promises of store/post-repository.ts: the same conditions, checked in the same order. */
export class MemoryPostStore implements PostStore {
  constructor(private readonly state: MemoryState) {}

  async get(regionId: string, postId: string): Promise<Post | null> {
    return copy(this.state.posts.get(keyOf(regionId, postId)) ?? null);
  }

  async getMany(regionId: string, postIds: readonly string[]): Promise<(Post | null)[]> {
    return postIds.map((id) => copy(this.state.posts.get(keyOf(regionId, id)) ?? null));
  }

  async listForCommunity(regionId: string, communityUnitId: string, includeClosed: boolean, page: PageRequest): Promise<Page<Post>> {
    const entries = [...this.state.posts.values()]
      .filter((p) => p.regionId === regionId && p.communityUnitId === communityUnitId && (includeClosed || p.status === 'OPEN'))
      .map((p) => ({ key: titleOrder(p), node: copy(p) }));
    return pageOf(entries, page, { regionId, list: ['posts', communityUnitId, includeClosed], order: 'ascending' });
  }

  async holders(regionId: string, postId: string): Promise<PostHolder[]> {
    return [...this.state.postHolders.values()]
      .filter((h) => h.regionId === regionId && h.postId === postId)
      .sort((a, b) => compareKeys(a.claimedAt, b.claimedAt) || compareKeys(a.memberId, b.memberId))
      .map((h) => copy(h));
  }

  async holder(regionId: string, postId: string, memberId: string): Promise<PostHolder | null> {
    return copy(this.state.postHolders.get(keyOf(regionId, postId, memberId)) ?? null);
  }

  async heldBy(regionId: string, memberId: string): Promise<PostHolder[]> {
    return [...this.state.postHolders.values()]
      .filter((h) => h.regionId === regionId && h.memberId === memberId)
      .sort((a, b) => compareKeys(heldOrder(b), heldOrder(a)))
      .slice(0, MAX_POSTS_PER_MEMBER)
      .map((h) => copy(h));
  }

  create(post: Post, alongside: Alongside): Promise<void> {
    return this.state.write((w) => {
      const key = keyOf(post.regionId, post.id);
      w.require(!this.state.posts.has(key), () => new AlreadyTakenError('post-id', post.id));
      w.then(() => this.state.posts.set(key, copy(post)));
      w.alongside(alongside);
    });
  }

  save(change: Change<Post>, alongside: Alongside): Promise<void> {
    const { current, next } = change;
    if (next.id !== current.id || next.regionId !== current.regionId || next.communityUnitId !== current.communityUnitId) {
      throw new Error(`save: post ${current.id} keeps its id and community`);
    }
    return this.state.write((w) => {
      const key = keyOf(current.regionId, current.id);
      const stored = this.state.posts.get(key);
      w.require(stored !== undefined, () => new RecordMissingError(postRef(current.id)));
      w.require(!stored || stored.version === current.version, () => new StaleVersionError(postRef(current.id)));
      w.require(!stored || stored.holderCount <= next.capacity, () => new GuardFailedError(postRef(current.id), 'capacity-below-holders'));
      if (next.status === 'CLOSED' && current.status !== 'CLOSED') {
        w.require(!stored || stored.holderCount === 0, () => new GuardFailedError(postRef(current.id), 'has-holders'));
      }
      // The counter stays as the claims left it.
      w.then(() => this.state.posts.set(key, { ...copy(next), holderCount: stored!.holderCount }));
      w.alongside(alongside);
    });
  }

  claim(holder: PostHolder, alongside: Alongside): Promise<void> {
    return this.state.write((w) => {
      const key = keyOf(holder.regionId, holder.postId, holder.memberId);
      w.require(!this.state.postHolders.has(key), () => new AlreadyTakenError('post-holder', holderRef(holder).id));
      const post = this.state.posts.get(keyOf(holder.regionId, holder.postId));
      w.require(post !== undefined, () => new RecordMissingError(postRef(holder.postId)));
      w.require(!post || post.status === 'OPEN', () => new GuardFailedError(postRef(holder.postId), 'closed'));
      w.require(!post || post.holderCount < post.capacity, () => new GuardFailedError(postRef(holder.postId), 'full'));
      w.then(() => {
        this.state.postHolders.set(key, copy(holder));
        post!.holderCount += 1;
      });
      if (holder.reportId) {
        const report = this.state.communityReports.get(keyOf(holder.regionId, holder.reportId));
        w.require(report !== undefined, () => new RecordMissingError(reportRef(holder.reportId!)));
        w.require(
          !report || (isActiveReport(report) && report.memberId === holder.memberId && report.communityUnitId === holder.communityUnitId),
          () => new GuardFailedError(reportRef(holder.reportId!), 'not-active'),
        );
        w.then(() => (report!.postsHeld += 1));
      }
      w.alongside(alongside);
    });
  }

  leave(holder: PostHolder, alongside: Alongside, credit?: Credit): Promise<void> {
    if (credit && credit.entry.regionId !== holder.regionId) throw new Error(`credit ${credit.entry.id} is of region ${credit.entry.regionId}, not ${holder.regionId}`);
    return this.state.write((w) => {
      const key = keyOf(holder.regionId, holder.postId, holder.memberId);
      const stored = this.state.postHolders.get(key);
      w.require(stored !== undefined, () => new RecordMissingError(holderRef(holder)));
      w.require(!stored || stored.claimedAt === holder.claimedAt, () => new StaleVersionError(holderRef(holder)));
      const post = this.state.posts.get(keyOf(holder.regionId, holder.postId));
      w.require(post !== undefined, () => new RecordMissingError(postRef(holder.postId)));
      w.then(() => {
        this.state.postHolders.delete(key);
        post!.holderCount -= 1;
      });
      if (holder.reportId) {
        const report = this.state.communityReports.get(keyOf(holder.regionId, holder.reportId));
        w.require(report !== undefined, () => new RecordMissingError(reportRef(holder.reportId!)));
        w.then(() => (report!.postsHeld -= 1));
      }
      if (credit) creditIn(this.state, w, credit);
      w.alongside(alongside);
    });
  }
}
