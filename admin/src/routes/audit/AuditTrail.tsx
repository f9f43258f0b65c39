import { Card, Table, Tag, Typography, type TableColumnsType, type TableProps } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { toProblem } from '../../api/errors';
import { graphql } from '../../gql';
import type { AuditEntryRowFragment } from '../../gql/graphql';
import { useConnectionTable } from '../../hooks/useConnectionTable';
import { useT } from '../../i18n';
import { fieldLabel, operationLabel, recordTypeLabel, valueText, type AuditOperation } from './labels';
import { CursorPager } from '../../components/CursorPager';
import { KeyboardScrollable } from '../../components/KeyboardScrollable';
import { UnitLink } from '../../components/UnitLink';
import { ProblemAlert } from '../../components/ProblemAlert';

graphql(`
  fragment AuditEntryRow on AuditEntry {
    id
    at
    actorId
    actorName
    operation
    recordType
    recordId
    version
    outcome
    changes {
      field
      before
      after
      beforeUnit {
        id
        name
      }
      afterUnit {
        id
        name
      }
    }
    unit {
      id
      name
    }
    pairing {
      id
      unit {
        id
        name
      }
      community {
        id
        name
      }
    }
  }
`);

const RecordAuditTrailQuery = graphql(`
  query RecordAuditTrail($recordId: ID!, $first: Int!, $after: String) {
    auditTrail(recordId: $recordId, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...AuditEntryRow
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/**
 * Every mutation writes an entry, and their results carry these typenames: any change made in this
 * session refreshes a trail on screen, even an empty one.
 */
export const AUDIT_REFRESH_ON = ['Unit', 'DeletedRecord', 'Pairing', 'Upload', 'Member'];

/** An entry's time in the viewer's time zone, to the second. */
export const formatAuditTime = (at: string): string => dayjs(at).format('YYYY-MM-DD HH:mm:ss');

const OPERATION_COLORS: Partial<Record<AuditOperation, string>> = {
  createUnit: 'green',
  createPairing: 'green',
  registerUnit: 'blue',
  changeUnitStatus: 'orange',
  deleteUnit: 'red',
  endPairing: 'default',
  createMember: 'green',
  removeMember: 'red',
  transferMember: 'blue',
  revealMemberIdNumber: 'purple',
};

function OperationTag({ operation }: { operation: string }) {
  const t = useT();
  return (
    <Tag color={OPERATION_COLORS[operation as AuditOperation] ?? 'geekblue'} style={{ marginInlineEnd: 0 }}>
      {operationLabel(t, operation)}
    </Tag>
  );
}

/** One line per changed field: 字段: 旧值 → 新值 (— for no value); lines saying nothing (— → —) are left out. */
function ChangeList({ entry }: { entry: AuditEntryRowFragment }) {
  const t = useT();
  const { changes } = entry;
  if (changes.length === 0) return <>{t('common.none')}</>;
  // Unit ids come with their units (resolved by the API in the same request): shown by name.
  const value = (field: string, v: string | null | undefined, unit: UnitRef | null | undefined): ReactNode => {
    if (v === null || v === undefined || v === '') return t('common.none');
    if (unit !== undefined && unit !== null) return <UnitRecord id={v} unit={unit} />;
    return valueText(t, entry.recordType, field, v);
  };
  return (
    <ul style={{ margin: 0, paddingInlineStart: 0, listStyle: 'none' }}>
      {changes.map((change) => (
        <li key={change.field} data-field={change.field} style={{ wordBreak: 'break-word' }}>
          <Typography.Text type="secondary">{fieldLabel(t, entry.recordType, change.field)}: </Typography.Text>
          <Typography.Text delete={change.after !== null && change.before !== null}>
            {value(change.field, change.before, change.beforeUnit)}
          </Typography.Text>
          {' → '}
          <Typography.Text>{value(change.field, change.after, change.afterUnit)}</Typography.Text>
        </li>
      ))}
    </ul>
  );
}

type UnitRef = { id: string; name: string };

/**
 * A unit an entry is about or names (a parent, a community), by its current name and linked to its page;
 * a unit that no longer exists (deleted: the API returns none) shows its id, not a link.
 */
function UnitRecord({ id, unit }: { id: string; unit: UnitRef | null | undefined }) {
  const t = useT();
  if (unit) return <Link to={`/units/${id}`}>{unit.name}</Link>;
  return (
    <Typography.Text type="secondary" copyable={{ text: id }}>
      {id} ({t('audit.deletedUnit')})
    </Typography.Text>
  );
}

/** A pairing by its two sides (单位 ↔ 社区), each linked where the viewer may open it; its id on hover. */
function PairingRecord({ pairing }: { pairing: NonNullable<AuditEntryRowFragment['pairing']> }) {
  return (
    <span title={pairing.id} data-testid="audit-pairing">
      <UnitLink id={pairing.unit.id} name={pairing.unit.name} />
      {' ↔ '}
      <UnitLink id={pairing.community.id} name={pairing.community.name} />
    </span>
  );
}

/** What the entry is about: a unit or a pairing by name, a member or an archive document linked by its id; anything else (an upload) by its id. */
function RecordCell({ entry }: { entry: AuditEntryRowFragment }) {
  const t = useT();
  let record: ReactNode;
  if (entry.recordType === 'Unit') record = <UnitRecord id={entry.recordId} unit={entry.unit} />;
  else if (entry.pairing) record = <PairingRecord pairing={entry.pairing} />;
  else if (entry.recordType === 'Member') record = <Link to={`/members/${entry.recordId}`}>{entry.recordId}</Link>;
  else if (entry.recordType === 'ArchiveDocument') record = <Link to={`/archive?doc=${entry.recordId}`}>{entry.recordId}</Link>;
  else
    record = (
      <Typography.Text type="secondary" copyable={{ text: entry.recordId }}>
        {entry.recordId}
      </Typography.Text>
    );
  return (
    <>
      <Typography.Text type="secondary">{recordTypeLabel(t, entry.recordType)} · </Typography.Text>
      {record}
    </>
  );
}

/**
 * Audit entries as rows: time, who, operation, (the record), changes, version. A record's trail and the
 * region's share it; the region's adds the record column.
 */
export function AuditTable({
  showRecord = false,
  emptyText,
  ...tableProps
}: TableProps<AuditEntryRowFragment> & { showRecord?: boolean; emptyText?: ReactNode }) {
  const t = useT();
  const columns: TableColumnsType<AuditEntryRowFragment> = [
    {
      title: t('audit.at'),
      dataIndex: 'at',
      width: 170,
      render: (at: string) => <time dateTime={at}>{formatAuditTime(at)}</time>,
    },
    {
      title: t('audit.actor'),
      dataIndex: 'actorName',
      width: 140,
      render: (name: string, entry) => <span title={entry.actorId}>{name}</span>,
    },
    {
      title: t('audit.operation'),
      dataIndex: 'operation',
      width: 110,
      render: (operation: string) => <OperationTag operation={operation} />,
    },
  ];
  if (showRecord) {
    columns.push({ title: t('audit.record'), key: 'record', width: 240, render: (_, entry) => <RecordCell entry={entry} /> });
  }
  columns.push(
    { title: t('audit.changes'), key: 'changes', render: (_, entry) => <ChangeList entry={entry} /> },
    {
      title: t('audit.version'),
      dataIndex: 'version',
      width: 70,
      align: 'right',
      render: (version: number | null) => version ?? t('common.none'),
    },
  );
  return (
    <KeyboardScrollable label={t(showRecord ? 'audit.title' : 'audit.recordTitle')}>
      <Table<AuditEntryRowFragment>
        rowKey="id"
        columns={columns}
        locale={{ emptyText: emptyText ?? t('audit.empty') }}
        scroll={{ x: showRecord ? 1000 : 760 }}
        {...tableProps}
      />
    </KeyboardScrollable>
  );
}

/** 审计记录: one record's trail, newest first, paged. Only for viewers with `access.readAudit`. */
export function AuditTrailCard({ recordId }: { recordId: string }) {
  const t = useT();
  const table = useConnectionTable({
    query: RecordAuditTrailQuery,
    variables: ({ first, after }) => ({ recordId, first, after }),
    connection: (data) => data.auditTrail,
    resetKey: recordId,
    additionalTypenames: AUDIT_REFRESH_ON,
  });
  return (
    <Card title={t('audit.recordTitle')} size="small" style={{ marginBottom: 16 }} data-testid="audit-trail">
      {table.error && <ProblemAlert problem={toProblem(table.error)} onRetry={table.refresh} />}
      <AuditTable {...table.tableProps} size="small" />
      {(table.pager.hasNext || table.pager.hasPrevious) && <CursorPager pager={table.pager} />}
    </Card>
  );
}
