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

/** A notice as its page shows it: the meeting, its agenda, the notice, its unit's attendance and opinions. */
export const MyNoticeQuery = graphql(`
  query MyNotice($id: ID!) {
    meeting(id: $id) {
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
      }
      notice {
        sentAt
        daysBeforeStart
        lateReason
      }
      checkInOpensAt
      checkInClosesAt
      opinions(first: 100) {
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
  }
`);

export const ATTENDANCE_STATUSES: readonly AttendanceStatus[] = ['INVITED', 'PRESENT', 'LEAVE', 'ABSENT'];
export const attendanceLabel = (status: AttendanceStatus): MessageKey => `myNotices.attendance.${status}`;

/** Its own unit's attendance among the meeting's (the API gives every invited unit's; INVITED when none is recorded). */
export const ownAttendance = <A extends { unitId: string }>(attendance: readonly A[], unitId: string | null): A | null =>
  attendance.find((a) => a.unitId === unitId) ?? null;
