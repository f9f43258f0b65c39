import type { Alongside } from '../alongside';
import type { AuditEntry } from '../audit/audit';
import type { ListSettings, Need } from '../lists/need';
import { needTitleKey } from '../lists/need-import';
import {
  MAX_CLAIMS_READ, NEED_IMPORT_GUARD_SECONDS, NEED_TITLE_GUARD, type Change, type ListFiguresStore, type ListSettingsStore, type NeedFilter, type NeedStore, type ProjectFilter, type ProjectStore, type ResourceFilter, type ResourceStore,
  type ResourceTake,
} from '../lists/ports';
import { isOverdue } from '../lists/rules';
import { countersMoved, needCounters, projectCounters, resourceCounters, type Counters } from '../lists/figures';
import { projectIdOfClaim, type Claim, type Project, type ProjectProgress, type ProjectRating, type ProjectStatus } from '../lists/project';
import type { Resource, ResourceType } from '../lists/resource';
import type { Page, PageRequest } from '../paging';
import { AlreadyTakenError, GuardFailedError, RecordMissingError, StaleVersionError } from '../write-refusals';
import { compareKeys, pageOf } from './memory-paging';
import { copy, keyOf, type MemoryState, type MemoryWrite } from './memory-state';

const needRef = (id: string) => ({ type: 'Need', id });
const resourceRef = (id: string) => ({ type: 'Resource', id });
const projectRef = (id: string) => ({ type: 'Project', id });
const claimRef = (id: string) => ({ type: 'Claim', id });

const CLAIMABLE: Record<Claim['kind'], readonly ProjectStatus[]> = {
  UNIT: ['APPROVED'],
  MEMBER: ['APPROVED', 'IN_PROGRESS'],
  RESOURCE: ['SUBMITTED', 'APPROVED', 'IN_PROGRESS'],
};
const WITHDRAWABLE: readonly ProjectStatus[] = ['SUBMITTED', 'APPROVED'];
const CLAIM_GUARDS: Record<Claim['kind'], string> = { UNIT: 'unit-claim', MEMBER: 'member-claim', RESOURCE: 'resource-claim' };

const createdOrder = (record: { createdAt: string; id: string }) => `${record.createdAt}#${record.id}`;

/** NeedStore in memory, keeping the promises of store/need-repository.ts. */
export class MemoryNeedStore implements NeedStore {
  constructor(private readonly state: MemoryState) {}

  async get(regionId: string, needId: string): Promise<Need | null> {
    return copy(this.state.needs.get(keyOf(regionId, needId)) ?? null);
  }

  async getMany(regionId: string, needIds: readonly string[]): Promise<(Need | null)[]> {
    return needIds.map((id) => copy(this.state.needs.get(keyOf(regionId, id)) ?? null));
  }

  async list(regionId: string, filter: NeedFilter, page: PageRequest): Promise<Page<Need>> {
    const entries = [...this.state.needs.values()]
      .filter(
        (n) =>
          n.regionId === regionId &&
          n.year === filter.year &&
          (!filter.status || n.status === filter.status) &&
          (!filter.category || n.category === filter.category) &&
          (!filter.communityUnitId || n.communityUnitId === filter.communityUnitId),
      )
      .map((n) => ({ key: createdOrder(n), node: copy(n) }));
    return pageOf(entries, page, { regionId, list: ['needs', filter], order: 'descending' });
  }

  create(need: Need, alongside: Alongside): Promise<void> {
    return this.state.write((w) => {
      const key = keyOf(need.regionId, need.id);
      w.require(!this.state.needs.has(key), () => new AlreadyTakenError('need-id', need.id));
      w.then(() => this.state.needs.set(key, copy(need)));
      addFigures(this.state, w, need.regionId, need.year, needCounters(need));
      w.alongside(alongside);
    });
  }

  /** (region, year, community, title key) → when the import guard expires (epoch ms), as the store's guard items. */
  private readonly importGuards = new Map<string, number>();

  createMany(needs: readonly Need[], audits: readonly AuditEntry[]): Promise<void> {
    if (needs.length !== audits.length) throw new Error('createMany: one audit entry per need expected');
    return this.state.write((w) => {
      const touched = new Set<string>();
      needs.forEach((need, i) => {
        const key = keyOf(need.regionId, need.id);
        const guard = keyOf(need.regionId, String(need.year), need.communityUnitId, needTitleKey(need.title));
        // DynamoDB refuses a transaction that touches one item twice: a use case bug, not a refusal.
        if (touched.has(key) || touched.has(guard)) throw new Error(`createMany: need ${need.id} or its title written twice in one write`);
        touched.add(key).add(guard);
        const createdAt = Date.parse(need.createdAt);
        w.require(!this.state.needs.has(key), () => new AlreadyTakenError('need-id', need.id));
        w.require((this.importGuards.get(guard) ?? 0) <= createdAt, () => new AlreadyTakenError(NEED_TITLE_GUARD, need.id));
        w.then(() => {
          this.state.needs.set(key, copy(need));
          this.importGuards.set(guard, createdAt + NEED_IMPORT_GUARD_SECONDS * 1000);
        });
        w.alongside({ audit: audits[i]! });
        addFigures(this.state, w, need.regionId, need.year, needCounters(need));
      });
    });
  }

  save(change: Change<Need>, alongside: Alongside): Promise<void> {
    return this.state.write((w) => {
      saveNeed(this.state, w, change);
      addFigures(this.state, w, change.next.regionId, change.next.year, needsMoved([change]));
      w.alongside(alongside);
    });
  }
}

const needsMoved = (changes: readonly Change<Need>[]) =>
  countersMoved(...changes.map(({ current, next }) => ({ before: needCounters(current), after: needCounters(next) })));

/** Adds what a write moved to its year's figures (store/entities/list-figures.ts). */
function addFigures(state: MemoryState, w: MemoryWrite, regionId: string, year: number, moved: Counters): void {
  w.then(() => {
    const key = keyOf(regionId, String(year));
    const figures = state.listFigures.get(key) ?? {};
    for (const [name, value] of Object.entries(moved)) figures[name] = (figures[name] ?? 0) + value;
    state.listFigures.set(key, figures);
  });
}

/** The lists' figures of a year, as the writes left them. */
export class MemoryListFiguresStore implements ListFiguresStore {
  constructor(private readonly state: MemoryState) {}

  async get(regionId: string, year: number): Promise<Counters> {
    return copy(this.state.listFigures.get(keyOf(regionId, String(year))) ?? {});
  }
}

/** The region's settings of the lists, saved at the version read. */
export class MemoryListSettingsStore implements ListSettingsStore {
  private readonly settings = new Map<string, ListSettings>();

  constructor(private readonly state: MemoryState) {}

  async get(regionId: string): Promise<ListSettings | null> {
    return copy(this.settings.get(regionId) ?? null);
  }

  save(change: { current: ListSettings | null; next: ListSettings }, alongside: Alongside): Promise<void> {
    return this.state.write((w) => {
      const stored = this.settings.get(change.next.regionId);
      w.require((stored?.version ?? null) === (change.current?.version ?? null), () => new StaleVersionError({ type: 'ListSettings', id: change.next.regionId }));
      w.then(() => this.settings.set(change.next.regionId, copy(change.next)));
      w.alongside(alongside);
    });
  }

}

/** A need saved whole at the version read (also part of the project writes). */
function saveNeed(state: MemoryState, w: MemoryWrite, { current, next }: Change<Need>): void {
  const key = keyOf(current.regionId, current.id);
  const stored = state.needs.get(key);
  w.require(stored !== undefined, () => new RecordMissingError(needRef(current.id)));
  w.require(!stored || stored.version === current.version, () => new StaleVersionError(needRef(current.id)));
  w.then(() => state.needs.set(key, copy(next)));
}

/** ResourceStore in memory (store/resource-repository.ts): `quantityLeft` only moves by claims and by a change of `quantity`. */
export class MemoryResourceStore implements ResourceStore {
  constructor(private readonly state: MemoryState) {}

  async get(regionId: string, resourceId: string): Promise<Resource | null> {
    return copy(this.state.resources.get(keyOf(regionId, resourceId)) ?? null);
  }

  async getMany(regionId: string, resourceIds: readonly string[]): Promise<(Resource | null)[]> {
    return resourceIds.map((id) => copy(this.state.resources.get(keyOf(regionId, id)) ?? null));
  }

  async list(regionId: string, filter: ResourceFilter, page: PageRequest): Promise<Page<Resource>> {
    const entries = [...this.state.resources.values()]
      .filter(
        (r) =>
          r.regionId === regionId &&
          r.year === filter.year &&
          (!filter.type || r.type === filter.type) &&
          (!filter.status || r.status === filter.status) &&
          (!filter.unitId || r.unitId === filter.unitId) &&
          (filter.hasQuantityLeft === undefined || r.quantityLeft > 0 === filter.hasQuantityLeft) &&
          (!filter.unused || (r.quantityLeft === r.quantity && r.status === 'AVAILABLE')),
      )
      .map((r) => ({ key: createdOrder(r), node: copy(r) }));
    return pageOf(entries, page, { regionId, list: ['resources', filter], order: 'descending' });
  }

  async listAvailable(regionId: string, year: number, types: readonly ResourceType[], limit: number): Promise<Resource[]> {
    return [...this.state.resources.values()]
      .filter((r) => r.regionId === regionId && r.year === year && types.includes(r.type) && r.status === 'AVAILABLE' && r.quantityLeft > 0)
      .sort((a, b) => compareKeys(createdOrder(b), createdOrder(a)))
      .slice(0, Math.max(limit, 0))
      .map((r) => copy(r));
  }

  create(resource: Resource, alongside: Alongside): Promise<void> {
    return this.state.write((w) => {
      const key = keyOf(resource.regionId, resource.id);
      w.require(!this.state.resources.has(key), () => new AlreadyTakenError('resource-id', resource.id));
      w.then(() => this.state.resources.set(key, copy(resource)));
      addFigures(this.state, w, resource.regionId, resource.year, resourceCounters(resource));
      w.alongside(alongside);
    });
  }

  save(change: Change<Resource>, alongside: Alongside): Promise<void> {
    const { current, next } = change;
    return this.state.write((w) => {
      const key = keyOf(current.regionId, current.id);
      const stored = this.state.resources.get(key);
      const delta = next.quantity - current.quantity;
      w.require(stored !== undefined, () => new RecordMissingError(resourceRef(current.id)));
      w.require(!stored || stored.version === current.version, () => new StaleVersionError(resourceRef(current.id)));
      w.require(!stored || delta >= 0 || stored.quantityLeft >= -delta, () => new GuardFailedError(resourceRef(current.id), 'quantity-below-taken'));
      w.then(() => this.state.resources.set(key, { ...copy(next), quantityLeft: stored!.quantityLeft + delta }));
      addFigures(this.state, w, next.regionId, next.year, countersMoved({ before: resourceCounters(current), after: resourceCounters(next) }));
      w.alongside(alongside);
    });
  }
}

/** ProjectStore in memory (store/project-repository.ts): the same conditions, checked in the same order. */
export class MemoryProjectStore implements ProjectStore {
  constructor(private readonly state: MemoryState) {}

  async get(regionId: string, projectId: string): Promise<Project | null> {
    return copy(this.state.projects.get(keyOf(regionId, projectId)) ?? null);
  }

  async getMany(regionId: string, projectIds: readonly string[]): Promise<(Project | null)[]> {
    return projectIds.map((id) => copy(this.state.projects.get(keyOf(regionId, id)) ?? null));
  }

  async list(regionId: string, filter: ProjectFilter, page: PageRequest): Promise<Page<Project>> {
    const matches = (p: Project | undefined): p is Project => !!p && p.regionId === regionId && p.year === filter.year && (!filter.status || p.status === filter.status) &&
      (!filter.overdueOn || isOverdue(p, filter.overdueOn));
    // By a unit: the projects it holds active claims on, ordered by its first claim on each (as the store's links).
    const entries = filter.unitId
      ? [...this.state.projectUnitLinks.values()]
          .filter((l) => l.regionId === regionId && l.unitId === filter.unitId && l.year === filter.year && l.activeClaims > 0)
          .map((l) => ({ key: l.sortKey, node: this.state.projects.get(keyOf(regionId, l.projectId)) }))
          .filter((e): e is { key: string; node: Project } => matches(e.node))
          .map((e) => ({ key: e.key, node: copy(e.node) }))
      : [...this.state.projects.values()].filter(matches).map((p) => ({ key: createdOrder(p), node: copy(p) }));
    return pageOf(entries, page, { regionId, list: ['projects', filter], order: 'descending' });
  }

  async claims(regionId: string, projectId: string): Promise<Claim[]> {
    return [...this.state.claims.values()]
      .filter((c) => c.regionId === regionId && c.projectId === projectId && c.status === 'ACTIVE')
      .sort((a, b) => compareKeys(`${a.claimedAt}#${a.id}`, `${b.claimedAt}#${b.id}`))
      .slice(0, MAX_CLAIMS_READ)
      .map((c) => copy(c));
  }

  async getClaims(regionId: string, claimIds: readonly string[]): Promise<(Claim | null)[]> {
    return Promise.all(claimIds.map((id) => this.getClaim(regionId, id)));
  }

  async getClaim(regionId: string, claimId: string): Promise<Claim | null> {
    if (!projectIdOfClaim(claimId)) return null;
    return copy(this.state.claims.get(keyOf(regionId, claimId)) ?? null);
  }

  createFromNeeds(project: Project, needs: Change<Need>[], takes: ResourceTake[], alongside: Alongside): Promise<void> {
    for (const { resource, claim } of takes) {
      if (claim.kind !== 'RESOURCE' || claim.projectId !== project.id || claim.resourceId !== resource.id || !(Number(claim.quantity) > 0)) {
        throw new Error(`createFromNeeds: claim ${claim.id} is not a take of resource ${resource.id} for project ${project.id}`);
      }
    }
    return this.state.write((w) => {
      const key = keyOf(project.regionId, project.id);
      w.require(!this.state.projects.has(key), () => new AlreadyTakenError('project-id', project.id));
      w.then(() => this.state.projects.set(key, copy(project)));
      for (const change of needs) saveNeed(this.state, w, change);
      // Takes of one resource are taken together, as one step of the store's transaction.
      const totals = new Map<string, number>();
      for (const { claim } of takes) totals.set(claim.resourceId!, (totals.get(claim.resourceId!) ?? 0) + claim.quantity!);
      for (const [resourceId, quantity] of totals) this.take(w, project.regionId, resourceId, quantity);
      for (const { claim } of takes) this.putClaim(w, claim);
      for (const { claim } of takes) this.link(w, claim, 1);
      addFigures(this.state, w, project.regionId, project.year, countersMoved({ before: null, after: projectCounters(project) }, { before: null, after: needsMoved(needs) }));
      w.alongside(alongside);
    });
  }

  save(change: Change<Project>, needs: Change<Need>[], alongside: Alongside, releases: Change<Claim>[] = []): Promise<void> {
    const { current, next } = change;
    for (const release of releases) {
      if (release.current.kind !== 'RESOURCE' || release.current.projectId !== current.id || release.next.status !== 'WITHDRAWN') {
        throw new Error(`save: release ${release.current.id} is not a resource claim of project ${current.id} being withdrawn`);
      }
    }
    return this.state.write((w) => {
      const key = keyOf(current.regionId, current.id);
      const stored = this.state.projects.get(key);
      w.require(stored !== undefined, () => new RecordMissingError(projectRef(current.id)));
      w.require(!stored || stored.version === current.version, () => new StaleVersionError(projectRef(current.id)));
      if (next.status === 'IN_PROGRESS' && current.status !== 'IN_PROGRESS') {
        w.require(!stored || stored.unitClaimCount > 0, () => new GuardFailedError(projectRef(current.id), 'no-responsible-unit'));
      }
      // The counters stay as the claims left them.
      w.then(() =>
        this.state.projects.set(key, {
          ...copy(next),
          slotsTaken: stored!.slotsTaken,
          unitClaimCount: stored!.unitClaimCount,
          soloUnitId: stored!.soloUnitId,
          leadUnitId: stored!.leadUnitId,
        }),
      );
      for (const n of needs) saveNeed(this.state, w, n);
      for (const release of releases) this.giveBack(w, release);
      addFigures(this.state, w, next.regionId, next.year, countersMoved({ before: projectCounters(current), after: projectCounters(next) }, { before: null, after: needsMoved(needs) }));
      w.alongside(alongside);
    });
  }

  claim(claim: Claim, alongside: Alongside): Promise<void> {
    if (claim.status !== 'ACTIVE') throw new Error(`claim: claim ${claim.id} is not ACTIVE`);
    if (projectIdOfClaim(claim.id) !== claim.projectId) throw new Error(`claim: id ${claim.id} does not carry project ${claim.projectId}`);
    if (claim.kind === 'UNIT' && (!claim.unitId || !claim.mode)) throw new Error(`claim: unit claim ${claim.id} without a unit or mode`);
    if (claim.kind === 'RESOURCE' && (!claim.resourceId || !(Number(claim.quantity) > 0))) throw new Error(`claim: resource claim ${claim.id} without a resource or quantity`);
    return this.state.write((w) => {
      this.putClaim(w, claim);
      const project = this.state.projects.get(keyOf(claim.regionId, claim.projectId));
      const refuse = (guard: string) => () => new GuardFailedError(projectRef(claim.projectId), guard);
      w.require(project !== undefined, () => new RecordMissingError(projectRef(claim.projectId)));
      w.require(!project || CLAIMABLE[claim.kind].includes(project.status), refuse('not-claimable'));
      if (claim.kind === 'UNIT') {
        if (claim.mode === 'SOLO') {
          w.require(!project || project.unitClaimCount === 0, refuse('already-claimed'));
          w.then(() => Object.assign(project!, { soloUnitId: claim.unitId, leadUnitId: claim.unitId }));
        } else {
          w.require(!project || !project.soloUnitId, refuse('claimed-solo'));
          if (claim.lead) {
            w.require(!project || !project.leadUnitId, refuse('lead-taken'));
            w.then(() => (project!.leadUnitId = claim.unitId));
          }
        }
        w.then(() => (project!.unitClaimCount += 1));
      } else if (claim.kind === 'MEMBER') {
        w.require(!project || project.slotsTaken < project.volunteerSlots, refuse('slots-full'));
        w.then(() => (project!.slotsTaken += 1));
      } else {
        this.take(w, claim.regionId, claim.resourceId!, claim.quantity!);
      }
      this.link(w, claim, 1);
      w.alongside(alongside);
    });
  }

  withdrawClaim(change: Change<Claim>, alongside: Alongside): Promise<void> {
    const { current, next } = change;
    if (next.status !== 'WITHDRAWN' || next.id !== current.id) throw new Error(`withdrawClaim: next of ${current.id} must be the same claim, WITHDRAWN`);
    return this.state.write((w) => {
      this.withdraw(w, change);
      const project = this.state.projects.get(keyOf(current.regionId, current.projectId));
      w.require(project !== undefined, () => new RecordMissingError(projectRef(current.projectId)));
      w.require(!project || WITHDRAWABLE.includes(project.status), () => new GuardFailedError(projectRef(current.projectId), 'started'));
      if (current.kind === 'UNIT') {
        w.then(() => {
          project!.unitClaimCount -= 1;
          if (current.mode === 'SOLO') project!.soloUnitId = null;
          if (current.mode === 'SOLO' || current.lead) project!.leadUnitId = null;
        });
      } else if (current.kind === 'MEMBER') {
        w.then(() => (project!.slotsTaken -= 1));
      } else {
        this.giveBackQuantity(w, current);
      }
      this.link(w, current, -1);
      w.alongside(alongside);
    });
  }

  reportProgress(progress: ProjectProgress, alongside: Alongside): Promise<void> {
    return this.state.write((w) => {
      const project = this.state.projects.get(keyOf(progress.regionId, progress.projectId));
      w.require(project !== undefined, () => new RecordMissingError(projectRef(progress.projectId)));
      w.require(!project || project.status === 'IN_PROGRESS', () => new GuardFailedError(projectRef(progress.projectId), 'not-in-progress'));
      w.then(() => {
        const key = keyOf(progress.regionId, progress.projectId);
        this.state.projectProgress.set(key, [...(this.state.projectProgress.get(key) ?? []), copy(progress)]);
      });
      w.alongside(alongside);
    });
  }

  async progress(regionId: string, projectId: string, page: PageRequest): Promise<Page<ProjectProgress>> {
    const entries = (this.state.projectProgress.get(keyOf(regionId, projectId)) ?? []).map((p) => ({ key: `${p.at}#${p.id}`, node: copy(p) }));
    return pageOf(entries, page, { regionId, list: ['progress', projectId], order: 'descending' });
  }

  rate(rating: ProjectRating, raterFingerprint: string | null, alongside: Alongside | null): Promise<void> {
    return this.state.write((w) => {
      const project = this.state.projects.get(keyOf(rating.regionId, rating.projectId));
      w.require(project !== undefined, () => new RecordMissingError(projectRef(rating.projectId)));
      w.require(!project || project.status === 'ACCEPTED', () => new GuardFailedError(projectRef(rating.projectId), 'not-accepted'));
      const rater = raterFingerprint ? keyOf(rating.regionId, rating.projectId, raterFingerprint) : null;
      w.require(!rater || !this.state.projectRaters.has(rater), () => new AlreadyTakenError('project-rater', rating.projectId));
      w.then(() => {
        const key = keyOf(rating.regionId, rating.projectId);
        this.state.projectRatings.set(key, [...(this.state.projectRatings.get(key) ?? []), copy(rating)]);
        if (rater) this.state.projectRaters.add(rater);
        project!.ratingCount += 1;
        project!.ratingSum += rating.score;
      });
      if (alongside) w.alongside(alongside);
    });
  }

  async ratings(regionId: string, projectId: string, page: PageRequest): Promise<Page<ProjectRating>> {
    const entries = (this.state.projectRatings.get(keyOf(regionId, projectId)) ?? []).map((r) => ({ key: `${r.createdAt}#${r.id}`, node: copy(r) }));
    return pageOf(entries, page, { regionId, list: ['ratings', projectId], order: 'descending' });
  }

  /** The claim as read, withdrawn: still active, and the same claiming. */
  private withdraw(w: MemoryWrite, { current, next }: Change<Claim>): void {
    const key = keyOf(current.regionId, current.id);
    const stored = this.state.claims.get(key);
    w.require(stored !== undefined, () => new RecordMissingError(claimRef(current.id)));
    w.require(!stored || (stored.status === 'ACTIVE' && stored.claimedAt === current.claimedAt), () => new StaleVersionError(claimRef(current.id)));
    w.then(() => this.state.claims.set(key, copy(next)));
  }

  private giveBackQuantity(w: MemoryWrite, claim: Claim): void {
    const resource = this.state.resources.get(keyOf(claim.regionId, claim.resourceId!));
    w.require(resource !== undefined, () => new RecordMissingError(resourceRef(claim.resourceId!)));
    w.then(() => (resource!.quantityLeft += Number(claim.quantity)));
  }

  /** A resource claim released with its project (rejected, cancelled before the start): withdrawn, its quantity back. */
  private giveBack(w: MemoryWrite, release: Change<Claim>): void {
    this.withdraw(w, release);
    this.giveBackQuantity(w, release.current);
    this.link(w, release.current, -1);
  }

  /** The claim's own item: new, or its fixed id's earlier claim withdrawn. */
  private putClaim(w: MemoryWrite, claim: Claim): void {
    const key = keyOf(claim.regionId, claim.id);
    const existing = this.state.claims.get(key);
    w.require(!existing || existing.status === 'WITHDRAWN', () => new AlreadyTakenError(CLAIM_GUARDS[claim.kind], claim.id));
    w.then(() => this.state.claims.set(key, copy(claim)));
  }

  /** Takes from a resource only what is left, and nothing from a withdrawn one. */
  private take(w: MemoryWrite, regionId: string, resourceId: string, quantity: number): void {
    const resource = this.state.resources.get(keyOf(regionId, resourceId));
    w.require(resource !== undefined, () => new RecordMissingError(resourceRef(resourceId)));
    w.require(!resource || (resource.status !== 'WITHDRAWN' && resource.quantityLeft >= quantity), () => new GuardFailedError(resourceRef(resourceId), 'quantity-left'));
    w.then(() => (resource!.quantityLeft -= quantity));
  }

  private link(w: MemoryWrite, claim: Claim, delta: 1 | -1): void {
    if (!claim.unitId) return;
    const unitId = claim.unitId;
    const key = keyOf(claim.regionId, claim.projectId, unitId);
    w.then(() => {
      const link = this.state.projectUnitLinks.get(key) ?? {
        regionId: claim.regionId, projectId: claim.projectId, unitId, year: claim.year, activeClaims: 0, sortKey: `${claim.claimedAt}#${claim.projectId}`,
      };
      link.activeClaims += delta;
      this.state.projectUnitLinks.set(key, link);
    });
  }
}
