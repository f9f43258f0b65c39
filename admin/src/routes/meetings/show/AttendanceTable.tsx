import { Button, Space, Table, Tag, Typography } from 'antd';
import { formatDateTime } from '../../../api/dates';
import { UnitLink } from '../../../components/UnitLink';
import type { AttendanceFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { ATTENDANCE_COLORS, proceedingsLabel } from '../labels';

interface Props {
  rows: readonly AttendanceFieldsFragment[];
  /** 登记: the secretariat enters a unit's attendance (absent: the table only shows). */
  onRecord?: (row: AttendanceFieldsFragment) => void;
  testId: string;
}

/** Every invited unit's (or member's) attendance: status (迟到 flagged), who attended, the leave reason and the delegate. */
export function AttendanceTable({ rows, onRecord, testId }: Props) {
  const t = useT();
  const none = t('common.none');
  // Members invited in person: a 党员 column before their units.
  const members = rows.some((r) => r.invitedMemberId);
  return (
    <Table<AttendanceFieldsFragment>
      data-testid={testId}
      size="small"
      rowKey={(r) => r.invitedMemberId ?? r.unitId}
      pagination={false}
      dataSource={[...rows]}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Typography.Text type="secondary">{t('meetingPage.invitedEmpty')}</Typography.Text> }}
      columns={[
        ...(members
          ? [{ key: 'member', title: t('attendance.member'), render: (_: unknown, r: AttendanceFieldsFragment) => r.invitedMember?.name ?? r.invitedMemberId }]
          : []),
        { key: 'unit', title: t('attendance.unit'), render: (_, r) => (r.unit ? <UnitLink id={r.unit.id} name={r.unit.name} /> : r.unitId) },
        {
          key: 'status',
          title: t('attendance.status'),
          render: (_, r) => (
            <Space size={4}>
              <Tag color={ATTENDANCE_COLORS[r.status]} className="attendance-status">
                {t(proceedingsLabel.attendance(r.status))}
              </Tag>
              {r.late && <Tag color="orange">{t('attendance.late')}</Tag>}
            </Space>
          ),
        },
        { key: 'attendee', title: t('attendance.attendee'), render: (_, r) => r.attendee || none },
        { key: 'leaveReason', title: t('attendance.leaveReason'), render: (_, r) => r.leaveReason || none },
        { key: 'delegate', title: t('attendance.delegate'), render: (_, r) => r.delegate || none },
        { key: 'checkedInAt', title: t('attendance.checkedInAt'), render: (_, r) => (r.checkedInAt ? formatDateTime(r.checkedInAt) : none) },
        {
          key: 'source',
          title: t('attendance.source'),
          render: (_, r) =>
            r.version === 0 ? none : (
              <Typography.Text type="secondary">
                {t(proceedingsLabel.source(r.source))}
                {r.recordedBy && ` · ${r.recordedBy}`}
              </Typography.Text>
            ),
        },
        ...(onRecord
          ? [
              {
                key: 'actions',
                title: t('common.actions'),
                render: (_: unknown, r: AttendanceFieldsFragment) => (
                  <Button size="small" onClick={() => onRecord(r)}>
                    {t('attendance.record')}
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
