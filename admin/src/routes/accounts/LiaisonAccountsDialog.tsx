import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Modal, Progress, Statistic, Table, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { downloadGenerated } from '../../api/download';
import { toProblem, type ApiProblem } from '../../api/errors';
import { KeyboardScrollable } from '../../components/KeyboardScrollable';
import { ProblemAlert } from '../../components/ProblemAlert';
import { graphql } from '../../gql';
import type { SkippedUnit } from '../../gql/graphql';
import { useT } from '../../i18n';

const CreateLiaisonAccountsMutation = graphql(`
  mutation CreateLiaisonAccounts($input: CreateLiaisonAccountsInput!) {
    createLiaisonAccounts(input: $input) {
      handoutId
      created {
        ...AccountRow
      }
      skipped {
        unitId
        unitName
        reason
      }
      alreadyHadAccount
      processedUnits
      totalUnits
      nextCursor
      done
    }
  }
`);

const LiaisonAccountsHandoutMutation = graphql(`
  mutation LiaisonAccountsHandout($handoutId: ID!) {
    liaisonAccountsHandout(handoutId: $handoutId) {
      name
      downloadUrl
    }
  }
`);

/** Units per step: the API allows 1–25; each makes accounts in the identity provider, whose admin API is rate-limited. */
const STEP_SIZE = 20;

type Phase = 'idle' | 'running' | 'stopped' | 'done';

interface Run {
  phase: Phase;
  /** Where the next step starts (null: the first unit). */
  cursor: string | null;
  /** The handout sheet the steps add to; null until the first step (or after a download, for the next sheet). */
  handoutId: string | null;
  processed: number;
  total: number;
  created: number;
  alreadyHad: number;
  skipped: SkippedUnit[];
  /** Accounts made since the last download: the sheet to download holds their passwords. */
  toHandOut: number;
  downloaded: boolean;
}

const FRESH: Run = { phase: 'idle', cursor: null, handoutId: null, processed: 0, total: 0, created: 0, alreadyHad: 0, skipped: [], toHandOut: 0, downloaded: false };

/**
 * 批量开通联络员账号: runs createLiaisonAccounts step by step (the same handout, the next cursor) with a progress bar,
 * the counts and the skipped units with their reasons; it can be stopped and continued. Then 下载账号发放单 — once:
 * the API deletes the passwords as it makes the sheet, so the button is disabled afterwards and says so.
 */
export function LiaisonAccountsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const [run, setRun] = useState<Run>(FRESH);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const stopping = useRef(false);
  const [, step] = useMutation(CreateLiaisonAccountsMutation);
  const [{ fetching: downloading }, handout] = useMutation(LiaisonAccountsHandoutMutation);

  useEffect(() => {
    if (open) {
      setRun(FRESH);
      setProblem(null);
    }
  }, [open]);

  async function go() {
    setProblem(null);
    stopping.current = false;
    // After a download the next accounts go to a new sheet: the downloaded one's passwords are gone.
    let state: Run = { ...run, phase: 'running', handoutId: run.downloaded ? null : run.handoutId };
    setRun(state);
    for (;;) {
      const result = await step({ input: { after: state.cursor, handoutId: state.handoutId, size: STEP_SIZE } }, { additionalTypenames: ['Account'] });
      if (result.error || !result.data) {
        if (result.error) setProblem(toProblem(result.error));
        setRun({ ...state, phase: 'stopped' });
        return;
      }
      const s = result.data.createLiaisonAccounts;
      state = {
        ...state,
        cursor: s.nextCursor ?? null,
        handoutId: s.handoutId,
        processed: state.processed + s.processedUnits,
        total: s.totalUnits,
        created: state.created + s.created.length,
        alreadyHad: state.alreadyHad + s.alreadyHadAccount,
        skipped: [...state.skipped, ...s.skipped],
        toHandOut: state.toHandOut + s.created.length,
        downloaded: state.downloaded && s.created.length === 0,
      };
      if (s.done) return setRun({ ...state, phase: 'done' });
      if (stopping.current) return setRun({ ...state, phase: 'stopped' });
      setRun(state);
    }
  }

  async function download() {
    if (!run.handoutId) return;
    const result = await handout({ handoutId: run.handoutId });
    const begun = downloadGenerated(result.data?.liaisonAccountsHandout, result.error, (text) => void message.error(text), t);
    if (begun) setRun((r) => ({ ...r, toHandOut: 0, downloaded: true }));
  }

  function close() {
    if (run.phase === 'running') return;
    if (run.toHandOut === 0) return onClose();
    modal.confirm({
      title: t('bulk.closeWarning'),
      content: t('bulk.closeWarningText'),
      okText: t('bulk.close'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: onClose,
    });
  }

  const running = run.phase === 'running';
  const percent = run.total > 0 ? Math.min(100, Math.round((run.processed / run.total) * 100)) : run.phase === 'done' ? 100 : 0;
  /** A step has answered: there is progress to show (a first step that failed shows only its problem). */
  const started = run.total > 0 || run.phase === 'done';
  const canDownload = (run.phase === 'done' || run.phase === 'stopped') && (run.toHandOut > 0 || run.downloaded);

  return (
    <Modal
      open={open}
      title={t('bulk.title')}
      onCancel={close}
      maskClosable={false}
      closable={!running}
      keyboard={!running}
      destroyOnHidden
      width={680}
      footer={
        <Flex justify="end" gap={8} wrap>
          {running ? (
            <Button danger onClick={() => (stopping.current = true)}>
              {t('bulk.stop')}
            </Button>
          ) : (
            run.phase !== 'done' && (
              <Button type={canDownload ? 'default' : 'primary'} onClick={() => void go()}>
                {t(started ? 'bulk.continue' : 'bulk.start')}
              </Button>
            )
          )}
          {canDownload && (
            <Button type="primary" icon={<DownloadOutlined />} loading={downloading} disabled={run.downloaded} onClick={() => void download()}>
              {t(run.downloaded ? 'bulk.downloaded' : 'bulk.download')}
            </Button>
          )}
          <Button disabled={running} onClick={close}>
            {t('bulk.close')}
          </Button>
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary">{t('bulk.hint')}</Typography.Paragraph>
      <ProblemAlert problem={problem} onRetry={running ? undefined : () => void go()} />
      {(started || running) && (
        <div data-testid="bulk-progress">
          <Progress percent={percent} status={running ? 'active' : run.phase === 'done' ? 'success' : 'normal'} aria-label={t('bulk.progressLabel')} />
          <Typography.Paragraph aria-live="polite" data-testid="bulk-progress-text">
            {t('bulk.progress', { processed: run.processed, total: run.total })}
            {run.phase === 'done' && ` ${t('bulk.done')}`}
            {run.phase === 'stopped' && !problem && ` ${t('bulk.stopped')}`}
          </Typography.Paragraph>
          <Flex gap={32} style={{ marginBottom: 16 }}>
            <div data-testid="bulk-created">
              <Statistic title={t('bulk.created')} value={run.created} />
            </div>
            <div data-testid="bulk-already">
              <Statistic title={t('bulk.alreadyHad')} value={run.alreadyHad} />
            </div>
            <div data-testid="bulk-skipped">
              <Statistic title={t('bulk.skippedCount')} value={run.skipped.length} />
            </div>
          </Flex>
          {run.skipped.length > 0 && (
            <KeyboardScrollable label={t('bulk.skipped')}>
              <Table<SkippedUnit>
                size="small"
                rowKey="unitId"
                title={() => t('bulk.skipped')}
                dataSource={run.skipped}
                pagination={false}
                scroll={{ y: 240 }}
                columns={[
                  { title: t('bulk.skippedUnit'), dataIndex: 'unitName' },
                  { title: t('bulk.skippedReason'), dataIndex: 'reason' },
                ]}
                style={{ marginBottom: 16 }}
              />
            </KeyboardScrollable>
          )}
          {canDownload && <Alert type="warning" showIcon title={t('bulk.downloadOnce')} />}
          {run.phase === 'done' && run.created === 0 && <Alert type="info" showIcon title={t('bulk.nothingToHandOut')} />}
        </div>
      )}
    </Modal>
  );
}
