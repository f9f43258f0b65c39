import { graphql } from '../../gql';

/** A document as the lists show it: where it is filed, its current file, and (in the 回收站) its deletion. */
graphql(`
  fragment ArchiveDocumentRow on ArchiveDocument {
    id
    title
    folder
    year
    note
    versionCount
    createdAt
    createdBy
    updatedAt
    version
    deletedAt
    deletedBy
    restorableUntil
    lastVerifiedAt
    lastVerification
    unit {
      id
      name
    }
    current {
      number
      uploadedBy
      file {
        ...ArchiveFileFields
      }
    }
  }
`);
