import { graphql } from '../../gql';

/**
 * The meeting page's documents. The page itself reads MeetingPage (details, agenda, notice, allowed actions); each
 * step of the proceedings reads its own small query (the API's token and cost limits are sized to one card, not
 * to everything at once), and every proceedings mutation invalidates `Meeting` so the page and its steps refetch.
 */
graphql(`
  fragment MeetingPageFields on Meeting {
    id
    title
    kind
    status
    statusReason
    startsAt
    endsAt
    place
    onlineLink
    convenerUnit {
      id
      name
    }
    chair
    recorder
    invitedUnits {
      id
      name
    }
    invitedMembers {
      id
      name
      unit {
        id
        name
      }
    }
    agenda {
      id
      order
      title
      presenterUnit {
        id
        name
      }
      presenter
      plannedMinutes
      materials {
        ...ArchiveFileFields
      }
    }
    notice {
      sentAt
      sentBy
      daysBeforeStart
      lateReason
      recipientCount
    }
    approvedAt
    approvedBy
    allowedActions
    version
    createdAt
    updatedAt
  }
`);

export const MeetingPageQuery = graphql(`
  query MeetingPage($id: ID!) {
    meeting(id: $id) {
      ...MeetingPageFields
    }
  }
`);

graphql(`
  fragment AttendanceFields on Attendance {
    meetingId
    unitId
    unit {
      id
      name
    }
    invitedMemberId
    invitedMember {
      id
      name
    }
    status
    source
    attendee
    leaveReason
    delegate
    checkedInAt
    late
    takesPart
    recordedBy
    version
    updatedAt
  }
`);

/** 请假与意见 and 签到: every invited unit's and member's attendance, the check-in code and its window. */
export const MeetingAttendanceQuery = graphql(`
  query MeetingAttendance($id: ID!) {
    meeting(id: $id) {
      id
      checkInCode
      checkInOpensAt
      checkInClosesAt
      attendance {
        ...AttendanceFields
      }
      memberAttendance {
        ...AttendanceFields
      }
    }
  }
`);

graphql(`
  fragment MinutesFields on Minutes {
    agendaItemId
    text
    decision
    files {
      ...ArchiveFileFields
    }
    addenda {
      text
      addedBy
      addedAt
    }
    version
    savedBy
    savedAt
    locked
  }
`);

graphql(`
  fragment ConsensusFields on AgendaConsensus {
    agendaItemId
    outcome
    positions {
      unitId
      unit {
        id
        name
      }
      position
      view
      recordedBy
      recordedAt
    }
    missingUnitIds
  }
`);

/** 请假与意见: the written opinions sent in advance (a query of their own, the units named from the page's invited units: the API's cost limit). */
export const MeetingOpinionsQuery = graphql(`
  query MeetingOpinions($id: ID!) {
    meeting(id: $id) {
      id
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
        pageInfo {
          hasNextPage
        }
      }
    }
  }
`);

/** 纪要: each item's minutes and consensus, and who takes part in it (attending units). */
export const MeetingMinutesQuery = graphql(`
  query MeetingMinutes($id: ID!) {
    meeting(id: $id) {
      id
      minutes {
        ...MinutesFields
      }
      consensus {
        ...ConsensusFields
      }
      attendance {
        unitId
        unit {
          id
          name
        }
        status
        takesPart
      }
    }
  }
`);

/** 历史版本 of one item's minutes, newest first. */
export const MinutesVersionsQuery = graphql(`
  query MinutesVersions($id: ID!) {
    meeting(id: $id) {
      id
      minutes {
        agendaItemId
        versions(first: 50) {
          edges {
            node {
              version
              text
              decision
              fileNames
              changed
              savedBy
              savedAt
            }
          }
        }
      }
    }
  }
`);

graphql(`
  fragment ActionItemFields on ActionItem {
    id
    resolutionId
    title
    responsibleUnits {
      id
      name
    }
    dueOn
    doneWhen
    status
    overdue
    reports {
      unitId
      unit {
        id
        name
      }
      text
      files {
        ...ArchiveFileFields
      }
      done
      reportedBy
      reportedAt
    }
    version
    createdAt
  }
`);

/** 决议与落实: the resolutions the approved minutes wrote, each with its action items and their reports. */
export const MeetingResolutionsQuery = graphql(`
  query MeetingResolutions($id: ID!) {
    meeting(id: $id) {
      id
      resolutions {
        id
        agendaItemId
        number
        title
        text
        reservedViews {
          unitId
          unit {
            id
            name
          }
          view
        }
        adoptedAt
        publication {
          ...PublicationFields
        }
        actionItems {
          ...ActionItemFields
        }
      }
    }
  }
`);

/** 文件: whether the resolutions notice has anything to say (the approved minutes may have produced none). */
export const MeetingResolutionIdsQuery = graphql(`
  query MeetingResolutionIds($id: ID!) {
    meeting(id: $id) {
      id
      resolutions {
        id
      }
    }
  }
`);

/** 上次会议督办事项: the previous meeting of the same kind's action items, shown with the agenda. */
export const PreviousActionItemsQuery = graphql(`
  query PreviousActionItems($id: ID!) {
    meeting(id: $id) {
      id
      previousActionItems {
        ...ActionItemFields
        meeting {
          id
          title
          startsAt
        }
      }
    }
  }
`);

/** Every proceedings mutation: the page and each step's query hold a `Meeting`, so they refetch. */
export const REFRESH_MEETING = { additionalTypenames: ['Meeting'] };
