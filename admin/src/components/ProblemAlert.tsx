import { Alert, Button } from 'antd';
import { problemText, type ApiProblem } from '../api/errors';
import { useT } from '../i18n';

/**
 * Shows what went wrong with a request. A CONFLICT (stale version) says so plainly and offers to reload;
 * other problems may offer a retry.
 */
export function ProblemAlert({
  problem,
  onReload,
  onRetry,
  onClose,
}: {
  problem: ApiProblem | null | undefined;
  onReload?: () => void;
  onRetry?: () => void;
  /** Makes the message dismissable. */
  onClose?: () => void;
}) {
  const t = useT();
  if (!problem) return null;
  const conflict = problem.code === 'CONFLICT';
  const action = conflict ? onReload : onRetry;
  return (
    <Alert
      type={conflict ? 'warning' : 'error'}
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={conflict ? t('error.conflictTitle') : undefined}
      closable={onClose ? { onClose } : false}
      description={problemText(problem, t)}
      action={
        action && (
          <Button size="small" type={conflict ? 'primary' : 'default'} onClick={action}>
            {conflict ? t('common.reload') : t('common.retry')}
          </Button>
        )
      }
    />
  );
}
