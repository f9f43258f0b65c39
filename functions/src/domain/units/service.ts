import { authorize } from '../../auth/policy';
import { representativeChangesOf } from '../alliance/representative-change';
import type { Principal, RegionPrincipal } from '../../auth/principal';
import { planArchiveFiling } from '../archive/service';
import { recordChange } from '../audit/service';
import { badInput, conflict, forbidden, notFound, type DomainError } from '../errors';
import { claimUpload, uploadRefusal, type ClaimedUpload } from '../files/service';
import { pageRequest, readPage } from '../paging';
import type { Ports } from '../ports';
import { retryOnCounterRace } from '../retry';
import { parseInput, todayInChina } from '../validation';
import { AlreadyTakenError, GuardFailedError, RecordMissingError, refusing, StaleVersionError, type WriteRefusedError } from '../write-refusals';
import { ADMIN_ONLY_FIELD_LABELS, lockedUnitFields, unitPolicy } from './policy';
import { UNIT_GUARDS } from './ports';
import {
  changeUnitStatusInput, createUnitInput, nextStatus, registerUnitInput, unitFilterInput,
  updateUnitInput, ACTIVE_STATUSES,
} from './rules';
import { PAIRING_TARGET_KINDS, UNIT_AUDIT, type Unit } from './unit';

/** Deepest tree the alliance needs (street → community → grid → group, with room to spare). */
export const MAX_TREE_DEPTH = 12;

type PageArgs = { first?: number | null; after?: string | null };

export async function listUnits(principal: Principal, args: PageArgs & { filter?: unknown }, ports: Ports) {
  const caller = authorize(principal, unitPolicy.list);
  return queryUnits(caller, args, ports);
}

/** Units to pick from: id, name and kind only (the resolver's UnitOption), for the secretariat and liaisons. */
export async function listUnitOptions(principal: Principal, args: PageArgs & { filter?: { namePrefix?: string | null; communitiesOnly?: boolean | null } | null }, ports: Ports) {
  const caller = authorize(principal, unitPolicy.options);
  const { namePrefix, communitiesOnly } = args.filter ?? {};
  return queryUnits(caller, { ...args, filter: { namePrefix, allianceRole: communitiesOnly ? 'COMMUNITY_ORGANIZATION' : undefined } }, ports);
}

function queryUnits(caller: RegionPrincipal, args: PageArgs & { filter?: unknown }, ports: Ports) {
  const page = pageRequest(args);
  const filter = parseInput(unitFilterInput, args.filter);
  return readPage(ports.units.list(caller.regionId, filter, page));
}

/** A unit's children: visible to whoever may see the unit. */
export async function listChildren(principal: Principal, unitId: string, args: PageArgs, ports: Ports) {
  const caller = authorize(principal, unitPolicy.read, { unitId });
  return queryUnits(caller, { ...args, filter: { parentId: unitId } }, ports);
}

/** One unit, by the per-request loader (batched with the other units of the response). */
export async function getUnit(principal: Principal, unitId: string, load: (id: string) => Promise<Unit | null>) {
  authorize(principal, unitPolicy.read, { unitId });
  return load(unitId);
}

async function existingUnit(caller: RegionPrincipal, unitId: string, ports: Ports, version?: number): Promise<Unit> {
  const unit = await ports.units.get(caller.regionId, unitId);
  if (!unit) throw notFound('单位', unitId);
  // Fail early on a stale version; the write's condition still decides under a race.
  if (version !== undefined && unit.version !== version) throw conflict();
  return unit;
}

export async function createUnit(principal: Principal, input: unknown, ports: Ports): Promise<Unit> {
  const caller = authorize(principal, unitPolicy.create);
  const data = parseInput(createUnitInput, input);
  const now = ports.now().toISOString();
  const unit: Unit = {
    id: ports.newId(),
    regionId: caller.regionId,
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
    memberCount: 0,
    fullMemberCount: 0,
    registration: null,
    activePairingCount: 0,
    pairingCount: 0,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  if (unit.parentId) await parentLineage(caller, unit.parentId, ports);
  // Parent existence (same region: the key carries it) is a condition of the same write too.
  await refusing(ports.units.create(unit, { audit: audit(caller, ports, 'createUnit', null, unit) }), (r) => unitRefusal(r, unit));
  return unit;
}

export async function updateUnit(principal: Principal, input: unknown, ports: Ports): Promise<Unit> {
  // Who may edit which unit comes before what the input says: a caller with no right learns nothing of it.
  const caller = authorize(principal, unitPolicy.update, { unitId: idOf(input) });
  const data = parseInput(updateUnitInput, input);
  const locked = lockedUnitFields(caller).find((f) => data[f] !== undefined);
  if (locked) throw forbidden(`联络员不能修改单位的${ADMIN_ONLY_FIELD_LABELS[locked]}，请联系秘书处`);
  return retryOnCounterRace(async () => {
    const current = await existingUnit(caller, data.id, ports, data.version);
    const next: Unit = { ...current, version: data.version + 1, updatedAt: ports.now().toISOString() };
    // Omitted fields stay; an explicit null clears.
    const { id: _id, version: _version, ...profile } = data;
    for (const [field, value] of Object.entries(profile)) {
      if (value !== undefined) Object.assign(next, { [field]: value });
    }
    // Which side of a pairing a unit stands on follows from its kind: it cannot change under live pairings.
    if (current.activePairingCount > 0 && isPairingTarget(current) !== isPairingTarget(next)) {
      throw badInput('hostKind', '该单位有生效的结对，不能在村(社区)与其他类别之间切换；请先结束结对');
    }
    const unchangedAncestors = next.parentId !== current.parentId && next.parentId ? await checkNewParent(caller, current, next.parentId, ports) : [];
    // A kind that changes sides is allowed only with no live pairing: the write holds while none appears.
    const activePairingsAsRead = isPairingTarget(current) !== isPairingTarget(next);
    // A new representative or liaison is filed with the secretariat (002 art.25): recorded by this same write.
    const representativeChanges = representativeChangesOf(current, next, { newId: () => ports.newId(), at: next.updatedAt, by: caller.displayName });
    await refusing(
      ports.units.save(
        { current: { ...current, version: data.version }, next, unchangedAncestors, activePairingsAsRead, representativeChanges },
        { audit: audit(caller, ports, 'updateUnit', current, next) },
      ),
      (r) => unitRefusal(r, next),
    );
    return next;
  });
}

/** A move must stay in the tree: the new parent must not be the unit itself or below it. */
async function checkNewParent(caller: RegionPrincipal, unit: Unit, parentId: string, ports: Ports): Promise<Unit[]> {
  const lineage = await parentLineage(caller, parentId, ports);
  if (lineage.some((u) => u.id === unit.id)) throw badInput('parentId', '不能把单位移到它自己或它的下级组织之下');
  return lineage;
}

/**
 * A new parent and its ancestors, refused when the unit under it would sit deeper than MAX_TREE_DEPTH.
 * (A moved unit's own descendants are not re-counted: that would read its whole subtree.)
 */
async function parentLineage(caller: RegionPrincipal, parentId: string, ports: Ports): Promise<Unit[]> {
  const lineage = await ports.units.lineage(caller.regionId, parentId, MAX_TREE_DEPTH);
  if (lineage.length === 0) throw badInput('parentId', '上级单位不存在');
  if (lineage.length >= MAX_TREE_DEPTH) throw badInput('parentId', `组织层级不能超过 ${MAX_TREE_DEPTH} 级`);
  return lineage;
}

/** The unit id an input names, read before the input is checked (for the own-unit permission). */
const idOf = (input: unknown): string | undefined => {
  const id = (input as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : undefined;
};

const isPairingTarget = (unit: Unit) => PAIRING_TARGET_KINDS.includes(unit.hostKind);

export async function registerUnit(principal: Principal, input: unknown, ports: Ports): Promise<Unit> {
  const caller = authorize(principal, unitPolicy.register);
  const data = parseInput(registerUnitInput, input);
  if (data.registeredOn > todayInChina(ports.now())) throw badInput('registeredOn', '报到日期不能晚于今天');
  // Claimed once: a retry after a counter race reuses the verified file.
  let form: ClaimedUpload | null = null;
  return retryOnCounterRace(async () => {
    const current = await existingUnit(caller, data.id, ports, data.version);
    if (!ACTIVE_STATUSES.includes(current.status)) {
      throw badInput('id', '单位已暂停或退出，请先恢复后再报到登记');
    }
    if (data.communityId) {
      const community = await ports.units.get(caller.regionId, data.communityId);
      if (!community) throw badInput('communityId', '报到社区不存在');
      if (!PAIRING_TARGET_KINDS.includes(community.hostKind) && community.allianceRole !== 'COMMUNITY_ORGANIZATION') {
        throw badInput('communityId', '报到对象须为村或社区党组织');
      }
    }
    if (data.formUploadId && !form) form = await claimUpload(caller, data.formUploadId, 'formUploadId', ports);
    const next: Unit = {
      ...current,
      status: 'REGISTERED',
      registration: {
        registeredOn: data.registeredOn,
        communityId: data.communityId ?? null,
        note: data.note ?? null,
        form: form?.file ?? current.registration?.form ?? null,
      },
      version: data.version + 1,
      updatedAt: ports.now().toISOString(),
    };
    // A new form is filed into the archive (登记表, the unit's), each one a version of the unit's document.
    const archive = form
      ? await planArchiveFiling(caller, {
          id: `registration-${current.id}`, title: `${current.name} 报到登记表`, folder: 'REGISTRATION_FORMS', year: Number(data.registeredOn.slice(0, 4)),
          unitId: current.id, note: `报到日期 ${data.registeredOn}`,
        }, form.file, ports)
      : undefined;
    const alongside = { audit: audit(caller, ports, 'registerUnit', current, next), uploads: form ? [form.claim] : [], ...(archive ? { archive: [archive] } : {}) };
    await refusing(ports.units.save({ current: { ...current, version: data.version }, next }, alongside), (r) => uploadRefusal([form], r) ?? unitRefusal(r, next));
    return next;
  });
}

export async function changeUnitStatus(principal: Principal, input: unknown, ports: Ports): Promise<Unit> {
  const caller = authorize(principal, unitPolicy.changeStatus);
  const data = parseInput(changeUnitStatusInput, input);
  return retryOnCounterRace(async () => {
    const current = await existingUnit(caller, data.id, ports, data.version);
    const next: Unit = {
      ...current,
      status: nextStatus(current, data.action),
      version: data.version + 1,
      updatedAt: ports.now().toISOString(),
    };
    const entry = audit(caller, ports, 'changeUnitStatus', current, next, { field: 'reason', value: data.reason });
    await refusing(ports.units.save({ current: { ...current, version: data.version }, next }, { audit: entry }), (r) => unitRefusal(r, next));
    return next;
  });
}

export async function deleteUnit(principal: Principal, args: { id: string; version: number }, ports: Ports) {
  const caller = authorize(principal, unitPolicy.delete);
  const current = await existingUnit(caller, args.id, ports, args.version);
  const unit = { ...current, version: args.version };
  await refusing(ports.units.delete(unit, { audit: audit(caller, ports, 'deleteUnit', current, null) }), (r) => unitRefusal(r, unit));
  return { id: current.id };
}

/** What the user reads when a unit write is refused. */
export function unitRefusal(refusal: WriteRefusedError, unit: Pick<Unit, 'id' | 'name' | 'parentId'>): DomainError | undefined {
  if (refusal instanceof AlreadyTakenError && refusal.guard === UNIT_GUARDS.name) return badInput('name', `本区域已有名为“${unit.name}”的单位`);
  if (refusal instanceof RecordMissingError) {
    if (refusal.record.type === 'Region') return badInput('region', '区域不存在');
    if (refusal.record.type === 'Unit') return refusal.record.id === unit.id ? notFound('单位', unit.id) : badInput('parentId', '上级单位不存在');
  }
  if (refusal instanceof StaleVersionError && refusal.record.type === 'Unit') return conflict();
  if (refusal instanceof GuardFailedError) {
    switch (refusal.guard) {
      case UNIT_GUARDS.parentActive:
        return badInput('parentId', '上级单位已退出联盟，不能再添加下级');
      case UNIT_GUARDS.lineageUnchanged:
        return conflict('单位层级正被他人调整，请刷新后重试');
      case UNIT_GUARDS.noChildren:
        return badInput('id', '该单位还有下级组织，不能删除；请先移走或删除下级组织');
      case UNIT_GUARDS.noMembers:
        return badInput('id', '该单位还有党员，不能删除；可改为“退出”');
      case UNIT_GUARDS.noPairings:
        return badInput('id', '该单位有结对记录，不能删除；可改为“退出”');
    }
  }
  return undefined;
}

const audit = (
  caller: RegionPrincipal,
  ports: Ports,
  operation: string,
  before: Unit | null,
  after: Unit | null,
  note?: { field: string; value: string | null | undefined },
) => recordChange(caller, ports, UNIT_AUDIT, { operation, recordId: (after ?? before)!.id, version: after?.version ?? null, before, after, note });
