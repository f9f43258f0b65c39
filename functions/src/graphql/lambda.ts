import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { resolvePrincipal } from '../auth/resolve-principal';
import type { AppConfig } from '../config';
import { createPorts } from '../store/ports';
import { createContext } from './context';
import { createApolloServer } from './server';

export type GraphqlHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

/** Builds the Lambda handler: clients and server once per process, a context per request. */
export function createGraphqlHandler(config: AppConfig): GraphqlHandler {
  const ports = createPorts(config);
  const server = createApolloServer(config);
  const handler = startServerAndCreateLambdaHandler(server, handlers.createAPIGatewayProxyEventV2RequestHandler(), {
    context: async () => createContext(resolvePrincipal(config), ports),
  });
  return (event, context) => handler(event, context, () => undefined) as Promise<APIGatewayProxyStructuredResultV2>;
}
