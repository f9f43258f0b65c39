import type { Alongside } from '../alongside';
import type { Page, PageRequest } from '../paging';
import type { Member, MemberTransfer } from './member';
import type { MemberImport } from './member-import';
import type { MemberFilter } from './rules';

/**
 * Conditions a member write can fail on, in the members area's words (AlreadyTakenError.guard,
 * GuardFailedError.guard); the use cases decide what the user reads.
 */
export const MEMBER_GUARDS = {
  /** Another member of the region has this ID number (by its fingerprint). */
  idNumber: 'member-id-number',
  /** The unit the member joins is withdrawn (or gone). */
  unitActive: 'unit-active',
} as const;

/**
 * A change of a member: the state read and the state to write. The unit counts follow from the two
 * (on the roster or not, which unit, full or probationary); the store adds the difference to each unit.
 */
export interface MemberChange {
  current: Member;
  next: Member;
}

/**
 * The region's roster. Every write is all-or-nothing with its units' member counts (memberCount,
 * fullMemberCount, by adding: exact under concurrency) and what goes alongside; refusals
 * (write-refusals.ts):
 * - `create`: AlreadyTaken(idNumber guard) for a number already on the roster; AlreadyTaken('member-id');
 *   RecordMissing(Unit) for a unit that is gone; GuardFailed(unit, unitActive) for a withdrawn unit.
 * - `save`: RecordMissing/StaleVersion(Member); AlreadyTaken(idNumber) when the number changed to one in
 *   use; for a change of unit (a transfer) the new unit's refusals as in create. A member leaving the
 *   roster (`next.departure`) frees its number and leaves every list; `transfer` goes with it when given.
 */
export interface MemberStore {
  get(regionId: string, memberId: string): Promise<Member | null>;
  getMany(regionId: string, memberIds: readonly string[]): Promise<(Member | null)[]>;
  /** The member on the roster holding this ID-number fingerprint, if any. */
  findByFingerprint(regionId: string, fingerprint: string): Promise<Member | null>;
  /** Which of these fingerprints are on the roster (batched reads of the number guards). */
  fingerprintsOnRoster(regionId: string, fingerprints: readonly string[]): Promise<Set<string>>;
  /** Members on the roster by name (pinyin order), filtered; see docs/data-model.md. */
  list(regionId: string, filter: MemberFilter, page: PageRequest): Promise<Page<Member>>;
  /** A member's transfers, newest first. */
  listTransfers(regionId: string, memberId: string, page: PageRequest): Promise<Page<MemberTransfer>>;
  create(member: Member, alongside: Alongside): Promise<void>;
  /**
   * Several new members in one all-or-nothing write (an import's batch), each with its audit entry, the
   * units' counts added once per unit; refused as a whole with the first refusal `create` would give.
   * At most MAX_MEMBERS_PER_WRITE members, fewer when they hold many roles (`membersPerWrite`).
   */
  createMany(members: readonly { member: Member; alongside: Alongside }[]): Promise<void>;
  /** A change at `current.version`, with a transfer record when it is one. */
  save(change: MemberChange, alongside: Alongside & { transfer?: MemberTransfer }): Promise<void>;
  /** An access worth a line in the trail (a reveal): written only while the member exists (RecordMissing). */
  recordAccess(member: Member, alongside: Alongside): Promise<void>;
}

/** Member imports (their rows are in the files bucket, sealed; see member-import.ts). */
export interface MemberImportStore {
  get(regionId: string, importId: string): Promise<MemberImport | null>;
  /** The region's imports, newest first. */
  list(regionId: string, page: PageRequest): Promise<Page<MemberImport>>;
  create(job: MemberImport, alongside: Alongside): Promise<void>;
  /** At `current.version` (StaleVersion otherwise: another step ran meanwhile); with an audit entry when it is worth one. */
  save(change: { current: MemberImport; next: MemberImport }, alongside?: Alongside): Promise<void>;
}

/** DynamoDB's 100 items per transaction: what one member of a createMany takes, and how many fit. */
export const MAX_ITEMS_PER_WRITE = 100;
export const itemsOfNewMember = (member: Pick<Member, 'roles'>) => 3 + member.roles.length;
