import type { Tracer } from '@aws-lambda-powertools/tracer';
import { describeError } from './describe-error';
import { isTrue } from './logger';

/** The switch the stack sets with the CDK context `tracing` (besides the function's X-Ray tracing mode). */
export const TRACING_ENV = 'GONGJIAN_TRACING';

export const tracingEnabled = (env: NodeJS.ProcessEnv = process.env): boolean => isTrue(env[TRACING_ENV]);

export type Annotations = Record<string, string | number | boolean>;

/** X-Ray through Powertools Tracer, once loaded. */
export interface Tracing {
  /** Adds X-Ray subsegments (service, operation, retries, errors) to an AWS SDK v3 client's calls. */
  instrument<T>(client: T): T;
  /** Runs one invocation in a `## <name>` subsegment, with the cold start and `annotate()`'s values as annotations. */
  invocation<R>(name: string, run: () => Promise<R>, annotate?: () => Annotations): Promise<R>;
}

/**
 * Loads the tracer only when tracing is on. `@aws-lambda-powertools/tracer` pulls in aws-xray-sdk-core
 * (hundreds of KB): it is left out of every bundle and shipped beside it (infra/lib/node-function.ts,
 * LAZY_MODULES), so with tracing off nothing of it is read, parsed or run. HTTPS calls (S3, Secrets
 * Manager, the JWKS) are captured globally by the tracer; `instrument` names the DynamoDB calls.
 */
export async function loadTracing(serviceName: string, env: NodeJS.ProcessEnv = process.env): Promise<Tracing | null> {
  if (!tracingEnabled(env)) return null;
  const { Tracer: PowertoolsTracer } = await import('@aws-lambda-powertools/tracer');
  return tracingWith(new PowertoolsTracer({ serviceName }));
}

export function tracingWith(tracer: Tracer): Tracing {
  return {
    instrument: (client) => tracer.captureAWSv3Client(client),
    async invocation(name, run, annotate) {
      const parent = tracer.getSegment();
      // Outside Lambda (or with tracing disabled by Powertools) there is no facade segment to attach to.
      if (!tracer.isTracingEnabled() || !parent) return run();
      const segment = parent.addNewSubsegment(`## ${name}`);
      tracer.setSegment(segment);
      tracer.annotateColdStart();
      tracer.addServiceNameAnnotation();
      try {
        return await run();
      } catch (error) {
        // A redacted copy: X-Ray keeps an error's message and stack as they are.
        const { name, message, stack } = describeError(error);
        tracer.addErrorAsMetadata(Object.assign(new Error(message), { name, stack }));
        throw error;
      } finally {
        for (const [key, value] of Object.entries(annotate?.() ?? {})) segment.addAnnotation(key, value);
        segment.close();
        tracer.setSegment(parent);
      }
    },
  };
}
