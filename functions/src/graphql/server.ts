import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import type { AppConfig } from '../config';
import type { GraphqlContext } from './context';
import { executableSchema } from './executable-schema';
import { formatError } from './errors';
import { typeDefsAst } from './generated/type-defs-ast';
import { resolvers } from './resolvers';

/**
 * Limits sized to the admin's heaviest operation (the unit page: depth 6, ~250 tokens) with room,
 * tighter than GraphQL Armor's defaults where that costs nothing. A refused request is a
 * GRAPHQL_VALIDATION_FAILED error that names the limit.
 */
export const API_LIMITS = {
  maxDepth: 8,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 1000,
  maxCost: 5000,
  /**
   * Armor's depth limit skips `__schema` (so tools can introspect); introspection meets its own. The
   * standard introspection query (graphql-js getIntrospectionQuery, fragments flattened as Armor counts)
   * is 15 deep; one level of room, and a 60-level query is refused for every caller.
   */
  maxIntrospectionDepth: 16,
} as const;

/**
 * Apollo's CSRF prevention refuses a GET (or a "simple" POST: no content type or a form/text one) unless it
 * carries one of these headers: a browser cannot send any of them cross-site without a CORS preflight, and the
 * API answers no preflight. Apollo's two (`x-apollo-operation-name`, `apollo-require-preflight`) plus
 * `authorization`: a request with a bearer token cannot be a CSRF (the API reads no cookie and never sends a
 * Basic challenge, so no browser adds one of its own), and a partner's client with its default settings (urql
 * sends short queries as GET) works. A header-less anonymous GET is still refused (CloudFront caches no
 * `/graphql` answer, so it would gain nothing); mutations over GET are refused by Apollo whatever the headers.
 * docs/partner-guide.md explains it to partners.
 */
export const CSRF_PREVENTION_HEADERS = ['x-apollo-operation-name', 'apollo-require-preflight', 'authorization'] as const;

const armor = new ApolloArmor({
  maxDepth: { n: API_LIMITS.maxDepth, flattenFragments: true },
  maxAliases: { n: API_LIMITS.maxAliases },
  maxDirectives: { n: API_LIMITS.maxDirectives },
  maxTokens: { n: API_LIMITS.maxTokens },
  costLimit: { maxCost: API_LIMITS.maxCost },
  blockFieldSuggestion: { enabled: true },
});

/**
 * The one Apollo Server, used by the Lambda handler and (through that handler) the local stack.
 * Introspection, stack traces and batching are set explicitly: Lambda sets no NODE_ENV.
 */
export function createApolloServer(config: Pick<AppConfig, 'allowIntrospection'>): ApolloServer<GraphqlContext> {
  const protection = armor.protect();
  return new ApolloServer<GraphqlContext>({
    // The generated type-defs, already parsed, validated in full by executable-schema.test.ts, not at every cold start.
    schema: executableSchema(typeDefsAst, resolvers as Record<string, unknown>, { assumeValid: true }),
    introspection: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: { requestHeaders: [...CSRF_PREVENTION_HEADERS] },
    formatError,
    validationRules: [
      ...protection.validationRules,
      // Reported like Armor's own rules (a validation error, 400), not thrown (which Apollo answers 500).
      maxDepthRule({
        n: API_LIMITS.maxIntrospectionDepth,
        ignoreIntrospection: false,
        flattenFragments: true,
        propagateOnRejection: false,
        onReject: [(context, error) => context?.reportError(error)],
      }),
    ],
    plugins: [
      ...protection.plugins,
      ...(config.allowIntrospection ? [] : [anonymousIntrospectionGate]),
      readOnlyWhileActing,
      // No Apollo Studio: neither plugin may load (the bundle leaves their protobuf code out, graphql/no-usage-reporting.ts).
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
    ],
  });
}

/** A platform admin's visit to a region (代管查看, auth/region-gate.ts) reads only: its mutations are refused before any resolver runs. */
const readOnlyWhileActing: ApolloServerPlugin<GraphqlContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (contextValue.signedIn?.acting && operation?.operation !== 'query') {
          throw new GraphQLError('代管查看为只读，不能修改区域的数据 (read-only visit)', { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
        }
      },
    };
  },
};

/** Anonymous callers may not read the schema in production; signed-in clients (partners) may. */
const anonymousIntrospectionGate: ApolloServerPlugin<GraphqlContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, contextValue }) {
        if (!contextValue.signedIn && introspects(document)) {
          throw new GraphQLError('未登录时不能查询接口结构', { extensions: { code: 'UNAUTHENTICATED' } });
        }
      },
    };
  },
};

function introspects(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.FIELD](node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
}
