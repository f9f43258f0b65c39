import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Grant } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { BlockPublicAccess, Bucket, BucketEncryption, HttpMethods, type IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { DEFAULTS } from './context';
import { BUCKET_KEY_ACTIONS, grantKeyVia } from './data-key';
import { NIST, logicalIdOf } from './nag';

export interface FilesBucketProps {
  /**
   * Origins allowed to PUT/GET/HEAD objects from a browser with presigned URLs (the admin site's
   * `https://…` origin). Must be explicit: a wildcard would let any site use a leaked presigned URL.
   */
  readonly allowedOrigins: string[];
  /** Bucket receiving the S3 server access logs (prefix `files-bucket/`). */
  readonly accessLogsBucket: IBucket;
  /**
   * The customer-managed key of SSE-KMS (with an S3 bucket key, so S3 calls KMS rarely). A browser using a
   * presigned URL needs no KMS permission of its own: S3 uses the key as the signing role, which `bind` allows.
   * @default SSE-S3
   */
  readonly encryptionKey?: IKey;
  /**
   * Days an overwritten or deleted version of a stored file (files/) stays recoverable (context `fileVersionRetentionDays`).
   * @default DEFAULTS.fileVersionRetentionDays
   */
  readonly fileVersionRetentionDays?: number;
}

/**
 * Key prefixes the API reads and writes: pending browser uploads, stored files, working data of long tasks
 * (a member import's sealed rows) and files made on request (templates, exports).
 */
export const FILE_KEY_PREFIXES = ['uploads/', 'files/', 'payloads/', 'generated/'] as const;

/** Prefixes whose objects the API deletes: an upload read and not kept (a roster file), a finished task's data. */
export const DELETABLE_KEY_PREFIXES = ['uploads/', 'payloads/'] as const;

/**
 * How long the transient prefixes keep objects (current, and old versions: the bucket is versioned, and a
 * deleted roster file must not live on as a noncurrent version). Stored files (files/) are kept.
 */
const TRANSIENT_PREFIXES = [
  { prefix: 'uploads/', days: 2 },
  { prefix: 'payloads/', days: 7 },
  { prefix: 'generated/', days: 1 },
] as const;

/** Minutes and archive files: private, encrypted, TLS-only, versioned, kept on stack deletion. */
export class FilesBucket extends Construct {
  readonly bucket: Bucket;
  private readonly encryptionKey?: IKey;

  constructor(scope: Construct, id: string, props: FilesBucketProps) {
    super(scope, id);
    validateOrigins(props.allowedOrigins);
    this.encryptionKey = props.encryptionKey;

    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      ...(props.encryptionKey
        ? { encryption: BucketEncryption.KMS, encryptionKey: props.encryptionKey, bucketKeyEnabled: true }
        : { encryption: BucketEncryption.S3_MANAGED }),
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
      lifecycleRules: [
        { abortIncompleteMultipartUploadAfter: Duration.days(7) },
        ...TRANSIENT_PREFIXES.map(({ prefix, days }) => ({
          id: `expire-${prefix.replace('/', '')}`,
          prefix,
          expiration: Duration.days(days),
          noncurrentVersionExpiration: Duration.days(1),
        })),
        {
          id: 'retain-file-versions',
          prefix: 'files/',
          noncurrentVersionExpiration: Duration.days(props.fileVersionRetentionDays ?? DEFAULTS.fileVersionRetentionDays),
        },
      ],
    });
    Validations.of(this.bucket).acknowledge({
      id: NIST.bucketReplication,
      reason:
        'single-region by design (the stage lives in one region): the bucket is versioned, retained on stack deletion ' +
        'and encrypted with the stage key; a cross-region replica would copy personal data out of the region',
    });
  }

  get bucketName(): string {
    return this.bucket.bucketName;
  }

  /**
   * Lets `fn` presign and verify uploads and serve files: sets `FILES_BUCKET_NAME` and grants
   * s3:GetObject (which covers HeadObject) and s3:PutObject on FILE_KEY_PREFIXES only, s3:DeleteObject on
   * DELETABLE_KEY_PREFIXES, plus s3:ListBucket on the bucket: without it S3 answers HeadObject on a key that
   * is not there (an upload that has not arrived) with 403 AccessDenied instead of 404, unlike s3rver locally.
   * The bucket holds nothing but those prefixes, which the function may read anyway.
   */
  bind(fn: LambdaFunction): Grant {
    fn.addEnvironment('FILES_BUCKET_NAME', this.bucket.bucketName);
    const grant = Grant.addToPrincipal({
      grantee: fn,
      actions: ['s3:GetObject', 's3:PutObject'],
      resourceArns: FILE_KEY_PREFIXES.map((prefix) => this.bucket.arnForObjects(`${prefix}*`)),
    })
      .combine(
        Grant.addToPrincipal({
          grantee: fn,
          actions: ['s3:DeleteObject'],
          resourceArns: DELETABLE_KEY_PREFIXES.map((prefix) => this.bucket.arnForObjects(`${prefix}*`)),
        }),
      )
      .combine(Grant.addToPrincipal({ grantee: fn, actions: ['s3:ListBucket'], resourceArns: [this.bucket.bucketArn] }));
    // SSE-KMS: S3 asks KMS for a data key (PUT) or to decrypt one (GET, HEAD, multipart) as the caller, which for a
    // presigned URL is the role that signed it. Through S3 only.
    const withKey = this.encryptionKey ? grant.combine(grantKeyVia(this.encryptionKey, fn, 's3', BUCKET_KEY_ACTIONS)) : grant;
    const policy = fn.role?.node.tryFindChild('DefaultPolicy');
    if (policy) {
      for (const prefix of FILE_KEY_PREFIXES) {
        Validations.of(policy).acknowledge({
          id: `AwsSolutions-IAM5[Resource::<${logicalIdOf(this.bucket)}.Arn>/${prefix}*]`,
          reason: `object keys under ${prefix} are generated per file by the API, so access is scoped to the prefix`,
        });
      }
    }
    return withKey;
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
