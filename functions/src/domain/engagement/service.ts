import { allows, authorize } from '../../auth/policy';
import { hasRole, type Principal, type RegionPrincipal } from '../../auth/principal';
import { recordChange } from '../audit/service';
import { badInput, conflict, forbidden, notFound, type DomainError } from '../errors';
import { onRoster, type Member } from '../members/member';
import { pageRequest, readPage } from '../paging';
import type { Ports } from '../ports';
import { PAIRING_TARGET_KINDS, type Unit } from '../units/unit';
import { parseInput, withChanges, yearInChina } from '../validation';
import { AlreadyTakenError, GuardFailedError, RecordMissingError, refusing, StaleVersionError, type WriteRefusedError } from '../write-refusals';
import { monthsHeld, pointsEntryId } from './points';
import { engagementPolicy } from './policy';
import { creditFor } from './records-service';
import { MAX_POSTS_PER_MEMBER, type ReportFilter } from './ports';
import { POST_AUDIT, POST_HOLDER_AUDIT, type Post, type PostHolder } from './post';
import { isActiveReport, REPORT_AUDIT, REPORT_STATUS_LABELS, type CommunityReport } from './report';
import { assertPostPeriod, confirmReportInput, createPostInput, endReportInput, reportFilterInput, reportToCommunityInput, updatePostInput } from './rules';

type PageArgs = { first?: number | null; after?: string | null };

// ---- dual registration (双报到) -----------------------------------------------------------------------

/**
 * A member reports to the community where it lives (000 art.10; 001 §4(2)): the member itself (a member's token),
 * its unit's liaison, or the secretariat. The community confirms it. One active report per member and community.
 */
export async function reportToCommunity(principal: Principal, input: unknown, ports: Ports): Promise<CommunityReport> {
  const data = parseInput(reportToCommunityInput, input);
  const memberId = data.memberId ?? principal.memberId;
  if (!memberId) throw badInput('memberId', '请选择报到的党员');
  const { regionId } = authorize(principal, engagementPolicy.readPosts);
  const member = await memberOnRoster(regionId, memberId, 'memberId', ports);
  const caller = authorize(principal, engagementPolicy.fileReport, { memberId: member.id, unitId: member.unitId });
  const community = await communityUnit(caller, data.communityUnitId, 'communityUnitId', ports);
  if (member.unitId === community.id) throw badInput('communityUnitId', '党员的组织关系就在该社区，无需报到');
  const now = ports.now().toISOString();
  const report: CommunityReport = {
    id: ports.newId(),
    regionId: caller.regionId,
    memberId: member.id,
    memberName: member.name,
    memberUnitId: member.unitId,
    communityUnitId: community.id,
    // The community confirms even what the secretariat files: it is the community that receives the member.
    status: 'PENDING',
    note: data.note ?? null,
    filedAt: now,
    filedBy: caller.displayName,
    decidedAt: null,
    decidedBy: null,
    declineReason: null,
    endedAt: null,
    endReason: null,
    postsHeld: 0,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  const entry = recordChange(caller, ports, REPORT_AUDIT, { operation: 'reportToCommunity', recordId: report.id, version: 1, before: null, after: report });
  await refusing(ports.communityReports.file(report, { audit: entry }), (refusal) => {
    if (refusal instanceof AlreadyTakenError && refusal.guard === 'active-report') return badInput('communityUnitId', `${member.name}已向${community.name}报到（或待确认），不能重复报到`);
    return refusal instanceof AlreadyTakenError ? conflict('编号冲突，请重试') : undefined;
  });
  return report;
}

/** The community (its liaison) or the secretariat confirms a pending report, or declines it with the reason. */
export async function confirmCommunityReport(principal: Principal, input: unknown, ports: Ports): Promise<CommunityReport> {
  const data = parseInput(confirmReportInput, input);
  const current = await existingReport(principal, data.id, data.version, ports);
  const caller = authorize(principal, engagementPolicy.decideReport, { unitId: current.communityUnitId });
  if (current.status !== 'PENDING') throw badInput('id', `报到当前状态为“${REPORT_STATUS_LABELS[current.status]}”，只有待确认的可以处理`);
  if (data.decision === 'DECLINE' && !data.reason) throw badInput('reason', '请填写不通过的原因');
  const now = ports.now().toISOString();
  const next: CommunityReport = {
    ...current,
    status: data.decision === 'CONFIRM' ? 'CONFIRMED' : 'DECLINED',
    decidedAt: now,
    decidedBy: caller.displayName,
    declineReason: data.decision === 'DECLINE' ? data.reason! : null,
    version: data.version + 1,
    updatedAt: now,
  };
  return saveReport(caller, ports, 'confirmCommunityReport', current, next);
}

/**
 * Ends an active report (the member moved, say): the member, its unit's liaison, the community's, or the secretariat.
 * The member first leaves the posts it holds there (each its own write), then the report ends.
 */
export async function endCommunityReport(principal: Principal, input: unknown, ports: Ports): Promise<CommunityReport> {
  const data = parseInput(endReportInput, input);
  const current = await existingReport(principal, data.id, data.version, ports);
  const caller = mayEnd(principal, current);
  if (!isActiveReport(current)) throw badInput('id', `报到当前状态为“${REPORT_STATUS_LABELS[current.status]}”，不能结束`);
  for (const holder of await ports.posts.heldBy(caller.regionId, current.memberId)) {
    if (holder.reportId === current.id) await leave(caller, holder, ports);
  }
  const now = ports.now().toISOString();
  const next: CommunityReport = { ...current, status: 'ENDED', endedAt: now, endReason: data.reason, postsHeld: 0, version: data.version + 1, updatedAt: now };
  return saveReport(caller, ports, 'endCommunityReport', current, next);
}

export async function getCommunityReport(principal: Principal, reportId: string, ports: Ports): Promise<CommunityReport | null> {
  const { regionId } = authorize(principal, engagementPolicy.readPosts);
  const report = await ports.communityReports.get(regionId, reportId);
  if (!report) return null;
  if (!seesReport(principal, report)) throw forbidden();
  return report;
}

/** A community's reports (its inbox), a unit's members' reports (its feedback view), or a member's, newest first. */
export async function listCommunityReports(principal: Principal, args: PageArgs & { filter: unknown }, ports: Ports) {
  const data = parseInput(reportFilterInput, args.filter);
  const { regionId } = authorize(principal, engagementPolicy.readPosts);
  let filter: ReportFilter;
  if (data.communityUnitId) {
    authorize(principal, engagementPolicy.readReport, { unitId: data.communityUnitId });
    filter = { communityUnitId: data.communityUnitId, status: data.status ?? undefined };
  } else if (data.memberUnitId) {
    authorize(principal, engagementPolicy.readReport, { unitId: data.memberUnitId });
    filter = { memberUnitId: data.memberUnitId, status: data.status ?? undefined };
  } else {
    const member = await ports.members.get(regionId, data.memberId!);
    authorize(principal, engagementPolicy.readReport, { memberId: data.memberId!, unitId: member?.unitId });
    filter = { memberId: data.memberId!, status: data.status ?? undefined };
  }
  return readPage(ports.communityReports.list(regionId, filter, pageRequest(args)));
}

/** A member's own reports (viewer.communityReports), newest first. */
export async function ownReports(principal: Principal, ports: Ports): Promise<CommunityReport[] | null> {
  if (!principal.memberId || !principal.regionId) return null;
  const page = await ports.communityReports.list(principal.regionId, { memberId: principal.memberId }, { size: 50 });
  return page.edges.map((e) => e.node);
}

/** Who sees a report: the secretariat, the member, its unit's liaison, the community's liaison. */
const seesReport = (principal: Principal, report: CommunityReport) =>
  allows(principal, engagementPolicy.readReport, { memberId: report.memberId, unitId: report.memberUnitId }) ||
  allows(principal, engagementPolicy.readReport, { unitId: report.communityUnitId });

function mayEnd(principal: Principal, report: CommunityReport): RegionPrincipal {
  if (allows(principal, engagementPolicy.endReport, { memberId: report.memberId, unitId: report.memberUnitId })) return principal as RegionPrincipal;
  return authorize(principal, engagementPolicy.endReport, { unitId: report.communityUnitId });
}

// ---- posts (设岗定责 / 认岗) ------------------------------------------------------------------------------

export async function createPost(principal: Principal, input: unknown, ports: Ports): Promise<Post> {
  const data = parseInput(createPostInput, input);
  const caller = authorize(principal, engagementPolicy.managePosts, { unitId: data.communityUnitId });
  await communityUnit(caller, data.communityUnitId, 'communityUnitId', ports);
  const now = ports.now().toISOString();
  const post: Post = {
    id: ports.newId(),
    regionId: caller.regionId,
    communityUnitId: data.communityUnitId,
    title: data.title,
    duties: data.duties ?? null,
    capacity: data.capacity,
    holderCount: 0,
    startsOn: data.startsOn ?? null,
    endsOn: data.endsOn ?? null,
    status: 'OPEN',
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  assertPostPeriod(post);
  const entry = recordChange(caller, ports, POST_AUDIT, { operation: 'createPost', recordId: post.id, version: 1, before: null, after: post });
  await refusing(ports.posts.create(post, { audit: entry }), (r) => (r instanceof AlreadyTakenError ? conflict('岗位编号冲突，请重试') : undefined));
  return post;
}

export async function updatePost(principal: Principal, input: unknown, ports: Ports): Promise<Post> {
  const data = parseInput(updatePostInput, input);
  const current = await existingPost(principal, data.id, ports, data.version);
  const caller = authorize(principal, engagementPolicy.managePosts, { unitId: current.communityUnitId });
  if (current.status === 'CLOSED') throw badInput('id', '岗位已关闭，不能修改');
  const next: Post = withChanges({ ...current, version: data.version + 1, updatedAt: ports.now().toISOString() }, data);
  if (next.capacity < current.holderCount) throw badInput('capacity', `已有 ${current.holderCount} 人认岗，人数不能少于 ${current.holderCount}`);
  assertPostPeriod(next);
  return savePost(caller, ports, 'updatePost', current, next);
}

/** Closes a post: its holders leave it first (each its own write), then it closes. */
export async function closePost(principal: Principal, args: { id: string; version: number }, ports: Ports): Promise<Post> {
  const current = await existingPost(principal, args.id, ports, args.version);
  const caller = authorize(principal, engagementPolicy.managePosts, { unitId: current.communityUnitId });
  if (current.status === 'CLOSED') throw badInput('id', '岗位已关闭');
  for (const holder of await ports.posts.holders(caller.regionId, current.id)) await leave(caller, holder, ports);
  const now = ports.now().toISOString();
  return savePost(caller, ports, 'closePost', current, { ...current, status: 'CLOSED', holderCount: 0, version: args.version + 1, updatedAt: now });
}

export async function getPost(principal: Principal, postId: string, ports: Ports) {
  const caller = authorize(principal, engagementPolicy.readPosts);
  return ports.posts.get(caller.regionId, postId);
}

export async function listPosts(principal: Principal, args: PageArgs & { communityUnitId: string; includeClosed?: boolean | null }, ports: Ports) {
  const caller = authorize(principal, engagementPolicy.readPosts);
  return readPage(ports.posts.listForCommunity(caller.regionId, args.communityUnitId, args.includeClosed ?? false, pageRequest(args)));
}

/** A post's holders by name: for the community (its liaison) and the secretariat; others see the count only. */
export async function postHolders(principal: Principal, post: Post, ports: Ports): Promise<PostHolder[]> {
  const caller = authorize(principal, engagementPolicy.readPosts);
  if (!allows(caller, engagementPolicy.managePosts, { unitId: post.communityUnitId })) return [];
  return ports.posts.holders(caller.regionId, post.id);
}

/** The posts a member holds (viewer.posts). */
export async function ownPosts(principal: Principal, ports: Ports): Promise<PostHolder[] | null> {
  if (!principal.memberId || !principal.regionId) return null;
  return ports.posts.heldBy(principal.regionId, principal.memberId);
}

/**
 * A member takes a post (认岗): itself, or the community or the secretariat for it. Only a member with a confirmed
 * report to the post's community, or living there (its residential community); never beyond the capacity.
 */
export async function claimPost(principal: Principal, args: { postId: string; memberId?: string | null }, ports: Ports): Promise<PostHolder> {
  const { regionId } = authorize(principal, engagementPolicy.readPosts);
  const post = await ports.posts.get(regionId, args.postId);
  if (!post) throw notFound('岗位', args.postId);
  const member = await memberOnRoster(regionId, args.memberId ?? principal.memberId ?? '', 'memberId', ports);
  const caller = mayHold(principal, post, member);
  if (post.status === 'CLOSED') throw badInput('postId', '岗位已关闭');
  const full = () => badInput('postId', `岗位“${post.title}”已满（${post.capacity} 人）`);
  if (post.holderCount >= post.capacity) throw full();
  const report = await ports.communityReports.activeReport(regionId, member.id, post.communityUnitId);
  const livesThere = member.communityId === post.communityUnitId;
  if (report?.status !== 'CONFIRMED' && !livesThere) {
    throw badInput('postId', report ? '报到待社区确认后才能认岗' : '须先到该社区报到并经确认（或居住在该社区），才能认岗');
  }
  const held = await ports.posts.heldBy(regionId, member.id);
  if (held.length >= MAX_POSTS_PER_MEMBER) throw badInput('postId', `一名党员最多认领 ${MAX_POSTS_PER_MEMBER} 个岗位`);
  const holder: PostHolder = {
    regionId,
    postId: post.id,
    communityUnitId: post.communityUnitId,
    memberId: member.id,
    memberName: member.name,
    reportId: report?.status === 'CONFIRMED' ? report.id : null,
    claimedAt: ports.now().toISOString(),
  };
  const entry = recordChange(caller, ports, POST_HOLDER_AUDIT, { operation: 'claimPost', recordId: post.id, version: null, before: null, after: holder });
  await refusing(ports.posts.claim(holder, { audit: entry }), (refusal) => {
    if (refusal instanceof AlreadyTakenError) return badInput('postId', `${member.name}已认领该岗位`);
    if (refusal instanceof GuardFailedError && refusal.guard === 'full') return full();
    if (refusal instanceof GuardFailedError && refusal.guard === 'closed') return badInput('postId', '岗位刚刚关闭');
    if (refusal instanceof GuardFailedError && refusal.guard === 'not-active') return badInput('postId', '报到刚刚结束，不能认岗');
    return missing(refusal);
  });
  return holder;
}

/** A member leaves a post: itself, or the community or the secretariat for it. */
export async function leavePost(principal: Principal, args: { postId: string; memberId?: string | null }, ports: Ports): Promise<Post> {
  const { regionId } = authorize(principal, engagementPolicy.readPosts);
  const post = await ports.posts.get(regionId, args.postId);
  if (!post) throw notFound('岗位', args.postId);
  const memberId = args.memberId ?? principal.memberId;
  if (!memberId) throw badInput('memberId', '请选择党员');
  const holder = await ports.posts.holder(regionId, post.id, memberId);
  if (!holder) throw badInput('memberId', '该党员未认领此岗位');
  const member = await ports.members.get(regionId, memberId);
  const caller = mayHold(principal, post, member ?? { id: memberId, unitId: '' });
  await leave(caller, holder, ports);
  return (await ports.posts.get(regionId, post.id))!;
}

// ---- helpers -----------------------------------------------------------------------------------------

/** The member itself, or the community's liaison, or the secretariat, may take or leave a post for a member. */
function mayHold(principal: Principal, post: Post, member: Pick<Member, 'id' | 'unitId'>): RegionPrincipal {
  if (hasRole(principal, 'MEMBER') && principal.memberId === member.id) return authorize(principal, engagementPolicy.holdPost, { memberId: member.id });
  return authorize(principal, engagementPolicy.holdPost, { unitId: post.communityUnitId });
}

/** A member leaves a post; the full months it held it earn points (认岗履职) in the year it leaves, in the same write. */
async function leave(caller: RegionPrincipal, holder: PostHolder, ports: Ports): Promise<void> {
  const now = ports.now().toISOString();
  const months = monthsHeld(holder.claimedAt, now);
  const credit =
    months > 0
      ? await creditFor(caller, ports, {
          kind: 'POST',
          memberId: holder.memberId,
          year: yearInChina(ports.now()),
          sourceId: holder.postId,
          entryId: pointsEntryId('POST', `${holder.postId}.${holder.memberId}.${Date.parse(holder.claimedAt)}`),
          basis: months,
          reason: `认岗履职 ${months} 个月`,
          figures: { postMonths: months },
        })
      : undefined;
  const entry = recordChange(caller, ports, POST_HOLDER_AUDIT, { operation: 'leavePost', recordId: holder.postId, version: null, before: holder, after: null });
  await refusing(ports.posts.leave(holder, { audit: entry }, credit), (refusal) => {
    if (refusal instanceof RecordMissingError) return badInput('memberId', '该党员已不在此岗位');
    return refusal instanceof AlreadyTakenError ? conflict('该党员已离岗') : undefined;
  });
}

async function memberOnRoster(regionId: string, memberId: string, field: string, ports: Ports): Promise<Member> {
  if (!memberId) throw badInput(field, '请选择党员');
  const member = await ports.members.get(regionId, memberId);
  if (!member || !onRoster(member)) throw badInput(field, '党员不存在或已不在名册中');
  return member;
}

/** A village or community unit of the region, taking part. */
async function communityUnit(caller: RegionPrincipal, unitId: string, field: string, ports: Ports): Promise<Unit> {
  const unit = await ports.units.get(caller.regionId, unitId);
  if (!unit || unit.status === 'WITHDRAWN') throw badInput(field, '单位不存在或已退出联盟');
  if (!PAIRING_TARGET_KINDS.includes(unit.hostKind)) throw badInput(field, '须为村或社区党组织');
  return unit;
}

async function existingReport(principal: Principal, reportId: string, version: number, ports: Ports): Promise<CommunityReport> {
  const { regionId } = authorize(principal, engagementPolicy.readPosts);
  const report = await ports.communityReports.get(regionId, reportId);
  if (!report) throw notFound('报到记录', reportId);
  if (report.version !== version) throw conflict();
  return report;
}

async function existingPost(principal: Principal, postId: string, ports: Ports, version: number): Promise<Post> {
  const { regionId } = authorize(principal, engagementPolicy.readPosts);
  const post = await ports.posts.get(regionId, postId);
  if (!post) throw notFound('岗位', postId);
  if (post.version !== version) throw conflict();
  return post;
}

async function saveReport(caller: RegionPrincipal, ports: Ports, operation: string, current: CommunityReport, next: CommunityReport): Promise<CommunityReport> {
  const entry = recordChange(caller, ports, REPORT_AUDIT, { operation, recordId: next.id, version: next.version, before: current, after: next });
  await refusing(ports.communityReports.save({ current, next }, { audit: entry }), missing);
  return next;
}

async function savePost(caller: RegionPrincipal, ports: Ports, operation: string, current: Post, next: Post): Promise<Post> {
  const entry = recordChange(caller, ports, POST_AUDIT, { operation, recordId: next.id, version: next.version, before: current, after: next });
  await refusing(ports.posts.save({ current, next }, { audit: entry }), (refusal) => {
    if (refusal instanceof GuardFailedError && refusal.guard === 'capacity-below-holders') return badInput('capacity', '认岗人数刚有增加，人数不能少于现有认岗人数');
    if (refusal instanceof GuardFailedError && refusal.guard === 'has-holders') return conflict('关闭时又有党员认岗，请重试');
    return missing(refusal);
  });
  return next;
}

function missing(refusal: WriteRefusedError): DomainError | undefined {
  if (refusal instanceof StaleVersionError) return conflict();
  if (refusal instanceof RecordMissingError) return notFound(refusal.record.type === 'Post' ? '岗位' : '记录', refusal.record.id);
  return undefined;
}
