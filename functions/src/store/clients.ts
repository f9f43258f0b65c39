import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
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

export function createS3Client(config: Pick<AppConfig, 's3Endpoint'>): S3Client {
  if (!config.s3Endpoint) return new S3Client({});
  return new S3Client({
    endpoint: config.s3Endpoint,
    region: LOCAL_REGION,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    // Without these the SDK frames uploads as aws-chunked and s3rver stores the framing as content.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}
