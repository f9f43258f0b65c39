import { graphql } from '../../../gql';

export const EvaluationGradeFieldsFragment = graphql(`
  fragment EvaluationGradeFields on EvaluationGrade {
    memberId
    year
    grade
    comment
    reason
    gradedAt
    gradedBy
    version
  }
`);

export const EvaluationRowFieldsFragment = graphql(`
  fragment EvaluationRowFields on EvaluationRow {
    member {
      id
      name
      category
      status
    }
    grade {
      ...EvaluationGradeFields
    }
    communityReport {
      id
      status
      community {
        id
        name
      }
    }
    serviceHours
    postsHeld
    maxGrade
    capReason
  }
`);

export const SetEvaluationGradeMutation = graphql(`
  mutation SetEvaluationGrade($input: SetEvaluationGradeInput!) {
    setEvaluationGrade(input: $input) {
      ...EvaluationGradeFields
    }
  }
`);
