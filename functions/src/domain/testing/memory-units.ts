import { MEMBER_GUARDS } from '../members/ports';
import type { Alongside } from '../alongside';
import { nameKey, nameSortKey } from '../names';
import type { Page, PageRequest } from '../paging';
import { RetryableWriteError } from '../retry';
import { UNIT_GUARDS, type UnitChange, type UnitStore } from '../units/ports';
import { ACTIVE_STATUSES, needsPairing, wouldNeedPairing, type UnitFilter } from '../units/rules';
import type { Unit } from '../units/unit';
import { AlreadyTakenError, GuardFailedError, RecordMissingError, StaleVersionError } from '../write-refusals';
import { copy, keyOf, type MemoryState, type MemoryWrite } from './memory-state';
import { pageOf } from './memory-paging';

const unitRef = (unit: Pick<Unit, 'id'>) => ({ type: 'Unit', id: unit.id });

/** The unit filters of `UnitFilter`, all together (the store serves them by index or filter condition). */
export function matchesUnitFilter(unit: Unit, filter: UnitFilter): boolean {
  return (
    (filter.hostKind === undefined || unit.hostKind === filter.hostKind) &&
    (filter.level === undefined || unit.level === filter.level) &&
    (filter.allianceRole === undefined || unit.allianceRole === filter.allianceRole) &&
    (filter.status === undefined || unit.status === filter.status) &&
    (filter.parentId === undefined || unit.parentId === filter.parentId) &&
    (!filter.rootsOnly || unit.parentId === null) &&
    (filter.namePrefix === undefined || nameKey(unit.name).startsWith(filter.namePrefix)) &&
    (!filter.unpaired || needsPairing(unit))
  );
}

/**
 * UnitStore in memory, keeping the promises of store/unit-repository.ts: the same conditions in the
 * same order (so the same refusal wins), counters changed only by the writes that own them, and a save
 * that never writes counters, id, region or creation time.
 */
export class MemoryUnitStore implements UnitStore {
  constructor(private readonly state: MemoryState) {}

  async get(regionId: string, unitId: string): Promise<Unit | null> {
    return copy(this.state.units.get(keyOf(regionId, unitId)) ?? null);
  }

  async getMany(regionId: string, unitIds: readonly string[]): Promise<(Unit | null)[]> {
    return unitIds.map((id) => copy(this.state.units.get(keyOf(regionId, id)) ?? null));
  }

  async findByNames(regionId: string, names: readonly string[]): Promise<Map<string, Unit>> {
    const found = new Map<string, Unit>();
    for (const key of new Set(names.map(nameKey))) {
      const id = this.state.unitNames.get(keyOf(regionId, key));
      const unit = id ? this.state.units.get(keyOf(regionId, id)) : undefined;
      if (unit) found.set(key, copy(unit));
    }
    return found;
  }

  async list(regionId: string, filter: UnitFilter, page: PageRequest): Promise<Page<Unit>> {
    const matching = [...this.state.units.values()].filter((unit) => unit.regionId === regionId && matchesUnitFilter(unit, filter));
    const entries = await Promise.all(matching.map(async (unit) => ({ key: await nameSortKey(unit.name), node: copy(unit) })));
    return pageOf(entries, page, { regionId, list: ['units', filter], order: 'ascending' });
  }

  async lineage(regionId: string, unitId: string, limit: number): Promise<Unit[]> {
    const chain: Unit[] = [];
    let nextId: string | null = unitId;
    while (nextId && chain.length < limit) {
      const unit = this.state.units.get(keyOf(regionId, nextId));
      if (!unit) break;
      chain.push(copy(unit));
      nextId = unit.parentId;
    }
    return chain;
  }

  create(unit: Unit, alongside: Alongside): Promise<void> {
    return this.state.write((w) => {
      const key = keyOf(unit.regionId, unit.id);
      w.require(!this.state.units.has(key), () => new AlreadyTakenError('unit-id', unit.id));
      w.then(() => this.state.units.set(key, copy(unit)));
      this.takeName(w, unit);
      this.countInRegion(w, unit.regionId, 1);
      if (unit.parentId) this.countChild(w, unit.regionId, unit.parentId, 1);
      w.alongside(alongside);
    });
  }

  save(change: UnitChange, alongside: Alongside): Promise<void> {
    const { current, next } = change;
    return this.state.write((w) => {
      const key = keyOf(current.regionId, current.id);
      const stored = this.state.units.get(key);
      w.require(stored !== undefined, () => new RecordMissingError(unitRef(current)));
      w.require(stored?.version === current.version || !stored, () => new StaleVersionError(unitRef(current)));
      // Only a change of who needs a pairing, or one asked to hold on it, depends on the pairing count (read without a version).
      const dependsOnCount = wouldNeedPairing(current) !== wouldNeedPairing(next) || change.activePairingsAsRead === true;
      w.require(!stored || !dependsOnCount || stored.activePairingCount === current.activePairingCount, () => new RetryableWriteError());
      w.then(() => {
        const kept = { id: stored!.id, regionId: stored!.regionId, createdAt: stored!.createdAt };
        const counters = { childCount: stored!.childCount, activePairingCount: stored!.activePairingCount, pairingCount: stored!.pairingCount };
        this.state.units.set(key, { ...copy(next), ...kept, ...counters });
      });
      if (nameKey(current.name) !== nameKey(next.name)) {
        const held = keyOf(current.regionId, nameKey(current.name));
        w.require(this.state.unitNames.get(held) === current.id, () => new StaleVersionError(unitRef(current)));
        w.then(() => this.state.unitNames.delete(held));
        this.takeName(w, next);
      }
      // A parent that is also a checked ancestor is checked on its child-count change.
      const unchanged = new Map((change.unchangedAncestors ?? []).map((u) => [u.id, u.version]));
      if (current.parentId !== next.parentId) {
        if (current.parentId) this.countChild(w, current.regionId, current.parentId, -1, unchanged.get(current.parentId));
        if (next.parentId) this.countChild(w, next.regionId, next.parentId, 1, unchanged.get(next.parentId));
      }
      for (const ancestor of change.unchangedAncestors ?? []) {
        if (ancestor.id === next.parentId || ancestor.id === current.parentId) continue;
        const found = this.state.units.get(keyOf(ancestor.regionId, ancestor.id));
        w.require(found?.version === ancestor.version, () => new GuardFailedError(unitRef(ancestor), UNIT_GUARDS.lineageUnchanged));
      }
      for (const filing of change.representativeChanges ?? []) {
        const filingKey = keyOf(filing.regionId, filing.id);
        w.require(!this.state.representativeChanges.has(filingKey), () => new AlreadyTakenError('representative-change-id', filing.id));
        w.then(() => this.state.representativeChanges.set(filingKey, copy(filing)));
      }
      w.alongside(alongside);
    });
  }

  delete(unit: Unit, alongside: Alongside): Promise<void> {
    return this.state.write((w) => {
      const key = keyOf(unit.regionId, unit.id);
      const stored = this.state.units.get(key);
      w.require(stored !== undefined, () => new RecordMissingError(unitRef(unit)));
      if (stored) {
        w.require(stored.version === unit.version, () => new StaleVersionError(unitRef(unit)));
        w.require(stored.childCount === 0, () => new GuardFailedError(unitRef(unit), UNIT_GUARDS.noChildren));
        w.require(stored.memberCount === 0, () => new GuardFailedError(unitRef(unit), UNIT_GUARDS.noMembers));
        w.require(stored.pairingCount === 0, () => new GuardFailedError(unitRef(unit), UNIT_GUARDS.noPairings));
      }
      w.then(() => this.state.units.delete(key));
      const held = keyOf(unit.regionId, nameKey(unit.name));
      w.require(this.state.unitNames.get(held) === unit.id, () => new StaleVersionError(unitRef(unit)));
      w.then(() => this.state.unitNames.delete(held));
      this.countInRegion(w, unit.regionId, -1);
      if (unit.parentId) this.countChild(w, unit.regionId, unit.parentId, -1);
      w.alongside(alongside);
    });
  }

  /**
   * A pairing's change to one side's counters (the store's `pairingCountStep`): a new pairing needs the
   * side taking part and adds; an end subtracts, and on the unit side — whose "needs a pairing" it
   * decides again — only while count, status, kind and role are as read (else: retry the use case).
   */
  changePairingCount(w: MemoryWrite, unit: Unit, delta: 1 | -1, asUnitSide: boolean): void {
    const stored = this.state.units.get(keyOf(unit.regionId, unit.id));
    if (delta > 0) {
      w.require(stored !== undefined, () => new RecordMissingError(unitRef(unit)));
      w.require(!stored || stored.hostKind === unit.hostKind, () => new RetryableWriteError());
      w.require(!stored || ACTIVE_STATUSES.includes(stored.status), () => new GuardFailedError(unitRef(unit), UNIT_GUARDS.takingPart));
      w.then(() => {
        stored!.activePairingCount += 1;
        stored!.pairingCount += 1;
      });
      return;
    }
    if (!asUnitSide) {
      // A plain ADD in the store, on an item that must exist.
      w.require(stored !== undefined, () => new RecordMissingError(unitRef(unit)));
      w.then(() => {
        stored!.activePairingCount -= 1;
      });
      return;
    }
    w.require(stored !== undefined, () => new RecordMissingError(unitRef(unit)));
    const asRead =
      stored?.activePairingCount === unit.activePairingCount &&
      stored.status === unit.status &&
      stored.hostKind === unit.hostKind &&
      stored.allianceRole === unit.allianceRole;
    w.require(!stored || asRead, () => new RetryableWriteError());
    w.then(() => {
      stored!.activePairingCount = unit.activePairingCount - 1;
    });
  }

  /** A member write's change to a unit's member counts (the store's `memberCountStep`): a joined unit must not have withdrawn. */
  changeMemberCount(w: MemoryWrite, regionId: string, unitId: string, delta: { all: number; full: number }): void {
    const stored = this.state.units.get(keyOf(regionId, unitId));
    const unit = { id: unitId };
    w.require(stored !== undefined, () => new RecordMissingError(unitRef(unit)));
    if (delta.all > 0 || delta.full > 0) w.require(!stored || stored.status !== 'WITHDRAWN', () => new GuardFailedError(unitRef(unit), MEMBER_GUARDS.unitActive));
    w.then(() => {
      stored!.memberCount += delta.all;
      stored!.fullMemberCount += delta.full;
      // The region counts its roster too (the store adds the units' sum in one step: the same total).
      const region = this.state.regions.get(regionId);
      if (region) region.memberCount += delta.all;
    });
  }

  private takeName(w: MemoryWrite, unit: Unit): void {
    const key = keyOf(unit.regionId, nameKey(unit.name));
    w.require(!this.state.unitNames.has(key), () => new AlreadyTakenError(UNIT_GUARDS.name, nameKey(unit.name)));
    w.then(() => this.state.unitNames.set(key, unit.id));
  }

  private countInRegion(w: MemoryWrite, regionId: string, delta: 1 | -1): void {
    const region = this.state.regions.get(regionId);
    w.require(region !== undefined, () => new RecordMissingError({ type: 'Region', id: regionId }));
    w.then(() => {
      region!.unitCount += delta;
    });
  }

  private countChild(w: MemoryWrite, regionId: string, parentId: string, delta: 1 | -1, expectedVersion?: number): void {
    const parent = this.state.units.get(keyOf(regionId, parentId));
    const ref = { type: 'Unit', id: parentId };
    w.require(parent !== undefined, () => new RecordMissingError(ref));
    if (parent && expectedVersion !== undefined) {
      w.require(parent.version === expectedVersion, () => new GuardFailedError(ref, UNIT_GUARDS.lineageUnchanged));
    }
    if (parent && delta > 0) w.require(parent.status !== 'WITHDRAWN', () => new GuardFailedError(ref, UNIT_GUARDS.parentActive));
    w.then(() => {
      parent!.childCount += delta;
    });
  }
}
