import { h, replace } from './dom';
import { renderLists } from './lists';
import { navigate, onNavigate } from './nav';
import { renderProject } from './project';
import { parseRoute } from './route';

/**
 * The public page (公示页) of a region: /p/{regionId} (its lists) and /p/{regionId}/project/{id}. Read-only and
 * anonymous, plain DOM and `fetch`: the whole bundle is a few KB, for phones opening it from WeChat.
 */
const heading = document.getElementById('region-name')!;
const main = document.getElementById('main')!;

function setTitle(regionName: string | null, page?: string): void {
  if (regionName) heading.textContent = regionName;
  document.title = [page, regionName ? `${regionName}党务公开` : '党务公开'].filter(Boolean).join(' · ');
}

function render(): void {
  const route = parseRoute(location);
  if (route.view === 'lists') renderLists(main, route, setTitle);
  else if (route.view === 'project') renderProject(main, route, setTitle);
  else replace(main, h('p', { class: 'status' }, '请从区域的公示链接或二维码进入本页。'));
}

onNavigate(render);
document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a[data-nav]');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate((link as HTMLAnchorElement).href);
});
window.addEventListener('popstate', render);
render();
