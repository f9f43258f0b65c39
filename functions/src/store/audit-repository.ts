import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AuditEntry } from '../domain/audit/audit';
import { pickFields } from './item-fields';
import { auditItemKeys, auditPartitions, regionKeyPrefix } from './keys';
import { queryPage, type Page } from './query-page';
import type { TransactStep } from './transact';

const AUDIT_FIELDS = [
  'id', 'regionId', 'at', 'actorId', 'actorName', 'operation', 'recordType', 'recordId', 'version', 'outcome', 'changes',
] as const satisfies readonly (keyof AuditEntry)[];

/**
 * The audit trail: written only as a step of the transaction that makes the change (so a change
 * without its entry, or an entry without its change, cannot exist), never updated or deleted.
 */
export class AuditRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  step(entry: AuditEntry): TransactStep {
    return {
      item: {
        Put: {
          TableName: this.tableName,
          Item: { ...auditItemKeys(entry), type: 'AUDIT', ...entry },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    };
  }

  /** One record's trail, newest first. */
  listForRecord(regionId: string, recordId: string, size: number, after?: string | null): Promise<Page<AuditEntry>> {
    return queryPage(
      this.client,
      { tableName: this.tableName, ...auditPartitions.record(regionId, recordId), size, after, newestFirst: true, regionKeyPrefix: regionKeyPrefix(regionId) },
      (item) => pickFields<AuditEntry>(item, AUDIT_FIELDS),
    );
  }

  /** The region's trail, newest first. */
  listForRegion(regionId: string, size: number, after?: string | null): Promise<Page<AuditEntry>> {
    return queryPage(
      this.client,
      { tableName: this.tableName, ...auditPartitions.region(regionId), size, after, newestFirst: true, regionKeyPrefix: regionKeyPrefix(regionId) },
      (item) => pickFields<AuditEntry>(item, AUDIT_FIELDS),
    );
  }
}
