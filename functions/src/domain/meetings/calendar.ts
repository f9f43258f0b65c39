import type { EventAttributes } from 'ics';
import { meetingFileStem } from './documents';
import { MEETING_KIND_LABELS, type Meeting } from './meeting';

/** iCalendar (RFC 5545) as calendars import it. */
export const ICS_CONTENT_TYPE = 'text/calendar; charset=utf-8';

/** `2026-12-20 第四季度党建联席会议.ics`: the meeting's date (China) and its title. */
export const calendarFileName = (meeting: Pick<Meeting, 'startsAt' | 'title'>) => `${meetingFileStem(meeting)}.ics`;

/**
 * The meeting as one calendar event: the one event builder of the per-meeting invitation and of the calendar feed
 * (domain/calendar-feeds). The UID is the meeting's and SEQUENCE its version, so a postponed or cancelled meeting
 * imported (or fetched) again replaces the earlier event; a cancelled one is STATUS:CANCELLED. With `link` (the
 * meeting's page in the admin) the event carries it as URL and at the end of its description.
 */
export function meetingEvent(meeting: Meeting, organizer: string, link?: string): EventAttributes {
  const description = [
    `${MEETING_KIND_LABELS[meeting.kind]}${organizer ? `（${organizer}）` : ''}`,
    ...(meeting.chair ? [`主持人：${meeting.chair}`] : []),
    '议题：',
    ...meeting.agenda.map((item) => `${item.order}. ${item.title}${item.presenter ? `（${item.presenter}）` : ''}`),
    ...(meeting.onlineLink ? [`线上会议：${meeting.onlineLink}`] : []),
    ...(meeting.notice?.lateReason ? [`补发说明：${meeting.notice.lateReason}`] : []),
    ...(meeting.status === 'CANCELLED' || meeting.status === 'POSTPONED' ? [`${meeting.status === 'CANCELLED' ? '已取消' : '已延期'}：${meeting.statusReason ?? ''}`] : []),
    ...(link ? [`会议详情：${link}`] : []),
  ].join('\n');
  return {
    productId: 'gongjian',
    uid: `${meeting.id}@gongjian`,
    sequence: meeting.version,
    title: meeting.title,
    start: Date.parse(meeting.startsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: Date.parse(meeting.endsAt),
    endInputType: 'utc',
    endOutputType: 'utc',
    location: meeting.place ?? meeting.onlineLink ?? undefined,
    description,
    status: meeting.status === 'CANCELLED' ? 'CANCELLED' : 'CONFIRMED',
    ...(link ? { url: link } : {}),
    ...(organizer ? { organizer: { name: organizer } } : {}),
  };
}

/**
 * The meeting as a calendar invitation (.ics) with the `ics` package, loaded on the first invitation (like docx:
 * never at a cold start).
 */
export async function meetingInvitation(meeting: Meeting, organizer: string): Promise<string> {
  const { createEvent } = await import('ics');
  const { error, value } = createEvent(meetingEvent(meeting, organizer));
  if (error || !value) throw error ?? new Error(`ics: no event for meeting ${meeting.id}`);
  return value;
}

/**
 * Several meetings as one calendar (a subscription feed): the same events, under a calendar name. No meetings is
 * a valid, empty calendar (the `ics` package refuses an empty list, so it is written here).
 */
export async function meetingsCalendar(
  meetings: readonly Meeting[],
  options: { organizer: string; calendarName: string; linkOf?: (meeting: Meeting) => string | undefined },
): Promise<string> {
  if (meetings.length === 0) {
    return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'PRODID:gongjian', 'METHOD:PUBLISH', `X-WR-CALNAME:${options.calendarName}`, 'END:VCALENDAR', ''].join('\r\n');
  }
  const { createEvents } = await import('ics');
  const events = meetings.map((meeting) => meetingEvent(meeting, options.organizer, options.linkOf?.(meeting)));
  const { error, value } = createEvents(events, { productId: 'gongjian', method: 'PUBLISH', calName: options.calendarName });
  if (error || !value) throw error ?? new Error('ics: no calendar');
  return value;
}
