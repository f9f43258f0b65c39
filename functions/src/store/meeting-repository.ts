import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Alongside } from '../domain/alongside';
import type { CadencePolicy, Meeting, MeetingKind } from '../domain/meetings/meeting';
import type { CadenceStore, MeetingStore, NoticeRecipient } from '../domain/meetings/ports';
import type { MeetingFilter } from '../domain/meetings/rules';
import type { Page, PageRequest } from '../domain/paging';
import { AlreadyTakenError, RecordMissingError, StaleVersionError } from '../domain/write-refusals';
import { cadenceFromItem, cadenceKey, cadenceToItem, meetingFromItem, meetingKey, meetingPartitions, meetingToItem } from './entities/meeting';
import { indexKeyNames, regionKeyPrefix, type Partition } from './keys';
import { filterExpression, queryPage, type FilterCondition } from './query-page';
import { alongsideSteps, transactWrite } from './transact';

/** Statuses of a meeting that took place (or was noticed and its time has come). */
const TOOK_PLACE = ['NOTICED', 'HELD', 'MINUTES_DRAFTED', 'MINUTES_APPROVED', 'ARCHIVED'];
/** Reads of a kind's partition, newest first, before the cadence stops looking for one that took place. */
const LAST_HELD_PAGES = 4;

export class MeetingRepository implements MeetingStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(regionId: string, meetingId: string): Promise<Meeting | null> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: meetingKey(regionId, meetingId), ConsistentRead: true }));
    return Item ? meetingFromItem(Item) : null;
  }

  list(regionId: string, filter: MeetingFilter, page: PageRequest): Promise<Page<Meeting>> {
    const { partition, conditions } = planMeetingQuery(regionId, filter);
    return queryPage(
      this.client,
      {
        tableName: this.tableName,
        partition,
        filter: filterExpression(conditions),
        // From an instant on, before another: every sort key starts with the start time.
        sortKeyAtLeast: filter.from,
        sortKeyBelow: filter.to,
        page,
        regionKeyPrefix: regionKeyPrefix(regionId),
      },
      meetingFromItem,
    );
  }

  async lastHeld(regionId: string, kind: MeetingKind, before: string): Promise<Meeting | null> {
    const { index, partitionValue } = meetingPartitions.byKind(regionId, kind);
    const { pk, sk } = indexKeyNames(index);
    let startKey: Record<string, unknown> | undefined;
    for (let read = 0; read < LAST_HELD_PAGES; read++) {
      const result = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: index,
          KeyConditionExpression: '#pk = :pk AND #sk < :before',
          FilterExpression: `#status IN (${TOOK_PLACE.map((_, i) => `:s${i}`).join(', ')})`,
          ExpressionAttributeNames: { '#pk': pk, '#sk': sk, '#status': 'status' },
          ExpressionAttributeValues: { ':pk': partitionValue, ':before': before, ...Object.fromEntries(TOOK_PLACE.map((s, i) => [`:s${i}`, s])) },
          ScanIndexForward: false,
          Limit: 20,
          ExclusiveStartKey: startKey,
        }),
      );
      const found = result.Items?.[0];
      if (found) return meetingFromItem(found);
      startKey = result.LastEvaluatedKey;
      if (!startKey) return null;
    }
    return null;
  }

  /**
   * The calendar from `from` on, filtered to the invitations of the unit (or of the member in person) that have a
   * notice (a map; null before one is sent).
   */
  listNotices(regionId: string, { unitId, memberId }: NoticeRecipient, from: string | undefined, page: PageRequest): Promise<Page<Meeting>> {
    const invited = memberId ? '(contains(#units, :unit) OR contains(#members, :member))' : 'contains(#units, :unit)';
    const filter = {
      expression: `${invited} AND attribute_type(#notice, :map)`,
      names: { '#units': 'invitedUnitIds', '#notice': 'notice', ...(memberId ? { '#members': 'invitedMemberIds' } : {}) },
      values: { ':unit': unitId, ':map': 'M', ...(memberId ? { ':member': memberId } : {}) },
    };
    return queryPage(
      this.client,
      {
        tableName: this.tableName,
        partition: meetingPartitions.all(regionId),
        filter,
        sortKeyAtLeast: from,
        page,
        regionKeyPrefix: regionKeyPrefix(regionId),
      },
      meetingFromItem,
    );
  }

  async create(meeting: Meeting, alongside: Alongside): Promise<void> {
    await transactWrite(this.client, [
      {
        item: { Put: { TableName: this.tableName, Item: meetingToItem(meeting), ConditionExpression: 'attribute_not_exists(pk)' } },
        onConditionFailed: () => new AlreadyTakenError('meeting-id', meeting.id),
      },
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  async save(change: { current: Meeting; next: Meeting }, alongside: Alongside): Promise<void> {
    const record = { type: 'Meeting', id: change.current.id };
    await transactWrite(this.client, [
      {
        item: {
          Put: { TableName: this.tableName, Item: meetingToItem(change.next), ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': change.current.version } },
        },
        onConditionFailed: (old) => (old ? new StaleVersionError(record) : new RecordMissingError(record)),
      },
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }
}

/** The region's cadence policy: one item, saved at the version read (none yet: must still be none). */
export class CadenceRepository implements CadenceStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(regionId: string): Promise<CadencePolicy | null> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: cadenceKey(regionId), ConsistentRead: true }));
    return Item ? cadenceFromItem(Item) : null;
  }

  async save(change: { current: CadencePolicy | null; next: CadencePolicy }, alongside: Alongside): Promise<void> {
    const expected = change.current?.version;
    await transactWrite(this.client, [
      {
        item: {
          Put: {
            TableName: this.tableName,
            Item: cadenceToItem(change.next),
            ConditionExpression: expected === undefined ? 'attribute_not_exists(pk)' : 'version = :v',
            ExpressionAttributeValues: expected === undefined ? undefined : { ':v': expected },
          },
        },
        onConditionFailed: () => new StaleVersionError({ type: 'MeetingCadence', id: change.next.regionId }),
      },
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }
}

/** The partition that serves the filter (kind, status, or the calendar); the other filter becomes a condition. */
export function planMeetingQuery(regionId: string, filter: MeetingFilter): { partition: Partition; conditions: FilterCondition[] } {
  if (filter.kind) {
    return { partition: meetingPartitions.byKind(regionId, filter.kind), conditions: filter.status ? [{ attribute: 'status', test: 'equals', value: filter.status }] : [] };
  }
  if (filter.status) return { partition: meetingPartitions.byStatus(regionId, filter.status), conditions: [] };
  return { partition: meetingPartitions.all(regionId), conditions: [] };
}
