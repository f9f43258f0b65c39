import { Breadcrumb, Card, Result, Skeleton, Steps } from 'antd';
import { useCallback, useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { toProblem, type ApiProblem } from '../../api/errors';
import { ProblemAlert } from '../../components/ProblemAlert';
import type { MemberImportFieldsFragment } from '../../gql/graphql';
import { useT } from '../../i18n';
import Forbidden from '../../layout/Forbidden';
import type { Remapping } from './import/ColumnMapping';
import { FileStep } from './import/FileStep';
import { ImportStep } from './import/ImportStep';
import { MemberImportQuery, PreviewMemberImportMutation } from './import/operations';
import { PreviewStep } from './import/PreviewStep';
import { ResultStep } from './import/ResultStep';
import { useImportRun } from './import/useImportRun';

type Job = MemberImportFieldsFragment;
const STEP = { file: 0, preview: 1, import: 2, result: 3 } as const;

/**
 * /members/import (导入党员): template and upload; then /members/import/:id — the import's id in the URL, so a
 * reload or a later visit finds it where it stands — with the preview, the import in steps, and the result.
 */
export default function MemberImportPage() {
  const { id } = useParams();
  return id ? <ImportOf key={id} id={id} /> : <NewImport />;
}

function Wizard({ step, children }: { step: number; children: ReactNode }) {
  const t = useT();
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[{ title: <Link to="/members">{t('members.title')}</Link> }, { title: t('import.title') }]}
      />
      <Card title={t('import.title')}>
        <Steps
          current={step}
          style={{ marginBottom: 24 }}
          items={[
            { title: t('import.stepFile') },
            { title: t('import.stepPreview') },
            { title: t('import.stepImport') },
            { title: t('import.stepResult') },
          ]}
        />
        {children}
      </Card>
    </>
  );
}

function NewImport() {
  const navigate = useNavigate();
  return (
    <Wizard step={STEP.file}>
      {/* The preview's answer goes along, so the next page shows it without reading it again. */}
      <FileStep onPreviewed={(job) => navigate(`/members/import/${job.id}`, { state: { job } })} />
    </Wizard>
  );
}

/** The later of two readings of the import (the query's, a mutation's); the mutation's on a tie. */
function later(read: Job | null | undefined, changed: Job | null): Job | null {
  if (!read) return changed;
  if (!changed) return read;
  return read.updatedAt > changed.updatedAt ? read : changed;
}

function ImportOf({ id }: { id: string }) {
  const t = useT();
  const location = useLocation();
  const handedOver = (location.state as { job?: Job } | null)?.job;
  const [changed, setChanged] = useState<Job | null>(handedOver?.id === id ? handedOver : null);
  const [{ data, error }, reexecute] = useQuery({ query: MemberImportQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const [{ fetching: checking }, preview] = useMutation(PreviewMemberImportMutation);
  const [recheckProblem, setRecheckProblem] = useState<ApiProblem | null>(null);
  const [started, setStarted] = useState(false);
  const onStep = useCallback((job: Job) => setChanged(job), []);
  const run = useImportRun(id, onStep);

  const job = later(data?.memberImport, changed);
  const reload = () => {
    setRecheckProblem(null);
    reexecute({ requestPolicy: 'network-only' });
  };

  if (!job) {
    if (error) {
      const problem = toProblem(error);
      return problem.code === 'FORBIDDEN' ? <Forbidden /> : <ProblemAlert problem={problem} onRetry={reload} />;
    }
    if (data && !data.memberImport) {
      return (
        <Wizard step={STEP.file}>
          <Result status="404" title={t('import.notFound')} extra={<Link to="/members/import">{t('import.newImport')}</Link>} />
        </Wizard>
      );
    }
    return <Skeleton active />;
  }

  async function recheck(remapping: Remapping) {
    setRecheckProblem(null);
    const result = await preview({ input: { importId: id, ...remapping } });
    if (result.data) setChanged(result.data.previewMemberImport);
    else if (result.error) setRecheckProblem(toProblem(result.error));
  }
  function start() {
    setStarted(true);
    void run.run();
  }

  const step = job.status === 'COMPLETED' ? STEP.result : job.status === 'IMPORTING' || started ? STEP.import : STEP.preview;
  return (
    <Wizard step={step}>
      <ProblemAlert problem={recheckProblem} onReload={reload} onClose={() => setRecheckProblem(null)} />
      {step === STEP.preview && <PreviewStep job={job} checking={checking} onRecheck={(r) => void recheck(r)} onStart={start} />}
      {step === STEP.import && <ImportStep job={job} running={run.running} problem={run.problem} onRun={() => void run.run()} />}
      {step === STEP.result && <ResultStep job={job} />}
    </Wizard>
  );
}
