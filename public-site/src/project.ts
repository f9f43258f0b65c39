import { PublicApiError, request } from './api';
import { h, replace, type Child } from './dom';
import { PublicProjectDocument } from './gql/graphql';
import { PROJECT_STAGE, beijingDate, period, thisYear } from './labels';
import { photoLinks } from './photos';
import { listsHref, projectHref } from './route';

const field = (label: string, value: Child) => [h('dt', null, label), h('dd', null, value)];

/**
 * A published project (/p/{regionId}/project/{id}): its stage, units, dates, acceptance, progress with photos,
 * and the QR code of this very address for the 党务公开栏 (the print layout puts it beside the details).
 */
export function renderProject(root: HTMLElement, route: { region: string; id: string }, setTitle: (regionName: string | null, page?: string) => void): void {
  const { region, id } = route;
  const answer = request(PublicProjectDocument, { region, id });
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' }, '加载中…');
  replace(root, h('p', { class: 'back no-print' }, h('a', { href: listsHref(region, 'projects', thisYear()), 'data-nav': true }, '← 返回项目清单')), status);

  answer.then(
    ({ publicRegion }) => {
      const project = publicRegion?.project;
      setTitle(publicRegion?.name ?? null, project?.title);
      if (!publicRegion || !project) {
        status.textContent = '未找到该项目：它可能已撤回公示。';
        return;
      }
      const url = new URL(projectHref(region, project.id), location.origin).href;
      const qr = h('figure', { class: 'qr' }, h('figcaption', null, '扫码查看本项目公示'), h('span', { class: 'url' }, url));
      void import('./qr').then(({ qrSvg }) => qr.prepend(qrSvg(url, `本项目公示页的二维码：${url}`)));
      replace(
        root,
        h('p', { class: 'back no-print' }, h('a', { href: listsHref(region, 'projects', project.year), 'data-nav': true }, '← 返回项目清单')),
        h(
          'article',
          { class: 'project', 'aria-labelledby': 'project-title' },
          h('h2', { id: 'project-title' }, project.title, ' ', h('span', { class: `tag stage-${project.status.toLowerCase()}`, 'data-testid': 'project-stage' }, PROJECT_STAGE[project.status])),
          h(
            'div',
            { class: 'project-top' },
            h(
              'dl',
              { class: 'facts' },
              field('年度', `${project.year} 年`),
              field('阶段', PROJECT_STAGE[project.status]),
              field('所在社区', project.communityName),
              field('责任单位', project.unitNames.join('、') || '—'),
              field('起止日期', period(project.startsOn, project.targetOn)),
              project.volunteerSlots > 0 && field('志愿服务名额', `已认领 ${project.slotsTaken} / 共 ${project.volunteerSlots}`),
              project.acceptedAt && field('验收日期', beijingDate(project.acceptedAt)),
              project.acceptedAt && field('验收意见', project.acceptanceNote || '—'),
              project.rating.count > 0 && project.rating.average != null && field('群众评价', `${project.rating.average.toFixed(1)} 分（${project.rating.count} 人评价）`),
            ),
            qr,
          ),
          project.description && h('section', { 'aria-labelledby': 'project-description' }, h('h3', { id: 'project-description' }, '项目内容'), h('p', { class: 'text' }, project.description)),
          h(
            'section',
            { 'aria-labelledby': 'project-progress' },
            h('h3', { id: 'project-progress' }, '实施进展'),
            project.progress.length === 0
              ? h('p', null, '暂无进展报告。')
              : h(
                  'ol',
                  { class: 'progress' },
                  project.progress.map((step) => h('li', null, h('time', { datetime: step.at }, beijingDate(step.at)), h('p', { class: 'text' }, step.note), photoLinks(step.files, 'large'))),
                ),
          ),
        ),
        h('p', { class: 'actions no-print' }, h('button', { type: 'button', onclick: () => window.print() }, '打印本页（含二维码）')),
      );
    },
    (error: unknown) => {
      status.textContent = error instanceof PublicApiError ? error.message : '加载失败，请重试。';
      status.after(h('button', { type: 'button', class: 'no-print', onclick: () => renderProject(root, route, setTitle) }, '重试'));
    },
  );
}
