import { meetingReminderOffsets, setMeetingReminderOffsets } from '../../domain/meetings/service';
import { offsetLabel } from '../../domain/notifications/outbox';
import { dispatchDueRemindersNow, meetingOutbox } from '../../domain/notifications/outbox-service';
import { markAllNotificationsRead, markNotificationsRead, notificationFeed } from '../../domain/notifications/service';
import type { Resolvers } from '../generated/resolvers-types';

export const notificationResolvers: Resolvers = {
  Viewer: {
    notifications: (principal, { first }, { ports, loaders }) => notificationFeed(principal, first, ports, (id) => loaders.member.load(id)),
  },
  Query: {
    meetingReminderOffsets: (_, __, { principal, ports }) => meetingReminderOffsets(principal, ports),
    meetingOutbox: (_, { meetingId, ...page }, { principal, ports }) => meetingOutbox(principal, meetingId, page, ports),
  },
  Mutation: {
    markNotificationsRead: (_, { ids }, { principal, ports, loaders }) => markNotificationsRead(principal, ids, ports, (id) => loaders.member.load(id)),
    markAllNotificationsRead: (_, __, { principal, ports, loaders }) => markAllNotificationsRead(principal, ports, (id) => loaders.member.load(id)),
    setMeetingReminderOffsets: (_, { offsetsMinutes }, { principal, ports }) => setMeetingReminderOffsets(principal, offsetsMinutes, ports),
    dispatchDueReminders: (_, __, { principal, ports }) => dispatchDueRemindersNow(principal, ports),
  },
  OutboxEntry: {
    reminderLabel: (entry) => offsetLabel(entry.offsetMinutes),
    recipientKind: (entry) => entry.recipient.kind,
    recipientId: (entry) => entry.recipient.id,
    unit: (entry, _, { loaders }) => (entry.recipient.kind === 'UNIT' ? loaders.unit.load(entry.recipient.id) : null),
    member: (entry, _, { loaders }) => (entry.recipient.kind === 'MEMBER' ? loaders.member.load(entry.recipient.id) : null),
  },
};
