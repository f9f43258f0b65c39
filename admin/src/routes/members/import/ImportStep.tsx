import { CloudUploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Progress, Typography } from 'antd';
import type { ApiProblem } from '../../../api/errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import type { MemberImportFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { ImportFigures } from './ImportFigures';

/** Rows handled and refused so far: every handled row was created, skipped or refused. */
export const failedCount = (job: MemberImportFieldsFragment): number => Math.max(0, job.processed - job.created - job.skipped);

/**
 * Step 3: the import under way (processed of toImport, and the counts), or where a stopped one stands with
 * 继续导入 — after a failed step, or when the page was left and opened again.
 */
export function ImportStep({
  job,
  running,
  problem,
  onRun,
}: {
  job: MemberImportFieldsFragment;
  running: boolean;
  problem: ApiProblem | null;
  onRun: () => void;
}) {
  const t = useT();
  const percent = job.toImport === 0 ? 100 : Math.floor((job.processed / job.toImport) * 100);
  const progress = t('import.progress', { processed: job.processed, total: job.toImport });
  return (
    <Flex vertical gap={16}>
      <Card size="small" title={`${t('import.file')}：${job.fileName}`}>
        <Flex vertical gap={16}>
          <div>
            <Progress percent={percent} status={running ? 'active' : problem ? 'exception' : 'normal'} aria-label={progress} />
            <Typography.Text data-testid="import-progress" role="status">
              {progress}
            </Typography.Text>
          </div>
          <ImportFigures
            figures={[
              { id: 'created', title: t('import.created'), value: job.created },
              { id: 'skipped', title: t('import.skipped'), value: job.skipped },
              { id: 'failed', title: t('import.failed'), value: failedCount(job), danger: true },
            ]}
          />
        </Flex>
      </Card>
      {running && <Alert type="info" showIcon title={t('import.running')} />}
      {!running && !problem && job.processed > 0 && (
        <Alert type="warning" showIcon title={t('import.paused', { processed: job.processed, total: job.toImport })} />
      )}
      <ProblemAlert problem={problem} onRetry={onRun} />
      {!running && (
        <Flex justify="end">
          <Button type="primary" icon={<CloudUploadOutlined />} onClick={onRun}>
            {job.processed > 0 || problem ? t('import.continue') : t('import.start')}
          </Button>
        </Flex>
      )}
    </Flex>
  );
}
