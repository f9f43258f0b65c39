import type { Alongside } from '../alongside';
import type { Page, PageRequest } from '../paging';
import type { Unit } from '../units/unit';
import type { Pairing } from './pairing';

/** A unit and a community may have one active pairing at a time (AlreadyTakenError.guard). */
export const ACTIVE_PAIRING_GUARD = 'active-pairing';

/** The two units of a pairing, as the use case read them (their pairing counters change with it). */
export interface PairingSides {
  unit: Unit;
  community: Unit;
}

/**
 * Pairings, with the counters they keep on both units (added to, never bumping a unit's version).
 * Refusals (write-refusals.ts):
 * - `create`: AlreadyTaken(active-pairing); RecordMissing(Unit); GuardFailed(a side, UNIT_GUARDS.takingPart);
 *   RetryableWriteError when a side's host kind changed since it was read (which side it may stand on).
 * - `end`: RecordMissing/StaleVersion(Pairing); RecordMissing(Unit) for either side; RetryableWriteError
 *   when the unit side's count, status, kind or role moved since it was read (they decide whether it
 *   needs a pairing again).
 */
export interface PairingStore {
  get(regionId: string, pairingId: string): Promise<Pairing | null>;
  getMany(regionId: string, pairingIds: readonly string[]): Promise<(Pairing | null)[]>;
  /** A unit's pairings on either side, newest first. */
  listForUnit(regionId: string, unitId: string, page: PageRequest): Promise<Page<Pairing>>;
  create(pairing: Pairing, sides: PairingSides, alongside: Alongside): Promise<void>;
  end(change: { current: Pairing; next: Pairing }, sides: PairingSides, alongside: Alongside): Promise<void>;
}
