import type { CharterVersion } from '../alliance/charter';
import type { Alongside, Change } from '../alongside';
import { isSingleHolderPost, MAX_OFFICER_RECORDS, type AllianceSettings, type Officer, type OfficerPost, type SubBody, type SubBodyKind } from '../alliance/model';
import type { AllianceStore, Appointment } from '../alliance/ports';
import type { RepresentativeChange, RepresentativeChangeFilter } from '../alliance/representative-change';
import { nameKey, nameSortKey } from '../names';
import type { Page, PageRequest } from '../paging';
import { AlreadyTakenError, GuardFailedError, RecordMissingError, StaleVersionError } from '../write-refusals';
import { pageOf } from './memory-paging';
import { copy, keyOf, type MemoryState, type MemoryWrite } from './memory-state';

/** The order of a body in its lists, as the store's index sorts it: its name's pinyin sort key, then its id. */
const subBodyOrder = async (body: SubBody) => `${await nameSortKey(body.name)}#${body.id}`;
export const subBodyListIdentity = (kind: SubBodyKind | null): unknown[] => ['sub-bodies', kind];

/**
 * AllianceStore in memory, keeping the promises of store/alliance-repository.ts: the same guards (a single-holder
 * post's holder, a body's name) and refusals, each write all or nothing with its audit entry through MemoryState.
 */
export class MemoryAllianceStore implements AllianceStore {
  private readonly officersById = new Map<string, Officer>();
  /** (region, post) → the current holder's id; '' when vacant (the store's guard item). */
  private readonly holders = new Map<string, string>();
  private readonly settingsByRegion = new Map<string, AllianceSettings>();
  private readonly subBodiesById = new Map<string, SubBody>();
  /** (region, name key) → the body holding the name. */
  private readonly subBodyNames = new Map<string, string>();
  /** (region, number) → a charter version; region → the last number (the store's counter item). */
  private readonly charterVersionsByNumber = new Map<string, CharterVersion>();
  private readonly lastCharterNumbers = new Map<string, number>();

  constructor(private readonly state: MemoryState) {}

  async officer(regionId: string, officerId: string): Promise<Officer | null> {
    return copy(this.officersById.get(keyOf(regionId, officerId)) ?? null);
  }

  async officers(regionId: string): Promise<Officer[]> {
    return copy([...this.officersById.values()].filter((o) => o.regionId === regionId).slice(0, MAX_OFFICER_RECORDS));
  }

  appointOfficer({ officer, replaced }: Appointment, alongside: Alongside): Promise<void> {
    return this.state.write((w) => {
      const key = keyOf(officer.regionId, officer.id);
      w.require(!this.officersById.has(key), () => new AlreadyTakenError('officer-id', officer.id));
      w.then(() => this.officersById.set(key, copy(officer)));
      if (replaced) this.saveStep(w, replaced);
      if (isSingleHolderPost(officer.post)) {
        const holderKey = keyOf(officer.regionId, officer.post);
        w.require((this.holders.get(holderKey) ?? '') === (replaced?.current.id ?? ''), () => holderChanged(officer.post));
        w.then(() => this.holders.set(holderKey, officer.id));
      }
      w.alongside(alongside);
    });
  }

  saveOfficer(change: Change<Officer>, alongside: Alongside): Promise<void> {
    return this.state.write((w) => {
      this.saveStep(w, change);
      const { current, next } = change;
      if (isSingleHolderPost(current.post) && current.current && !next.current) {
        const holderKey = keyOf(current.regionId, current.post);
        w.require(this.holders.get(holderKey) === current.id, () => holderChanged(current.post));
        w.then(() => this.holders.set(holderKey, ''));
      }
      w.alongside(alongside);
    });
  }

  private saveStep(w: MemoryWrite, { current, next }: Change<Officer>): void {
    const key = keyOf(current.regionId, current.id);
    const stored = this.officersById.get(key);
    w.require(stored !== undefined, () => new RecordMissingError({ type: 'Officer', id: current.id }));
    w.require(stored === undefined || stored.version === current.version, () => new StaleVersionError({ type: 'Officer', id: current.id }));
    w.then(() => this.officersById.set(key, copy(next)));
  }

  async settings(regionId: string): Promise<AllianceSettings | null> {
    return copy(this.settingsByRegion.get(regionId) ?? null);
  }

  saveSettings({ current, next }: { current: AllianceSettings | null; next: AllianceSettings }, alongside: Alongside): Promise<void> {
    return this.state.write((w) => {
      const stored = this.settingsByRegion.get(next.regionId);
      w.require(stored?.version === current?.version, () => new StaleVersionError({ type: 'AllianceSettings', id: next.regionId }));
      w.then(() => this.settingsByRegion.set(next.regionId, copy(next)));
      w.alongside(alongside);
    });
  }

  async subBody(regionId: string, subBodyId: string): Promise<SubBody | null> {
    return copy(this.subBodiesById.get(keyOf(regionId, subBodyId)) ?? null);
  }

  async subBodies(regionId: string, kind: SubBodyKind | null, page: PageRequest): Promise<Page<SubBody>> {
    const entries = [...this.subBodiesById.values()]
      .filter((b) => b.regionId === regionId && (kind === null || b.kind === kind))
      .map(async (b) => ({ key: await subBodyOrder(b), node: copy(b) }));
    return pageOf(await Promise.all(entries), page, { regionId, list: subBodyListIdentity(kind), order: 'ascending' });
  }

  createSubBody(body: SubBody, alongside: Alongside): Promise<void> {
    return this.state.write((w) => {
      const key = keyOf(body.regionId, body.id);
      w.require(!this.subBodiesById.has(key), () => new AlreadyTakenError('sub-body-id', body.id));
      const nameSlot = keyOf(body.regionId, nameKey(body.name));
      w.require(!this.subBodyNames.has(nameSlot), () => new AlreadyTakenError('sub-body-name', body.name));
      w.then(() => {
        this.subBodiesById.set(key, copy(body));
        this.subBodyNames.set(nameSlot, body.id);
      });
      w.alongside(alongside);
    });
  }

  saveSubBody({ current, next }: Change<SubBody>, alongside: Alongside): Promise<void> {
    return this.state.write((w) => {
      const key = keyOf(current.regionId, current.id);
      const stored = this.subBodiesById.get(key);
      w.require(stored !== undefined, () => new RecordMissingError({ type: 'SubBody', id: current.id }));
      w.require(stored === undefined || stored.version === current.version, () => new StaleVersionError({ type: 'SubBody', id: current.id }));
      const before = keyOf(current.regionId, nameKey(current.name));
      const after = keyOf(next.regionId, nameKey(next.name));
      if (before !== after) {
        w.require(!this.subBodyNames.has(after), () => new AlreadyTakenError('sub-body-name', next.name));
        w.then(() => {
          this.subBodyNames.delete(before);
          this.subBodyNames.set(after, next.id);
        });
      }
      w.then(() => this.subBodiesById.set(key, copy(next)));
      w.alongside(alongside);
    });
  }

  async lastCharterNumber(regionId: string): Promise<number> {
    return this.lastCharterNumbers.get(regionId) ?? 0;
  }

  async charterVersions(regionId: string, page: PageRequest): Promise<Page<CharterVersion>> {
    const entries = [...this.charterVersionsByNumber.values()]
      .filter((v) => v.regionId === regionId)
      .map((v) => ({ key: String(v.number).padStart(6, '0'), node: copy(v) }));
    return pageOf(entries, page, { regionId, list: ['charter-versions'], order: 'descending' });
  }

  addCharterVersion(version: CharterVersion, alongside: Alongside): Promise<void> {
    return this.state.write((w) => {
      w.require((this.lastCharterNumbers.get(version.regionId) ?? 0) === version.number - 1, () => new GuardFailedError({ type: 'CharterCounter', id: version.regionId }, 'number-taken'));
      const key = keyOf(version.regionId, String(version.number));
      w.require(!this.charterVersionsByNumber.has(key), () => new AlreadyTakenError('charter-version-id', version.id));
      w.then(() => {
        this.charterVersionsByNumber.set(key, copy(version));
        this.lastCharterNumbers.set(version.regionId, version.number);
      });
      w.alongside(alongside);
    });
  }

  async representativeChange(regionId: string, changeId: string): Promise<RepresentativeChange | null> {
    return copy(this.state.representativeChanges.get(keyOf(regionId, changeId)) ?? null);
  }

  async representativeChanges(regionId: string, filter: RepresentativeChangeFilter, page: PageRequest): Promise<Page<RepresentativeChange>> {
    const entries = [...this.state.representativeChanges.values()]
      .filter((c) => c.regionId === regionId && (filter.unitId === undefined || c.unitId === filter.unitId))
      .filter((c) => filter.filed === undefined || (c.filedAt !== null) === filter.filed)
      .map((c) => ({ key: `${c.changedAt}#${c.id}`, node: copy(c) }));
    return pageOf(entries, page, { regionId, list: ['representative-changes', filter.unitId ?? null, filter.filed ?? null], order: 'descending' });
  }

  saveRepresentativeChange({ current, next }: Change<RepresentativeChange>, alongside: Alongside): Promise<void> {
    return this.state.write((w) => {
      const key = keyOf(current.regionId, current.id);
      const stored = this.state.representativeChanges.get(key);
      const record = { type: 'RepresentativeChange', id: current.id };
      w.require(stored !== undefined, () => new RecordMissingError(record));
      w.require(stored === undefined || stored.version === current.version, () => new StaleVersionError(record));
      w.then(() => this.state.representativeChanges.set(key, copy(next)));
      w.alongside(alongside);
    });
  }
}

const holderChanged = (post: OfficerPost) => new GuardFailedError({ type: 'OfficerPost', id: post }, 'holder-changed');
