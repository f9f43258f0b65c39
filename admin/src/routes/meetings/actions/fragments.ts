import { graphql } from '../../../gql';
import type { ActionItemStatus } from '../../../gql/graphql';
import type { MessageKey } from '../../../i18n';

graphql(`
  fragment SupervisionRow on ActionItem {
    id
    meetingId
    meeting {
      id
      title
      startsAt
    }
    resolutionId
    title
    responsibleUnitIds
    responsibleUnits {
      id
      name
    }
    dueOn
    doneWhen
    status
    overdue
    version
    createdAt
    reports {
      unitId
      unit {
        id
        name
      }
      text
      done
      reportedBy
      reportedAt
      files {
        ...ArchiveFileFields
      }
    }
  }
`);

export const ACTION_ITEM_STATUSES: readonly ActionItemStatus[] = ['OPEN', 'DONE'];
export const actionStatusLabel = (status: ActionItemStatus): MessageKey => `supervision.status.${status}`;
