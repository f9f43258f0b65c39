import { AuditOutlined } from '@ant-design/icons';
import { defineMessages, type Area } from '../../areas/area';
import { holdsInRegion } from '../../auth/roles';
import { enUS } from './messages/en-US';
import { zhCN } from './messages/zh-CN';

/** What the issue ledger offers a viewer (the API's policy decides; this mirrors it). */
export interface LedgerAccess {
  /** The ledger: the secretariat (every item) and every unit liaison (its unit's raised and handled items). */
  readLedger: boolean;
  /** The secretariat (region admin): raises for any unit, assigns (交办), declines, records paper sign-offs. */
  manageLedger: boolean;
  /** A liaison's unit: it raises for it, handles what is assigned to it, signs off what it raised. Null for a region admin. */
  ledgerUnitId: string | null;
}

/**
 * 意见台账 (002 art.23, 销号式运行): units' problems, suggestions and opinions numbered (一事一号), assigned with a due
 * date, handled and closed by the raising unit's sign-off (一办一销); the item's four cards (003 doc 1) print.
 */
export const ledgerArea: Area<keyof typeof zhCN, LedgerAccess> = {
  name: 'ledger',
  messages: defineMessages(zhCN, enUS),
  access: (viewer) => {
    const manageLedger = holdsInRegion(viewer, 'REGION_ADMIN');
    const ledgerUnitId = !manageLedger && holdsInRegion(viewer, 'UNIT_LIAISON') ? (viewer?.unitId ?? null) : null;
    return { manageLedger, readLedger: manageLedger || ledgerUnitId !== null, ledgerUnitId };
  },
  routes: [
    { path: 'ledger', page: () => import('./list'), allow: (access) => access.readLedger },
    { path: 'ledger/new', page: () => import('./create'), allow: (access) => access.readLedger },
    { path: 'ledger/:id', page: () => import('./show'), allow: (access) => access.readLedger },
    { path: 'ledger/:id/cards', page: () => import('./cards'), allow: (access) => access.readLedger },
  ],
  menu: [{ to: '/ledger', label: 'nav.ledger', icon: <AuditOutlined />, order: 47, show: (access) => access.readLedger }],
};
