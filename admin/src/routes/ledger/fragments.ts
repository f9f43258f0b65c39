import { graphql } from '../../gql';

graphql(`
  fragment LedgerRow on LedgerItem {
    id
    number
    year
    kind
    title
    raisedByUnitId
    raisedByUnit {
      id
      name
    }
    handlerUnitId
    handlerUnit {
      id
      name
    }
    handlerDepartment
    dueOn
    overdue
    status
  }
`);

graphql(`
  fragment LedgerItemFields on LedgerItem {
    id
    number
    year
    kind
    title
    description
    category
    raisedByUnitId
    raisedByUnit {
      id
      name
    }
    raisedBy
    raisedAt
    files {
      ...ArchiveFileFields
    }
    handlerUnitId
    handlerUnit {
      id
      name
    }
    handlerDepartment
    dueOn
    assignedAt
    overdue
    resolution
    resolvedAt
    signedOffBy
    signedOffAt
    declineReason
    reopenCount
    status
    history {
      at
      by
      action
      note
      files {
        ...ArchiveFileFields
      }
    }
    allowedActions
    version
    createdAt
    updatedAt
  }
`);

export const LedgerItemQuery = graphql(`
  query LedgerItemPage($id: ID!) {
    ledgerItem(id: $id) {
      ...LedgerItemFields
    }
  }
`);

/** The handler as one line: the unit, the department, or both (a department with a unit assisting). */
export function handlerText(item: { handlerUnit?: { name: string } | null; handlerDepartment?: string | null }): string | null {
  const parts = [item.handlerUnit?.name, item.handlerDepartment].filter((p): p is string => Boolean(p));
  return parts.length > 0 ? parts.join(' / ') : null;
}
