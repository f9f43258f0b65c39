import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { createTokenVerifier } from '../auth/verify-token';
import type { AppConfig } from '../config';
import { createPorts } from '../store/ports';
import { createContext } from './context';
import { cameThroughCloudFront, notThroughCloudFront } from './origin';
import { createApolloServer } from './server';

/** The largest GraphQL request accepted (API Gateway allows 10 MB; the admin's largest is a few KB). */
export const MAX_REQUEST_BYTES = 1024 * 1024;

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
  return async (event, context) => {
    if (config.originSecret && !cameThroughCloudFront(event.headers ?? {}, config.originSecret)) return notThroughCloudFront();
    const size = event.body ? Buffer.byteLength(event.body, event.isBase64Encoded ? 'base64' : 'utf8') : 0;
    if (size > MAX_REQUEST_BYTES) return payloadTooLarge();
    return handler(event, context, () => undefined) as Promise<APIGatewayProxyStructuredResultV2>;
  };
}

/** The answer to a request over MAX_REQUEST_BYTES (the local server sends it too). */
export function payloadTooLarge(): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: 413,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ errors: [{ message: '请求过大', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] }),
  };
}
