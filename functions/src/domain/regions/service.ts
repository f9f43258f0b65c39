import { authorizePlatform, granted, platformAdmin } from '../../auth/policy';
import type { Principal, RegionPrincipal } from '../../auth/principal';
import { recordChange } from '../audit/service';
import { badInput, conflict, notFound } from '../errors';
import type { Ports } from '../ports';
import { parseInput } from '../validation';
import { refusing } from '../write-refusals';
import { ACTING_AUDIT, ACTING_MINUTES, REGION_AUDIT, type ActingSession, type Region } from './region';
import { actInRegionInput, regionChangeInput, suspendRegionInput, updateRegionInput } from './rules';

/**
 * The platform admin's region lifecycle (issue 18): rename, suspend and reinstate a region, and the audited
 * read-only visit (代管查看) that is the only way a platform admin sees a region's data. Every change is written
 * with its entry in the region's own trail, the platform admin as actor.
 */
const platform = granted(platformAdmin);

export async function updateRegion(principal: Principal, input: unknown, ports: Ports): Promise<Region> {
  authorizePlatform(principal, platform);
  const data = parseInput(updateRegionInput, input);
  const current = await current_(ports, data.id, data.version);
  return save(principal, ports, 'updateRegion', current, { ...current, name: data.name, superiorOrganization: data.superiorOrganization ?? null });
}

/** Its people can no longer sign in or call the API (within a minute: the API keeps a region's state that long); data kept. */
export async function suspendRegion(principal: Principal, input: unknown, ports: Ports): Promise<Region> {
  authorizePlatform(principal, platform);
  const data = parseInput(suspendRegionInput, input);
  const current = await current_(ports, data.id, data.version);
  if (current.state === 'SUSPENDED') throw badInput('id', `区域“${current.name}”已停用`);
  return save(principal, ports, 'suspendRegion', current, { ...current, state: 'SUSPENDED', suspendedAt: ports.now().toISOString(), suspendedReason: data.reason });
}

export async function reinstateRegion(principal: Principal, input: unknown, ports: Ports): Promise<Region> {
  authorizePlatform(principal, platform);
  const data = parseInput(regionChangeInput, input);
  const current = await current_(ports, data.id, data.version);
  if (current.state !== 'SUSPENDED') throw badInput('id', `区域“${current.name}”未停用`);
  return save(principal, ports, 'reinstateRegion', current, { ...current, state: 'ACTIVE', suspendedAt: null, suspendedReason: null });
}

/** Opens (or renews) the caller's read-only visit to a region for ACTING_MINUTES, with the reason in the region's trail. */
export async function actInRegion(principal: Principal, input: unknown, ports: Ports): Promise<ActingSession> {
  const admin = authorizePlatform(principal, platform);
  const data = parseInput(actInRegionInput, input);
  const region = await ports.regions.get(data.regionId);
  if (!region) throw notFound('区域', data.regionId);
  const now = ports.now();
  const session: ActingSession = {
    regionId: region.id,
    username: usernameOf(admin),
    reason: data.reason,
    startedAt: now.toISOString(),
    until: new Date(now.getTime() + ACTING_MINUTES * 60_000).toISOString(),
  };
  const audit = recordChange(inRegion(admin, region.id), ports, ACTING_AUDIT, { operation: 'actInRegion', recordId: region.id, version: null, before: null, after: session });
  await ports.regions.startActing(session, { audit });
  return session;
}

/** Ends the caller's visit to the region; false when there was none open. */
export async function endActInRegion(principal: Principal, regionId: string, ports: Ports): Promise<boolean> {
  const admin = authorizePlatform(principal, platform);
  const open = await ports.regions.acting(regionId, usernameOf(admin), ports.now());
  if (!open) return false;
  const audit = recordChange(inRegion(admin, regionId), ports, ACTING_AUDIT, { operation: 'endActInRegion', recordId: regionId, version: null, before: open, after: null });
  await ports.regions.endActing(regionId, open.username, { audit });
  return true;
}

const usernameOf = (admin: Principal): string => admin.username ?? admin.userId;

/** The platform admin as the actor of an entry in the region's trail. */
const inRegion = (admin: Principal, regionId: string): RegionPrincipal => ({ ...admin, regionId });

async function current_(ports: Ports, regionId: string, version: number): Promise<Region> {
  const region = await ports.regions.get(regionId);
  if (!region) throw notFound('区域', regionId);
  if (region.version !== version) throw conflict();
  return region;
}

async function save(admin: Principal, ports: Ports, operation: string, current: Region, changed: Region): Promise<Region> {
  const next: Region = { ...changed, version: current.version + 1, updatedAt: ports.now().toISOString() };
  const audit = recordChange(inRegion(admin, current.id), ports, REGION_AUDIT, { operation, recordId: current.id, version: next.version, before: current, after: next });
  await refusing(ports.regions.update({ current, next }, { audit }), () => undefined);
  return next;
}
