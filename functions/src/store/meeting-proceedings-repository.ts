// Placeholder on the integration branch: the store helper replaces this file with the DynamoDB implementation.
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ProceedingsStore } from '../domain/meetings/ports';

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface ProceedingsRepository extends ProceedingsStore {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class ProceedingsRepository {
  constructor(
    readonly client: DynamoDBDocumentClient,
    readonly tableName: string,
  ) {}
}
