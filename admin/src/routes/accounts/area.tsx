import { IdcardOutlined } from '@ant-design/icons';
import { defineMessages, type Area } from '../../areas/area';
import { holdsInRegion } from '../../auth/roles';
import { enUS } from './messages/en-US';
import { zhCN } from './messages/zh-CN';

/** What the accounts area offers a viewer (functions/src/domain/accounts/policy.ts decides; this mirrors it). */
export interface AccountsAccess {
  /** REGION_ADMIN of a region: its people's accounts (list, create, bulk liaison accounts, reset, disable, enable). */
  manageAccounts: boolean;
}

/**
 * 账号管理: the sign-ins of the region's people — liaisons (联络员), members (党员) and fellow secretariat admins —
 * with 新建账号, 重置密码, 停用 / 启用 and 批量开通联络员账号 (with its handout sheet, downloadable once).
 */
export const accountsArea: Area<keyof typeof zhCN, AccountsAccess> = {
  name: 'accounts',
  messages: defineMessages(zhCN, enUS),
  access: (viewer) => ({ manageAccounts: holdsInRegion(viewer, 'REGION_ADMIN') }),
  routes: [{ path: 'accounts', page: () => import('./list'), allow: (access) => access.manageAccounts }],
  menu: [{ to: '/accounts', label: 'nav.accounts', icon: <IdcardOutlined />, order: 21, show: (access) => access.manageAccounts }],
};
