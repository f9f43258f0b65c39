import { graphql } from '../../../gql';

export const ServiceRecordRowFragment = graphql(`
  fragment ServiceRecordRow on ServiceRecord {
    id
    memberId
    memberName
    memberUnit {
      id
      name
    }
    communityUnitId
    community {
      id
      name
    }
    servedOn
    year
    hours
    description
    place
    post {
      id
      title
    }
    status
    filedAt
    decidedAt
    declineReason
    version
  }
`);
