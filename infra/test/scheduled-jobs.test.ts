import { Match, Template } from 'aws-cdk-lib/assertions';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { beforeAll, describe, expect, it } from 'vitest';
import { JOB_METRICS } from '../../functions/src/handlers/scheduled-metrics';
import { addGongjianStack } from '../lib/gongjian-app';
import { DataTable } from '../lib/data-table';
import { FilesBucket } from '../lib/files-bucket';
import { ARCHIVE_MAINTENANCE, ScheduledJobs } from '../lib/scheduled-jobs';
import { ADMIN_DIST_FIXTURE, HANDLER_FIXTURE, PROD_CONTEXT, nagFindings, testApp, testStack } from './support';

type Statement = { Action: string | string[]; Resource: unknown; Effect: string };
const actionsOf = (statement: Statement) => (Array.isArray(statement.Action) ? statement.Action : [statement.Action]);

describe('Construct: ScheduledJobs (in the stack)', () => {
  let template: Template;
  let findings: string[];
  let functionId: string;
  let statements: Statement[];

  beforeAll(() => {
    // Prepare / Act: the whole stack, cdk-nag on synth (an unacknowledged error throws)
    const app = testApp(PROD_CONTEXT);
    const stack = addGongjianStack(app, { apiEntry: HANDLER_FIXTURE, adminAssetPath: ADMIN_DIST_FIXTURE });
    const assembly = app.synth();
    findings = nagFindings(assembly.directory);
    template = Template.fromStack(stack);
    functionId = stack.getLogicalId(stack.jobs.function.node.defaultChild as never);
    const roleId = stack.getLogicalId(stack.jobs.function.role!.node.defaultChild as never);
    const policies = Object.values(template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: roleId }] } }));
    statements = policies.flatMap((p) => p.Properties.PolicyDocument.Statement as Statement[]);
  });

  it('runs archive-maintenance daily at 03:00 Asia/Shanghai (19:00 UTC) with the job named in the event, retried', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'cron(0 19 * * ? *)',
      State: 'ENABLED',
      Targets: [
        {
          Arn: { 'Fn::GetAtt': [functionId, 'Arn'] },
          Input: JSON.stringify({ job: 'archive-maintenance' }),
          RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 6 * 3600 },
        },
      ],
    });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      FunctionName: { 'Fn::GetAtt': [functionId, 'Arn'] },
      Principal: 'events.amazonaws.com',
    });
  });

  it('records the meetings\' reminders every 15 minutes, the job named in the event', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(15 minutes)',
      State: 'ENABLED',
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [functionId, 'Arn'] }, Input: JSON.stringify({ job: 'meeting-reminders' }) })],
    });
    template.resourceCountIs('AWS::Events::Rule', 2);
  });

  it('is one function (one run per job at a time), 15 minutes, its work budget below that, with the table and the files bucket named', () => {
    const fn = template.findResources('AWS::Lambda::Function')[functionId]!.Properties;
    expect(fn).toMatchObject({ Timeout: 900, ReservedConcurrentExecutions: 2, Runtime: 'nodejs22.x', Architectures: ['arm64'] });
    expect(fn.Environment.Variables).toMatchObject({
      JOB_TIME_BUDGET_SECONDS: '720',
      POWERTOOLS_SERVICE_NAME: 'gongjian-scheduled-jobs',
      STAGE: 'prod',
      TABLE_NAME: { Ref: expect.stringMatching(/^DataTable/) },
      FILES_BUCKET_NAME: { Ref: expect.stringMatching(/^FilesBucket/) },
    });
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 180, KmsKeyId: Match.anyValue() });
  });

  it('may read and delete stored files (files/) only, never write or reach the other prefixes', () => {
    const s3 = statements.filter((s) => actionsOf(s).some((a) => a.startsWith('s3:')));
    const objectGrant = s3.find((s) => actionsOf(s).includes('s3:DeleteObject'))!;
    expect(actionsOf(objectGrant).sort()).toEqual(['s3:DeleteObject', 's3:GetObject']);
    expect(JSON.stringify(objectGrant.Resource)).toContain('/files/*');
    expect(JSON.stringify(objectGrant.Resource)).not.toMatch(/uploads\/|payloads\/|generated\//);
    const actions = s3.flatMap(actionsOf);
    expect(actions).not.toContain('s3:PutObject');
    expect(actions).toContain('s3:ListBucket');
    // The table: items and its indexes by name (DataTable.bind); the key: decrypt through S3 and DynamoDB only
    const table = statements.find((s) => actionsOf(s).includes('dynamodb:TransactWriteItems') || actionsOf(s).includes('dynamodb:Query'))!;
    expect(JSON.stringify(table.Resource)).toContain('/index/gsi6');
    const kms = statements.filter((s) => actionsOf(s).some((a) => a.startsWith('kms:')));
    expect(kms.length).toBeGreaterThan(0);
    for (const s of kms) expect(JSON.stringify(s)).toContain('kms:ViaService');
  });

  it('alarms on its errors, a part that failed and a document not intact, to the monitoring topic', () => {
    const topic = Object.keys(template.findResources('AWS::SNS::Topic'))[0]!;
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmName: 'Gongjian-prod-JobErrors',
      MetricName: 'Errors',
      Namespace: 'AWS/Lambda',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: functionId } }],
      Threshold: 1,
      AlarmActions: [{ Ref: topic }],
    });
    for (const metric of [JOB_METRICS.failures, JOB_METRICS.archiveProblems]) {
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        MetricName: metric,
        Namespace: 'Gongjian',
        Dimensions: Match.arrayWith([{ Name: 'service', Value: 'gongjian-scheduled-jobs' }, { Name: 'stage', Value: 'prod' }]),
        Threshold: 1,
        AlarmActions: [{ Ref: topic }],
        OKActions: [{ Ref: topic }],
      });
    }
  });

  it('leaves no cdk-nag finding unacknowledged', () => {
    expect(findings).toEqual([]);
  });
});

describe('Construct: ScheduledJobs (props)', () => {
  const parts = () => {
    const stack = testStack();
    const table = new DataTable(stack, 'Data', {});
    const files = new FilesBucket(stack, 'Files', { allowedOrigins: ['https://admin.example.org'], accessLogsBucket: new Bucket(stack, 'Logs') });
    return { stack, table, files, alarmTopic: new Topic(stack, 'Alarms') };
  };

  it('refuses a log retention under 180 days and a job named twice, saying what it received', () => {
    const { stack, table, files, alarmTopic } = parts();
    expect(() => new ScheduledJobs(stack, 'Short', { stage: 'dev', table, files, alarmTopic, logRetention: RetentionDays.ONE_MONTH })).toThrow(
      'logRetention must be at least 180 days, received 30',
    );
    expect(() => new ScheduledJobs(stack, 'Twice', { stage: 'dev', table, files, alarmTopic, jobs: [ARCHIVE_MAINTENANCE, ARCHIVE_MAINTENANCE] })).toThrow(
      "jobs must be unique, received 'archive-maintenance' twice",
    );
  });
});
