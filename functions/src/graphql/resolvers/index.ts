import { DateScalar, DateTimeScalar } from '../scalars';
import type { Resolvers } from '../generated/resolvers-types';
import { accountResolvers } from './accounts';
import { allianceResolvers } from './alliance';
import { archiveResolvers } from './archive';
import { auditResolvers } from './audit';
import { calendarFeedResolvers } from './calendar-feeds';
import { engagementResolvers } from './engagement';
import { engagementExcelResolvers } from './engagement-excel';
import { engagementRecordResolvers } from './engagement-records';
import { ledgerResolvers } from './ledger';
import { fileResolvers } from './files';
import { listResolvers } from './lists';
import { listExcelResolvers } from './lists-excel';
import { meetingAttendanceResolvers } from './meeting-attendance';
import { meetingDocumentResolvers } from './meeting-documents';
import { meetingMinutesResolvers } from './meeting-minutes';
import { meetingSolicitationResolvers } from './meeting-solicitations';
import { meetingResolvers } from './meetings';
import { notificationResolvers } from './notifications';
import { memberResolvers } from './members';
import { pairingResolvers } from './pairings';
import { partnerClientResolvers } from './partner-clients';
import { publicationResolvers } from './publication';
import { regionResolvers } from './regions';
import { unitResolvers } from './units';
import { viewerResolvers } from './viewer';

const areas: Resolvers[] = [
  viewerResolvers, unitResolvers, pairingResolvers, memberResolvers, engagementResolvers, engagementExcelResolvers, engagementRecordResolvers,
  listResolvers, listExcelResolvers, publicationResolvers, ledgerResolvers, meetingResolvers, meetingAttendanceResolvers, meetingMinutesResolvers,
  fileResolvers, auditResolvers, meetingDocumentResolvers, accountResolvers, allianceResolvers, partnerClientResolvers,
  regionResolvers, calendarFeedResolvers, meetingSolicitationResolvers, archiveResolvers,
  notificationResolvers,
];

/** Each area's resolvers, merged type by type. */
export const resolvers: Resolvers = areas.reduce<Record<string, Record<string, unknown>>>(
  (merged, area) => {
    for (const [type, fields] of Object.entries(area)) merged[type] = { ...merged[type], ...fields };
    return merged;
  },
  { Date: DateScalar as never, DateTime: DateTimeScalar as never },
) as Resolvers;
