import type { CommunityReportStatus, PostStatus } from '../../gql/graphql';
import type { MessageKey } from '../../i18n';

/** Dictionary keys of the engagement enums: the compiler checks every value has a label in both dictionaries. */
export const engagementLabel = {
  reportStatus: (v: CommunityReportStatus): MessageKey => `enum.reportStatus.${v}`,
  postStatus: (v: PostStatus): MessageKey => `enum.postStatus.${v}`,
};

/** In the schema's order. */
export const REPORT_STATUSES: readonly CommunityReportStatus[] = ['PENDING', 'CONFIRMED', 'DECLINED', 'ENDED'];
