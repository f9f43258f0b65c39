import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { TransactWriteCommand, type DynamoDBDocumentClient, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { conflict, type DomainError } from '../domain/errors';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/**
 * One write of a multi-item change, with what its failed condition means in domain terms.
 * `onConditionFailed` receives the item as it was (or undefined when it did not exist).
 */
export interface TransactStep {
  item: TransactItem;
  onConditionFailed?: (existing: Record<string, unknown> | undefined) => DomainError;
}

const MAX_CONFLICT_RETRIES = 4;

/** Adds ALL_OLD on failure to every conditional step so callers can tell "missing" from "stale". */
function withOldValues(item: TransactItem): TransactItem {
  for (const kind of ['Put', 'Update', 'Delete', 'ConditionCheck'] as const) {
    const op = item[kind];
    if (op?.ConditionExpression) {
      return { [kind]: { ...op, ReturnValuesOnConditionCheckFailure: 'ALL_OLD' } } as TransactItem;
    }
  }
  return item;
}

/**
 * TransactWriteItems with domain errors: a failed condition becomes the step's own error (default
 * CONFLICT); a transaction conflict with another writer (real DynamoDB under contention) is retried.
 */
export async function transactWrite(client: DynamoDBDocumentClient, steps: TransactStep[]): Promise<void> {
  const input = { TransactItems: steps.map((s) => withOldValues(s.item)) };
  for (let attempt = 0; ; attempt++) {
    try {
      await client.send(new TransactWriteCommand(input));
      return;
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = error.CancellationReasons ?? [];
      const failed = reasons.findIndex((r) => r.Code === 'ConditionalCheckFailed');
      if (failed >= 0) {
        const raw = reasons[failed]?.Item;
        // The SDK hands the old item back as raw AttributeValues even through lib-dynamodb.
        const existing = raw ? unmarshall(raw as Parameters<typeof unmarshall>[0]) : undefined;
        throw steps[failed]?.onConditionFailed?.(existing) ?? conflict();
      }
      const contended = reasons.some((r) => r.Code === 'TransactionConflict');
      if (contended && attempt < MAX_CONFLICT_RETRIES) {
        await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt + Math.random() * 20));
        continue;
      }
      if (contended) throw conflict('系统繁忙，请稍后重试');
      throw error;
    }
  }
}
