import { Stack, Validations, type CfnElement } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * The logical id of a construct's CloudFormation resource, as cdk-nag writes it in finding ids
 * such as `AwsSolutions-IAM5[Resource::<LogicalId.Arn>/uploads/*]`.
 */
export function logicalIdOf(construct: IConstruct): string {
  const resource = construct.node.defaultChild as CfnElement | undefined;
  if (!resource) {
    throw new Error(`construct '${construct.node.path}' has no default CloudFormation resource`);
  }
  return Stack.of(resource).getLogicalId(resource);
}

/** The rule ids of the NIST 800-53 rev 5 pack (cdk-nag `NIST80053R5Checks`) this stack acknowledges somewhere. */
export const NIST = {
  lambdaInsideVpc: 'NIST.800.53.R5-LambdaInsideVPC',
  lambdaDlq: 'NIST.800.53.R5-LambdaDLQ',
  lambdaConcurrency: 'NIST.800.53.R5-LambdaConcurrency',
  inlinePolicy: 'NIST.800.53.R5-IAMNoInlinePolicy',
  logGroupEncrypted: 'NIST.800.53.R5-CloudWatchLogGroupEncrypted',
  secretRotation: 'NIST.800.53.R5-SecretsManagerRotationEnabled',
  bucketReplication: 'NIST.800.53.R5-S3BucketReplicationEnabled',
  bucketVersioning: 'NIST.800.53.R5-S3BucketVersioningEnabled',
  bucketKms: 'NIST.800.53.R5-S3DefaultEncryptionKMS',
} as const;

/** Why no Gongjian function runs in a VPC (the same for the CDK helpers). */
export const NO_VPC_REASON =
  'the function reaches only AWS service APIs (DynamoDB, S3, Secrets Manager, Cognito, KMS, CloudWatch) over TLS, ' +
  'authorised by IAM; it has no network resource to protect. A VPC would add NAT gateways or interface endpoints ' +
  '(a fixed monthly cost per AZ) and ENI set-up to cold starts without narrowing what the function can reach';

/** Why a synchronously invoked function has no dead-letter queue. */
export const synchronousReason = (caller: string): string =>
  `${caller} invokes the function synchronously and receives its error: a dead-letter queue applies only to ` +
  'asynchronous invocations and would never receive anything';

/**
 * A role's policy made by CDK grants (`grant*`, `addToRolePolicy`): an inline policy by construction. Each
 * statement names exact resources (and the role is the only one that may use it); a customer-managed policy
 * would be a second, attachable object with the same content.
 */
export function acknowledgeGrantPolicy(policy: IConstruct | undefined, owner: string): void {
  if (!policy) return;
  Validations.of(policy).acknowledge({
    id: NIST.inlinePolicy,
    reason:
      `the ${owner} role's policy is made by CDK grants scoped to exact resources (ARNs, key prefixes, conditions) ` +
      'and belongs to that role alone; a managed policy would be attachable elsewhere and add nothing',
  });
}

/** The NIST findings every Gongjian function shares: outside a VPC, no DLQ (it is invoked synchronously). */
export function acknowledgeSynchronousFunction(fn: IConstruct, caller: string): void {
  Validations.of(fn).acknowledge(
    { id: NIST.lambdaInsideVpc, reason: NO_VPC_REASON },
    { id: NIST.lambdaDlq, reason: synchronousReason(caller) },
  );
}
