import { needsPairing, unitNameKey } from '../domain/units/rules';
import type { Unit } from '../domain/units/unit';
import { pickFields } from './item-fields';
import { unitIndexAttributes, unitKey, unitNameGuardKey } from './keys';

export const UNIT_TYPE = 'UNIT';

/** Counters maintained by other writes (children, pairings): never part of a profile save. */
export const UNIT_COUNTERS = ['childCount', 'activePairingCount', 'pairingCount'] as const;

const UNIT_FIELDS = [
  'id', 'regionId', 'name', 'shortName', 'hostKind', 'level', 'allianceRole', 'status', 'address', 'grid',
  'parentId', 'childCount', 'leader', 'representative', 'liaison', 'partTimeCommitteeMember', 'memberCount',
  'fullMemberCount', 'registration', 'activePairingCount', 'pairingCount', 'version', 'createdAt', 'updatedAt',
] as const satisfies readonly (keyof Unit)[];

/** The index attributes a unit has in its current state (gsi6 only while it needs a pairing). */
export const unitIndexValues = (unit: Unit) =>
  unitIndexAttributes({ ...unit, nameKey: unitNameKey(unit.name), needsPairing: needsPairing(unit) });

export function unitToItem(unit: Unit): Record<string, unknown> {
  return { ...unitKey(unit.regionId, unit.id), type: UNIT_TYPE, ...unit, ...unitIndexValues(unit) };
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
  ...unitNameGuardKey(unit.regionId, unitNameKey(unit.name)),
  type: 'UNIT_NAME',
  unitId: unit.id,
});
