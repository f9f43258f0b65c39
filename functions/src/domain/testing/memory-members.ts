import { createHash } from 'node:crypto';
import type { Alongside } from '../alongside';
import { onRoster, type Member, type MemberTransfer } from '../members/member';
import type { MemberImport } from '../members/member-import';
import { MEMBER_GUARDS, type MemberChange, type MemberImportStore, type MemberStore } from '../members/ports';
import type { MemberFilter } from '../members/rules';
import { nameKey, nameSortKey } from '../names';
import type { Page, PageRequest } from '../paging';
import type { PersonalDataVault } from '../vault';
import { AlreadyTakenError, RecordMissingError, StaleVersionError } from '../write-refusals';
import { pageOf } from './memory-paging';
import { copy, keyOf, type MemoryState, type MemoryWrite } from './memory-state';
import type { MemoryUnitStore } from './memory-units';

const memberRef = (member: Pick<Member, 'id'>) => ({ type: 'Member', id: member.id });

/**
 * MemberStore in memory, keeping the promises of store/member-repository.ts: one member on the roster per
 * ID-number fingerprint, the units' member counts changed in the same write, departed members out of
 * every list, transfers newest first.
 */
export class MemoryMemberStore implements MemberStore {
  constructor(
    private readonly state: MemoryState,
    private readonly units: MemoryUnitStore,
  ) {}

  async get(regionId: string, memberId: string): Promise<Member | null> {
    return copy(this.state.members.get(keyOf(regionId, memberId)) ?? null);
  }

  async getMany(regionId: string, memberIds: readonly string[]): Promise<(Member | null)[]> {
    return memberIds.map((id) => copy(this.state.members.get(keyOf(regionId, id)) ?? null));
  }

  async findByFingerprint(regionId: string, fingerprint: string): Promise<Member | null> {
    const id = this.state.memberNumbers.get(keyOf(regionId, fingerprint));
    return id ? this.get(regionId, id) : null;
  }

  async fingerprintsOnRoster(regionId: string, fingerprints: readonly string[]): Promise<Set<string>> {
    return new Set(fingerprints.filter((fp) => this.state.memberNumbers.has(keyOf(regionId, fp))));
  }

  async list(regionId: string, filter: MemberFilter, page: PageRequest): Promise<Page<Member>> {
    const matching = [...this.state.members.values()].filter((m) => m.regionId === regionId && onRoster(m) && matches(m, filter));
    const entries = await Promise.all(matching.map(async (m) => ({ key: `${await nameSortKey(m.name)}#${m.id}`, node: copy(m) })));
    return pageOf(entries, page, { regionId, list: ['members', filter], order: 'ascending' });
  }

  async listTransfers(regionId: string, memberId: string, page: PageRequest): Promise<Page<MemberTransfer>> {
    const entries = this.state.memberTransfers
      .filter((t) => t.regionId === regionId && t.memberId === memberId)
      .map(({ regionId: _r, ...t }) => ({ key: `${t.recordedAt}#${t.id}`, node: copy(t) }));
    return pageOf(entries, page, { regionId, list: ['transfers', memberId], order: 'descending' });
  }

  create(member: Member, alongside: Alongside): Promise<void> {
    return this.state.write((w) => {
      const key = keyOf(member.regionId, member.id);
      w.require(!this.state.members.has(key), () => new AlreadyTakenError('member-id', member.id));
      w.then(() => this.state.members.set(key, copy(member)));
      this.takeNumber(w, member);
      this.count(w, null, member);
      w.alongside(alongside);
    });
  }

  createMany(members: readonly { member: Member; alongside: Alongside }[]): Promise<void> {
    return this.state.write((w) => {
      const counts = new Map<string, { all: number; full: number }>();
      for (const { member, alongside } of members) {
        const key = keyOf(member.regionId, member.id);
        w.require(!this.state.members.has(key), () => new AlreadyTakenError('member-id', member.id));
        w.then(() => this.state.members.set(key, copy(member)));
        this.takeNumber(w, member);
        w.alongside(alongside);
        const count = counts.get(member.unitId) ?? { all: 0, full: 0 };
        count.all += 1;
        if (member.status === 'FULL') count.full += 1;
        counts.set(member.unitId, count);
      }
      for (const [unitId, count] of counts) this.units.changeMemberCount(w, members[0]!.member.regionId, unitId, count);
    });
  }

  save(change: MemberChange, alongside: Alongside & { transfer?: MemberTransfer }): Promise<void> {
    const { current, next } = change;
    return this.state.write((w) => {
      const key = keyOf(current.regionId, current.id);
      const stored = this.state.members.get(key);
      w.require(stored !== undefined, () => new RecordMissingError(memberRef(current)));
      w.require(!stored || stored.version === current.version, () => new StaleVersionError(memberRef(current)));
      w.then(() => this.state.members.set(key, copy(next)));
      const moved = current.idNumber.fingerprint !== next.idNumber.fingerprint;
      if (onRoster(current) && (!onRoster(next) || moved)) w.then(() => this.state.memberNumbers.delete(keyOf(current.regionId, current.idNumber.fingerprint)));
      if (onRoster(next) && (!onRoster(current) || moved)) this.takeNumber(w, next);
      this.count(w, current, next);
      if (alongside.transfer) {
        const transfer = alongside.transfer;
        w.then(() => this.state.memberTransfers.push({ ...copy(transfer), regionId: next.regionId }));
      }
      w.alongside(alongside);
    });
  }

  recordAccess(member: Member, alongside: Alongside): Promise<void> {
    return this.state.write((w) => {
      w.require(this.state.members.has(keyOf(member.regionId, member.id)), () => new RecordMissingError(memberRef(member)));
      w.alongside(alongside);
    });
  }

  private takeNumber(w: MemoryWrite, member: Member): void {
    const key = keyOf(member.regionId, member.idNumber.fingerprint);
    w.require(!this.state.memberNumbers.has(key), () => new AlreadyTakenError(MEMBER_GUARDS.idNumber, member.id));
    w.then(() => this.state.memberNumbers.set(key, member.id));
  }

  private count(w: MemoryWrite, current: Member | null, next: Member): void {
    const deltas = new Map<string, { all: number; full: number }>();
    for (const [member, sign] of [[current, -1], [next, 1]] as const) {
      if (!member || !onRoster(member)) continue;
      const delta = deltas.get(member.unitId) ?? { all: 0, full: 0 };
      delta.all += sign;
      if (member.status === 'FULL') delta.full += sign;
      deltas.set(member.unitId, delta);
    }
    for (const [unitId, delta] of deltas) {
      if (delta.all !== 0 || delta.full !== 0) this.units.changeMemberCount(w, next.regionId, unitId, delta);
    }
  }
}

function matches(member: Member, filter: MemberFilter): boolean {
  return (
    (!filter.unitId || member.unitId === filter.unitId) &&
    (!filter.communityId || member.communityId === filter.communityId) &&
    (!filter.category || member.category === filter.category) &&
    (!filter.status || member.status === filter.status) &&
    (!filter.role || member.roles.includes(filter.role)) &&
    (!filter.namePrefix || nameKey(member.name).startsWith(filter.namePrefix))
  );
}

/** A vault for tests: fingerprints are hashes and sealed text is encoded, never the value as given. */
export const memoryVault: PersonalDataVault = {
  fingerprint: async (value) => createHash('sha256').update(`memory-vault:${value}`).digest('base64url'),
  seal: async (value) => `sealed:${Buffer.from(value, 'utf8').toString('base64url')}`,
  open: async (sealed) => Buffer.from(sealed.replace(/^sealed:/, ''), 'base64url').toString('utf8'),
};

/** Member imports in memory (store/member-import-repository.ts): created once, saved at their version. */
export class MemoryMemberImportStore implements MemberImportStore {
  constructor(private readonly state: MemoryState) {}

  async get(regionId: string, importId: string): Promise<MemberImport | null> {
    return copy(this.state.memberImports.get(keyOf(regionId, importId)) ?? null);
  }

  async list(regionId: string, page: PageRequest): Promise<Page<MemberImport>> {
    const entries = [...this.state.memberImports.values()].filter((j) => j.regionId === regionId).map((j) => ({ key: `${j.createdAt}#${j.id}`, node: copy(j) }));
    return pageOf(entries, page, { regionId, list: ['member-imports'], order: 'descending' });
  }

  create(job: MemberImport, alongside: Alongside): Promise<void> {
    return this.state.write((w) => {
      const key = keyOf(job.regionId, job.id);
      w.require(!this.state.memberImports.has(key), () => new AlreadyTakenError('member-import-id', job.id));
      w.then(() => this.state.memberImports.set(key, copy(job)));
      w.alongside(alongside);
    });
  }

  save(change: { current: MemberImport; next: MemberImport }, alongside?: Alongside): Promise<void> {
    const { current, next } = change;
    return this.state.write((w) => {
      const key = keyOf(current.regionId, current.id);
      const stored = this.state.memberImports.get(key);
      const record = { type: 'MemberImport', id: current.id };
      w.require(stored !== undefined, () => new RecordMissingError(record));
      w.require(!stored || stored.version === current.version, () => new StaleVersionError(record));
      w.then(() => this.state.memberImports.set(key, copy(next)));
      if (alongside) w.alongside(alongside);
    });
  }
}
