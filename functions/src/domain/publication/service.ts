/**
 * Publication (公示, issue 17): the secretariat publishes needs, resources, projects and resolutions (决议) by their id
 * and withdraws them; anyone reads what is published. A record is public while its publication exists (its own item,
 * written and deleted with the audit entry): the public reads list publications first and read the records they name,
 * so an unpublished record disappears at once and an unpublished one is never returned.
 */
import { z } from 'zod';
import { authorize } from '../../auth/policy';
import type { Principal } from '../../auth/principal';
import { recordChange } from '../audit/service';
import { badInput, conflict, notFound } from '../errors';
import type { Need } from '../lists/need';
import { NEED_STATUS_LABELS } from '../lists/need';
import type { Project } from '../lists/project';
import { PROJECT_STATUS_LABELS } from '../lists/project';
import type { Resource } from '../lists/resource';
import type { Meeting, MeetingStatus } from '../meetings/meeting';
import type { Resolution } from '../meetings/proceedings';
import { pageRequest, pageSize, readPage, type Page, type PageRequest } from '../paging';
import type { Ports } from '../ports';
import { id, parseInput, todayInChina, year as yearInput, yearInChina } from '../validation';
import { AlreadyTakenError, GuardFailedError, refusing, RecordMissingError } from '../write-refusals';
import { publicationPolicy } from './policy';
import {
  publicNeed, publicProgress, publicProject, publicRegion, publicResolution, publicResource,
  type PublicNeedView, type PublicProgressView, type PublicProjectView, type PublicRegionView, type PublicResolutionView, type PublicResourceView,
  type UnitNames,
} from './public-view';
import { MAX_PUBLISHED_PER_YEAR, PUBLICATION_AUDIT, PUBLISHABLE_TYPE_LABELS, PUBLISHABLE_TYPES, type Publication, type PublishableType } from './publication';

/** A public page holds at most this many records (the public page is read on phones). */
export const MAX_PUBLIC_PAGE = 50;
/** The latest progress reports a published project shows. */
export const PUBLIC_PROGRESS_SHOWN = 20;
/** A search is at most this long. */
export const MAX_SEARCH_LENGTH = 50;

const recordIdInput = z.object({ id: id('记录') });
const typeInput = z.enum(PUBLISHABLE_TYPES, { errorMap: () => ({ message: '公示类型无效' }) });


// ---- the secretariat ---------------------------------------------------------------------------------

/** A publishable record found by its id among the region's needs, resources, projects and resolutions. */
type Found =
  | { type: 'NEED'; record: Need }
  | { type: 'RESOURCE'; record: Resource }
  | { type: 'PROJECT'; record: Project }
  | { type: 'RESOLUTION'; record: Resolution; meeting: Meeting | null };

/** The record with this id in the caller's region: the four reads at once (ids are unique across the lists and resolutions). */
async function findRecord(regionId: string, recordId: string, ports: Ports): Promise<Found | null> {
  const [need, resource, project, [resolution]] = await Promise.all([
    ports.needs.get(regionId, recordId),
    ports.resources.get(regionId, recordId),
    ports.projects.get(regionId, recordId),
    ports.proceedings.getResolutions(regionId, [recordId]),
  ]);
  if (need) return { type: 'NEED', record: need };
  if (resource) return { type: 'RESOURCE', record: resource };
  if (project) return { type: 'PROJECT', record: project };
  if (resolution) return { type: 'RESOLUTION', record: resolution, meeting: await ports.meetings.get(regionId, resolution.meetingId) };
  return null;
}

/** A meeting whose minutes were approved (审定): its resolutions are adopted and may be published. */
const APPROVED_MEETING_STATUSES: readonly MeetingStatus[] = ['MINUTES_APPROVED', 'ARCHIVED'];

/** Why a record may not be published now (a refusal at `id`), or null when it may. */
export function unpublishableReason(found: Found): string | null {
  switch (found.type) {
    case 'NEED':
      return found.record.status === 'NOT_TAKEN_UP' ? `需求“${found.record.title}”${NEED_STATUS_LABELS.NOT_TAKEN_UP}，不能公示` : null;
    case 'RESOURCE':
      return found.record.status === 'WITHDRAWN' ? `资源“${found.record.title}”已撤回，不能公示` : null;
    case 'PROJECT': {
      const { status, title } = found.record;
      return status === 'REJECTED' || status === 'CANCELLED' ? `项目“${title}”已${PROJECT_STATUS_LABELS[status]}，不能公示` : null;
    }
    case 'RESOLUTION': {
      const { meeting, record } = found;
      if (!meeting || !APPROVED_MEETING_STATUSES.includes(meeting.status) || !record.adoptedAt) {
        return `决议“${record.title}”所属会议的纪要尚未审定，决议未通过，不能公示`;
      }
      return null;
    }
  }
}

/** The year a record is published under: a list record's own year; a resolution's, its meeting's start in China. */
const yearOf = (found: Found): number =>
  found.type === 'RESOLUTION' ? yearInChina(new Date(found.meeting!.startsAt)) : found.record.year;

/**
 * The secretariat publishes a need, resource, project or resolution of its region (公示): on the public page at once;
 * audited. A resolution only once adopted (its meeting's minutes approved); it is published under its meeting's year.
 */
export async function publish(principal: Principal, args: { id: unknown }, ports: Ports): Promise<Publication> {
  const caller = authorize(principal, publicationPolicy.publish);
  const { id: recordId } = parseInput(recordIdInput, args);
  const found = await findRecord(caller.regionId, recordId, ports);
  if (!found) throw notFound('需求、资源、项目或决议', recordId);
  const refusal = unpublishableReason(found);
  if (refusal) throw badInput('id', refusal);
  const year = yearOf(found);
  const publication: Publication = {
    regionId: caller.regionId,
    recordType: found.type,
    recordId,
    year,
    title: found.record.title,
    publishedAt: ports.now().toISOString(),
    publishedBy: caller.displayName,
  };
  const audit = recordChange(caller, ports, PUBLICATION_AUDIT, { operation: 'publish', recordId, version: null, before: null, after: publication });
  await refusing(ports.publications.publish(publication, { audit }), (error) => {
    if (error instanceof AlreadyTakenError) return conflict(`“${publication.title}”已在公示中`);
    if (error instanceof GuardFailedError && error.guard === 'limit') {
      return conflict(`${year}年度${PUBLISHABLE_TYPE_LABELS[found.type]}已公示 ${MAX_PUBLISHED_PER_YEAR} 条，达到上限，请先撤下部分公示`);
    }
    return undefined;
  });
  return publication;
}

/** The secretariat withdraws a publication: gone from the public page at once; audited. Returns what was published. */
export async function unpublish(principal: Principal, args: { id: unknown }, ports: Ports): Promise<Publication> {
  const caller = authorize(principal, publicationPolicy.unpublish);
  const { id: recordId } = parseInput(recordIdInput, args);
  const publication = await ports.publications.get(caller.regionId, recordId);
  if (!publication) throw badInput('id', '该记录未在公示中');
  const audit = recordChange(caller, ports, PUBLICATION_AUDIT, { operation: 'unpublish', recordId, version: null, before: publication, after: null });
  await refusing(ports.publications.unpublish(publication, { audit }), (error) =>
    error instanceof RecordMissingError ? badInput('id', '该记录未在公示中（可能刚被他人撤下）') : undefined,
  );
  return publication;
}

/** The region's publications of a type and year, newest first (公示管理). */
export async function listPublications(
  principal: Principal,
  args: { type: unknown; year: unknown; first?: number | null; after?: string | null },
  ports: Ports,
): Promise<Page<Publication>> {
  const caller = authorize(principal, publicationPolicy.readPublications);
  const { type, year } = parseInput(z.object({ type: typeInput, year: yearInput }), { type: args.type, year: args.year });
  return readPage(ports.publications.list(caller.regionId, type, year, pageRequest(args)));
}

// ---- anyone: the public page ---------------------------------------------------------------------------

/** A region as anyone reads it; null when there is none. */
export async function readPublicRegion(args: { id: unknown }, ports: Ports): Promise<PublicRegionView | null> {
  const { id: regionId } = parseInput(z.object({ id: id('区域') }), args);
  const region = await ports.regions.get(regionId);
  return region && publicRegion(region);
}

export interface PublicListArgs {
  year?: number | null;
  search?: string | null;
  first?: number | null;
  after?: string | null;
}

/** A public list's arguments, checked: the year (default: this year in China), the search (trimmed; empty: none), the page (≤ 50). */
export function publicListRequest(args: PublicListArgs, now: Date): { year: number; search: string | undefined; page: PageRequest } {
  const { year } = parseInput(z.object({ year: yearInput.nullish() }), { year: args.year });
  const search = args.search?.trim() || undefined;
  if (search && search.length > MAX_SEARCH_LENGTH) throw badInput('search', `搜索词不能超过 ${MAX_SEARCH_LENGTH} 个字`);
  return { year: year ?? yearInChina(now), search, page: { size: pageSize(args.first, MAX_PUBLIC_PAGE), after: args.after } };
}

/**
 * One page of published records of a type: a page of publications, then ONE batched read of the records and ONE of
 * the unit names they show (no N+1); a record gone meanwhile is left out. `regionId` is a region read just before.
 */
async function publicPage<R, V>(
  regionId: string,
  type: PublishableType,
  request: { year: number; search: string | undefined; page: PageRequest },
  read: {
    records: (ids: readonly string[]) => Promise<(R | null)[]>;
    /** Other reads a page needs once its records are in (all at once), and the units whose names it shows. */
    more?: (records: R[]) => Promise<Map<R, string[]>>;
    unitIds: (record: R, more: string[]) => (string | null)[];
    view: (record: R, names: UnitNames, publication: Publication, more: string[]) => V;
  },
  ports: Ports,
): Promise<Page<V>> {
  const publications = await readPage(ports.publications.list(regionId, type, request.year, request.page, request.search));
  const ids = publications.edges.map((e) => e.node.recordId);
  const records = ids.length > 0 ? await read.records(ids) : [];
  const present = records.filter((r): r is R => r !== null);
  const more = read.more ? await read.more(present) : new Map<R, string[]>();
  const unitIds = [...new Set(present.flatMap((r) => read.unitIds(r, more.get(r) ?? [])).filter((u): u is string => !!u))];
  const units = unitIds.length > 0 ? await ports.units.getMany(regionId, unitIds) : [];
  const names: UnitNames = new Map(units.flatMap((u) => (u ? [[u.id, u.name] as const] : [])));
  const edges = publications.edges.flatMap((edge, i) => {
    const record = records[i];
    return record ? [{ cursor: edge.cursor, node: read.view(record, names, edge.node, more.get(record) ?? []) }] : [];
  });
  return { edges, pageInfo: publications.pageInfo };
}

export async function publicNeeds(regionId: string, args: PublicListArgs, ports: Ports): Promise<Page<PublicNeedView>> {
  return publicPage<Need, PublicNeedView>(
    regionId,
    'NEED',
    publicListRequest(args, ports.now()),
    {
      records: (ids) => ports.needs.getMany(regionId, ids),
      unitIds: (need) => [need.communityUnitId],
      view: (need, names, publication) => publicNeed(need, names, publication),
    },
    ports,
  );
}

export async function publicResources(regionId: string, args: PublicListArgs, ports: Ports): Promise<Page<PublicResourceView>> {
  return publicPage<Resource, PublicResourceView>(
    regionId,
    'RESOURCE',
    publicListRequest(args, ports.now()),
    {
      records: (ids) => ports.resources.getMany(regionId, ids),
      unitIds: (resource) => [resource.unitId],
      view: (resource, names, publication) => publicResource(resource, names, publication),
    },
    ports,
  );
}

export async function publicProjects(regionId: string, args: PublicListArgs, ports: Ports): Promise<Page<PublicProjectView>> {
  return publicPage<Project, PublicProjectView>(regionId, 'PROJECT', publicListRequest(args, ports.now()), projectReads(regionId, ports), ports);
}

/**
 * The year's published resolutions (决议公开), newest published first, searchable by title: a page of publications,
 * ONE batched read of the resolutions, then the page's meetings (distinct ids, at most one read each, all at once: a
 * page of 50 resolutions comes from a handful of meetings). A resolution or meeting gone meanwhile is left out.
 */
export async function publicResolutions(regionId: string, args: PublicListArgs, ports: Ports): Promise<Page<PublicResolutionView>> {
  const request = publicListRequest(args, ports.now());
  const publications = await readPage(ports.publications.list(regionId, 'RESOLUTION', request.year, request.page, request.search));
  const ids = publications.edges.map((e) => e.node.recordId);
  const resolutions = ids.length > 0 ? await ports.proceedings.getResolutions(regionId, ids) : [];
  const meetingIds = [...new Set(resolutions.flatMap((r) => (r ? [r.meetingId] : [])))];
  const meetings = new Map((await Promise.all(meetingIds.map((m) => ports.meetings.get(regionId, m)))).flatMap((m) => (m ? [[m.id, m] as const] : [])));
  const edges = publications.edges.flatMap((edge, i) => {
    const resolution = resolutions[i];
    const meeting = resolution && meetings.get(resolution.meetingId);
    if (!resolution || !meeting) return [];
    return [{ cursor: edge.cursor, node: publicResolution(resolution, meeting, todayInChina(new Date(meeting.startsAt)), edge.node) }];
  });
  return { edges, pageInfo: publications.pageInfo };
}

/**
 * The units responsible for a project, the lead first: the SOLO unit or the lead is on the project; a JOINT project with
 * more units than that reads its claims (only their unit ids are used: claims carry members' names), all such projects
 * of a page at once.
 */
function projectReads(regionId: string, ports: Ports) {
  const knownUnits = (p: Project) => [p.soloUnitId ?? p.leadUnitId].filter((u): u is string => !!u);
  return {
    records: (ids: readonly string[]) => ports.projects.getMany(regionId, ids),
    more: async (projects: Project[]) => {
      const responsible = new Map<Project, string[]>();
      await Promise.all(
        projects.map(async (p) => {
          const known = knownUnits(p);
          if (p.unitClaimCount <= known.length) return responsible.set(p, known);
          const claims = await ports.projects.claims(regionId, p.id);
          const unitIds = claims.filter((c) => c.kind === 'UNIT' && c.status === 'ACTIVE' && c.unitId).sort((a, b) => Number(b.lead) - Number(a.lead));
          responsible.set(p, [...new Set([...known, ...unitIds.map((c) => c.unitId!)])]);
        }),
      );
      return responsible;
    },
    unitIds: (p: Project, responsible: string[]) => [p.communityUnitId, ...responsible],
    view: (p: Project, names: UnitNames, publication: Publication, responsible: string[]) => publicProject(p, responsible, names, publication),
  };
}

/** One published project (the QR code on the notice board leads here); null when it is not published (any more). */
export async function publicProjectById(regionId: string, args: { id: unknown }, ports: Ports): Promise<PublicProjectView | null> {
  const { id: projectId } = parseInput(recordIdInput, args);
  const [publication, project] = await Promise.all([ports.publications.get(regionId, projectId), ports.projects.get(regionId, projectId)]);
  if (!publication || publication.recordType !== 'PROJECT' || !project) return null;
  const reads = projectReads(regionId, ports);
  const responsible = (await reads.more([project])).get(project) ?? [];
  const unitIds = [...new Set(reads.unitIds(project, responsible))];
  const units = await ports.units.getMany(regionId, unitIds);
  const names: UnitNames = new Map(units.flatMap((u) => (u ? [[u.id, u.name] as const] : [])));
  return publicProject(project, responsible, names, publication);
}

/** A published project's latest progress reports (newest first, at most 20), their files with download links; no author. */
export async function publicProjectProgress(project: Pick<PublicProjectView, 'regionId' | 'id'>, ports: Ports): Promise<PublicProgressView[]> {
  const page = await ports.projects.progress(project.regionId, project.id, { size: PUBLIC_PROGRESS_SHOWN });
  return Promise.all(
    page.edges.map(async ({ node }) => publicProgress(node, await Promise.all(node.files.map((file) => ports.files.presignDownload(file.key, file.name))))),
  );
}
