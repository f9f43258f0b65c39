import { useCallback, useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { toProblem, type ApiProblem } from '../../../api/errors';
import type { MemberImportFieldsFragment } from '../../../gql/graphql';
import { ContinueMemberImportMutation } from './operations';

const UNKNOWN: ApiProblem = { kind: 'graphql', code: null, fields: [], messages: [] };
/** Each step creates members and changes their units' counts: cached rosters and unit pages read again. */
const CHANGES = { additionalTypenames: ['Member', 'Unit'] };

/**
 * Calls continueMemberImport until the import is COMPLETED, handing each answer to `onStep`. A failed step
 * stops the run with its problem (run again to retry: the API continues where it stopped and creates nothing
 * twice); leaving the page stops it after the step under way.
 */
export function useImportRun(importId: string, onStep: (job: MemberImportFieldsFragment) => void) {
  const [, continueImport] = useMutation(ContinueMemberImportMutation);
  const [running, setRunning] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const mounted = useRef(false);
  const busy = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    setRunning(true);
    setProblem(null);
    try {
      while (mounted.current) {
        const result = await continueImport({ id: importId }, CHANGES);
        if (!mounted.current) return;
        const job = result.data?.continueMemberImport;
        if (!job) {
          setProblem(result.error ? toProblem(result.error) : UNKNOWN);
          return;
        }
        onStep(job);
        if (job.status === 'COMPLETED') return;
      }
    } finally {
      busy.current = false;
      if (mounted.current) setRunning(false);
    }
  }, [continueImport, importId, onStep]);

  return { running, problem, run };
}
