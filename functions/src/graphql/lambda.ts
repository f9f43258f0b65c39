import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { createTokenVerifier } from '../auth/verify-token';
import type { AppConfig } from '../config';
import { createPorts } from '../store/ports';
import { createContext } from './context';
import { createApolloServer } from './server';

export type GraphqlHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

/** Builds the Lambda handler: clients, server and key set once per process, a context per request. */
export function createGraphqlHandler(config: AppConfig): GraphqlHandler {
  const ports = createPorts(config);
  const server = createApolloServer(config);
  const verify = createTokenVerifier(config.auth);
  const handler = startServerAndCreateLambdaHandler(server, handlers.createAPIGatewayProxyEventV2RequestHandler(), {
    context: async ({ event }) => {
      const caller = await verify(event.headers.authorization ?? event.headers.Authorization);
      return createContext(caller.principal, ports, caller.refusal);
    },
  });
  return (event, context) => handler(event, context, () => undefined) as Promise<APIGatewayProxyStructuredResultV2>;
}
