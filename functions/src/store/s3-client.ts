import { S3Client } from '@aws-sdk/client-s3';
import type { AppConfig } from '../config';
import { s3ClientConfig } from './clients';

/**
 * An S3 client now, for scripts, tests and the local stack's bucket set-up. Not for the API's own modules: the
 * API loads the S3 SDK at the bucket's first use (store/clients.ts loadS3Client), and a static import of it would
 * load it at every cold start.
 */
export function createS3Client(config: Pick<AppConfig, 's3Endpoint'>): S3Client {
  return new S3Client(s3ClientConfig(config));
}
