import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';

/** Where the pool's admin API is: the pool, and locally the issuer's Cognito endpoint. */
export interface DirectoryConfig {
  userPoolId: string;
  /** The local issuer's `${origin}/cognito`; unset in the cloud. */
  endpoint?: string;
}

export type CognitoSdk = typeof import('@aws-sdk/client-cognito-identity-provider');
export interface CognitoConnection {
  sdk: CognitoSdk;
  client: CognitoIdentityProviderClient;
}

/** The local issuer accepts admin actions signed with this key id only (local/issuer.ts); the secret is not checked. */
const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };
const LOCAL_REGION = 'cn-north-1';

const connections = new WeakMap<DirectoryConfig, Promise<CognitoConnection>>();

/**
 * The Cognito SDK and one client per pool config, loaded by the first account or partner-client action of a
 * process: the API's cold start does not parse it (the Lambda ships it beside its bundle: infra/lib/node-function.ts,
 * LAZY_MODULES). A failed load is not kept: the next action tries again.
 */
export function connectCognito(config: DirectoryConfig): Promise<CognitoConnection> {
  let connection = connections.get(config);
  if (!connection) {
    connection = import('@aws-sdk/client-cognito-identity-provider').then((sdk) => ({
      sdk,
      client: config.endpoint
        ? new sdk.CognitoIdentityProviderClient({ endpoint: config.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS })
        : new sdk.CognitoIdentityProviderClient({}),
    }));
    connections.set(config, connection);
    connection.catch(() => connections.delete(config));
  }
  return connection;
}
