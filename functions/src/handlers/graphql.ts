import { configFromEnv } from '../config';
import { createGraphqlHandler } from '../graphql/lambda';

/** Lambda entry point behind the HTTP API: POST/GET /graphql, and GET /open/… (open data, routed by path in the handler). */
export const handler = createGraphqlHandler(configFromEnv());
