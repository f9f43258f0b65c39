import { authorize } from '../../auth/policy';
import { hasRole, type Principal } from '../../auth/principal';
import type { TransactStep } from '../../store/transact';
import { pageSize } from '../paging';
import { retryOnCounterRace } from '../retry';
import { claimUpload } from '../files/service';
import { badInput, conflict, forbidden, notFound } from '../errors';
import type { Ports } from '../ports';
import { parseInput } from '../validation';
import { auditStep } from '../audit/service';
import {
  assertMemberCounts, changeUnitStatusInput, createUnitInput, nextStatus, registerUnitInput, unitFilterInput,
  updateUnitInput, ACTIVE_STATUSES,
} from './rules';
import { PAIRING_TARGET_KINDS, type Unit } from './unit';

const FIELD_LABELS: Record<(typeof ADMIN_ONLY_FIELDS)[number], string> = {
  name: '名称', hostKind: '单位类别', level: '组织层级', allianceRole: '联盟角色', parentId: '上级单位',
};

/** Deepest tree the alliance needs (street → community → grid → group, with room to spare). */
export const MAX_TREE_DEPTH = 12;

export function listUnits(
  principal: Principal,
  args: { first?: number | null; after?: string | null; filter?: unknown },
  ports: Ports,
) {
  authorize(principal, 'Query.units');
  return queryUnits(principal, args, ports);
}

function queryUnits(principal: Principal, args: { first?: number | null; after?: string | null; filter?: unknown }, ports: Ports) {
  const size = pageSize(args.first);
  const filter = parseInput(unitFilterInput, args.filter);
  return ports.units.list(principal.regionId, filter, size, args.after);
}

/** A unit's children: visible to whoever may see the unit. */
export function listChildren(principal: Principal, unitId: string, args: { first?: number | null; after?: string | null }, ports: Ports) {
  authorize(principal, 'Query.unit', { unitId });
  return queryUnits(principal, { ...args, filter: { parentId: unitId } }, ports);
}

/** One unit, by the per-request loader (batched with the other units of the response). */
export function getUnit(principal: Principal, unitId: string, load: (id: string) => Promise<Unit | null>) {
  authorize(principal, 'Query.unit', { unitId });
  return load(unitId);
}

async function existingUnit(principal: Principal, unitId: string, ports: Ports, version?: number): Promise<Unit> {
  const unit = await ports.units.get(principal.regionId, unitId);
  if (!unit) throw notFound('单位', unitId);
  // Fail early on a stale version; the write's condition still decides under a race.
  if (version !== undefined && unit.version !== version) throw conflict();
  return unit;
}

export async function createUnit(principal: Principal, input: unknown, ports: Ports): Promise<Unit> {
  authorize(principal, 'Mutation.createUnit');
  const data = parseInput(createUnitInput, input);
  const now = ports.now().toISOString();
  const unit: Unit = {
    id: ports.newId(),
    regionId: principal.regionId,
    name: data.name,
    shortName: data.shortName ?? null,
    hostKind: data.hostKind,
    level: data.level,
    allianceRole: data.allianceRole,
    status: 'INVITED',
    address: data.address ?? null,
    grid: data.grid ?? null,
    parentId: data.parentId ?? null,
    childCount: 0,
    leader: data.leader ?? null,
    representative: data.representative ?? null,
    liaison: data.liaison ?? null,
    partTimeCommitteeMember: data.partTimeCommitteeMember ?? null,
    memberCount: data.memberCount ?? 0,
    fullMemberCount: data.fullMemberCount ?? 0,
    registration: null,
    activePairingCount: 0,
    pairingCount: 0,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  assertMemberCounts(unit);
  // Parent existence (same region: the key carries it) is a condition of the same transaction.
  await ports.units.create(unit, [audit(principal, ports, 'createUnit', null, unit)]);
  return unit;
}

/** What a unit liaison may not change of its own unit: its place and standing in the alliance. */
const ADMIN_ONLY_FIELDS = ['name', 'hostKind', 'level', 'allianceRole', 'parentId'] as const;

/** Fields of a unit this caller may see but not change: the one rule the API and the admin's forms share. */
export function lockedUnitFields(principal: Principal): readonly (typeof ADMIN_ONLY_FIELDS)[number][] {
  return hasRole(principal, 'REGION_ADMIN') ? [] : ADMIN_ONLY_FIELDS;
}

export function updateUnit(principal: Principal, input: unknown, ports: Ports): Promise<Unit> {
  const data = parseInput(updateUnitInput, input);
  authorize(principal, 'Mutation.updateUnit', { unitId: data.id });
  {
    const field = lockedUnitFields(principal).find((f) => data[f] !== undefined);
    if (field) throw forbidden(`联络员不能修改单位的${FIELD_LABELS[field]}，请联系秘书处`);
  }
  return retryOnCounterRace(async () => {
    const current = await existingUnit(principal, data.id, ports, data.version);
    const next: Unit = { ...current, version: data.version + 1, updatedAt: ports.now().toISOString() };
    // Omitted fields stay; an explicit null clears (counts clear to 0).
    const { id: _id, version: _version, memberCount, fullMemberCount, ...profile } = data;
    for (const [field, value] of Object.entries(profile)) {
      if (value !== undefined) Object.assign(next, { [field]: value });
    }
    if (memberCount !== undefined) next.memberCount = memberCount ?? 0;
    if (fullMemberCount !== undefined) next.fullMemberCount = fullMemberCount ?? 0;
    assertMemberCounts(next);
    // Which side of a pairing a unit stands on follows from its kind: it cannot change under live pairings.
    const isPairingTarget = (u: Unit) => PAIRING_TARGET_KINDS.includes(u.hostKind);
    if (current.activePairingCount > 0 && isPairingTarget(current) !== isPairingTarget(next)) {
      throw badInput('hostKind', '该单位有生效的结对，不能在村(社区)与其他类别之间切换；请先结束结对');
    }
    const unchangedUnits = next.parentId !== current.parentId && next.parentId ? await checkNewParent(principal, current, next.parentId, ports) : [];
    await ports.units.save({ ...current, version: data.version }, next, { unchangedUnits, extra: [audit(principal, ports, 'updateUnit', current, next)] });
    return next;
  });
}

/** A move must stay in the tree: the new parent must not be the unit itself or below it. */
async function checkNewParent(principal: Principal, unit: Unit, parentId: string, ports: Ports): Promise<Unit[]> {
  const lineage = await ports.units.lineage(principal.regionId, parentId, MAX_TREE_DEPTH);
  if (lineage.length === 0) throw badInput('parentId', '上级单位不存在');
  if (lineage.some((u) => u.id === unit.id)) throw badInput('parentId', '不能把单位移到它自己或它的下级组织之下');
  if (lineage.length === MAX_TREE_DEPTH && lineage.at(-1)!.parentId) {
    throw badInput('parentId', `组织层级不能超过 ${MAX_TREE_DEPTH} 级`);
  }
  return lineage;
}

export function registerUnit(principal: Principal, input: unknown, ports: Ports): Promise<Unit> {
  authorize(principal, 'Mutation.registerUnit');
  const data = parseInput(registerUnitInput, input);
  return retryOnCounterRace(async () => {
    const current = await existingUnit(principal, data.id, ports, data.version);
    if (!ACTIVE_STATUSES.includes(current.status)) {
      throw badInput('id', '单位已暂停或退出，请先恢复后再报到登记');
    }
    if (data.communityId) {
      const community = await ports.units.get(principal.regionId, data.communityId);
      if (!community) throw badInput('communityId', '报到社区不存在');
      if (!PAIRING_TARGET_KINDS.includes(community.hostKind) && community.allianceRole !== 'COMMUNITY_ORGANIZATION') {
        throw badInput('communityId', '报到对象须为村或社区党组织');
      }
    }
    const extra: TransactStep[] = [];
    let form = current.registration?.form ?? null;
    if (data.formUploadId) {
      const claimed = await claimUpload(principal, data.formUploadId, 'formUploadId', ports);
      form = claimed.file;
      extra.push(claimed.step);
    }
    const next: Unit = {
      ...current,
      status: 'REGISTERED',
      registration: { registeredOn: data.registeredOn, communityId: data.communityId ?? null, note: data.note ?? null, form },
      version: data.version + 1,
      updatedAt: ports.now().toISOString(),
    };
    extra.push(audit(principal, ports, 'registerUnit', current, next));
    await ports.units.save({ ...current, version: data.version }, next, { extra });
    return next;
  });
}

export function changeUnitStatus(principal: Principal, input: unknown, ports: Ports): Promise<Unit> {
  authorize(principal, 'Mutation.changeUnitStatus');
  const data = parseInput(changeUnitStatusInput, input);
  return retryOnCounterRace(async () => {
    const current = await existingUnit(principal, data.id, ports, data.version);
    const next: Unit = {
      ...current,
      status: nextStatus(current, data.action),
      version: data.version + 1,
      updatedAt: ports.now().toISOString(),
    };
    const step = audit(principal, ports, 'changeUnitStatus', current, next, { field: 'reason', value: data.reason });
    await ports.units.save({ ...current, version: data.version }, next, { extra: [step] });
    return next;
  });
}

export async function deleteUnit(principal: Principal, args: { id: string; version: number }, ports: Ports) {
  authorize(principal, 'Mutation.deleteUnit');
  const current = await existingUnit(principal, args.id, ports, args.version);
  await ports.units.delete(current, args.version, [audit(principal, ports, 'deleteUnit', current, null)]);
  return { id: current.id };
}

const audit = (
  principal: Principal,
  ports: Ports,
  operation: string,
  before: Unit | null,
  after: Unit | null,
  note?: { field: string; value: string | null | undefined },
) =>
  auditStep(principal, ports, {
    operation,
    recordType: 'Unit',
    recordId: (after ?? before)!.id,
    version: after?.version ?? null,
    before,
    after,
    note,
  });
