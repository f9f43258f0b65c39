import type { Alongside } from '../alongside';
import type { Page, PageRequest } from '../paging';
import type { CadencePolicy, Meeting, MeetingKind } from './meeting';
import type { MeetingFilter } from './rules';

/**
 * The region's meetings. Writes are all-or-nothing with their audit entry; refusals (write-refusals.ts):
 * - `create`: AlreadyTaken('meeting-id');
 * - `save`: RecordMissing/StaleVersion(Meeting).
 */
export interface MeetingStore {
  get(regionId: string, meetingId: string): Promise<Meeting | null>;
  /** By start time, earliest first, filtered; see docs/data-model.md. */
  list(regionId: string, filter: MeetingFilter, page: PageRequest): Promise<Page<Meeting>>;
  /** The latest meeting of a kind that started before `before` and was not cancelled, postponed or left a draft. */
  lastHeld(regionId: string, kind: MeetingKind, before: string): Promise<Meeting | null>;
  create(meeting: Meeting, alongside: Alongside): Promise<void>;
  save(change: { current: Meeting; next: Meeting }, alongside: Alongside): Promise<void>;
}

/**
 * The region's cadence policy (one record). `save` at `current.version` (0: none yet): StaleVersion(MeetingCadence)
 * when another change came first.
 */
export interface CadenceStore {
  get(regionId: string): Promise<CadencePolicy | null>;
  save(change: { current: CadencePolicy | null; next: CadencePolicy }, alongside: Alongside): Promise<void>;
}
