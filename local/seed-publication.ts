import type { RegionPrincipal } from '../functions/src/auth/principal';
import { parseInput, todayInChina, yearInChina } from '../functions/src/domain/validation';
import { needFilterInput, projectFilterInput, resourceFilterInput } from '../functions/src/domain/lists/rules';
import type { Ports } from '../functions/src/domain/ports';
import { publish } from '../functions/src/domain/publication/service';

/**
 * The demo region's 公示 (issue 17), through the publish use case as the secretariat would: this year's needs that
 * were taken up (not the one 未采纳, which the use case would refuse), the resources on offer but one still being
 * checked, and the projects past the secretariat's approval (not the one still 申报). The public page and the
 * open-data files then show something; `publications` in the admin lists them. Runs after seedLists.
 */
export async function seedPublication(ports: Ports, principal: RegionPrincipal): Promise<void> {
  const year = yearInChina(ports.now());
  const { regionId } = principal;
  const needs = await ports.needs.list(regionId, parseInput(needFilterInput, { year }), { size: 100 });
  const resources = await ports.resources.list(regionId, parseInput(resourceFilterInput, { year }), { size: 100 });
  const projects = await ports.projects.list(regionId, parseInput(projectFilterInput(todayInChina(ports.now())), { year }), { size: 100 });
  const ids = [
    ...needs.edges.map((e) => e.node).filter((n) => n.status !== 'NOT_TAKEN_UP').map((n) => n.id),
    // The newest resource is left unpublished: the secretariat is still checking it.
    ...resources.edges.map((e) => e.node).filter((r) => r.status === 'AVAILABLE').slice(1).map((r) => r.id),
    ...projects.edges.map((e) => e.node).filter((p) => p.status !== 'SUBMITTED' && p.status !== 'REJECTED' && p.status !== 'CANCELLED').map((p) => p.id),
  ];
  // Oldest first, so the public lists (newest published first) read as the year went.
  for (const id of ids.reverse()) await publish(principal, { id }, ports);
}

/**
 * The demo region's resolutions (决议) on the public page: publishes `resolutionIds` (or, when omitted, the region's
 * resolutions, at most 100, newest adopted first) through the publish use case, oldest first, skipping those already
 * published. Every resolution is adopted (approveMinutes writes them), but publish still refuses one whose meeting is
 * not approved. For the meeting seeds to call once they approve minutes (after seedPublication or instead of it for
 * resolutions). Returns the ids it published.
 */
export async function publishSeedResolutions(ports: Ports, principal: RegionPrincipal, resolutionIds?: readonly string[]): Promise<string[]> {
  const { regionId } = principal;
  const ids = resolutionIds ? [...resolutionIds] : (await ports.proceedings.resolutions(regionId, { size: 100 })).edges.map((e) => e.node.id).reverse();
  const already = await ports.publications.getMany(regionId, ids);
  const toPublish = ids.filter((_, i) => !already[i]);
  for (const id of toPublish) await publish(principal, { id }, ports);
  return toPublish;
}
