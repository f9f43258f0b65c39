import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError } from '../domain/errors';
import { CursorRejectedError, explainCursor } from '../domain/paging';
import { defaultRefusal, WriteRefusedError } from '../domain/write-refusals';
import { describeError } from '../observability/describe-error';
import { loggerOf, SERVICES } from '../observability/logger';
import { safeName } from '../observability/redact';

/** Apollo's own codes for malformed requests, and the plugins' refusals, passed through as they are. */
const APOLLO_CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST', 'UNAUTHENTICATED', 'FORBIDDEN',
]);

/**
 * The one mapping from domain errors to the wire: code (and field) in `extensions`, the Chinese
 * message for the user. Anything unexpected is logged and answered as INTERNAL_SERVER_ERROR with a
 * generic message: no stack, no SDK message, no table name reaches a client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = explained(unwrapResolverError(error));
  if (original instanceof DomainError) {
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: original.code, ...(original.field ? { field: original.field } : {}) },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && APOLLO_CLIENT_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  // Name, message and stack, redacted: an SDK or parser message may quote what it was given.
  loggerOf(SERVICES.api).error('unexpected resolver error', { error: describeError(original), path: formatted.path?.map((key) => (typeof key === 'string' ? safeName(key) : key)) });
  return { message: '服务器内部错误，请稍后重试', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** A store's refusal or refused cursor that no use case explained gets the domain's default words. */
function explained(error: unknown): unknown {
  if (error instanceof WriteRefusedError) return defaultRefusal(error);
  if (error instanceof CursorRejectedError) return explainCursor(error);
  return error;
}
