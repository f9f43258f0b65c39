import type { Alongside, Change } from '../alongside';
import type { AuditEntry } from '../audit/audit';
import type { CadencePolicy, Meeting, MeetingKind } from '../meetings/meeting';
import type { CadenceStore, MeetingStore, NoticeRecipient, SolicitationStore } from '../meetings/ports';
import type { AgendaSolicitation, SolicitationReply } from '../meetings/solicitation';
import type { MeetingFilter } from '../meetings/rules';
import type { Page, PageRequest } from '../paging';
import { AlreadyTakenError, GuardFailedError, RecordMissingError, StaleVersionError } from '../write-refusals';
import { pageOf } from './memory-paging';
import { copy, keyOf, type MemoryState, type MemoryWrite } from './memory-state';

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
      .filter((e) => (!filter.from || e.key >= filter.from) && (!filter.to || e.key < filter.to));
    return pageOf(entries, page, { regionId, list: ['meetings', filter], order: 'ascending' });
  }

  async lastHeld(regionId: string, kind: MeetingKind, before: string): Promise<Meeting | null> {
    const held = [...this.state.meetings.values()]
      .filter((m) => m.regionId === regionId && m.kind === kind && m.startsAt < before && TOOK_PLACE.includes(m.status))
      .sort((a, b) => (a.startsAt < b.startsAt ? 1 : -1));
    return copy(held[0] ?? null);
  }

  async listNotices(regionId: string, { unitId, memberId }: NoticeRecipient, from: string | undefined, page: PageRequest): Promise<Page<Meeting>> {
    const entries = [...this.state.meetings.values()]
      .filter((m) => m.regionId === regionId && m.notice !== null && (m.invitedUnitIds.includes(unitId) || (memberId !== undefined && m.invitedMemberIds.includes(memberId))))
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

/** 议题征集 in memory, keeping the promises of store/solicitation-repository.ts. */
export class MemorySolicitationStore implements SolicitationStore {
  private readonly rounds = new Map<string, AgendaSolicitation>();
  /** (region, meeting, unit) → the unit's reply. */
  private readonly replyItems = new Map<string, SolicitationReply>();

  constructor(private readonly state: MemoryState) {}

  async get(regionId: string, meetingId: string): Promise<AgendaSolicitation | null> {
    return copy(this.rounds.get(keyOf(regionId, meetingId)) ?? null);
  }

  open(round: AgendaSolicitation, alongside: Alongside): Promise<void> {
    return this.state.write((w) => {
      const key = keyOf(round.regionId, round.meetingId);
      w.require(!this.rounds.has(key), () => new AlreadyTakenError('agenda-solicitation', round.meetingId));
      w.then(() => this.rounds.set(key, copy(round)));
      w.alongside(alongside);
    });
  }

  save(change: Change<AgendaSolicitation>, alongside: Alongside): Promise<void> {
    return this.state.write((w) => {
      const key = keyOf(change.current.regionId, change.current.meetingId);
      const stored = this.rounds.get(key);
      const record = { type: 'AgendaSolicitation', id: change.current.meetingId };
      w.require(stored !== undefined, () => new RecordMissingError(record));
      w.require(!stored || stored.version === change.current.version, () => new StaleVersionError(record));
      w.then(() => this.rounds.set(key, copy(change.next)));
      w.alongside(alongside);
    });
  }

  async replies(regionId: string, meetingId: string): Promise<SolicitationReply[]> {
    return [...this.replyItems.values()]
      .filter((r) => r.regionId === regionId && r.meetingId === meetingId)
      .sort((a, b) => (a.unitId < b.unitId ? -1 : 1))
      .map(copy);
  }

  async getReply(regionId: string, meetingId: string, unitId: string): Promise<SolicitationReply | null> {
    return copy(this.replyItems.get(keyOf(regionId, meetingId, unitId)) ?? null);
  }

  async getReplies(regionId: string, keys: readonly { meetingId: string; unitId: string }[]): Promise<(SolicitationReply | null)[]> {
    return keys.map((k) => copy(this.replyItems.get(keyOf(regionId, k.meetingId, k.unitId)) ?? null));
  }

  saveReply(change: { current: SolicitationReply | null; next: SolicitationReply }, alongside: Alongside): Promise<void> {
    return this.state.write((w) => {
      const { next } = change;
      this.requireReplyAt(w, next, change.current?.version ?? null);
      const round = this.rounds.get(keyOf(next.regionId, next.meetingId));
      const record = { type: 'AgendaSolicitation', id: next.meetingId };
      w.require(round !== undefined, () => new RecordMissingError(record));
      w.require(!round || round.state === 'OPEN', () => new GuardFailedError(record, 'state'));
      w.then(() => this.replyItems.set(keyOf(next.regionId, next.meetingId, next.unitId), copy(next)));
      w.alongside(alongside);
    });
  }

  adopt(meeting: Change<Meeting>, reply: Change<SolicitationReply>, alongside: Alongside, replyAudit: AuditEntry): Promise<void> {
    return this.state.write((w) => {
      const key = keyOf(meeting.current.regionId, meeting.current.id);
      const stored = this.state.meetings.get(key);
      const record = { type: 'Meeting', id: meeting.current.id };
      w.require(stored !== undefined, () => new RecordMissingError(record));
      w.require(!stored || stored.version === meeting.current.version, () => new StaleVersionError(record));
      this.requireReplyAt(w, reply.next, reply.current.version);
      w.then(() => this.state.meetings.set(key, copy(meeting.next)));
      w.then(() => this.replyItems.set(keyOf(reply.next.regionId, reply.next.meetingId, reply.next.unitId), copy(reply.next)));
      w.alongside({ audit: replyAudit });
      w.alongside(alongside);
    });
  }

  async openForUnit(regionId: string, unitId: string, now: string, limit: number): Promise<AgendaSolicitation[]> {
    return [...this.rounds.values()]
      .filter((r) => r.regionId === regionId && r.state === 'OPEN' && r.askedUnitIds.includes(unitId) && `${r.closesAt}#${r.meetingId}` >= now)
      .sort((a, b) => (`${a.closesAt}#${a.meetingId}` < `${b.closesAt}#${b.meetingId}` ? -1 : 1))
      .slice(0, limit)
      .map(copy);
  }

  private requireReplyAt(w: MemoryWrite, reply: SolicitationReply, version: number | null): void {
    const stored = this.replyItems.get(keyOf(reply.regionId, reply.meetingId, reply.unitId));
    w.require((stored?.version ?? null) === version, () => new StaleVersionError({ type: 'SolicitationReply', id: `${reply.meetingId}.${reply.unitId}` }));
  }
}
