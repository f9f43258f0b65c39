import { PublicApiError, request } from './api';
import { h, replace, type Child } from './dom';
import {
  PublicNeedsDocument,
  PublicOpenDataDocument,
  PublicProjectsDocument,
  PublicResolutionsDocument,
  PublicResourcesDocument,
  type PublicNeedItemFragment,
  type PublicProjectsQuery,
  type PublicResolutionsQuery,
  type PublicResourceItemFragment,
} from './gql/graphql';
import { NEED_STATUS, PROJECT_STAGE, RESOURCE_TYPE, TABS, TAB_NOUN, TAB_TITLE, TYPE_TAB, beijingDate, period, thisYear, type Tab } from './labels';
import { navigate } from './nav';
import { photoLinks } from './photos';
import { listsHref, projectHref } from './route';

type Page<T> = { items: T[]; endCursor: string | null; hasNextPage: boolean; regionName: string | null };
type Column<T> = { label: string; cell: (item: T) => Child };
type PublicProjectRow = NonNullable<PublicProjectsQuery['publicRegion']>['projects']['edges'][number]['node'];
type PublicResolutionRow = NonNullable<PublicResolutionsQuery['publicRegion']>['resolutions']['edges'][number]['node'];
type PageVariables = { region: string; year: number; search: string | null; after: string | null };
type Connection<T> = { edges: { node: T }[]; pageInfo: { endCursor?: string | null; hasNextPage: boolean } };

/** A page from the region's answer: its name (null: no such region) and the list's items. */
function pageOf<T>(region: { name: string } | null | undefined, list: Connection<T> | undefined): Page<T> {
  if (!region || !list) return { regionName: null, items: [], endCursor: null, hasNextPage: false };
  return { regionName: region.name, items: list.edges.map((e) => e.node), endCursor: list.pageInfo.endCursor ?? null, hasNextPage: list.pageInfo.hasNextPage };
}

/** How each tab reads a page: its own query, so each answer carries only the fields its table shows. */
const FETCH: Record<Tab, (variables: PageVariables) => Promise<Page<unknown>>> = {
  needs: (v) => request(PublicNeedsDocument, v).then(({ publicRegion: r }) => pageOf(r, r?.needs)),
  resources: (v) => request(PublicResourcesDocument, v).then(({ publicRegion: r }) => pageOf(r, r?.resources)),
  projects: (v) => request(PublicProjectsDocument, v).then(({ publicRegion: r }) => pageOf(r, r?.projects)),
  resolutions: (v) => request(PublicResolutionsDocument, v).then(({ publicRegion: r }) => pageOf(r, r?.resolutions)),
};

const NEED_COLUMNS: Column<PublicNeedItemFragment>[] = [
  { label: '需求名称', cell: (n) => n.title },
  { label: '类别', cell: (n) => n.category },
  { label: '征集社区', cell: (n) => n.communityName },
  { label: '期望时间', cell: (n) => period(n.wantedFrom, n.wantedUntil) },
  { label: '状态', cell: (n) => h('span', { class: `tag need-${n.status.toLowerCase()}` }, NEED_STATUS[n.status]) },
  { label: '公示日期', cell: (n) => beijingDate(n.publishedAt) },
];

const RESOURCE_COLUMNS: Column<PublicResourceItemFragment>[] = [
  { label: '资源名称', cell: (r) => r.title },
  { label: '类型', cell: (r) => RESOURCE_TYPE[r.type] },
  { label: '提供单位', cell: (r) => r.unitName },
  { label: '剩余 / 总量', cell: (r) => `${r.quantityLeft} / ${r.quantity} ${r.quantityUnit}` },
  { label: '可用时间', cell: (r) => period(r.availableFrom, r.availableUntil) },
];

const projectColumns = (region: string): Column<PublicProjectRow>[] => [
  { label: '项目名称', cell: (p) => h('a', { href: projectHref(region, p.id), 'data-nav': true }, p.title) },
  { label: '阶段', cell: (p) => h('span', { class: `tag stage-${p.status.toLowerCase()}`, 'data-testid': 'project-stage' }, PROJECT_STAGE[p.status]) },
  { label: '所在社区', cell: (p) => p.communityName },
  { label: '责任单位', cell: (p) => p.unitNames.join('、') || '—' },
  { label: '起止日期', cell: (p) => period(p.startsOn, p.targetOn) },
  { label: '验收', cell: (p) => (p.acceptedAt ? `${beijingDate(p.acceptedAt)}${p.acceptanceNote ? `：${p.acceptanceNote}` : ''}` : '—') },
  { label: '进展照片', cell: (p) => photoLinks(p.progress.flatMap((step) => step.files).slice(0, 3), 'small') || '—' },
];

/** 决议公开: what was decided, its number, and at which meeting (by title, kind and day); the text as written. */
const RESOLUTION_COLUMNS: Column<PublicResolutionRow>[] = [
  { label: '决议名称', cell: (r) => r.title },
  { label: '决议编号', cell: (r) => r.number },
  { label: '会议', cell: (r) => `${r.meetingTitle}（${r.meetingKindLabel}）` },
  { label: '会议日期', cell: (r) => r.meetingDate },
  { label: '决议内容', cell: (r) => h('div', { class: 'text' }, r.text) },
];

function rows<T>(columns: Column<T>[], items: T[]): HTMLTableRowElement[] {
  return items.map((item) => h('tr', null, columns.map((c, i) => (i === 0 ? h('th', { scope: 'row', 'data-label': c.label }, c.cell(item)) : h('td', { 'data-label': c.label }, c.cell(item))))));
}

/**
 * A region's lists (/p/{regionId}): 需求清单 / 资源清单 / 项目清单 / 决议公开 of a year as tabs (links, so each list has its own
 * address), a title search, 20 at a time with 加载更多, the open data links, and a print button. The first page's
 * request goes out before anything is drawn: on a slow phone link it is the page's critical path.
 */
export function renderLists(root: HTMLElement, route: { region: string; tab: Tab; year: number; search: string }, setTitle: (regionName: string | null) => void): void {
  const { region, tab, year, search } = route;
  const firstVariables = { region, year, search: search || null, after: null };
  const first = FETCH[tab](firstVariables);

  const columns = (
    tab === 'needs' ? NEED_COLUMNS : tab === 'resources' ? RESOURCE_COLUMNS : tab === 'projects' ? projectColumns(region) : RESOLUTION_COLUMNS
  ) as Column<unknown>[];
  const headingId = 'list-heading';
  const tbody = h('tbody');
  const table = h(
    'table',
    { 'aria-labelledby': headingId, 'data-testid': 'public-list', hidden: true },
    h('thead', null, h('tr', null, columns.map((c) => h('th', { scope: 'col' }, c.label)))),
    tbody,
  );
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' }, '加载中…');
  const more = h('button', { type: 'button', class: 'more no-print', hidden: true }, '加载更多');
  const years = [thisYear() + 1, thisYear(), thisYear() - 1, thisYear() - 2, thisYear() - 3, thisYear() - 4];
  if (!years.includes(year)) years.push(year);

  const searchInput = h('input', { id: 'search', type: 'search', name: 'q', value: search, maxlength: 50, placeholder: '输入标题中的字词', autocomplete: 'off' });
  const yearSelect = h(
    'select',
    { id: 'year', name: 'year' },
    years.sort((a, b) => b - a).map((y) => h('option', { value: y, selected: y === year }, `${y} 年`)),
  );
  const go = (next: { year?: number; search?: string }) => navigate(listsHref(region, tab, next.year ?? year, next.search ?? search));
  yearSelect.addEventListener('change', () => go({ year: Number(yearSelect.value) }));

  const openData = h('section', { class: 'open-data no-print', 'aria-labelledby': 'open-data-heading', hidden: true });

  replace(
    root,
    h(
      'nav',
      { class: 'tabs no-print', 'aria-label': '清单' },
      TABS.map((t) => h('a', { href: listsHref(region, t, year), 'data-nav': true, 'aria-current': t === tab ? 'page' : null }, TAB_TITLE[t])),
    ),
    h(
      'form',
      { class: 'controls no-print', role: 'search', onsubmit: (e: Event) => (e.preventDefault(), go({ search: searchInput.value.trim() })) },
      h('label', { for: 'year' }, '年度'),
      yearSelect,
      h('label', { for: 'search' }, `搜索${TAB_NOUN[tab]}标题`),
      searchInput,
      h('button', { type: 'submit' }, '搜索'),
      search && h('a', { href: listsHref(region, tab, year), 'data-nav': true, class: 'clear' }, '清除搜索'),
    ),
    h('section', { class: 'list', 'aria-labelledby': headingId }, h('h2', { id: headingId }, `${TAB_TITLE[tab]}（${year} 年）`, search && h('small', null, ` · 标题含“${search}”`)), status, table, more),
    openData,
    h('p', { class: 'actions no-print' }, h('button', { type: 'button', onclick: () => window.print() }, '打印公示表')),
  );

  let shown = 0;
  const show = (page: Page<unknown>) => {
    setTitle(page.regionName);
    if (page.regionName === null) {
      table.hidden = true;
      status.textContent = '未找到该区域，或该区域尚未公示任何内容。';
      return;
    }
    tbody.append(...rows(columns, page.items));
    shown += page.items.length;
    table.hidden = shown === 0;
    status.textContent =
      shown === 0 ? (search ? `没有标题含“${search}”的${TAB_NOUN[tab]}。` : `${year} 年暂无公示的${TAB_NOUN[tab]}。`) : `已显示 ${shown} 条${page.hasNextPage ? '，还有更多' : '，已全部显示'}`;
    more.textContent = '加载更多';
    more.hidden = !page.hasNextPage;
    more.onclick = () => load(() => FETCH[tab]({ region, year, search: search || null, after: page.endCursor }));
  };
  /** Reads a page and shows it; on failure the button offers 重试 of the same read. */
  const load = (read: () => Promise<Page<unknown>>, pending = read()) => {
    more.disabled = true;
    pending
      .then(show, (error: unknown) => {
        status.textContent = error instanceof PublicApiError ? error.message : '加载失败，请重试。';
        more.textContent = '重试';
        more.hidden = false;
        more.onclick = () => load(read);
      })
      .finally(() => {
        more.disabled = false;
      });
  };
  load(() => FETCH[tab](firstVariables), first);
  // The open data links are not on the critical path: asked once the first page is in.
  void first.then((page) => (page.regionName === null ? null : request(PublicOpenDataDocument, { region, year }))).then(
    (data) => {
      const lists = data?.publicRegion?.openData ?? [];
      if (lists.length === 0) return;
      replace(
        openData,
        h('h2', { id: 'open-data-heading' }, '开放数据下载'),
        h('ul', null, lists.map((l) => h('li', null, `${TAB_TITLE[TYPE_TAB[l.type]]}（${l.year} 年）：`, h('a', { href: l.links.csv, download: true }, 'CSV'), ' · ', h('a', { href: l.links.xlsx, download: true }, 'Excel')))),
      );
      openData.hidden = false;
    },
    () => undefined,
  );
}
