import type { Context } from 'aws-lambda';
import { describeError } from './describe-error';
import { loggerOf, type Logger } from './logger';
import { METRICS, publishCount, type Metrics } from './metrics';
import { telemetryFromEnv, type Telemetry } from './telemetry';
import type { Tracing } from './tracing';

/**
 * How a Cognito trigger reports. The sign-in triggers fail closed (a failing trigger locks people out), so
 * every failure the operator must hear of — an unexpected error, or a fail-closed path taken — is an error
 * line and one `TriggerFailures` metric, which an alarm watches (infra/lib/monitoring.ts). A deliberate
 * refusal (an account locked) is neither.
 */
export interface TriggerReport {
  readonly logger: Logger;
  /** An error line and one TriggerFailures data point. */
  failure(message: string, fields?: Record<string, unknown>): void;
  /** One data point of a count metric (e.g. SignInLocked). */
  count(metric: string): void;
}

export function triggerReport(telemetry: { logger: Logger; metrics: Metrics | null }): TriggerReport {
  const count = (metric: string) => {
    if (telemetry.metrics) publishCount(telemetry.metrics, metric);
  };
  return {
    logger: telemetry.logger,
    failure(message, fields = {}) {
      telemetry.logger.error(message, fields);
      count(METRICS.triggerFailures);
    },
    count,
  };
}

/** A trigger's report without metrics (its factories' default; the Lambda entry passes the full one). */
export const triggerReportOf = (serviceName: string): TriggerReport => triggerReport({ logger: loggerOf(serviceName), metrics: null });

/**
 * A trigger's Lambda entry: the Lambda context on every log line (request id, cold start), the debug
 * sample re-drawn per invocation, an X-Ray subsegment when tracing is on, and any error that is not a
 * deliberate refusal reported as a failure. `build` makes the handler once, after the tracer (if any) has
 * loaded, so that it can instrument its AWS clients.
 */
export function lambdaTrigger<E, R>(
  serviceName: string,
  build: (report: TriggerReport, tracing: Tracing | null) => (event: E) => Promise<R>,
  isRefusal: (error: unknown) => boolean = () => false,
  telemetry?: Telemetry,
): (event: E, context?: Context) => Promise<R> {
  // Made on the first invocation, not on import: the CDK app imports these modules for their constants.
  let report: TriggerReport | undefined;
  let handler: ((event: E) => Promise<R>) | undefined;
  let tracing: Tracing | null = null;
  return async (event, context) => {
    if (!report || !handler) {
      const resolved = telemetry ?? telemetryFromEnv(serviceName);
      report = triggerReport({ logger: resolved.logger, metrics: await resolved.metrics });
      tracing = await resolved.tracing;
      handler = build(report, tracing);
    }
    if (context?.awsRequestId) report.logger.addContext(context);
    report.logger.refreshSampleRateCalculation();
    const run = handler;
    try {
      return tracing ? await tracing.invocation(serviceName, () => run(event)) : await run(event);
    } catch (error) {
      if (!isRefusal(error)) report!.failure('trigger failed', { error: describeError(error) });
      throw error;
    }
  };
}
