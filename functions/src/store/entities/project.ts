/**
 * Project (项目清单), its claims (认领) and its unit links: keys, index entries and item mapping.
 *
 * | item                                   | pk                        | sk                 |
 * |----------------------------------------|---------------------------|--------------------|
 * | project                                | R#{r}#PROJECT#{project}   | #PROJECT           |
 * | claim (UNIT, MEMBER or RESOURCE)       | R#{r}#PROJECT#{project}   | CLAIM#{claimId}    |
 * | unit link (a unit's claims on it)      | R#{r}#PROJECT#{project}   | UNIT#{unit}        |
 *
 * Index entries, sorted newest first by `{createdAt}#{id}` within the project's year:
 * | index | partition (gsiNpk)                          | serves                                  |
 * |-------|---------------------------------------------|-----------------------------------------|
 * | gsi1  | R#{r}#PROJECTS#{year}                       | a year's projects                        |
 * | gsi5  | R#{r}#PROJECTS#{year}#STATUS#{status}       | by status                                |
 * | gsi2  | R#{r}#CLAIMS#UNIT#{unit}#{year} (unit link) | the projects a unit holds claims on      |
 *
 * A unit may hold several active claims on one project (its responsibility and resources it offers), so
 * the unit's list is not read off the claims but off one link item per unit and project: the claim writes
 * add to its `activeClaims`, its index entry sorts by `{first claimedAt}#{project}` (set once), and the
 * list reads the links with `activeClaims > 0` — each project once, pages without repeats.
 */
import type { Claim, Project, ProjectProgress, ProjectRating } from '../../domain/lists/project';
import { pickFields } from '../item-fields';
import { indexAttributes, regionRoot, type Partition, type PrimaryKey } from '../keys';

export const PROJECT_TYPE = 'PROJECT';
export const CLAIM_TYPE = 'CLAIM';
export const PROJECT_UNIT_TYPE = 'PROJECT_UNIT';
export const CLAIM_PREFIX = 'CLAIM#';

export const projectKey = (regionId: string, projectId: string): PrimaryKey => ({
  pk: `${regionRoot(regionId)}#PROJECT#${projectId}`,
  sk: '#PROJECT',
});

export const claimKey = (regionId: string, projectId: string, claimId: string): PrimaryKey => ({
  pk: projectKey(regionId, projectId).pk,
  sk: `${CLAIM_PREFIX}${claimId}`,
});

export const projectUnitKey = (regionId: string, projectId: string, unitId: string): PrimaryKey => ({
  pk: projectKey(regionId, projectId).pk,
  sk: `UNIT#${unitId}`,
});

const projects = (regionId: string, year: number) => `${regionRoot(regionId)}#PROJECTS#${year}`;

export const projectPartitions = {
  byYear: (regionId: string, year: number): Partition => ({ index: 'gsi1', partitionValue: projects(regionId, year) }),
  byStatus: (regionId: string, year: number, status: Project['status']): Partition => ({
    index: 'gsi5',
    partitionValue: `${projects(regionId, year)}#STATUS#${status}`,
  }),
  /** The unit links of a unit's claims of a year. */
  claimedByUnit: (regionId: string, unitId: string, year: number): Partition => ({
    index: 'gsi2',
    partitionValue: `${regionRoot(regionId)}#CLAIMS#UNIT#${unitId}#${year}`,
  }),
};

export const projectSortKey = (project: Pick<Project, 'createdAt' | 'id'>) => `${project.createdAt}#${project.id}`;

/** Kept by the claim writes (ADD and conditional SET), never by a save of the project. */
export const PROJECT_COUNTERS = ['slotsTaken', 'unitClaimCount', 'soloUnitId', 'leadUnitId', 'ratingCount', 'ratingSum'] as const satisfies readonly (keyof Project)[];

const PROJECT_FIELDS = [
  'id', 'regionId', 'year', 'title', 'description', 'needIds', 'communityUnitId', 'status', 'budget', 'startsOn', 'targetOn',
  'volunteerSlots', 'slotsTaken', 'unitClaimCount', 'soloUnitId', 'leadUnitId', 'ratingCount', 'ratingSum', 'claimWindowEndsAt', 'acceptanceNote', 'acceptedAt',
  'statusReason', 'history', 'version', 'createdAt', 'updatedAt',
] as const satisfies readonly (keyof Project)[];

const projectIndexes = (project: Project) =>
  indexAttributes(
    [projectPartitions.byYear(project.regionId, project.year), projectPartitions.byStatus(project.regionId, project.year, project.status)],
    projectSortKey(project),
  );

export const projectToItem = (project: Project) => ({
  ...projectKey(project.regionId, project.id),
  type: PROJECT_TYPE,
  ...project,
  ...projectIndexes(project),
});

/** What a save of the project writes: its own fields and index entries, never the counters or what never changes. */
export function projectEditedAttributes(project: Project): Record<string, unknown> {
  const {
    id: _id, regionId: _regionId, createdAt: _createdAt, slotsTaken: _s, unitClaimCount: _u, soloUnitId: _solo, leadUnitId: _lead,
    ratingCount: _rc, ratingSum: _rs, ...fields
  } = project;
  return { ...fields, ...projectIndexes(project) };
}

export function projectFromItem(item: Record<string, unknown>): Project {
  const project = pickFields<Project>(item, PROJECT_FIELDS);
  project.year = Number(project.year);
  project.budget = project.budget === null ? null : Number(project.budget);
  project.volunteerSlots = Number(project.volunteerSlots ?? 0);
  project.slotsTaken = Number(project.slotsTaken ?? 0);
  project.unitClaimCount = Number(project.unitClaimCount ?? 0);
  project.ratingCount = Number(project.ratingCount ?? 0);
  project.ratingSum = Number(project.ratingSum ?? 0);
  project.needIds = project.needIds ?? [];
  project.history = project.history ?? [];
  project.version = Number(project.version);
  return project;
}

const CLAIM_FIELDS = [
  'id', 'regionId', 'projectId', 'year', 'kind', 'unitId', 'mode', 'lead', 'memberId', 'memberName', 'resourceId', 'quantity', 'status',
  'claimedAt', 'claimedBy', 'withdrawnAt',
] as const satisfies readonly (keyof Claim)[];

export const claimToItem = (claim: Claim) => ({ ...claimKey(claim.regionId, claim.projectId, claim.id), type: CLAIM_TYPE, ...claim });

export function claimFromItem(item: Record<string, unknown>): Claim {
  const claim = pickFields<Claim>(item, CLAIM_FIELDS);
  claim.year = Number(claim.year);
  claim.quantity = claim.quantity === null ? null : Number(claim.quantity);
  claim.lead = Boolean(claim.lead);
  return claim;
}

export const PROGRESS_TYPE = 'PROJECT_PROGRESS';

/** A project's progress reports: their own partition, newest first by `{at}#{id}`. */
export const progressPartition = (regionId: string, projectId: string) => `${projectKey(regionId, projectId).pk}#PROGRESS`;
export const progressKey = (progress: Pick<ProjectProgress, 'regionId' | 'projectId' | 'at' | 'id'>): PrimaryKey => ({
  pk: progressPartition(progress.regionId, progress.projectId),
  sk: `${progress.at}#${progress.id}`,
});

const PROGRESS_FIELDS = ['id', 'regionId', 'projectId', 'at', 'by', 'unitId', 'note', 'files'] as const satisfies readonly (keyof ProjectProgress)[];

export const progressToItem = (progress: ProjectProgress) => ({ ...progressKey(progress), type: PROGRESS_TYPE, ...progress });

export function progressFromItem(item: Record<string, unknown>): ProjectProgress {
  const progress = pickFields<ProjectProgress>(item, PROGRESS_FIELDS);
  progress.files = (progress.files ?? []).map((f) => ({ ...f, size: Number(f.size) }));
  return progress;
}

export const RATING_TYPE = 'PROJECT_RATING';

/** A project's ratings: their own partition, newest first by `{createdAt}#{id}`. */
export const ratingsPartition = (regionId: string, projectId: string) => `${projectKey(regionId, projectId).pk}#RATINGS`;
export const ratingKey = (rating: Pick<ProjectRating, 'regionId' | 'projectId' | 'createdAt' | 'id'>): PrimaryKey => ({
  pk: ratingsPartition(rating.regionId, rating.projectId),
  sk: `${rating.createdAt}#${rating.id}`,
});
/** One rating per rater and project: a guard item in the project's partition, keyed by the rater's fingerprint. */
export const raterGuardKey = (regionId: string, projectId: string, fingerprint: string): PrimaryKey => ({
  pk: projectKey(regionId, projectId).pk,
  sk: `RATER#${fingerprint}`,
});

const RATING_FIELDS = ['id', 'regionId', 'projectId', 'score', 'comment', 'byCommunity', 'createdAt'] as const satisfies readonly (keyof ProjectRating)[];

export const ratingToItem = (rating: ProjectRating) => ({ ...ratingKey(rating), type: RATING_TYPE, ...rating });

export function ratingFromItem(item: Record<string, unknown>): ProjectRating {
  const rating = pickFields<ProjectRating>(item, RATING_FIELDS);
  rating.score = Number(rating.score);
  rating.byCommunity = Boolean(rating.byCommunity);
  return rating;
}

/** The index entry of a unit link, written once (if_not_exists) by the unit's first claim on the project. */
export const projectUnitIndex = (claim: Pick<Claim, 'regionId' | 'unitId' | 'year' | 'claimedAt' | 'projectId'>) =>
  indexAttributes([projectPartitions.claimedByUnit(claim.regionId, claim.unitId!, claim.year)], `${claim.claimedAt}#${claim.projectId}`);
