import { configFromEnv } from '../config';
import { createGraphqlHandler } from '../graphql/lambda';

/** Lambda entry point for POST/GET /graphql behind the HTTP API. */
export const handler = createGraphqlHandler(configFromEnv());
