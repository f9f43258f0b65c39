import { Button, Card, Flex, Result } from 'antd';
import { Link } from 'react-router';
import type { MemberImportFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { ImportFigures } from './ImportFigures';
import { failedCount } from './ImportStep';
import { RowErrorTable } from './RowErrorTable';

/** Step 4: what the import did — created, skipped (on the roster meanwhile), the rows refused — and the way back. */
export function ResultStep({ job }: { job: MemberImportFieldsFragment }) {
  const t = useT();
  const failed = failedCount(job);
  return (
    <Flex vertical gap={16}>
      <Result
        status={failed > 0 ? 'warning' : 'success'}
        title={t('import.done')}
        subTitle={t('import.doneSummary', { created: job.created, skipped: job.skipped, failed })}
        extra={[
          <Link key="roster" to="/members">
            <Button type="primary">{t('import.backToRoster')}</Button>
          </Link>,
          <Link key="again" to="/members/import">
            <Button>{t('import.newImport')}</Button>
          </Link>,
        ]}
      />
      <Card size="small">
        <ImportFigures
          figures={[
            { id: 'created', title: t('import.created'), value: job.created },
            { id: 'skipped', title: t('import.skipped'), value: job.skipped },
            { id: 'failed', title: t('import.failed'), value: failed, danger: true },
          ]}
        />
      </Card>
      {job.failures.length > 0 && (
        <Card size="small" title={t('import.failuresTitle')} extra={failed > job.failures.length && t('import.failuresMore', { shown: job.failures.length })}>
          <RowErrorTable rows={job.failures} label={t('import.failuresTitle')} testId="import-failures" />
        </Card>
      )}
    </Flex>
  );
}
