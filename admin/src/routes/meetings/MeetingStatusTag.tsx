import { Tag } from 'antd';
import type { MeetingStatus } from '../../gql/graphql';
import { useT } from '../../i18n';
import { enumLabel } from '../../i18n/enums';

/** Colours by what the status asks of the secretariat: a draft to notice (blue), done (green), stopped (grey/orange). */
export const STATUS_COLORS: Record<MeetingStatus, string> = {
  DRAFT: 'blue',
  NOTICED: 'green',
  HELD: 'cyan',
  MINUTES_DRAFTED: 'gold',
  MINUTES_APPROVED: 'lime',
  ARCHIVED: 'default',
  CANCELLED: 'default',
  POSTPONED: 'orange',
};

export function MeetingStatusTag({ status }: { status: MeetingStatus }) {
  const t = useT();
  return (
    <Tag color={STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }} data-testid="meeting-status">
      {t(enumLabel.meetingStatus(status))}
    </Tag>
  );
}
