import type { Principal } from '../auth/principal';

/**
 * What the API's observability learns about one request, filled in as it goes: by the handler (start, HTTP
 * status), the context function (the caller) and the Apollo plugin (operation, root fields, error codes,
 * business events). Nothing from the request's variables, body or headers is kept.
 */
export interface RequestRecord {
  /** performance.now() at the start, for the duration. */
  readonly started: number;
  /** Date.now() at the start (a result stamped at or after it was written by this request). */
  readonly startedAtMs: number;
  /** API Gateway's request id (the access log's `requestId`); Lambda's own is `function_request_id`. */
  readonly apiRequestId?: string;
  /** The operation's name as the client sent it, redacted (safeName); null when anonymous or unparsed. */
  operationName: string | null;
  operationType: 'query' | 'mutation' | 'subscription' | null;
  /** The root fields the operation selects (schema names, never aliases); empty when it did not validate. */
  fields: string[];
  caller: Principal | null;
  /** `extensions.code` of each error in the answer, as the client reads it. */
  errorCodes: string[];
  /** Business events the plugin saw succeed (metric name → value). */
  business: Map<string, number>;
}

export type Outcome = 'ok' | 'error' | 'refused';

export function startRecord(apiRequestId?: string): RequestRecord {
  return {
    started: performance.now(),
    startedAtMs: Date.now(),
    apiRequestId,
    operationName: null,
    operationType: null,
    fields: [],
    caller: null,
    errorCodes: [],
    business: new Map(),
  };
}

/** Refused before GraphQL ran (not through CloudFront, too large); an error answer; or a clean one. */
export function outcomeOf(record: RequestRecord, status: number, refused: boolean): Outcome {
  if (refused) return 'refused';
  return record.errorCodes.length > 0 || status >= 500 ? 'error' : 'ok';
}

export const SERVER_FAULT_CODES: ReadonlySet<string> = new Set(['INTERNAL_SERVER_ERROR']);

/** The request's one log line: who (roles and region, never an id, name or token), what, how long, how it ended. */
export function requestLogFields(record: RequestRecord, status: number, durationMs: number, outcome: Outcome) {
  return {
    apiRequestId: record.apiRequestId,
    operation: record.operationName ?? '(anonymous)',
    operationType: record.operationType,
    fields: record.fields,
    signedIn: record.caller !== null,
    roles: record.caller?.roles ?? [],
    region: record.caller?.regionId ?? null,
    status,
    durationMs: Math.round(durationMs * 10) / 10,
    outcome,
    ...(record.errorCodes.length > 0 ? { errorCodes: [...new Set(record.errorCodes)] } : {}),
  };
}
