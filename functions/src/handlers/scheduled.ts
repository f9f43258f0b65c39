import type { AppConfig } from '../config';
import { ARCHIVE_MAINTENANCE_JOB } from '../domain/archive/maintenance';
import { MEETING_REMINDERS_JOB } from '../domain/notifications/outbox';
import type { Ports } from '../domain/ports';
import { SERVICES } from '../observability/logger';
import { lambdaTrigger, type TriggerReport } from '../observability/trigger';
import { createDocumentClient } from '../store/clients';
import { createPorts } from '../store/ports';
import { runArchiveMaintenance } from './scheduled-archive';
import { runMeetingReminders } from './scheduled-reminders';
import { JOB_TIME_BUDGET_ENV, type ScheduledJobEvent } from './scheduled-metrics';

/** What a job is given: the ports, where it reports, and until when it may start new work (ms since the epoch). */
export interface JobContext {
  ports: Ports;
  report: TriggerReport;
  deadline: number;
}

/** What a run did, in numbers: the function's return value and its summary log line. */
export type JobSummary = Record<string, string | number | boolean>;

export type ScheduledJob = (context: JobContext) => Promise<JobSummary>;

/** The jobs by name (the EventBridge rule's `{ "job": … }`); a job registers here and gets a rule in infra/lib/scheduled-jobs.ts. */
export const SCHEDULED_JOBS: Readonly<Record<string, ScheduledJob>> = {
  [ARCHIVE_MAINTENANCE_JOB]: runArchiveMaintenance,
  [MEETING_REMINDERS_JOB]: runMeetingReminders,
};

/** An event naming no job of the registry: a wiring mistake, reported as the function's failure. */
export class UnknownJobError extends Error {
  constructor(readonly job: unknown) {
    super(`unknown scheduled job ${JSON.stringify(job)}; known: ${Object.keys(SCHEDULED_JOBS).join(', ')}`);
    this.name = 'UnknownJobError';
  }
}

export interface ScheduledHandlerDependencies {
  ports: () => Ports;
  report: TriggerReport;
  /** Seconds a run may start new work for. */
  timeBudgetSeconds: number;
  jobs?: Readonly<Record<string, ScheduledJob>>;
}

/** Runs the named job and logs its summary (one line, INFO). */
export function createScheduledHandler(deps: ScheduledHandlerDependencies) {
  const jobs = deps.jobs ?? SCHEDULED_JOBS;
  return async (event: ScheduledJobEvent): Promise<JobSummary> => {
    const job = Object.hasOwn(jobs, event?.job ?? '') ? jobs[event.job] : undefined;
    if (!job) throw new UnknownJobError(event?.job);
    const ports = deps.ports();
    const deadline = ports.now().getTime() + deps.timeBudgetSeconds * 1000;
    const summary = await job({ ports, report: deps.report, deadline });
    deps.report.logger.info('scheduled job done', { ...summary, job: event.job });
    return summary;
  };
}

/**
 * The jobs' data ports from the environment (TABLE_NAME, FILES_BUCKET_NAME; the endpoints only locally). No job
 * verifies tokens or reads the vault: the auth settings are placeholders, and the vault's key is read only if one did.
 */
export function jobConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const required = (name: string) => {
    const value = env[name];
    if (!value) throw new Error(`environment variable ${name} is not set`);
    return value;
  };
  return {
    tableName: required('TABLE_NAME'),
    filesBucketName: required('FILES_BUCKET_NAME'),
    dynamodbEndpoint: env.DYNAMODB_ENDPOINT || undefined,
    s3Endpoint: env.S3_ENDPOINT || undefined,
    auth: { issuer: 'unused', clientIds: [] },
    allowIntrospection: false,
    vaultKey: env.VAULT_KEY_SECRET_ARN ? { kind: 'secret', secretArn: env.VAULT_KEY_SECRET_ARN } : { kind: 'file', path: env.VAULT_KEY_FILE ?? 'unused' },
  };
}

let ports: Ports | undefined;

/** EventBridge's entry (infra/lib/scheduled-jobs.ts): `{ "job": "archive-maintenance" }`. */
export const handler = lambdaTrigger(SERVICES.scheduledJobs, (report, tracing) =>
  createScheduledHandler({
    ports: () => {
      if (ports) return ports;
      const config = jobConfigFromEnv();
      // With tracing on, the DynamoDB calls are subsegments (S3's HTTPS calls the tracer captures by itself).
      const documentClient = createDocumentClient(config);
      return (ports = createPorts(config, { documentClient: tracing ? tracing.instrument(documentClient) : documentClient }));
    },
    report,
    timeBudgetSeconds: Number(process.env[JOB_TIME_BUDGET_ENV] ?? 600),
  }),
);
