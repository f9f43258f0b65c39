import { Validations, type App } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { GongjianStack, type GongjianStackProps } from './gongjian-stack';

export const DEFAULT_STAGE = 'dev';

/** The stage from context (`cdk synth -c stage=prod`): lowercase, since it names the stack and resources. */
export function stageOf(app: App): string {
  const stage: unknown = app.node.tryGetContext('stage') ?? DEFAULT_STAGE;
  if (typeof stage !== 'string' || !/^[a-z][a-z0-9-]{0,19}$/.test(stage)) {
    throw new Error(
      `context 'stage' must be 1-20 lowercase letters, digits or hyphens starting with a letter, received '${String(stage)}'`,
    );
  }
  return stage;
}

/**
 * Adds the `Gongjian-<stage>` stack to `app` and runs the AWS Solutions rules (cdk-nag) on synth.
 * The stack is environment-agnostic (no account or region), so it synthesizes without credentials.
 */
export function addGongjianStack(
  app: App,
  props: Omit<GongjianStackProps, 'stage' | 'env'> = {},
): GongjianStack {
  const stage = stageOf(app);
  const stack = new GongjianStack(app, `Gongjian-${stage}`, {
    ...props,
    stage,
    description: `Gongjian (共建) ${stage}: GraphQL API, single DynamoDB table, files bucket, admin site, Cognito sign-in`,
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return stack;
}
