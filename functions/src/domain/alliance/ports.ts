import type { Alongside, Change } from '../alongside';
import type { Page, PageRequest } from '../paging';
import type { CharterVersion } from './charter';
import type { AllianceSettings, Officer, SubBody, SubBodyKind } from './model';
import type { RepresentativeChange, RepresentativeChangeFilter } from './representative-change';

/** A new officer; for a single-holder post, the current holder it replaces (its term ended), if any. */
export interface Appointment {
  officer: Officer;
  replaced: Change<Officer> | null;
}

/**
 * The alliance's officers, settings and bodies. Refusals (write-refusals.ts):
 * - `appointOfficer`: the officer put where none is (AlreadyTaken('officer-id')); `replaced` saved at its
 *   `current.version` (StaleVersion(Officer)); for a single-holder post the post's holder moves from `replaced`'s id
 *   (or from vacant) to the new officer: GuardFailed(OfficerPost {post}, 'holder-changed') when another appointment
 *   or an ended term came first. All or nothing with `alongside`.
 * - `saveOfficer`: at `current.version` (RecordMissing/StaleVersion(Officer)); a single-holder post's officer leaving
 *   office (`current` true → false) leaves the post vacant in the same transaction.
 * - `saveSettings`: at `current.version` (null: none yet): StaleVersion(AllianceSettings).
 * - `createSubBody`: the body and its name's guard: AlreadyTaken('sub-body-name', name) when another body of the
 *   region holds the name (compared by nameKey); `saveSubBody` at `current.version` (RecordMissing/StaleVersion(SubBody)),
 *   moving the name's guard when the name changes (AlreadyTaken('sub-body-name') as on create).
 * - `addCharterVersion`: the region's charter counter moves from `number - 1` to `number` in the same write:
 *   GuardFailed(CharterCounter, 'number-taken') when another version took the number first (the use case reads
 *   `lastCharterNumber` again and retries); AlreadyTaken('charter-version-id'). All or nothing with `alongside`
 *   (which consumes the file's upload).
 * - `saveRepresentativeChange`: at `current.version` (RecordMissing/StaleVersion(RepresentativeChange)).
 *   Changes are created by the unit's save that makes them (UnitChange.representativeChanges), never here.
 */
export interface AllianceStore {
  officer(regionId: string, officerId: string): Promise<Officer | null>;
  /** Every officer of the region, current and past (at most MAX_OFFICER_RECORDS), in no particular order. */
  officers(regionId: string): Promise<Officer[]>;
  appointOfficer(appointment: Appointment, alongside: Alongside): Promise<void>;
  saveOfficer(change: Change<Officer>, alongside: Alongside): Promise<void>;

  settings(regionId: string): Promise<AllianceSettings | null>;
  saveSettings(change: { current: AllianceSettings | null; next: AllianceSettings }, alongside: Alongside): Promise<void>;

  subBody(regionId: string, subBodyId: string): Promise<SubBody | null>;
  /** By name (pinyin order); of one kind, or all. */
  subBodies(regionId: string, kind: SubBodyKind | null, page: PageRequest): Promise<Page<SubBody>>;
  createSubBody(body: SubBody, alongside: Alongside): Promise<void>;
  saveSubBody(change: Change<SubBody>, alongside: Alongside): Promise<void>;

  /** The number of the region's newest charter version (0 when none), read consistently. */
  lastCharterNumber(regionId: string): Promise<number>;
  /** The region's charter versions, newest (highest number) first. */
  charterVersions(regionId: string, page: PageRequest): Promise<Page<CharterVersion>>;
  addCharterVersion(version: CharterVersion, alongside: Alongside): Promise<void>;

  representativeChange(regionId: string, changeId: string): Promise<RepresentativeChange | null>;
  /** Newest first; by unit, by filed or pending (待备案), or both: each one key's list. */
  representativeChanges(regionId: string, filter: RepresentativeChangeFilter, page: PageRequest): Promise<Page<RepresentativeChange>>;
  saveRepresentativeChange(change: Change<RepresentativeChange>, alongside: Alongside): Promise<void>;
}
