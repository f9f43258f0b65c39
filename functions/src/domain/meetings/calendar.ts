import { meetingFileStem } from './documents';
import { MEETING_KIND_LABELS, type Meeting } from './meeting';

/** iCalendar (RFC 5545) as calendars import it. */
export const ICS_CONTENT_TYPE = 'text/calendar; charset=utf-8';

/** `2026-12-20 第四季度党建联席会议.ics`: the meeting's date (China) and its title. */
export const calendarFileName = (meeting: Pick<Meeting, 'startsAt' | 'title'>) => `${meetingFileStem(meeting)}.ics`;

/**
 * The meeting as a calendar invitation (.ics) with the `ics` package, loaded on the first invitation (like docx:
 * never at a cold start). The UID is the meeting's and SEQUENCE its version, so a postponed or cancelled meeting
 * imported again replaces the earlier event; a cancelled one is STATUS:CANCELLED.
 */
export async function meetingInvitation(meeting: Meeting, organizer: string): Promise<string> {
  const { createEvent } = await import('ics');
  const description = [
    `${MEETING_KIND_LABELS[meeting.kind]}${organizer ? `（${organizer}）` : ''}`,
    ...(meeting.chair ? [`主持人：${meeting.chair}`] : []),
    '议题：',
    ...meeting.agenda.map((item) => `${item.order}. ${item.title}${item.presenter ? `（${item.presenter}）` : ''}`),
    ...(meeting.onlineLink ? [`线上会议：${meeting.onlineLink}`] : []),
    ...(meeting.notice?.lateReason ? [`补发说明：${meeting.notice.lateReason}`] : []),
    ...(meeting.status === 'CANCELLED' || meeting.status === 'POSTPONED' ? [`${meeting.status === 'CANCELLED' ? '已取消' : '已延期'}：${meeting.statusReason ?? ''}`] : []),
  ].join('\n');
  const { error, value } = createEvent({
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
    ...(organizer ? { organizer: { name: organizer } } : {}),
  });
  if (error || !value) throw error ?? new Error(`ics: no event for meeting ${meeting.id}`);
  return value;
}
