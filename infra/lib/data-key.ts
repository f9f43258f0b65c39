import { Aws, Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Grant, PolicyStatement, ServicePrincipal, type IGrantable } from 'aws-cdk-lib/aws-iam';
import { Key, type IKey } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

export interface DataKeyProps {
  /** Deployment stage: the alias is `alias/gongjian-<stage>` (plus `aliasSuffix`). */
  readonly stage: string;
  /** @default '' — e.g. `-edge` for the us-east-1 key of the web ACL's logs */
  readonly aliasSuffix?: string;
  /**
   * An existing key to use instead of creating one (context `kmsKey`). Its key policy is its owner's: it must
   * already let CloudWatch Logs of this region use it (see infra/README.md, "KMS").
   */
  readonly existingKeyArn?: string;
}

/** The key's alias for a stage. */
export const dataKeyAlias = (stage: string, suffix = ''): string => `alias/gongjian-${stage}${suffix}`;

/**
 * The stage's customer-managed KMS key: the table, the files bucket, the Lambda and API log groups, the
 * secrets and the backup vault are encrypted with it. Rotated yearly by KMS, kept when the stack is deleted
 * (without it nothing it encrypted can be read again, backups included).
 *
 * Its policy: the account's root (CDK's default, so IAM policies of this account decide, as for every key),
 * plus CloudWatch Logs of this region, only for log groups of this account and region (the encryption
 * context `aws:logs:arn`, which CloudWatch Logs always sends). The log groups cannot be named exactly: a log
 * group is created with the key, so the key's policy cannot refer to it (a cycle).
 */
export class DataKey extends Construct {
  readonly key: IKey;
  /** Whether the key is this stack's own (false: imported by ARN, its policy is not ours). */
  readonly owned: boolean;

  constructor(scope: Construct, id: string, props: DataKeyProps) {
    super(scope, id);
    if (props.existingKeyArn) {
      this.key = Key.fromKeyArn(this, 'Key', props.existingKeyArn);
      this.owned = false;
      return;
    }
    const key = new Key(this, 'Key', {
      alias: dataKeyAlias(props.stage, props.aliasSuffix),
      description: `Gongjian ${props.stage}${props.aliasSuffix ?? ''}: encrypts the table, files, logs, secrets and backups`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
      pendingWindow: Duration.days(30),
    });
    key.addToResourcePolicy(
      new PolicyStatement({
        sid: 'CloudWatchLogsOfThisAccountAndRegion',
        principals: [new ServicePrincipal(`logs.${Aws.REGION}.${Aws.URL_SUFFIX}`)],
        actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
        resources: ['*'],
        conditions: {
          ArnLike: { 'kms:EncryptionContext:aws:logs:arn': `arn:${Aws.PARTITION}:logs:${Aws.REGION}:${Aws.ACCOUNT_ID}:log-group:*` },
        },
      }),
    );
    this.key = key;
    this.owned = true;
  }
}

/**
 * Lets `grantee` use `key` through one service only (`kms:ViaService`, e.g. `dynamodb` or `s3`), with exactly
 * `actions`: what a caller of that service needs for data encrypted under the key, and nothing directly.
 */
export function grantKeyVia(key: IKey, grantee: IGrantable, service: string, actions: readonly string[]): Grant {
  return Grant.addToPrincipal({
    grantee,
    actions: [...actions],
    resourceArns: [key.keyArn],
    conditions: { StringEquals: { 'kms:ViaService': `${service}.${Aws.REGION}.${Aws.URL_SUFFIX}` } },
  });
}

/** What a caller of DynamoDB needs on the table's key to read and write items. */
export const TABLE_KEY_ACTIONS = ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:DescribeKey'] as const;
/** What a caller of S3 (or whoever uses its presigned URL) needs on the bucket's key: PUT, GET, multipart. */
export const BUCKET_KEY_ACTIONS = ['kms:Decrypt', 'kms:GenerateDataKey'] as const;
