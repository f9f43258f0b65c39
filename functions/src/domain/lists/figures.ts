import { NEED_STATUSES, type Need, type NeedStatus } from './need';
import { PROJECT_STATUSES, type Project, type ProjectStatus } from './project';
import { RESOURCE_TYPES, type Resource, type ResourceType } from './resource';

/**
 * A region's figures of one year of the lists (counts by status, category, type; the projects' budget), kept on
 * write: every write of a need, resource or project adds its change to them in the same transaction, so the year
 * view is one read. A record contributes its counters; a change adds what it moved (after − before).
 */
export type Counters = Record<string, number>;

export const needCounters = (need: Need): Counters => ({ needs: 1, [`needs.status.${need.status}`]: 1, [`needs.category.${need.category}`]: 1 });

export const resourceCounters = (resource: Resource): Counters => ({
  resources: 1,
  [`resources.type.${resource.type}`]: 1,
  'resources.withdrawn': resource.status === 'WITHDRAWN' ? 1 : 0,
});

export const projectCounters = (project: Project): Counters => ({
  projects: 1,
  [`projects.status.${project.status}`]: 1,
  // Budgets of projects that will not be carried out are not the year's.
  'projects.budget': project.status === 'REJECTED' || project.status === 'CANCELLED' ? 0 : (project.budget ?? 0),
});

/** What a change adds to the figures (after − before), zeros left out; sums of several changes of one write. */
export function countersMoved(...changes: { before: Counters | null; after: Counters | null }[]): Counters {
  const moved: Counters = {};
  for (const { before, after } of changes) {
    for (const [key, value] of Object.entries(after ?? {})) moved[key] = (moved[key] ?? 0) + value;
    for (const [key, value] of Object.entries(before ?? {})) moved[key] = (moved[key] ?? 0) - value;
  }
  for (const key of Object.keys(moved)) if (moved[key] === 0) delete moved[key];
  return moved;
}

export interface ListYearFigures {
  year: number;
  needs: { total: number; byStatus: { status: NeedStatus; count: number }[]; byCategory: { category: string; count: number }[] };
  resources: { total: number; withdrawn: number; byType: { type: ResourceType; count: number }[] };
  projects: { total: number; budget: number; byStatus: { status: ProjectStatus; count: number }[] };
}

/** The year view from the stored counters: every status and type listed (0 when none), categories that occur. */
export function yearFigures(year: number, counters: Counters): ListYearFigures {
  const count = (key: string) => counters[key] ?? 0;
  const byCategory = Object.entries(counters)
    .filter(([key, value]) => key.startsWith('needs.category.') && value > 0)
    .map(([key, value]) => ({ category: key.slice('needs.category.'.length), count: value }))
    .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category, 'zh-CN'));
  return {
    year,
    needs: { total: count('needs'), byStatus: NEED_STATUSES.map((status) => ({ status, count: count(`needs.status.${status}`) })), byCategory },
    resources: { total: count('resources'), withdrawn: count('resources.withdrawn'), byType: RESOURCE_TYPES.map((type) => ({ type, count: count(`resources.type.${type}`) })) },
    projects: { total: count('projects'), budget: count('projects.budget'), byStatus: PROJECT_STATUSES.map((status) => ({ status, count: count(`projects.status.${status}`) })) },
  };
}
