import type { RouteObject } from 'react-router';
import { Allowed } from '../auth/guards';
import type { Area } from './area';

/** A lazy module as a route: its default export is the page. */
export function asRoute(module: { default: React.ComponentType }) {
  return { Component: module.default };
}

/**
 * The areas' pages as routes under the shell: each a lazy chunk, behind `Allowed` when only some viewers may
 * open it (the others see 无权访问).
 */
export function areaRoutes(areas: readonly Area[]): RouteObject[] {
  return areas.flatMap((area) =>
    (area.routes ?? []).map((route): RouteObject => {
      const page: RouteObject = { path: route.path, lazy: () => route.page().then(asRoute) };
      return route.allow ? { element: <Allowed when={route.allow} />, children: [page] } : page;
    }),
  );
}
