import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { ACT_IN_REGION_HEADER, admitCaller } from '../auth/region-gate';
import { cachedLookup, createTokenVerifier, PARTNER_CLIENT_CACHE_MS } from '../auth/verify-token';
import type { AppConfig } from '../config';
import { siteOrigin } from '../domain/calendar-feeds/feed';
import { activePartnerRegion } from '../domain/partners/acceptance';
import { attachRecord, observabilityPlugin } from '../observability/apollo-plugin';
import { describeError } from '../observability/describe-error';
import { SERVICES } from '../observability/logger';
import { ACTIVITY_EVERY_MS } from '../domain/regions/region';
import { publishRequestMetrics } from '../observability/metrics';
import { outcomeOf, requestLogFields, SERVER_FAULT_CODES, startRecord, type RequestRecord } from '../observability/request-record';
import { telemetryFromEnv, type Telemetry } from '../observability/telemetry';
import { createDocumentClient } from '../store/clients';
import { createPorts } from '../store/ports';
import { createContext, type GraphqlContext } from './context';
import { isCalendarFeedPath, serveCalendarFeed } from './calendar-feed-route';
import { isOpenDataPath, serveOpenData } from './open-data-route';
import { cameThroughCloudFront, notThroughCloudFront } from './origin';
import { createApolloServer } from './server';

/** The largest GraphQL request accepted (API Gateway allows 10 MB; the admin's largest is a few KB). */
export const MAX_REQUEST_BYTES = 1024 * 1024;

export type GraphqlHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

export interface GraphqlHandlerOptions {
  /** @default telemetryFromEnv('gongjian-api'): Powertools logger, EMF metrics in Lambda, X-Ray when GONGJIAN_TRACING is on */
  telemetry?: Telemetry;
  /** How long the token verifier keeps a partner client's state (tests shorten it). @default PARTNER_CLIENT_CACHE_MS, one minute */
  partnerClientCacheMs?: number;
  /** How long a region's state (active, suspended) is kept per process (tests shorten it). @default PARTNER_CLIENT_CACHE_MS, one minute */
  regionStateCacheMs?: number;
}

/**
 * Builds the Lambda handler: clients, server and key set once per process, a context per request. Every
 * request ends in one log line (operation, caller's roles and region, status, duration, outcome) and its
 * metrics; nothing of its variables, body or headers is logged.
 */
export function createGraphqlHandler(config: AppConfig, options: GraphqlHandlerOptions = {}): GraphqlHandler {
  const { logger, metrics, tracing } = options.telemetry ?? telemetryFromEnv(SERVICES.api);
  const documentClient = createDocumentClient(config);
  const ports = createPorts(config, { documentClient });
  const server = createApolloServer(config);
  // The record of each request travels from the event to its GraphQL context (the local server runs
  // requests concurrently through one handler, so no module-level "current request").
  const recordsByEvent = new WeakMap<APIGatewayProxyEventV2, RequestRecord>();
  server.addPlugin(observabilityPlugin<GraphqlContext>());
  const verify = createTokenVerifier({
    ...config.auth,
    partnerClients: { lookup: (clientId) => activePartnerRegion(ports.partnerClients, clientId), cacheMs: options.partnerClientCacheMs },
  });
  const regionGate = {
    regionState: cachedLookup(async (regionId) => (await ports.regions.get(regionId))?.state ?? null, options.regionStateCacheMs ?? PARTNER_CLIENT_CACHE_MS),
    acting: (regionId: string, username: string) => ports.regions.acting(regionId, username, ports.now()),
  };
  const activity = regionActivity(ports, logger);
  const handler = startServerAndCreateLambdaHandler(server, handlers.createAPIGatewayProxyEventV2RequestHandler(), {
    context: async ({ event }) => {
      const verified = await verify(event.headers.authorization ?? event.headers.Authorization);
      const caller = await admitCaller(verified, event.headers[ACT_IN_REGION_HEADER] || undefined, regionGate);
      const context = createContext(caller.principal, ports, caller.refusal);
      context.requestOrigin = siteOrigin(event.headers ?? {});
      const record = recordsByEvent.get(event);
      if (record) {
        record.caller = caller.principal;
        attachRecord(context, record);
      }
      return context;
    },
  });
  const answer = async (event: APIGatewayProxyEventV2, context: Context, record: RequestRecord): Promise<[APIGatewayProxyStructuredResultV2, boolean]> => {
    if (config.originSecret && !cameThroughCloudFront(event.headers ?? {}, config.originSecret)) return [notThroughCloudFront(), true];
    // The same handler serves the open data (GET /open/…): routed by path, no token read (published data only).
    if (isOpenDataPath(event.rawPath)) {
      record.operationName = 'openData';
      const answered = await serveOpenData(event, ports);
      if ((answered.statusCode ?? 200) >= 400) record.errorCodes.push(errorCodesOf(answered.body)[0] ?? 'UNKNOWN');
      return [answered, false];
    }
    // And the calendar feeds (GET /calendar/{secret}.ics): the secret is the key; the path is never logged.
    if (isCalendarFeedPath(event.rawPath)) {
      record.operationName = 'calendarFeedFetch';
      const answered = await serveCalendarFeed(event, ports);
      if ((answered.statusCode ?? 200) >= 400) record.errorCodes.push(errorCodesOf(answered.body)[0] ?? 'UNKNOWN');
      return [answered, false];
    }
    const size = event.body ? Buffer.byteLength(event.body, event.isBase64Encoded ? 'base64' : 'utf8') : 0;
    if (size > MAX_REQUEST_BYTES) return [payloadTooLarge(), true];
    recordsByEvent.set(event, record);
    return [(await handler(event, context, () => undefined)) as APIGatewayProxyStructuredResultV2, false];
  };
  // Loaded during init when tracing is on (null when off); the DynamoDB client is instrumented once.
  const tracingReady = tracing.then((loaded) => (loaded?.instrument(documentClient), loaded));

  return async (event, context) => {
    const record = startRecord(event.requestContext?.requestId);
    if (context?.awsRequestId) logger.addContext(context);
    logger.refreshSampleRateCalculation();
    const traced = await tracingReady;
    let status = 500;
    let refused = false;
    try {
      const run = async () => {
        const [answered, wasRefused] = await answer(event, context, record);
        const result = wasRefused ? answered : asClientError(answered);
        status = result.statusCode ?? 200;
        refused = wasRefused;
        // Apollo skips the plugins' willSendResponse when a request fails before execution in some ways
        // (a syntax error raised inside a validation plugin's parser): read the codes from the small error answer.
        if (!refused && status >= 400 && record.errorCodes.length === 0) record.errorCodes.push(...errorCodesOf(result.body));
        return result;
      };
      return traced
        ? await traced.invocation('graphql', run, () => ({ operation: record.operationName ?? '(anonymous)', outcome: outcomeOf(record, status, refused), status }))
        : await run();
    } catch (error) {
      logger.error('request failed', { error: describeError(error) });
      throw error;
    } finally {
      const durationMs = performance.now() - record.started;
      const outcome = outcomeOf(record, status, refused);
      const fields = requestLogFields(record, status, durationMs, outcome);
      if (status >= 500 || record.errorCodes.some((code) => SERVER_FAULT_CODES.has(code))) logger.warn('graphql request', fields);
      else logger.info('graphql request', fields);
      if (outcome === 'ok' && record.operationType === 'mutation') await activity(record.caller);
      const loaded = await metrics;
      if (loaded) {
        loaded.captureColdStartMetric();
        publishRequestMetrics(loaded, record, durationMs, outcome);
      }
    }
  };
}

/**
 * Records that a region's people changed something (Region.lastActivityAt, the platform's list), at most once per
 * ACTIVITY_EVERY_MS per region and API instance: one small write, off the request's own transaction. A platform
 * admin's visit changes nothing and counts for nothing; a failure is logged, never the request's.
 */
function regionActivity(ports: ReturnType<typeof createPorts>, logger: Telemetry['logger']) {
  const recorded = new Map<string, number>();
  return async (caller: RequestRecord['caller']) => {
    const regionId = caller?.regionId;
    if (!regionId || caller.acting) return;
    const now = ports.now();
    if ((recorded.get(regionId) ?? -Infinity) > now.getTime() - ACTIVITY_EVERY_MS) return;
    recorded.set(regionId, now.getTime());
    try {
      await ports.regions.recordActivity(regionId, now.toISOString());
    } catch (error) {
      recorded.delete(regionId);
      logger.warn('region activity not recorded', { error: describeError(error) });
    }
  };
}

/** Codes of a request the client must fix; such a request never reached a resolver. */
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']);

/**
 * A request refused before execution is the client's error (400). Armor's token limit parses the document
 * itself, and Apollo answers the syntax errors it raises 500 (skipping the plugins' willSendResponse): that
 * would page the operator (the API's 5xx alarm) for a client's typo.
 */
function asClientError(result: APIGatewayProxyStructuredResultV2): APIGatewayProxyStructuredResultV2 {
  if ((result.statusCode ?? 200) < 500) return result;
  const codes = errorCodesOf(result.body);
  return codes.length > 0 && codes.every((code) => REQUEST_ERROR_CODES.has(code)) ? { ...result, statusCode: 400 } : result;
}

function errorCodesOf(body: string | undefined): string[] {
  try {
    const { errors } = JSON.parse(body ?? '') as { errors?: { extensions?: { code?: unknown } }[] };
    return (errors ?? []).map((error) => (typeof error.extensions?.code === 'string' ? error.extensions.code : 'UNKNOWN'));
  } catch {
    return ['UNKNOWN'];
  }
}

/** The answer to a request over MAX_REQUEST_BYTES (the local server sends it too). */
export function payloadTooLarge(): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: 413,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ errors: [{ message: '请求过大', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] }),
  };
}
