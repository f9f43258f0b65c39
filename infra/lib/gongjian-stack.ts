import { Annotations, Aws, CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { AccessLogsBucket } from './access-logs-bucket';
import { AdminSite } from './admin-site';
import { CONTEXT, operatorSettingsOf, type OperatorSettings } from './context';
import { DataKey } from './data-key';
import { DataTable } from './data-table';
import { FilesBucket } from './files-bucket';
import { GRAPHQL_PATH, GraphqlApi } from './graphql-api';
import { IDLE_MINUTES } from '../../functions/src/auth/session';
import { Identity, partnerRegionsOf, type PartnerRegions } from './identity';
import { Monitoring } from './monitoring';
import { ScheduledJobs } from './scheduled-jobs';
import { TableBackup } from './table-backup';

export interface GongjianStackProps extends StackProps {
  /** Deployment stage (`dev`, `prod` …): part of the stack name and passed to the handler. */
  readonly stage: string;
  /**
   * The GraphQL handler module.
   * @default functions/src/handlers/graphql.ts
   */
  readonly apiEntry?: string;
  /**
   * The built admin SPA.
   * @default admin/dist
   */
  readonly adminAssetPath?: string;
  /**
   * Partner app client id → region, for partner systems' client-credentials tokens (see `Identity`).
   * @default the context value `partnerRegions` (a JSON object), else {}
   */
  readonly partnerRegions?: PartnerRegions;
  /**
   * Where alarms are mailed (an e-mail subscription to the alarm topic).
   * @default the context value `alarmEmail`, else no subscription
   */
  readonly alarmEmail?: string;
  /**
   * X-Ray active tracing of the API function and the Cognito triggers, with their tracers.
   * @default the context value `tracing` (`true` or `"true"`), else false
   */
  readonly tracing?: boolean;
  /**
   * WAF, backups, concurrency and the key (context values of `context.ts`).
   * @default read from context by operatorSettingsOf
   */
  readonly settings?: OperatorSettings;
}

/** Warning id of synth when WAF is on but the web ACL's ARN was not passed (the main stack is left out). */
export const WEB_ACL_MISSING = 'gongjian:webAclMissing';

/** What to do when WAF is on and the web ACL's ARN is missing. */
export function webAclMissing(id: string, stage: string): string {
  return (
    `WAF is on for stage '${stage}' (context ${CONTEXT.waf}), so the distribution of ${id} needs the web ACL of the stack ` +
    `${id}-edge (us-east-1): deploy that first (cdk deploy ${id}-edge -c stage=${stage}), then pass its output WebAclArn ` +
    `with -c ${CONTEXT.webAclArn}=<arn>, or turn WAF off with -c ${CONTEXT.waf}=false (infra/README.md, "WAF")`
  );
}

/** The context values this stack reads besides `stage` and `partnerRegions`. */
export const CONTEXT_ALARM_EMAIL = 'alarmEmail';
export const CONTEXT_TRACING = 'tracing';

/** Everything Gongjian runs on in one AWS account and region. */
export class GongjianStack extends Stack {
  readonly table: DataTable;
  readonly files: FilesBucket;
  readonly api: GraphqlApi;
  readonly site: AdminSite;
  readonly identity: Identity;
  readonly monitoring: Monitoring;
  readonly jobs: ScheduledJobs;
  readonly dataKey: DataKey;
  readonly backup: TableBackup;
  readonly settings: OperatorSettings;

  constructor(scope: Construct, id: string, props: GongjianStackProps) {
    super(scope, id, props);
    const settings = props.settings ?? operatorSettingsOf(this, props.stage);
    this.settings = settings;

    const accessLogs = new AccessLogsBucket(this, 'AccessLogs');
    this.dataKey = new DataKey(this, 'DataKey', { stage: props.stage, existingKeyArn: settings.kmsKeyArn });
    const encryptionKey = this.dataKey.key;
    this.table = new DataTable(this, 'Data', { encryptionKey });
    this.backup = new TableBackup(this, 'Backup', {
      stage: props.stage,
      table: this.table.table,
      encryptionKey,
      retentionDays: settings.backupRetentionDays,
    });
    const tracing = props.tracing ?? tracingOf(this);
    this.api = new GraphqlApi(this, 'Api', {
      stage: props.stage,
      entry: props.apiEntry,
      tracing,
      encryptionKey,
      reservedConcurrency: settings.apiReservedConcurrency,
      provisionedConcurrency: settings.apiProvisionedConcurrency,
    });
    this.identity = new Identity(this, 'Identity', {
      stage: props.stage,
      table: this.table,
      partnerRegions: props.partnerRegions ?? partnerRegionsOf(this),
      tracing,
      encryptionKey,
      reservedConcurrency: settings.triggerReservedConcurrency,
    });
    const { waf } = settings;
    if (waf.enabled && !waf.webAclArn) throw new Error(webAclMissing(id, props.stage));
    if (!waf.enabled && waf.webAclArn) {
      Annotations.of(this).addWarningV2('gongjian:webAclIgnored', `context ${CONTEXT.webAclArn} is ignored: WAF is off for stage '${props.stage}'`);
    }
    this.site = new AdminSite(this, 'AdminSite', {
      apiDomainName: this.api.domainName,
      apiPath: GRAPHQL_PATH,
      // Requests that reach the API's own endpoint without this header are refused (the back door closed).
      apiOriginHeaders: this.api.originHeaders,
      accessLogsBucket: accessLogs.bucket,
      assetPath: props.adminAssetPath,
      webAclArn: waf.enabled ? waf.webAclArn : undefined,
      // Presigned uploads go straight to S3. The files bucket's exact host cannot be named here:
      // its CORS rule already depends on the distribution, and the reverse would be a cycle.
      // Sign-in (Amplify, SRP) talks to the Cognito user pool API of this region.
      connectSources: [`https://*.s3.${Aws.REGION}.${Aws.URL_SUFFIX}`, `https://cognito-idp.${Aws.REGION}.${Aws.URL_SUFFIX}`],
      // GET /auth/config: what the SPA signs in with (SRP against the pool) and its idle limit.
      authConfig: {
        userPoolId: this.identity.userPool.userPoolId,
        userPoolClientId: this.identity.spaClient.userPoolClientId,
        idleMinutes: IDLE_MINUTES,
      },
    });
    this.files = new FilesBucket(this, 'Files', {
      allowedOrigins: [this.site.url],
      accessLogsBucket: accessLogs.bucket,
      encryptionKey,
      fileVersionRetentionDays: settings.fileVersionRetentionDays,
    });

    this.table.bind(this.api.function);
    this.files.bind(this.api.function);
    this.identity.bind(this.api.function);
    // The accounts area makes people's accounts in the pool: its id, and the admin actions on exactly this pool.
    this.identity.bindDirectory(this.api.function);

    this.monitoring = new Monitoring(this, 'Monitoring', {
      stage: props.stage,
      apiFunction: this.api.function,
      httpApi: this.api.httpApi,
      triggers: this.identity.triggers,
      table: this.table.table,
      distribution: this.site.distribution,
      alarmEmail: props.alarmEmail ?? alarmEmailOf(this),
    });
    // The archive's daily maintenance (and later jobs): its own function, alarms to the same topic.
    this.jobs = new ScheduledJobs(this, 'Jobs', {
      stage: props.stage,
      table: this.table,
      files: this.files,
      alarmTopic: this.monitoring.topic,
      encryptionKey,
      tracing,
      reserveConcurrency: settings.triggerReservedConcurrency !== undefined,
    });

    new CfnOutput(this, 'SiteUrl', { value: this.site.url, description: 'Admin SPA' });
    new CfnOutput(this, 'GraphqlUrl', {
      value: `${this.site.url}${GRAPHQL_PATH}`,
      description: 'GraphQL endpoint for every client, same origin as the SPA',
    });
    new CfnOutput(this, 'HttpApiUrl', {
      value: `${this.api.endpoint}${GRAPHQL_PATH}`,
      description: 'The HTTP API behind CloudFront; it refuses requests that did not come through CloudFront (diagnostics only)',
    });
    new CfnOutput(this, 'TableName', { value: this.table.tableName });
    new CfnOutput(this, 'FilesBucketName', { value: this.files.bucketName });
    new CfnOutput(this, 'AdminBucketName', { value: this.site.bucket.bucketName });
    new CfnOutput(this, 'UserPoolId', { value: this.identity.userPool.userPoolId });
    new CfnOutput(this, 'SpaClientId', {
      value: this.identity.spaClient.userPoolClientId,
      description: 'App client of the admin SPA (SRP sign-in, no secret)',
    });
    new CfnOutput(this, 'PartnerClientId', {
      value: this.identity.partnerClient.userPoolClientId,
      description: 'App client for partner systems (client credentials); its secret: aws cognito-idp describe-user-pool-client',
    });
    new CfnOutput(this, 'CognitoDomain', {
      value: this.identity.domainUrl,
      description: 'Cognito domain; the token endpoint is <domain>/oauth2/token',
    });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.monitoring.topic.topicArn, description: 'SNS topic of every alarm' });
    new CfnOutput(this, 'DashboardName', { value: this.monitoring.dashboard.dashboardName, description: 'CloudWatch dashboard' });
    new CfnOutput(this, 'DataKeyArn', { value: encryptionKey.keyArn, description: `KMS key of the table, files, logs, secrets and backups (alias/gongjian-${props.stage})` });
    new CfnOutput(this, 'BackupVaultName', { value: this.backup.vault.backupVaultName, description: 'AWS Backup vault of the table (daily and monthly recovery points)' });
    new CfnOutput(this, 'AuthIssuer', { value: this.identity.issuer, description: 'Access-token issuer (AUTH_ISSUER)' });
  }
}

/** `-c tracing=true` (the CLI passes a string) or `"tracing": true` in cdk.json. Anything else but false/absent stops synth. */
export function tracingOf(scope: Construct): boolean {
  const value: unknown = scope.node.tryGetContext(CONTEXT_TRACING);
  if (value === undefined || value === false || value === 'false') return false;
  if (value === true || value === 'true') return true;
  throw new Error(`context 'tracing' must be true or false, received '${String(value)}'`);
}

/** `-c alarmEmail=ops@example.org`; absent or empty means no subscription. */
export function alarmEmailOf(scope: Construct): string | undefined {
  const value: unknown = scope.node.tryGetContext(CONTEXT_ALARM_EMAIL);
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw new Error(`context 'alarmEmail' must be an e-mail address, received '${String(value)}'`);
  return value;
}
