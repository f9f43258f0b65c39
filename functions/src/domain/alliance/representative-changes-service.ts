import { authorize } from '../../auth/policy';
import { hasRole, type Principal } from '../../auth/principal';
import { recordChange } from '../audit/service';
import { badInput, conflict, notFound } from '../errors';
import { pageRequest, readPage, type Page } from '../paging';
import type { Ports } from '../ports';
import { parseInput } from '../validation';
import { RecordMissingError, refusing, StaleVersionError } from '../write-refusals';
import { alliancePolicy } from './policy';
import { REPRESENTATIVE_CHANGE_AUDIT, type RepresentativeChange } from './representative-change';
import { fileRepresentativeChangeInput, representativeChangeFilterInput } from './rules';

type PageArgs = { first?: number | null; after?: string | null };

/**
 * 变更备案: changes of units' fixed representatives and liaisons, newest first; by unit and by state (待备案 / 已备案).
 * The secretariat reads every unit's; a liaison its own unit's (the filter is forced to it; another unit is refused).
 */
export async function listRepresentativeChanges(principal: Principal, args: PageArgs & { filter?: unknown }, ports: Ports): Promise<Page<RepresentativeChange>> {
  const filter = parseInput(representativeChangeFilterInput, { filter: args.filter });
  const ownUnit = hasRole(principal, 'REGION_ADMIN') ? undefined : principal.unitId;
  const unitId = filter.unitId ?? ownUnit;
  const caller = authorize(principal, alliancePolicy.readRepresentativeChanges, { unitId });
  return readPage(ports.alliance.representativeChanges(caller.regionId, { unitId, filed: filter.filed }, pageRequest(args)));
}

/** The secretariat files a change (秘书处备案, 002 art.25); once only. */
export async function fileRepresentativeChange(principal: Principal, input: unknown, ports: Ports): Promise<RepresentativeChange> {
  const data = parseInput(fileRepresentativeChangeInput, input);
  const caller = authorize(principal, alliancePolicy.manage);
  const current = await existing(caller.regionId, data.id, ports);
  if (current.version !== data.version) throw conflict();
  const now = ports.now().toISOString();
  const next: RepresentativeChange = { ...current, filedAt: now, filedBy: caller.displayName, version: current.version + 1 };
  const audit = recordChange(caller, ports, REPRESENTATIVE_CHANGE_AUDIT, {
    operation: 'fileRepresentativeChange', recordId: next.id, version: next.version, before: current, after: next,
  });
  await refusing(ports.alliance.saveRepresentativeChange({ current, next }, { audit }), (r) =>
    r instanceof RecordMissingError ? notFound('变更记录', data.id) : r instanceof StaleVersionError ? conflict() : undefined,
  );
  return next;
}

/** The change, not yet filed: a filed one is refused at `id`, naming when and by whom it was filed. */
async function existing(regionId: string, changeId: string, ports: Ports): Promise<RepresentativeChange> {
  const change = await ports.alliance.representativeChange(regionId, changeId);
  if (!change) throw notFound('变更记录', changeId);
  if (change.filedAt) throw badInput('id', `该变更已备案（${change.filedBy ?? ''}，${change.filedAt.slice(0, 10)}），不能重复备案`);
  return change;
}
