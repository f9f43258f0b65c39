import { AlertOutlined, CalendarOutlined, FieldTimeOutlined, NotificationOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { defineMessages, type Area } from '../../areas/area';
import { holdsInRegion } from '../../auth/roles';
import { enUS } from './messages/en-US';
import { zhCN } from './messages/zh-CN';

/** What the meetings area offers a viewer (the API's policy decides; this mirrors it: functions/src/domain/meetings/policy.ts). */
export interface MeetingsAccess {
  /** 会议列表, a meeting's page and form, 会议频次, 督办事项 of the region: the region admin. What may be done to one meeting is its `allowedActions`. */
  manageMeetings: boolean;
  /**
   * A liaison's unit: its 会议通知 (请假, 书面意见, 签到) and the 督办事项 it is responsible for (报告落实情况). Null for a
   * region admin and for everyone else.
   */
  noticesUnitId: string | null;
}

const secretariat = (access: MeetingsAccess) => access.manageMeetings;
const liaison = (access: MeetingsAccess) => access.noticesUnitId !== null;

/**
 * 会议管理: the region's meetings by start time (会议列表), the meeting form with its first agenda, a meeting's page
 * (议题, 会议通知 with the 7-day rule, 取消 / 延期), 会议频次 (which kinds are overdue) and 督办事项 (the resolutions'
 * action items, overdue ones first in red). A unit liaison has its own group: its unit's 会议通知 (请假 with a
 * 代参会人, 书面意见 per 议题, 签到 with the code) and the 督办事项 its unit carries out (报告落实情况).
 */
export const meetingsArea: Area<keyof typeof zhCN, MeetingsAccess> = {
  name: 'meetings',
  messages: defineMessages(zhCN, enUS),
  access: (viewer) => {
    const manageMeetings = holdsInRegion(viewer, 'REGION_ADMIN');
    const noticesUnitId = !manageMeetings && holdsInRegion(viewer, 'UNIT_LIAISON') ? (viewer?.unitId ?? null) : null;
    return { manageMeetings, noticesUnitId };
  },
  routes: [
    { path: 'meetings', page: () => import('./list'), allow: secretariat },
    { path: 'meetings/new', page: () => import('./create'), allow: secretariat },
    { path: 'meetings/cadence', page: () => import('./cadence'), allow: secretariat },
    { path: 'meetings/actions', page: () => import('./actions'), allow: (access) => secretariat(access) || liaison(access) },
    { path: 'meetings/:id', page: () => import('./show'), allow: secretariat },
    { path: 'meetings/:id/edit', page: () => import('./edit'), allow: secretariat },
    { path: 'notices', page: () => import('./notices/list'), allow: liaison },
    { path: 'notices/:id', page: () => import('./notices/show'), allow: liaison },
  ],
  menu: [
    {
      key: 'meetings',
      label: 'nav.meetings',
      icon: <CalendarOutlined />,
      order: 50,
      show: secretariat,
      children: [
        { to: '/meetings', label: 'nav.meetingList', icon: <UnorderedListOutlined /> },
        { to: '/meetings/cadence', label: 'nav.meetingCadence', icon: <FieldTimeOutlined /> },
        { to: '/meetings/actions', label: 'nav.supervision', icon: <AlertOutlined /> },
      ],
    },
    {
      key: 'my-meetings',
      label: 'nav.myMeetings',
      icon: <CalendarOutlined />,
      order: 50,
      show: liaison,
      children: [
        { to: '/notices', label: 'nav.myNotices', icon: <NotificationOutlined /> },
        { to: '/meetings/actions', label: 'nav.supervision', icon: <AlertOutlined /> },
      ],
    },
  ],
};
