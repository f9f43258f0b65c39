import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Alongside } from '../domain/alongside';
import type { Change, CommunityReportStore, ReportFilter } from '../domain/engagement/ports';
import { isActiveReport, type CommunityReport } from '../domain/engagement/report';
import type { Page, PageRequest } from '../domain/paging';
import { AlreadyTakenError, RecordMissingError, StaleVersionError } from '../domain/write-refusals';
import { getInOrder } from './batch-get';
import {
  activeReportGuardKey, activeReportGuardToItem, confirmedReportIdsFromItem, confirmedReportsKey, confirmedReportsUpdate, reportEditedAttributes,
  reportFromItem, reportKey, reportPartitions, reportSortKey, reportToItem,
} from './entities/community-report';
import { regionKeyPrefix, type Partition } from './keys';
import { filterExpression, queryPage, type FilterCondition } from './query-page';
import { setClause } from './resource-repository';
import { alongsideSteps, transactWrite, type TransactStep } from './transact';

export const reportRef = (reportId: string) => ({ type: 'CommunityReport', id: reportId });

/**
 * Dual registration (双报到): one item per report, the member's active-report guard per community and the member's
 * confirmed-reports summary (entities/community-report.ts). Every write is one transaction with its audit entry;
 * `postsHeld` changes only in the post claims (post-repository.ts), never by a save.
 */
export class CommunityReportRepository implements CommunityReportStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(regionId: string, reportId: string): Promise<CommunityReport | null> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: reportKey(regionId, reportId), ConsistentRead: true }));
    return Item ? reportFromItem(Item) : null;
  }

  getMany(regionId: string, reportIds: readonly string[]): Promise<(CommunityReport | null)[]> {
    return getInOrder(this.client, this.tableName, reportIds.map((id) => reportKey(regionId, id)), reportFromItem);
  }

  async activeReport(regionId: string, memberId: string, communityUnitId: string): Promise<CommunityReport | null> {
    const { Item: guard } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: activeReportGuardKey(regionId, memberId, communityUnitId), ConsistentRead: true }),
    );
    if (!guard) return null;
    const report = await this.get(regionId, String(guard.reportId));
    // The guard and the report change in one transaction: a report it names is active.
    return report && isActiveReport(report) ? report : null;
  }

  list(regionId: string, filter: ReportFilter, page: PageRequest): Promise<Page<CommunityReport>> {
    const { partition, conditions } = planReportQuery(regionId, filter);
    return queryPage(
      this.client,
      { tableName: this.tableName, partition, filter: filterExpression(conditions), page, newestFirst: true, regionKeyPrefix: regionKeyPrefix(regionId) },
      reportFromItem,
    );
  }

  async confirmedReportsOf(regionId: string, memberIds: readonly string[]): Promise<CommunityReport[][]> {
    if (memberIds.length === 0) return [];
    const summaries = await getInOrder(this.client, this.tableName, memberIds.map((id) => confirmedReportsKey(regionId, id)), (item) => item);
    const idsOf = summaries.map(confirmedReportIdsFromItem);
    const reportIds = [...new Set(idsOf.flat())];
    const found = reportIds.length === 0 ? [] : await this.getMany(regionId, reportIds);
    const byId = new Map(found.flatMap((r) => (r ? [[r.id, r] as const] : [])));
    // The summary and the report change in one transaction; a report that left CONFIRMED between the two reads is left out.
    return idsOf.map((ids) =>
      ids
        .map((id) => byId.get(id))
        .filter((r): r is CommunityReport => r !== undefined && r.status === 'CONFIRMED')
        .sort((a, b) => Buffer.compare(Buffer.from(reportSortKey(b)), Buffer.from(reportSortKey(a))))
        .map((r) => ({ ...r })),
    );
  }

  async file(report: CommunityReport, alongside: Alongside): Promise<void> {
    if (!isActiveReport(report)) throw new Error(`file: report ${report.id} must be filed active (PENDING or CONFIRMED), not ${report.status}`);
    await transactWrite(this.client, [
      {
        item: { Put: { TableName: this.tableName, Item: activeReportGuardToItem(report), ConditionExpression: 'attribute_not_exists(pk)' } },
        // The guard names the report that holds it.
        onConditionFailed: (old) => new AlreadyTakenError('active-report', String(old?.reportId ?? report.communityUnitId)),
      },
      {
        item: { Put: { TableName: this.tableName, Item: reportToItem(report), ConditionExpression: 'attribute_not_exists(pk)' } },
        onConditionFailed: () => new AlreadyTakenError('report-id', report.id),
      },
      ...(report.status === 'CONFIRMED' ? [{ item: confirmedReportsUpdate(this.tableName, report, 'ADD') }] : []),
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }

  async save(change: Change<CommunityReport>, alongside: Alongside): Promise<void> {
    const { current, next } = change;
    assertSameReport(change);
    const { clause, names, values } = setClause(reportEditedAttributes(next));
    names['#version'] = 'version';
    values[':version'] = current.version;
    const steps: TransactStep[] = [
      {
        item: {
          Update: {
            TableName: this.tableName,
            Key: reportKey(current.regionId, current.id),
            UpdateExpression: `SET ${clause}`,
            ConditionExpression: '#version = :version',
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: values,
          },
        },
        onConditionFailed: (old) => (old ? new StaleVersionError(reportRef(current.id)) : new RecordMissingError(reportRef(current.id))),
      },
    ];
    // No longer active: the member may report to the community again.
    if (isActiveReport(current) && !isActiveReport(next)) {
      steps.push({
        item: {
          Delete: {
            TableName: this.tableName,
            Key: activeReportGuardKey(current.regionId, current.memberId, current.communityUnitId),
            ConditionExpression: 'reportId = :report',
            ExpressionAttributeValues: { ':report': current.id },
          },
        },
        onConditionFailed: () => new StaleVersionError(reportRef(current.id)),
      });
    }
    // Into or out of CONFIRMED: the member's summary follows, under the report's version condition above.
    if (current.status !== 'CONFIRMED' && next.status === 'CONFIRMED') steps.push({ item: confirmedReportsUpdate(this.tableName, next, 'ADD') });
    if (current.status === 'CONFIRMED' && next.status !== 'CONFIRMED') steps.push({ item: confirmedReportsUpdate(this.tableName, current, 'DELETE') });
    steps.push(...alongsideSteps(this.tableName, alongside));
    await transactWrite(this.client, steps);
  }
}

/** A save changes a report's own fields: never its member or community, and an ended or declined one stays so (file a new one). */
export function assertSameReport({ current, next }: Change<CommunityReport>): void {
  if (next.id !== current.id || next.regionId !== current.regionId || next.memberId !== current.memberId || next.communityUnitId !== current.communityUnitId) {
    throw new Error(`save: report ${current.id} keeps its id, member and community`);
  }
  if (!isActiveReport(current) && isActiveReport(next)) throw new Error(`save: report ${current.id} is ${current.status}: it does not become active again`);
}

/** The partition that serves the filter, and its status as a key (a community's) or a condition (a unit's, a member's). */
export function planReportQuery(regionId: string, filter: ReportFilter): { partition: Partition; conditions: FilterCondition[] } {
  if (filter.communityUnitId !== undefined) {
    const partition = filter.status
      ? reportPartitions.byCommunityStatus(regionId, filter.communityUnitId, filter.status)
      : reportPartitions.byCommunity(regionId, filter.communityUnitId);
    return { partition, conditions: [] };
  }
  const conditions: FilterCondition[] = filter.status ? [{ attribute: 'status', test: 'equals', value: filter.status }] : [];
  if (filter.memberUnitId !== undefined) return { partition: reportPartitions.byMemberUnit(regionId, filter.memberUnitId), conditions };
  return { partition: reportPartitions.byMember(regionId, filter.memberId), conditions };
}
