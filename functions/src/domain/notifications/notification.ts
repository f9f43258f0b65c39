import { meetingTime } from '../meetings/documents';
import type { Meeting } from '../meetings/meeting';

/**
 * In-app notices (the bell) of a liaison or member: what its unit was told about meetings — the notice, the reminders
 * the region's offsets make due, a postponement or cancellation. Derived from the unit's noticed meetings at read time
 * (no fan-out of items per unit and reminder); only who read what is stored.
 */
export type NotificationKind = 'MEETING_NOTICE' | 'MEETING_REMINDER' | 'MEETING_POSTPONED' | 'MEETING_CANCELLED';

export interface Notification {
  /** Stable: the meeting, the kind and the moment (a new notice after a postponement is a new notification). */
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  meetingId: string;
  /** When it became due (was "sent" in-app). */
  dueAt: string;
  /** A reminder's offset: minutes before the start (the outbox records it). */
  offsetMinutes?: number;
}

/** 7 days, 1 day and 1 hour before the start, until the region sets its own. */
export const DEFAULT_REMINDER_OFFSETS = [7 * 24 * 60, 24 * 60, 60] as const;
export const MAX_REMINDER_OFFSETS = 5;
/** Up to 30 days before a start. */
export const MAX_REMINDER_OFFSET_MINUTES = 30 * 24 * 60;

/** How long ahead a reminder at `minutes` tells: 7 天后 / 明天 / 1 小时后. */
export function offsetWords(minutes: number): string {
  if (minutes % (24 * 60) === 0) return minutes === 24 * 60 ? '明天' : `${minutes / (24 * 60)} 天后`;
  if (minutes % 60 === 0) return `${minutes / 60} 小时后`;
  return `${minutes} 分钟后`;
}

/** What a meeting has told its invited units by `now`, newest first. */
export function meetingNotifications(meeting: Meeting, offsetsMinutes: readonly number[], now: Date): Notification[] {
  const notice = meeting.notice;
  if (!notice) return [];
  const at = now.getTime();
  const place = meeting.place ?? meeting.onlineLink ?? '';
  const out: Notification[] = [
    {
      id: `${meeting.id}:notice:${notice.sentAt}`,
      kind: 'MEETING_NOTICE',
      title: `会议通知：${meeting.title}`,
      body: `${meetingTime(meeting)}${place ? `，${place}` : ''}`,
      meetingId: meeting.id,
      dueAt: notice.sentAt,
    },
  ];
  if (meeting.status === 'CANCELLED' || meeting.status === 'POSTPONED') {
    const cancelled = meeting.status === 'CANCELLED';
    out.push({
      id: `${meeting.id}:${cancelled ? 'cancelled' : 'postponed'}:${meeting.updatedAt}`,
      kind: cancelled ? 'MEETING_CANCELLED' : 'MEETING_POSTPONED',
      title: `${cancelled ? '会议已取消' : '会议延期'}：${meeting.title}`,
      body: meeting.statusReason ?? '',
      meetingId: meeting.id,
      dueAt: meeting.updatedAt,
    });
  } else {
    const start = Date.parse(meeting.startsAt);
    for (const minutes of offsetsMinutes) {
      const due = start - minutes * 60_000;
      // A reminder falls due after the notice was sent and by now; one the notice came too late for is not sent.
      if (due <= Date.parse(notice.sentAt) || due > at) continue;
      out.push({
        id: `${meeting.id}:reminder:${minutes}:${notice.sentAt}`,
        kind: 'MEETING_REMINDER',
        title: `会议提醒：${meeting.title}`,
        body: `${offsetWords(minutes)}召开（${meetingTime(meeting)}${place ? `，${place}` : ''}）`,
        meetingId: meeting.id,
        dueAt: new Date(due).toISOString(),
        offsetMinutes: minutes,
      });
    }
  }
  return out.filter((n) => Date.parse(n.dueAt) <= at);
}

/** Who read what: ids read one by one, and everything due before `allReadBefore` (全部已读). */
export interface ReadState {
  readIds: string[];
  allReadBefore: string | null;
}

export const isRead = (notification: Notification, state: ReadState): boolean =>
  (state.allReadBefore !== null && notification.dueAt <= state.allReadBefore) || state.readIds.includes(notification.id);
