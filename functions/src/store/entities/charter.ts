/**
 * The alliance's charter (domain/alliance/charter.ts) and the filings of units' representative changes
 * (domain/alliance/representative-change.ts).
 *
 * | item                          | pk                              | sk                 |
 * |-------------------------------|---------------------------------|--------------------|
 * | charter version               | R#{r}#CHARTER                   | VERSION#{number, 6 digits} |
 * | the charter's number counter  | R#{r}#CHARTER                   | #COUNTER           |
 * | representative change         | R#{r}#REPCHANGE#{id}            | #REPCHANGE         |
 *
 * A region's charter versions share one partition, newest first by their number (sk descending). The counter holds
 * the last number (`lastNumber`): a new version moves it from number − 1 to number in its transaction, so two uploads
 * never share a number.
 *
 * Index entries of a representative change, sorted by `{changedAt}#{id}` (read newest first):
 * | index | partition                                   | serves                          |
 * |-------|---------------------------------------------|---------------------------------|
 * | gsi1  | R#{r}#REPCHANGES                            | every change                    |
 * | gsi2  | R#{r}#REPCHANGES#UNIT#{unit}                | a unit's                        |
 * | gsi3  | R#{r}#REPCHANGES#{PENDING or FILED}         | 待备案 / 已备案                 |
 * | gsi7  | R#{r}#REPCHANGES#UNIT#{unit}#{state}        | a unit's, by state              |
 * Filing moves the change from the PENDING partitions to the FILED ones (the same item, re-put).
 */
import type { CharterVersion } from '../../domain/alliance/charter';
import type { RepresentativeChange, RepresentativeChangeFilter } from '../../domain/alliance/representative-change';
import { pickFields } from '../item-fields';
import { indexAttributes, regionRoot, type Partition, type PrimaryKey } from '../keys';

export const CHARTER_VERSION_TYPE = 'CHARTER_VERSION';
export const CHARTER_COUNTER_TYPE = 'CHARTER_COUNTER';
export const REPRESENTATIVE_CHANGE_TYPE = 'REPRESENTATIVE_CHANGE';

export const CHARTER_VERSION_PREFIX = 'VERSION#';
export const LAST_CHARTER_NUMBER = 'lastNumber';

export const charterPartition = (regionId: string): Partition => ({ partitionValue: `${regionRoot(regionId)}#CHARTER` });
export const charterVersionKey = (regionId: string, number: number): PrimaryKey => ({
  pk: charterPartition(regionId).partitionValue,
  sk: `${CHARTER_VERSION_PREFIX}${String(number).padStart(6, '0')}`,
});
export const charterCounterKey = (regionId: string): PrimaryKey => ({ pk: charterPartition(regionId).partitionValue, sk: '#COUNTER' });

const CHARTER_VERSION_FIELDS = [
  'id', 'regionId', 'number', 'title', 'adoptedOn', 'adoptedBy', 'note', 'file', 'createdAt', 'createdBy',
] as const satisfies readonly (keyof CharterVersion)[];

export const charterVersionToItem = (version: CharterVersion) => ({ ...charterVersionKey(version.regionId, version.number), type: CHARTER_VERSION_TYPE, ...version });

export function charterVersionFromItem(item: Record<string, unknown>): CharterVersion {
  const version = pickFields<CharterVersion>(item, CHARTER_VERSION_FIELDS);
  version.number = Number(version.number);
  version.file = { ...version.file, size: Number(version.file.size) };
  return version;
}

export const lastCharterNumberFromItem = (item: Record<string, unknown> | undefined): number => Number(item?.[LAST_CHARTER_NUMBER] ?? 0);

export const representativeChangeKey = (regionId: string, changeId: string): PrimaryKey => ({
  pk: `${regionRoot(regionId)}#REPCHANGE#${changeId}`,
  sk: '#REPCHANGE',
});

const changesRoot = (regionId: string) => `${regionRoot(regionId)}#REPCHANGES`;
const state = (filed: boolean) => (filed ? 'FILED' : 'PENDING');

export const representativeChangePartitions = {
  all: (regionId: string): Partition => ({ index: 'gsi1', partitionValue: changesRoot(regionId) }),
  byUnit: (regionId: string, unitId: string): Partition => ({ index: 'gsi2', partitionValue: `${changesRoot(regionId)}#UNIT#${unitId}` }),
  byState: (regionId: string, filed: boolean): Partition => ({ index: 'gsi3', partitionValue: `${changesRoot(regionId)}#${state(filed)}` }),
  byUnitAndState: (regionId: string, unitId: string, filed: boolean): Partition => ({
    index: 'gsi7', partitionValue: `${changesRoot(regionId)}#UNIT#${unitId}#${state(filed)}`,
  }),
};

/** The one partition that serves a filter: every combination is a key of its own. */
export function representativeChangesPartition(regionId: string, { unitId, filed }: RepresentativeChangeFilter): Partition {
  if (unitId && filed !== undefined) return representativeChangePartitions.byUnitAndState(regionId, unitId, filed);
  if (unitId) return representativeChangePartitions.byUnit(regionId, unitId);
  if (filed !== undefined) return representativeChangePartitions.byState(regionId, filed);
  return representativeChangePartitions.all(regionId);
}

const REPRESENTATIVE_CHANGE_FIELDS = [
  'id', 'regionId', 'unitId', 'post', 'previous', 'next', 'changedAt', 'changedBy', 'filedAt', 'filedBy', 'version',
] as const satisfies readonly (keyof RepresentativeChange)[];

export function representativeChangeToItem(change: RepresentativeChange) {
  const { regionId, unitId } = change;
  const filed = change.filedAt !== null;
  const p = representativeChangePartitions;
  return {
    ...representativeChangeKey(regionId, change.id),
    type: REPRESENTATIVE_CHANGE_TYPE,
    ...change,
    ...indexAttributes(
      [p.all(regionId), p.byUnit(regionId, unitId), p.byState(regionId, filed), p.byUnitAndState(regionId, unitId, filed)],
      `${change.changedAt}#${change.id}`,
    ),
  };
}

export function representativeChangeFromItem(item: Record<string, unknown>): RepresentativeChange {
  const change = pickFields<RepresentativeChange>(item, REPRESENTATIVE_CHANGE_FIELDS);
  change.version = Number(change.version);
  return change;
}
