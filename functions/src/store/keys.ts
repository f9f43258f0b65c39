/**
 * Every key of the single table is built here and nowhere else. Each partition key starts with the
 * region (tenant) so no key of one region can address another's items.
 *
 * | item            | pk                              | sk                          |
 * |-----------------|---------------------------------|-----------------------------|
 * | region          | R#{region}                      | #REGION                     |
 * | unit            | R#{region}#UNIT#{unit}          | #UNIT                       |
 * | unit name guard | R#{region}#UNITNAME#{nameKey}   | #UNIQUE                     |
 * | pairing         | R#{region}#PAIRING#{pairing}    | #PAIRING                    |
 * | pairing link    | R#{region}#UNIT#{unit}          | PAIRING#{createdAt}#{id}    |
 * | pairing guard   | R#{region}#PAIRGUARD#{u}#{c}    | #UNIQUE                     |
 * | pending upload  | R#{region}#UPLOAD#{upload}      | #UPLOAD                     |
 * | audit entry     | R#{region}#AUDIT#{record}       | {at}#{entry}                |
 * | sign-in attempts| SIGNIN#{username key}           | #ATTEMPTS                   |
 *
 * Sign-in attempts (the lockout count) are the one exception to the region prefix: a sign-in comes
 * before any tenant is known (a platform admin has none, an unknown username neither). Their partition
 * key starts with SIGNIN#, which no region key (R#…) can equal, and no API operation reads it.
 *
 * Audit entries also sit in gsi1 under R#{region}#AUDIT, sorted by {at}#{entry}: the region's trail.
 *
 * Unit GSIs (sort key: the unit's name key, so every list is by name and supports a name prefix):
 * gsi1 all units of the region; gsi2 by parent (ROOT for roots); gsi3 by host kind; gsi4 by alliance
 * role; gsi5 by status; gsi6 only while the unit needs a pairing (sparse).
 */
import type { AllianceRole, HostKind, UnitStatus } from '../domain/units/unit';
import type { IndexName } from './table-definition';

export interface PrimaryKey {
  pk: string;
  sk: string;
}

const region = (regionId: string) => `R#${regionId}`;

/** The prefix every key of a region starts with; cursors are checked against it. */
export const regionKeyPrefix = (regionId: string) => `${region(regionId)}#`;

export const regionKey = (regionId: string): PrimaryKey => ({ pk: region(regionId), sk: '#REGION' });

export const unitKey = (regionId: string, unitId: string): PrimaryKey => ({
  pk: `${region(regionId)}#UNIT#${unitId}`,
  sk: '#UNIT',
});

export const unitNameGuardKey = (regionId: string, nameKey: string): PrimaryKey => ({
  pk: `${region(regionId)}#UNITNAME#${nameKey}`,
  sk: '#UNIQUE',
});

export const pairingKey = (regionId: string, pairingId: string): PrimaryKey => ({
  pk: `${region(regionId)}#PAIRING#${pairingId}`,
  sk: '#PAIRING',
});

export const PAIRING_LINK_PREFIX = 'PAIRING#';

export const pairingLinkKey = (regionId: string, unitId: string, createdAt: string, pairingId: string): PrimaryKey => ({
  pk: unitKey(regionId, unitId).pk,
  sk: `${PAIRING_LINK_PREFIX}${createdAt}#${pairingId}`,
});

export const pairingGuardKey = (regionId: string, unitId: string, communityId: string): PrimaryKey => ({
  pk: `${region(regionId)}#PAIRGUARD#${unitId}#${communityId}`,
  sk: '#UNIQUE',
});

export const uploadKey = (regionId: string, uploadId: string): PrimaryKey => ({
  pk: `${region(regionId)}#UPLOAD#${uploadId}`,
  sk: '#UPLOAD',
});

/** Object keys in the files bucket: uploads land under uploads/, verified files are copied to files/. */
export const uploadObjectKey = (regionId: string, uploadId: string) => `uploads/${regionId}/${uploadId}`;
export const fileObjectKey = (regionId: string, uploadId: string) => `files/${regionId}/${uploadId}`;

/** A partition of a unit GSI: which index, and the value its partition key must equal. */
export interface UnitIndexPartition {
  index: IndexName;
  partitionValue: string;
}

const units = (regionId: string) => `${region(regionId)}#UNITS`;

export const unitPartitions = {
  all: (regionId: string): UnitIndexPartition => ({ index: 'gsi1', partitionValue: units(regionId) }),
  byParent: (regionId: string, parentId: string | null): UnitIndexPartition => ({
    index: 'gsi2',
    partitionValue: `${units(regionId)}#PARENT#${parentId ?? 'ROOT'}`,
  }),
  byHostKind: (regionId: string, kind: HostKind): UnitIndexPartition => ({
    index: 'gsi3',
    partitionValue: `${units(regionId)}#KIND#${kind}`,
  }),
  byAllianceRole: (regionId: string, role: AllianceRole): UnitIndexPartition => ({
    index: 'gsi4',
    partitionValue: `${units(regionId)}#ROLE#${role}`,
  }),
  byStatus: (regionId: string, status: UnitStatus): UnitIndexPartition => ({
    index: 'gsi5',
    partitionValue: `${units(regionId)}#STATUS#${status}`,
  }),
  needingPairing: (regionId: string): UnitIndexPartition => ({ index: 'gsi6', partitionValue: `${units(regionId)}#UNPAIRED` }),
};

/** The index attributes of a unit item: one entry per GSI it appears in. */
export function unitIndexAttributes(unit: {
  regionId: string;
  parentId: string | null;
  hostKind: HostKind;
  allianceRole: AllianceRole;
  status: UnitStatus;
  nameKey: string;
  needsPairing: boolean;
}): Record<string, string> {
  const partitions = [
    unitPartitions.all(unit.regionId),
    unitPartitions.byParent(unit.regionId, unit.parentId),
    unitPartitions.byHostKind(unit.regionId, unit.hostKind),
    unitPartitions.byAllianceRole(unit.regionId, unit.allianceRole),
    unitPartitions.byStatus(unit.regionId, unit.status),
    ...(unit.needsPairing ? [unitPartitions.needingPairing(unit.regionId)] : []),
  ];
  const attributes: Record<string, string> = {};
  for (const { index, partitionValue } of partitions) {
    attributes[`${index}pk`] = partitionValue;
    attributes[`${index}sk`] = unit.nameKey;
  }
  return attributes;
}

export const UNIT_INDEX_ATTRIBUTE_NAMES = (['gsi1', 'gsi2', 'gsi3', 'gsi4', 'gsi5', 'gsi6'] as const).flatMap((i) => [
  `${i}pk`,
  `${i}sk`,
]);

/** An audit entry: in its record's trail (table) and the region's trail (gsi1), both by time. */
export function auditItemKeys(entry: { regionId: string; recordId: string; at: string; id: string }): Record<string, string> {
  const sortKey = `${entry.at}#${entry.id}`;
  return {
    pk: `${region(entry.regionId)}#AUDIT#${entry.recordId}`,
    sk: sortKey,
    gsi1pk: `${region(entry.regionId)}#AUDIT`,
    gsi1sk: sortKey,
  };
}

export const auditPartitions = {
  record: (regionId: string, recordId: string) => ({ partitionValue: `${region(regionId)}#AUDIT#${recordId}` }),
  region: (regionId: string) => ({ index: 'gsi1' as const, partitionValue: `${region(regionId)}#AUDIT` }),
};

/** The partition-key prefix of every sign-in attempts item (the lockout triggers may touch only these). */
export const SIGN_IN_ATTEMPTS_PREFIX = 'SIGNIN#';

/** A username's sign-in attempts; `usernameKey` is the normalized username (sign-in-attempt-repository.ts). */
export const signInAttemptsKey = (usernameKey: string): PrimaryKey => ({
  pk: `${SIGN_IN_ATTEMPTS_PREFIX}${usernameKey}`,
  sk: '#ATTEMPTS',
});
