import type { Alongside } from '../alongside';
import type { Page, PageRequest } from '../paging';
import type { Pairing } from '../pairings/pairing';
import { ACTIVE_PAIRING_GUARD, type PairingSides, type PairingStore } from '../pairings/ports';
import { AlreadyTakenError, RecordMissingError, StaleVersionError } from '../write-refusals';
import { pageOf } from './memory-paging';
import { copy, keyOf, type MemoryState } from './memory-state';
import type { MemoryUnitStore } from './memory-units';

/**
 * PairingStore in memory, keeping the promises of store/pairing-repository.ts: one active pairing per
 * unit and community, both sides' counters changed in the same write, listed on either side newest first.
 */
export class MemoryPairingStore implements PairingStore {
  constructor(
    private readonly state: MemoryState,
    private readonly units: MemoryUnitStore,
  ) {}

  async get(regionId: string, pairingId: string): Promise<Pairing | null> {
    return copy(this.state.pairings.get(keyOf(regionId, pairingId)) ?? null);
  }

  async getMany(regionId: string, pairingIds: readonly string[]): Promise<(Pairing | null)[]> {
    return pairingIds.map((id) => copy(this.state.pairings.get(keyOf(regionId, id)) ?? null));
  }

  async listForUnit(regionId: string, unitId: string, page: PageRequest): Promise<Page<Pairing>> {
    const entries = [...this.state.pairings.values()]
      .filter((p) => p.regionId === regionId && (p.unitId === unitId || p.communityId === unitId))
      .map((p) => ({ key: `${p.createdAt}#${p.id}`, node: copy(p) }));
    return pageOf(entries, page, { regionId, list: ['pairings', unitId], order: 'descending' });
  }

  create(pairing: Pairing, sides: PairingSides, alongside: Alongside): Promise<void> {
    return this.state.write((w) => {
      const key = keyOf(pairing.regionId, pairing.id);
      w.require(!this.state.pairings.has(key), () => new AlreadyTakenError('pairing-id', pairing.id));
      w.then(() => this.state.pairings.set(key, copy(pairing)));
      const guard = keyOf(pairing.regionId, pairing.unitId, pairing.communityId);
      w.require(!this.state.activePairings.has(guard), () => new AlreadyTakenError(ACTIVE_PAIRING_GUARD, `${pairing.unitId}/${pairing.communityId}`));
      w.then(() => this.state.activePairings.set(guard, pairing.id));
      this.units.changePairingCount(w, sides.unit, 1, true);
      this.units.changePairingCount(w, sides.community, 1, false);
      w.alongside(alongside);
    });
  }

  end(change: { current: Pairing; next: Pairing }, sides: PairingSides, alongside: Alongside): Promise<void> {
    const { current, next } = change;
    return this.state.write((w) => {
      const key = keyOf(current.regionId, current.id);
      const stored = this.state.pairings.get(key);
      const record = { type: 'Pairing', id: current.id };
      w.require(stored !== undefined, () => new RecordMissingError(record));
      w.require(!stored || stored.version === current.version, () => new StaleVersionError(record));
      w.then(() => this.state.pairings.set(key, copy(next)));
      // The guard goes unconditionally, as in the store.
      w.then(() => this.state.activePairings.delete(keyOf(current.regionId, current.unitId, current.communityId)));
      this.units.changePairingCount(w, sides.unit, -1, true);
      this.units.changePairingCount(w, sides.community, -1, false);
      w.alongside(alongside);
    });
  }
}
