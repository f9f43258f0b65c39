/**
 * Volunteer service records (志愿服务): keys, index entries and item mapping.
 *
 * | item            | pk                         | sk        |
 * |-----------------|----------------------------|-----------|
 * | service record  | R#{r}#SERVICE#{record}     | #SERVICE  |
 *
 * Index entries, every one sorted newest first by `{year}#{servedOn}#{id}` (the year first, so a year is a
 * `begins_with` of any of them; `year` is the year of `servedOn`, so the order is still by `servedOn`):
 * | index | partition (gsiNpk)                               | serves                                              |
 * |-------|--------------------------------------------------|-----------------------------------------------------|
 * | gsi2  | R#{r}#SERVICES#COMMUNITY#{community}             | a community's records (+ year)                      |
 * | gsi7  | R#{r}#SERVICES#COMMUNITY#{community}#STATUS#{s}  | a community's records of a status: its inbox (+ year) |
 * | gsi3  | R#{r}#SERVICES#UNIT#{member's unit}              | what a unit's members did (+ year)                  |
 * | gsi5  | R#{r}#SERVICES#UNIT#{member's unit}#STATUS#{s}   | … of a status (+ year)                              |
 * | gsi4  | R#{r}#SERVICES#MEMBER#{member}                   | a member's records (+ year; status a condition: few per member) |
 *
 * A save rewrites every index entry from the record as saved (its status, and its date while it is pending).
 */
import type { ServiceRecord, ServiceRecordStatus } from '../../domain/engagement/service-record';
import { pickFields } from '../item-fields';
import { indexAttributes, regionRoot, type Partition, type PrimaryKey } from '../keys';

export const SERVICE_RECORD_TYPE = 'SERVICE_RECORD';

export const serviceRecordKey = (regionId: string, recordId: string): PrimaryKey => ({ pk: `${regionRoot(regionId)}#SERVICE#${recordId}`, sk: '#SERVICE' });

const services = (regionId: string) => `${regionRoot(regionId)}#SERVICES`;

export const serviceRecordPartitions = {
  byCommunity: (regionId: string, communityUnitId: string): Partition => ({ index: 'gsi2', partitionValue: `${services(regionId)}#COMMUNITY#${communityUnitId}` }),
  byCommunityStatus: (regionId: string, communityUnitId: string, status: ServiceRecordStatus): Partition => ({
    index: 'gsi7',
    partitionValue: `${services(regionId)}#COMMUNITY#${communityUnitId}#STATUS#${status}`,
  }),
  byMemberUnit: (regionId: string, memberUnitId: string): Partition => ({ index: 'gsi3', partitionValue: `${services(regionId)}#UNIT#${memberUnitId}` }),
  byMemberUnitStatus: (regionId: string, memberUnitId: string, status: ServiceRecordStatus): Partition => ({
    index: 'gsi5',
    partitionValue: `${services(regionId)}#UNIT#${memberUnitId}#STATUS#${status}`,
  }),
  byMember: (regionId: string, memberId: string): Partition => ({ index: 'gsi4', partitionValue: `${services(regionId)}#MEMBER#${memberId}` }),
};

/** Where a record sorts: its year (a prefix for the year's lists), when it was served, then its id. */
export const serviceRecordSortKey = (record: Pick<ServiceRecord, 'year' | 'servedOn' | 'id'>) => `${record.year}#${record.servedOn}#${record.id}`;

/** The sort key prefix of a year's records. */
export const serviceYearPrefix = (year: number) => `${year}#`;

const SERVICE_RECORD_FIELDS = [
  'id', 'regionId', 'memberId', 'memberName', 'memberUnitId', 'communityUnitId', 'servedOn', 'year', 'hours', 'description', 'place', 'postId', 'projectId',
  'status', 'filedAt', 'filedBy', 'decidedAt', 'decidedBy', 'declineReason', 'version', 'createdAt', 'updatedAt',
] as const satisfies readonly (keyof ServiceRecord)[];

const serviceRecordIndexes = (record: ServiceRecord) =>
  indexAttributes(
    [
      serviceRecordPartitions.byCommunity(record.regionId, record.communityUnitId),
      serviceRecordPartitions.byCommunityStatus(record.regionId, record.communityUnitId, record.status),
      serviceRecordPartitions.byMemberUnit(record.regionId, record.memberUnitId),
      serviceRecordPartitions.byMemberUnitStatus(record.regionId, record.memberUnitId, record.status),
      serviceRecordPartitions.byMember(record.regionId, record.memberId),
    ],
    serviceRecordSortKey(record),
  );

export const serviceRecordToItem = (record: ServiceRecord) => ({
  ...serviceRecordKey(record.regionId, record.id),
  type: SERVICE_RECORD_TYPE,
  ...record,
  ...serviceRecordIndexes(record),
});

/** What a save writes: the record's fields and index entries, not what never changes (id, region, member, community, creation). */
export function serviceRecordEditedAttributes(record: ServiceRecord): Record<string, unknown> {
  const { id: _id, regionId: _regionId, memberId: _memberId, communityUnitId: _communityUnitId, createdAt: _createdAt, ...fields } = record;
  return { ...fields, ...serviceRecordIndexes(record) };
}

export function serviceRecordFromItem(item: Record<string, unknown>): ServiceRecord {
  const record = pickFields<ServiceRecord>(item, SERVICE_RECORD_FIELDS);
  record.year = Number(record.year);
  record.hours = Number(record.hours);
  record.version = Number(record.version);
  return record;
}
