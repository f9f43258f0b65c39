import { Aws, CfnCondition, CfnResource, Duration, Fn, RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import type { IDistribution } from 'aws-cdk-lib/aws-cloudfront';
import {
  Alarm,
  AlarmStatusWidget,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  MathExpression,
  Metric,
  TextWidget,
  TreatMissingData,
  type IMetric,
  type MetricProps,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Operation, type ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { BUSINESS_METRIC_NAMES } from '../../functions/src/observability/business-metrics';
import { SERVICES } from '../../functions/src/observability/logger';
import { DIMENSIONS, METRICS, METRIC_NAMESPACE } from '../../functions/src/observability/metrics';

/** What an alarm fires at. Every figure is per 5 minutes unless said otherwise. */
export interface AlarmThresholds {
  /** Share of API requests answered 5xx, in percent (with at least 20 requests in the period). @default 5 */
  readonly api5xxRatePercent: number;
  /** Failed invocations of the API function (it answers GraphQL errors itself; these are crashes and timeouts). @default 5 */
  readonly apiFunctionErrors: number;
  /** p99 duration of the API function, in ms, over 3 consecutive periods (an import step takes up to 15 s). @default 5000 */
  readonly apiP99DurationMs: number;
  /** DynamoDB requests throttled (the table is on-demand: any is news). @default 1 */
  readonly tableThrottledRequests: number;
  /** DynamoDB system errors (HTTP 500 from DynamoDB). @default 1 */
  readonly tableSystemErrors: number;
  /** Share of CloudFront requests answered 5xx, in percent. @default 5 */
  readonly cloudFront5xxRatePercent: number;
}

export const DEFAULT_THRESHOLDS: AlarmThresholds = {
  api5xxRatePercent: 5,
  apiFunctionErrors: 5,
  apiP99DurationMs: 5_000,
  tableThrottledRequests: 1,
  tableSystemErrors: 1,
  cloudFront5xxRatePercent: 5,
};

/** The trigger names `Identity.triggers` uses, and the service each logs and counts as. */
const TRIGGER_SERVICES = {
  PreToken: SERVICES.preToken,
  PreAuthentication: SERVICES.preAuthentication,
  PostAuthentication: SERVICES.postAuthentication,
} as const;
export type TriggerName = keyof typeof TRIGGER_SERVICES;

export interface MonitoringProps {
  /** Deployment stage: the dimension of the functions' own metrics, and part of the dashboard's name. */
  readonly stage: string;
  readonly apiFunction: IFunction;
  readonly httpApi: HttpApi;
  /** The Cognito triggers by name (`Identity.triggers`). */
  readonly triggers: Readonly<Record<TriggerName, IFunction>>;
  readonly table: ITable;
  readonly distribution: IDistribution;
  /**
   * Where alarms are mailed (an e-mail subscription to the topic; the address must confirm it).
   * @default no subscription: subscribe to `topic` by other means
   */
  readonly alarmEmail?: string;
  /** @default DEFAULT_THRESHOLDS */
  readonly thresholds?: Partial<AlarmThresholds>;
}

const FIVE_MINUTES = Duration.minutes(5);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The DynamoDB operations the functions use (an alarm's math may hold at most 10 metrics). */
const TABLE_OPERATIONS = [
  Operation.GET_ITEM, Operation.PUT_ITEM, Operation.UPDATE_ITEM, Operation.DELETE_ITEM, Operation.QUERY,
  Operation.BATCH_GET_ITEM, Operation.BATCH_WRITE_ITEM, Operation.TRANSACT_WRITE_ITEMS,
];

/**
 * Alarms and a dashboard for one stage. Alarms go to an SNS topic encrypted with a key of its own
 * (CloudWatch cannot publish to a topic under the AWS-managed SNS key), with an e-mail subscription when
 * `alarmEmail` is given. Missing data is not breaching: no traffic is not an incident.
 *
 * The sign-in triggers fail closed (a failing trigger locks people out), so each alarms on its first
 * failure: Lambda errors (for the pre-authentication trigger, less the sign-ins it refused for a lock on
 * purpose, which Lambda counts as errors too), the failures its code reports (`TriggerFailures`: a
 * fail-closed path taken), and throttles.
 *
 * CloudFront publishes its metrics in us-east-1 only, and an alarm reads its own region's: the CloudFront
 * alarm exists only when the stack is deployed in us-east-1 (a CloudFormation condition); the dashboard
 * reads us-east-1 from anywhere.
 */
export class Monitoring extends Construct {
  readonly topic: Topic;
  readonly dashboard: Dashboard;
  /** Every alarm by its construct id. */
  readonly alarms: Record<string, Alarm> = {};

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    const thresholds = { ...DEFAULT_THRESHOLDS, ...props.thresholds };
    validate(props, thresholds);

    const key = new Key(this, 'AlarmTopicKey', {
      description: `Gongjian ${props.stage}: encrypts the alarm topic`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.DESTROY,
      pendingWindow: Duration.days(7),
    });
    key.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
      }),
    );
    this.topic = new Topic(this, 'AlarmTopic', {
      displayName: `Gongjian ${props.stage} alarms`,
      masterKey: key,
      enforceSSL: true,
    });
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));
    const action = new SnsAction(this.topic);

    const alarm = (alarmId: string, metric: IMetric, threshold: number, description: string, options: { periods?: number; operator?: ComparisonOperator } = {}) => {
      const created = new Alarm(this, alarmId, {
        alarmName: `${Stack.of(this).stackName}-${alarmId}`,
        alarmDescription: description,
        metric,
        threshold,
        evaluationPeriods: options.periods ?? 1,
        datapointsToAlarm: options.periods ?? 1,
        comparisonOperator: options.operator ?? ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      created.addAlarmAction(action);
      created.addOkAction(action);
      this.alarms[alarmId] = created;
      return created;
    };

    // The API: HTTP API 5xx rate, the function's errors, throttles and p99 duration.
    const apiRequests = props.httpApi.metricCount({ period: FIVE_MINUTES, statistic: 'Sum' });
    const api5xx = props.httpApi.metricServerError({ period: FIVE_MINUTES, statistic: 'Sum' });
    const api5xxRate = new MathExpression({
      expression: 'IF(requests >= 20, 100 * errors / requests, 0)',
      usingMetrics: { requests: apiRequests, errors: api5xx },
      period: FIVE_MINUTES,
      label: 'API 5xx rate (%)',
    });
    alarm('Api5xxRate', api5xxRate, thresholds.api5xxRatePercent, `More than ${thresholds.api5xxRatePercent}% of API requests answered 5xx (at least 20 requests in 5 minutes)`, {
      operator: ComparisonOperator.GREATER_THAN_THRESHOLD,
    });
    const apiErrors = props.apiFunction.metricErrors({ period: FIVE_MINUTES, statistic: 'Sum' });
    alarm('ApiFunctionErrors', apiErrors, thresholds.apiFunctionErrors, 'The GraphQL function failed (crash, out of memory or timeout) — not GraphQL errors, which it answers itself');
    const apiThrottles = props.apiFunction.metricThrottles({ period: FIVE_MINUTES, statistic: 'Sum' });
    alarm('ApiFunctionThrottles', apiThrottles, 1, 'The GraphQL function was throttled (account or reserved concurrency exhausted)');
    const apiP99 = props.apiFunction.metricDuration({ period: FIVE_MINUTES, statistic: 'p99' });
    alarm('ApiP99Duration', apiP99, thresholds.apiP99DurationMs, `p99 duration of the GraphQL function over ${thresholds.apiP99DurationMs} ms for 15 minutes`, {
      periods: 3,
      operator: ComparisonOperator.GREATER_THAN_THRESHOLD,
    });

    // The sign-in triggers: any failure.
    const triggerWidgets: GraphWidget[] = [];
    for (const [name, fn] of Object.entries(props.triggers) as [TriggerName, IFunction][]) {
      const service = TRIGGER_SERVICES[name];
      const errors = fn.metricErrors({ period: FIVE_MINUTES, statistic: 'Sum' });
      const failures = this.ownMetric(METRICS.triggerFailures, service, props.stage);
      if (name === 'PreAuthentication') {
        const locked = this.ownMetric(METRICS.signInLocked, service, props.stage);
        const unexpected = new MathExpression({
          expression: 'FILL(errors, 0) - FILL(locked, 0)',
          usingMetrics: { errors, locked },
          period: FIVE_MINUTES,
          label: 'errors other than lock refusals',
        });
        alarm(`${name}Errors`, unexpected, 1, 'The pre-authentication trigger failed (other than refusing a locked account): sign-in fails closed, nobody can sign in');
      } else {
        alarm(`${name}Errors`, errors, 1, `The ${name} trigger failed: sign-in fails closed${name === 'PreToken' ? ', nobody gets a token' : ''}`);
      }
      alarm(`${name}Failures`, failures, 1, `The ${name} trigger took a fail-closed path (${METRICS.triggerFailures}); see its log group`);
      const throttles = fn.metricThrottles({ period: FIVE_MINUTES, statistic: 'Sum' });
      alarm(`${name}Throttles`, throttles, 1, `The ${name} trigger was throttled: sign-ins fail`);
      triggerWidgets.push(
        new GraphWidget({
          title: `${name} trigger`,
          left: [fn.metricInvocations({ period: FIVE_MINUTES }), errors, throttles, failures],
          right: [fn.metricDuration({ period: FIVE_MINUTES, statistic: 'p99' })],
          width: 8,
        }),
      );
    }

    // DynamoDB: throttled requests and system errors over the operations the functions use.
    const throttled = props.table.metricThrottledRequestsForOperations({ operations: TABLE_OPERATIONS, period: FIVE_MINUTES });
    alarm('TableThrottledRequests', throttled, thresholds.tableThrottledRequests, 'DynamoDB throttled requests of the table');
    const systemErrors = props.table.metricSystemErrorsForOperations({ operations: TABLE_OPERATIONS, period: FIVE_MINUTES });
    alarm('TableSystemErrors', systemErrors, thresholds.tableSystemErrors, 'DynamoDB answered requests of the table with system errors (500)');

    // CloudFront (us-east-1 only, see above).
    const cloudFront5xxRate = new Metric(cloudFront5xxRateProps(props.distribution));
    const cloudFrontAlarm = alarm(
      'CloudFront5xxRate',
      new Metric({ ...cloudFront5xxRateProps(props.distribution), region: undefined }),
      thresholds.cloudFront5xxRatePercent,
      `More than ${thresholds.cloudFront5xxRatePercent}% of the site's requests answered 5xx at the edge`,
      { operator: ComparisonOperator.GREATER_THAN_THRESHOLD },
    );
    const inUsEast1 = new CfnCondition(this, 'InUsEast1', { expression: Fn.conditionEquals(Aws.REGION, 'us-east-1') });
    (cloudFrontAlarm.node.defaultChild as CfnResource).cfnOptions.condition = inUsEast1;

    // The dashboard.
    const operations = (metric: string, statistic: string, label: string) =>
      new MathExpression({
        expression: `SEARCH('{${METRIC_NAMESPACE},${DIMENSIONS.operation},service,${DIMENSIONS.stage}} MetricName="${metric}" service="${SERVICES.api}" ${DIMENSIONS.stage}="${props.stage}"', '${statistic}', 300)`,
        label,
        period: FIVE_MINUTES,
      });
    this.dashboard = new Dashboard(this, 'Dashboard', {
      dashboardName: `Gongjian-${props.stage}`,
      defaultInterval: Duration.hours(6),
    });
    this.dashboard.addWidgets(
      new TextWidget({
        markdown: `# Gongjian ${props.stage}\nAlarms go to the SNS topic \`${this.topic.topicName}\`. Logs: the functions' log groups (JSON, one line per request). Metrics: namespace \`${METRIC_NAMESPACE}\`.`,
        width: 24,
        height: 2,
      }),
      new AlarmStatusWidget({ title: 'Alarms', alarms: Object.values(this.alarms).filter((a) => a !== cloudFrontAlarm), width: 24, height: 4 }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({ title: 'API requests and 5xx', left: [apiRequests, api5xx, props.httpApi.metricClientError({ period: FIVE_MINUTES, statistic: 'Sum' })], right: [api5xxRate], width: 8 }),
      new GraphWidget({ title: 'API latency (HTTP API)', left: [props.httpApi.metricLatency({ period: FIVE_MINUTES, statistic: 'p50' }), props.httpApi.metricLatency({ period: FIVE_MINUTES, statistic: 'p99' })], width: 8 }),
      new GraphWidget({
        title: 'GraphQL function',
        left: [props.apiFunction.metricInvocations({ period: FIVE_MINUTES }), apiErrors, apiThrottles],
        right: [props.apiFunction.metricDuration({ period: FIVE_MINUTES, statistic: 'p50' }), apiP99],
        width: 8,
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({ title: 'Requests by operation', left: [operations(METRICS.requests, 'Sum', 'requests')], width: 8 }),
      new GraphWidget({ title: 'Errors by operation', left: [operations(METRICS.errors, 'Sum', 'errors')], width: 8 }),
      new GraphWidget({ title: 'p99 duration by operation (ms)', left: [operations(METRICS.duration, 'p99', 'p99')], width: 8 }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Errors by code',
        left: [
          new MathExpression({
            expression: `SEARCH('{${METRIC_NAMESPACE},${DIMENSIONS.errorCode},service,${DIMENSIONS.stage}} MetricName="${METRICS.errorsByCode}" ${DIMENSIONS.stage}="${props.stage}"', 'Sum', 300)`,
            label: 'errors',
            period: FIVE_MINUTES,
          }),
        ],
        width: 12,
      }),
      new GraphWidget({
        title: 'Alliance: units, pairings, members (per hour)',
        left: BUSINESS_METRIC_NAMES.map((name) => this.ownMetric(name, SERVICES.api, props.stage, Duration.hours(1))),
        width: 12,
      }),
    );
    this.dashboard.addWidgets(...triggerWidgets);
    this.dashboard.addWidgets(
      // One widget each: both expressions name their metrics by operation (a graph may not hold two `getitem`s).
      new GraphWidget({ title: 'DynamoDB throttled requests', left: [throttled], width: 8 }),
      new GraphWidget({ title: 'DynamoDB system errors', left: [systemErrors], width: 8 }),
      new GraphWidget({
        title: 'DynamoDB consumed capacity',
        left: [props.table.metricConsumedReadCapacityUnits({ period: FIVE_MINUTES }), props.table.metricConsumedWriteCapacityUnits({ period: FIVE_MINUTES })],
        width: 8,
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'CloudFront (us-east-1)',
        left: [
          new Metric({ namespace: 'AWS/CloudFront', metricName: 'Requests', dimensionsMap: { DistributionId: props.distribution.distributionId, Region: 'Global' }, statistic: 'Sum', period: FIVE_MINUTES, region: 'us-east-1' }),
        ],
        right: [cloudFront5xxRate],
        width: 24,
      }),
    );
  }

  /** A metric the functions emit themselves (EMF, namespace Gongjian, dimensions service and stage). */
  private ownMetric(metricName: string, service: string, stage: string, period: Duration = FIVE_MINUTES): Metric {
    return new Metric({
      namespace: METRIC_NAMESPACE,
      metricName,
      dimensionsMap: { service, [DIMENSIONS.stage]: stage },
      statistic: 'Sum',
      period,
    });
  }
}

/** CloudFront's 5xx rate, read from us-east-1 (where CloudFront publishes) by the dashboard. */
function cloudFront5xxRateProps(distribution: IDistribution): MetricProps {
  return {
    namespace: 'AWS/CloudFront',
    metricName: '5xxErrorRate',
    dimensionsMap: { DistributionId: distribution.distributionId, Region: 'Global' },
    statistic: 'Average',
    period: FIVE_MINUTES,
    region: 'us-east-1',
  };
}

function validate(props: MonitoringProps, thresholds: AlarmThresholds): void {
  if (props.alarmEmail !== undefined && !Token.isUnresolved(props.alarmEmail) && !EMAIL.test(props.alarmEmail)) {
    throw new Error(`alarmEmail must be an e-mail address such as ops@example.org, received '${props.alarmEmail}'`);
  }
  for (const [name, value] of Object.entries(thresholds)) {
    if (!(typeof value === 'number' && Number.isFinite(value) && value > 0)) {
      throw new Error(`thresholds.${name} must be a positive number, received ${String(value)}`);
    }
  }
}
