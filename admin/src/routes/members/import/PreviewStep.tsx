import { CloudUploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import type { MemberImportFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { ColumnMapping, type Remapping } from './ColumnMapping';
import { ImportFigures } from './ImportFigures';
import { RowErrorTable } from './RowErrorTable';

/**
 * Step 2: what the API found in the file — the summary, what stops the whole file, the rows with errors — and
 * the column mapping to correct; 开始导入 once there is something to import and nothing stops the file.
 */
export function PreviewStep({
  job,
  checking,
  onRecheck,
  onStart,
}: {
  job: MemberImportFieldsFragment;
  checking: boolean;
  onRecheck: (remapping: Remapping) => void;
  onStart: () => void;
}) {
  const t = useT();
  const { summary } = job;
  const blocked = job.problems.length > 0;
  return (
    <Flex vertical gap={16}>
      <Card size="small" title={`${t('import.file')}：${job.fileName}`}>
        <ImportFigures
          figures={[
            { id: 'total', title: t('import.summaryTotal'), value: summary.totalRows },
            { id: 'to-import', title: t('import.summaryToImport'), value: job.toImport },
            { id: 'with-errors', title: t('import.summaryErrors'), value: summary.withErrors, danger: true },
            { id: 'on-roster', title: t('import.summaryOnRoster'), value: summary.alreadyOnRoster },
            { id: 'blank', title: t('import.summaryBlank'), value: summary.skippedBlank },
          ]}
        />
      </Card>

      {blocked && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('import.problemsTitle')}
          description={job.problems.length === 1 ? job.problems[0] : <ul style={{ margin: 0, paddingInlineStart: 20 }}>{job.problems.map((p) => <li key={p}>{p}</li>)}</ul>}
        />
      )}
      {!blocked && job.toImport === 0 && (
        <Alert
          type={summary.alreadyOnRoster > 0 ? 'info' : 'warning'}
          showIcon
          title={t('import.nothingToImport')}
          description={summary.alreadyOnRoster > 0 ? t('import.allOnRoster', { count: summary.alreadyOnRoster }) : undefined}
        />
      )}

      {job.errorCount > 0 && (
        <Card size="small" title={t('import.errorsTitle')}>
          <Flex vertical gap={8}>
            <Typography.Text type="secondary">
              {job.errorCount > job.errors.length
                ? t('import.errorsMore', { count: job.errorCount, shown: job.errors.length })
                : t('import.errorsSkipped', { count: job.toImport })}
            </Typography.Text>
            <RowErrorTable rows={job.errors} label={t('import.errorsTitle')} testId="import-errors" />
          </Flex>
        </Card>
      )}

      <ColumnMapping key={job.updatedAt} job={job} checking={checking} onRecheck={onRecheck} />

      <Flex gap={8} justify="end" wrap>
        <Link to="/members/import">
          <Button>{t('import.reupload')}</Button>
        </Link>
        <Button type="primary" icon={<CloudUploadOutlined />} disabled={blocked || job.toImport === 0 || checking} onClick={onStart}>
          {t('import.start')}
        </Button>
      </Flex>
    </Flex>
  );
}
