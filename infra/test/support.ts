import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';

const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/** Stand-in for functions/src/handlers/graphql.ts, so these tests do not depend on the handler. */
export const HANDLER_FIXTURE = fixture('graphql-handler.ts');
/** A minimal built SPA: index.html and one hashed asset. */
export const ADMIN_DIST_FIXTURE = fixture('admin-dist');
export const MISSING_DIST = fixture('no-such-dist');

/** The feature flags and settings of cdk.json, so tests synthesize what `cdk synth` does. */
const cdkJsonContext = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../cdk.json', import.meta.url)), 'utf8'),
).context as Record<string, unknown>;

/** An app with cdk.json's context that skips asset bundling (no esbuild run, no handler needed). */
export function testApp(context: Record<string, unknown> = {}): App {
  return new App({ context: { ...cdkJsonContext, 'aws:cdk:bundling-stacks': [], ...context } });
}

/** A web ACL ARN as the edge stack outputs it (context `webAclArn`). */
export const TEST_WEB_ACL_ARN = 'arn:aws:wafv2:us-east-1:111122223333:global/webacl/gongjian-prod/0a1b2c3d-4e5f-6789-abcd-ef0123456789';

/** Context of a `prod` stage deployed as the README says: WAF on (its default for prod) with the edge stack's web ACL. */
export const PROD_CONTEXT = { stage: 'prod', webAclArn: TEST_WEB_ACL_ARN } as const;

/** The rule ids acknowledged on `construct` itself (Validations.of(construct).acknowledge), without CDK's `Annotation::` prefix. */
export function acknowledgedIds(construct: IConstruct): string[] {
  return construct.node.metadata
    .filter((entry) => entry.type === 'aws:cdk:acknowledged-rules')
    .flatMap((entry) => Object.keys(entry.data as Record<string, string>))
    .map((id) => id.replace(/^Annotation::/, ''));
}

/** Every cdk-nag finding (both packs) of a synthesized app, as `<severity> <rule>`: an unacknowledged error throws before. */
export function nagFindings(assemblyDirectory: string): string[] {
  const report = JSON.parse(readFileSync(join(assemblyDirectory, 'validation-report.json'), 'utf8')) as {
    pluginReports: Array<{ violations: Array<{ ruleName: string; severity: string }> }>;
  };
  return report.pluginReports.flatMap((plugin) => plugin.violations.map((violation) => `${violation.severity} ${violation.ruleName}`));
}

/** A bare stack for testing one construct at a time. */
export function testStack(): Stack {
  return new Stack(testApp(), 'Test');
}

/** Every IAM action granted by any policy in the template. */
export function grantedActions(template: Template): string[] {
  const policies = template.findResources('AWS::IAM::Policy');
  return Object.values(policies).flatMap((policy) =>
    (policy.Properties.PolicyDocument.Statement as Array<{ Action: string | string[] }>).flatMap((statement) =>
      Array.isArray(statement.Action) ? statement.Action : [statement.Action],
    ),
  );
}
