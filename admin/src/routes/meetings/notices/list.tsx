import { Card, Flex, Segmented, Table, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { toProblem } from '../../../api/errors';
import { useAccess } from '../../../auth/AuthProvider';
import { CursorPager } from '../../../components/CursorPager';
import { KeyboardScrollable } from '../../../components/KeyboardScrollable';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { graphql } from '../../../gql';
import type { NoticeRowFragment } from '../../../gql/graphql';
import { pageSizeFromParams, useConnectionTable } from '../../../hooks/useConnectionTable';
import { useT } from '../../../i18n';
import { enumLabel } from '../../../i18n/enums';
import Forbidden from '../../../layout/Forbidden';
import { toParams } from '../../lists/params';
import { CalendarFeedButton } from '../CalendarFeedButton';
import { MeetingStatusTag } from '../MeetingStatusTag';
import { formatMeetingTime } from '../time';
import { AttendanceTag } from './AttendanceTag';
import { SolicitationsCard } from './SolicitationsCard';
import { noticePath, ownAttendance } from './fragments';

const MyNoticesQuery = graphql(`
  query MyNotices($first: Int!, $after: String, $from: DateTime) {
    viewer {
      userId
      meetingNotices(first: $first, after: $after, from: $from) {
        edges {
          cursor
          node {
            ...NoticeRow
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

const REFRESH_ON = ['Meeting', 'Attendance'];
type Range = 'upcoming' | 'all';

/**
 * /notices (会议通知): the meetings a liaison's unit was noticed of, by start time — from today on unless all are asked
 * for (the API gives them earliest first, so the next meeting comes first) — with each meeting's status and its unit's
 * attendance (未签到, 请假, 出席 …); above it, the open rounds of 议题征集 asking the unit, with the reply form.
 */
export default function MyNoticesPage() {
  const t = useT();
  const unitId = useAccess().noticesUnitId;
  const [params, setParams] = useSearchParams();
  const pageSize = pageSizeFromParams(params);
  const range: Range = params.get('range') === 'all' ? 'all' : 'upcoming';
  const from = useMemo(() => (range === 'upcoming' ? dayjs().startOf('day').toISOString() : undefined), [range]);

  const table = useConnectionTable({
    query: MyNoticesQuery,
    variables: ({ first, after }) => ({ first, after, from }),
    connection: (data) => data.viewer?.meetingNotices,
    resetKey: range,
    pageSize,
    onPageSizeChange: (size) => setParams(toParams({ range: range === 'all' ? 'all' : undefined }, size), { replace: true }),
    additionalTypenames: REFRESH_ON,
  });
  const problem = table.error ? toProblem(table.error) : null;
  if (problem?.code === 'FORBIDDEN' && !table.data) return <Forbidden />;

  const none = t('common.none');
  const columns: TableColumnsType<NoticeRowFragment> = [
    {
      title: t('meeting.title'),
      dataIndex: 'title',
      fixed: 'left',
      width: 240,
      render: (title: string, m) => <Link to={noticePath(m)}>{title}</Link>,
    },
    { title: t('meeting.kind'), dataIndex: 'kind', width: 140, render: (v: NoticeRowFragment['kind']) => t(enumLabel.meetingKind(v)) },
    {
      title: t('meeting.time'),
      key: 'time',
      width: 200,
      render: (_, m) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatMeetingTime(m.startsAt, m.endsAt)}</span>,
    },
    { title: t('meeting.place'), key: 'place', render: (_, m) => m.place || (m.onlineLink ? t('meetings.online') : none) },
    { title: t('meeting.status'), dataIndex: 'status', width: 110, render: (v: NoticeRowFragment['status']) => <MeetingStatusTag status={v} /> },
    {
      title: t('myNotices.ownAttendance'),
      key: 'attendance',
      width: 180,
      render: (_, m) => <AttendanceTag attendance={ownAttendance(m.attendance, unitId)} />,
    },
  ];
  const count = table.data && !table.pager.loading
    ? t(table.pager.pageNumber === 1 && !table.pager.hasNext ? 'myNotices.count' : 'myNotices.countPage', { count: table.rows.length })
    : null;

  return (
    <>
      <SolicitationsCard />
      <Card title={t('myNotices.title')} extra={<CalendarFeedButton />}>
        <Typography.Paragraph type="secondary">{t('myNotices.hint')}</Typography.Paragraph>
        <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }} role="search">
          <Segmented<Range>
            aria-label={t('myNotices.range')}
            value={range}
            onChange={(next) => setParams(toParams({ range: next === 'all' ? 'all' : undefined }, pageSize), { replace: true })}
            options={[
              { value: 'upcoming', label: t('myNotices.upcoming') },
              { value: 'all', label: t('myNotices.all') },
            ]}
          />
        </Flex>
        {problem && <ProblemAlert problem={problem} onRetry={table.refresh} />}
        <KeyboardScrollable label={t('myNotices.title')}>
          <Table<NoticeRowFragment> rowKey="id" columns={columns} locale={{ emptyText: t('myNotices.empty') }} scroll={{ x: 1050 }} {...table.tableProps} />
        </KeyboardScrollable>
        <CursorPager pager={table.pager} total={count && <Typography.Text type="secondary" data-testid="notices-count">{count}</Typography.Text>} />
      </Card>
    </>
  );
}
