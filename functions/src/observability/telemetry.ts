import { describeError } from './describe-error';
import { createLogger, loggerOf, type Logger } from './logger';
import { loadMetrics, metricsEnabled, type Metrics } from './metrics';
import { loadTracing, type Tracing } from './tracing';

/** What a function reports through: its logger, its metrics (null when off) and its tracing (null when off). */
export interface Telemetry {
  readonly logger: Logger;
  /** Started at creation when metrics are on, awaited when a request's metrics are written. */
  readonly metrics: Promise<Metrics | null>;
  /** Started at creation when tracing is on, awaited by the first invocation. */
  readonly tracing: Promise<Tracing | null>;
}

/** A function's telemetry from its environment (see logger.ts, metrics.ts, tracing.ts for the switches). */
export function telemetryFromEnv(serviceName: string, env: NodeJS.ProcessEnv = process.env): Telemetry {
  const logger = loggerOf(serviceName);
  return {
    logger,
    // Metrics that cannot be loaded cost the metrics, not the requests.
    metrics: metricsEnabled(env)
      ? loadMetrics(serviceName, env).catch((error: unknown) => {
          logger.error('metrics not loaded: running without', { error: describeError(error) });
          return null;
        })
      : Promise.resolve(null),
    // A tracer that cannot be loaded costs the traces, not the requests.
    tracing: loadTracing(serviceName, env).catch((error: unknown) => {
      logger.error('tracer not loaded: running without X-Ray', { error: describeError(error) });
      return null;
    }),
  };
}

/** Telemetry for tests: a logger at the given level, given metrics, no tracing. */
export function testTelemetry(serviceName: string, options: { metrics?: Metrics | null; logLevel?: 'DEBUG' | 'INFO' } = {}): Telemetry {
  return { logger: createLogger(serviceName, { logLevel: options.logLevel ?? 'INFO' }), metrics: Promise.resolve(options.metrics ?? null), tracing: Promise.resolve(null) };
}
