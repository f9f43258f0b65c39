import { graphql } from '../../../gql';

graphql(`
  fragment ProjectRow on Project {
    id
    year
    title
    status
    communityUnit {
      id
      name
    }
    leadUnit {
      id
      name
    }
    claimMode
    budget
    startsOn
    targetOn
    volunteerSlots
    slotsTaken
    claimWindowEndsAt
    overdue
    publication {
      ...PublicationFields
    }
  }
`);

graphql(`
  fragment ProjectPageFields on Project {
    id
    year
    title
    description
    status
    statusReason
    communityUnitId
    communityUnit {
      id
      name
    }
    needs {
      id
      title
      category
      status
    }
    budget
    startsOn
    targetOn
    volunteerSlots
    slotsTaken
    claimMode
    claimWindowEndsAt
    leadUnitId
    leadUnit {
      id
      name
    }
    claims {
      id
      kind
      unitId
      unit {
        id
        name
      }
      mode
      lead
      memberId
      memberName
      resourceId
      resource {
        id
        title
        quantityUnit
      }
      quantity
      status
      claimedAt
      claimedBy
    }
    acceptanceNote
    acceptedAt
    rating {
      average
      count
    }
    history {
      at
      by
      action
      from
      to
      note
    }
    allowedActions
    overdue
    publication {
      ...PublicationFields
    }
    version
    createdAt
    updatedAt
  }
`);

graphql(`
  fragment ProjectProgressFields on ProjectProgress {
    id
    at
    by
    unit {
      id
      name
    }
    note
    files {
      ...ArchiveFileFields
    }
  }
`);
