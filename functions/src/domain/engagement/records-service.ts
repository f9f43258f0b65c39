import { allows, authorize } from '../../auth/policy';
import { type Principal, type RegionPrincipal } from '../../auth/principal';
import { recordChange } from '../audit/service';
import { badInput, conflict, notFound } from '../errors';
import { onRoster, type Member } from '../members/member';
import { memberFilterInput } from '../members/rules';
import { pageRequest, readPage, type Page } from '../paging';
import type { Ports } from '../ports';
import { PAIRING_TARGET_KINDS } from '../units/unit';
import { parseInput, todayInChina, withChanges, year as yearInput, yearInChina } from '../validation';
import { AlreadyTakenError, RecordMissingError, refusing, StaleVersionError } from '../write-refusals';
import { EVALUATION_AUDIT, EVALUATION_GRADE_LABELS, EVALUATION_GRADES, gradeAllowed, type EvaluationGrade, type EvaluationGradeValue } from './evaluation';
import {
  defaultRules, ENGAGEMENT_RULES_AUDIT, nextThreshold, POINTS_AUDIT, pointsEntryId, rateOf, recomputeEntryId, roundPoints, starsFor,
  type Credit, type EngagementRules, type MemberYearFigures, type PointsEntry, type PointsKind,
} from './points';
import { engagementPolicy } from './policy';
import { MAX_ENTRIES_PER_MEMBER_YEAR, type ServiceRecordFilter } from './ports';
import type { CommunityReport } from './report';
import {
  adjustMemberPointsInput, confirmServiceHoursInput, logServiceHoursInput, logTrainingInput, serviceRecordFilterInput, setEngagementRulesInput,
  setEvaluationGradeInput,
} from './rules';
import { SERVICE_RECORD_AUDIT, SERVICE_RECORD_STATUS_LABELS, type ServiceRecord } from './service-record';
import { requiredTrainingHours, TRAINING_AUDIT, type TrainingRecord } from './training';

type PageArgs = { first?: number | null; after?: string | null };

/** Members a recompute step walks: each costs a few reads and, when its points move, a write per source. */
export const RECOMPUTE_MEMBERS_PER_STEP = 25;

const yearOf = (date: string) => Number(date.slice(0, 4));

// ---- volunteer service hours (志愿服务) ----------------------------------------------------------------

/**
 * A member logs a service in a community (a member's token: itself), or its unit's liaison, the community's, or the
 * secretariat logs it for the member. It counts once the community confirms it.
 */
export async function logServiceHours(principal: Principal, input: unknown, ports: Ports): Promise<ServiceRecord> {
  const data = parseInput(logServiceHoursInput, input);
  const { regionId } = authorize(principal, engagementPolicy.readRules);
  const member = await memberOnRoster(regionId, data.memberId ?? principal.memberId ?? '', ports);
  const caller = allows(principal, engagementPolicy.logService, { memberId: member.id, unitId: member.unitId })
    ? (principal as RegionPrincipal)
    : authorize(principal, engagementPolicy.logService, { unitId: data.communityUnitId });
  const community = await ports.units.get(regionId, data.communityUnitId);
  if (!community || community.status === 'WITHDRAWN') throw badInput('communityUnitId', '社区不存在或已退出联盟');
  if (!PAIRING_TARGET_KINDS.includes(community.hostKind)) throw badInput('communityUnitId', '须为村或社区党组织');
  if (data.servedOn > todayInChina(ports.now())) throw badInput('servedOn', '服务日期不能晚于今天');
  if (data.postId) {
    const post = await ports.posts.get(regionId, data.postId);
    if (!post || post.communityUnitId !== community.id) throw badInput('postId', '岗位不存在或不属于该社区');
  }
  if (data.projectId && !(await ports.projects.get(regionId, data.projectId))) throw badInput('projectId', '项目不存在');
  const now = ports.now().toISOString();
  const record: ServiceRecord = {
    id: ports.newId(),
    regionId,
    memberId: member.id,
    memberName: member.name,
    memberUnitId: member.unitId,
    communityUnitId: community.id,
    servedOn: data.servedOn,
    year: yearOf(data.servedOn),
    hours: data.hours,
    description: data.description,
    place: data.place ?? null,
    postId: data.postId ?? null,
    projectId: data.projectId ?? null,
    status: 'PENDING',
    filedAt: now,
    filedBy: caller.displayName,
    decidedAt: null,
    decidedBy: null,
    declineReason: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  const entry = recordChange(caller, ports, SERVICE_RECORD_AUDIT, { operation: 'logServiceHours', recordId: record.id, version: 1, before: null, after: record });
  await refusing(ports.serviceRecords.file(record, { audit: entry }), (r) => (r instanceof AlreadyTakenError ? conflict('编号冲突，请重试') : undefined));
  return record;
}

/**
 * The community (its liaison) or the secretariat confirms a pending service — its hours and points go to the
 * member's year in the same write, under the year's rules — or declines it with the reason.
 */
export async function confirmServiceHours(principal: Principal, input: unknown, ports: Ports): Promise<ServiceRecord> {
  const data = parseInput(confirmServiceHoursInput, input);
  const { regionId } = authorize(principal, engagementPolicy.readRules);
  const current = await ports.serviceRecords.get(regionId, data.id);
  if (!current) throw notFound('服务记录', data.id);
  const caller = authorize(principal, engagementPolicy.decideService, { unitId: current.communityUnitId });
  if (current.version !== data.version) throw conflict();
  if (current.status !== 'PENDING') throw badInput('id', `服务记录当前状态为“${SERVICE_RECORD_STATUS_LABELS[current.status]}”，只有待确认的可以处理`);
  if (data.decision === 'DECLINE' && !data.reason) throw badInput('reason', '请填写不通过的原因');
  const now = ports.now().toISOString();
  const confirmed = data.decision === 'CONFIRM';
  const next: ServiceRecord = {
    ...current,
    status: confirmed ? 'CONFIRMED' : 'DECLINED',
    decidedAt: now,
    decidedBy: caller.displayName,
    declineReason: confirmed ? null : data.reason!,
    version: current.version + 1,
    updatedAt: now,
  };
  const credit = confirmed
    ? await creditFor(caller, ports, {
        kind: 'SERVICE', memberId: current.memberId, year: current.year, sourceId: current.id, basis: current.hours, reason: `志愿服务：${current.description}`,
        figures: { serviceHours: current.hours },
      })
    : undefined;
  const entry = recordChange(caller, ports, SERVICE_RECORD_AUDIT, { operation: 'confirmServiceHours', recordId: next.id, version: next.version, before: current, after: next });
  await refusing(ports.serviceRecords.save({ current, next }, { audit: entry }, credit), (refusal) => {
    if (refusal instanceof StaleVersionError) return conflict();
    if (refusal instanceof RecordMissingError) return notFound('服务记录', current.id);
    return refusal instanceof AlreadyTakenError ? conflict('该服务已计入积分') : undefined;
  });
  return next;
}

/** A community's records (to confirm), a unit's members' (what they did), or a member's; newest first. */
export async function listServiceRecords(principal: Principal, args: PageArgs & { filter: unknown }, ports: Ports): Promise<Page<ServiceRecord>> {
  const data = parseInput(serviceRecordFilterInput, args.filter);
  const { regionId } = authorize(principal, engagementPolicy.readRules);
  const narrow = { status: data.status ?? undefined, year: data.year ?? undefined };
  let filter: ServiceRecordFilter;
  if (data.communityUnitId) {
    authorize(principal, engagementPolicy.decideService, { unitId: data.communityUnitId });
    filter = { communityUnitId: data.communityUnitId, ...narrow };
  } else if (data.memberUnitId) {
    authorize(principal, engagementPolicy.readMemberRecords, { unitId: data.memberUnitId });
    filter = { memberUnitId: data.memberUnitId, ...narrow };
  } else {
    await mayReadMember(principal, data.memberId!, ports);
    filter = { memberId: data.memberId!, ...narrow };
  }
  return readPage(ports.serviceRecords.list(regionId, filter, pageRequest(args)));
}

/** A member's own service records (viewer.serviceRecords). */
export async function ownServiceRecords(principal: Principal, args: PageArgs, ports: Ports): Promise<Page<ServiceRecord> | null> {
  if (!principal.memberId || !principal.regionId) return null;
  return readPage(ports.serviceRecords.list(principal.regionId, { memberId: principal.memberId }, pageRequest(args)));
}

// ---- training (学习培训) --------------------------------------------------------------------------------

/** The member's unit (its liaison) or the secretariat records a training; its hours and points count at once. */
export async function logTraining(principal: Principal, input: unknown, ports: Ports): Promise<TrainingRecord> {
  const data = parseInput(logTrainingInput, input);
  const { regionId } = authorize(principal, engagementPolicy.readRules);
  const member = await memberOnRoster(regionId, data.memberId, ports);
  const caller = authorize(principal, engagementPolicy.recordForMember, { unitId: member.unitId });
  if (data.trainedOn > todayInChina(ports.now())) throw badInput('trainedOn', '培训日期不能晚于今天');
  const training: TrainingRecord = {
    id: ports.newId(),
    regionId,
    memberId: member.id,
    memberName: member.name,
    memberUnitId: member.unitId,
    trainedOn: data.trainedOn,
    year: yearOf(data.trainedOn),
    hours: data.hours,
    topic: data.topic,
    provider: data.provider ?? null,
    recordedAt: ports.now().toISOString(),
    recordedBy: caller.displayName,
  };
  const credit = await creditFor(caller, ports, {
    kind: 'TRAINING', memberId: member.id, year: training.year, sourceId: training.id, basis: training.hours, reason: `学习培训：${training.topic}`,
    figures: { trainingHours: training.hours },
  });
  const entry = recordChange(caller, ports, TRAINING_AUDIT, { operation: 'logTraining', recordId: training.id, version: null, before: null, after: training });
  await refusing(ports.trainings.record(training, { audit: entry }, credit), (r) =>
    r instanceof AlreadyTakenError ? conflict('编号冲突，请重试') : undefined,
  );
  return training;
}

export async function listTrainingRecords(principal: Principal, args: PageArgs & { memberId: string; year: number }, ports: Ports) {
  const year = parseInput(yearInput, args.year);
  const { regionId } = await mayReadMember(principal, args.memberId, ports);
  return readPage(ports.trainings.list(regionId, args.memberId, year, pageRequest(args)));
}

export interface TrainingStatus {
  member: Member;
  year: number;
  hours: number;
  required: number;
  shortBy: number;
}

/** A unit's members (a page of its roster) against their yearly minimum; `onlyShort` keeps those short within the page. */
export async function trainingStatus(
  principal: Principal,
  args: PageArgs & { unitId: string; year: number; onlyShort?: boolean | null },
  ports: Ports,
): Promise<Page<TrainingStatus>> {
  const year = parseInput(yearInput, args.year);
  const { regionId } = authorize(principal, engagementPolicy.recordForMember, { unitId: args.unitId });
  const members = await readPage(ports.members.list(regionId, parseInput(memberFilterInput, { unitId: args.unitId }), pageRequest(args)));
  const figures = await ports.points.figures(regionId, year, members.edges.map((e) => e.node.id));
  const edges = members.edges
    .map((edge, i) => {
      const required = requiredTrainingHours(edge.node.roles);
      const hours = figures[i]!.trainingHours;
      return { cursor: edge.cursor, node: { member: edge.node, year, hours, required, shortBy: Math.max(0, required - hours) } };
    })
    .filter((edge) => !args.onlyShort || edge.node.shortBy > 0);
  return { edges, pageInfo: members.pageInfo };
}

// ---- points rules, ledger, stars (积分, 004 art.11) -----------------------------------------------------

/** The region's rules of a year: the saved ones, or the defaults (version 0). */
export async function engagementRules(principal: Principal, args: { year: number }, ports: Ports): Promise<EngagementRules> {
  const year = parseInput(yearInput, args.year);
  const { regionId } = authorize(principal, engagementPolicy.readRules);
  return rulesOf(regionId, year, ports);
}

/** The region admin changes a year's rules. Credited points move only by an explicit recompute. */
export async function setEngagementRules(principal: Principal, input: unknown, ports: Ports): Promise<EngagementRules> {
  const data = parseInput(setEngagementRulesInput, input);
  const caller = authorize(principal, engagementPolicy.manageRules);
  const current = await rulesOf(caller.regionId, data.year, ports);
  if (current.version !== data.version) throw conflict('积分规则已被他人修改，请刷新后重试');
  const { year: _year, version: _version, ...changes } = data;
  const now = ports.now().toISOString();
  const next: EngagementRules = withChanges({ ...current, version: current.version + 1, updatedAt: now, updatedBy: caller.displayName }, nonNull(changes));
  const entry = recordChange(caller, ports, ENGAGEMENT_RULES_AUDIT, {
    operation: 'setEngagementRules', recordId: `${caller.regionId}.${data.year}`, version: next.version, before: current, after: next,
  });
  await refusing(ports.engagementRules.save(next, current.version, { audit: entry }), (r) => (r instanceof StaleVersionError ? conflict('积分规则已被他人修改，请刷新后重试') : undefined));
  return next;
}

/** A member's year: its figures with the stars the year's rules give (the member, its unit's liaison, the secretariat). */
export interface MemberPoints extends MemberYearFigures {
  stars: number;
  nextStarAt: number | null;
  volunteerStars: number;
  trainingRequired: number;
}

export async function memberPoints(principal: Principal, args: { memberId: string; year: number }, ports: Ports): Promise<MemberPoints> {
  const year = parseInput(yearInput, args.year);
  const { regionId, member } = await mayReadMember(principal, args.memberId, ports);
  const [[figures], rules] = await Promise.all([ports.points.figures(regionId, year, [args.memberId]), rulesOf(regionId, year, ports)]);
  return {
    ...figures!,
    stars: starsFor(figures!.points, rules.starPoints),
    nextStarAt: nextThreshold(figures!.points, rules.starPoints),
    volunteerStars: starsFor(figures!.serviceHours, rules.volunteerStarHours),
    trainingRequired: requiredTrainingHours(member?.roles ?? []),
  };
}

/** A member's own year (viewer.memberPoints). */
export async function ownPoints(principal: Principal, args: { year: number }, ports: Ports): Promise<MemberPoints | null> {
  if (!principal.memberId || !principal.regionId) return null;
  return memberPoints(principal, { memberId: principal.memberId, year: args.year }, ports);
}

/** The ledger lines behind a MemberPoints (already authorized by its parent), newest first. */
export function pointsEntries(parent: Pick<MemberYearFigures, 'regionId' | 'memberId' | 'year'>, args: PageArgs, ports: Ports) {
  return readPage(ports.points.entries(parent.regionId, parent.memberId, parent.year, pageRequest(args)));
}

/** The region admin adds or deducts points with the reason: a ledger line of its own. */
export async function adjustMemberPoints(principal: Principal, input: unknown, ports: Ports): Promise<PointsEntry> {
  const data = parseInput(adjustMemberPointsInput, input);
  const caller = authorize(principal, engagementPolicy.manageRules);
  const member = await memberOnRoster(caller.regionId, data.memberId, ports);
  const rules = await rulesOf(caller.regionId, data.year, ports);
  const entry: PointsEntry = {
    id: `ADJUSTMENT.${ports.newId()}`,
    regionId: caller.regionId,
    memberId: member.id,
    year: data.year,
    kind: 'ADJUSTMENT',
    correcting: null,
    sourceId: null,
    basis: null,
    points: data.points,
    reason: data.reason,
    rulesVersion: rules.version,
    createdAt: ports.now().toISOString(),
    createdBy: caller.displayName,
  };
  const audit = recordChange(caller, ports, POINTS_AUDIT, { operation: 'adjustMemberPoints', recordId: member.id, version: null, before: null, after: entry });
  await refusing(ports.points.credit({ figures: {}, entry }, { audit }), (r) => (r instanceof AlreadyTakenError ? conflict('编号冲突，请重试') : undefined));
  return entry;
}

export interface PointsRecompute {
  year: number;
  rulesVersion: number;
  processed: number;
  corrected: number;
  done: boolean;
  after: string | null;
}

/**
 * Moves a year's credited points to its current rules, RECOMPUTE_MEMBERS_PER_STEP members a call: for each source a
 * member earned points from, what the rules give its basis minus what the ledger holds becomes one correction line
 * (written once per rules version: a repeated or concurrent step finds it taken or finds nothing to correct).
 */
export async function recomputePoints(principal: Principal, args: { year: number; after?: string | null }, ports: Ports): Promise<PointsRecompute> {
  const year = parseInput(yearInput, args.year);
  const caller = authorize(principal, engagementPolicy.manageRules);
  const rules = await rulesOf(caller.regionId, year, ports);
  const members = await readPage(ports.points.membersWithFigures(caller.regionId, year, { size: RECOMPUTE_MEMBERS_PER_STEP, after: args.after }));
  let corrected = 0;
  for (const { node } of members.edges) {
    const entries = await allEntries(caller.regionId, node.memberId, year, ports);
    for (const correction of corrections(entries, rules, node.memberId)) {
      const entry: PointsEntry = {
        ...correction,
        regionId: caller.regionId,
        memberId: node.memberId,
        year,
        kind: 'RECOMPUTE',
        rulesVersion: rules.version,
        createdAt: ports.now().toISOString(),
        createdBy: caller.displayName,
      };
      const audit = recordChange(caller, ports, POINTS_AUDIT, { operation: 'recomputePoints', recordId: node.memberId, version: null, before: null, after: entry });
      try {
        await ports.points.credit({ figures: {}, entry }, { audit });
        corrected++;
      } catch (error) {
        // Another step of the same recompute wrote this correction first: nothing is lost or counted twice.
        if (!(error instanceof AlreadyTakenError)) throw error;
      }
    }
  }
  return { year, rulesVersion: rules.version, processed: members.edges.length, corrected, done: !members.pageInfo.hasNextPage, after: members.pageInfo.endCursor };
}

/** Per source (kind and record) of a member's year: the rules' points for its basis minus what the ledger holds. */
export function corrections(entries: readonly PointsEntry[], rules: EngagementRules, memberId: string) {
  const sources = new Map<string, { kind: PointsKind; sourceId: string; basis: number; points: number }>();
  for (const entry of entries) {
    const kind = entry.kind === 'RECOMPUTE' ? entry.correcting : entry.kind;
    if (!kind || kind === 'ADJUSTMENT' || kind === 'RECOMPUTE' || !entry.sourceId) continue;
    const key = `${kind}.${entry.sourceId}`;
    const source = sources.get(key) ?? { kind, sourceId: entry.sourceId, basis: 0, points: 0 };
    if (entry.kind !== 'RECOMPUTE') source.basis += entry.basis ?? 0;
    source.points += entry.points;
    sources.set(key, source);
  }
  return [...sources.values()].flatMap((source) => {
    const delta = roundPoints(roundPoints(source.basis * rateOf(rules, source.kind)) - source.points);
    if (delta === 0) return [];
    return [{
      id: recomputeEntryId(source.kind, source.sourceId, memberId, rules.version),
      correcting: source.kind,
      sourceId: source.sourceId,
      basis: source.basis,
      points: delta,
      reason: `按${rules.year}年度积分规则（第 ${rules.version} 版）重算`,
    }];
  });
}

async function allEntries(regionId: string, memberId: string, year: number, ports: Ports): Promise<PointsEntry[]> {
  const entries: PointsEntry[] = [];
  let after: string | null | undefined;
  do {
    const page = await ports.points.entries(regionId, memberId, year, { size: 100, after });
    entries.push(...page.edges.map((e) => e.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after && entries.length < MAX_ENTRIES_PER_MEMBER_YEAR);
  return entries;
}

/**
 * What a record credits: its basis at the year's rate, as the ledger line `pointsEntryId(kind, sourceId)` (a record
 * credits once), with the figures its kind moves.
 */
export async function creditFor(
  caller: RegionPrincipal,
  ports: Ports,
  source: { kind: Exclude<PointsKind, 'ADJUSTMENT' | 'RECOMPUTE'>; memberId: string; year: number; sourceId: string; entryId?: string; basis: number; reason: string; figures: Credit['figures'] },
): Promise<Credit> {
  const rules = await rulesOf(caller.regionId, source.year, ports);
  return {
    figures: source.figures,
    entry: {
      id: source.entryId ?? pointsEntryId(source.kind, source.sourceId),
      regionId: caller.regionId,
      memberId: source.memberId,
      year: source.year,
      kind: source.kind,
      correcting: null,
      sourceId: source.sourceId,
      basis: source.basis,
      points: roundPoints(source.basis * rateOf(rules, source.kind)),
      reason: source.reason,
      rulesVersion: rules.version,
      createdAt: ports.now().toISOString(),
      createdBy: caller.displayName,
    },
  };
}

export async function rulesOf(regionId: string, year: number, ports: Ports): Promise<EngagementRules> {
  return (await ports.engagementRules.get(regionId, year)) ?? defaultRules(regionId, year);
}

// ---- democratic evaluation (民主评议党员, 004 art.15) --------------------------------------------------

/**
 * The member's unit (its liaison) or the secretariat grades a member for a year: one grade per member and year
 * (a change carries the version read); 不合格 needs the reason; under the region's rule an in-service member with no
 * confirmed community report cannot be graded above 基本合格.
 */
export async function setEvaluationGrade(principal: Principal, input: unknown, ports: Ports): Promise<EvaluationGrade> {
  const data = parseInput(setEvaluationGradeInput, input);
  const { regionId } = authorize(principal, engagementPolicy.readRules);
  const member = await memberOnRoster(regionId, data.memberId, ports);
  const caller = authorize(principal, engagementPolicy.recordForMember, { unitId: member.unitId });
  if (data.year > yearInChina(ports.now())) throw badInput('year', '不能评议未来的年度');
  if (data.grade === 'UNQUALIFIED' && !data.reason) throw badInput('reason', '评为不合格须填写原因');
  // The member's confirmed reports as the grid reads them, so the grade allowed here is the one the grid shows.
  const [rules, [reports], [current]] = await Promise.all([
    rulesOf(regionId, data.year, ports),
    ports.communityReports.confirmedReportsOf(regionId, [member.id]),
    ports.evaluations.getMany(regionId, data.year, [member.id]),
  ]);
  const cap = gradeCap(rules, member, reports!.length > 0);
  if (!gradeAllowed(data.grade, cap.maxGrade)) throw badInput('grade', `${cap.reason}，最高只能评为“${EVALUATION_GRADE_LABELS[cap.maxGrade]}”`);
  if ((current?.version ?? 0) !== (data.version ?? 0)) throw conflict('该党员的评议结果已被他人修改，请刷新后重试');
  const next: EvaluationGrade = {
    regionId,
    memberId: member.id,
    memberName: member.name,
    unitId: member.unitId,
    year: data.year,
    grade: data.grade,
    comment: data.comment ?? null,
    reason: data.grade === 'UNQUALIFIED' ? data.reason! : null,
    gradedAt: ports.now().toISOString(),
    gradedBy: caller.displayName,
    version: (current?.version ?? 0) + 1,
  };
  const entry = recordChange(caller, ports, EVALUATION_AUDIT, {
    operation: 'setEvaluationGrade', recordId: `${member.id}.${data.year}`, version: next.version, before: current ?? null, after: next,
  });
  await refusing(ports.evaluations.save({ current: current ?? null, next }, { audit: entry }), (r) =>
    r instanceof AlreadyTakenError || r instanceof StaleVersionError ? conflict('该党员的评议结果已被他人修改，请刷新后重试') : undefined,
  );
  return next;
}

/** The best grade the region's rule allows a member, and why it is capped. */
export function gradeCap(rules: Pick<EngagementRules, 'capGradeWithoutReport' | 'year'>, member: Pick<Member, 'category'>, hasConfirmedReport: boolean) {
  if (rules.capGradeWithoutReport && member.category === 'IN_SERVICE' && !hasConfirmedReport) {
    return { maxGrade: 'BASICALLY_QUALIFIED' as EvaluationGradeValue, reason: `在职党员${rules.year}年度未到社区报到（或报到未经确认）` };
  }
  return { maxGrade: 'EXCELLENT' as EvaluationGradeValue, reason: null };
}

export interface EvaluationRow {
  member: Member;
  grade: EvaluationGrade | null;
  communityReport: CommunityReport | null;
  serviceHours: number;
  postsHeld: number;
  maxGrade: EvaluationGradeValue;
  capReason: string | null;
}

/**
 * A unit's members (a page of its roster, by name) with their grade of the year and what their communities fed
 * back: the newest confirmed report (to any community), the confirmed service hours, the posts held under their
 * confirmed reports. A fixed number of reads per page, whatever the unit's reports: the roster page, then batches.
 */
export async function evaluationGrid(principal: Principal, args: PageArgs & { unitId: string; year: number }, ports: Ports): Promise<Page<EvaluationRow>> {
  const year = parseInput(yearInput, args.year);
  const { regionId } = authorize(principal, engagementPolicy.recordForMember, { unitId: args.unitId });
  const members = await readPage(ports.members.list(regionId, parseInput(memberFilterInput, { unitId: args.unitId }), pageRequest({ first: args.first ?? 50, after: args.after })));
  const ids = members.edges.map((e) => e.node.id);
  const [grades, figures, rules, reports] = await Promise.all([
    ports.evaluations.getMany(regionId, year, ids),
    ports.points.figures(regionId, year, ids),
    rulesOf(regionId, year, ports),
    ports.communityReports.confirmedReportsOf(regionId, ids),
  ]);
  const edges = members.edges.map((edge, i) => {
    const own = reports[i]!;
    const cap = gradeCap(rules, edge.node, own.length > 0);
    return {
      cursor: edge.cursor,
      node: {
        member: edge.node,
        grade: grades[i] ?? null,
        communityReport: own[0] ?? null,
        serviceHours: figures[i]!.serviceHours,
        postsHeld: own.reduce((sum, r) => sum + r.postsHeld, 0),
        maxGrade: cap.maxGrade,
        capReason: cap.reason,
      },
    };
  });
  return { edges, pageInfo: members.pageInfo };
}

/** A unit's grades of a year: counts per grade from the counters kept on write, and the share of 优秀. */
export async function unitEvaluation(principal: Principal, args: { unitId: string; year: number }, ports: Ports) {
  const year = parseInput(yearInput, args.year);
  const { regionId } = authorize(principal, engagementPolicy.recordForMember, { unitId: args.unitId });
  const [unit, [counts]] = await Promise.all([ports.units.get(regionId, args.unitId), ports.evaluations.unitCounts(regionId, year, [args.unitId])]);
  if (!unit) throw notFound('单位', args.unitId);
  const graded = EVALUATION_GRADES.reduce((sum, grade) => sum + counts![grade], 0);
  return {
    unitId: unit.id,
    year,
    members: unit.memberCount,
    graded,
    byGrade: EVALUATION_GRADES.map((grade) => ({ grade, count: counts![grade] })),
    excellentShare: graded === 0 ? null : counts!.EXCELLENT / graded,
  };
}

// ---- helpers -----------------------------------------------------------------------------------------

/** The member itself, its unit's liaison, or the secretariat. */
async function mayReadMember(principal: Principal, memberId: string, ports: Ports) {
  const { regionId } = authorize(principal, engagementPolicy.readRules);
  const member = await ports.members.get(regionId, memberId);
  authorize(principal, engagementPolicy.readMemberRecords, { memberId, unitId: member?.unitId });
  return { regionId, member };
}

async function memberOnRoster(regionId: string, memberId: string, ports: Ports): Promise<Member> {
  if (!memberId) throw badInput('memberId', '请选择党员');
  const member = await ports.members.get(regionId, memberId);
  if (!member || !onRoster(member)) throw badInput('memberId', '党员不存在或已不在名册中');
  return member;
}

/** Input fields given as null mean "leave as is" for the rules (none of them can be cleared). */
function nonNull<T extends Record<string, unknown>>(changes: T): Partial<{ [K in keyof T]: NonNullable<T[K]> }> {
  return Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== null && v !== undefined)) as Partial<{ [K in keyof T]: NonNullable<T[K]> }>;
}
