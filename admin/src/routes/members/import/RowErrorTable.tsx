import { Table, type TableColumnsType } from 'antd';
import { KeyboardScrollable } from '../../../components/KeyboardScrollable';
import type { MemberImportFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n';

type RowError = MemberImportFieldsFragment['errors'][number];

/** Problems of rows (a preview's errors, an import's failures) by the sheet's row number and the clerk's header; paged here. */
export function RowErrorTable({ rows, label, testId }: { rows: readonly RowError[]; label: string; testId: string }) {
  const t = useT();
  const columns: TableColumnsType<RowError> = [
    { title: t('import.rowNumber'), dataIndex: 'rowNumber', width: 80 },
    { title: t('import.column'), dataIndex: 'column', width: 160, render: (column: string) => column || t('common.none') },
    { title: t('import.message'), dataIndex: 'message' },
  ];
  return (
    <KeyboardScrollable label={label}>
      <Table<RowError>
        data-testid={testId}
        size="small"
        rowKey={(row) => `${row.rowNumber}:${row.column}:${row.message}`}
        columns={columns}
        dataSource={rows as RowError[]}
        pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true }}
        scroll={{ x: 520 }}
      />
    </KeyboardScrollable>
  );
}
