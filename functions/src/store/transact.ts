import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { TransactWriteCommand, type DynamoDBDocumentClient, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Alongside, ArchiveChange } from '../domain/alongside';
import { RetryableWriteError } from '../domain/retry';
import { RecordMissingError, StaleVersionError, WriteContendedError } from '../domain/write-refusals';
import { archiveCountUpdate, archiveDocumentToItem, archiveVersionToItem } from './entities/archive';
import { auditEntryToItem } from './entities/audit-entry';
import { uploadKey } from './entities/upload';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/**
 * One write of a multi-item change, with what its failed condition means, as a fact in the domain's
 * terms (write-refusals.ts, or RetryableWriteError). `onConditionFailed` receives the item as it was
 * (undefined when it did not exist). A step without one reports StaleVersionError on `record`.
 */
export interface TransactStep {
  item: TransactItem;
  onConditionFailed?: (existing: Record<string, unknown> | undefined) => Error;
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
 * TransactWriteItems that reports refusals as facts: a failed condition becomes its step's error; a
 * transaction conflict with another writer (real DynamoDB under contention) is retried, then reported
 * as WriteContendedError.
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
        const step = steps[failed];
        throw step?.onConditionFailed?.(existing) ?? unexplainedRefusal(existing);
      }
      const contended = reasons.some((r) => r.Code === 'TransactionConflict');
      if (contended && attempt < MAX_CONFLICT_RETRIES) {
        await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt + Math.random() * 20));
        continue;
      }
      if (contended) throw new WriteContendedError();
      throw error;
    }
  }
}

/** A failed condition its step did not explain: the item changed (stale) or is gone. */
function unexplainedRefusal(existing: Record<string, unknown> | undefined): Error {
  const record = { type: String(existing?.type ?? 'Record'), id: String(existing?.id ?? '') };
  return existing ? new StaleVersionError(record) : new RecordMissingError(record);
}

/**
 * The steps of what goes alongside a change (domain/alongside.ts): the audit entry, which can never
 * overwrite another, and the consumption of each upload the change links (refused as a missing Upload
 * when it was consumed meanwhile).
 */
export function alongsideSteps(tableName: string, alongside: Alongside): TransactStep[] {
  return [
    ...(alongside.uploads ?? []).map((claim) => ({
      item: { Delete: { TableName: tableName, Key: uploadKey(claim.regionId, claim.uploadId), ConditionExpression: 'attribute_exists(pk)' } },
      onConditionFailed: () => new RecordMissingError({ type: 'Upload', id: claim.uploadId }),
    })),
    ...(alongside.archive ?? []).flatMap((change) => archiveSteps(tableName, change)),
    {
      item: { Put: { TableName: tableName, Item: auditEntryToItem(alongside.audit), ConditionExpression: 'attribute_not_exists(pk)' } },
    },
  ];
}

/** A record's file filed into the archive: the document (new, or at the version read) and its new version; a new one is counted. */
function archiveSteps(tableName: string, { current, next }: ArchiveChange): TransactStep[] {
  const moved = () => new RetryableWriteError();
  return [
    {
      item: { Put: { TableName: tableName, Item: archiveDocumentToItem(next), ...versioned(current?.version) } },
      onConditionFailed: moved,
    },
    {
      item: { Put: { TableName: tableName, Item: archiveVersionToItem(next.current), ConditionExpression: 'attribute_not_exists(pk)' } },
      onConditionFailed: moved,
    },
    ...(current || next.deletedAt ? [] : [{ item: archiveCountUpdate(tableName, next, 1) }]),
  ];
}

/** The condition of a put at a version: none yet when `expected` is undefined, else exactly that version. */
export const versioned = (expected: number | undefined) =>
  expected === undefined
    ? { ConditionExpression: 'attribute_not_exists(pk)' }
    : { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': expected } };
