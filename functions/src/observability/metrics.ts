import type { Metrics } from '@aws-lambda-powertools/metrics';
import { isTrue } from './logger';
import type { Outcome, RequestRecord } from './request-record';

export type { Metrics };

/** Powertools' units, as the strings it takes (its MetricUnit object would bind the module statically). */
type Unit = Parameters<Metrics['addMetric']>[1];
const COUNT = 'Count' as Unit;
const MILLISECONDS = 'Milliseconds' as Unit;

/** The CloudWatch namespace of every Gongjian metric (the dashboard reads it; infra/lib/monitoring.ts). */
export const METRIC_NAMESPACE = 'Gongjian';

/** Metric and dimension names: the contract with the dashboard and alarms. */
export const METRICS = {
  requests: 'Requests',
  errors: 'Errors',
  duration: 'Duration',
  errorsByCode: 'ErrorsByCode',
  triggerFailures: 'TriggerFailures',
  /** Sign-ins the pre-authentication trigger refused for a lock: Lambda counts each as an error. */
  signInLocked: 'SignInLocked',
} as const;
export const DIMENSIONS = { stage: 'stage', operation: 'operation', errorCode: 'errorCode' } as const;

/**
 * Metrics go out as CloudWatch embedded metric format (EMF) lines on stdout: no API call, no extra
 * latency. On in a Lambda; off elsewhere (the local stack, tests, the bench), unless
 * `POWERTOOLS_METRICS_DISABLED` says otherwise.
 */
export function metricsEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.POWERTOOLS_METRICS_DISABLED !== undefined && env.POWERTOOLS_METRICS_DISABLED !== '') return !isTrue(env.POWERTOOLS_METRICS_DISABLED);
  return Boolean(env.AWS_LAMBDA_FUNCTION_NAME) && !isTrue(env.POWERTOOLS_DEV);
}

/**
 * A Powertools Metrics instance for a service, with the stage as a dimension (stages may share an account).
 * Loaded with `import()`: metrics are written after a request is answered and only in a Lambda, so the API
 * function ships the module beside its bundle (infra/lib/node-function.ts, LAZY_MODULES) and starts
 * loading it at init; the bundle's cold-start budget does not carry it.
 */
export async function loadMetrics(serviceName: string, env: NodeJS.ProcessEnv = process.env): Promise<Metrics> {
  const { Metrics: PowertoolsMetrics } = await import('@aws-lambda-powertools/metrics');
  return new PowertoolsMetrics({
    namespace: env.POWERTOOLS_METRICS_NAMESPACE || METRIC_NAMESPACE,
    serviceName,
    defaultDimensions: { [DIMENSIONS.stage]: env.STAGE || 'local' },
  });
}

/** The name under which a request without validated root fields is counted. */
export const NO_OPERATION = { refused: '(refused)', invalid: '(invalid)' } as const;

/**
 * One request's metrics: per root field (a bounded set: schema names) its count, errors and duration;
 * per error code its count; the business events. Each group is its own EMF line (a dimension set each).
 */
/** One data point of a count metric, published at once. */
export function publishCount(metrics: Metrics, name: string, value = 1): void {
  metrics.addMetric(name, COUNT, value);
  metrics.publishStoredMetrics();
}

export function publishRequestMetrics(metrics: Metrics, record: RequestRecord, durationMs: number, outcome: Outcome): void {
  const operations = record.fields.length > 0 ? record.fields : [outcome === 'refused' ? NO_OPERATION.refused : NO_OPERATION.invalid];
  for (const operation of operations) {
    metrics.addDimension(DIMENSIONS.operation, operation);
    metrics.addMetric(METRICS.requests, COUNT, 1);
    metrics.addMetric(METRICS.errors, COUNT, outcome === 'error' ? 1 : 0);
    metrics.addMetric(METRICS.duration, MILLISECONDS, durationMs);
    metrics.publishStoredMetrics();
  }
  const counts = new Map<string, number>();
  for (const code of record.errorCodes) counts.set(code, (counts.get(code) ?? 0) + 1);
  for (const [code, count] of counts) {
    metrics.addDimension(DIMENSIONS.errorCode, code);
    metrics.addMetric(METRICS.errorsByCode, COUNT, count);
    metrics.publishStoredMetrics();
  }
  if (record.business.size > 0) {
    for (const [name, value] of record.business) metrics.addMetric(name, COUNT, value);
    metrics.publishStoredMetrics();
  }
}
