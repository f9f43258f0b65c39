import type { RepresentativeChange } from '../alliance/representative-change';
import type { Alongside } from '../alongside';
import type { Page, PageRequest } from '../paging';
import type { UnitFilter } from './rules';
import type { Unit } from './unit';

/**
 * Conditions a unit write can fail on, in the units area's words (reported as GuardFailedError.guard,
 * or AlreadyTakenError.guard for the name); the use cases decide what the user reads.
 */
export const UNIT_GUARDS = {
  /** Another unit of the region has this name key. */
  name: 'unit-name',
  /** A new child's parent has withdrawn. */
  parentActive: 'parent-active',
  /** An ancestor checked for a move changed meanwhile (a concurrent move could close a cycle). */
  lineageUnchanged: 'lineage-unchanged',
  /** A delete needs the unit without children, members and pairings. */
  noChildren: 'no-children',
  noMembers: 'no-members',
  noPairings: 'no-pairings',
  /** A pairing needs both units taking part (invited or registered). */
  takingPart: 'taking-part',
} as const;

/**
 * The units of a region. Writes are all-or-nothing with what goes alongside them, and refuse with the
 * domain's write refusals (write-refusals.ts):
 * - `create`: AlreadyTaken(name, or 'unit-id' for an id in use); RecordMissing(Region) or (Unit, the parent);
 *   GuardFailed(parent, parentActive).
 * - `save`: RecordMissing/StaleVersion(Unit); AlreadyTaken(name); the parent's refusals as in create;
 *   GuardFailed(ancestor, lineageUnchanged); RetryableWriteError when the active-pairing count moved
 *   meanwhile and the change depends on it (it changes who needs a pairing, or `activePairingsAsRead`):
 *   run the use case again.
 * - `delete`: RecordMissing/StaleVersion(Unit); GuardFailed(unit, noChildren | noMembers | noPairings);
 *   RecordMissing(Region) or (Unit, the parent) if those vanished.
 */
export interface UnitChange {
  current: Unit;
  next: Unit;
  unchangedAncestors?: Unit[];
  activePairingsAsRead?: boolean;
  /** Filings (变更备案) of the representative or liaison the change replaces: put, pending, in the same write. */
  representativeChanges?: RepresentativeChange[];
}

export interface UnitStore {
  get(regionId: string, unitId: string): Promise<Unit | null>;
  /** Many by id, in the order asked (one batched read: the per-request loader). */
  getMany(regionId: string, unitIds: readonly string[]): Promise<(Unit | null)[]>;
  /** The units holding these names (compared as name keys), by name key: batched reads of the name guards. */
  findByNames(regionId: string, names: readonly string[]): Promise<Map<string, Unit>>;
  /** Units by name (pinyin order), filtered; see the access-pattern table in docs/data-model.md. */
  list(regionId: string, filter: UnitFilter, page: PageRequest): Promise<Page<Unit>>;
  /** The unit and its ancestors, nearest first, at most `limit` of them. */
  lineage(regionId: string, unitId: string, limit: number): Promise<Unit[]>;
  /** A new unit: counted in its region and its parent. */
  create(unit: Unit, alongside: Alongside): Promise<void>;
  /**
   * A changed profile or status, on the condition that the unit is still at `current.version`, that every
   * unit in `unchangedAncestors` (a new parent's lineage) is still at the version read, and — with
   * `activePairingsAsRead` — that the unit's active-pairing count is still `current.activePairingCount`
   * (a change that is allowed only with no live pairing, e.g. of which side of a pairing it stands on).
   * `representativeChanges` are put where none is (AlreadyTaken('representative-change-id')).
   * Counters are never written by a save.
   */
  save(change: UnitChange, alongside: Alongside): Promise<void>;
  /** Deletes a unit at `unit.version` with no children, members or pairings. */
  delete(unit: Unit, alongside: Alongside): Promise<void>;
}
