import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AuditEntry } from '../domain/audit/audit';
import type { AuditTrailStore } from '../domain/audit/ports';
import type { Page, PageRequest } from '../domain/paging';
import { auditEntryFromItem, auditPartitions } from './entities/audit-entry';
import { regionKeyPrefix } from './keys';
import { queryPage } from './query-page';

/**
 * Reading the audit trail. Entries are written only by `alongsideSteps` in the transaction that makes
 * the change (so a change without its entry, or an entry without its change, cannot exist), never
 * updated or deleted.
 */
export class AuditRepository implements AuditTrailStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  listForRecord(regionId: string, recordId: string, page: PageRequest): Promise<Page<AuditEntry>> {
    return this.newestFirst(regionId, auditPartitions.record(regionId, recordId), page);
  }

  listForRegion(regionId: string, page: PageRequest): Promise<Page<AuditEntry>> {
    return this.newestFirst(regionId, auditPartitions.region(regionId), page);
  }

  private newestFirst(regionId: string, partition: ReturnType<typeof auditPartitions.region>, page: PageRequest) {
    return queryPage(
      this.client,
      { tableName: this.tableName, partition, page, newestFirst: true, regionKeyPrefix: regionKeyPrefix(regionId) },
      auditEntryFromItem,
    );
  }
}
