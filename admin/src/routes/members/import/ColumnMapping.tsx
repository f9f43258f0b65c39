import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, InputNumber, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { KeyboardScrollable } from '../../../components/KeyboardScrollable';
import type { MemberImportColumnInput, MemberImportFieldsFragment, RosterField } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { ROSTER_FIELDS, enumLabel } from '../../../i18n/enums';

type Column = MemberImportFieldsFragment['columns'][number];

/** What 重新检查 sends: previewMemberImport's headerRowNumber and columns. */
export interface Remapping {
  headerRowNumber?: number;
  columns?: MemberImportColumnInput[];
}

/** The select's value for 不导入 (antd shows a null value as no choice at all). */
const NOT_IMPORTED = 'NOT_IMPORTED';
/** The API looks for a header in the first 20 rows (`headerRowNumber` at most 20). */
const MAX_HEADER_ROW = 20;

/** 0 → A, 25 → Z, 26 → AA: the column as Excel names it. */
export const columnLetter = (index: number): string =>
  (index >= 26 ? columnLetter(Math.floor(index / 26) - 1) : '') + String.fromCharCode(65 + (index % 26));

/**
 * The preview's column mapping: each sheet column with its header and what it is imported as, and the header
 * row. Mount it with `key={job.updatedAt}` so that a new preview starts from what the API now says.
 *
 * With the header row unchanged, 重新检查 sends the whole mapping as shown (the API keeps no earlier choices,
 * so they are sent again); with another header row it sends only the columns changed here, because the
 * other columns' headers are then the new row's, to be recognised afresh.
 */
export function ColumnMapping({
  job,
  checking,
  onRecheck,
}: {
  job: MemberImportFieldsFragment;
  checking: boolean;
  onRecheck: (remapping: Remapping) => void;
}) {
  const t = useT();
  const [headerRow, setHeaderRow] = useState<number | null>(job.headerRowNumber ?? null);
  const [fields, setFields] = useState<Record<number, RosterField | null>>(() =>
    Object.fromEntries(job.columns.map((c) => [c.index, c.field ?? null])),
  );

  function recheck() {
    const headerChanged = headerRow !== (job.headerRowNumber ?? null);
    const changed = job.columns.filter((c) => (c.field ?? null) !== fields[c.index]);
    const columns = (headerChanged ? changed : job.columns).map((c) => ({ index: c.index, field: fields[c.index] ?? null }));
    onRecheck({ headerRowNumber: headerRow ?? undefined, columns: columns.length > 0 ? columns : undefined });
  }

  const options = [
    ...ROSTER_FIELDS.map((field) => ({ value: field as string, label: t(enumLabel.rosterField(field)) })),
    { value: NOT_IMPORTED, label: t('import.notImported') },
  ];
  const tableColumns: TableColumnsType<Column> = [
    { title: t('import.columnLetter'), dataIndex: 'index', width: 70, render: (index: number) => columnLetter(index) },
    { title: t('import.columnHeader'), dataIndex: 'header', render: (header: string) => header || t('common.none') },
    {
      title: t('import.columnField'),
      key: 'field',
      width: 200,
      render: (_, column) => (
        <Select
          aria-label={t('import.columnFieldOf', { header: column.header || columnLetter(column.index) })}
          value={fields[column.index] ?? NOT_IMPORTED}
          onChange={(value: string) =>
            setFields((current) => ({ ...current, [column.index]: value === NOT_IMPORTED ? null : (value as RosterField) }))
          }
          options={options}
          style={{ width: 180 }}
        />
      ),
    },
  ];

  return (
    <Card size="small" title={t('import.mappingTitle')}>
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('import.mappingHint')}</Typography.Text>
        <Flex gap={12} align="center" wrap>
          <label htmlFor="import-header-row">{t('import.headerRow')}</label>
          <InputNumber
            id="import-header-row"
            min={1}
            max={MAX_HEADER_ROW}
            precision={0}
            value={headerRow}
            onChange={(value) => setHeaderRow(value ?? null)}
            style={{ width: 90 }}
          />
          <Button icon={<ReloadOutlined />} loading={checking} disabled={headerRow === null} onClick={recheck}>
            {t('import.recheck')}
          </Button>
        </Flex>
        {job.headerRowNumber == null && <Typography.Text type="warning">{t('import.headerRowMissing')}</Typography.Text>}
        {job.columns.length > 0 && (
          <KeyboardScrollable label={t('import.mappingTitle')}>
            <Table<Column>
              size="small"
              rowKey="index"
              columns={tableColumns}
              dataSource={job.columns}
              pagination={false}
              scroll={{ x: 420 }}
            />
          </KeyboardScrollable>
        )}
      </Flex>
    </Card>
  );
}
