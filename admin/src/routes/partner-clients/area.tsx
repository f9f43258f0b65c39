import { ApiOutlined } from '@ant-design/icons';
import { defineMessages, type Area } from '../../areas/area';
import { enUS } from './messages/en-US';
import { zhCN } from './messages/zh-CN';

export interface PartnerClientsAccess {
  /** PLATFORM_ADMIN: the partner systems of every region (partnerClients, registerPartnerClient, …). */
  managePartnerClients: boolean;
}

/** 合作系统: the platform admin registers, rotates and revokes partner systems' clients, per region (`/partner-clients`). */
export const partnerClientsArea: Area<keyof typeof zhCN, PartnerClientsAccess> = {
  name: 'partner-clients',
  messages: defineMessages(zhCN, enUS),
  access: (viewer) => ({ managePartnerClients: Boolean(viewer?.roles.includes('PLATFORM_ADMIN')) }),
  routes: [{ path: 'partner-clients', page: () => import('./list'), allow: (access) => access.managePartnerClients }],
  menu: [{ to: '/partner-clients', label: 'nav.partnerClients', icon: <ApiOutlined />, order: 92, show: (access) => access.managePartnerClients }],
};
