import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Button, Calendar, ConfigProvider, Flex, Spin, Tag, Typography, type ThemeConfig } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useClient, type OperationResult } from 'urql';
import { toProblem, type ApiProblem } from '../../api/errors';
import { ProblemAlert } from '../../components/ProblemAlert';
import { graphql } from '../../gql';
import type { MeetingFilter, MeetingMonthEntryFragment, MeetingMonthQuery as MeetingMonthData } from '../../gql/graphql';
import { useT } from '../../i18n';
import { enumLabel } from '../../i18n/enums';
import { STATUS_COLORS } from './MeetingStatusTag';

graphql(`
  fragment MeetingMonthEntry on Meeting {
    id
    title
    kind
    status
    startsAt
    endsAt
  }
`);

const MeetingMonthQuery = graphql(`
  query MeetingMonth($first: Int!, $after: String, $filter: MeetingFilter) {
    meetings(first: $first, after: $after, filter: $filter) {
      edges {
        node {
          ...MeetingMonthEntry
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/** The API's largest page; a month rarely holds more than one. */
const PAGE = 100;
/** At most this many pages a month (500 meetings): beyond, the calendar says it shows only the first ones. */
const MAX_PAGES = 5;

interface MonthMeetings {
  meetings: MeetingMonthEntryFragment[];
  truncated: boolean;
}

/**
 * One month's meetings. The API has no upper bound (`from` only, by start time): pages of 100 from the month's first
 * moment until one starts after its end (or the list ends).
 */
function useMonthMeetings(filter: MeetingFilter, month: Dayjs) {
  const client = useClient();
  const [state, setState] = useState<{ key: string; data?: MonthMeetings; problem?: ApiProblem }>({ key: '' });
  const [reload, setReload] = useState(0);
  const key = JSON.stringify(filter);
  const end = month.endOf('month');

  useEffect(() => {
    let stale = false;
    void (async () => {
      const meetings: MeetingMonthEntryFragment[] = [];
      let after: string | null = null;
      for (let page = 0; page < MAX_PAGES; page++) {
        const result: OperationResult<MeetingMonthData> = await client
          .query(MeetingMonthQuery, { first: PAGE, after, filter }, { requestPolicy: 'network-only', additionalTypenames: ['Meeting'] })
          .toPromise();
        if (stale) return;
        if (result.error || !result.data) {
          setState({ key, problem: result.error ? toProblem(result.error) : undefined });
          return;
        }
        const { edges, pageInfo } = result.data.meetings;
        const nodes = edges.map((e) => e.node);
        meetings.push(...nodes.filter((m) => !dayjs(m.startsAt).isAfter(end)));
        const pastMonth = nodes.length > 0 && dayjs(nodes[nodes.length - 1]!.startsAt).isAfter(end);
        if (pastMonth || !pageInfo.hasNextPage) {
          setState({ key, data: { meetings, truncated: false } });
          return;
        }
        after = pageInfo.endCursor ?? null;
      }
      setState({ key, data: { meetings, truncated: true } });
    })();
    return () => {
      stale = true;
    };
    // `key` is the filter (and so the month) as a value
  }, [client, key, reload]);

  const current = state.key === key;
  return {
    data: current ? state.data : undefined,
    problem: current ? state.problem : undefined,
    loading: !current,
    refresh: () => setReload((n) => n + 1),
  };
}

/** The neighbouring months' day numbers: antd greys them as disabled (25 % black, 1.8:1); 60 % black still reads as set apart (5.7:1). */
const CALENDAR_THEME: ThemeConfig = { components: { Calendar: { colorTextDisabled: 'rgba(0, 0, 0, 0.6)' } } };

const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

/** One meeting in its day's cell: start time and title, a tag in its status's colour, struck through once cancelled. */
function CalendarEntry({ meeting }: { meeting: MeetingMonthEntryFragment }) {
  const t = useT();
  const status = t(enumLabel.meetingStatus(meeting.status));
  const cancelled = meeting.status === 'CANCELLED';
  return (
    <li>
      <Tag
        color={STATUS_COLORS[meeting.status]}
        title={`${meeting.title}（${status}）`}
        style={{ marginInlineEnd: 0, maxWidth: '100%', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', display: 'block' }}
      >
        <Link
          to={`/meetings/${meeting.id}`}
          data-testid="calendar-meeting"
          style={{ color: 'inherit', textDecoration: cancelled ? 'line-through' : undefined }}
        >
          <span style={{ fontVariantNumeric: 'tabular-nums' }}>{dayjs(meeting.startsAt).format('HH:mm')}</span> {meeting.title}
          <span style={visuallyHidden}>（{status}）</span>
        </Link>
      </Tag>
    </li>
  );
}

/**
 * 日历: a month of the region's meetings (kind and status as filtered), each in its start day's cell. Month and
 * filters are the page's (the URL's); days of the neighbouring months shown around it stay empty.
 */
export function MeetingCalendar({ filter, month, onMonthChange }: { filter: MeetingFilter; month: Dayjs; onMonthChange: (month: Dayjs) => void }) {
  const t = useT();
  const { data, problem, loading, refresh } = useMonthMeetings(filter, month);

  const byDay = useMemo(() => {
    const days = new Map<string, MeetingMonthEntryFragment[]>();
    for (const m of data?.meetings ?? []) {
      const day = dayjs(m.startsAt).format('YYYY-MM-DD');
      days.set(day, [...(days.get(day) ?? []), m]);
    }
    return days;
  }, [data]);

  const thisMonth = dayjs().startOf('month');
  const value = month.isSame(thisMonth, 'month') ? dayjs() : month;

  return (
    <section aria-label={t('meetings.calendar')} data-testid="meetings-calendar">
      <Flex wrap gap={8} align="center" style={{ marginBottom: 8 }}>
        <Button icon={<LeftOutlined />} aria-label={t('meetings.prevMonth')} title={t('meetings.prevMonth')} onClick={() => onMonthChange(month.subtract(1, 'month'))} />
        <Button onClick={() => onMonthChange(thisMonth)} disabled={month.isSame(thisMonth, 'month')}>
          {t('meetings.thisMonth')}
        </Button>
        <Button icon={<RightOutlined />} aria-label={t('meetings.nextMonth')} title={t('meetings.nextMonth')} onClick={() => onMonthChange(month.add(1, 'month'))} />
        <Typography.Title level={2} style={{ margin: '0 8px', fontSize: 18 }} data-testid="calendar-month">
          {t('meetings.month', { year: month.year(), month: month.month() + 1, monthName: month.format('MMMM') })}
        </Typography.Title>
        {loading ? (
          <Spin size="small" />
        ) : (
          data && (
            <Typography.Text type="secondary" data-testid="calendar-count">
              {data.meetings.length ? t('meetings.monthCount', { count: data.meetings.length }) : t('meetings.monthEmpty')}
            </Typography.Text>
          )
        )}
      </Flex>
      {problem && <ProblemAlert problem={problem} onRetry={refresh} />}
      {data?.truncated && <Alert type="warning" showIcon message={t('meetings.monthTruncated', { count: data.meetings.length })} style={{ marginBottom: 8 }} />}
      <ConfigProvider theme={CALENDAR_THEME}>
        <Calendar
          value={value}
          mode="month"
          headerRender={() => null}
          cellRender={(day, info) => {
            if (info.type !== 'date') return info.originNode;
            if (!day.isSame(month, 'month')) return null;
            const meetings = byDay.get(day.format('YYYY-MM-DD'));
            if (!meetings) return null;
            return (
              <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 2 }} data-testid={`calendar-day-${day.format('YYYY-MM-DD')}`}>
                {meetings.map((m) => (
                  <CalendarEntry key={m.id} meeting={m} />
                ))}
              </ul>
            );
          }}
        />
      </ConfigProvider>
    </section>
  );
}
