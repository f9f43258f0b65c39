import type { Meeting } from '../meetings/meeting';
import { meetingNotifications, type Notification } from './notification';

/** The scheduled job that records due reminders (functions/src/handlers/scheduled.ts; its rule in infra/lib/scheduled-jobs.ts). */
export const MEETING_REMINDERS_JOB = 'meeting-reminders';

/**
 * The outbox (发送记录, issue 16): what was sent to whom and when, one entry per reminder and invitee. The bell still
 * derives its notices at read time; the outbox records the send (the dispatcher, outbox-service.ts), so the secretariat
 * sees who was reminded and who read it, and a later SMS/WeChat sender reads the same entries by channel.
 */
export type OutboxKind = 'REMINDER';
/** Only IN_APP is delivered today (the bell); SMS and WECHAT are named for the senders to come. */
export type OutboxChannel = 'IN_APP' | 'SMS' | 'WECHAT';
export type OutboxRecipientKind = 'UNIT' | 'MEMBER';

/** Who an entry reaches: an invited unit (its liaison and members), or a member invited in person. */
export interface OutboxRecipient {
  kind: OutboxRecipientKind;
  id: string;
}

export interface OutboxEntry {
  regionId: string;
  meetingId: string;
  /** The bell's id of the notice (notification.ts): a read in the bell marks the entry. */
  notificationId: string;
  kind: OutboxKind;
  /** A reminder's offset, minutes before the start. */
  offsetMinutes: number;
  recipient: OutboxRecipient;
  channel: OutboxChannel;
  dueAt: string;
  sentAt: string;
  /** The first read by the recipient (any person of the unit, or the member); null while unread. */
  readAt: string | null;
}

/** What identifies an entry: a reminder of a meeting to one recipient (the store's key). */
export type OutboxEntryRef = Pick<OutboxEntry, 'meetingId' | 'dueAt' | 'notificationId' | 'recipient'>;

/** A reminder of a meeting is recorded whole: the dispatcher's unit of work. */
export type OutboxReminderRef = Pick<OutboxEntry, 'meetingId' | 'notificationId'>;

export const reminderRefKey = (ref: OutboxReminderRef): string => `${ref.meetingId}|${ref.notificationId}`;

/**
 * The reminder to send now for a meeting: the latest one due by `now` (by the bell's rules: after the notice, not for a
 * cancelled or postponed meeting), and only before the start — a reminder after the start tells nothing. An earlier
 * reminder a later one has overtaken (the dispatcher did not run meanwhile) is not sent: "7 天后召开" the day before
 * would mislead.
 */
export function dueReminder(meeting: Meeting, offsetsMinutes: readonly number[], now: Date): Notification | null {
  if (now.toISOString() >= meeting.startsAt) return null;
  const reminders = meetingNotifications(meeting, offsetsMinutes, now).filter((n) => n.kind === 'MEETING_REMINDER');
  return reminders.reduce<Notification | null>((latest, n) => (latest === null || n.dueAt > latest.dueAt ? n : latest), null);
}

/** A meeting's invitees: its units, then the members invited in person (bounded by the meeting's rules). */
export const outboxRecipients = (meeting: Meeting): OutboxRecipient[] => [
  ...meeting.invitedUnitIds.map((id) => ({ kind: 'UNIT' as const, id })),
  ...meeting.invitedMemberIds.map((id) => ({ kind: 'MEMBER' as const, id })),
];

/** The entries of a reminder sent in-app at `sentAt`, one per invitee. */
export function reminderEntries(meeting: Meeting, reminder: Notification, sentAt: string): OutboxEntry[] {
  return outboxRecipients(meeting).map((recipient) => ({
    regionId: meeting.regionId,
    meetingId: meeting.id,
    notificationId: reminder.id,
    kind: 'REMINDER',
    offsetMinutes: reminder.offsetMinutes ?? 0,
    recipient,
    channel: 'IN_APP',
    dueAt: reminder.dueAt,
    sentAt,
    readAt: null,
  }));
}

/** 会前 1 天 / 会前 2 小时 / 会前 30 分钟. */
export function offsetLabel(minutes: number): string {
  if (minutes % (24 * 60) === 0) return `会前 ${minutes / (24 * 60)} 天`;
  if (minutes % 60 === 0) return `会前 ${minutes / 60} 小时`;
  return `会前 ${minutes} 分钟`;
}
