import { graphql } from '../../../gql';

graphql(`
  fragment NeedRow on Need {
    id
    year
    title
    category
    urgency
    source
    status
    communityUnit {
      id
      name
    }
    wantedFrom
    wantedUntil
    project {
      id
      title
    }
    publication {
      ...PublicationFields
    }
    createdAt
  }
`);

graphql(`
  fragment NeedFields on Need {
    id
    year
    title
    description
    category
    urgency
    source
    raisedBy
    communityUnitId
    communityUnit {
      id
      name
    }
    wantedFrom
    wantedUntil
    status
    statusReason
    projectId
    project {
      id
      title
      status
    }
    publication {
      ...PublicationFields
    }
    version
    createdAt
    updatedAt
  }
`);

export const NeedCategoriesQuery = graphql(`
  query NeedCategories {
    needCategories
  }
`);
