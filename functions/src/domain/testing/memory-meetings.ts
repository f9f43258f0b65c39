import type { Alongside } from '../alongside';
import type { CadencePolicy, Meeting, MeetingKind } from '../meetings/meeting';
import type { CadenceStore, MeetingStore } from '../meetings/ports';
import type { MeetingFilter } from '../meetings/rules';
import type { Page, PageRequest } from '../paging';
import { AlreadyTakenError, RecordMissingError, StaleVersionError } from '../write-refusals';
import { pageOf } from './memory-paging';
import { copy, keyOf, type MemoryState } from './memory-state';

const TOOK_PLACE: readonly Meeting['status'][] = ['NOTICED', 'HELD', 'MINUTES_DRAFTED', 'MINUTES_APPROVED', 'ARCHIVED'];

/** Meetings and cadence policies in memory, keeping the promises of store/meeting-repository.ts. */
export class MemoryMeetingStore implements MeetingStore, CadenceStore {
  private readonly policies = new Map<string, CadencePolicy>();

  constructor(private readonly state: MemoryState) {}

  async get(regionId: string, meetingId: string): Promise<Meeting | null>;
  async get(regionId: string): Promise<CadencePolicy | null>;
  async get(regionId: string, meetingId?: string): Promise<Meeting | CadencePolicy | null> {
    if (meetingId === undefined) return copy(this.policies.get(regionId) ?? null);
    return copy(this.state.meetings.get(keyOf(regionId, meetingId)) ?? null);
  }

  async list(regionId: string, filter: MeetingFilter, page: PageRequest): Promise<Page<Meeting>> {
    const entries = [...this.state.meetings.values()]
      .filter((m) => m.regionId === regionId && (!filter.kind || m.kind === filter.kind) && (!filter.status || m.status === filter.status))
      .map((m) => ({ key: `${m.startsAt}#${m.id}`, node: copy(m) }))
      .filter((e) => !filter.from || e.key >= filter.from);
    return pageOf(entries, page, { regionId, list: ['meetings', filter], order: 'ascending' });
  }

  async lastHeld(regionId: string, kind: MeetingKind, before: string): Promise<Meeting | null> {
    const held = [...this.state.meetings.values()]
      .filter((m) => m.regionId === regionId && m.kind === kind && m.startsAt < before && TOOK_PLACE.includes(m.status))
      .sort((a, b) => (a.startsAt < b.startsAt ? 1 : -1));
    return copy(held[0] ?? null);
  }

  async listForUnit(regionId: string, unitId: string, from: string | undefined, page: PageRequest): Promise<Page<Meeting>> {
    const entries = [...this.state.meetings.values()]
      .filter((m) => m.regionId === regionId && m.notice !== null && m.invitedUnitIds.includes(unitId))
      .map((m) => ({ key: `${m.startsAt}#${m.id}`, node: copy(m) }))
      .filter((e) => !from || e.key >= from);
    return pageOf(entries, page, { regionId, list: ['meetingsForUnit', unitId, from ?? null], order: 'ascending' });
  }

  create(meeting: Meeting, alongside: Alongside): Promise<void> {
    return this.state.write((w) => {
      const key = keyOf(meeting.regionId, meeting.id);
      w.require(!this.state.meetings.has(key), () => new AlreadyTakenError('meeting-id', meeting.id));
      w.then(() => this.state.meetings.set(key, copy(meeting)));
      w.alongside(alongside);
    });
  }

  save(change: { current: Meeting; next: Meeting } | { current: CadencePolicy | null; next: CadencePolicy }, alongside: Alongside): Promise<void> {
    return this.state.write((w) => {
      if ('kind' in change.next) {
        const { current, next } = change as { current: Meeting; next: Meeting };
        const key = keyOf(current.regionId, current.id);
        const stored = this.state.meetings.get(key);
        w.require(stored !== undefined, () => new RecordMissingError({ type: 'Meeting', id: current.id }));
        w.require(!stored || stored.version === current.version, () => new StaleVersionError({ type: 'Meeting', id: current.id }));
        w.then(() => this.state.meetings.set(key, copy(next)));
      } else {
        const { current, next } = change as { current: CadencePolicy | null; next: CadencePolicy };
        const stored = this.policies.get(next.regionId);
        w.require((stored?.version ?? null) === (current?.version ?? null), () => new StaleVersionError({ type: 'MeetingCadence', id: next.regionId }));
        w.then(() => this.policies.set(next.regionId, copy(next)));
      }
      w.alongside(alongside);
    });
  }
}
