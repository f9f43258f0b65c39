import { authorize } from '../../auth/policy';
import { hasRole, type Principal, type RegionPrincipal } from '../../auth/principal';
import { recordChange } from '../audit/service';
import { badInput, conflict, notFound, type DomainError } from '../errors';
import { pageRequest, readPage } from '../paging';
import type { Ports } from '../ports';
import { PAIRING_TARGET_KINDS, type Unit } from '../units/unit';
import { parseInput, todayInChina } from '../validation';
import type { PersonalDataVault } from '../vault';
import { AlreadyTakenError, GuardFailedError, RecordMissingError, refusing, StaleVersionError, type WriteRefusedError } from '../write-refusals';
import { maskIdNumber } from './id-number';
import { MEMBER_AUDIT, onRoster, type Member, type MemberTransfer, type ProtectedIdNumber } from './member';
import { memberPolicy } from './policy';
import { MEMBER_GUARDS } from './ports';
import {
  assertMemberConsistent, createMemberInput, type CreateMemberInput, memberFilterInput, removeMemberInput, transferMemberInput, updateMemberInput,
  updateOwnPhoneInput,
} from './rules';

type PageArgs = { first?: number | null; after?: string | null };

/** The roster, by name. A unit liaison's roster is its own unit's, whatever the filter asks. */
export async function listMembers(principal: Principal, args: PageArgs & { filter?: unknown }, ports: Ports) {
  const filter = parseInput(memberFilterInput, args.filter);
  const ownUnitOnly = !hasRole(principal, 'REGION_ADMIN');
  if (ownUnitOnly && !filter.unitId) filter.unitId = principal.unitId;
  const caller = authorize(principal, memberPolicy.list, { unitId: filter.unitId });
  return readPage(ports.members.list(caller.regionId, filter, pageRequest(args)));
}

/** A unit's members: visible to whoever may see the roster of that unit. */
export function listUnitMembers(principal: Principal, unitId: string, args: PageArgs, ports: Ports) {
  return listMembers(principal, { ...args, filter: { unitId } }, ports);
}

/**
 * One member, by the per-request loader. Read before the check (the rule depends on the member's unit);
 * a caller without the right gets FORBIDDEN whether or not the member exists.
 */
export async function getMember(principal: Principal, memberId: string, load: (id: string) => Promise<Member | null>) {
  authorize(principal, memberPolicy.read, { unitId: principal.unitId, memberId });
  const member = await load(memberId);
  authorize(principal, memberPolicy.read, { unitId: member?.unitId, memberId });
  return member;
}

/** The signed-in member's own record (`viewer.member`). */
export async function viewerMember(principal: Principal, load: (id: string) => Promise<Member | null>) {
  if (!principal.memberId || principal.regionId === null) return null;
  return load(principal.memberId);
}

export async function listTransfers(principal: Principal, member: Member, args: PageArgs, ports: Ports) {
  const caller = authorize(principal, memberPolicy.read, { unitId: member.unitId, memberId: member.id });
  return readPage(ports.members.listTransfers(caller.regionId, member.id, pageRequest(args)));
}

export async function createMember(principal: Principal, input: unknown, ports: Ports): Promise<Member> {
  const caller = authorize(principal, memberPolicy.create, { unitId: unitIdOf(input, 'unitId') });
  const data = parseInput(createMemberInput, input);
  assertMemberConsistent(data, todayInChina(ports.now()));
  await checkUnits(caller, { unitId: data.unitId, communityId: data.communityId ?? null }, ports);
  const member = await newMember(caller, data, ports);
  await assertNumberFree(caller, member.idNumber, null, ports);
  await refusing(ports.members.create(member, { audit: createdMemberAudit(caller, ports, member) }), (r) => memberRefusal(r, member));
  return member;
}

/** A new member on the roster from a checked input, its ID number protected: what createMember and an import write. */
export async function newMember(caller: RegionPrincipal, data: CreateMemberInput, ports: Ports): Promise<Member> {
  const now = ports.now().toISOString();
  return {
    id: ports.newId(),
    regionId: caller.regionId,
    name: data.name,
    gender: data.gender,
    birthDate: data.birthDate,
    idNumber: await protectIdNumber(ports.vault, data.idNumber),
    phone: data.phone ?? null,
    status: data.status,
    joinedOn: data.joinedOn,
    category: data.category,
    unitId: data.unitId,
    communityId: data.communityId ?? null,
    roles: data.roles ?? [],
    note: data.note ?? null,
    departure: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
}

/** The audit entry of a member created by createMember or an import. */
export const createdMemberAudit = (caller: RegionPrincipal, ports: Ports, member: Member, operation = 'createMember') =>
  audit(caller, ports, operation, null, member);

export async function updateMember(principal: Principal, input: unknown, ports: Ports): Promise<Member> {
  const data = parseInput(updateMemberInput, input);
  const { caller, current } = await memberOnRoster(principal, memberPolicy.update, data.id, ports, data.version);
  const { id: _id, version: _version, idNumber: newNumber, ...profile } = data;
  const next: Member = { ...current, version: data.version + 1, updatedAt: ports.now().toISOString() };
  for (const [field, value] of Object.entries(profile)) {
    if (value !== undefined) Object.assign(next, { [field]: value });
  }
  next.roles = data.roles === undefined ? current.roles : (data.roles ?? []);
  if (newNumber !== undefined) next.idNumber = await protectIdNumber(ports.vault, newNumber);
  const identityChanged = newNumber !== undefined || next.birthDate !== current.birthDate || next.gender !== current.gender;
  if (identityChanged || next.joinedOn !== current.joinedOn) {
    const plain = newNumber ?? (await ports.vault.open(current.idNumber.sealed));
    assertMemberConsistent({ ...next, idNumber: plain }, todayInChina(ports.now()), { idNumberGiven: newNumber !== undefined });
  }
  if (next.communityId !== current.communityId) await checkUnits(caller, { unitId: null, communityId: next.communityId }, ports);
  if (next.idNumber.fingerprint !== current.idNumber.fingerprint) await assertNumberFree(caller, next.idNumber, current.id, ports);
  await refusing(
    ports.members.save({ current: { ...current, version: data.version }, next }, { audit: audit(caller, ports, 'updateMember', current, next) }),
    (r) => memberRefusal(r, next),
  );
  return next;
}

/** A member corrects its own phone (a member's token); nothing else of its record. */
export async function updateOwnPhone(principal: Principal, input: unknown, ports: Ports): Promise<Member> {
  const caller = authorize(principal, memberPolicy.updateOwnPhone, { memberId: principal.memberId });
  const data = parseInput(updateOwnPhoneInput, input);
  const current = await existingMember(caller, caller.memberId!, ports, data.version);
  if (!onRoster(current)) throw badInput('version', '你已不在党员名册中');
  const next: Member = { ...current, phone: data.phone ?? null, version: data.version + 1, updatedAt: ports.now().toISOString() };
  await refusing(
    ports.members.save({ current: { ...current, version: data.version }, next }, { audit: audit(caller, ports, 'updateMyPhone', current, next) }),
    (r) => memberRefusal(r, next),
  );
  return next;
}

/** Takes a member off the roster (出党, 死亡 …): the record and its history stay, out of every list and count. */
export async function removeMember(principal: Principal, input: unknown, ports: Ports): Promise<Member> {
  const data = parseInput(removeMemberInput, input);
  const { caller, current } = await memberOnRoster(principal, memberPolicy.remove, data.id, ports, data.version);
  const today = todayInChina(ports.now());
  const on = data.removedOn ?? today;
  if (on > today) throw badInput('removedOn', '减少日期不能晚于今天');
  const next: Member = {
    ...current,
    departure: { on, reason: data.reason, destination: null, note: data.note ?? null },
    version: data.version + 1,
    updatedAt: ports.now().toISOString(),
  };
  await refusing(
    ports.members.save({ current: { ...current, version: data.version }, next }, { audit: audit(caller, ports, 'removeMember', current, next) }),
    (r) => memberRefusal(r, next),
  );
  return next;
}

/**
 * 组织关系转接 (004 art.9): to another unit of the region — both units' counts move in the same write — or
 * out of the region, which takes the member off the roster with the destination recorded.
 */
export async function transferMember(principal: Principal, input: unknown, ports: Ports): Promise<Member> {
  const data = parseInput(transferMemberInput, input);
  const { caller, current } = await memberOnRoster(principal, memberPolicy.transfer, data.memberId, ports, data.version);
  const today = todayInChina(ports.now());
  const on = data.transferredOn ?? today;
  if (on > today) throw badInput('transferredOn', '转接日期不能晚于今天');
  if (data.toUnitId === current.unitId) throw badInput('toUnitId', '该党员的组织关系已在这个单位');
  const [from, to] = await ports.units.getMany(caller.regionId, [current.unitId, data.toUnitId ?? current.unitId]);
  if (data.toUnitId) assertJoinable(to ?? null, 'toUnitId', '转入单位');
  const now = ports.now().toISOString();
  const next: Member = data.toUnitId
    ? { ...current, unitId: data.toUnitId }
    : { ...current, departure: { on, reason: 'TRANSFERRED_OUT', destination: data.destination ?? null, note: data.note ?? null } };
  Object.assign(next, { version: data.version + 1, updatedAt: now });
  const transfer: MemberTransfer = {
    id: ports.newId(),
    memberId: current.id,
    transferredOn: on,
    fromUnitId: current.unitId,
    fromUnitName: from?.name ?? '',
    toUnitId: data.toUnitId ?? null,
    toUnitName: data.toUnitId ? to!.name : null,
    destination: data.toUnitId ? null : (data.destination ?? null),
    letterNumber: data.letterNumber ?? null,
    note: data.note ?? null,
    recordedBy: caller.displayName,
    recordedAt: now,
  };
  const entry = audit(caller, ports, 'transferMember', current, next, { field: 'transfer', value: transferNote(transfer) });
  await refusing(ports.members.save({ current: { ...current, version: data.version }, next }, { audit: entry, transfer }), (r) =>
    memberRefusal(r, next, 'toUnitId'),
  );
  return next;
}

/** The full ID number, for the secretariat; the reveal is written to the audit trail before it is shown. */
export async function revealMemberIdNumber(principal: Principal, memberId: string, ports: Ports): Promise<string> {
  const caller = authorize(principal, memberPolicy.reveal);
  const member = await existingMember(caller, memberId, ports);
  const plain = await ports.vault.open(member.idNumber.sealed);
  const entry = recordChange(caller, ports, MEMBER_AUDIT, {
    operation: 'revealMemberIdNumber',
    recordId: member.id,
    version: member.version,
    before: null,
    after: null,
    note: { field: 'idNumber', value: `查看完整身份证号码 ${member.idNumber.masked}` },
  });
  await refusing(ports.members.recordAccess(member, { audit: entry }), (r) => memberRefusal(r, member));
  return plain;
}

/** The fingerprint, sealed copy and masked form of a (valid, canonical) ID number. */
export async function protectIdNumber(vault: PersonalDataVault, idNumber: string): Promise<ProtectedIdNumber> {
  const [fingerprint, sealed] = await Promise.all([vault.fingerprint(idNumber), vault.seal(idNumber)]);
  return { fingerprint, sealed, masked: maskIdNumber(idNumber) };
}

async function existingMember(caller: RegionPrincipal, memberId: string, ports: Ports, version?: number): Promise<Member> {
  const member = await ports.members.get(caller.regionId, memberId);
  if (!member) throw notFound('党员', memberId);
  if (version !== undefined && member.version !== version) throw conflict();
  return member;
}

/** A member on the roster the caller may act on (by the member's unit), at the version given. */
async function memberOnRoster(principal: Principal, access: (typeof memberPolicy)[keyof typeof memberPolicy], memberId: string, ports: Ports, version: number) {
  // Who may act at all comes first; which member, once its unit is known.
  const regionCaller = authorize(principal, access, { unitId: principal.unitId });
  const current = await existingMember(regionCaller, memberId, ports);
  const caller = authorize(principal, access, { unitId: current.unitId });
  if (!onRoster(current)) throw badInput('id', '该党员已不在党员名册中');
  if (current.version !== version) throw conflict();
  return { caller, current };
}

/** Unit and community as a member record needs them: the unit taking part, the community a 社区 or 村. */
async function checkUnits(caller: RegionPrincipal, ids: { unitId: string | null; communityId: string | null }, ports: Ports) {
  const wanted = [ids.unitId, ids.communityId].filter((id): id is string => Boolean(id));
  const units = await ports.units.getMany(caller.regionId, wanted);
  const found = new Map(units.filter((u): u is Unit => u !== null).map((u) => [u.id, u]));
  if (ids.unitId) assertJoinable(found.get(ids.unitId) ?? null, 'unitId', '所在党组织');
  if (ids.communityId) {
    const community = found.get(ids.communityId);
    if (!community) throw badInput('communityId', '居住社区不存在');
    if (!PAIRING_TARGET_KINDS.includes(community.hostKind) && community.allianceRole !== 'COMMUNITY_ORGANIZATION') {
      throw badInput('communityId', '居住社区须为社区或村党组织');
    }
  }
}

/** A unit a member may join: there, and not withdrawn from the alliance (a suspended unit keeps its roster). */
function assertJoinable(unit: Unit | null, field: string, label: string): asserts unit is Unit {
  if (!unit) throw badInput(field, `${label}不存在`);
  if (unit.status === 'WITHDRAWN') throw badInput(field, `${label}已退出联盟，不能转入党员`);
}

/** Fails early with the holder's name; the write's guard still decides under a race. */
async function assertNumberFree(caller: RegionPrincipal, idNumber: ProtectedIdNumber, self: string | null, ports: Ports) {
  const holder = await ports.members.findByFingerprint(caller.regionId, idNumber.fingerprint);
  if (holder && holder.id !== self) throw duplicateNumber(holder.name);
}

const duplicateNumber = (holder?: string) =>
  badInput('idNumber', holder ? `本区域名册中已有该身份证号码的党员（${holder}）` : '本区域名册中已有该身份证号码的党员');

/** What the user reads when a member write is refused. */
export function memberRefusal(refusal: WriteRefusedError, member: Pick<Member, 'id'>, unitField = 'unitId'): DomainError | undefined {
  if (refusal instanceof AlreadyTakenError && refusal.guard === MEMBER_GUARDS.idNumber) return duplicateNumber();
  if (refusal instanceof RecordMissingError) {
    if (refusal.record.type === 'Member') return notFound('党员', member.id);
    if (refusal.record.type === 'Unit') return badInput(unitField, '单位不存在');
  }
  if (refusal instanceof StaleVersionError && refusal.record.type === 'Member') return conflict();
  if (refusal instanceof GuardFailedError && refusal.guard === MEMBER_GUARDS.unitActive) return badInput(unitField, '单位已退出联盟，不能转入党员');
  return undefined;
}

/** The unit id an input names, read before the input is checked (for the own-unit permission). */
const unitIdOf = (input: unknown, field: string): string | undefined => {
  const value = (input as Record<string, unknown> | null)?.[field];
  return typeof value === 'string' ? value : undefined;
};

const transferNote = (t: MemberTransfer) =>
  `${t.fromUnitName} → ${t.toUnitName ?? `区域外：${t.destination ?? ''}`}${t.letterNumber ? `（介绍信 ${t.letterNumber}）` : ''}`;

const audit = (
  caller: RegionPrincipal,
  ports: Ports,
  operation: string,
  before: Member | null,
  after: Member | null,
  note?: { field: string; value: string | null | undefined },
) => recordChange(caller, ports, MEMBER_AUDIT, { operation, recordId: (after ?? before)!.id, version: after?.version ?? null, before, after, note });
