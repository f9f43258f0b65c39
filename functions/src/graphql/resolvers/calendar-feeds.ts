import { calendarFeed, createCalendarFeed, revokeCalendarFeed } from '../../domain/calendar-feeds/service';
import type { Resolvers } from '../generated/resolvers-types';

export const calendarFeedResolvers: Resolvers = {
  Query: {
    calendarFeed: (_, __, { principal, ports }) => calendarFeed(principal, ports),
  },
  Mutation: {
    createCalendarFeed: (_, __, { principal, ports, requestOrigin }) => createCalendarFeed(principal, ports, requestOrigin),
    revokeCalendarFeed: (_, __, { principal, ports }) => revokeCalendarFeed(principal, ports),
  },
};
