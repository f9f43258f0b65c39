import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Alongside } from '../domain/alongside';
import type { Credit } from '../domain/engagement/points';
import type { TrainingStore } from '../domain/engagement/ports';
import type { TrainingRecord } from '../domain/engagement/training';
import type { Page, PageRequest } from '../domain/paging';
import { AlreadyTakenError } from '../domain/write-refusals';
import { creditSteps } from './entities/points';
import { trainingFromItem, trainingPartitions, trainingToItem } from './entities/training';
import { regionKeyPrefix } from './keys';
import { queryPage } from './query-page';
import { alongsideSteps, transactWrite } from './transact';

/** Training records (entities/training.ts): recorded once, with their credit and audit entry in one transaction. */
export class TrainingRepository implements TrainingStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  list(regionId: string, memberId: string, year: number, page: PageRequest): Promise<Page<TrainingRecord>> {
    return queryPage(
      this.client,
      { tableName: this.tableName, partition: trainingPartitions.byMemberYear(regionId, memberId, year), page, newestFirst: true, regionKeyPrefix: regionKeyPrefix(regionId) },
      trainingFromItem,
    );
  }

  async record(training: TrainingRecord, alongside: Alongside, credit: Credit): Promise<void> {
    if (credit.entry.regionId !== training.regionId) throw new Error(`credit ${credit.entry.id} is of region ${credit.entry.regionId}, not ${training.regionId}`);
    await transactWrite(this.client, [
      {
        item: { Put: { TableName: this.tableName, Item: trainingToItem(training), ConditionExpression: 'attribute_not_exists(pk)' } },
        onConditionFailed: () => new AlreadyTakenError('training-id', training.id),
      },
      ...creditSteps(this.tableName, credit),
      ...alongsideSteps(this.tableName, alongside),
    ]);
  }
}
