import { Tag } from 'antd';
import type { CommunityReportStatus, PostStatus } from '../../gql/graphql';
import { useT } from '../../i18n';
import { engagementLabel } from './enums';

/** By what it asks next: to decide (blue), in force (green), refused (red), over (grey). */
const REPORT_COLORS: Record<CommunityReportStatus, string> = { PENDING: 'blue', CONFIRMED: 'green', DECLINED: 'red', ENDED: 'default' };

export function ReportStatusTag({ status }: { status: CommunityReportStatus }) {
  const t = useT();
  return (
    <Tag color={REPORT_COLORS[status]} style={{ marginInlineEnd: 0 }} data-testid="report-status">
      {t(engagementLabel.reportStatus(status))}
    </Tag>
  );
}

export function PostStatusTag({ status }: { status: PostStatus }) {
  const t = useT();
  return (
    <Tag color={status === 'OPEN' ? 'green' : 'default'} style={{ marginInlineEnd: 0 }} data-testid="post-status">
      {t(engagementLabel.postStatus(status))}
    </Tag>
  );
}
