import { ApolloServer } from '@apollo/server';
import type { AppConfig } from '../config';
import type { GraphqlContext } from './context';
import { formatError } from './errors';
import { typeDefs } from './generated/type-defs';
import { resolvers } from './resolvers';

/**
 * The one Apollo Server, used by the Lambda handler and (through that handler) the local stack.
 * Introspection and stack traces are set explicitly: Lambda sets no NODE_ENV.
 */
export function createApolloServer(config: Pick<AppConfig, 'allowIntrospection'>): ApolloServer<GraphqlContext> {
  return new ApolloServer<GraphqlContext>({
    typeDefs,
    resolvers,
    introspection: config.allowIntrospection,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    formatError,
  });
}
