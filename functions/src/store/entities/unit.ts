/**
 * Unit (成员单位): keys, index entries and item mapping.
 *
 * | item            | pk                              | sk       |
 * |-----------------|---------------------------------|----------|
 * | unit            | R#{r}#UNIT#{unit}               | #UNIT    |
 * | unit name guard | R#{r}#UNITNAME#{nameKey}        | #UNIQUE  |
 *
 * Index entries of a unit item, every one sorted by the name's pinyin sort key (domain/names.ts):
 * | index | partition (gsiNpk)                         | serves                                   |
 * |-------|--------------------------------------------|------------------------------------------|
 * | gsi1  | R#{r}#UNITS                                | all units by name                        |
 * | gsi2  | R#{r}#UNITS#PARENT#{parent or ROOT}        | children of a unit; the tree's roots     |
 * | gsi3  | R#{r}#UNITS#KIND#{hostKind}                | by host kind                             |
 * | gsi4  | R#{r}#UNITS#ROLE#{allianceRole}            | by alliance role                         |
 * | gsi5  | R#{r}#UNITS#STATUS#{status}                | by status                                |
 * | gsi6  | R#{r}#UNITS#UNPAIRED (only while it needs one) | units needing a pairing (sparse)     |
 * | gsi7  | R#{r}#UNITS#KIND#{hostKind}#LEVEL#{level}  | host kind and level together             |
 * | gsi8  | R#{r}#UNITS#NAME#{first character}         | name prefix search                       |
 *
 * gsi6sk is always present and gsi6pk only while the unit needs a pairing, so the pairing writes that
 * decide it touch only gsi6pk (a GSI holds an item only when both its keys are present).
 */
import { nameInitial, nameKey, nameSortKey } from '../../domain/names';
import { needsPairing } from '../../domain/units/rules';
import type { AllianceRole, HostKind, OrgLevel, Unit, UnitStatus } from '../../domain/units/unit';
import { UNIT_COUNTERS } from '../../domain/units/unit';
import { pickFields } from '../item-fields';
import { indexAttributes, regionRoot, type Partition, type PrimaryKey } from '../keys';

export const UNIT_TYPE = 'UNIT';

export const unitKey = (regionId: string, unitId: string): PrimaryKey => ({
  pk: `${regionRoot(regionId)}#UNIT#${unitId}`,
  sk: '#UNIT',
});

export const unitNameGuardKey = (regionId: string, key: string): PrimaryKey => ({
  pk: `${regionRoot(regionId)}#UNITNAME#${key}`,
  sk: '#UNIQUE',
});

const units = (regionId: string) => `${regionRoot(regionId)}#UNITS`;

export const unitPartitions = {
  all: (regionId: string): Partition => ({ index: 'gsi1', partitionValue: units(regionId) }),
  byParent: (regionId: string, parentId: string | null): Partition => ({ index: 'gsi2', partitionValue: `${units(regionId)}#PARENT#${parentId ?? 'ROOT'}` }),
  byHostKind: (regionId: string, kind: HostKind): Partition => ({ index: 'gsi3', partitionValue: `${units(regionId)}#KIND#${kind}` }),
  byAllianceRole: (regionId: string, role: AllianceRole): Partition => ({ index: 'gsi4', partitionValue: `${units(regionId)}#ROLE#${role}` }),
  byStatus: (regionId: string, status: UnitStatus): Partition => ({ index: 'gsi5', partitionValue: `${units(regionId)}#STATUS#${status}` }),
  needingPairing: (regionId: string): Partition => ({ index: 'gsi6', partitionValue: `${units(regionId)}#UNPAIRED` }),
  byHostKindAndLevel: (regionId: string, kind: HostKind, level: OrgLevel): Partition => ({
    index: 'gsi7',
    partitionValue: `${units(regionId)}#KIND#${kind}#LEVEL#${level}`,
  }),
  byNameInitial: (regionId: string, initial: string): Partition => ({ index: 'gsi8', partitionValue: `${units(regionId)}#NAME#${initial}` }),
};

/** The index attributes of a unit in its current state: gsi6pk only while it needs a pairing. */
export async function unitIndexAttributes(unit: Unit): Promise<Record<string, string>> {
  const sortKey = await nameSortKey(unit.name);
  const attributes = indexAttributes(
    [
      unitPartitions.all(unit.regionId),
      unitPartitions.byParent(unit.regionId, unit.parentId),
      unitPartitions.byHostKind(unit.regionId, unit.hostKind),
      unitPartitions.byAllianceRole(unit.regionId, unit.allianceRole),
      unitPartitions.byStatus(unit.regionId, unit.status),
      unitPartitions.needingPairing(unit.regionId),
      unitPartitions.byHostKindAndLevel(unit.regionId, unit.hostKind, unit.level),
      unitPartitions.byNameInitial(unit.regionId, nameInitial(nameKey(unit.name))),
    ],
    sortKey,
  );
  if (!needsPairing(unit)) delete attributes.gsi6pk;
  return attributes;
}

const UNIT_FIELDS = [
  'id', 'regionId', 'name', 'shortName', 'hostKind', 'level', 'allianceRole', 'status', 'address', 'grid',
  'parentId', 'childCount', 'leader', 'representative', 'liaison', 'partTimeCommitteeMember', 'memberCount',
  'fullMemberCount', 'registration', 'activePairingCount', 'pairingCount', 'version', 'createdAt', 'updatedAt',
] as const satisfies readonly (keyof Unit)[];

/** The whole item of a unit: its fields, the name key (prefix filters) and its index entries. */
export async function unitToItem(unit: Unit): Promise<Record<string, unknown>> {
  return { ...unitKey(unit.regionId, unit.id), type: UNIT_TYPE, ...unit, nameKey: nameKey(unit.name), ...(await unitIndexAttributes(unit)) };
}

export function unitFromItem(item: Record<string, unknown>): Unit {
  const unit = pickFields<Unit>(item, UNIT_FIELDS);
  for (const counter of [...UNIT_COUNTERS, 'memberCount', 'fullMemberCount'] as const) {
    unit[counter] = Number(unit[counter] ?? 0);
  }
  unit.version = Number(unit.version);
  return unit;
}

/** The item that reserves a unit's name in its region (created and deleted with the unit). */
export const unitNameGuardItem = (unit: Pick<Unit, 'regionId' | 'id' | 'name'>) => ({
  ...unitNameGuardKey(unit.regionId, nameKey(unit.name)),
  type: 'UNIT_NAME',
  unitId: unit.id,
});
