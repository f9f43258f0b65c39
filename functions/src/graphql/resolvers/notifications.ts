import { meetingReminderOffsets, setMeetingReminderOffsets } from '../../domain/meetings/service';
import { markAllNotificationsRead, markNotificationsRead, notificationFeed } from '../../domain/notifications/service';
import type { Resolvers } from '../generated/resolvers-types';

export const notificationResolvers: Resolvers = {
  Viewer: {
    notifications: (principal, { first }, { ports, loaders }) => notificationFeed(principal, first, ports, (id) => loaders.member.load(id)),
  },
  Query: {
    meetingReminderOffsets: (_, __, { principal, ports }) => meetingReminderOffsets(principal, ports),
  },
  Mutation: {
    markNotificationsRead: (_, { ids }, { principal, ports, loaders }) => markNotificationsRead(principal, ids, ports, (id) => loaders.member.load(id)),
    markAllNotificationsRead: (_, __, { principal, ports, loaders }) => markAllNotificationsRead(principal, ports, (id) => loaders.member.load(id)),
    setMeetingReminderOffsets: (_, { offsetsMinutes }, { principal, ports }) => setMeetingReminderOffsets(principal, offsetsMinutes, ports),
  },
};
