import { ApolloServer } from '@apollo/server';
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';

/**
 * The floor of this design for the cold-start figure: Apollo Server on Lambda over a one-field schema,
 * bundled exactly like the real handler. Whatever the real handler costs above this is ours (schema,
 * resolvers, GraphQL Armor, the AWS SDK clients, jose, zod …).
 */
const server = new ApolloServer({
  typeDefs: 'type Query { hello: String }',
  resolvers: { Query: { hello: () => 'world' } },
});

export const handler = startServerAndCreateLambdaHandler(server, handlers.createAPIGatewayProxyEventV2RequestHandler());
