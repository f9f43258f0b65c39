import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { S3Client, S3ClientConfig } from '@aws-sdk/client-s3';
import type { AppConfig } from '../config';

/** Emulators need a region and credentials; DynamoDB Local wants a plain id, s3rver exactly S3RVER. */
const LOCAL_REGION = 'cn-north-1';

export function createDocumentClient(config: Pick<AppConfig, 'dynamodbEndpoint'>): DynamoDBDocumentClient {
  const client = config.dynamodbEndpoint
    ? new DynamoDBClient({
        endpoint: config.dynamodbEndpoint,
        region: LOCAL_REGION,
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      })
    : new DynamoDBClient({});
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
}

/** The S3 client's settings: the bucket's region and credentials in Lambda, s3rver's when an endpoint is set. */
export function s3ClientConfig(config: Pick<AppConfig, 's3Endpoint'>): S3ClientConfig {
  if (!config.s3Endpoint) return {};
  return {
    endpoint: config.s3Endpoint,
    region: LOCAL_REGION,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    // Without these the SDK frames uploads as aws-chunked and s3rver stores the framing as content.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  };
}

/**
 * An S3 client made at its first use, the S3 SDK loaded then (the API: store/file-storage.ts; LAZY_MODULES in
 * infra/lib/node-function.ts keeps it out of the bundle). A dynamic import of the package itself: esbuild leaves
 * it for Node to load when it runs. No module the API imports may import the S3 SDK statically (esbuild would keep
 * that import, and Node would load the package at start): scripts and tests make one with store/s3-client.ts.
 */
export function loadS3Client(config: Pick<AppConfig, 's3Endpoint'>): () => Promise<S3Client> {
  return async () => {
    const { S3Client: Client } = await import('@aws-sdk/client-s3');
    return new Client(s3ClientConfig(config));
  };
}
