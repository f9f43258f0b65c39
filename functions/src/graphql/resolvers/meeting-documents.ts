import { meetingCalendar, meetingDocument, meetingFollowUpSummary } from '../../domain/meetings/documents-service';
import type { Resolvers } from '../generated/resolvers-types';

export const meetingDocumentResolvers: Resolvers = {
  Mutation: {
    meetingDocument: (_, args, { principal, ports }) => meetingDocument(principal, args, ports),
    meetingCalendar: (_, args, { principal, ports }) => meetingCalendar(principal, args, ports),
    meetingFollowUpSummary: (_, args, { principal, ports }) => meetingFollowUpSummary(principal, args, ports),
  },
};
