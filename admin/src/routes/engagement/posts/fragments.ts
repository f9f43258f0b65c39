import { graphql } from '../../../gql';

/** A post as the list and its page show it. */
export const PostFieldsFragment = graphql(`
  fragment PostFields on Post {
    id
    communityUnitId
    title
    duties
    capacity
    holderCount
    startsOn
    endsOn
    status
    version
  }
`);
