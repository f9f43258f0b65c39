import { Button, Space, Table, type TableColumnsType, type TableProps } from 'antd';
import { Link } from 'react-router';
import { KeyboardScrollable } from '../../../components/KeyboardScrollable';
import type { SupervisionRowFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { ActionOverdueTag, ActionStatusTag } from './StatusTags';

/** An overdue row in red (#a8071a on #fff1f0: about 7:1), with the 超期 tag too: colour is never the only sign. */
const OVERDUE_CSS = `
.action-row-overdue > td, .action-row-overdue:hover > td { background: #fff1f0 !important; color: #a8071a; }
.action-row-overdue a, .action-row-overdue .ant-btn-link { color: #a8071a; }
`;

interface Props extends TableProps<SupervisionRowFragment> {
  /** Where a meeting's title links: the secretariat's meeting page or the liaison's notice. */
  meetingPath: (meeting: { id: string; startsAt: string }) => string;
  onOpen: (item: SupervisionRowFragment) => void;
}

/** 督办事项 as rows by due date: the item (opens its reports), its meeting, responsible units, due date, status, reports. */
export function SupervisionTable({ meetingPath, onOpen, ...props }: Props) {
  const t = useT();
  const none = t('common.none');
  const columns: TableColumnsType<SupervisionRowFragment> = [
    {
      title: t('supervision.item'),
      dataIndex: 'title',
      fixed: 'left',
      width: 240,
      render: (title: string, item) => (
        <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }} onClick={() => onOpen(item)}>
          {title}
        </Button>
      ),
    },
    {
      title: t('supervision.meeting'),
      key: 'meeting',
      width: 220,
      render: (_, item) => (item.meeting ? <Link to={meetingPath(item.meeting)}>{item.meeting.title}</Link> : none),
    },
    {
      title: t('supervision.responsibleUnits'),
      key: 'units',
      width: 220,
      render: (_, item) => item.responsibleUnits.map((u) => u.name).join('、') || none,
    },
    { title: t('supervision.dueOn'), dataIndex: 'dueOn', width: 110 },
    {
      title: t('supervision.statusLabel'),
      key: 'status',
      width: 140,
      render: (_, item) => (
        <Space size={4}>
          <ActionStatusTag status={item.status} />
          {item.overdue && <ActionOverdueTag />}
        </Space>
      ),
    },
    {
      title: t('supervision.reportCount'),
      key: 'reports',
      width: 90,
      align: 'right',
      render: (_, item) => <span data-testid="action-report-count">{item.reports.length}</span>,
    },
  ];
  return (
    <KeyboardScrollable label={t('supervision.title')}>
      <style>{OVERDUE_CSS}</style>
      <Table<SupervisionRowFragment>
        rowKey="id"
        columns={columns}
        locale={{ emptyText: t('supervision.empty') }}
        scroll={{ x: 1020 }}
        rowClassName={(item) => (item.overdue ? 'action-row-overdue' : '')}
        {...props}
      />
    </KeyboardScrollable>
  );
}
