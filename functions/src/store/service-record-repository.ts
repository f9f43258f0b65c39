import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Alongside } from '../domain/alongside';
import type { Credit } from '../domain/engagement/points';
import type { Change, ServiceRecordFilter, ServiceRecordStore } from '../domain/engagement/ports';
import type { ServiceRecord } from '../domain/engagement/service-record';
import type { Page, PageRequest } from '../domain/paging';
import { AlreadyTakenError, RecordMissingError, StaleVersionError } from '../domain/write-refusals';
import { creditSteps } from './entities/points';
import {
  serviceRecordEditedAttributes, serviceRecordFromItem, serviceRecordKey, serviceRecordPartitions, serviceRecordToItem, serviceYearPrefix,
} from './entities/service-record';
import { regionKeyPrefix, type Partition } from './keys';
import { filterExpression, queryPage, type FilterCondition } from './query-page';
import { setClause } from './resource-repository';
import { alongsideSteps, transactWrite } from './transact';

const serviceRecordRef = (recordId: string) => ({ type: 'ServiceRecord', id: recordId });

/**
 * Volunteer service records (entities/service-record.ts). Every write is one transaction with its audit entry; a
 * save with a credit (the confirming one) puts the ledger entry and moves the member's figures in that same
 * transaction, after the record's own step (so a stale record is what a refused confirmation reports first).
 */
export class ServiceRecordRepository implements ServiceRecordStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(regionId: string, recordId: string): Promise<ServiceRecord | null> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: serviceRecordKey(regionId, recordId), ConsistentRead: true }));
    return Item ? serviceRecordFromItem(Item) : null;
  }

  list(regionId: string, filter: ServiceRecordFilter, page: PageRequest): Promise<Page<ServiceRecord>> {
    const { partition, conditions } = planServiceRecordQuery(regionId, filter);
    return queryPage(
      this.client,
      {
        tableName: this.tableName,
        partition,
        sortKeyPrefix: filter.year === undefined ? undefined : serviceYearPrefix(filter.year),
        filter: filterExpression(conditions),
        page,
        newestFirst: true,
        regionKeyPrefix: regionKeyPrefix(regionId),
      },
      serviceRecordFromItem,
    );
  }

  async file(record: ServiceRecord, alongside: Alongside): Promise<void> {
    await transactWrite(this.client, [
      {
        item: { Put: { TableName: this.tableName, Item: serviceRecordToItem(record), ConditionExpression: 'attribute_not_exists(pk)' } },
        onConditionFailed: () => new AlreadyTakenError('service-record-id', record.id),
      },
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  async save(change: Change<ServiceRecord>, alongside: Alongside, credit?: Credit): Promise<void> {
    const { current, next } = change;
    if (next.id !== current.id || next.regionId !== current.regionId || next.memberId !== current.memberId || next.communityUnitId !== current.communityUnitId) {
      throw new Error(`save: service record ${current.id} keeps its id, member and community`);
    }
    if (credit && credit.entry.regionId !== current.regionId) throw new Error(`credit ${credit.entry.id} is of region ${credit.entry.regionId}, not ${current.regionId}`);
    const { clause, names, values } = setClause(serviceRecordEditedAttributes(next));
    names['#version'] = 'version';
    values[':version'] = current.version;
    await transactWrite(this.client, [
      {
        item: {
          Update: {
            TableName: this.tableName,
            Key: serviceRecordKey(current.regionId, current.id),
            UpdateExpression: `SET ${clause}`,
            ConditionExpression: '#version = :version',
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: values,
          },
        },
        onConditionFailed: (old) => (old ? new StaleVersionError(serviceRecordRef(current.id)) : new RecordMissingError(serviceRecordRef(current.id))),
      },
      ...(credit ? creditSteps(this.tableName, credit) : []),
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }
}

/**
 * The partition that serves the filter: a community's or a unit's records with their status as a key, a member's
 * with it as a condition (a member has few). The year is a sort key prefix of every one.
 */
export function planServiceRecordQuery(regionId: string, filter: ServiceRecordFilter): { partition: Partition; conditions: FilterCondition[] } {
  if (filter.communityUnitId !== undefined) {
    const partition = filter.status
      ? serviceRecordPartitions.byCommunityStatus(regionId, filter.communityUnitId, filter.status)
      : serviceRecordPartitions.byCommunity(regionId, filter.communityUnitId);
    return { partition, conditions: [] };
  }
  if (filter.memberUnitId !== undefined) {
    const partition = filter.status
      ? serviceRecordPartitions.byMemberUnitStatus(regionId, filter.memberUnitId, filter.status)
      : serviceRecordPartitions.byMemberUnit(regionId, filter.memberUnitId);
    return { partition, conditions: [] };
  }
  const conditions: FilterCondition[] = filter.status ? [{ attribute: 'status', test: 'equals', value: filter.status }] : [];
  return { partition: serviceRecordPartitions.byMember(regionId, filter.memberId), conditions };
}
