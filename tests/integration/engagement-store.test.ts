/** The engagement store against DynamoDB Local: the shared contract (functions/src/domain/testing/engagement-store-contract.ts). */
import { randomUUID } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import type { CommunityReport } from '../../functions/src/domain/engagement/report';
import { engagementStoreContract } from '../../functions/src/domain/testing/engagement-store-contract';
import { createDocumentClient } from '../../functions/src/store/clients';
import { confirmedReportIdsFromItem, confirmedReportsKey } from '../../functions/src/store/entities/community-report';
import { createPorts } from '../../functions/src/store/ports';
import { testConfig } from './harness';

const config = testConfig();
const ports = createPorts(config);
engagementStoreContract('DynamoDB Local', ports);

describe("DynamoDB Local: a member's summary of confirmed reports", () => {
  const client = createDocumentClient(config);
  const summary = async (regionId: string, memberId: string) => {
    const { Item } = await client.send(new GetCommand({ TableName: config.tableName, Key: confirmedReportsKey(regionId, memberId), ConsistentRead: true }));
    return Item ? confirmedReportIdsFromItem(Item).sort() : null;
  };
  const audit = (regionId: string, recordId: string) => ({
    audit: {
      id: randomUUID(), regionId, at: new Date().toISOString(), actorId: 'tester', actorName: '测试', operation: 'test', recordType: 'Test',
      recordId, version: 1, outcome: 'SUCCESS' as const, changes: [],
    },
  });
  const report = (regionId: string, communityUnitId: string, status: CommunityReport['status']): CommunityReport => {
    const at = new Date().toISOString();
    return {
      id: randomUUID(), regionId, memberId: 'm1', memberName: '张三', memberUnitId: 'unit-1', communityUnitId, status, note: null, filedAt: at,
      filedBy: 'tester', decidedAt: null, decidedBy: null, declineReason: null, endedAt: null, endReason: null, postsHeld: 0, version: 1,
      createdAt: at, updatedAt: at,
    };
  };

  it('holds exactly the ids of the reports that are CONFIRMED: added by the write into CONFIRMED, taken out by the write out of it', async () => {
    const regionId = `t-${randomUUID().slice(0, 8)}`;
    const pending = report(regionId, 'community-1', 'PENDING');
    await ports.communityReports.file(pending, audit(regionId, pending.id));
    expect(await summary(regionId, 'm1')).toBeNull();
    const filed = report(regionId, 'community-2', 'CONFIRMED');
    await ports.communityReports.file(filed, audit(regionId, filed.id));
    const confirmed = { ...pending, status: 'CONFIRMED' as const, version: 2 };
    await ports.communityReports.save({ current: pending, next: confirmed }, audit(regionId, pending.id));
    expect(await summary(regionId, 'm1')).toEqual([filed.id, pending.id].sort());
    await ports.communityReports.save({ current: confirmed, next: { ...confirmed, status: 'ENDED', version: 3 } }, audit(regionId, pending.id));
    expect(await summary(regionId, 'm1')).toEqual([filed.id]);
    await ports.communityReports.save({ current: filed, next: { ...filed, status: 'DECLINED', version: 2 } }, audit(regionId, filed.id));
    // The set emptied: the attribute is gone, the item stays.
    expect(await summary(regionId, 'm1')).toEqual([]);
  });
});
