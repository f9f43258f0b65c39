import { Table, Typography, type TableColumnsType, type TableProps } from 'antd';
import { Link } from 'react-router';
import { KeyboardScrollable } from '../../components/KeyboardScrollable';
import { UnitLink } from '../../components/UnitLink';
import { graphql } from '../../gql';
import type { MeetingRowFragment } from '../../gql/graphql';
import { useT } from '../../i18n';
import { enumLabel } from '../../i18n/enums';
import { MeetingStatusTag } from './MeetingStatusTag';
import { formatMeetingTime } from './time';

graphql(`
  fragment MeetingRow on Meeting {
    id
    title
    kind
    status
    startsAt
    endsAt
    place
    onlineLink
    convenerUnit {
      id
      name
    }
    agenda {
      id
    }
  }
`);

/** Meetings as rows (会议列表), by start time as the API gives them. */
export function MeetingTable(props: TableProps<MeetingRowFragment>) {
  const t = useT();
  const none = t('common.none');
  const columns: TableColumnsType<MeetingRowFragment> = [
    {
      title: t('meeting.title'),
      dataIndex: 'title',
      fixed: 'left',
      width: 220,
      render: (title: string, m) => <Link to={`/meetings/${m.id}`}>{title}</Link>,
    },
    { title: t('meeting.kind'), dataIndex: 'kind', width: 140, render: (v: MeetingRowFragment['kind']) => t(enumLabel.meetingKind(v)) },
    {
      title: t('meeting.time'),
      key: 'time',
      width: 200,
      render: (_, m) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatMeetingTime(m.startsAt, m.endsAt)}</span>,
    },
    {
      title: t('meeting.place'),
      key: 'place',
      render: (_, m) =>
        m.place || (m.onlineLink ? <Typography.Text>{t('meetings.online')}</Typography.Text> : none),
    },
    {
      title: t('meeting.convenerUnit'),
      key: 'convener',
      render: (_, m) => (m.convenerUnit ? <UnitLink id={m.convenerUnit.id} name={m.convenerUnit.name} /> : none),
    },
    { title: t('meeting.status'), dataIndex: 'status', width: 110, render: (v: MeetingRowFragment['status']) => <MeetingStatusTag status={v} /> },
    { title: t('meeting.agendaCount'), key: 'agenda', width: 80, align: 'right', render: (_, m) => m.agenda.length },
  ];
  return (
    <KeyboardScrollable label={t('meetings.title')}>
      <Table<MeetingRowFragment>
        rowKey="id"
        columns={columns}
        locale={{ emptyText: t('meetings.empty') }}
        scroll={{ x: 1050 }}
        {...props}
      />
    </KeyboardScrollable>
  );
}
