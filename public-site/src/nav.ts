/**
 * Moves within the page without reloading it (a tab, a year, a search, a project): the new address is pushed
 * and the page drawn again for it. Links marked `data-nav` go through here (main.ts listens for their clicks).
 */
let draw: () => void = () => location.reload();

export function onNavigate(render: () => void): void {
  draw = render;
}

export function navigate(href: string): void {
  history.pushState(null, '', href);
  draw();
  window.scrollTo(0, 0);
}
