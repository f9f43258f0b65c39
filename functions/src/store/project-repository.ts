import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Alongside } from '../domain/alongside';
import type { Need } from '../domain/lists/need';
import { MAX_CLAIMS_READ, type Change, type ProjectFilter, type ProjectStore, type ResourceTake } from '../domain/lists/ports';
import { projectIdOfClaim, type Claim, type Project, type ProjectProgress, type ProjectRating, type ProjectStatus } from '../domain/lists/project';
import type { Page, PageRequest } from '../domain/paging';
import { AlreadyTakenError, GuardFailedError, RecordMissingError, StaleVersionError } from '../domain/write-refusals';
import { getInOrder } from './batch-get';
import {
  CLAIM_PREFIX, PROJECT_UNIT_TYPE, claimFromItem, claimKey, claimToItem, projectEditedAttributes, projectFromItem, projectKey,
  projectPartitions, projectToItem, projectUnitIndex, projectUnitKey, progressFromItem, progressPartition, progressToItem, raterGuardKey, ratingFromItem, ratingsPartition,
  ratingToItem,
} from './entities/project';
import { regionKeyPrefix } from './keys';
import { needSaveStep, needsMoved } from './need-repository';
import { queryPage, type PageQuery } from './query-page';
import { resourceGiveBackStep, resourceTakeStep, setClause } from './resource-repository';
import { countersMoved, projectCounters, type Counters } from '../domain/lists/figures';
import { isOverdue, OVERDUE_STATUSES } from '../domain/lists/rules';
import { listFiguresSteps } from './entities/list-figures';
import { alongsideSteps, transactWrite, type TransactStep } from './transact';

const projectRef = (projectId: string) => ({ type: 'Project', id: projectId });
const claimRef = (claimId: string) => ({ type: 'Claim', id: claimId });

/** Where a project may be claimed, by kind of claim, and withdrawn from (ports.ts ProjectStore). */
const CLAIMABLE: Record<Claim['kind'], readonly ProjectStatus[]> = {
  UNIT: ['APPROVED'],
  MEMBER: ['APPROVED', 'IN_PROGRESS'],
  RESOURCE: ['SUBMITTED', 'APPROVED', 'IN_PROGRESS'],
};
const WITHDRAWABLE: readonly ProjectStatus[] = ['SUBMITTED', 'APPROVED'];

/** Reads of a project's claims before `claims` stops (each up to 1 MB; the active ones are capped anyway). */
const MAX_CLAIM_QUERIES = 5;

/** The guard of a claim's own item: a unit and a member hold one active claim per project. */
const CLAIM_GUARDS: Record<Claim['kind'], string> = { UNIT: 'unit-claim', MEMBER: 'member-claim', RESOURCE: 'resource-claim' };

/**
 * Projects with their claims and unit links in the project's partition (entities/project.ts). Every write
 * is one transaction with its audit entry; the claim counters on the project (`unitClaimCount`,
 * `slotsTaken`, `soloUnitId`, `leadUnitId`) and the resources' `quantityLeft` change only in the claim
 * writes, under conditions evaluated by DynamoDB at the time of the write, never by a save.
 */
export class ProjectRepository implements ProjectStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(regionId: string, projectId: string): Promise<Project | null> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: projectKey(regionId, projectId), ConsistentRead: true }));
    return Item ? projectFromItem(Item) : null;
  }

  getMany(regionId: string, projectIds: readonly string[]): Promise<(Project | null)[]> {
    return getInOrder(this.client, this.tableName, projectIds.map((id) => projectKey(regionId, id)), projectFromItem);
  }

  list(regionId: string, filter: ProjectFilter, page: PageRequest): Promise<Page<Project>> {
    if (filter.unitId) return this.listClaimedBy(regionId, filter.unitId, filter, page);
    const partition = filter.status ? projectPartitions.byStatus(regionId, filter.year, filter.status) : projectPartitions.byYear(regionId, filter.year);
    return queryPage(
      this.client,
      { tableName: this.tableName, partition, filter: overdueFilter(filter), page, newestFirst: true, regionKeyPrefix: regionKeyPrefix(regionId) },
      projectFromItem,
    );
  }

  /**
   * The projects a unit holds active claims on, by its first claim on each, newest first: a page of its
   * unit links, then the projects in one BatchGet. A `status` filter applies to that page in memory, so
   * such a page may hold fewer than asked while `hasNextPage` says more follow (as a filtered Query's does).
   */
  private async listClaimedBy(regionId: string, unitId: string, filter: ProjectFilter, page: PageRequest): Promise<Page<Project>> {
    const links = await queryPage(
      this.client,
      {
        tableName: this.tableName,
        partition: projectPartitions.claimedByUnit(regionId, unitId, filter.year),
        filter: { expression: '#active > :zero', names: { '#active': 'activeClaims' }, values: { ':zero': 0 } },
        page,
        newestFirst: true,
        regionKeyPrefix: regionKeyPrefix(regionId),
      },
      (item) => String(item.projectId),
    );
    const projects = await this.getMany(regionId, links.edges.map((e) => e.node));
    const edges = links.edges.flatMap((edge, i) => {
      const project = projects[i];
      const overdue = !filter.overdueOn || (!!project && isOverdue(project, filter.overdueOn));
      return project && (!filter.status || project.status === filter.status) && overdue ? [{ cursor: edge.cursor, node: project }] : [];
    });
    return { edges, pageInfo: links.pageInfo };
  }

  async claims(regionId: string, projectId: string): Promise<Claim[]> {
    const active: Claim[] = [];
    let startKey: Record<string, unknown> | undefined;
    for (let read = 0; read < MAX_CLAIM_QUERIES && active.length < MAX_CLAIMS_READ; read++) {
      const result = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :claims)',
          FilterExpression: '#status = :active',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':pk': projectKey(regionId, projectId).pk, ':claims': CLAIM_PREFIX, ':active': 'ACTIVE' },
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
        }),
      );
      active.push(...(result.Items ?? []).map(claimFromItem));
      startKey = result.LastEvaluatedKey;
      if (!startKey) break;
    }
    // The keys order claims by id; the port promises the order they were made in.
    return active.sort(byClaimedAt).slice(0, MAX_CLAIMS_READ);
  }

  async getClaims(regionId: string, claimIds: readonly string[]): Promise<(Claim | null)[]> {
    const keyed = claimIds.map((id) => ({ id, projectId: projectIdOfClaim(id) }));
    const found = await getInOrder(
      this.client,
      this.tableName,
      keyed.filter((k) => k.projectId).map((k) => claimKey(regionId, k.projectId!, k.id)),
      claimFromItem,
    );
    let next = 0;
    return keyed.map((k) => (k.projectId ? found[next++]! : null));
  }

  async getClaim(regionId: string, claimId: string): Promise<Claim | null> {
    const projectId = projectIdOfClaim(claimId);
    if (!projectId) return null;
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: claimKey(regionId, projectId, claimId), ConsistentRead: true }),
    );
    return Item ? claimFromItem(Item) : null;
  }

  async createFromNeeds(project: Project, needs: Change<Need>[], takes: ResourceTake[], alongside: Alongside): Promise<void> {
    for (const { resource, claim } of takes) {
      if (claim.kind !== 'RESOURCE' || claim.projectId !== project.id || claim.resourceId !== resource.id || !(Number(claim.quantity) > 0)) {
        throw new Error(`createFromNeeds: claim ${claim.id} is not a take of resource ${resource.id} for project ${project.id}`);
      }
    }
    await transactWrite(this.client, [
      {
        item: { Put: { TableName: this.tableName, Item: projectToItem(project), ConditionExpression: 'attribute_not_exists(pk)' } },
        onConditionFailed: () => new AlreadyTakenError('project-id', project.id),
      },
      ...needs.map((change) => needSaveStep(this.tableName, change)),
      // A transaction touches an item once: takes of one resource are taken together.
      ...[...sumBy(takes.map((t) => t.claim), (c) => c.resourceId!, (c) => c.quantity!)].map(([resourceId, quantity]) =>
        resourceTakeStep(this.tableName, project.regionId, resourceId, quantity),
      ),
      ...takes.map(({ claim }) => this.claimPutStep(claim)),
      ...this.linkSteps(takes.map((t) => t.claim), 1),
      // The project and its needs share a year: one step for both.
      ...listFiguresSteps(this.tableName, project.regionId, project.year, sumCounters(projectCounters(project), needsMoved(needs))),
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  async save(change: Change<Project>, needs: Change<Need>[], alongside: Alongside, releases: Change<Claim>[] = []): Promise<void> {
    const { current, next } = change;
    for (const release of releases) {
      if (release.current.kind !== 'RESOURCE' || release.current.projectId !== current.id || release.next.status !== 'WITHDRAWN') {
        throw new Error(`save: release ${release.current.id} is not a resource claim of project ${current.id} being withdrawn`);
      }
    }
    const { clause, names, values } = setClause(projectEditedAttributes(next));
    names['#version'] = 'version';
    values[':version'] = current.version;
    let condition = '#version = :version';
    // Work starts only with a responsible unit, as it stands when the move is written.
    if (next.status === 'IN_PROGRESS' && current.status !== 'IN_PROGRESS') {
      names['#units'] = 'unitClaimCount';
      values[':zero'] = 0;
      condition += ' AND #units > :zero';
    }
    await transactWrite(this.client, [
      {
        item: {
          Update: {
            TableName: this.tableName,
            Key: projectKey(current.regionId, current.id),
            UpdateExpression: `SET ${clause}`,
            ConditionExpression: condition,
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: values,
          },
        },
        onConditionFailed: (old) => {
          if (!old) return new RecordMissingError(projectRef(current.id));
          if (Number(old.version) !== current.version) return new StaleVersionError(projectRef(current.id));
          return new GuardFailedError(projectRef(current.id), 'no-responsible-unit');
        },
      },
      ...needs.map((n) => needSaveStep(this.tableName, n)),
      ...releases.map((r) => this.claimWithdrawStep(r)),
      // A transaction touches an item once: what goes back to one resource goes back together.
      ...[...sumBy(releases.map((r) => r.current), (c) => c.resourceId!, (c) => Number(c.quantity))].map(([resourceId, quantity]) =>
        resourceGiveBackStep(this.tableName, current.regionId, resourceId, quantity),
      ),
      ...this.linkSteps(releases.map((r) => r.current), -1),
      ...listFiguresSteps(this.tableName, next.regionId, next.year, sumCounters(countersMoved({ before: projectCounters(current), after: projectCounters(next) }), needsMoved(needs))),
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  async claim(claim: Claim, alongside: Alongside): Promise<void> {
    if (claim.status !== 'ACTIVE') throw new Error(`claim: claim ${claim.id} is not ACTIVE`);
    if (projectIdOfClaim(claim.id) !== claim.projectId) throw new Error(`claim: id ${claim.id} does not carry project ${claim.projectId}`);
    const steps: TransactStep[] = [this.claimPutStep(claim)];
    if (claim.kind === 'UNIT') steps.push(this.unitClaimStep(claim));
    else if (claim.kind === 'MEMBER') steps.push(this.memberClaimStep(claim));
    else {
      if (!claim.resourceId || !(Number(claim.quantity) > 0)) throw new Error(`claim: resource claim ${claim.id} without a resource or quantity`);
      steps.push(this.projectCheckStep(claim, CLAIMABLE.RESOURCE, 'not-claimable'));
      steps.push(resourceTakeStep(this.tableName, claim.regionId, claim.resourceId, claim.quantity!));
    }
    steps.push(...this.linkSteps([claim], 1), ...alongsideSteps(this.tableName, alongside));
    await transactWrite(this.client, steps);
  }

  async withdrawClaim(change: Change<Claim>, alongside: Alongside): Promise<void> {
    const { current, next } = change;
    if (next.status !== 'WITHDRAWN' || next.id !== current.id) throw new Error(`withdrawClaim: next of ${current.id} must be the same claim, WITHDRAWN`);
    const steps: TransactStep[] = [this.claimWithdrawStep(change)];
    if (current.kind === 'RESOURCE') {
      steps.push(this.projectCheckStep(current, WITHDRAWABLE, 'started'));
      steps.push(resourceGiveBackStep(this.tableName, current.regionId, current.resourceId!, Number(current.quantity)));
    } else {
      const names: Record<string, string> = { '#status': 'status' };
      const values: Record<string, unknown> = { ':minus': -1, ...statusValues(WITHDRAWABLE) };
      let update: string;
      if (current.kind === 'MEMBER') {
        names['#taken'] = 'slotsTaken';
        update = 'ADD #taken :minus';
      } else {
        names['#units'] = 'unitClaimCount';
        update = 'ADD #units :minus';
        // An active SOLO claim is what set soloUnitId and leadUnitId; an active lead claim set leadUnitId.
        const cleared = [...(current.mode === 'SOLO' ? ['soloUnitId'] : []), ...(current.mode === 'SOLO' || current.lead ? ['leadUnitId'] : [])];
        if (cleared.length) {
          values[':null'] = null;
          cleared.forEach((field, i) => (names[`#c${i}`] = field));
          update = `SET ${cleared.map((_, i) => `#c${i} = :null`).join(', ')} ${update}`;
        }
      }
      steps.push({
        item: {
          Update: {
            TableName: this.tableName,
            Key: projectKey(current.regionId, current.projectId),
            UpdateExpression: update,
            ConditionExpression: `attribute_exists(pk) AND #status IN (${Object.keys(statusValues(WITHDRAWABLE)).join(', ')})`,
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: values,
          },
        },
        onConditionFailed: (old) => (old ? new GuardFailedError(projectRef(current.projectId), 'started') : new RecordMissingError(projectRef(current.projectId))),
      });
    }
    steps.push(...this.linkSteps([current], -1), ...alongsideSteps(this.tableName, alongside));
    await transactWrite(this.client, steps);
  }

  async reportProgress(progress: ProjectProgress, alongside: Alongside): Promise<void> {
    await transactWrite(this.client, [
      { item: { Put: { TableName: this.tableName, Item: progressToItem(progress), ConditionExpression: 'attribute_not_exists(pk)' } } },
      this.projectCheckStep({ regionId: progress.regionId, projectId: progress.projectId }, ['IN_PROGRESS'], 'not-in-progress'),
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  progress(regionId: string, projectId: string, page: PageRequest): Promise<Page<ProjectProgress>> {
    return queryPage(
      this.client,
      { tableName: this.tableName, partition: { partitionValue: progressPartition(regionId, projectId) }, page, newestFirst: true, regionKeyPrefix: regionKeyPrefix(regionId) },
      progressFromItem,
    );
  }

  async rate(rating: ProjectRating, raterFingerprint: string | null, alongside: Alongside | null): Promise<void> {
    const steps: TransactStep[] = [
      { item: { Put: { TableName: this.tableName, Item: ratingToItem(rating), ConditionExpression: 'attribute_not_exists(pk)' } } },
      {
        item: {
          Update: {
            TableName: this.tableName,
            Key: projectKey(rating.regionId, rating.projectId),
            UpdateExpression: 'ADD #count :one, #sum :score',
            ConditionExpression: 'attribute_exists(pk) AND #status = :accepted',
            ExpressionAttributeNames: { '#count': 'ratingCount', '#sum': 'ratingSum', '#status': 'status' },
            ExpressionAttributeValues: { ':one': 1, ':score': rating.score, ':accepted': 'ACCEPTED' },
          },
        },
        onConditionFailed: (old) => (old ? new GuardFailedError(projectRef(rating.projectId), 'not-accepted') : new RecordMissingError(projectRef(rating.projectId))),
      },
    ];
    if (raterFingerprint) {
      steps.push({
        item: {
          Put: {
            TableName: this.tableName,
            Item: { ...raterGuardKey(rating.regionId, rating.projectId, raterFingerprint), type: 'PROJECT_RATER', ratingId: rating.id },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: () => new AlreadyTakenError('project-rater', rating.projectId),
      });
    }
    if (alongside) steps.push(...alongsideSteps(this.tableName, alongside));
    await transactWrite(this.client, steps);
  }

  ratings(regionId: string, projectId: string, page: PageRequest): Promise<Page<ProjectRating>> {
    return queryPage(
      this.client,
      { tableName: this.tableName, partition: { partitionValue: ratingsPartition(regionId, projectId) }, page, newestFirst: true, regionKeyPrefix: regionKeyPrefix(regionId) },
      ratingFromItem,
    );
  }

  /** The claim as read, withdrawn: still active, and the same claiming (a fixed id is reused by a new claim). */
  private claimWithdrawStep({ current, next }: Change<Claim>): TransactStep {
    return {
      item: {
        Put: {
          TableName: this.tableName,
          Item: claimToItem(next),
          ConditionExpression: 'attribute_exists(pk) AND #status = :active AND claimedAt = :claimedAt',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':active': 'ACTIVE', ':claimedAt': current.claimedAt },
        },
      },
      onConditionFailed: (old) => (old ? new StaleVersionError(claimRef(current.id)) : new RecordMissingError(claimRef(current.id))),
    };
  }

  /** The claim's own item: new, or its fixed id's earlier claim withdrawn. */
  private claimPutStep(claim: Claim): TransactStep {
    return {
      item: {
        Put: {
          TableName: this.tableName,
          Item: claimToItem(claim),
          ConditionExpression: 'attribute_not_exists(pk) OR #status = :withdrawn',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':withdrawn': 'WITHDRAWN' },
        },
      },
      onConditionFailed: () => new AlreadyTakenError(CLAIM_GUARDS[claim.kind], claim.id),
    };
  }

  /** A unit takes responsibility: APPROVED; SOLO only when no unit holds one, JOINT not beside a SOLO one, one lead. */
  private unitClaimStep(claim: Claim): TransactStep {
    if (!claim.unitId || !claim.mode) throw new Error(`claim: unit claim ${claim.id} without a unit or mode`);
    const names: Record<string, string> = { '#status': 'status', '#units': 'unitClaimCount', '#solo': 'soloUnitId' };
    const values: Record<string, unknown> = { ':approved': 'APPROVED', ':one': 1 };
    const conditions = ['attribute_exists(pk)', '#status = :approved'];
    const sets: string[] = [];
    const absent = (name: string) => `(attribute_not_exists(${name}) OR attribute_type(${name}, :nullType))`;
    if (claim.mode === 'SOLO') {
      values[':zero'] = 0;
      values[':unit'] = claim.unitId;
      names['#lead'] = 'leadUnitId';
      conditions.push('#units = :zero');
      sets.push('#solo = :unit', '#lead = :unit');
    } else {
      values[':nullType'] = 'NULL';
      conditions.push(absent('#solo'));
      if (claim.lead) {
        names['#lead'] = 'leadUnitId';
        values[':unit'] = claim.unitId;
        conditions.push(absent('#lead'));
        sets.push('#lead = :unit');
      }
    }
    return {
      item: {
        Update: {
          TableName: this.tableName,
          Key: projectKey(claim.regionId, claim.projectId),
          UpdateExpression: `${sets.length ? `SET ${sets.join(', ')} ` : ''}ADD #units :one`,
          ConditionExpression: conditions.join(' AND '),
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        },
      },
      onConditionFailed: (old) => {
        if (!old) return new RecordMissingError(projectRef(claim.projectId));
        return new GuardFailedError(projectRef(claim.projectId), unitClaimRefusal(claim, old));
      },
    };
  }

  /** A member takes a volunteer place: APPROVED or IN_PROGRESS, and a place is free (two attributes compared). */
  private memberClaimStep(claim: Claim): TransactStep {
    return {
      item: {
        Update: {
          TableName: this.tableName,
          Key: projectKey(claim.regionId, claim.projectId),
          UpdateExpression: 'ADD #taken :one',
          ConditionExpression: `attribute_exists(pk) AND #status IN (${Object.keys(statusValues(CLAIMABLE.MEMBER)).join(', ')}) AND #taken < #slots`,
          ExpressionAttributeNames: { '#status': 'status', '#taken': 'slotsTaken', '#slots': 'volunteerSlots' },
          ExpressionAttributeValues: { ':one': 1, ...statusValues(CLAIMABLE.MEMBER) },
        },
      },
      onConditionFailed: (old) => {
        if (!old) return new RecordMissingError(projectRef(claim.projectId));
        const claimable = CLAIMABLE.MEMBER.includes(old.status as ProjectStatus);
        return new GuardFailedError(projectRef(claim.projectId), claimable ? 'slots-full' : 'not-claimable');
      },
    };
  }

  /** The project exists and is in one of `statuses`, without writing it (resource claims change no project counter). */
  private projectCheckStep(claim: Pick<Claim, 'regionId' | 'projectId'>, statuses: readonly ProjectStatus[], guard: string): TransactStep {
    return {
      item: {
        ConditionCheck: {
          TableName: this.tableName,
          Key: projectKey(claim.regionId, claim.projectId),
          ConditionExpression: `attribute_exists(pk) AND #status IN (${Object.keys(statusValues(statuses)).join(', ')})`,
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: statusValues(statuses),
        },
      },
      onConditionFailed: (old) => (old ? new GuardFailedError(projectRef(claim.projectId), guard) : new RecordMissingError(projectRef(claim.projectId))),
    };
  }

  /** Each claiming unit's link to the project moved by `sign` per claim (one step per unit: an item once a transaction). */
  private linkSteps(claims: readonly Claim[], sign: 1 | -1): TransactStep[] {
    const byUnit = new Map<string, { claim: Claim; count: number }>();
    for (const claim of claims) {
      if (!claim.unitId) continue;
      const entry = byUnit.get(claim.unitId) ?? { claim, count: 0 };
      entry.count += 1;
      byUnit.set(claim.unitId, entry);
    }
    return [...byUnit.values()].map(({ claim, count }) => {
      const index = projectUnitIndex(claim);
      return {
        item: {
          Update: {
            TableName: this.tableName,
            Key: projectUnitKey(claim.regionId, claim.projectId, claim.unitId!),
            // The index entry is set once, by the unit's first claim: the list does not reorder under a reader.
            UpdateExpression:
              'SET #type = :type, regionId = :regionId, projectId = :projectId, unitId = :unitId, #year = :year, gsi2pk = :gpk, gsi2sk = if_not_exists(gsi2sk, :gsk) ADD activeClaims :delta',
            ExpressionAttributeNames: { '#type': 'type', '#year': 'year' },
            ExpressionAttributeValues: {
              ':type': PROJECT_UNIT_TYPE, ':regionId': claim.regionId, ':projectId': claim.projectId, ':unitId': claim.unitId, ':year': claim.year,
              ':gpk': index.gsi2pk, ':gsk': index.gsi2sk, ':delta': sign * count,
            },
          },
        },
      };
    });
  }
}

/** Which guard refused a unit claim, read off the project as it was (the order the memory twin checks them in). */
function unitClaimRefusal(claim: Claim, old: Record<string, unknown>): string {
  if (old.status !== 'APPROVED') return 'not-claimable';
  if (claim.mode === 'SOLO') return 'already-claimed';
  if (old.soloUnitId) return 'claimed-solo';
  return 'lead-taken';
}

/** Past the target date and not finished (rules.ts isOverdue, as a condition of the query). */
function overdueFilter(filter: ProjectFilter): PageQuery['filter'] {
  if (!filter.overdueOn) return undefined;
  const active = statusValues(OVERDUE_STATUSES);
  return {
    expression: `#target < :day AND #status IN (${Object.keys(active).join(', ')})`,
    names: { '#target': 'targetOn', '#status': 'status' },
    values: { ':day': filter.overdueOn, ...active },
  };
}

const sumCounters = (a: Counters, b: Counters): Counters => countersMoved({ before: null, after: a }, { before: null, after: b });

const statusValues = (statuses: readonly ProjectStatus[]): Record<string, string> => Object.fromEntries(statuses.map((s) => [`:st${s}`, s]));

const byClaimedAt = (a: Claim, b: Claim) => (a.claimedAt < b.claimedAt ? -1 : a.claimedAt > b.claimedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function sumBy<T>(items: readonly T[], key: (item: T) => string, amount: (item: T) => number): Map<string, number> {
  const sums = new Map<string, number>();
  for (const item of items) sums.set(key(item), (sums.get(key(item)) ?? 0) + amount(item));
  return sums;
}
