import { Stack, type CfnElement } from 'aws-cdk-lib';
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
