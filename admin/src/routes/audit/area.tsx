import { HistoryOutlined } from '@ant-design/icons';
import { defineMessages, type Area } from '../../areas/area';
import { holdsInRegion } from '../../auth/roles';
import { enUS } from './messages/en-US';
import { zhCN } from './messages/zh-CN';

export interface AuditAccess {
  /** REGION_ADMIN of a region: the audit trails (auditTrail, regionAuditTrail). */
  readAudit: boolean;
}

/** 审计日志: the region's audit trail (`/audit`); a unit's 审计记录 card is on the unit's page. */
export const auditArea: Area<keyof typeof zhCN, AuditAccess> = {
  name: 'audit',
  messages: defineMessages(zhCN, enUS),
  access: (viewer) => ({ readAudit: holdsInRegion(viewer, 'REGION_ADMIN') }),
  routes: [{ path: 'audit', page: () => import('./list'), allow: (access) => access.readAudit }],
  menu: [{ to: '/audit', label: 'nav.audit', icon: <HistoryOutlined />, order: 20, show: (access) => access.readAudit }],
};
