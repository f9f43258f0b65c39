import { Card, Skeleton, Typography } from 'antd';
import { useQuery } from 'urql';
import { toProblem } from '../../../api/errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import type { MeetingPageFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { MeetingAttendanceQuery } from '../fragments';
import { AttendanceTable } from './AttendanceTable';
import { OpinionsCard } from './OpinionsCard';

/**
 * 请假与意见: before the meeting, each invited unit's standing (请假 with its reason and delegate, 003 doc 2 §6) and
 * the written opinions the units sent on each agenda item.
 */
export function LeaveAndOpinionsStep({ meeting }: { meeting: MeetingPageFieldsFragment }) {
  const t = useT();
  const [{ data, error }, reexecute] = useQuery({ query: MeetingAttendanceQuery, variables: { id: meeting.id } });
  return (
    <>
      <Card title={t('attendance.leaveTitle')} size="small" style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{t('attendance.leaveHint')}</Typography.Paragraph>
        {error && !data ? (
          <ProblemAlert problem={toProblem(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
        ) : !data?.meeting ? (
          <Skeleton active paragraph={{ rows: 2 }} />
        ) : (
          <AttendanceTable rows={data.meeting.attendance} testId="leave-table" />
        )}
      </Card>
      <OpinionsCard meeting={meeting} />
    </>
  );
}
