/**
 * What the scheduled jobs' function reports beyond its log lines (namespace Gongjian, service gongjian-scheduled-jobs,
 * dimension stage): the contract with its alarms (infra/lib/scheduled-jobs.ts). Its own module, free of the handler's
 * imports, so that the CDK app can read it.
 */
export const JOB_METRICS = {
  /** A job's part that failed and was skipped (a region the archive maintenance could not finish). */
  failures: 'ScheduledJobFailures',
  /** A document of the archive the scheduled verify found not intact (CHANGED, MISSING, CHAIN_BROKEN). */
  archiveProblems: 'ArchiveVerifyProblems',
} as const;

/** The EventBridge rule's input: which job of the registry to run. */
export interface ScheduledJobEvent {
  job: string;
}

/** The time a run may take, in seconds (env JOB_TIME_BUDGET_SECONDS), below the function's timeout. */
export const JOB_TIME_BUDGET_ENV = 'JOB_TIME_BUDGET_SECONDS';
