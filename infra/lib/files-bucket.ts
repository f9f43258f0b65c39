import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Grant } from 'aws-cdk-lib/aws-iam';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { BlockPublicAccess, Bucket, BucketEncryption, HttpMethods, type IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { logicalIdOf } from './nag';

export interface FilesBucketProps {
  /**
   * Origins allowed to PUT/GET/HEAD objects from a browser with presigned URLs (the admin site's
   * `https://…` origin). Must be explicit: a wildcard would let any site use a leaked presigned URL.
   */
  readonly allowedOrigins: string[];
  /** Bucket receiving the S3 server access logs (prefix `files-bucket/`). */
  readonly accessLogsBucket: IBucket;
}

/** Key prefixes the API reads and writes: pending browser uploads and stored files. */
export const FILE_KEY_PREFIXES = ['uploads/', 'files/'] as const;

/** Minutes and archive files: private, encrypted, TLS-only, versioned, kept on stack deletion. */
export class FilesBucket extends Construct {
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string, props: FilesBucketProps) {
    super(scope, id);
    validateOrigins(props.allowedOrigins);

    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      removalPolicy: RemovalPolicy.RETAIN,
      serverAccessLogsBucket: props.accessLogsBucket,
      serverAccessLogsPrefix: 'files-bucket/',
      cors: [
        {
          allowedOrigins: props.allowedOrigins,
          allowedMethods: [HttpMethods.PUT, HttpMethods.GET, HttpMethods.HEAD],
          // The signature already fixes which headers a presigned request may carry.
          allowedHeaders: ['*'],
          exposedHeaders: ['ETag'],
          maxAge: 3000,
        },
      ],
      lifecycleRules: [{ abortIncompleteMultipartUploadAfter: Duration.days(7) }],
    });
  }

  get bucketName(): string {
    return this.bucket.bucketName;
  }

  /**
   * Lets `fn` presign and verify uploads and serve files: sets `FILES_BUCKET_NAME` and grants
   * s3:GetObject (which covers HeadObject) and s3:PutObject on `uploads/*` and `files/*` only,
   * plus s3:ListBucket on the bucket: without it S3 answers HeadObject on a key that is not there
   * (an upload that has not arrived) with 403 AccessDenied instead of 404, unlike s3rver locally.
   * The bucket holds nothing but those two prefixes, which the function may read anyway.
   */
  bind(fn: LambdaFunction): Grant {
    fn.addEnvironment('FILES_BUCKET_NAME', this.bucket.bucketName);
    const grant = Grant.addToPrincipal({
      grantee: fn,
      actions: ['s3:GetObject', 's3:PutObject'],
      resourceArns: FILE_KEY_PREFIXES.map((prefix) => this.bucket.arnForObjects(`${prefix}*`)),
    }).combine(Grant.addToPrincipal({ grantee: fn, actions: ['s3:ListBucket'], resourceArns: [this.bucket.bucketArn] }));
    const policy = fn.role?.node.tryFindChild('DefaultPolicy');
    if (policy) {
      for (const prefix of FILE_KEY_PREFIXES) {
        Validations.of(policy).acknowledge({
          id: `AwsSolutions-IAM5[Resource::<${logicalIdOf(this.bucket)}.Arn>/${prefix}*]`,
          reason: `object keys under ${prefix} are generated per file by the API, so access is scoped to the prefix`,
        });
      }
    }
    return grant;
  }
}

function validateOrigins(origins: string[]): void {
  if (origins.length === 0) {
    throw new Error('allowedOrigins must list at least one origin, received an empty list');
  }
  for (const origin of origins) {
    if (origin.includes('*')) {
      throw new Error(`allowedOrigins must not contain wildcards, received '${origin}': pass the site origin`);
    }
  }
}
