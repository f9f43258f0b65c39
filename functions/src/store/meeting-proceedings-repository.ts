import { GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Alongside, Change } from '../domain/alongside';
import type { Credit } from '../domain/engagement/points';
import type { Meeting, MeetingStatus } from '../domain/meetings/meeting';
import { MAX_ACTION_ITEMS, type ActionItemFilter, type ProceedingsStore } from '../domain/meetings/ports';
import { attendanceId, type ActionItem, type Attendance, type MeetingOpinion, type Minutes, type MinutesVersion, type Resolution, type ResolutionReceipt, type UnitPosition } from '../domain/meetings/proceedings';
import type { Page, PageRequest } from '../domain/paging';
import { AlreadyTakenError, GuardFailedError, RecordMissingError, StaleVersionError } from '../domain/write-refusals';
import { getInOrder } from './batch-get';
import { meetingKey, meetingToItem } from './entities/meeting';
import {
  actionItemFromItem, actionItemKey, actionItemToItem, attendanceFromItem, checkInFailuresKey, attendanceKey, memberAttendanceKey, attendanceToItem, meetingPartition, meetingResolutionToItem,
  minutesFromItem, minutesKey, minutesToItem, minutesVersionFromItem, minutesVersionToItem, opinionFromItem, opinionToItem, positionFromItem, positionToItem,
  proceedingsPartitions, proceedingsPrefixes, receiptFromItem, receiptKey, receiptToItem, resolutionFromItem, resolutionKey, resolutionToItem,
} from './entities/meeting-proceedings';
import { creditSteps } from './entities/points';
import { regionKeyPrefix, type Partition } from './keys';
import { filterExpression, queryPage, readPartition, type FilterCondition, type PageQuery } from './query-page';
import { alongsideSteps, transactWrite, versioned, type TransactStep } from './transact';

/** Positions per transaction: with the audit entry and upload claims, within TransactWriteItems' 100. */
export const POSITIONS_PER_TRANSACTION = 90;

/**
 * A meeting's proceedings (entities/meeting-proceedings.ts). Every write is one transaction with its audit entry and
 * upload claims, except a long putPositions (transactions of POSITIONS_PER_TRANSACTION, the audit entry in the
 * first). The meeting's parts are read by prefix from its partition, consistently and whole (their counts are
 * bounded by the meeting's limits); the region's lists page through their index partitions.
 */
export class ProceedingsRepository implements ProceedingsStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  // ---- attendance -------------------------------------------------------------------------------------------

  async attendance(regionId: string, meetingId: string): Promise<Attendance[]> {
    return (await this.readAll(meetingPartition(regionId, meetingId), proceedingsPrefixes.attendance)).map(attendanceFromItem);
  }

  async memberAttendance(regionId: string, meetingId: string): Promise<Attendance[]> {
    return (await this.readAll(meetingPartition(regionId, meetingId), proceedingsPrefixes.memberAttendance)).map(attendanceFromItem);
  }

  async checkInFailures(regionId: string, meetingId: string, callerId: string): Promise<number> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: checkInFailuresKey(regionId, meetingId, callerId), ConsistentRead: true }));
    return Item ? Number(Item.count) : 0;
  }

  async addCheckInFailure(regionId: string, meetingId: string, callerId: string): Promise<number> {
    // ADD is atomic: guesses sent at once each count.
    const { Attributes } = await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: checkInFailuresKey(regionId, meetingId, callerId),
        UpdateExpression: 'ADD #count :one SET #type = :type',
        ExpressionAttributeNames: { '#count': 'count', '#type': 'type' },
        ExpressionAttributeValues: { ':one': 1, ':type': 'CHECK_IN_FAILURES' },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return Number(Attributes?.count ?? 1);
  }

  async getAttendance(regionId: string, meetingId: string, unitId: string): Promise<Attendance | null> {
    return this.getOne(attendanceKey(regionId, meetingId, unitId), attendanceFromItem);
  }

  async getMemberAttendance(regionId: string, meetingId: string, memberId: string): Promise<Attendance | null> {
    return this.getOne(memberAttendanceKey(regionId, meetingId, memberId), attendanceFromItem);
  }

  async saveAttendance(change: { current: Attendance | null; next: Attendance }, alongside: Alongside, credit?: Credit): Promise<void> {
    const { current, next } = change;
    if (current && (current.regionId !== next.regionId || attendanceId(current) !== attendanceId(next))) {
      throw new Error(`saveAttendance: the attendance of ${attendanceId(current)} keeps its meeting and invitee`);
    }
    if (credit && credit.entry.regionId !== next.regionId) throw new Error(`credit ${credit.entry.id} is of region ${credit.entry.regionId}, not ${next.regionId}`);
    await transactWrite(this.client, [
      {
        item: { Put: { TableName: this.tableName, Item: attendanceToItem(next), ...versioned(current?.version) } },
        onConditionFailed: () => new StaleVersionError({ type: 'MeetingAttendance', id: attendanceId(next) }),
      },
      // The points of attending, credited once (PointsStore.credit's promises), after the attendance's own step.
      ...(credit ? creditSteps(this.tableName, credit) : []),
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  // ---- opinions ---------------------------------------------------------------------------------------------

  opinions(regionId: string, meetingId: string, page: PageRequest): Promise<Page<MeetingOpinion>> {
    return queryPage(
      this.client,
      { tableName: this.tableName, partition: meetingPartition(regionId, meetingId), sortKeyPrefix: proceedingsPrefixes.opinions, page, regionKeyPrefix: regionKeyPrefix(regionId) },
      opinionFromItem,
    );
  }

  async putOpinion(opinion: MeetingOpinion, alongside: Alongside): Promise<void> {
    await transactWrite(this.client, [{ item: { Put: { TableName: this.tableName, Item: opinionToItem(opinion) } } }, ...alongsideSteps(this.tableName, alongside)]);
  }

  // ---- minutes ----------------------------------------------------------------------------------------------

  async minutes(regionId: string, meetingId: string): Promise<Minutes[]> {
    return (await this.readAll(meetingPartition(regionId, meetingId), proceedingsPrefixes.minutes)).map(minutesFromItem);
  }

  getMinutes(regionId: string, meetingId: string, agendaItemId: string): Promise<Minutes | null> {
    return this.getOne(minutesKey(regionId, meetingId, agendaItemId), minutesFromItem);
  }

  async saveMinutes(change: { current: Minutes | null; next: Minutes }, version: MinutesVersion, alongside: Alongside, meetingIn: readonly MeetingStatus[]): Promise<void> {
    const { current, next } = change;
    if (version.regionId !== next.regionId || version.meetingId !== next.meetingId || version.agendaItemId !== next.agendaItemId) {
      throw new Error(`saveMinutes: version ${version.version} is not of the minutes ${next.meetingId}/${next.agendaItemId}`);
    }
    const stale = () => new StaleVersionError({ type: 'Minutes', id: `${next.meetingId}/${next.agendaItemId}` });
    await transactWrite(this.client, [
      { item: { Put: { TableName: this.tableName, Item: minutesToItem(next), ...versioned(current?.version) } }, onConditionFailed: stale },
      // A version is written once: one already there means another save came first with the same number.
      { item: { Put: { TableName: this.tableName, Item: minutesVersionToItem(version), ConditionExpression: 'attribute_not_exists(pk)' } }, onConditionFailed: stale },
      this.meetingIn(next.regionId, next.meetingId, meetingIn),
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  minutesVersions(regionId: string, meetingId: string, agendaItemId: string, page: PageRequest): Promise<Page<MinutesVersion>> {
    return queryPage(
      this.client,
      {
        tableName: this.tableName,
        partition: meetingPartition(regionId, meetingId),
        sortKeyPrefix: proceedingsPrefixes.minutesVersions(agendaItemId),
        newestFirst: true,
        page,
        regionKeyPrefix: regionKeyPrefix(regionId),
      },
      minutesVersionFromItem,
    );
  }

  // ---- consensus --------------------------------------------------------------------------------------------

  async positions(regionId: string, meetingId: string, agendaItemId?: string): Promise<UnitPosition[]> {
    return (await this.readAll(meetingPartition(regionId, meetingId), proceedingsPrefixes.positions(agendaItemId))).map(positionFromItem);
  }

  async putPositions(positions: readonly UnitPosition[], alongside: Alongside, meetingIn: readonly MeetingStatus[]): Promise<void> {
    const meetings = [...new Set(positions.map((p) => `${p.regionId}|${p.meetingId}`))].map((k) => k.split('|') as [string, string]);
    const guards = meetings.map(([regionId, meetingId]) => this.meetingIn(regionId, meetingId, meetingIn));
    // One write per item (a transaction refuses two on one item): the last of a repeated key wins.
    const byKey = new Map(positions.map((p) => [`${p.regionId}|${p.meetingId}|${p.agendaItemId}|${p.unitId}`, p]));
    const puts: TransactStep[] = [...byKey.values()].map((p) => ({ item: { Put: { TableName: this.tableName, Item: positionToItem(p) } } }));
    // A position is a whole record put without a condition: a retry after a half-done call completes it.
    for (let start = 0; start === 0 || start < puts.length; start += POSITIONS_PER_TRANSACTION) {
      const chunk = puts.slice(start, start + POSITIONS_PER_TRANSACTION);
      await transactWrite(this.client, start === 0 ? [...chunk, ...guards, ...alongsideSteps(this.tableName, alongside)] : [...chunk, ...guards]);
    }
  }

  /** A step that holds only while the meeting's status is one of `statuses` (the approval locks minutes and positions). */
  private meetingIn(regionId: string, meetingId: string, statuses: readonly MeetingStatus[]): TransactStep {
    return {
      item: {
        ConditionCheck: {
          TableName: this.tableName,
          Key: meetingKey(regionId, meetingId),
          ConditionExpression: `#status IN (${statuses.map((_, i) => `:status${i}`).join(', ')})`,
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: Object.fromEntries(statuses.map((status, i) => [`:status${i}`, status])),
        },
      },
      onConditionFailed: () => new GuardFailedError({ type: 'Meeting', id: meetingId }, 'status'),
    };
  }

  // ---- approval and resolutions -----------------------------------------------------------------------------

  async approve(change: Change<Meeting>, resolutions: readonly Resolution[], alongside: Alongside): Promise<void> {
    const { current, next } = change;
    if (next.id !== current.id || next.regionId !== current.regionId) throw new Error(`approve: meeting ${current.id} keeps its id and region`);
    const items = new Set<string>();
    for (const r of resolutions) {
      if (r.regionId !== current.regionId || r.meetingId !== current.id) throw new Error(`approve: resolution ${r.id} is not of meeting ${current.id}`);
      if (items.has(r.agendaItemId)) throw new Error(`approve: two resolutions for agenda item ${r.agendaItemId}`);
      items.add(r.agendaItemId);
    }
    const meeting = { type: 'Meeting', id: current.id };
    const taken = (r: Resolution) => () => new AlreadyTakenError('resolution', r.id);
    await transactWrite(this.client, [
      {
        item: { Put: { TableName: this.tableName, Item: meetingToItem(next), ...versioned(current.version) } },
        onConditionFailed: (old) => (old ? new StaleVersionError(meeting) : new RecordMissingError(meeting)),
      },
      ...resolutions.flatMap((r) => [
        { item: { Put: { TableName: this.tableName, Item: meetingResolutionToItem(r), ConditionExpression: 'attribute_not_exists(pk)' } }, onConditionFailed: taken(r) },
        { item: { Put: { TableName: this.tableName, Item: resolutionToItem(r), ConditionExpression: 'attribute_not_exists(pk)' } }, onConditionFailed: taken(r) },
      ]),
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  async resolutionsOf(regionId: string, meetingId: string): Promise<Resolution[]> {
    return (await this.readAll(meetingPartition(regionId, meetingId), proceedingsPrefixes.resolutions)).map(resolutionFromItem);
  }

  getResolutions(regionId: string, resolutionIds: readonly string[]): Promise<(Resolution | null)[]> {
    return getInOrder(this.client, this.tableName, resolutionIds.map((id) => resolutionKey(regionId, id)), resolutionFromItem);
  }

  resolutions(regionId: string, page: PageRequest): Promise<Page<Resolution>> {
    return queryPage(
      this.client,
      { tableName: this.tableName, partition: proceedingsPartitions.resolutions(regionId), newestFirst: true, page, regionKeyPrefix: regionKeyPrefix(regionId) },
      resolutionFromItem,
    );
  }

  // ---- receipts (签收) ----------------------------------------------------------------------------------------

  async receipts(regionId: string, meetingId: string): Promise<ResolutionReceipt[]> {
    return (await this.readAll(meetingPartition(regionId, meetingId), proceedingsPrefixes.receipts)).map(receiptFromItem);
  }

  getReceipts(regionId: string, refs: readonly { meetingId: string; unitId: string }[]): Promise<(ResolutionReceipt | null)[]> {
    return getInOrder(this.client, this.tableName, refs.map((r) => receiptKey(regionId, r.meetingId, r.unitId)), receiptFromItem);
  }

  async putReceipt(receipt: ResolutionReceipt, alongside: Alongside): Promise<void> {
    if (receipt.acknowledgedAt === null) throw new Error(`putReceipt: the receipt of ${receipt.meetingId}/${receipt.unitId} is not acknowledged`);
    await transactWrite(this.client, [
      {
        // Written once: a second acknowledgement of the unit (concurrent or later) keeps the first.
        item: { Put: { TableName: this.tableName, Item: receiptToItem(receipt), ConditionExpression: 'attribute_not_exists(pk)' } },
        onConditionFailed: () => new AlreadyTakenError('resolution-receipt', `${receipt.meetingId}/${receipt.unitId}`),
      },
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  // ---- action items -----------------------------------------------------------------------------------------

  async createActionItem(item: ActionItem, alongside: Alongside): Promise<void> {
    await transactWrite(this.client, [
      {
        item: { Put: { TableName: this.tableName, Item: actionItemToItem(item), ConditionExpression: 'attribute_not_exists(pk)' } },
        onConditionFailed: () => new AlreadyTakenError('action-item-id', item.id),
      },
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  async saveActionItem(change: Change<ActionItem>, alongside: Alongside): Promise<void> {
    const { current, next } = change;
    if (next.id !== current.id || next.regionId !== current.regionId || next.meetingId !== current.meetingId) {
      throw new Error(`saveActionItem: action item ${current.id} keeps its id, region and meeting`);
    }
    const record = { type: 'ActionItem', id: current.id };
    await transactWrite(this.client, [
      {
        item: { Put: { TableName: this.tableName, Item: actionItemToItem(next), ...versioned(current.version) } },
        onConditionFailed: (old) => (old ? new StaleVersionError(record) : new RecordMissingError(record)),
      },
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  getActionItem(regionId: string, actionItemId: string): Promise<ActionItem | null> {
    return this.getOne(actionItemKey(regionId, actionItemId), actionItemFromItem);
  }

  async actionItemsOf(regionId: string, meetingId: string): Promise<ActionItem[]> {
    return (await this.readAll(proceedingsPartitions.actionItemsOf(regionId, meetingId), undefined, MAX_ACTION_ITEMS)).map(actionItemFromItem);
  }

  async actionItems(regionId: string, filter: ActionItemFilter, page: PageRequest): Promise<Page<ActionItem>> {
    const plan = planActionItemQuery(regionId, filter);
    if (!plan) return { edges: [], pageInfo: { endCursor: null, hasNextPage: false } };
    return queryPage(this.client, { tableName: this.tableName, ...plan, page, regionKeyPrefix: regionKeyPrefix(regionId) }, actionItemFromItem);
  }

  // ---- reads ------------------------------------------------------------------------------------------------

  private async getOne<T>(key: { pk: string; sk: string }, decode: (item: Record<string, unknown>) => T): Promise<T | null> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }));
    return Item ? decode(Item) : null;
  }

  /** Every item of a meeting's part, in key order (its count bounded by the meeting's limits): readPartition. */
  private readAll(partition: Partition, prefix?: string, limit?: number): Promise<Record<string, unknown>[]> {
    return readPartition(this.client, this.tableName, partition, { prefix, limit });
  }
}

/**
 * The partition serving the filter: the status's (OPEN for overdue, read below the day) or the region's, all by due
 * date; a unit is a condition on the page (`contains(responsibleUnitIds, :unit)`). Null when nothing can match
 * (overdue items are OPEN).
 */
export function planActionItemQuery(regionId: string, filter: ActionItemFilter): Pick<PageQuery, 'partition' | 'sortKeyBelow' | 'filter'> | null {
  const conditions: FilterCondition[] = filter.unitId ? [{ attribute: 'responsibleUnitIds', test: 'contains', value: filter.unitId }] : [];
  if (filter.overdueOn !== undefined) {
    if (filter.status && filter.status !== 'OPEN') return null;
    return { partition: proceedingsPartitions.actionItemsByStatus(regionId, 'OPEN'), sortKeyBelow: filter.overdueOn, filter: filterExpression(conditions) };
  }
  const partition = filter.status ? proceedingsPartitions.actionItemsByStatus(regionId, filter.status) : proceedingsPartitions.actionItems(regionId);
  return { partition, filter: filterExpression(conditions) };
}
