/**
 * Open data (开放数据, issue 17): each published list of a year as a file at a stable address,
 * `/open/{regionId}/{year}/{needs|resources|projects|resolutions}.{csv|xlsx}` — CSV in UTF-8 with a BOM (so Excel opens it in
 * Chinese) and .xlsx in the notice board's layout. The rows are the public views (public-view.ts): the same fields the
 * public page shows, nothing personal.
 */
import { asOfLine } from '../lists/excel-service';
import { NEED_STATUS_LABELS } from '../lists/need';
import { PROJECT_STATUS_LABELS } from '../lists/project';
import { RESOURCE_TYPE_LABELS } from '../lists/resource';
import type { NoticeBoardCell, NoticeBoardColumn } from '../lists/workbooks';
import type { Page, PageRequest } from '../paging';
import type { Ports } from '../ports';
import type { PublicNeedView, PublicProjectView, PublicResolutionView, PublicResourceView } from './public-view';
import { MAX_PUBLISHED_PER_YEAR, PUBLISHABLE_TYPE_LABELS, PUBLISHABLE_TYPES, type PublishableType } from './publication';
import { MAX_PUBLIC_PAGE, publicNeeds, publicProjects, publicResolutions, publicResources, readPublicRegion } from './service';
import { todayInChina, yearInChina } from '../validation';

export const OPEN_DATA_FORMATS = ['csv', 'xlsx'] as const;
export type OpenDataFormat = (typeof OPEN_DATA_FORMATS)[number];

/** The list's name in the address. */
export const OPEN_DATA_LIST_NAMES: Record<PublishableType, string> = { NEED: 'needs', RESOURCE: 'resources', PROJECT: 'projects', RESOLUTION: 'resolutions' };

/** Where the open data is served (the API route `GET /open/{proxy+}`, CloudFront's `/open/*`). */
export const OPEN_DATA_PREFIX = '/open/';

/** The stable address of a published list of a year as a file (relative to the site: the same origin as the page). */
export const openDataPath = (regionId: string, year: number, type: PublishableType, format: OpenDataFormat): string =>
  `${OPEN_DATA_PREFIX}${encodeURIComponent(regionId)}/${year}/${OPEN_DATA_LIST_NAMES[type]}.${format}`;

/** The region's open-data addresses of a year (default: this year in China). */
export function openDataLinks(regionId: string, year: number | null | undefined, now: Date) {
  const y = year ?? yearInChina(now);
  return PUBLISHABLE_TYPES.map((type) => ({
    type,
    year: y,
    links: { csv: openDataPath(regionId, y, type, 'csv'), xlsx: openDataPath(regionId, y, type, 'xlsx') },
  }));
}

export interface OpenDataRequest {
  regionId: string;
  year: number;
  type: PublishableType;
  format: OpenDataFormat;
}

/** The request an address names; null when it names none (a 404). */
export function parseOpenDataPath(path: string): OpenDataRequest | null {
  const match = /^\/open\/([^/]{1,64})\/(\d{4})\/(needs|resources|projects|resolutions)\.(csv|xlsx)$/.exec(path);
  if (!match) return null;
  let regionId: string;
  try {
    regionId = decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
  const year = Number(match[2]);
  if (year < 2000 || year > 2100 || regionId.includes('#')) return null;
  const type = (Object.entries(OPEN_DATA_LIST_NAMES).find(([, name]) => name === match[3])?.[0] ?? 'NEED') as PublishableType;
  return { regionId, year, type, format: match[4] as OpenDataFormat };
}

export interface OpenDataFile {
  /** "长安街道2026年度需求清单.csv" */
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Table {
  columns: NoticeBoardColumn[];
  rows: NoticeBoardCell[][];
}

const dayOf = (instant: string | null): string | null => (instant ? instant.slice(0, 10) : null);
/** An instant's day in China: an adoption late in the evening is that day's, not the UTC one's. */
const chinaDay = (instant: string): string => todayInChina(new Date(instant));
const span = (from: string | null, until: string | null): string => {
  if (from && until) return `${from} 至 ${until}`;
  if (from) return `${from} 起`;
  if (until) return `至 ${until}`;
  return '长期';
};

export function needRows(needs: readonly PublicNeedView[]): Table {
  return {
    columns: [
      { header: '征集社区' }, { header: '需求名称' }, { header: '类别', align: 'center' }, { header: '需求内容' },
      { header: '期望时间', align: 'center' }, { header: '状态', align: 'center' }, { header: '公示日期', align: 'center' },
    ],
    rows: needs.map((n) => [n.communityName, n.title, n.category, n.description, span(n.wantedFrom, n.wantedUntil), NEED_STATUS_LABELS[n.status], dayOf(n.publishedAt)]),
  };
}

export function resourceRows(resources: readonly PublicResourceView[]): Table {
  return {
    columns: [
      { header: '提供单位' }, { header: '资源名称' }, { header: '类型', align: 'center' }, { header: '资源说明' }, { header: '数量', align: 'center' },
      { header: '剩余', align: 'center' }, { header: '可用时间', align: 'center' }, { header: '公示日期', align: 'center' },
    ],
    rows: resources.map((r) => [
      r.unitName, r.title, RESOURCE_TYPE_LABELS[r.type], r.description, `${r.quantity}${r.quantityUnit}`, `${r.quantityLeft}${r.quantityUnit}`,
      span(r.availableFrom, r.availableUntil), dayOf(r.publishedAt),
    ]),
  };
}

export function projectRows(projects: readonly PublicProjectView[]): Table {
  return {
    columns: [
      { header: '项目名称' }, { header: '所属社区' }, { header: '责任单位' }, { header: '状态', align: 'center' }, { header: '开始日期', align: 'center' },
      { header: '目标完成日期', align: 'center' }, { header: '志愿岗位', align: 'center' }, { header: '验收日期', align: 'center' },
      { header: '公示日期', align: 'center' },
    ],
    rows: projects.map((p) => [
      p.title, p.communityName, p.unitNames.join('、'), PROJECT_STATUS_LABELS[p.status], p.startsOn, p.targetOn,
      p.volunteerSlots > 0 ? `${p.slotsTaken}/${p.volunteerSlots}` : '—', dayOf(p.acceptedAt), dayOf(p.publishedAt),
    ]),
  };
}

export function resolutionRows(resolutions: readonly PublicResolutionView[]): Table {
  return {
    columns: [
      { header: '决议编号', align: 'center' }, { header: '决议名称' }, { header: '决议内容' }, { header: '会议' }, { header: '会议类别', align: 'center' },
      { header: '会议日期', align: 'center' }, { header: '通过日期', align: 'center' }, { header: '公示日期', align: 'center' },
    ],
    rows: resolutions.map((r) => [r.number, r.title, r.text, r.meetingTitle, r.meetingKindLabel, r.meetingDate, chinaDay(r.adoptedAt), chinaDay(r.publishedAt)]),
  };
}

/**
 * A cell as CSV writes it: quoted when it holds a comma, quote or line break; text a spreadsheet would read as a
 * formula (= + - @ first) is prefixed with an apostrophe — open data must not run anything in the reader's Excel.
 */
export function csvCell(value: NoticeBoardCell): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV (RFC 4180, CRLF) in UTF-8 with a BOM: Excel on Chinese Windows opens it as UTF-8 only with one. */
export function toCsv(table: Table): Uint8Array {
  const lines = [['序号', ...table.columns.map((c) => c.header)], ...table.rows.map((row, i) => [i + 1, ...row])];
  const text = lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
  return new TextEncoder().encode(`\uFEFF${text}`);
}

/** Every record of a published list, page by page (at most MAX_PUBLISHED_PER_YEAR: a bounded read). */
async function readAllPublished<V>(read: (page: PageRequest) => Promise<Page<V>>): Promise<V[]> {
  const all: V[] = [];
  let after: string | null | undefined;
  // Pages of 50 publications; a region publishes at most 1000 of a type a year: 20 pages, with room.
  for (let i = 0; i < MAX_PUBLISHED_PER_YEAR / MAX_PUBLIC_PAGE + 5; i++) {
    const page = await read({ size: MAX_PUBLIC_PAGE, after });
    all.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return all;
    after = page.pageInfo.endCursor;
  }
  return all;
}

/** The file of a published list of a year; null when the region does not exist. Anyone may read it. */
export async function openDataFile(request: OpenDataRequest, ports: Ports): Promise<OpenDataFile | null> {
  const region = await readPublicRegion({ id: request.regionId }, ports);
  if (!region) return null;
  const { year, type } = request;
  const list = (page: PageRequest) => ({ year, first: page.size, after: page.after });
  let table: Table;
  if (type === 'NEED') table = needRows(await readAllPublished((page) => publicNeeds(region.id, list(page), ports)));
  else if (type === 'RESOURCE') table = resourceRows(await readAllPublished((page) => publicResources(region.id, list(page), ports)));
  else if (type === 'PROJECT') table = projectRows(await readAllPublished((page) => publicProjects(region.id, list(page), ports)));
  else table = resolutionRows(await readAllPublished((page) => publicResolutions(region.id, list(page), ports)));
  const title = `${region.name}${year}年度${PUBLISHABLE_TYPE_LABELS[type]}`;
  if (request.format === 'csv') return { fileName: `${title}.csv`, contentType: CSV_CONTENT_TYPE, bytes: toCsv(table) };
  const bytes = await ports.listWorkbooks.noticeBoard({ title: `${title}（公示）`, dateLine: asOfLine(ports.now()), sheetName: `${year}年度${PUBLISHABLE_TYPE_LABELS[type]}`, ...table });
  return { fileName: `${title}.xlsx`, contentType: XLSX_CONTENT_TYPE, bytes };
}

/** `attachment` with the file's UTF-8 name (RFC 6266/5987) and an ASCII fallback for old clients. */
export function contentDisposition(fileName: string, fallback: string): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
