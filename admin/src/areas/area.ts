import type { ComponentType, ReactNode } from 'react';
import type { Params } from 'react-router';
import type { ViewerAccessFields } from '../auth/roles';
import type { Language } from '../i18n/language';
import type { Access } from './index';
import type { MessageKey } from './messages';

/**
 * One area of the console (成员单位, 审计日志, …), declared once: what its pages are and who may open
 * them, its menu entries, the access flags it adds, and its messages. `areas/index.ts` lists the areas;
 * the router, the menu, `accessOf` and the dictionaries are all built from that list.
 *
 * `K` is the area's message keys and `F` its access flags: an area is declared with both named
 * (`Area<keyof typeof zhCN, UnitsAccess>`), which lets the console's `MessageKey` and `Access` be derived
 * from the list without the compiler having to read the pages first.
 */
export interface Area<K extends string = string, F extends object = object> {
  /** The area's folder under `routes/`; also a stable id in the docs. */
  name: string;
  /** Its messages in both languages; keys are unique across the console (checked when merged). */
  messages: Messages<K>;
  /** The flags this area adds to `Access`, from the viewer's roles (mirroring the API's policy). */
  access?: (viewer: ViewerAccessFields | null) => F;
  /** Its pages, each a lazy chunk, each with who may open it. */
  routes?: readonly AreaRoute[];
  /** Its entries in the side menu (most areas have one; 成员单位 has one per role it serves). */
  menu?: readonly MenuEntry[];
  /**
   * Where `/` (and 返回首页) takes a viewer this area serves, or null. The first area in the list that
   * names a path wins.
   */
  home?: (access: Access) => string | null;
}

export interface AreaRoute {
  /** Relative to `/`, as react-router writes it (`units/:id/edit`). */
  path: string;
  /** The page's module (`() => import('./list')`): its own chunk, loaded when first opened. */
  page: () => Promise<{ default: ComponentType }>;
  /** Who may open it; the others see 无权访问. Omitted: everyone signed in. */
  allow?: (access: Access, params: Params) => boolean;
}

export interface MenuLink {
  label: MessageKey;
  icon: ReactNode;
  /** The path it opens, fixed or the viewer's own (a liaison's unit). Also its menu key. */
  to: string | ((access: Access) => string);
}

export type MenuEntry = {
  label: MessageKey;
  icon: ReactNode;
  /** Place in the menu, lowest first, across all areas. */
  order: number;
  /** Who sees it (omitted: everyone signed in). */
  show?: (access: Access) => boolean;
} & (
  | { to: MenuLink['to'] }
  /** A group of links, open by default. */
  | { key: string; children: readonly MenuLink[] }
  /** An area not built yet: shown disabled, saying 即将上线. */
  | { key: string; comingSoon: true }
);

/** An area's messages: the same keys in both languages. */
export type Messages<K extends string = string> = Record<Language, Record<K, string>>;

/**
 * Pairs a zh-CN dictionary (the source) with its English. The compiler refuses an English dictionary with a
 * key missing; one with a key too many is refused where it is written (an object literal here, or a
 * `Record<keyof typeof zhCN, string>` in its own file).
 */
export function defineMessages<const K extends string>(zhCN: Record<K, string>, enUS: Record<NoInfer<K>, string>): Messages<K> {
  return { 'zh-CN': zhCN, 'en-US': enUS };
}
