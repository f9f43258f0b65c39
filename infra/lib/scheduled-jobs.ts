import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, Metric, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Rule, RuleTargetInput, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction as LambdaTarget } from 'aws-cdk-lib/aws-events-targets';
import { Grant, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { ARCHIVE_MAINTENANCE_JOB } from '../../functions/src/domain/archive/maintenance';
import { MEETING_REMINDERS_JOB } from '../../functions/src/domain/notifications/outbox';
import { JOB_METRICS, JOB_TIME_BUDGET_ENV } from '../../functions/src/handlers/scheduled-metrics';
import { SERVICES } from '../../functions/src/observability/logger';
import { DIMENSIONS, METRIC_NAMESPACE } from '../../functions/src/observability/metrics';
import { MIN_LOG_RETENTION_DAYS } from './access-logs-bucket';
import { BUCKET_KEY_ACTIONS, grantKeyVia } from './data-key';
import { DEFAULT_DEBUG_SAMPLE_RATE } from './graphql-api';
import type { DataTable } from './data-table';
import type { FilesBucket } from './files-bucket';
import { NIST, NO_VPC_REASON, acknowledgeGrantPolicy, logicalIdOf } from './nag';
import { LAZY_MODULES, NODE_FUNCTION_DEFAULTS, acknowledgePinnedRuntime, acknowledgeTracingGrant, bundlingWithLazyModules, observabilityEnvironment } from './node-function';
import { fromRoot } from './paths';

/** A job of the handler's registry (functions/src/handlers/scheduled.ts) and when EventBridge runs it (UTC). */
export interface ScheduledJobSpec {
  readonly job: string;
  readonly schedule: Schedule;
  readonly description: string;
}

/** The archive's maintenance: daily at 03:00 in China (UTC+8, no daylight saving) = 19:00 UTC, when nobody files. */
export const ARCHIVE_MAINTENANCE: ScheduledJobSpec = {
  job: ARCHIVE_MAINTENANCE_JOB,
  schedule: Schedule.cron({ minute: '0', hour: '19' }),
  description: 'Archive maintenance: purge the recycle bin past 30 days, verify documents against S3 (daily 03:00 Asia/Shanghai)',
};

/** The meetings' reminders (7 days, 1 day, 1 hour before by default): recorded every quarter of an hour. */
export const MEETING_REMINDERS: ScheduledJobSpec = {
  job: MEETING_REMINDERS_JOB,
  schedule: Schedule.rate(Duration.minutes(15)),
  description: 'Meeting reminders: record the reminders due by now in the outbox (every 15 minutes)',
};

/** The function's timeout; a run starts no new work after the budget, well before it. */
const TIMEOUT = Duration.minutes(15);
const TIME_BUDGET = Duration.minutes(12);
/** The stored files' prefix (FilesBucket FILE_KEY_PREFIXES): all the job reads and deletes. */
const STORED_FILES = 'files/';

export interface ScheduledJobsProps {
  readonly stage: string;
  readonly table: DataTable;
  readonly files: FilesBucket;
  /** Where its alarms go (Monitoring's topic). */
  readonly alarmTopic: ITopic;
  /**
   * The stage's key: its log group is encrypted with it, and the job decrypts stored files through S3 with it.
   * @default the log group unencrypted by a customer key, files under SSE-S3
   */
  readonly encryptionKey?: IKey;
  /**
   * The handler module.
   * @default functions/src/handlers/scheduled.ts
   */
  readonly entry?: string;
  /**
   * X-Ray active tracing and the handler's tracer.
   * @default false
   */
  readonly tracing?: boolean;
  /**
   * The jobs and their schedules.
   * @default [ARCHIVE_MAINTENANCE, MEETING_REMINDERS]
   */
  readonly jobs?: readonly ScheduledJobSpec[];
  /**
   * Reserve one concurrent execution (one run at a time, and cdk-nag's concurrency rule met). Off where the operator
   * reserves none (context `triggerReservedConcurrency=0`: an account whose concurrency limit leaves nothing to reserve).
   * @default true
   */
  readonly reserveConcurrency?: boolean;
  /**
   * How long its log group keeps lines (at least MIN_LOG_RETENTION_DAYS).
   * @default RetentionDays.SIX_MONTHS
   */
  readonly logRetention?: RetentionDays;
}

/**
 * The scheduled jobs' function (one function, a registry of named jobs) with an EventBridge rule per job, least
 * privilege on the table and the stored files, and alarms on its failures to the monitoring topic.
 */
export class ScheduledJobs extends Construct {
  readonly function: NodejsFunction;
  readonly rules: Record<string, Rule> = {};
  readonly alarms: Record<string, Alarm> = {};

  constructor(scope: Construct, id: string, props: ScheduledJobsProps) {
    super(scope, id);
    const logRetention = props.logRetention ?? RetentionDays.SIX_MONTHS;
    const jobs = props.jobs ?? [ARCHIVE_MAINTENANCE, MEETING_REMINDERS];
    validate(logRetention, jobs);
    const tracing = props.tracing ?? false;

    const logGroup = new LogGroup(this, 'Logs', { retention: logRetention, removalPolicy: RemovalPolicy.RETAIN, encryptionKey: props.encryptionKey });
    const role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Gongjian scheduled jobs: its own log group, the table, read and delete stored files (files/)',
    });
    logGroup.grantWrite(role);
    this.function = new NodejsFunction(this, 'Function', {
      ...NODE_FUNCTION_DEFAULTS,
      entry: props.entry ?? fromRoot('functions/src/handlers/scheduled.ts'),
      handler: 'handler',
      description: `Gongjian ${props.stage}: scheduled jobs (${jobs.map((j) => j.job).join(', ')})`,
      memorySize: 512,
      timeout: TIMEOUT,
      role,
      logGroup,
      // One run per job at a time, so that the quarter-hourly reminders are not throttled behind the nightly maintenance;
      // two runs of one job side by side (a retry, a manual invoke) are harmless: every job is idempotent.
      reservedConcurrentExecutions: props.reserveConcurrency === false ? undefined : jobs.length,
      bundling: bundlingWithLazyModules(NODE_FUNCTION_DEFAULTS.bundling, LAZY_MODULES),
      tracing: tracing ? Tracing.ACTIVE : undefined,
      environment: {
        ...observabilityEnvironment({ serviceName: SERVICES.scheduledJobs, stage: props.stage, debugSampleRate: DEFAULT_DEBUG_SAMPLE_RATE, tracing }),
        [JOB_TIME_BUDGET_ENV]: String(TIME_BUDGET.toSeconds()),
        NODE_OPTIONS: '--enable-source-maps',
      },
    });
    acknowledgePinnedRuntime(this.function);
    if (tracing) acknowledgeTracingGrant(this.function);
    Validations.of(this.function).acknowledge(
      { id: NIST.lambdaInsideVpc, reason: NO_VPC_REASON },
      {
        id: NIST.lambdaDlq,
        reason:
          'EventBridge invokes it on a schedule and retries a failed run; every job is idempotent and the next run ' +
          'takes up what is left, and a failure raises its alarm: a dead-letter queue would hold only the schedule event',
      },
    );

    if (props.reserveConcurrency === false) {
      Validations.of(this.function).acknowledge({
        id: NIST.lambdaConcurrency,
        reason: 'the operator reserves no concurrency (context triggerReservedConcurrency=0); the daily jobs are idempotent, so a run beside another is harmless',
      });
    }
    props.table.bind(this.function);
    this.grantStoredFiles(props.files, props.encryptionKey);
    acknowledgeGrantPolicy(role.node.tryFindChild('DefaultPolicy'), 'scheduled jobs');

    for (const spec of jobs) {
      const rule = new Rule(this, `Rule-${spec.job}`, { schedule: spec.schedule, description: spec.description });
      rule.addTarget(new LambdaTarget(this.function, { event: RuleTargetInput.fromObject({ job: spec.job }), retryAttempts: 2, maxEventAge: Duration.hours(6) }));
      this.rules[spec.job] = rule;
    }

    const action = new SnsAction(props.alarmTopic);
    const alarm = (alarmId: string, metric: IMetric, description: string) => {
      const created = new Alarm(this, alarmId, {
        alarmName: `${Stack.of(this).stackName}-${alarmId}`,
        alarmDescription: description,
        metric,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      created.addAlarmAction(action);
      created.addOkAction(action);
      this.alarms[alarmId] = created;
    };
    const period = Duration.minutes(5);
    alarm('JobErrors', this.function.metricErrors({ period, statistic: 'Sum' }), 'A scheduled job failed (crash, timeout, an unknown job): see the scheduled jobs log group');
    alarm('JobFailures', this.ownMetric(JOB_METRICS.failures, props.stage, period), 'A scheduled job could not finish a part (a region of the archive maintenance): see its log group');
    alarm(
      'ArchiveVerifyProblems',
      this.ownMetric(JOB_METRICS.archiveProblems, props.stage, period),
      'The scheduled verify found a document of the archive not intact (a file changed or missing in S3, or its record chain broken): see the log line "archive document not intact"',
    );
  }

  /**
   * Reads (verify) and deletes (purge) stored files only: s3:GetObject and s3:DeleteObject on files/, s3:ListBucket so
   * that a missing file is a 404 (a verify's MISSING) rather than a 403, and the key's decrypt through S3.
   */
  private grantStoredFiles(files: FilesBucket, key: IKey | undefined): void {
    const fn = this.function;
    fn.addEnvironment('FILES_BUCKET_NAME', files.bucketName);
    Grant.addToPrincipal({ grantee: fn, actions: ['s3:GetObject', 's3:DeleteObject'], resourceArns: [files.bucket.arnForObjects(`${STORED_FILES}*`)] });
    Grant.addToPrincipal({ grantee: fn, actions: ['s3:ListBucket'], resourceArns: [files.bucket.bucketArn] });
    if (key) grantKeyVia(key, fn, 's3', BUCKET_KEY_ACTIONS.filter((action) => action === 'kms:Decrypt'));
    const policy = fn.role?.node.tryFindChild('DefaultPolicy');
    if (policy) {
      Validations.of(policy).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${logicalIdOf(files.bucket)}.Arn>/${STORED_FILES}*]`,
        reason: `stored files' keys under ${STORED_FILES} are generated per file; the job verifies and purges any of them, so access is scoped to the prefix`,
      });
    }
  }

  private ownMetric(metricName: string, stage: string, period: Duration): Metric {
    return new Metric({ namespace: METRIC_NAMESPACE, metricName, dimensionsMap: { service: SERVICES.scheduledJobs, [DIMENSIONS.stage]: stage }, statistic: 'Sum', period });
  }
}

function validate(logRetention: RetentionDays, jobs: readonly ScheduledJobSpec[]): void {
  // RetentionDays.INFINITE is 9999; every other member is its number of days.
  if (logRetention < MIN_LOG_RETENTION_DAYS) throw new Error(`logRetention must be at least ${MIN_LOG_RETENTION_DAYS} days, received ${logRetention}`);
  if (jobs.length === 0) throw new Error('jobs must name at least one job, received none');
  const names = jobs.map((j) => j.job);
  const repeated = names.find((name, i) => names.indexOf(name) !== i);
  if (repeated) throw new Error(`jobs must be unique, received '${repeated}' twice`);
}
