import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { NIST } from './nag';

export interface AccessLogsBucketProps {
  /**
   * Days an access log is kept before it expires. The security baseline asks for at least 180.
   * @default 365
   */
  readonly retentionDays?: number;
}

/** Minimum log retention of the security baseline (MLPS 2.0: six months). */
export const MIN_LOG_RETENTION_DAYS = 180;

/**
 * Destination of S3 server access logs and CloudFront standard logs for the whole stack.
 * CloudFront standard logging writes with ACLs, so object ownership is "bucket owner preferred".
 * It logs nothing about itself (cdk-nag's S1 exempts a bucket that is another bucket's log destination).
 */
export class AccessLogsBucket extends Construct {
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string, props: AccessLogsBucketProps = {}) {
    super(scope, id);
    const retentionDays = props.retentionDays ?? 365;
    if (!Number.isInteger(retentionDays) || retentionDays < MIN_LOG_RETENTION_DAYS) {
      throw new Error(
        `retentionDays must be a whole number of at least ${MIN_LOG_RETENTION_DAYS}, received ${retentionDays}`,
      );
    }

    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(retentionDays) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.bucket).acknowledge(
      {
        id: NIST.bucketKms,
        reason:
          'S3 server access logging delivers only to a bucket with SSE-S3 default encryption (not SSE-KMS), and ' +
          'CloudFront standard logs go to the same bucket; SSE-S3 encrypts them at rest',
      },
      {
        id: NIST.bucketVersioning,
        reason:
          'log objects are written once by S3 and CloudFront and expire by lifecycle after the retention period; ' +
          'versions would only keep expired logs longer',
      },
      {
        id: NIST.bucketReplication,
        reason: 'single-region by design: access logs are kept in the stage\'s region for the retention period',
      },
    );
  }
}
