import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';

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
