import type { Alongside, Change } from '../alongside';
import type { Counters } from './figures';
import type { AuditEntry } from '../audit/audit';
import type { Page, PageRequest } from '../paging';
import type { ListSettings, Need, NeedStatus } from './need';
import type { Claim, Project, ProjectProgress, ProjectRating, ProjectStatus } from './project';
import type { Resource, ResourceType, StoredResourceStatus } from './resource';

/** A year's needs; the other filters combine (AND). Newest first. */
export interface NeedFilter {
  year: number;
  status?: NeedStatus;
  category?: string;
  communityUnitId?: string;
}

/** A year's resources; the other filters combine. Newest first. `status` is the stored one (USED_UP is read from the quantity left). */
export interface ResourceFilter {
  year: number;
  type?: ResourceType;
  status?: StoredResourceStatus;
  /** Only those with some quantity left (AVAILABLE) or none left (USED_UP). */
  hasQuantityLeft?: boolean;
  /** Nothing taken yet: `quantityLeft` still equals `quantity` (not withdrawn). */
  unused?: boolean;
  unitId?: string;
}

/** A year's projects; the other filters combine. Newest first. */
export interface ProjectFilter {
  year: number;
  status?: ProjectStatus;
  /** Projects this unit holds an active claim on (responsibility or a resource). */
  unitId?: string;
  /** Past their target date (`targetOn` before this day, YYYY-MM-DD) and still SUBMITTED, APPROVED or IN_PROGRESS. */
  overdueOn?: string;
}

export type { Change } from '../alongside';

/**
 * Needs (需求清单). Refusals (write-refusals.ts): `create` AlreadyTaken('need-id'); `save`
 * RecordMissing/StaleVersion(Need).
 */
export interface NeedStore {
  get(regionId: string, needId: string): Promise<Need | null>;
  getMany(regionId: string, needIds: readonly string[]): Promise<(Need | null)[]>;
  list(regionId: string, filter: NeedFilter, page: PageRequest): Promise<Page<Need>>;
  create(need: Need, alongside: Alongside): Promise<void>;
  save(change: Change<Need>, alongside: Alongside): Promise<void>;
  /**
   * Imported needs: all of them or none, `audits[i]` the entry of `needs[i]`; at most MAX_NEEDS_PER_WRITE.
   * Each need also puts an import guard keyed by (region, year, community, title key: need-import.ts
   * needTitleKey) that lives NEED_IMPORT_GUARD_SECONDS from the need's `createdAt`: while it lives, another
   * createMany of the same title for the same community and year is refused — AlreadyTaken(NEED_TITLE_GUARD)
   * — so two imports of one file racing between their reads of the list and their writes cannot both write
   * it. The lasting "already listed" check is the import's read of the list (createNeed and updateNeed keep
   * no guard). Refusals: AlreadyTaken('need-id'), AlreadyTaken(NEED_TITLE_GUARD, need id).
   */
  createMany(needs: readonly Need[], audits: readonly AuditEntry[]): Promise<void>;
}

/**
 * Resources (资源清单). `save` writes the edited fields at `current.version` and never the counter
 * `quantityLeft`: a changed `quantity` moves it by the same amount. Refusals: `create` AlreadyTaken('resource-id');
 * `save` RecordMissing/StaleVersion(Resource), GuardFailed(Resource, 'quantity-below-taken') when the new quantity is
 * below what claims hold by the time of the write.
 */
export interface ResourceStore {
  get(regionId: string, resourceId: string): Promise<Resource | null>;
  getMany(regionId: string, resourceIds: readonly string[]): Promise<(Resource | null)[]>;
  list(regionId: string, filter: ResourceFilter, page: PageRequest): Promise<Page<Resource>>;
  /** Not withdrawn, some quantity left, of the year and one of the types; newest first; at most `limit` (bounded reads). */
  listAvailable(regionId: string, year: number, types: readonly ResourceType[], limit: number): Promise<Resource[]>;
  create(resource: Resource, alongside: Alongside): Promise<void>;
  save(change: Change<Resource>, alongside: Alongside): Promise<void>;
}

/** A quantity of a resource a new project takes, as a RESOURCE claim of it. */
export interface ResourceTake {
  resource: Resource;
  claim: Claim;
}

/**
 * Projects (项目清单) and their claims (认领). Every write is one transaction with its audit entry.
 *
 * `createFromNeeds`: Put the project (AlreadyTaken('project-id')); each need saved at its version
 * (RecordMissing/StaleVersion(Need)); each take lowers the resource's `quantityLeft` by `claim.quantity` only when
 * that much is left and the resource is not withdrawn (GuardFailed(Resource, 'quantity-left')) and puts the claim.
 * All of it or nothing.
 *
 * `save`: the project's own fields at `current.version`, never the claim counters; the needs change with it
 * (RecordMissing/StaleVersion(Need)), and `releases` — RESOURCE claims of the project withdrawn with it — give their
 * quantity back (each still ACTIVE as read: StaleVersion/RecordMissing(Claim)). Moving to IN_PROGRESS requires a responsible unit at the time of the write
 * (GuardFailed(Project, 'no-responsible-unit')). RecordMissing/StaleVersion(Project).
 *
 * `claim` (the claim is ACTIVE, its id fixed for UNIT and MEMBER claims):
 * - UNIT: the project is APPROVED (GuardFailed(Project, 'not-claimable')); SOLO: no unit holds a claim
 *   (GuardFailed(Project, 'already-claimed')), sets `soloUnitId` and `leadUnitId`; JOINT: no SOLO claim
 *   (GuardFailed(Project, 'claimed-solo')), with `lead` no lead yet (GuardFailed(Project, 'lead-taken')); adds 1 to
 *   `unitClaimCount`. The unit holds no active claim (AlreadyTaken('unit-claim')).
 * - MEMBER: the project is APPROVED or IN_PROGRESS (GuardFailed(Project, 'not-claimable')) and `slotsTaken <
 *   volunteerSlots` (GuardFailed(Project, 'slots-full')); adds 1 to `slotsTaken`. AlreadyTaken('member-claim').
 * - RESOURCE: the project is SUBMITTED, APPROVED or IN_PROGRESS (GuardFailed(Project, 'not-claimable')); the
 *   resource as in createFromNeeds (GuardFailed(Resource, 'quantity-left')).
 * Missing project or resource: RecordMissing(Project / Resource).
 *
 * `withdrawClaim`: the claim is ACTIVE (StaleVersion(Claim), RecordMissing(Claim)); the project is SUBMITTED or
 * APPROVED (GuardFailed(Project, 'started')); gives back what it took: `unitClaimCount` − 1 (and clears
 * `soloUnitId`/`leadUnitId` when they name the unit), `slotsTaken` − 1, or the resource's `quantityLeft` + quantity.
 */
export interface ProjectStore {
  get(regionId: string, projectId: string): Promise<Project | null>;
  getMany(regionId: string, projectIds: readonly string[]): Promise<(Project | null)[]>;
  list(regionId: string, filter: ProjectFilter, page: PageRequest): Promise<Page<Project>>;
  /** A project's ACTIVE claims, oldest first (bounded by the project's caps: MAX_CLAIMS_READ). */
  claims(regionId: string, projectId: string): Promise<Claim[]>;
  getClaim(regionId: string, claimId: string): Promise<Claim | null>;
  /** Many claims by id, in the order asked (one batched read: the per-request loader). */
  getClaims(regionId: string, claimIds: readonly string[]): Promise<(Claim | null)[]>;
  createFromNeeds(project: Project, needs: Change<Need>[], takes: ResourceTake[], alongside: Alongside): Promise<void>;
  save(change: Change<Project>, needs: Change<Need>[], alongside: Alongside, releases?: Change<Claim>[]): Promise<void>;
  claim(claim: Claim, alongside: Alongside): Promise<void>;
  withdrawClaim(change: Change<Claim>, alongside: Alongside): Promise<void>;
  /**
   * A rating of an ACCEPTED project (GuardFailed(Project, 'not-accepted'); RecordMissing(Project)): adds to its
   * `ratingCount`/`ratingSum`. With `raterFingerprint` (a keyed hash of who rates: a phone, a device, a member) one
   * per rater and project (AlreadyTaken('project-rater')). `alongside` when a signed-in caller rates (audited);
   * an anonymous resident's rating has no audit entry (it changes nothing of the region's own records).
   */
  rate(rating: ProjectRating, raterFingerprint: string | null, alongside: Alongside | null): Promise<void>;
  /**
   * A progress report of an IN_PROGRESS project (GuardFailed(Project, 'not-in-progress'); RecordMissing(Project)),
   * with the uploads it links (alongside).
   */
  reportProgress(progress: ProjectProgress, alongside: Alongside): Promise<void>;
  /** A project's progress reports, newest first. */
  progress(regionId: string, projectId: string, page: PageRequest): Promise<Page<ProjectProgress>>;
  /** A project's ratings, newest first. */
  ratings(regionId: string, projectId: string, page: PageRequest): Promise<Page<ProjectRating>>;
}

/**
 * A year's figures of the lists (figures.ts), one record per region and year. The need, resource and project
 * writes add what they moved (`countersMoved`) in their own transactions; this reads them.
 */
export interface ListFiguresStore {
  get(regionId: string, year: number): Promise<Counters>;
}

/**
 * The region's settings of the lists (one record; none: the defaults). `save` at `current.version` (null: none
 * yet): StaleVersion(ListSettings) when another change came first.
 */
export interface ListSettingsStore {
  get(regionId: string): Promise<ListSettings | null>;
  save(change: { current: ListSettings | null; next: ListSettings }, alongside: Alongside): Promise<void>;
}

/** The most a project holds, so that one project's claims are a bounded read. */
export const MAX_VOLUNTEER_SLOTS = 200;
export const MAX_PROJECT_RESOURCES = 20;
export const MAX_PROJECT_NEEDS = 10;
export const MAX_UNIT_CLAIMS = 30;
/** Active claims of a project read at most (slots + resources + units, with room for resource claims added later). */
export const MAX_CLAIMS_READ = 300;
/** A project's history keeps its last this many lifecycle moves (a project makes a handful). */
export const MAX_PROJECT_HISTORY = 50;
/** Photos and files one progress report links. */
export const MAX_PROGRESS_FILES = 9;

/**
 * Needs an import writes in one transaction at most: each need, its import guard and its audit entry (75 of
 * DynamoDB's 100 items).
 */
export const MAX_NEEDS_PER_WRITE = 25;

/** How long a need's import guard refuses the same title again (NeedStore.createMany): longer than an import runs. */
export const NEED_IMPORT_GUARD_SECONDS = 10 * 60;

/** The refusal of createMany for a title another import wrote moments ago: AlreadyTaken(NEED_TITLE_GUARD, need id). */
export const NEED_TITLE_GUARD = 'need-title';
