/**
 * Dual registration (双报到): a member's report to a community, its active-report guard and the member's summary of
 * confirmed reports. Keys, index entries and item mapping.
 *
 * | item                                               | pk                                        | sk                |
 * |----------------------------------------------------|-------------------------------------------|-------------------|
 * | report                                             | R#{r}#REPORT#{report}                     | #REPORT           |
 * | active-report guard (one per member and community) | R#{r}#ACTIVEREPORT#{member}#{community}   | #UNIQUE           |
 * | the member's confirmed reports (summary)           | R#{r}#CONFIRMEDREPORTS#{member}           | #CONFIRMEDREPORTS |
 *
 * The guard holds `reportId`, the active (PENDING or CONFIRMED) report: filing puts it with `attribute_not_exists`,
 * a save that ends or declines the report deletes it (on the condition that it names that report).
 *
 * The summary holds `confirmedReportIds`, a string set: the member's reports that are CONFIRMED. The write that moves
 * a report into CONFIRMED (a file of a confirmed report, a save from PENDING) ADDs its id, the one that moves it out
 * (a save to DECLINED or ENDED) DELETEs it, in the report's transaction (whose condition guards both). The first ADD
 * creates the item; DynamoDB drops the attribute when the set empties, and the item stays (an empty summary).
 * A member's evaluation row reads its summary and the reports it names: two BatchGetItems for a page of members.
 *
 * Index entries of a report, every one sorted newest first by `{filedAt}#{id}`:
 * | index | partition (gsiNpk)                              | serves                                         |
 * |-------|-------------------------------------------------|------------------------------------------------|
 * | gsi2  | R#{r}#REPORTS#COMMUNITY#{community}             | a community's reports                          |
 * | gsi3  | R#{r}#REPORTS#UNIT#{member's unit}              | where a unit's members reported (+ status)     |
 * | gsi4  | R#{r}#REPORTS#MEMBER#{member}                   | a member's reports (+ status)                  |
 * | gsi7  | R#{r}#REPORTS#COMMUNITY#{community}#STATUS#{s}  | a community's reports of a status: its inbox (PENDING) |
 *
 * The status is a key of the community's lists (a save that moves it rewrites the gsi7 entry), a condition of the
 * unit's and the member's (few per member; a unit's are mostly of one status).
 */
import type { CommunityReport, CommunityReportStatus } from '../../domain/engagement/report';
import { pickFields } from '../item-fields';
import { indexAttributes, regionRoot, type Partition, type PrimaryKey } from '../keys';

export const REPORT_TYPE = 'COMMUNITY_REPORT';
export const ACTIVE_REPORT_GUARD_TYPE = 'ACTIVE_REPORT_GUARD';
export const CONFIRMED_REPORTS_TYPE = 'CONFIRMED_REPORTS';

export const reportKey = (regionId: string, reportId: string): PrimaryKey => ({ pk: `${regionRoot(regionId)}#REPORT#${reportId}`, sk: '#REPORT' });

/** The member's active report to the community: at most one (its `reportId`). */
export const activeReportGuardKey = (regionId: string, memberId: string, communityUnitId: string): PrimaryKey => ({
  pk: `${regionRoot(regionId)}#ACTIVEREPORT#${memberId}#${communityUnitId}`,
  sk: '#UNIQUE',
});

/** The member's CONFIRMED reports: the ids, kept by the reports' writes. */
export const confirmedReportsKey = (regionId: string, memberId: string): PrimaryKey => ({
  pk: `${regionRoot(regionId)}#CONFIRMEDREPORTS#${memberId}`,
  sk: '#CONFIRMEDREPORTS',
});

const reports = (regionId: string) => `${regionRoot(regionId)}#REPORTS`;

export const reportPartitions = {
  byCommunity: (regionId: string, communityUnitId: string): Partition => ({ index: 'gsi2', partitionValue: `${reports(regionId)}#COMMUNITY#${communityUnitId}` }),
  byMemberUnit: (regionId: string, memberUnitId: string): Partition => ({ index: 'gsi3', partitionValue: `${reports(regionId)}#UNIT#${memberUnitId}` }),
  byMember: (regionId: string, memberId: string): Partition => ({ index: 'gsi4', partitionValue: `${reports(regionId)}#MEMBER#${memberId}` }),
  byCommunityStatus: (regionId: string, communityUnitId: string, status: CommunityReportStatus): Partition => ({
    index: 'gsi7',
    partitionValue: `${reports(regionId)}#COMMUNITY#${communityUnitId}#STATUS#${status}`,
  }),
};

/** Where a report sorts: when it was filed, then its id. */
export const reportSortKey = (report: Pick<CommunityReport, 'filedAt' | 'id'>) => `${report.filedAt}#${report.id}`;

const REPORT_FIELDS = [
  'id', 'regionId', 'memberId', 'memberName', 'memberUnitId', 'communityUnitId', 'status', 'note', 'filedAt', 'filedBy', 'decidedAt', 'decidedBy',
  'declineReason', 'endedAt', 'endReason', 'postsHeld', 'version', 'createdAt', 'updatedAt',
] as const satisfies readonly (keyof CommunityReport)[];

const reportIndexes = (report: CommunityReport) =>
  indexAttributes(
    [
      reportPartitions.byCommunity(report.regionId, report.communityUnitId),
      reportPartitions.byMemberUnit(report.regionId, report.memberUnitId),
      reportPartitions.byMember(report.regionId, report.memberId),
      reportPartitions.byCommunityStatus(report.regionId, report.communityUnitId, report.status),
    ],
    reportSortKey(report),
  );

export const reportToItem = (report: CommunityReport) => ({
  ...reportKey(report.regionId, report.id),
  type: REPORT_TYPE,
  ...report,
  ...reportIndexes(report),
});

/**
 * What a save of the report writes: its own fields and index entries, never the counter `postsHeld` (the post
 * claims keep it) nor what never changes (id, region, member, community, creation).
 */
export function reportEditedAttributes(report: CommunityReport): Record<string, unknown> {
  const { id: _id, regionId: _regionId, memberId: _memberId, communityUnitId: _communityUnitId, createdAt: _createdAt, postsHeld: _postsHeld, ...fields } = report;
  return { ...fields, ...reportIndexes(report) };
}

export function reportFromItem(item: Record<string, unknown>): CommunityReport {
  const report = pickFields<CommunityReport>(item, REPORT_FIELDS);
  report.postsHeld = Number(report.postsHeld ?? 0);
  report.version = Number(report.version);
  return report;
}

export const activeReportGuardToItem = (report: Pick<CommunityReport, 'regionId' | 'memberId' | 'communityUnitId' | 'id'>) => ({
  ...activeReportGuardKey(report.regionId, report.memberId, report.communityUnitId),
  type: ACTIVE_REPORT_GUARD_TYPE,
  reportId: report.id,
});

/**
 * The update of the member's summary that adds the report's id to its confirmed reports (`ADD`, creating the item) or
 * takes it out (`DELETE`): a step of the report's own transaction, with no condition of its own.
 */
export function confirmedReportsUpdate(
  tableName: string,
  report: Pick<CommunityReport, 'regionId' | 'memberId' | 'id'>,
  action: 'ADD' | 'DELETE',
) {
  return {
    Update: {
      TableName: tableName,
      Key: confirmedReportsKey(report.regionId, report.memberId),
      UpdateExpression: `SET #type = :type, regionId = :region, memberId = :member ${action} confirmedReportIds :ids`,
      ExpressionAttributeNames: { '#type': 'type' },
      ExpressionAttributeValues: { ':type': CONFIRMED_REPORTS_TYPE, ':region': report.regionId, ':member': report.memberId, ':ids': new Set([report.id]) },
    },
  };
}

/** The report ids a summary item holds (none when the set emptied). */
export function confirmedReportIdsFromItem(item: Record<string, unknown> | null): string[] {
  const ids = item?.confirmedReportIds;
  return ids instanceof Set ? [...ids].map(String) : [];
}
