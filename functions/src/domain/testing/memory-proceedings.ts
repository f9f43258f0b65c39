import type { Alongside, Change } from '../alongside';
import type { Credit } from '../engagement/points';
import type { Meeting, MeetingStatus } from '../meetings/meeting';
import type { ActionItemFilter, ProceedingsStore } from '../meetings/ports';
import { attendanceId, type ActionItem, type Attendance, type MeetingOpinion, type Minutes, type MinutesVersion, type Resolution, type ResolutionReceipt, type UnitPosition } from '../meetings/proceedings';
import type { Page, PageRequest } from '../paging';
import { AlreadyTakenError, GuardFailedError, RecordMissingError, StaleVersionError } from '../write-refusals';
import { creditIn } from './memory-engagement-records';
import { compareKeys, pageOf } from './memory-paging';
import { copy, keyOf, type MemoryState } from './memory-state';

/** Copies in the order the store's sort keys give them (the meeting's partition: `ATTEND#{unit}`, `MINUTES#{item}` …). */
const inKeyOrder = <T>(records: T[], key: (record: T) => string): T[] => records.sort((a, b) => compareKeys(key(a), key(b))).map(copy);

/** A meeting's proceedings in memory, keeping the promises of ProceedingsStore (meetings/ports.ts). */
export class MemoryProceedingsStore implements ProceedingsStore {
  private readonly attendances = new Map<string, Attendance>();
  private readonly checkInFailuresByKey = new Map<string, number>();
  private readonly opinionsByKey = new Map<string, MeetingOpinion>();
  private readonly minutesByKey = new Map<string, Minutes>();
  private readonly versions = new Map<string, MinutesVersion>();
  private readonly positionsByKey = new Map<string, UnitPosition>();
  private readonly resolutionsById = new Map<string, Resolution>();
  private readonly actionItemsById = new Map<string, ActionItem>();
  private readonly receiptsByKey = new Map<string, ResolutionReceipt>();

  constructor(private readonly state: MemoryState) {}

  async attendance(regionId: string, meetingId: string): Promise<Attendance[]> {
    const units = [...this.attendances.values()].filter((a) => a.regionId === regionId && a.meetingId === meetingId && !a.invitedMemberId);
    return inKeyOrder(units, (a) => a.unitId);
  }

  async memberAttendance(regionId: string, meetingId: string): Promise<Attendance[]> {
    const members = [...this.attendances.values()].filter((a) => a.regionId === regionId && a.meetingId === meetingId && a.invitedMemberId);
    return inKeyOrder(members, (a) => a.invitedMemberId!);
  }

  async checkInFailures(regionId: string, meetingId: string, callerId: string): Promise<number> {
    return this.checkInFailuresByKey.get(keyOf(regionId, meetingId, callerId)) ?? 0;
  }

  async addCheckInFailure(regionId: string, meetingId: string, callerId: string): Promise<number> {
    const key = keyOf(regionId, meetingId, callerId);
    const count = (this.checkInFailuresByKey.get(key) ?? 0) + 1;
    this.checkInFailuresByKey.set(key, count);
    return count;
  }

  async getAttendance(regionId: string, meetingId: string, unitId: string): Promise<Attendance | null> {
    return copy(this.attendances.get(keyOf(regionId, meetingId, unitId)) ?? null);
  }

  async getMemberAttendance(regionId: string, meetingId: string, memberId: string): Promise<Attendance | null> {
    return copy(this.attendances.get(keyOf(regionId, meetingId, 'member', memberId)) ?? null);
  }

  saveAttendance(change: { current: Attendance | null; next: Attendance }, alongside: Alongside, credit?: Credit): Promise<void> {
    return this.state.write((w) => {
      const { next } = change;
      const key = next.invitedMemberId ? keyOf(next.regionId, next.meetingId, 'member', next.invitedMemberId) : keyOf(next.regionId, next.meetingId, next.unitId);
      const stored = this.attendances.get(key);
      w.require((stored?.version ?? null) === (change.current?.version ?? null), () => new StaleVersionError({ type: 'MeetingAttendance', id: attendanceId(next) }));
      if (credit) creditIn(this.state, w, credit);
      w.then(() => this.attendances.set(key, copy(next)));
      w.alongside(alongside);
    });
  }

  async opinions(regionId: string, meetingId: string, page: PageRequest): Promise<Page<MeetingOpinion>> {
    const entries = [...this.opinionsByKey.values()]
      .filter((o) => o.regionId === regionId && o.meetingId === meetingId)
      .map((o) => ({ key: `${o.agendaItemId}#${o.unitId}`, node: copy(o) }));
    return pageOf(entries, page, { regionId, list: ['opinions', meetingId], order: 'ascending' });
  }

  putOpinion(opinion: MeetingOpinion, alongside: Alongside): Promise<void> {
    return this.state.write((w) => {
      w.then(() => this.opinionsByKey.set(keyOf(opinion.regionId, opinion.meetingId, opinion.agendaItemId, opinion.unitId), copy(opinion)));
      w.alongside(alongside);
    });
  }

  async minutes(regionId: string, meetingId: string): Promise<Minutes[]> {
    return inKeyOrder([...this.minutesByKey.values()].filter((m) => m.regionId === regionId && m.meetingId === meetingId), (m) => m.agendaItemId);
  }

  async getMinutes(regionId: string, meetingId: string, agendaItemId: string): Promise<Minutes | null> {
    return copy(this.minutesByKey.get(keyOf(regionId, meetingId, agendaItemId)) ?? null);
  }

  saveMinutes(change: { current: Minutes | null; next: Minutes }, version: MinutesVersion, alongside: Alongside, meetingIn: readonly MeetingStatus[]): Promise<void> {
    return this.state.write((w) => {
      const { next } = change;
      this.requireMeetingIn(w, next.regionId, next.meetingId, meetingIn);
      const key = keyOf(next.regionId, next.meetingId, next.agendaItemId);
      const stored = this.minutesByKey.get(key);
      w.require((stored?.version ?? null) === (change.current?.version ?? null), () => new StaleVersionError({ type: 'Minutes', id: `${next.meetingId}/${next.agendaItemId}` }));
      w.then(() => {
        this.minutesByKey.set(key, copy(next));
        this.versions.set(keyOf(version.regionId, version.meetingId, version.agendaItemId, String(version.version)), copy(version));
      });
      w.alongside(alongside);
    });
  }

  async minutesVersions(regionId: string, meetingId: string, agendaItemId: string, page: PageRequest): Promise<Page<MinutesVersion>> {
    const entries = [...this.versions.values()]
      .filter((v) => v.regionId === regionId && v.meetingId === meetingId && v.agendaItemId === agendaItemId)
      .map((v) => ({ key: String(v.version).padStart(6, '0'), node: copy(v) }));
    return pageOf(entries, page, { regionId, list: ['minutesVersions', meetingId, agendaItemId], order: 'descending' });
  }

  async positions(regionId: string, meetingId: string, agendaItemId?: string): Promise<UnitPosition[]> {
    return inKeyOrder(
      [...this.positionsByKey.values()].filter((p) => p.regionId === regionId && p.meetingId === meetingId && (agendaItemId === undefined || p.agendaItemId === agendaItemId)),
      (p) => `${p.agendaItemId}#${p.unitId}`,
    );
  }

  putPositions(positions: readonly UnitPosition[], alongside: Alongside, meetingIn: readonly MeetingStatus[]): Promise<void> {
    return this.state.write((w) => {
      for (const meetingId of new Set(positions.map((p) => p.meetingId))) this.requireMeetingIn(w, positions[0]!.regionId, meetingId, meetingIn);
      w.then(() => {
        for (const p of positions) this.positionsByKey.set(keyOf(p.regionId, p.meetingId, p.agendaItemId, p.unitId), copy(p));
      });
      w.alongside(alongside);
    });
  }

  approve(change: Change<Meeting>, resolutions: readonly Resolution[], alongside: Alongside): Promise<void> {
    return this.state.write((w) => {
      const { current, next } = change;
      // As the store: two resolutions of one agenda item in one call are a caller's bug (one transaction, one key).
      const items = resolutions.map((r) => r.agendaItemId);
      if (new Set(items).size !== items.length) throw new Error(`approve: two resolutions for one agenda item of meeting ${current.id}`);
      const key = keyOf(current.regionId, current.id);
      const stored = this.state.meetings.get(key);
      w.require(stored !== undefined, () => new RecordMissingError({ type: 'Meeting', id: current.id }));
      w.require(!stored || stored.version === current.version, () => new StaleVersionError({ type: 'Meeting', id: current.id }));
      // One resolution per agenda item (the store's key of the meeting's copy), and each id once.
      const ofItem = (r: Resolution) =>
        [...this.resolutionsById.values()].some((o) => o.regionId === r.regionId && o.meetingId === r.meetingId && o.agendaItemId === r.agendaItemId);
      for (const r of resolutions) w.require(!this.resolutionsById.has(keyOf(r.regionId, r.id)) && !ofItem(r), () => new AlreadyTakenError('resolution', r.id));
      w.then(() => {
        this.state.meetings.set(key, copy(next));
        for (const r of resolutions) this.resolutionsById.set(keyOf(r.regionId, r.id), copy(r));
      });
      w.alongside(alongside);
    });
  }

  async resolutionsOf(regionId: string, meetingId: string): Promise<Resolution[]> {
    return inKeyOrder([...this.resolutionsById.values()].filter((r) => r.regionId === regionId && r.meetingId === meetingId), (r) => r.agendaItemId);
  }

  async getResolutions(regionId: string, resolutionIds: readonly string[]): Promise<(Resolution | null)[]> {
    return resolutionIds.map((id) => copy(this.resolutionsById.get(keyOf(regionId, id)) ?? null));
  }

  async resolutions(regionId: string, page: PageRequest): Promise<Page<Resolution>> {
    const entries = [...this.resolutionsById.values()].filter((r) => r.regionId === regionId).map((r) => ({ key: `${r.adoptedAt}#${r.id}`, node: copy(r) }));
    return pageOf(entries, page, { regionId, list: ['resolutions'], order: 'descending' });
  }

  async receipts(regionId: string, meetingId: string): Promise<ResolutionReceipt[]> {
    return inKeyOrder([...this.receiptsByKey.values()].filter((r) => r.regionId === regionId && r.meetingId === meetingId), (r) => r.unitId);
  }

  async getReceipts(regionId: string, refs: readonly { meetingId: string; unitId: string }[]): Promise<(ResolutionReceipt | null)[]> {
    return refs.map((r) => copy(this.receiptsByKey.get(keyOf(regionId, r.meetingId, r.unitId)) ?? null));
  }

  putReceipt(receipt: ResolutionReceipt, alongside: Alongside): Promise<void> {
    if (receipt.acknowledgedAt === null) throw new Error(`putReceipt: the receipt of ${receipt.meetingId}/${receipt.unitId} is not acknowledged`);
    return this.state.write((w) => {
      const key = keyOf(receipt.regionId, receipt.meetingId, receipt.unitId);
      w.require(!this.receiptsByKey.has(key), () => new AlreadyTakenError('resolution-receipt', `${receipt.meetingId}/${receipt.unitId}`));
      w.then(() => this.receiptsByKey.set(key, copy(receipt)));
      w.alongside(alongside);
    });
  }

  createActionItem(item: ActionItem, alongside: Alongside): Promise<void> {
    return this.state.write((w) => {
      const key = keyOf(item.regionId, item.id);
      w.require(!this.actionItemsById.has(key), () => new AlreadyTakenError('action-item-id', item.id));
      w.then(() => this.actionItemsById.set(key, copy(item)));
      w.alongside(alongside);
    });
  }

  saveActionItem(change: Change<ActionItem>, alongside: Alongside): Promise<void> {
    return this.state.write((w) => {
      const { current, next } = change;
      const key = keyOf(current.regionId, current.id);
      const stored = this.actionItemsById.get(key);
      w.require(stored !== undefined, () => new RecordMissingError({ type: 'ActionItem', id: current.id }));
      w.require(!stored || stored.version === current.version, () => new StaleVersionError({ type: 'ActionItem', id: current.id }));
      w.then(() => this.actionItemsById.set(key, copy(next)));
      w.alongside(alongside);
    });
  }

  async getActionItem(regionId: string, actionItemId: string): Promise<ActionItem | null> {
    return copy(this.actionItemsById.get(keyOf(regionId, actionItemId)) ?? null);
  }

  async actionItemsOf(regionId: string, meetingId: string): Promise<ActionItem[]> {
    return [...this.actionItemsById.values()]
      .filter((a) => a.regionId === regionId && a.meetingId === meetingId)
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
      .map(copy);
  }

  async actionItems(regionId: string, filter: ActionItemFilter, page: PageRequest): Promise<Page<ActionItem>> {
    const entries = [...this.actionItemsById.values()]
      .filter(
        (a) =>
          a.regionId === regionId &&
          (!filter.unitId || a.responsibleUnitIds.includes(filter.unitId)) &&
          (!filter.status || a.status === filter.status) &&
          (!filter.overdueOn || (a.status === 'OPEN' && a.dueOn < filter.overdueOn)),
      )
      .map((a) => ({ key: `${a.dueOn}#${a.id}`, node: copy(a) }));
    return pageOf(entries, page, { regionId, list: ['actionItems', filter], order: 'ascending' });
  }

  private requireMeetingIn(w: Parameters<Parameters<MemoryState['write']>[0]>[0], regionId: string, meetingId: string, statuses: readonly MeetingStatus[]): void {
    const meeting = this.state.meetings.get(keyOf(regionId, meetingId));
    w.require(meeting !== undefined && statuses.includes(meeting.status), () => new GuardFailedError({ type: 'Meeting', id: meetingId }, 'status'));
  }
}
