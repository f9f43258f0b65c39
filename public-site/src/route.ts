import { TABS, thisYear, type Tab } from './labels';

/** Where the page is: a region's lists (`/p/{regionId}?tab=&year=&q=`) or a project (`/p/{regionId}/project/{id}`). */
export type Route =
  | { view: 'lists'; region: string; tab: Tab; year: number; search: string }
  | { view: 'project'; region: string; id: string }
  | { view: 'none' };

export const BASE = '/p/';

export function parseRoute(location: Location | URL): Route {
  const parts = location.pathname.slice(BASE.length).split('/').filter(Boolean).map(decodeURIComponent);
  const [region, kind, id] = parts;
  if (!region) return { view: 'none' };
  if (kind === 'project' && id) return { view: 'project', region, id };
  const params = new URLSearchParams(location.search);
  const tab = TABS.find((t) => t === params.get('tab')) ?? 'needs';
  const year = Number(params.get('year'));
  return {
    view: 'lists',
    region,
    tab,
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : thisYear(),
    search: (params.get('q') ?? '').trim().slice(0, 50),
  };
}

export const regionPath = (region: string) => `${BASE}${encodeURIComponent(region)}`;

export function listsHref(region: string, tab: Tab, year: number, search = ''): string {
  const params = new URLSearchParams();
  if (tab !== 'needs') params.set('tab', tab);
  if (year !== thisYear()) params.set('year', String(year));
  if (search) params.set('q', search);
  const query = params.toString();
  return `${regionPath(region)}${query ? `?${query}` : ''}`;
}

export const projectHref = (region: string, id: string) => `${regionPath(region)}/project/${encodeURIComponent(id)}`;
