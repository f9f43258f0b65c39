import { Card, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { toProblem, type ApiProblem } from '../../../api/errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import type { AttendanceFieldsFragment, MeetingPageFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { MeetingAttendanceQuery } from '../fragments';
import { AttendanceTable } from './AttendanceTable';
import { CheckInCodeCard } from './CheckInCodeCard';
import { RecordAttendanceDialog } from './RecordAttendanceDialog';

/**
 * 签到: the code and its QR with the window, the invited units with their status (迟到 flagged), the members invited
 * in person with theirs, 登记 per row while attendance may be recorded (RECORD_MINUTES), and 标记为已召开 (HOLD).
 */
export function CheckInStep({ meeting, onProblem }: { meeting: MeetingPageFieldsFragment; onProblem: (problem: ApiProblem | null) => void }) {
  const t = useT();
  const [{ data, error }, reexecute] = useQuery({ query: MeetingAttendanceQuery, variables: { id: meeting.id } });
  const [recording, setRecording] = useState<AttendanceFieldsFragment | null>(null);
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  if (error && !data) return <ProblemAlert problem={toProblem(error)} onRetry={reload} />;
  if (!data?.meeting) return <Skeleton active />;
  const rows = data.meeting.attendance;
  const members = data.meeting.memberAttendance;
  const canRecord = meeting.allowedActions.includes('RECORD_MINUTES');
  const present = rows.filter((r) => r.status === 'PRESENT').length;

  return (
    <>
      <CheckInCodeCard meeting={meeting} checkIn={data.meeting} onProblem={onProblem} />
      <Card title={t('attendance.title')} size="small" style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">
          {t('attendance.summary', { present, total: rows.length })}
          {!canRecord && ` ${t('attendance.notYet')}`}
        </Typography.Paragraph>
        <AttendanceTable rows={rows} onRecord={canRecord ? setRecording : undefined} testId="attendance-table" />
      </Card>
      {members.length > 0 && (
        <Card title={t('attendance.membersTitle')} size="small" style={{ marginBottom: 16 }}>
          <Typography.Paragraph type="secondary">
            {t('attendance.membersSummary', { present: members.filter((r) => r.status === 'PRESENT').length, total: members.length })}
          </Typography.Paragraph>
          <AttendanceTable rows={members} onRecord={canRecord ? setRecording : undefined} testId="member-attendance-table" />
        </Card>
      )}
      <RecordAttendanceDialog meetingId={meeting.id} attendance={recording} onClose={() => setRecording(null)} onReload={reload} />
    </>
  );
}
