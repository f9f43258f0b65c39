import { Annotations, Validations, type App } from 'aws-cdk-lib';
import { AwsSolutionsChecks, NIST80053R5Checks } from 'cdk-nag';
import { operatorSettingsOf } from './context';
import { GRAPHQL_PATH } from './graphql-api';
import { GongjianStack, WEB_ACL_MISSING, webAclMissing, type GongjianStackProps } from './gongjian-stack';
import { GongjianEdgeStack } from './web-acl';

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

/** The stacks of one stage: the main one, and the us-east-1 one of its web ACL when WAF is on. */
export interface GongjianStacks {
  /** Absent while WAF is on and the edge stack's web ACL ARN has not been passed (`webAclArn`): see below. */
  readonly main?: GongjianStack;
  readonly edge?: GongjianEdgeStack;
}

/**
 * Adds the `Gongjian-<stage>` stack to `app` — and, when WAF is on (context `waf`; by default for `prod`), the
 * `Gongjian-<stage>-edge` stack in us-east-1 that holds its web ACL — and runs the AWS Solutions and the NIST
 * 800-53 rev 5 rules (cdk-nag) on synth. The main stack is environment-agnostic (no account or region), so it
 * synthesizes without credentials; the edge stack names its region only.
 *
 * The distribution takes the web ACL's ARN from context (`webAclArn`, the edge stack's output): a reference
 * across regions would need the main stack's region at synth time. Until it is given, only the edge stack is
 * synthesized, with a warning saying what to do, so that `cdk deploy Gongjian-<stage>-edge` works the first time
 * and a distribution without its WAF is never deployed by mistake.
 */
export function addGongjianStacks(app: App, props: Omit<GongjianStackProps, 'stage' | 'env'> = {}): GongjianStacks {
  const stage = stageOf(app);
  const id = `Gongjian-${stage}`;
  const settings = props.settings ?? operatorSettingsOf(app, stage);
  const edge = settings.waf.enabled
    ? new GongjianEdgeStack(app, `${id}-edge`, {
        stage,
        graphqlPath: GRAPHQL_PATH,
        rateLimit: settings.waf.rateLimit,
        anonymousRateLimit: settings.waf.anonymousRateLimit,
        description: `Gongjian (共建) ${stage}: the web ACL in front of CloudFront (us-east-1)`,
      })
    : undefined;
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new NIST80053R5Checks(app));
  if (edge && !settings.waf.webAclArn) {
    Annotations.of(edge).addWarningV2(WEB_ACL_MISSING, `${id} is not synthesized: ${webAclMissing(id, stage)}`);
    return { edge };
  }
  const main = new GongjianStack(app, id, {
    ...props,
    settings,
    stage,
    description: `Gongjian (共建) ${stage}: GraphQL API, single DynamoDB table, files bucket, admin site, Cognito sign-in`,
  });
  // Deploy order only (no reference: the ARN comes by context).
  if (edge) main.addStackDependency(edge, 'the distribution uses the web ACL of the edge stack');
  return { main, edge };
}

/** {@link addGongjianStacks}, returning the main stack; refuses when it could not be made (WAF on, no `webAclArn`). */
export function addGongjianStack(app: App, props: Omit<GongjianStackProps, 'stage' | 'env'> = {}): GongjianStack {
  const { main } = addGongjianStacks(app, props);
  if (!main) throw new Error(webAclMissing(`Gongjian-${stageOf(app)}`, stageOf(app)));
  return main;
}
