import type { DirectoryConfig } from './store/cognito-directory';
import type { VaultKeySource } from './store/vault';

/** Settings read once from the environment; the CDK stack and the local runner set them. */
export interface AppConfig {
  tableName: string;
  filesBucketName: string;
  /** DynamoDB Local / s3rver endpoints; unset in the cloud. */
  dynamodbEndpoint?: string;
  s3Endpoint?: string;
  /** Who issues access tokens (Cognito, or the local stack's issuer) and for which app clients. */
  auth: { issuer: string; clientIds: string[]; jwksUrl?: string };
  /**
   * Introspection for anonymous callers too (local development). Signed-in callers may always
   * introspect; anonymous callers in production may not.
   */
  allowIntrospection: boolean;
  /**
   * The value CloudFront sends in the origin header (graphql/origin.ts); requests without it are refused.
   * Unset locally, where the local server is the only way in.
   */
  originSecret?: string;
  /** The key of the personal-data vault (ID numbers): a Secrets Manager secret, or a local key file. */
  vaultKey: VaultKeySource;
  /** The user pool whose admin API makes people's accounts (accounts area); unset: account actions fail. */
  identity?: DirectoryConfig;
}

const required = (env: NodeJS.ProcessEnv, name: string): string => {
  const value = env[name];
  if (!value) throw new Error(`environment variable ${name} is not set`);
  return value;
};

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    tableName: required(env, 'TABLE_NAME'),
    filesBucketName: required(env, 'FILES_BUCKET_NAME'),
    dynamodbEndpoint: env.DYNAMODB_ENDPOINT || undefined,
    s3Endpoint: env.S3_ENDPOINT || undefined,
    auth: {
      issuer: required(env, 'AUTH_ISSUER'),
      clientIds: required(env, 'AUTH_CLIENT_IDS').split(',').map((s) => s.trim()).filter(Boolean),
      jwksUrl: env.AUTH_JWKS_URL || undefined,
    },
    allowIntrospection: env.GONGJIAN_INTROSPECTION === 'on',
    originSecret: env.ORIGIN_SECRET || undefined,
    identity: env.USER_POOL_ID ? { userPoolId: env.USER_POOL_ID, endpoint: env.USER_POOL_ENDPOINT || undefined } : undefined,
    vaultKey: env.VAULT_KEY_SECRET_ARN
      ? { kind: 'secret', secretArn: env.VAULT_KEY_SECRET_ARN }
      : { kind: 'file', path: required(env, 'VAULT_KEY_FILE') },
  };
}
