import { CalendarOutlined, FieldTimeOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { defineMessages, type Area } from '../../areas/area';
import { holdsInRegion } from '../../auth/roles';
import { enUS } from './messages/en-US';
import { zhCN } from './messages/zh-CN';

/** What the meetings area offers a viewer. In this first step only the secretariat (region admin) has it. */
export interface MeetingsAccess {
  /** 会议列表, a meeting's page and form, 会议频次: the region admin. What may be done to one meeting is its `allowedActions`. */
  manageMeetings: boolean;
}

/**
 * 会议管理: the region's meetings by start time (会议列表), the meeting form with its first agenda, a meeting's page
 * (议题, 会议通知 with the 7-day rule, 取消 / 延期), and 会议频次 (which kinds are overdue).
 */
export const meetingsArea: Area<keyof typeof zhCN, MeetingsAccess> = {
  name: 'meetings',
  messages: defineMessages(zhCN, enUS),
  access: (viewer) => ({ manageMeetings: holdsInRegion(viewer, 'REGION_ADMIN') }),
  routes: [
    { path: 'meetings', page: () => import('./list'), allow: (access) => access.manageMeetings },
    { path: 'meetings/new', page: () => import('./create'), allow: (access) => access.manageMeetings },
    { path: 'meetings/cadence', page: () => import('./cadence'), allow: (access) => access.manageMeetings },
    { path: 'meetings/:id', page: () => import('./show'), allow: (access) => access.manageMeetings },
    { path: 'meetings/:id/edit', page: () => import('./edit'), allow: (access) => access.manageMeetings },
  ],
  menu: [
    {
      key: 'meetings',
      label: 'nav.meetings',
      icon: <CalendarOutlined />,
      order: 50,
      show: (access) => access.manageMeetings,
      children: [
        { to: '/meetings', label: 'nav.meetingList', icon: <UnorderedListOutlined /> },
        { to: '/meetings/cadence', label: 'nav.meetingCadence', icon: <FieldTimeOutlined /> },
      ],
    },
  ],
};
