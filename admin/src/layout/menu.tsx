import { Space, Tag, type MenuProps } from 'antd';
import { Link, useLocation } from 'react-router';
import { AREAS, type Access } from '../areas';
import type { Area, MenuLink } from '../areas/area';
import { useAuth } from '../auth/AuthProvider';
import { useT, type Translate } from '../i18n';

type Item = NonNullable<MenuProps['items']>[number];

export interface BuiltMenu {
  items: Item[];
  /** The link whose path is the longest prefix of the current one (a unit's page selects 单位列表). */
  selected: string[];
  /** Groups, open by default. */
  open: string[];
}

/** The side menu from the areas' entries: those this viewer may see, in `order`. */
export function buildMenu(areas: readonly Area[], access: Access, t: Translate, pathname: string): BuiltMenu {
  const links: string[] = [];
  const open: string[] = [];
  const link = (entry: MenuLink): Item => {
    const to = typeof entry.to === 'function' ? entry.to(access) : entry.to;
    links.push(to);
    return { key: to, icon: entry.icon, label: <Link to={to}>{t(entry.label)}</Link> };
  };
  const items = areas
    .flatMap((area) => area.menu ?? [])
    .filter((entry) => entry.show?.(access) ?? true)
    .sort((a, b) => a.order - b.order)
    .map((entry): Item => {
      if ('children' in entry) {
        open.push(entry.key);
        return { key: entry.key, icon: entry.icon, label: t(entry.label), children: entry.children.map(link) };
      }
      if ('comingSoon' in entry) {
        return {
          key: entry.key,
          icon: entry.icon,
          disabled: true,
          label: (
            <Space size={6}>
              {t(entry.label)}
              <Tag style={{ marginInlineEnd: 0 }}>{t('app.comingSoon')}</Tag>
            </Space>
          ),
        };
      }
      return link(entry);
    });
  const covers = (to: string) => pathname === to || pathname.startsWith(`${to}/`);
  const selected = links.filter(covers).sort((a, b) => b.length - a.length).slice(0, 1);
  return { items, selected, open };
}

export function useAreaMenu(): BuiltMenu {
  const t = useT();
  const { access } = useAuth();
  const { pathname } = useLocation();
  return buildMenu(AREAS, access, t, pathname);
}
