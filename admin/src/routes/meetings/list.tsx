import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Radio, Select, Switch, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { toProblem } from '../../api/errors';
import { CursorPager } from '../../components/CursorPager';
import { ProblemAlert } from '../../components/ProblemAlert';
import { graphql } from '../../gql';
import { pageSizeFromParams, useConnectionTable } from '../../hooks/useConnectionTable';
import { useT, type MessageKey } from '../../i18n';
import { MEETING_KINDS, MEETING_STATUSES, enumLabel } from '../../i18n/enums';
import Forbidden from '../../layout/Forbidden';
import { filtersFromParams, monthOf, monthParam, paramsFromFilters, startOfThisMonth, toCalendarFilter, toMeetingFilter, type MeetingListFilters } from './filters';
import { MeetingCalendar } from './MeetingCalendar';
import { CalendarFeedButton } from './CalendarFeedButton';
import { MeetingTable } from './MeetingTable';

const MeetingListQuery = graphql(`
  query MeetingList($first: Int!, $after: String, $filter: MeetingFilter) {
    meetings(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          ...MeetingRow
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const REFRESH_ON = ['Meeting'];

/**
 * /meetings (会议列表): the region's meetings by start time, paged on the server, from the first day of this month
 * unless earlier ones are asked for; kind, status and that choice are the URL's. 日历 (`?view=calendar&month=2026-12`)
 * shows one month of them instead, with the same kind and status filters.
 */
export default function MeetingListPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const pageSize = pageSizeFromParams(params);
  const filter = useMemo(() => toMeetingFilter(filters), [filters]);
  const calendar = filters.view === 'calendar';
  const month = useMemo(() => monthOf(filters), [filters]);
  const calendarFilter = useMemo(() => toCalendarFilter(filters, month), [filters, month]);
  const setFilters = (patch: Partial<MeetingListFilters>) =>
    setParams(paramsFromFilters({ ...filters, ...patch }, pageSize), { replace: true });

  const table = useConnectionTable({
    query: MeetingListQuery,
    variables: ({ first, after }) => ({ first, after, filter }),
    connection: (data) => data.meetings,
    resetKey: JSON.stringify(filter),
    pageSize,
    onPageSizeChange: (size) => setParams(paramsFromFilters(filters, size), { replace: true }),
    additionalTypenames: REFRESH_ON,
    pause: calendar,
  });

  const problem = table.error ? toProblem(table.error) : null;
  if (problem?.code === 'FORBIDDEN' && !table.data) return <Forbidden />;

  const count =
    table.data && !table.pager.loading
      ? t(table.pager.pageNumber === 1 && !table.pager.hasNext ? 'meetings.countAll' : 'meetings.countPage', { count: table.rows.length })
      : null;
  const enumOptions = <T extends string>(values: readonly T[], label: (v: T) => MessageKey) =>
    values.map((value) => ({ value, label: t(label(value)) }));

  return (
    <Card
      title={t('meetings.title')}
      extra={
        <Flex gap={8}>
          <CalendarFeedButton />
          <Link to="/meetings/new">
            <Button type="primary" icon={<PlusOutlined />}>
              {t('meetings.create')}
            </Button>
          </Link>
        </Flex>
      }
    >
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }} role="search">
        <Radio.Group
          aria-label={t('meetings.view')}
          optionType="button"
          value={calendar ? 'calendar' : 'list'}
          onChange={(e) => setFilters({ view: e.target.value === 'calendar' ? 'calendar' : undefined, month: undefined })}
          options={[
            { value: 'list', label: t('meetings.viewList') },
            { value: 'calendar', label: t('meetings.viewCalendar') },
          ]}
        />
        <Select
          aria-label={t('meeting.kind')}
          placeholder={t('meeting.kind')}
          allowClear
          value={filters.kind}
          onChange={(kind) => setFilters({ kind })}
          options={enumOptions(MEETING_KINDS, enumLabel.meetingKind)}
          style={{ width: 180 }}
        />
        <Select
          aria-label={t('meeting.status')}
          placeholder={t('meeting.status')}
          allowClear
          value={filters.status}
          onChange={(status) => setFilters({ status })}
          options={enumOptions(MEETING_STATUSES, enumLabel.meetingStatus)}
          style={{ width: 140 }}
        />
        {!calendar && (
          <Flex gap={8} align="center">
            <Switch
              id="meetings-earlier"
              checked={Boolean(filters.earlier)}
              onChange={(earlier) => setFilters({ earlier: earlier || undefined })}
            />
            <label htmlFor="meetings-earlier">{t('meetings.showEarlier')}</label>
          </Flex>
        )}
        {!calendar && !filters.earlier && (
          <Typography.Text type="secondary">{t('meetings.fromMonth', { date: startOfThisMonth().format('YYYY-MM-DD') })}</Typography.Text>
        )}
        <Button onClick={() => setParams(paramsFromFilters({ view: filters.view, month: filters.month }, pageSize), { replace: true })}>
          {t('common.reset')}
        </Button>
      </Flex>
      {calendar ? (
        <MeetingCalendar filter={calendarFilter} month={month} onMonthChange={(next) => setFilters({ month: monthParam(next) })} />
      ) : (
        <>
          {problem && <ProblemAlert problem={problem} onRetry={table.refresh} />}
          <MeetingTable {...table.tableProps} />
          <CursorPager
            pager={table.pager}
            total={count && <Typography.Text type="secondary" data-testid="meetings-count">{count}</Typography.Text>}
          />
        </>
      )}
    </Card>
  );
}
