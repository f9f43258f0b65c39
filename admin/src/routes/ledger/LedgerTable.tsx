import { Space, Table, Typography, type TableColumnsType, type TableProps } from 'antd';
import { Link } from 'react-router';
import { KeyboardScrollable } from '../../components/KeyboardScrollable';
import type { LedgerRowFragment } from '../../gql/graphql';
import { useT } from '../../i18n';
import { ledgerLabel } from './enums';
import { handlerText } from './fragments';
import { LedgerOverdueTag, LedgerStatusTag } from './StatusTags';

/**
 * An overdue row in red. The colours pass WCAG AA contrast (#a8071a on #fff1f0 is about 7:1), and the row also
 * carries the 超期 tag: colour is never the only sign.
 */
const OVERDUE_CSS = `
.ledger-row-overdue > td, .ledger-row-overdue:hover > td { background: #fff1f0 !important; color: #a8071a; }
.ledger-row-overdue a { color: #a8071a; }
`;

/** A year's items as rows: number (a link to the item), matter, status (with 超期), kind, raising unit, handler, due date. */
export function LedgerTable({ label, empty, ...props }: TableProps<LedgerRowFragment> & { label: string; empty: string }) {
  const t = useT();
  const none = t('common.none');
  const columns: TableColumnsType<LedgerRowFragment> = [
    {
      title: t('ledger.number'),
      dataIndex: 'number',
      fixed: 'left',
      width: 110,
      render: (number: string, item) => (
        <Link to={`/ledger/${item.id}`} className="ledger-number">
          {number}
        </Link>
      ),
    },
    { title: t('ledger.itemTitle'), dataIndex: 'title', width: 240, ellipsis: true },
    {
      title: t('ledger.status'),
      key: 'status',
      width: 150,
      render: (_, item) => (
        <Space size={4}>
          <LedgerStatusTag status={item.status} />
          {item.overdue && <LedgerOverdueTag />}
        </Space>
      ),
    },
    { title: t('ledger.kind'), key: 'kind', width: 60, render: (_, item) => t(ledgerLabel.kind(item.kind)) },
    { title: t('ledger.raisedByUnit'), key: 'raisedBy', width: 180, render: (_, item) => item.raisedByUnit?.name ?? none },
    { title: t('ledger.handler'), key: 'handler', width: 200, render: (_, item) => handlerText(item) ?? <Typography.Text type="secondary">{none}</Typography.Text> },
    { title: t('ledger.dueOn'), dataIndex: 'dueOn', width: 110, render: (dueOn: string | null) => dueOn ?? none },
  ];
  return (
    <KeyboardScrollable label={label}>
      <style>{OVERDUE_CSS}</style>
      <Table<LedgerRowFragment>
        rowKey="id"
        columns={columns}
        locale={{ emptyText: empty }}
        scroll={{ x: 1000 }}
        rowClassName={(item) => (item.overdue ? 'ledger-row-overdue' : '')}
        {...props}
      />
    </KeyboardScrollable>
  );
}
