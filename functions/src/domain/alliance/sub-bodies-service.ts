import { authorize } from '../../auth/policy';
import type { Principal, RegionPrincipal } from '../../auth/principal';
import { recordChange } from '../audit/service';
import { badInput, conflict, notFound } from '../errors';
import { pageRequest, readPage, type Page } from '../paging';
import type { Ports } from '../ports';
import { parseInput, withChanges } from '../validation';
import { AlreadyTakenError, RecordMissingError, refusing, StaleVersionError, type WriteRefusedError } from '../write-refusals';
import { SUB_BODY_AUDIT, type SubBody } from './model';
import { alliancePolicy } from './policy';
import { createSubBodyInput, subBodyKindFilter, updateSubBodyInput } from './rules';

type PageArgs = { first?: number | null; after?: string | null };

/** The secretariat forms a body: the expert committee, a research committee or a street branch (002 art.15–18). */
export async function createSubBody(principal: Principal, input: unknown, ports: Ports): Promise<SubBody> {
  const data = parseInput(createSubBodyInput, input);
  const caller = authorize(principal, alliancePolicy.manage);
  const body: SubBody = {
    id: ports.newId(),
    regionId: caller.regionId,
    kind: data.kind,
    name: data.name,
    convenerUnitId: data.convenerUnitId,
    unitIds: [...new Set(data.unitIds)],
    people: data.people.map((p) => ({ name: p.name, title: p.title ?? null, unitId: p.unitId ?? null })),
    version: 1,
    createdAt: ports.now().toISOString(),
    updatedAt: ports.now().toISOString(),
  };
  await assertUnits(caller, body, null, ports);
  const entry = recordChange(caller, ports, SUB_BODY_AUDIT, { operation: 'createSubBody', recordId: body.id, version: 1, before: null, after: body, note: membership(body) });
  await refusing(ports.alliance.createSubBody(body, { audit: entry }), explain(body.id));
  return body;
}

/** The secretariat renames a body, changes its convener or its units and people (a list given replaces the list). */
export async function updateSubBody(principal: Principal, input: unknown, ports: Ports): Promise<SubBody> {
  const data = parseInput(updateSubBodyInput, input);
  const caller = authorize(principal, alliancePolicy.manage);
  const current = await ports.alliance.subBody(caller.regionId, data.id);
  if (!current) throw notFound('组织', data.id);
  if (current.version !== data.version) throw conflict();
  const changed = withChanges(current, {
    kind: data.kind ?? undefined,
    name: data.name ?? undefined,
    convenerUnitId: data.convenerUnitId ?? undefined,
    unitIds: data.unitIds ? [...new Set(data.unitIds)] : undefined,
    people: data.people?.map((p) => ({ name: p.name, title: p.title ?? null, unitId: p.unitId ?? null })),
  });
  const next: SubBody = { ...changed, version: current.version + 1, updatedAt: ports.now().toISOString() };
  await assertUnits(caller, next, current, ports);
  const entry = recordChange(caller, ports, SUB_BODY_AUDIT, {
    operation: 'updateSubBody', recordId: next.id, version: next.version, before: current, after: next, note: membership(next),
  });
  await refusing(ports.alliance.saveSubBody({ current, next }, { audit: entry }), explain(next.id));
  return next;
}

export async function listSubBodies(principal: Principal, args: PageArgs & { kind?: unknown }, ports: Ports): Promise<Page<SubBody>> {
  const kind = parseInput(subBodyKindFilter, args.kind) ?? null;
  const caller = authorize(principal, alliancePolicy.read);
  return readPage(ports.alliance.subBodies(caller.regionId, kind, pageRequest(args)));
}

export async function getSubBody(principal: Principal, subBodyId: string, ports: Ports): Promise<SubBody | null> {
  const caller = authorize(principal, alliancePolicy.read);
  return ports.alliance.subBody(caller.regionId, subBodyId);
}

// ---- helpers -----------------------------------------------------------------------------------------

const membership = (body: SubBody) => ({ field: 'members', value: `${body.unitIds.length} 个单位、${body.people.length} 人` });

const explain = (subBodyId: string) => (refusal: WriteRefusedError) => {
  if (refusal instanceof AlreadyTakenError) return badInput('name', '该名称已被其他专门委员会或分会使用');
  if (refusal instanceof RecordMissingError) return notFound('组织', subBodyId);
  if (refusal instanceof StaleVersionError) return conflict();
  return undefined;
};

/**
 * Every unit the body names (convener, member units, people's units) is a unit of the region that has not left the
 * alliance; on an update only the units it newly names are checked (a member unit that left later does not block
 * an edit). The first that is not is refused at its field.
 */
async function assertUnits(caller: RegionPrincipal, body: SubBody, before: SubBody | null, ports: Ports): Promise<void> {
  const known = new Set(before ? [before.convenerUnitId, ...before.unitIds, ...before.people.map((p) => p.unitId)] : []);
  const named: { field: string; unitId: string }[] = [
    { field: 'convenerUnitId', unitId: body.convenerUnitId },
    ...body.unitIds.map((unitId, i) => ({ field: `unitIds.${i}`, unitId })),
    ...body.people.flatMap((p, i) => (p.unitId ? [{ field: `people.${i}.unitId`, unitId: p.unitId }] : [])),
  ].filter((n) => !known.has(n.unitId));
  const ids = [...new Set(named.map((n) => n.unitId))];
  if (ids.length === 0) return;
  const units = await ports.units.getMany(caller.regionId, ids);
  const usable = new Set(units.filter((u) => u && u.status !== 'WITHDRAWN').map((u) => u!.id));
  const refused = named.find((n) => !usable.has(n.unitId));
  if (refused) throw badInput(refused.field, '单位不存在或已退出联盟');
}
