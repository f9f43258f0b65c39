import { allows, authorize } from '../../auth/policy';
import { hasRole, type Principal, type RegionPrincipal } from '../../auth/principal';
import { fileUploads, photoOrOther } from '../archive/service';
import { recordChange } from '../audit/service';
import { claimUpload, uploadRefusal } from '../files/service';
import { badInput, conflict, forbidden, notFound, type DomainError } from '../errors';
import { onRoster } from '../members/member';
import { pageRequest, readPage } from '../paging';
import type { Ports } from '../ports';
import { PAIRING_TARGET_KINDS, type Unit } from '../units/unit';
import { parseInput, todayInChina, withChanges, yearInChina } from '../validation';
import { AlreadyTakenError, GuardFailedError, RecordMissingError, refusing, StaleVersionError, type WriteRefusedError } from '../write-refusals';
import { yearFigures, type ListYearFigures } from './figures';
import { LIST_SETTINGS_AUDIT, NEED_AUDIT, NEED_STATUS_LABELS, type ListSettings, type Need } from './need';
import { listsPolicy } from './policy';
import { MAX_PROJECT_HISTORY, MAX_PROJECT_RESOURCES, MAX_UNIT_CLAIMS, type Change } from './ports';
import {
  CLAIM_AUDIT, memberClaimId, PROGRESS_AUDIT, PROJECT_AUDIT, PROJECT_STATUS_LABELS, projectIdOfClaim, RATING_AUDIT, resourceClaimId, unitClaimId,
  type Claim, type Project, type ProjectEvent, type ProjectProgress, type ProjectRating, type ProjectStatus,
} from './project';
import { RESOURCE_AUDIT, type Resource } from './resource';
import {
  allowedProjectActions, assertCategory, assertMove, assertMoveNote, assertWindow, BEFORE_START, claimProjectInput,
  claimResourceInput, closeNeedInput, coversDates, createNeedInput, createProjectFromNeedInput, createResourceInput, MAX_SUGGESTIONS,
  needFilterInput, projectFilterInput, rateProjectInput, reportProgressInput, resourceFilterInput, transitionProjectInput, typesForCategory,
  setListSettingsInput, settingsOrDefaults, updateNeedInput, updateResourceInput, yearInput, type ProjectStanding,
} from './rules';

type PageArgs = { first?: number | null; after?: string | null };

/** 年度清单概况: the year's counts, kept on write (one read). */
export async function listYear(principal: Principal, year: number, ports: Ports): Promise<ListYearFigures> {
  const caller = authorize(principal, listsPolicy.readNeeds);
  const data = parseInput(yearInput, { year });
  return yearFigures(data.year, await ports.listFigures.get(caller.regionId, data.year));
}

// ---- needs -------------------------------------------------------------------------------------------

export async function listNeeds(principal: Principal, args: PageArgs & { filter: unknown }, ports: Ports) {
  const caller = authorize(principal, listsPolicy.readNeeds);
  return readPage(ports.needs.list(caller.regionId, parseInput(needFilterInput, args.filter), pageRequest(args)));
}

export async function getNeed(principal: Principal, needId: string, ports: Ports) {
  const caller = authorize(principal, listsPolicy.readNeeds);
  return ports.needs.get(caller.regionId, needId);
}

/** The region's settings of the lists (its need categories, the claim window), the defaults until it sets its own. */
export async function getListSettings(principal: Principal, ports: Ports): Promise<ListSettings> {
  const caller = authorize(principal, listsPolicy.readNeeds);
  return settingsOrDefaults(caller.regionId, await ports.listSettings.get(caller.regionId));
}

export async function listNeedCategories(principal: Principal, ports: Ports): Promise<string[]> {
  return (await getListSettings(principal, ports)).needCategories;
}

/** The secretariat sets the region's need categories and claim window (needs keep the category they have). */
export async function setListSettings(principal: Principal, input: unknown, ports: Ports): Promise<ListSettings> {
  const caller = authorize(principal, listsPolicy.settings);
  const data = parseInput(setListSettingsInput, input);
  const current = await ports.listSettings.get(caller.regionId);
  if ((current?.version ?? 0) !== data.version) throw conflict();
  const base = settingsOrDefaults(caller.regionId, current);
  const next: ListSettings = {
    ...base,
    needCategories: data.needCategories ?? base.needCategories,
    claimWindowDays: data.claimWindowDays ?? base.claimWindowDays,
    version: data.version + 1,
  };
  const entry = recordChange(caller, ports, LIST_SETTINGS_AUDIT, { operation: 'setListSettings', recordId: `list-settings-${caller.regionId}`, version: next.version, before: base, after: next });
  await refusing(ports.listSettings.save({ current, next }, { audit: entry }), (r) => (r instanceof StaleVersionError ? conflict() : undefined));
  return next;
}

/** A community's need for a year, filed by its liaison or by the secretariat for it. */
export async function createNeed(principal: Principal, input: unknown, ports: Ports): Promise<Need> {
  const data = parseInput(createNeedInput, input);
  const caller = authorize(principal, listsPolicy.writeNeed, { unitId: data.communityUnitId });
  assertCategory(settingsOrDefaults(caller.regionId, await ports.listSettings.get(caller.regionId)), data.category);
  assertWindow(data.wantedFrom, data.wantedUntil, 'wantedUntil', '需要截止日期');
  await assertCommunity(caller, data.communityUnitId, ports);
  const now = ports.now().toISOString();
  const need: Need = {
    id: ports.newId(),
    regionId: caller.regionId,
    year: data.year,
    title: data.title,
    description: data.description ?? null,
    category: data.category,
    urgency: data.urgency,
    source: data.source,
    raisedBy: data.raisedBy ?? null,
    communityUnitId: data.communityUnitId,
    wantedFrom: data.wantedFrom ?? null,
    wantedUntil: data.wantedUntil ?? null,
    status: 'COLLECTED',
    statusReason: null,
    projectId: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  const entry = recordChange(caller, ports, NEED_AUDIT, { operation: 'createNeed', recordId: need.id, version: 1, before: null, after: need });
  await refusing(ports.needs.create(need, { audit: entry }), (r) => (r instanceof AlreadyTakenError ? conflict('需求编号冲突，请重试') : undefined));
  return need;
}

export async function updateNeed(principal: Principal, input: unknown, ports: Ports): Promise<Need> {
  const data = parseInput(updateNeedInput, input);
  const current = await existingNeed(principal, data.id, ports, data.version);
  const caller = authorize(principal, listsPolicy.writeNeed, { unitId: current.communityUnitId });
  assertCollected(current);
  const next: Need = withChanges({ ...current, version: data.version + 1, updatedAt: ports.now().toISOString() }, data);
  if (data.category !== undefined && data.category !== current.category) {
    assertCategory(settingsOrDefaults(caller.regionId, await ports.listSettings.get(caller.regionId)), next.category);
  }
  assertWindow(next.wantedFrom, next.wantedUntil, 'wantedUntil', '需要截止日期');
  return saveNeed(caller, ports, 'updateNeed', current, next);
}

/** 未采纳: a collected need closed without a project, with the reason (shown on the list). */
export async function closeNeed(principal: Principal, input: unknown, ports: Ports): Promise<Need> {
  const data = parseInput(closeNeedInput, input);
  const current = await existingNeed(principal, data.id, ports, data.version);
  const caller = authorize(principal, listsPolicy.writeNeed, { unitId: current.communityUnitId });
  assertCollected(current);
  const next: Need = { ...current, status: 'NOT_TAKEN_UP', statusReason: data.reason, version: data.version + 1, updatedAt: ports.now().toISOString() };
  return saveNeed(caller, ports, 'closeNeed', current, next);
}

// ---- resources ---------------------------------------------------------------------------------------

export async function listResources(principal: Principal, args: PageArgs & { filter: unknown }, ports: Ports) {
  const caller = authorize(principal, listsPolicy.readResources);
  return readPage(ports.resources.list(caller.regionId, parseInput(resourceFilterInput, args.filter), pageRequest(args)));
}

export async function getResource(principal: Principal, resourceId: string, ports: Ports) {
  const caller = authorize(principal, listsPolicy.readResources);
  return ports.resources.get(caller.regionId, resourceId);
}

/** Whether the caller sees a resource's contact phone whole: the secretariat and the offering unit's liaison. */
export const seesResourceContact = (principal: Principal, resource: Pick<Resource, 'unitId'>) =>
  allows(principal, listsPolicy.writeResource, { unitId: resource.unitId });

export async function createResource(principal: Principal, input: unknown, ports: Ports): Promise<Resource> {
  const data = parseInput(createResourceInput, input);
  const caller = authorize(principal, listsPolicy.writeResource, { unitId: data.unitId });
  assertWindow(data.availableFrom, data.availableUntil, 'availableUntil', '可用截止日期');
  await assertTakingPart(caller, data.unitId, 'unitId', ports);
  const now = ports.now().toISOString();
  const resource: Resource = {
    id: ports.newId(),
    regionId: caller.regionId,
    year: data.year,
    unitId: data.unitId,
    type: data.type,
    title: data.title,
    description: data.description ?? null,
    quantity: data.quantity,
    quantityUnit: data.quantityUnit,
    quantityLeft: data.quantity,
    availableFrom: data.availableFrom ?? null,
    availableUntil: data.availableUntil ?? null,
    contactName: data.contactName ?? null,
    contactPhone: data.contactPhone ?? null,
    status: 'AVAILABLE',
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  const entry = recordChange(caller, ports, RESOURCE_AUDIT, { operation: 'createResource', recordId: resource.id, version: 1, before: null, after: resource });
  await refusing(ports.resources.create(resource, { audit: entry }), (r) => (r instanceof AlreadyTakenError ? conflict('资源编号冲突，请重试') : undefined));
  return resource;
}

export async function updateResource(principal: Principal, input: unknown, ports: Ports): Promise<Resource> {
  const data = parseInput(updateResourceInput, input);
  const current = await existingResource(principal, data.id, ports, data.version);
  const caller = authorize(principal, listsPolicy.writeResource, { unitId: current.unitId });
  if (current.status === 'WITHDRAWN') throw badInput('id', '资源已撤回，不能修改');
  const next: Resource = withChanges({ ...current, version: data.version + 1, updatedAt: ports.now().toISOString() }, data);
  const taken = current.quantity - current.quantityLeft;
  if (next.quantity < taken) throw badInput('quantity', `已有项目使用 ${taken}${current.quantityUnit}，数量不能少于 ${taken}`);
  next.quantityLeft = current.quantityLeft + (next.quantity - current.quantity);
  assertWindow(next.availableFrom, next.availableUntil, 'availableUntil', '可用截止日期');
  return saveResource(caller, ports, 'updateResource', current, next);
}

/** What is left goes back to the unit; quantities given to projects stay given. */
export async function withdrawResource(principal: Principal, args: { id: string; version: number }, ports: Ports): Promise<Resource> {
  const current = await existingResource(principal, args.id, ports, args.version);
  const caller = authorize(principal, listsPolicy.writeResource, { unitId: current.unitId });
  if (current.status === 'WITHDRAWN') throw badInput('id', '资源已撤回');
  const next: Resource = { ...current, status: 'WITHDRAWN', version: args.version + 1, updatedAt: ports.now().toISOString() };
  return saveResource(caller, ports, 'withdrawResource', current, next);
}

export interface ResourceSuggestion {
  resource: Resource;
  paired: boolean;
  typeFits: boolean;
}

/**
 * Resources that could serve a need (对接): of the need's year, not withdrawn, some quantity left, in time for
 * the need's dates, of a type that fits its category; units paired (结对) with the need's community first.
 * Bounded reads: the fitting types' available resources (MAX_SUGGESTIONS × 2) and one page of the community's pairings.
 */
export async function suggestResources(principal: Principal, needId: string, ports: Ports): Promise<ResourceSuggestion[]> {
  const caller = authorize(principal, listsPolicy.match);
  const need = await ports.needs.get(caller.regionId, needId);
  if (!need) throw notFound('需求', needId);
  const { types, fitting } = typesForCategory(need.category);
  const [available, pairedUnits] = await Promise.all([
    ports.resources.listAvailable(caller.regionId, need.year, types, MAX_SUGGESTIONS * 2),
    pairedWith(caller, need.communityUnitId, ports),
  ]);
  return available
    .filter((resource) => coversDates(resource, need))
    .map((resource) => ({ resource, paired: pairedUnits.has(resource.unitId), typeFits: fitting }))
    .sort((a, b) => Number(b.paired) - Number(a.paired))
    .slice(0, MAX_SUGGESTIONS);
}

// ---- projects ----------------------------------------------------------------------------------------

export async function listProjects(principal: Principal, args: PageArgs & { filter: unknown }, ports: Ports) {
  const caller = authorize(principal, listsPolicy.readProjects);
  return readPage(ports.projects.list(caller.regionId, parseInput(projectFilterInput(todayInChina(ports.now())), args.filter), pageRequest(args)));
}

export async function getProject(principal: Principal, projectId: string, ports: Ports) {
  const caller = authorize(principal, listsPolicy.readProjects);
  return ports.projects.get(caller.regionId, projectId);
}

/**
 * 认领大厅: the year's approved projects the caller may claim now. A page of approved projects is read and
 * those the caller cannot claim (claimed solo, in another community's paired window, no place left) are left
 * out of it, so a page may hold fewer than asked; the cursor still moves on.
 */
export async function claimableProjects(principal: Principal, args: PageArgs & { year: number }, ports: Ports) {
  const caller = authorize(principal, listsPolicy.readProjects);
  const filter = parseInput(projectFilterInput(todayInChina(ports.now())), { year: args.year, status: 'APPROVED' });
  const page = await readPage(ports.projects.list(caller.regionId, filter, pageRequest(args)));
  const now = ports.now();
  const paired = caller.unitId && !hasRole(caller, 'REGION_ADMIN') ? await pairedWith(caller, caller.unitId, ports) : new Set<string>();
  const open = (project: Project) => {
    if (hasRole(caller, 'REGION_ADMIN')) return true;
    if (hasRole(caller, 'UNIT_LIAISON') && caller.unitId) return !project.soloUnitId && (windowOpenToAll(project, now) || paired.has(project.communityUnitId));
    return project.volunteerSlots > project.slotsTaken;
  };
  return { ...page, edges: page.edges.filter((edge) => open(edge.node)) };
}

/** Need(s) + resources with quantities → a SUBMITTED project, in one transaction (ports.ts createFromNeeds). */
export async function createProjectFromNeed(principal: Principal, input: unknown, ports: Ports): Promise<Project> {
  const caller = authorize(principal, listsPolicy.match);
  const data = parseInput(createProjectFromNeedInput, input);
  assertWindow(data.startsOn, data.targetOn, 'targetOn', '目标完成日期');
  const needIds = [...new Set([data.needId, ...(data.moreNeedIds ?? [])])];
  const resourceIds = data.resources.map((r) => r.resourceId);
  if (new Set(resourceIds).size !== resourceIds.length) throw badInput('resources', '同一项资源只能列一次');
  const [needs, resources] = await Promise.all([ports.needs.getMany(caller.regionId, needIds), ports.resources.getMany(caller.regionId, resourceIds)]);
  const first = needs[0];
  if (!first) throw notFound('需求', data.needId);
  needs.forEach((need, i) => {
    const field = i === 0 ? 'needId' : `moreNeedIds.${(data.moreNeedIds ?? []).indexOf(needIds[i]!)}`;
    if (!need) throw badInput(field, '需求不存在');
    if (need.status !== 'COLLECTED') throw badInput(field, `需求“${need.title}”当前状态为“${NEED_STATUS_LABELS[need.status]}”，不能再立项`);
    if (need.communityUnitId !== first.communityUnitId || need.year !== first.year) throw badInput(field, '一个项目的需求须来自同一社区、同一年度');
  });
  resources.forEach((resource, i) => {
    const field = `resources.${i}`;
    if (!resource) throw badInput(`${field}.resourceId`, '资源不存在');
    if (resource.status === 'WITHDRAWN') throw badInput(`${field}.resourceId`, `资源“${resource.title}”已撤回`);
    const wanted = data.resources[i]!.quantity;
    if (wanted > resource.quantityLeft) throw badInput(`${field}.quantity`, quantityLeftMessage(resource));
  });
  const now = ports.now().toISOString();
  const project: Project = {
    id: ports.newId(),
    regionId: caller.regionId,
    year: first.year,
    title: data.title,
    description: data.description ?? null,
    needIds,
    communityUnitId: first.communityUnitId,
    status: 'SUBMITTED',
    budget: data.budget ?? null,
    startsOn: data.startsOn ?? null,
    targetOn: data.targetOn ?? null,
    volunteerSlots: data.volunteerSlots ?? 0,
    slotsTaken: 0,
    unitClaimCount: 0,
    soloUnitId: null,
    leadUnitId: null,
    ratingCount: 0,
    ratingSum: 0,
    claimWindowEndsAt: null,
    acceptanceNote: null,
    acceptedAt: null,
    statusReason: null,
    history: [{ at: now, by: caller.displayName, action: 'SUBMITTED', from: null, to: 'SUBMITTED', note: null }],
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  const needChanges = (needs as Need[]).map((need) => ({
    current: need,
    next: { ...need, status: 'IN_PROJECT' as const, projectId: project.id, version: need.version + 1, updatedAt: now },
  }));
  const takes = (resources as Resource[]).map((resource, i) => ({
    resource,
    claim: resourceClaim(caller, ports, project, resource, data.resources[i]!.quantity),
  }));
  const entry = recordChange(caller, ports, PROJECT_AUDIT, {
    operation: 'createProjectFromNeed',
    recordId: project.id,
    version: 1,
    before: null,
    after: project,
    note: { field: 'resources', value: takes.map((t) => `${t.resource.title} ${t.claim.quantity}${t.resource.quantityUnit}`).join('；') },
  });
  await refusing(ports.projects.createFromNeeds(project, needChanges, takes, { audit: entry }), (refusal) => {
    if (refusal instanceof GuardFailedError && refusal.record.type === 'Resource') {
      const i = resourceIds.indexOf(refusal.record.id);
      return badInput(`resources.${i}.quantity`, `资源“${resources[i]?.title}”的剩余数量刚被其他项目使用，已不足 ${data.resources[i]?.quantity}${resources[i]?.quantityUnit}，请刷新后重选`);
    }
    return refusal instanceof AlreadyTakenError ? conflict('项目编号冲突，请重试') : undefined;
  });
  return project;
}

/** A lifecycle move (002 art.20–21): allowed from the current status, by the caller's standing, with its note. */
export async function transitionProject(principal: Principal, input: unknown, ports: Ports): Promise<Project> {
  const caller = authorize(principal, listsPolicy.moveProject);
  const data = parseInput(transitionProjectInput, input);
  const current = await existingProject(caller, data.id, ports, data.version);
  assertMove(current, data.to, await standingOf(caller, current, ports));
  assertMoveNote(data.to, data.note);
  if (data.to === 'IN_PROGRESS' && current.unitClaimCount === 0) throw badInput('to', '项目尚无责任单位认领，不能开始实施');
  const now = ports.now();
  const next: Project = {
    ...current,
    status: data.to,
    version: data.version + 1,
    updatedAt: now.toISOString(),
    history: withEvent(current, { at: now.toISOString(), by: caller.displayName, action: data.to, from: current.status, to: data.to, note: data.note ?? null }),
  };
  if (data.to === 'APPROVED') {
    const { claimWindowDays } = settingsOrDefaults(caller.regionId, await ports.listSettings.get(caller.regionId));
    next.claimWindowEndsAt = new Date(now.getTime() + claimWindowDays * 86_400_000).toISOString();
  }
  if (data.to === 'ACCEPTED') Object.assign(next, { acceptanceNote: data.note, acceptedAt: now.toISOString() });
  if (data.to === 'REJECTED' || data.to === 'CANCELLED') next.statusReason = data.note ?? null;
  const [needChanges, releases] = await Promise.all([needsFollowing(caller, next, ports), resourcesReleased(caller, current, next, ports)]);
  const entry = recordChange(caller, ports, PROJECT_AUDIT, { operation: 'transitionProject', recordId: next.id, version: next.version, before: current, after: next, note: { field: 'note', value: data.note } });
  await refusing(ports.projects.save({ current, next }, needChanges, { audit: entry }, releases), (refusal) => {
    if (refusal instanceof StaleVersionError && refusal.record.type === 'Claim') return conflict('项目的资源认领刚有变化，请刷新后重试');
    if (refusal instanceof GuardFailedError && refusal.guard === 'no-responsible-unit') return badInput('to', '项目尚无责任单位认领，不能开始实施');
    return projectRefusal(refusal);
  });
  return next;
}

/**
 * A progress report (进展) while the project is carried out, with photos and files: the responsible unit's liaison or
 * the secretariat. Its own record (the project's version does not move: two units may report at once).
 */
export async function reportProjectProgress(principal: Principal, input: unknown, ports: Ports): Promise<ProjectProgress> {
  const caller = authorize(principal, listsPolicy.moveProject);
  const data = parseInput(reportProgressInput, input);
  const project = await ports.projects.get(caller.regionId, data.id);
  if (!project) throw notFound('项目', data.id);
  const standing = await standingOf(caller, project, ports);
  if (!standing.secretariat && !standing.responsible) throw forbidden('只有责任单位或街道党工委（秘书处）可以报告进展');
  if (project.status !== 'IN_PROGRESS') throw badInput('id', `项目当前状态为“${PROJECT_STATUS_LABELS[project.status]}”，实施中才能报告进展`);
  const uploadIds = [...new Set(data.fileUploadIds ?? [])];
  const claimed = await Promise.all(uploadIds.map((uploadId, i) => claimUpload(caller, uploadId, `fileUploadIds.${i}`, ports)));
  const progress: ProjectProgress = {
    id: ports.newId(),
    regionId: caller.regionId,
    projectId: project.id,
    at: ports.now().toISOString(),
    by: caller.displayName,
    unitId: standing.secretariat ? null : (caller.unitId ?? null),
    note: data.note,
    files: claimed.map((c) => c.file),
  };
  const entry = recordChange(caller, ports, PROGRESS_AUDIT, {
    operation: 'reportProjectProgress',
    recordId: project.id,
    version: null,
    before: null,
    after: progress,
    note: { field: 'files', value: progress.files.map((f) => f.name).join('、') },
  });
  // Its photos and files go into the archive with it (活动照片 / 其他, the reporting unit's when a unit reported).
  const archive = fileUploads(caller, claimed, (file) => ({
    title: `${project.title} 项目进展：${file.name}`, folder: photoOrOther(file), year: yearInChina(new Date(progress.at)), unitId: progress.unitId,
    note: `共建项目进展（${progress.by}）`,
  }), ports);
  await refusing(ports.projects.reportProgress(progress, { audit: entry, uploads: claimed.map((c) => c.claim), archive }), (refusal) => {
    if (refusal instanceof GuardFailedError) return badInput('id', '项目已不在实施中，不能报告进展');
    return uploadRefusal(claimed, refusal) ?? projectRefusal(refusal);
  });
  return progress;
}

/** A project's progress reports, newest first. */
export async function projectProgress(principal: Principal, project: Project, args: PageArgs, ports: Ports) {
  const caller = authorize(principal, listsPolicy.readProjects);
  return readPage(ports.projects.progress(caller.regionId, project.id, pageRequest(args)));
}

// ---- claims (认领) -----------------------------------------------------------------------------------

/** A unit takes responsibility (责任认领): SOLO or JOINT (one lead); in the claim window only units paired with the community. */
export async function claimProject(principal: Principal, input: unknown, ports: Ports): Promise<Claim> {
  const data = parseInput(claimProjectInput, input);
  const caller = authorize(principal, listsPolicy.claimForUnit, { unitId: data.unitId });
  const project = await ports.projects.get(caller.regionId, data.projectId);
  if (!project) throw notFound('项目', data.projectId);
  if (project.status !== 'APPROVED') throw badInput('projectId', `项目当前状态为“${PROJECT_STATUS_LABELS[project.status]}”，核准后、实施前才能认领`);
  const unit = await assertTakingPart(caller, data.unitId, 'unitId', ports);
  const now = ports.now();
  if (!hasRole(caller, 'REGION_ADMIN') && !windowOpenToAll(project, now) && !(await pairedWith(caller, unit.id, ports)).has(project.communityUnitId)) {
    throw badInput('unitId', `${todayInChina(new Date(project.claimWindowEndsAt!))} 前由与该社区结对的单位优先认领；${unit.name}未与该社区结对，届时可在认领大厅认领`);
  }
  if (data.mode === 'SOLO' && project.unitClaimCount > 0) throw badInput('mode', '该项目已有单位认领，不能独立认领；可选择联合认领');
  if (data.mode === 'JOINT' && project.soloUnitId) throw badInput('mode', '该项目已由一个单位独立认领');
  if (data.mode === 'JOINT' && data.lead && project.leadUnitId) throw badInput('lead', '该项目已有牵头单位');
  if (project.unitClaimCount >= MAX_UNIT_CLAIMS) throw badInput('projectId', `一个项目最多 ${MAX_UNIT_CLAIMS} 个责任单位`);
  const claim: Claim = {
    ...newClaim(caller, project, now),
    id: unitClaimId(project.id, unit.id),
    kind: 'UNIT',
    unitId: unit.id,
    mode: data.mode,
    lead: data.mode === 'SOLO' || data.lead,
  };
  await refusing(ports.projects.claim(claim, { audit: claimAudit(caller, ports, 'claimProject', null, claim) }), (refusal) => {
    if (refusal instanceof AlreadyTakenError) return badInput('unitId', `${unit.name}已认领该项目`);
    if (refusal instanceof GuardFailedError) {
      if (refusal.guard === 'already-claimed') return badInput('mode', '该项目刚被其他单位认领，不能独立认领；可选择联合认领');
      if (refusal.guard === 'claimed-solo') return badInput('mode', '该项目刚被一个单位独立认领');
      if (refusal.guard === 'lead-taken') return badInput('lead', '该项目刚有其他单位牵头');
      if (refusal.guard === 'not-claimable') return badInput('projectId', '项目状态刚刚改变，已不能认领，请刷新');
    }
    return projectRefusal(refusal);
  });
  return claim;
}

/** A member takes one of the project's volunteer places (志愿岗位): never more than it offers. */
export async function claimProjectSlot(principal: Principal, projectId: string, ports: Ports): Promise<Claim> {
  const caller = authorize(principal, listsPolicy.claimSlot, { memberId: principal.memberId });
  const [project, member] = await Promise.all([ports.projects.get(caller.regionId, projectId), ports.members.get(caller.regionId, caller.memberId!)]);
  if (!project) throw notFound('项目', projectId);
  if (!member || !onRoster(member)) throw badInput('projectId', '党员信息不存在或已转出');
  if (project.status !== 'APPROVED' && project.status !== 'IN_PROGRESS') throw badInput('projectId', `项目当前状态为“${PROJECT_STATUS_LABELS[project.status]}”，不能报名`);
  const full = () => badInput('projectId', project.volunteerSlots === 0 ? '该项目不设志愿岗位' : `该项目的志愿岗位已满（共 ${project.volunteerSlots} 个）`);
  if (project.slotsTaken >= project.volunteerSlots) throw full();
  const now = ports.now();
  const claim: Claim = { ...newClaim(caller, project, now), id: memberClaimId(project.id, member.id), kind: 'MEMBER', memberId: member.id, memberName: member.name };
  await refusing(ports.projects.claim(claim, { audit: claimAudit(caller, ports, 'claimProjectSlot', null, claim) }), (refusal) => {
    if (refusal instanceof AlreadyTakenError) return badInput('projectId', '您已报名该项目');
    if (refusal instanceof GuardFailedError && refusal.guard === 'slots-full') return full();
    if (refusal instanceof GuardFailedError && refusal.guard === 'not-claimable') return badInput('projectId', '项目状态刚刚改变，已不能报名');
    return projectRefusal(refusal);
  });
  return claim;
}

/** A quantity of a unit's resource for a project (before it is accepted): never more than is left. */
export async function claimResource(principal: Principal, input: unknown, ports: Ports): Promise<Claim> {
  const data = parseInput(claimResourceInput, input);
  const regionId = authorize(principal, listsPolicy.readResources).regionId;
  const [resource, project] = await Promise.all([ports.resources.get(regionId, data.resourceId), ports.projects.get(regionId, data.projectId)]);
  if (!resource) throw notFound('资源', data.resourceId);
  const caller = authorize(principal, listsPolicy.writeResource, { unitId: resource.unitId });
  if (!project) throw notFound('项目', data.projectId);
  if (!['SUBMITTED', 'APPROVED', 'IN_PROGRESS'].includes(project.status)) {
    throw badInput('projectId', `项目当前状态为“${PROJECT_STATUS_LABELS[project.status]}”，不能再投入资源`);
  }
  if (resource.status === 'WITHDRAWN') throw badInput('resourceId', `资源“${resource.title}”已撤回`);
  if (data.quantity > resource.quantityLeft) throw badInput('quantity', quantityLeftMessage(resource));
  const held = (await ports.projects.claims(regionId, project.id)).filter((c) => c.kind === 'RESOURCE').length;
  if (held >= MAX_PROJECT_RESOURCES) throw badInput('projectId', `一个项目最多对接 ${MAX_PROJECT_RESOURCES} 项资源`);
  const claim = resourceClaim(caller, ports, project, resource, data.quantity);
  await refusing(ports.projects.claim(claim, { audit: claimAudit(caller, ports, 'claimResource', null, claim) }), (refusal) => {
    if (refusal instanceof GuardFailedError && refusal.guard === 'quantity-left') return badInput('quantity', `资源“${resource.title}”的剩余数量刚被其他项目使用，已不足 ${data.quantity}${resource.quantityUnit}`);
    if (refusal instanceof GuardFailedError && refusal.guard === 'not-claimable') return badInput('projectId', '项目状态刚刚改变，已不能投入资源');
    return projectRefusal(refusal);
  });
  return claim;
}

/** Before the project starts: gives back what the claim took (the place, the quantity, the responsibility). */
export async function withdrawClaim(principal: Principal, claimId: string, ports: Ports): Promise<Claim> {
  const projectId = projectIdOfClaim(claimId);
  const regionId = authorize(principal, listsPolicy.readProjects).regionId;
  const current = projectId ? await ports.projects.getClaim(regionId, claimId) : null;
  if (!current) throw notFound('认领', claimId);
  const caller =
    current.kind === 'MEMBER'
      ? authorize(principal, listsPolicy.withdrawMemberClaim, { memberId: current.memberId ?? undefined })
      : authorize(principal, listsPolicy.withdrawUnitClaim, { unitId: current.unitId ?? undefined });
  if (current.status === 'WITHDRAWN') throw badInput('claimId', '该认领已撤回');
  const project = await ports.projects.get(regionId, current.projectId);
  if (project && !BEFORE_START.includes(project.status)) throw badInput('claimId', `项目当前状态为“${PROJECT_STATUS_LABELS[project.status]}”，开始实施后不能撤回认领`);
  const now = ports.now().toISOString();
  const next: Claim = { ...current, status: 'WITHDRAWN', withdrawnAt: now };
  await refusing(ports.projects.withdrawClaim({ current, next }, { audit: claimAudit(caller, ports, 'withdrawClaim', current, next) }), (refusal) => {
    if (refusal instanceof GuardFailedError && refusal.guard === 'started') return badInput('claimId', '项目刚开始实施，不能撤回认领');
    if (refusal instanceof StaleVersionError) return badInput('claimId', '该认领已撤回');
    if (refusal instanceof RecordMissingError) return notFound('认领', claimId);
    return undefined;
  });
  return next;
}

export interface RatingSummary {
  average: number | null;
  count: number;
}

/**
 * A resident's rating (1–5, a comment) of an accepted project. Anonymous residents name the region and who they
 * are (`raterKey`: a phone or a device id, kept only as a keyed hash); a member rates as itself; a partner relays
 * residents (with their key); the community's liaison or the secretariat enters ratings collected on paper. One
 * rating per rater and project; the average shows on the project (and feeds the units' yearly figures later).
 */
export async function rateProject(signedIn: Principal | null, input: unknown, ports: Ports): Promise<RatingSummary> {
  const data = parseInput(rateProjectInput, input);
  const regionId = signedIn ? signedIn.regionId : data.regionId;
  if (!regionId) throw signedIn ? forbidden() : badInput('regionId', '请指明项目所在的区域（街道）');
  const project = await ports.projects.get(regionId, data.projectId);
  if (!project) throw notFound('项目', data.projectId);
  let caller: RegionPrincipal | null = null;
  let rater: string | null = null;
  let byCommunity = false;
  const residentKey = () => {
    if (!data.raterKey) throw badInput('raterKey', '请填写手机号或设备标识：每人对每个项目评价一次');
    return `resident:${data.raterKey}`;
  };
  if (!signedIn) rater = residentKey();
  else if (hasRole(signedIn, 'MEMBER') && signedIn.memberId) {
    caller = authorize(signedIn, listsPolicy.rateAsMember, { memberId: signedIn.memberId });
    rater = `member:${signedIn.memberId}`;
  } else if (hasRole(signedIn, 'PARTNER')) {
    caller = authorize(signedIn, listsPolicy.rateThroughPartner);
    rater = residentKey();
  } else {
    caller = authorize(signedIn, listsPolicy.rateOnBehalf, { unitId: project.communityUnitId });
    byCommunity = true;
    rater = data.raterKey ? `resident:${data.raterKey}` : null;
  }
  if (project.status !== 'ACCEPTED') throw badInput('projectId', `项目当前状态为“${PROJECT_STATUS_LABELS[project.status]}”，验收后才能评价`);
  const rating: ProjectRating = {
    id: ports.newId(),
    regionId,
    projectId: project.id,
    score: data.score,
    comment: data.comment ?? null,
    byCommunity,
    createdAt: ports.now().toISOString(),
  };
  const fingerprint = rater ? await ports.vault.fingerprint(`project-rater:${rater}`) : null;
  const alongside = caller ? { audit: recordChange(caller, ports, RATING_AUDIT, { operation: 'rateProject', recordId: rating.id, version: null, before: null, after: rating }) } : null;
  await refusing(ports.projects.rate(rating, fingerprint, alongside), (refusal) => {
    if (refusal instanceof AlreadyTakenError) return badInput(rater?.startsWith('member:') ? 'projectId' : 'raterKey', '已评价过该项目，每人对每个项目评价一次');
    if (refusal instanceof GuardFailedError) return badInput('projectId', '项目验收后才能评价');
    return projectRefusal(refusal);
  });
  const count = project.ratingCount + 1;
  return { count, average: Math.round(((project.ratingSum + data.score) / count) * 10) / 10 };
}

/** A project's ratings with their comments, newest first. */
export async function projectRatings(principal: Principal, project: Project, args: PageArgs, ports: Ports) {
  const caller = authorize(principal, listsPolicy.readProjects);
  return readPage(ports.projects.ratings(caller.regionId, project.id, pageRequest(args)));
}

/** A project's active claims: read on one project (one query of its partition). */
export async function projectClaims(principal: Principal, project: Project, ports: Ports): Promise<Claim[]> {
  const caller = authorize(principal, listsPolicy.readProjects);
  return ports.projects.claims(caller.regionId, project.id);
}

/**
 * What a project's standing is read from: a unit's claim on it and the units paired with a unit. A list of projects
 * passes the per-request loaders, so its rows share one batched read of claims and one of each unit's pairings.
 */
export interface StandingLookups {
  claim(claimId: string): Promise<Claim | null>;
  pairedUnits(unitId: string): Promise<Set<string>>;
}

const directLookups = (caller: RegionPrincipal, ports: Ports): StandingLookups => ({
  claim: (claimId) => ports.projects.getClaim(caller.regionId, claimId),
  pairedUnits: (unitId) => pairedWith(caller, unitId, ports),
});

/** What the caller may do with a project now (its buttons). */
export async function projectActions(principal: Principal, project: Project, ports: Ports, lookups?: StandingLookups) {
  const caller = authorize(principal, listsPolicy.readProjects);
  return allowedProjectActions(project, await standingOf(caller, project, ports, lookups));
}

/** The units actively paired (结对) with a unit, for the per-request loader. */
export async function pairedUnits(principal: Principal, unitId: string, ports: Ports): Promise<Set<string>> {
  return pairedWith(authorize(principal, listsPolicy.readProjects), unitId, ports);
}

/** A member's name on a claim: for the secretariat and the member itself (PIPL: volunteers are not listed to everyone). */
export const seesClaimMember = (principal: Principal, claim: Pick<Claim, 'memberId'>) =>
  hasRole(principal, 'REGION_ADMIN') || (claim.memberId !== null && principal.memberId === claim.memberId);

// ---- helpers -----------------------------------------------------------------------------------------

const quantityLeftMessage = (resource: Resource) =>
  resource.quantityLeft === 0 ? `资源“${resource.title}”已用完` : `资源“${resource.title}”仅剩 ${resource.quantityLeft}${resource.quantityUnit}`;

const windowOpenToAll = (project: Project, now: Date) => project.claimWindowEndsAt !== null && Date.parse(project.claimWindowEndsAt) <= now.getTime();

/** The units actively paired (结对) with a unit, on either side: one page of its pairings (a unit has a handful). */
async function pairedWith(caller: RegionPrincipal, unitId: string, ports: Ports): Promise<Set<string>> {
  const page = await ports.pairings.listForUnit(caller.regionId, unitId, { size: 100 });
  return new Set(page.edges.map((e) => e.node).filter((p) => p.status === 'ACTIVE').map((p) => (p.unitId === unitId ? p.communityId : p.unitId)));
}

async function standingOf(caller: RegionPrincipal, project: Project, ports: Ports, lookups = directLookups(caller, ports)): Promise<ProjectStanding> {
  const secretariat = hasRole(caller, 'REGION_ADMIN');
  const liaisonUnit = hasRole(caller, 'UNIT_LIAISON') ? caller.unitId : undefined;
  let responsible = false;
  let mayClaim = secretariat;
  if (liaisonUnit) {
    const claim = await lookups.claim(unitClaimId(project.id, liaisonUnit));
    responsible = claim?.status === 'ACTIVE';
    mayClaim =
      !responsible && !project.soloUnitId &&
      (windowOpenToAll(project, ports.now()) || (await lookups.pairedUnits(liaisonUnit)).has(project.communityUnitId));
  }
  return { secretariat, responsible, mayClaim };
}

/** The needs a move takes along: back to COLLECTED when the project is rejected or cancelled, MET when accepted. */
async function needsFollowing(caller: RegionPrincipal, next: Project, ports: Ports): Promise<Change<Need>[]> {
  const status: Partial<Record<ProjectStatus, Need['status']>> = { REJECTED: 'COLLECTED', CANCELLED: 'COLLECTED', ACCEPTED: 'MET' };
  const to = status[next.status];
  if (!to) return [];
  const needs = await ports.needs.getMany(caller.regionId, next.needIds);
  return needs
    .filter((need): need is Need => need !== null && need.projectId === next.id)
    .map((need) => ({
      current: need,
      next: { ...need, status: to, projectId: to === 'COLLECTED' ? null : need.projectId, version: need.version + 1, updatedAt: next.updatedAt },
    }));
}

/**
 * A project rejected, or cancelled before it started, gives the resources it took back to their units (their
 * RESOURCE claims withdrawn in the same transaction). Cancelled while being carried out, what it took is spent.
 */
async function resourcesReleased(caller: RegionPrincipal, current: Project, next: Project, ports: Ports): Promise<Change<Claim>[]> {
  if (!(next.status === 'REJECTED' || next.status === 'CANCELLED') || !BEFORE_START.includes(current.status)) return [];
  const claims = await ports.projects.claims(caller.regionId, current.id);
  return claims
    .filter((claim) => claim.kind === 'RESOURCE')
    .map((claim) => ({ current: claim, next: { ...claim, status: 'WITHDRAWN' as const, withdrawnAt: next.updatedAt } }));
}

function withEvent(project: Project, event: ProjectEvent): ProjectEvent[] {
  return [...project.history, event].slice(-MAX_PROJECT_HISTORY);
}

function newClaim(caller: RegionPrincipal, project: Project, now: Date): Claim {
  return {
    id: '',
    regionId: caller.regionId,
    projectId: project.id,
    year: project.year,
    kind: 'UNIT',
    unitId: null,
    mode: null,
    lead: false,
    memberId: null,
    memberName: null,
    resourceId: null,
    quantity: null,
    status: 'ACTIVE',
    claimedAt: now.toISOString(),
    claimedBy: caller.displayName,
    withdrawnAt: null,
  };
}

function resourceClaim(caller: RegionPrincipal, ports: Ports, project: Project, resource: Resource, quantity: number): Claim {
  return {
    ...newClaim(caller, project, ports.now()),
    id: resourceClaimId(project.id, ports.newId()),
    kind: 'RESOURCE',
    unitId: resource.unitId,
    resourceId: resource.id,
    quantity,
  };
}

/** The community a need belongs to: a village or community unit of the region, taking part. */
async function assertCommunity(caller: RegionPrincipal, unitId: string, ports: Ports): Promise<Unit> {
  const unit = await assertTakingPart(caller, unitId, 'communityUnitId', ports);
  if (!PAIRING_TARGET_KINDS.includes(unit.hostKind)) throw badInput('communityUnitId', '需求须由村或社区党组织征集');
  return unit;
}

async function assertTakingPart(caller: RegionPrincipal, unitId: string, field: string, ports: Ports): Promise<Unit> {
  const unit = await ports.units.get(caller.regionId, unitId);
  if (!unit || unit.status === 'WITHDRAWN') throw badInput(field, '单位不存在或已退出联盟');
  if (unit.status === 'SUSPENDED') throw badInput(field, `${unit.name}已暂停参与`);
  return unit;
}

async function existingNeed(principal: Principal, needId: string, ports: Ports, version: number): Promise<Need> {
  const { regionId } = authorize(principal, listsPolicy.readNeeds);
  const need = await ports.needs.get(regionId, needId);
  if (!need) throw notFound('需求', needId);
  if (need.version !== version) throw conflict();
  return need;
}

function assertCollected(need: Need): void {
  if (need.status !== 'COLLECTED') throw badInput('id', `需求当前状态为“${NEED_STATUS_LABELS[need.status]}”，不能修改`);
}

async function existingResource(principal: Principal, resourceId: string, ports: Ports, version: number): Promise<Resource> {
  const { regionId } = authorize(principal, listsPolicy.readResources);
  const resource = await ports.resources.get(regionId, resourceId);
  if (!resource) throw notFound('资源', resourceId);
  if (resource.version !== version) throw conflict();
  return resource;
}

async function existingProject(caller: RegionPrincipal, projectId: string, ports: Ports, version: number): Promise<Project> {
  const project = await ports.projects.get(caller.regionId, projectId);
  if (!project) throw notFound('项目', projectId);
  if (project.version !== version) throw conflict();
  return project;
}

async function saveNeed(caller: RegionPrincipal, ports: Ports, operation: string, current: Need, next: Need): Promise<Need> {
  const entry = recordChange(caller, ports, NEED_AUDIT, { operation, recordId: next.id, version: next.version, before: current, after: next });
  await refusing(ports.needs.save({ current, next }, { audit: entry }), (r) => staleOrMissing(r, '需求', next.id));
  return next;
}

async function saveResource(caller: RegionPrincipal, ports: Ports, operation: string, current: Resource, next: Resource): Promise<Resource> {
  const entry = recordChange(caller, ports, RESOURCE_AUDIT, { operation, recordId: next.id, version: next.version, before: current, after: next });
  await refusing(ports.resources.save({ current, next }, { audit: entry }), (refusal) => {
    if (refusal instanceof GuardFailedError && refusal.guard === 'quantity-below-taken') return badInput('quantity', '数量不能少于项目已使用的数量（刚有项目使用了该资源），请刷新后重试');
    return staleOrMissing(refusal, '资源', next.id);
  });
  return next;
}

function staleOrMissing(refusal: WriteRefusedError, what: string, id: string): DomainError | undefined {
  if (refusal instanceof StaleVersionError) return conflict();
  if (refusal instanceof RecordMissingError) return notFound(what, id);
  return undefined;
}

function projectRefusal(refusal: WriteRefusedError): DomainError | undefined {
  if (refusal instanceof RecordMissingError) return notFound(refusal.record.type === 'Resource' ? '资源' : refusal.record.type === 'Need' ? '需求' : '项目', refusal.record.id);
  if (refusal instanceof StaleVersionError) return conflict();
  if (refusal instanceof AlreadyTakenError) return conflict('编号冲突，请重试');
  return undefined;
}

const claimAudit = (caller: RegionPrincipal, ports: Ports, operation: string, before: Claim | null, after: Claim) =>
  recordChange(caller, ports, CLAIM_AUDIT, { operation, recordId: after.id, version: null, before, after });

