import { ApartmentOutlined, BankOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { defineMessages, type Area } from '../../areas/area';
import { holdsInRegion } from '../../auth/roles';
import { enUS } from './messages/en-US';
import { zhCN } from './messages/zh-CN';

/** What the member-units area offers a viewer (functions/src/domain/units/policy.ts decides; this mirrors it). */
export interface UnitsAccess {
  /** REGION_ADMIN of a region: everything on its units, pairings and uploads. */
  manageUnits: boolean;
  /** UNIT_LIAISON: the unit it speaks for. */
  ownUnitId: string | null;
  canOpenUnit: (id: string | undefined) => boolean;
  canEditUnit: (id: string | undefined) => boolean;
}

/**
 * 成员单位: the region's units (list, tree, create) for a region admin; a unit's page and edit form for the
 * admin and for the unit's own liaison, whose whole menu is 我的单位. Which fields a liaison may not change
 * comes with the unit (`Unit.lockedFields`), not from here.
 */
export const unitsArea: Area<keyof typeof zhCN, UnitsAccess> = {
  name: 'units',
  messages: defineMessages(zhCN, enUS),
  access: (viewer) => {
    const manageUnits = holdsInRegion(viewer, 'REGION_ADMIN');
    const ownUnitId = holdsInRegion(viewer, 'UNIT_LIAISON') ? (viewer?.unitId ?? null) : null;
    const mayTouch = (id: string | undefined) => manageUnits || (ownUnitId !== null && id === ownUnitId);
    return { manageUnits, ownUnitId, canOpenUnit: mayTouch, canEditUnit: mayTouch };
  },
  routes: [
    { path: 'units', page: () => import('./list'), allow: (access) => access.manageUnits },
    { path: 'units/tree', page: () => import('./tree'), allow: (access) => access.manageUnits },
    { path: 'units/new', page: () => import('./create'), allow: (access) => access.manageUnits },
    { path: 'units/:id', page: () => import('./show'), allow: (access, { id }) => access.canOpenUnit(id) },
    { path: 'units/:id/edit', page: () => import('./edit'), allow: (access, { id }) => access.canEditUnit(id) },
  ],
  menu: [
    {
      key: 'units',
      label: 'nav.units',
      icon: <BankOutlined />,
      order: 10,
      show: (access) => access.manageUnits,
      children: [
        { to: '/units', label: 'nav.unitList', icon: <UnorderedListOutlined /> },
        { to: '/units/tree', label: 'nav.unitTree', icon: <ApartmentOutlined /> },
      ],
    },
    {
      to: (access) => `/units/${access.ownUnitId}`,
      label: 'nav.myUnit',
      icon: <BankOutlined />,
      order: 10,
      show: (access) => !access.manageUnits && access.ownUnitId !== null,
    },
  ],
  home: (access) => {
    if (access.manageUnits) return '/units';
    if (access.ownUnitId) return `/units/${access.ownUnitId}`;
    return null;
  },
};
