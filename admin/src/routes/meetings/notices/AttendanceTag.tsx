import { Space, Tag } from 'antd';
import type { NoticeAttendanceFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { attendanceLabel } from './fragments';

const COLORS = { INVITED: 'default', PRESENT: 'green', LEAVE: 'orange', ABSENT: 'red' } as const;

/** Its unit's attendance in words: 未签到 / 已签到 (with 迟到) / 请假 (with its 代参会人) / 缺席. */
export function AttendanceTag({ attendance }: { attendance: Pick<NoticeAttendanceFragment, 'status' | 'late' | 'delegate'> | null }) {
  const t = useT();
  const status = attendance?.status ?? 'INVITED';
  return (
    <Space size={4} wrap data-testid="notice-attendance">
      <Tag color={COLORS[status]} style={{ marginInlineEnd: 0 }}>
        {t(attendanceLabel(status))}
      </Tag>
      {attendance?.late && (
        <Tag color="orange" style={{ marginInlineEnd: 0 }}>
          {t('myNotices.late')}
        </Tag>
      )}
      {status === 'LEAVE' && attendance?.delegate && (
        <Tag style={{ marginInlineEnd: 0 }}>{t('myNotices.delegateTag', { name: attendance.delegate })}</Tag>
      )}
    </Space>
  );
}
