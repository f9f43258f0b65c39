import { graphql } from '../../../gql';
import type { AttendanceStatus } from '../../../gql/graphql';
import type { MessageKey } from '../../../i18n';

graphql(`
  fragment NoticeAttendance on Attendance {
    unitId
    status
    source
    attendee
    leaveReason
    delegate
    checkedInAt
    late
    version
  }
`);

graphql(`
  fragment NoticeRow on Meeting {
    id
    title
    kind
    status
    startsAt
    endsAt
    place
    onlineLink
    notice {
      sentAt
      lateReason
    }
    attendance {
      ...NoticeAttendance
    }
  }
`);

graphql(`
  fragment NoticeFields on Meeting {
    ...NoticeRow
    chair
    statusReason
    convenerUnit {
      id
      name
    }
    agenda {
      id
      order
      title
      presenter
      presenterUnit {
        id
        name
      }
      plannedMinutes
      materials {
        ...ArchiveFileFields
      }
    }
    notice {
      sentAt
      daysBeforeStart
      lateReason
    }
    checkInOpensAt
    checkInClosesAt
    ownReceipt {
      meetingId
      unitId
      acknowledged
      acknowledgedAt
      acknowledgedBy
      onBehalf
    }
    opinions(first: $opinions) {
      edges {
        node {
          agendaItemId
          unitId
          text
          submittedBy
          submittedAt
        }
      }
    }
  }
`);

/**
 * A notice as its page shows it. A liaison may not read `meeting(id)` (the secretariat's), only its unit's notices
 * (viewer.meetingNotices, by start time): the page reads them from the meeting's start on (`at`, which every link
 * carries) and picks the meeting; several meetings starting at the same instant fit in one page.
 */
export const MyNoticeQuery = graphql(`
  query MyNotice($first: Int!, $from: DateTime, $opinions: Int!) {
    viewer {
      userId
      meetingNotices(first: $first, from: $from) {
        edges {
          node {
            ...NoticeFields
          }
        }
      }
    }
  }
`);

/** The link to a notice's page, with its start (see MyNoticeQuery). */
export const noticePath = (meeting: { id: string; startsAt: string }) => `/notices/${meeting.id}?at=${encodeURIComponent(meeting.startsAt)}`;

export const ATTENDANCE_STATUSES: readonly AttendanceStatus[] = ['INVITED', 'PRESENT', 'LEAVE', 'ABSENT'];
export const attendanceLabel = (status: AttendanceStatus): MessageKey => `myNotices.attendance.${status}`;

/** Its own unit's attendance among the meeting's (the API gives every invited unit's; INVITED when none is recorded). */
export const ownAttendance = <A extends { unitId: string }>(attendance: readonly A[], unitId: string | null): A | null =>
  attendance.find((a) => a.unitId === unitId) ?? null;
