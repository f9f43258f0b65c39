import { Logger } from '@aws-lambda-powertools/logger';
import type { LogLevel } from '@aws-lambda-powertools/logger/types';

export type { Logger };

/** The `service` key of every log line and the metrics' service dimension. */
export const SERVICES = {
  api: 'gongjian-api',
  preToken: 'gongjian-pre-token',
  preAuthentication: 'gongjian-pre-authentication',
  postAuthentication: 'gongjian-post-authentication',
  scheduledJobs: 'gongjian-scheduled-jobs',
} as const;

/**
 * The level when `POWERTOOLS_LOG_LEVEL` is not set: INFO in a Lambda (`AWS_LAMBDA_FUNCTION_NAME`) and in the
 * local stack (`POWERTOOLS_DEV`, readable lines), WARN elsewhere (tests, the bench, scripts), so that a test
 * run is not a wall of request lines. The stack sets the level explicitly anyway.
 */
export function logLevelFromEnv(env: NodeJS.ProcessEnv = process.env): LogLevel {
  const set = env.POWERTOOLS_LOG_LEVEL?.trim();
  if (set) return set.toUpperCase() as LogLevel;
  return env.AWS_LAMBDA_FUNCTION_NAME || isTrue(env.POWERTOOLS_DEV) ? 'INFO' : 'WARN';
}

export const isTrue = (value: string | undefined): boolean => value !== undefined && ['1', 'true', 'on', 'yes'].includes(value.trim().toLowerCase());

/**
 * A Powertools logger: one JSON object per line (in the local stack, with POWERTOOLS_DEV=true, indented and
 * readable). `POWERTOOLS_LOGGER_SAMPLE_RATE` (0…1) turns DEBUG on for that share of requests; the handler
 * re-draws it per request (`refreshSampleRateCalculation`). Made on first use, not on import, so the
 * environment of the process that runs it counts.
 */
export function createLogger(serviceName: string, options: { logLevel?: LogLevel } = {}): Logger {
  return new Logger({ serviceName, logLevel: options.logLevel ?? logLevelFromEnv() });
}

const loggers = new Map<string, Logger>();

/** The process's logger of a service (made once). */
export function loggerOf(serviceName: string): Logger {
  let logger = loggers.get(serviceName);
  if (!logger) loggers.set(serviceName, (logger = createLogger(serviceName)));
  return logger;
}
