import { ApartmentOutlined } from '@ant-design/icons';
import { defineMessages, type Area } from '../../areas/area';
import { holdsInRegion } from '../../auth/roles';
import { enUS } from './messages/en-US';
import { zhCN } from './messages/zh-CN';

/** What the alliance's organisation page offers a viewer (the API's policy decides; this mirrors it). */
export interface AllianceAccess {
  /** 联盟组织: the secretariat and the region's liaisons read it. */
  readAlliance: boolean;
  /** The secretariat (region admin) appoints officers, sets the council's term, keeps the bodies. */
  manageAlliance: boolean;
}

/** 联盟组织 (000 art.7; 002 art.12–18): officers and their terms, 历任, the council's term, committees and branches. */
export const allianceArea: Area<keyof typeof zhCN, AllianceAccess> = {
  name: 'alliance',
  messages: defineMessages(zhCN, enUS),
  access: (viewer) => {
    const manageAlliance = holdsInRegion(viewer, 'REGION_ADMIN');
    return { manageAlliance, readAlliance: manageAlliance || holdsInRegion(viewer, 'UNIT_LIAISON') };
  },
  routes: [{ path: 'alliance', page: () => import('./page'), allow: (access) => access.readAlliance }],
  menu: [{ to: '/alliance', label: 'nav.alliance', icon: <ApartmentOutlined />, order: 15, show: (access) => access.readAlliance }],
};
