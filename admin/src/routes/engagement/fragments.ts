import { graphql } from '../../gql';

/** A report as the inbox and the unit's view show it. */
export const CommunityReportRowFragment = graphql(`
  fragment CommunityReportRow on CommunityReport {
    id
    memberId
    memberName
    memberUnit {
      id
      name
    }
    community {
      id
      name
    }
    status
    note
    filedAt
    decidedAt
    declineReason
    endedAt
    endReason
    postsHeld
    version
  }
`);

export const CommunityReportListQuery = graphql(`
  query CommunityReportList($first: Int!, $after: String, $filter: CommunityReportFilter!) {
    communityReports(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          ...CommunityReportRow
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
