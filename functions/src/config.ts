/** Settings read once from the environment; the CDK stack and the local runner set them. */
export interface AppConfig {
  tableName: string;
  filesBucketName: string;
  /** DynamoDB Local / s3rver endpoints; unset in the cloud. */
  dynamodbEndpoint?: string;
  s3Endpoint?: string;
  /**
   * `demo-admin` signs every caller in as the demo region's admin. Only the local runner sets it;
   * everywhere else there is no sign-in yet, so every operation answers UNAUTHENTICATED.
   */
  authMode: 'demo-admin' | 'none';
  demoRegionId: string;
  /** Apollo introspection and stack traces: on only where explicitly allowed (local). */
  allowIntrospection: boolean;
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
    authMode: env.GONGJIAN_AUTH_MODE === 'demo-admin' ? 'demo-admin' : 'none',
    demoRegionId: env.GONGJIAN_DEMO_REGION_ID || 'demo',
    allowIntrospection: env.GONGJIAN_INTROSPECTION === 'on',
  };
}
