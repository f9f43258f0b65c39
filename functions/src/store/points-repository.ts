import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Alongside } from '../domain/alongside';
import { emptyFigures, type Credit, type MemberYearFigures, type PointsEntry } from '../domain/engagement/points';
import type { PointsStore } from '../domain/engagement/ports';
import type { Page, PageRequest } from '../domain/paging';
import { getInOrder } from './batch-get';
import { creditSteps, figuresFromItem, memberYearFiguresKey, pointsEntryFromItem, pointsPartitions } from './entities/points';
import { regionKeyPrefix } from './keys';
import { queryPage } from './query-page';
import { alongsideSteps, transactWrite } from './transact';

/**
 * The points ledger and the members' year figures (entities/points.ts). A credit is one transaction: the entry
 * (its id taken once), the figures by ADD, and the audit entry. The other stores' writes that credit
 * (service records, trainings, leaving a post) add the same steps (creditSteps) to their own transaction.
 */
export class PointsRepository implements PointsStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async credit(credit: Credit, alongside: Alongside): Promise<void> {
    await transactWrite(this.client, [...creditSteps(this.tableName, credit), ...alongsideSteps(this.tableName, alongside)]);
  }

  async figures(regionId: string, year: number, memberIds: readonly string[]): Promise<MemberYearFigures[]> {
    const found = await getInOrder(this.client, this.tableName, memberIds.map((id) => memberYearFiguresKey(regionId, id, year)), figuresFromItem);
    return found.map((figures, i) => figures ?? emptyFigures(regionId, memberIds[i]!, year));
  }

  entries(regionId: string, memberId: string, year: number, page: PageRequest): Promise<Page<PointsEntry>> {
    return queryPage(
      this.client,
      { tableName: this.tableName, partition: pointsPartitions.entriesOf(regionId, memberId, year), page, newestFirst: true, regionKeyPrefix: regionKeyPrefix(regionId) },
      pointsEntryFromItem,
    );
  }

  membersWithFigures(regionId: string, year: number, page: PageRequest): Promise<Page<MemberYearFigures>> {
    return queryPage(
      this.client,
      { tableName: this.tableName, partition: pointsPartitions.figuresOfYear(regionId, year), page, regionKeyPrefix: regionKeyPrefix(regionId) },
      figuresFromItem,
    );
  }
}
