import { ArnFormat, CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { CfnLoggingConfiguration, CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { DataKey } from './data-key';
import { DEFAULTS } from './context';

/** Where the open data is served on the distribution (CloudFront's `/open/*` behaviour, the API's `GET /open/{proxy+}`). */
export const OPEN_DATA_PATH_PREFIX = '/open/';

/** The region of every CLOUDFRONT-scope web ACL. */
export const WAF_REGION = 'us-east-1';

export interface EdgeWebAclProps {
  readonly stage: string;
  /** Path of the GraphQL API on the distribution. */
  readonly graphqlPath: string;
  /** Requests per IP in 5 minutes, any path. @default 2000 */
  readonly rateLimit?: number;
  /** Requests per IP in 5 minutes to `graphqlPath` or the open data without an `authorization` header. @default 300 */
  readonly anonymousRateLimit?: number;
  /** Prefix of the open-data files' paths (issue 17), read anonymously too. @default '/open/' */
  readonly openDataPathPrefix?: string;
}

/** The rule names, also their CloudWatch metric names (`<rule>-<stage>`). */
export const WAF_RULES = {
  anonymousGraphqlRate: 'AnonymousGraphqlRatePerIp',
  rate: 'RatePerIp',
  common: 'AWSManagedRulesCommonRuleSet',
  knownBadInputs: 'AWSManagedRulesKnownBadInputsRuleSet',
} as const;

const FIVE_MINUTES = Duration.minutes(5).toSeconds();

/**
 * The web ACL in front of the distribution (CLOUDFRONT scope, so it must live in us-east-1):
 * 0. anonymous requests (to `graphqlPath` or the open data under `openDataPathPrefix`, without an `authorization`
 *    header — the public page's readers and raters, open-data downloads, issue 17) from one IP above
 *    `anonymousRateLimit` in 5 minutes are blocked;
 * 1. any request from one IP above `rateLimit` in 5 minutes is blocked;
 * 2. AWS's common rule set (OWASP-style: bad bots' user agents, LFI/RFI, XSS, oversize parts) — except its
 *    8 KB body limit, counted only: GraphQL documents of the admin may be larger, and the API refuses bodies
 *    over its own limit;
 * 3. AWS's known bad inputs (Log4j JNDI, Java deserialisation, localhost Host headers).
 * Everything else is allowed. Logs go to `aws-waf-logs-gongjian-<stage>` (kept 180 days, encrypted with a key
 * of the edge stack) with the `authorization` and `cookie` headers redacted.
 */
export class EdgeWebAcl extends Construct {
  readonly webAcl: CfnWebACL;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: EdgeWebAclProps) {
    super(scope, id);
    const rateLimit = props.rateLimit ?? DEFAULTS.wafRateLimit;
    const anonymousRateLimit = props.anonymousRateLimit ?? DEFAULTS.wafAnonymousRateLimit;
    for (const [name, value] of Object.entries({ rateLimit, anonymousRateLimit })) {
      if (!Number.isInteger(value) || value < 10 || value > 2_000_000_000) {
        throw new Error(`${name} must be a whole number of requests from 10 to 2000000000, received ${value}`);
      }
    }
    if (anonymousRateLimit > rateLimit) {
      throw new Error(`anonymousRateLimit (${anonymousRateLimit}) must not exceed rateLimit (${rateLimit}): it is the stricter limit`);
    }
    const visibility = (name: string): CfnWebACL.VisibilityConfigProperty => ({
      cloudWatchMetricsEnabled: true,
      sampledRequestsEnabled: true,
      metricName: `${name}-${props.stage}`,
    });
    const managed = (name: string, priority: number, overrides: string[] = []): CfnWebACL.RuleProperty => ({
      name,
      priority,
      overrideAction: { none: {} },
      statement: {
        managedRuleGroupStatement: {
          vendorName: 'AWS',
          name,
          ruleActionOverrides: overrides.length ? overrides.map((rule) => ({ name: rule, actionToUse: { count: {} } })) : undefined,
        },
      },
      visibilityConfig: visibility(name),
    });

    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      name: `gongjian-${props.stage}`,
      description: `Gongjian ${props.stage} - rate limits per IP, all and anonymous GraphQL, and AWS managed rules, in front of CloudFront`,
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('gongjian'),
      rules: [
        {
          name: WAF_RULES.anonymousGraphqlRate,
          priority: 0,
          action: { block: {} },
          statement: {
            rateBasedStatement: {
              limit: anonymousRateLimit,
              evaluationWindowSec: FIVE_MINUTES,
              aggregateKeyType: 'IP',
              scopeDownStatement: {
                andStatement: {
                  statements: [
                    {
                      orStatement: {
                        statements: [
                          {
                            byteMatchStatement: {
                              fieldToMatch: { uriPath: {} },
                              positionalConstraint: 'EXACTLY',
                              searchString: props.graphqlPath,
                              textTransformations: [{ priority: 0, type: 'LOWERCASE' }],
                            },
                          },
                          {
                            byteMatchStatement: {
                              fieldToMatch: { uriPath: {} },
                              positionalConstraint: 'STARTS_WITH',
                              searchString: props.openDataPathPrefix ?? OPEN_DATA_PATH_PREFIX,
                              textTransformations: [{ priority: 0, type: 'LOWERCASE' }],
                            },
                          },
                        ],
                      },
                    },
                    // No authorization header: WAF finds no match for a header that is absent, so NOT(size > 0).
                    {
                      notStatement: {
                        statement: {
                          sizeConstraintStatement: {
                            fieldToMatch: { singleHeader: { Name: 'authorization' } },
                            comparisonOperator: 'GT',
                            size: 0,
                            textTransformations: [{ priority: 0, type: 'NONE' }],
                          },
                        },
                      },
                    },
                  ],
                },
              },
            },
          },
          visibilityConfig: visibility(WAF_RULES.anonymousGraphqlRate),
        },
        {
          name: WAF_RULES.rate,
          priority: 1,
          action: { block: {} },
          statement: { rateBasedStatement: { limit: rateLimit, evaluationWindowSec: FIVE_MINUTES, aggregateKeyType: 'IP' } },
          visibilityConfig: visibility(WAF_RULES.rate),
        },
        managed(WAF_RULES.common, 2, ['SizeRestrictions_BODY']),
        managed(WAF_RULES.knownBadInputs, 3),
      ],
    });

    const key = new DataKey(this, 'LogKey', { stage: props.stage, aliasSuffix: '-edge' });
    this.logGroup = new LogGroup(this, 'Logs', {
      // WAF logs only to log groups whose name starts with aws-waf-logs-.
      logGroupName: `aws-waf-logs-gongjian-${props.stage}`,
      retention: RetentionDays.SIX_MONTHS,
      removalPolicy: RemovalPolicy.RETAIN,
      encryptionKey: key.key,
    });
    new CfnLoggingConfiguration(this, 'Logging', {
      resourceArn: this.webAcl.attrArn,
      // The log group's ARN without the trailing ':*' that LogGroup.logGroupArn carries.
      logDestinationConfigs: [
        Stack.of(this).formatArn({ service: 'logs', resource: 'log-group', resourceName: this.logGroup.logGroupName, arnFormat: ArnFormat.COLON_RESOURCE_NAME }),
      ],
      redactedFields: [{ singleHeader: { Name: 'authorization' } }, { singleHeader: { Name: 'cookie' } }],
    });
  }
}

export interface GongjianEdgeStackProps extends StackProps, EdgeWebAclProps {}

/**
 * `Gongjian-<stage>-edge`, in us-east-1: the web ACL of the stage's distribution (which must be in us-east-1
 * whatever the region of `Gongjian-<stage>`). Deployed first; its output `WebAclArn` is passed to the main
 * stack as the context value `webAclArn` (infra/README.md, "WAF").
 */
export class GongjianEdgeStack extends Stack {
  readonly acl: EdgeWebAcl;

  constructor(scope: Construct, id: string, props: GongjianEdgeStackProps) {
    super(scope, id, { ...props, env: { account: props.env?.account, region: WAF_REGION } });
    this.acl = new EdgeWebAcl(this, 'Waf', props);
    new CfnOutput(this, 'WebAclArn', {
      value: this.acl.webAcl.attrArn,
      description: `Pass to the main stack: cdk deploy Gongjian-${props.stage} -c stage=${props.stage} -c webAclArn=<this value>`,
    });
  }
}
