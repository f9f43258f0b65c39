import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { addGongjianStack } from '../lib/gongjian-app';
import { DEFAULT_THRESHOLDS, Monitoring } from '../lib/monitoring';
import { ADMIN_DIST_FIXTURE, HANDLER_FIXTURE, PROD_CONTEXT, testApp } from './support';

interface ValidationReport {
  pluginReports: Array<{ violations: Array<{ ruleName: string; severity: string }> }>;
}

/** The whole stack with the given context; cdk-nag runs on synth (an unacknowledged error throws). */
function synth(context: Record<string, unknown> = {}) {
  const app = testApp({ ...PROD_CONTEXT, ...context });
  const stack = addGongjianStack(app, { apiEntry: HANDLER_FIXTURE, adminAssetPath: ADMIN_DIST_FIXTURE });
  const assembly = app.synth();
  const report = JSON.parse(readFileSync(join(assembly.directory, 'validation-report.json'), 'utf8')) as ValidationReport;
  return { stack, template: Template.fromStack(stack), findings: report.pluginReports.flatMap((p) => p.violations.map((v) => `${v.severity} ${v.ruleName}`)) };
}

type Resource = { Properties: Record<string, unknown>; Condition?: string };
const alarmsOf = (template: Template) => template.findResources('AWS::CloudWatch::Alarm') as Record<string, Resource>;
const alarmNamed = (template: Template, id: string): Resource => {
  const found = Object.entries(alarmsOf(template)).find(([logicalId]) => logicalId.startsWith(`Monitoring${id}`) && !logicalId.slice(`Monitoring${id}`.length).match(/^[A-Z][a-z]/));
  if (!found) throw new Error(`no alarm ${id}`);
  return found[1];
};
const topicRef = (template: Template) => ({ Ref: Object.keys(template.findResources('AWS::SNS::Topic'))[0] });

describe('Construct: Monitoring (in the stack, defaults)', () => {
  let template: Template;
  let findings: string[];

  beforeAll(() => {
    ({ template, findings } = synth());
  });

  it.each([
    // id, metric (or math), threshold, comparison, evaluation periods
    ['Api5xxRate', 'math', DEFAULT_THRESHOLDS.api5xxRatePercent, 'GreaterThanThreshold', 1],
    ['ApiFunctionErrors', 'Errors', DEFAULT_THRESHOLDS.apiFunctionErrors, 'GreaterThanOrEqualToThreshold', 1],
    ['ApiFunctionThrottles', 'Throttles', 1, 'GreaterThanOrEqualToThreshold', 1],
    ['ApiP99Duration', 'Duration', DEFAULT_THRESHOLDS.apiP99DurationMs, 'GreaterThanThreshold', 3],
    ['PreTokenErrors', 'Errors', 1, 'GreaterThanOrEqualToThreshold', 1],
    ['PreTokenFailures', 'TriggerFailures', 1, 'GreaterThanOrEqualToThreshold', 1],
    ['PreTokenThrottles', 'Throttles', 1, 'GreaterThanOrEqualToThreshold', 1],
    ['PreAuthenticationErrors', 'math', 1, 'GreaterThanOrEqualToThreshold', 1],
    ['PreAuthenticationFailures', 'TriggerFailures', 1, 'GreaterThanOrEqualToThreshold', 1],
    ['PreAuthenticationThrottles', 'Throttles', 1, 'GreaterThanOrEqualToThreshold', 1],
    ['PostAuthenticationErrors', 'Errors', 1, 'GreaterThanOrEqualToThreshold', 1],
    ['PostAuthenticationFailures', 'TriggerFailures', 1, 'GreaterThanOrEqualToThreshold', 1],
    ['PostAuthenticationThrottles', 'Throttles', 1, 'GreaterThanOrEqualToThreshold', 1],
    ['TableThrottledRequests', 'math', DEFAULT_THRESHOLDS.tableThrottledRequests, 'GreaterThanOrEqualToThreshold', 1],
    ['TableSystemErrors', 'math', DEFAULT_THRESHOLDS.tableSystemErrors, 'GreaterThanOrEqualToThreshold', 1],
    ['CloudFront5xxRate', '5xxErrorRate', DEFAULT_THRESHOLDS.cloudFront5xxRatePercent, 'GreaterThanThreshold', 1],
  ])('alarms %s on %s at %d, to the topic (alarm and OK)', (id, metric, threshold, comparison, periods) => {
    const alarm = alarmNamed(template, id);
    expect(alarm.Properties).toMatchObject({
      Threshold: threshold,
      ComparisonOperator: comparison,
      EvaluationPeriods: periods,
      DatapointsToAlarm: periods,
      TreatMissingData: 'notBreaching',
      AlarmActions: [topicRef(template)],
      OKActions: [topicRef(template)],
    });
    if (metric === 'math') expect(alarm.Properties.Metrics).toEqual(expect.arrayContaining([expect.objectContaining({ Expression: expect.any(String) })]));
    else expect(alarm.Properties.MetricName).toBe(metric);
  });

  it('has no alarm the table above does not name', () => {
    // The scheduled jobs' alarms are their construct's (scheduled-jobs.test.ts).
    expect(Object.keys(alarmsOf(template)).filter((id) => id.startsWith('Monitoring'))).toHaveLength(16);
  });

  it('watches the API function, not the triggers, for the API figures, and the 5xx rate only above 20 requests', () => {
    expect(alarmNamed(template, 'ApiFunctionErrors').Properties.Dimensions).toEqual([{ Name: 'FunctionName', Value: { Ref: expect.stringMatching(/^ApiFunction/) } }]);
    expect(alarmNamed(template, 'ApiP99Duration').Properties.ExtendedStatistic).toBe('p99');
    const expressions = (alarmNamed(template, 'Api5xxRate').Properties.Metrics as { Expression?: string }[]).flatMap((m) => (m.Expression ? [m.Expression] : []));
    expect(expressions).toEqual(['IF(requests >= 20, 100 * errors / requests, 0)']);
  });

  it("leaves the pre-authentication trigger's deliberate lock refusals out of its error alarm", () => {
    const metrics = alarmNamed(template, 'PreAuthenticationErrors').Properties.Metrics as { Id: string; Expression?: string; MetricStat?: { Metric: { MetricName: string; Namespace: string } } }[];
    expect(metrics.find((m) => m.Expression)?.Expression).toBe('FILL(errors, 0) - FILL(locked, 0)');
    expect(metrics.find((m) => m.Id === 'locked')?.MetricStat?.Metric).toMatchObject({ MetricName: 'SignInLocked', Namespace: 'Gongjian' });
    expect(metrics.find((m) => m.Id === 'errors')?.MetricStat?.Metric).toMatchObject({ MetricName: 'Errors', Namespace: 'AWS/Lambda' });
  });

  it('reads the triggers\' own failures by service and stage', () => {
    expect(alarmNamed(template, 'PreTokenFailures').Properties).toMatchObject({
      Namespace: 'Gongjian',
      Dimensions: expect.arrayContaining([{ Name: 'service', Value: 'gongjian-pre-token' }, { Name: 'stage', Value: 'prod' }]),
    });
  });

  it('creates the CloudFront alarm only in us-east-1, where CloudFront publishes its metrics', () => {
    const alarm = alarmNamed(template, 'CloudFront5xxRate');
    expect(alarm.Condition).toBeDefined();
    expect(template.toJSON().Conditions[alarm.Condition!]).toEqual({ 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'us-east-1'] });
    expect(alarm.Properties.Dimensions).toEqual(expect.arrayContaining([{ Name: 'Region', Value: 'Global' }]));
  });

  it('encrypts the topic with a rotated key of its own that CloudWatch may use, and refuses plain HTTP', () => {
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^MonitoringAlarmTopicKey'), 'Arn'] } });
    template.hasResourceProperties('AWS::KMS::Key', {
      EnableKeyRotation: true,
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({ Principal: { Service: 'cloudwatch.amazonaws.com' }, Action: ['kms:Decrypt', 'kms:GenerateDataKey*'] }),
        ]),
      },
    });
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
  });

  it('subscribes no one without the context value alarmEmail', () => {
    template.resourceCountIs('AWS::SNS::Subscription', 0);
  });

  it('draws the dashboard Gongjian-<stage> with the API, GraphQL, business, trigger, table and CloudFront figures', () => {
    template.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
    template.hasResourceProperties('AWS::CloudWatch::Dashboard', { DashboardName: 'Gongjian-prod' });
    const body = JSON.stringify(Object.values(template.findResources('AWS::CloudWatch::Dashboard'))[0]!.Properties.DashboardBody);
    for (const figure of ['5xxErrorRate', 'Requests by operation', 'Errors by code', 'UnitsRegistered', 'MembersImported', 'PreToken trigger', 'ThrottledRequests', 'SystemErrors', 'us-east-1']) {
      expect(body).toContain(figure);
    }
  });

  it('outputs the topic and the dashboard', () => {
    template.hasOutput('AlarmTopicArn', {});
    template.hasOutput('DashboardName', {});
  });

  it('gives the functions their Powertools settings, and no tracing', () => {
    const functions = Object.values(template.findResources('AWS::Lambda::Function')).filter((fn) => fn.Properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME);
    expect(functions.map((fn) => fn.Properties.Environment.Variables.POWERTOOLS_SERVICE_NAME).sort()).toEqual([
      'gongjian-api', 'gongjian-post-authentication', 'gongjian-pre-authentication', 'gongjian-pre-token', 'gongjian-scheduled-jobs',
    ]);
    for (const fn of functions) {
      expect(fn.Properties.Environment.Variables).toMatchObject({ STAGE: 'prod', POWERTOOLS_LOG_LEVEL: 'INFO', POWERTOOLS_LOGGER_SAMPLE_RATE: '0.01', POWERTOOLS_METRICS_NAMESPACE: 'Gongjian' });
      expect(fn.Properties.Environment.Variables.GONGJIAN_TRACING).toBeUndefined();
      expect(fn.Properties.TracingConfig).toBeUndefined();
    }
  });

  it('leaves no cdk-nag finding unacknowledged', () => {
    expect(findings).toEqual([]);
  });
});

describe('Construct: Monitoring (context alarmEmail and tracing)', () => {
  let template: Template;
  let findings: string[];

  beforeAll(() => {
    ({ template, findings } = synth({ alarmEmail: 'ops@example.org', tracing: 'true' }));
  });

  it('subscribes the alarmEmail address to the topic', () => {
    template.resourceCountIs('AWS::SNS::Subscription', 1);
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@example.org', TopicArn: topicRef(template) });
  });

  it('traces the API function, the three triggers and the scheduled jobs with X-Ray and turns their tracers on', () => {
    const functions = Object.values(template.findResources('AWS::Lambda::Function')).filter((fn) => fn.Properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME);
    expect(functions).toHaveLength(5);
    for (const fn of functions) {
      expect(fn.Properties.TracingConfig).toEqual({ Mode: 'Active' });
      expect(fn.Properties.Environment.Variables.GONGJIAN_TRACING).toBe('on');
    }
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Action: ['xray:PutTelemetryRecords', 'xray:PutTraceSegments'], Resource: '*' })]) },
    });
  });

  it('stays clean under cdk-nag (the X-Ray grant on * acknowledged where tracing is on)', () => {
    expect(findings).toEqual([]);
  });
});

describe('Construct: Monitoring (failing)', () => {
  it('refuses an alarmEmail that is not an e-mail address', () => {
    expect(() => synth({ alarmEmail: 'ops at example' })).toThrow("alarmEmail must be an e-mail address such as ops@example.org, received 'ops at example'");
  });

  it('refuses a tracing value other than true or false', () => {
    expect(() => synth({ tracing: 'yes' })).toThrow("context 'tracing' must be true or false, received 'yes'");
  });

  it('refuses a threshold that is not a positive number', () => {
    const { stack } = synth();
    expect(
      () =>
        new Monitoring(stack, 'Again', {
          stage: 'prod',
          apiFunction: stack.api.function,
          httpApi: stack.api.httpApi,
          triggers: stack.identity.triggers,
          table: stack.table.table,
          distribution: stack.site.distribution,
          thresholds: { apiP99DurationMs: 0 },
        }),
    ).toThrow('thresholds.apiP99DurationMs must be a positive number, received 0');
  });
});
