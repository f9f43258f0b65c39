import { Card, Table, Tag, type TableColumnsType } from 'antd';
import { formatDateTime } from '../../../api/dates';
import { toProblem } from '../../../api/errors';
import { CursorPager } from '../../../components/CursorPager';
import { KeyboardScrollable } from '../../../components/KeyboardScrollable';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { UnitLink } from '../../../components/UnitLink';
import { graphql } from '../../../gql';
import type { MemberTransferRowFragment } from '../../../gql/graphql';
import { useConnectionTable } from '../../../hooks/useConnectionTable';
import { useT } from '../../../i18n';

graphql(`
  fragment MemberTransferRow on MemberTransfer {
    id
    transferredOn
    fromUnitId
    fromUnitName
    fromUnit {
      id
      name
    }
    toUnitId
    toUnitName
    toUnit {
      id
      name
    }
    destination
    letterNumber
    note
    recordedBy
    recordedAt
  }
`);

const MemberTransfersQuery = graphql(`
  query MemberTransfers($id: ID!, $first: Int!, $after: String) {
    member(id: $id) {
      id
      transfers(first: $first, after: $after) {
        edges {
          cursor
          node {
            ...MemberTransferRow
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

const REFRESH_ON = ['Member', 'MemberTransfer'];

/** A unit of a transfer: by its current name and linked when it still exists, else by the name it had then. */
function TransferUnit({ unit, name }: { unit: { id: string; name: string } | null | undefined; name: string | null | undefined }) {
  if (unit) return <UnitLink id={unit.id} name={unit.name} />;
  return <>{name}</>;
}

/** 组织关系转接记录: the member's transfers, newest first, paged. */
export function TransfersCard({ memberId }: { memberId: string }) {
  const t = useT();
  const table = useConnectionTable({
    query: MemberTransfersQuery,
    variables: ({ first, after }) => ({ id: memberId, first, after }),
    connection: (data) => data.member?.transfers,
    resetKey: memberId,
    additionalTypenames: REFRESH_ON,
  });
  const none = t('common.none');
  const columns: TableColumnsType<MemberTransferRowFragment> = [
    { title: t('transfer.transferredOn'), dataIndex: 'transferredOn', width: 110 },
    { title: t('transfer.fromUnit'), key: 'from', render: (_, r) => <TransferUnit unit={r.fromUnit} name={r.fromUnitName} /> },
    {
      title: t('transfer.to'),
      key: 'to',
      render: (_, r) =>
        r.toUnitId ? (
          <TransferUnit unit={r.toUnit} name={r.toUnitName} />
        ) : (
          <>
            {r.destination} <Tag style={{ marginInlineStart: 4 }}>{t('transfer.outside')}</Tag>
          </>
        ),
    },
    { title: t('transfer.letterNumber'), dataIndex: 'letterNumber', render: (v: string | null) => v || none },
    { title: t('transfer.note'), dataIndex: 'note', ellipsis: true, render: (v: string | null) => v || none },
    { title: t('transfer.recordedBy'), dataIndex: 'recordedBy', width: 120 },
    { title: t('transfer.recordedAt'), dataIndex: 'recordedAt', width: 150, render: (v: string) => formatDateTime(v) },
  ];
  return (
    <Card title={t('transfer.history')} size="small" style={{ marginBottom: 16 }} data-testid="member-transfers">
      {table.error && <ProblemAlert problem={toProblem(table.error)} onRetry={table.refresh} />}
      <KeyboardScrollable label={t('transfer.history')}>
        <Table<MemberTransferRowFragment>
          rowKey="id"
          columns={columns}
          {...table.tableProps}
          locale={{ emptyText: t('transfer.empty') }}
          size="small"
          scroll={{ x: 900 }}
        />
      </KeyboardScrollable>
      {(table.pager.hasNext || table.pager.hasPrevious) && <CursorPager pager={table.pager} />}
    </Card>
  );
}
