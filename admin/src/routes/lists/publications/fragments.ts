import { graphql } from '../../../gql';

graphql(`
  fragment PublicationFields on Publication {
    recordId
    recordType
    year
    title
    publishedAt
    publishedBy
  }
`);

export const PublishMutation = graphql(`
  mutation Publish($id: ID!) {
    publish(id: $id) {
      ...PublicationFields
    }
  }
`);

export const UnpublishMutation = graphql(`
  mutation Unpublish($id: ID!) {
    unpublish(id: $id) {
      ...PublicationFields
    }
  }
`);
