import { graphql } from '../../../gql';

/** Everything the wizard shows of an import, from any of its operations. */
graphql(`
  fragment MemberImportFields on MemberImport {
    id
    fileName
    status
    headerRowNumber
    columns {
      index
      header
      field
    }
    problems
    summary {
      totalRows
      valid
      withErrors
      skippedBlank
      alreadyOnRoster
    }
    errors {
      rowNumber
      column
      field
      message
    }
    errorCount
    toImport
    processed
    created
    skipped
    failures {
      rowNumber
      column
      field
      message
    }
    updatedAt
  }
`);

export const MemberImportQuery = graphql(`
  query MemberImport($id: ID!) {
    memberImport(id: $id) {
      ...MemberImportFields
    }
  }
`);

export const PreviewMemberImportMutation = graphql(`
  mutation PreviewMemberImport($input: PreviewMemberImportInput!) {
    previewMemberImport(input: $input) {
      ...MemberImportFields
    }
  }
`);

export const ContinueMemberImportMutation = graphql(`
  mutation ContinueMemberImport($id: ID!) {
    continueMemberImport(id: $id) {
      ...MemberImportFields
    }
  }
`);

export const MemberImportTemplateQuery = graphql(`
  query MemberImportTemplate {
    memberImportTemplate {
      name
      downloadUrl
    }
  }
`);
