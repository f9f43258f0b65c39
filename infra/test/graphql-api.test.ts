import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ESM_REQUIRE_BANNER, GraphqlApi } from '../lib/graphql-api';
import { LAZY_MODULES, lazyModuleFolders, SDK_CREDENTIAL_PROVIDERS } from '../lib/node-function';
import { HANDLER_FIXTURE, grantedActions, testStack } from './support';

describe('Construct: GraphqlApi', () => {
  let template: Template;

  beforeAll(() => {
    // Prepare
    const stack = testStack();
    // Act
    new GraphqlApi(stack, 'Api', { stage: 'test', entry: HANDLER_FIXTURE });
    template = Template.fromStack(stack);
  });

  it('runs the handler on Node 22, arm64, 1024 MB, 29 s', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      MemorySize: 1024,
      Timeout: 29,
    });
  });

  it('passes the stage and turns on source maps', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ STAGE: 'test', NODE_OPTIONS: '--enable-source-maps' }) },
    });
  });

  it('configures Powertools (service, level, debug sample, metrics namespace) and traces nothing by default', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({ POWERTOOLS_SERVICE_NAME: 'gongjian-api', POWERTOOLS_LOG_LEVEL: 'INFO', POWERTOOLS_LOGGER_SAMPLE_RATE: '0.01', POWERTOOLS_METRICS_NAMESPACE: 'Gongjian', GONGJIAN_TRACING: Match.absent() }),
      },
      TracingConfig: Match.absent(),
    });
  });

  it('keeps every log group at least 180 days, and keeps it when the stack is deleted', () => {
    const logGroups = Object.values(template.findResources('AWS::Logs::LogGroup'));

    expect(logGroups).toHaveLength(2); // the function's and the API's access log
    for (const logGroup of logGroups) {
      expect(logGroup.Properties.RetentionInDays).toBeGreaterThanOrEqual(180);
      expect(logGroup.DeletionPolicy).toBe('Retain');
    }
    template.hasResourceProperties('AWS::Lambda::Function', {
      LoggingConfig: { LogGroup: { Ref: Match.stringLikeRegexp('^ApiFunctionLogs') } },
    });
  });

  it('gives the function its own role that may only write its logs and read its vault key', () => {
    template.hasResourceProperties('AWS::IAM::Role', { ManagedPolicyArns: Match.absent() });
    expect(grantedActions(template).sort()).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents', 'secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue']);
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [
          Match.objectLike({ Resource: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ApiFunctionLogs'), 'Arn'] } }),
          Match.objectLike({ Action: ['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue'], Resource: { Ref: Match.stringLikeRegexp('^ApiVaultKey') } }),
        ],
      },
    });
  });

  it('routes GET and POST /graphql, GET /open/{proxy+} (open data) and GET /calendar/{proxy+} (calendar feeds) to the function through an HTTP API', () => {
    template.resourceCountIs('AWS::ApiGatewayV2::Api', 1);
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', { ProtocolType: 'HTTP' });
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'GET /graphql' });
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'POST /graphql' });
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'GET /open/{proxy+}' });
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'GET /calendar/{proxy+}', AuthorizationType: 'NONE' });
    template.resourceCountIs('AWS::ApiGatewayV2::Route', 4);
    // Every route goes to the one function (the handler routes by path).
    const integrations = Object.values(template.findResources('AWS::ApiGatewayV2::Integration'));
    expect(new Set(integrations.map((i) => JSON.stringify(i.Properties.IntegrationUri))).size).toBe(1);
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      PayloadFormatVersion: '2.0',
      IntegrationUri: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ApiFunction'), 'Arn'] },
    });
  });

  it('throttles the default stage and writes its access log', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 100, ThrottlingBurstLimit: 200 },
      AccessLogSettings: {
        DestinationArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ApiAccessLogs'), 'Arn'] },
        Format: Match.stringLikeRegexp('\\$context\\.requestId'),
      },
    });
  });
});

/**
 * The real handler's asset folder, bundled once for the tests that read it (each bundling takes seconds): they only
 * read it and add probe files of their own names.
 */
let realHandlerAsset: string | undefined;

/** Synthesizes a GraphqlApi with bundling on, as in `cdk synth` (esbuild runs locally, no Docker); its asset folder. */
function bundledAsset(entry?: string): string {
  if (!entry) return (realHandlerAsset ??= synthesizedAsset());
  return synthesizedAsset(entry);
}

function synthesizedAsset(entry?: string): string {
  const app = new App();
  const stack = new Stack(app, 'Bundled');
  new GraphqlApi(stack, 'Api', { stage: 'test', entry });
  const assembly = app.synth();
  const code = Template.fromStack(stack).findResources('AWS::Lambda::Function');
  const key = Object.values(code)[0]?.Properties.Code.S3Key as string;
  return join(assembly.directory, `asset.${key.replace(/\.zip$/, '')}`);
}

describe('Construct: GraphqlApi (bundling)', () => {
  it('bundles the handler as minified ESM with the require shim and a source map, the lazy modules beside it', () => {
    // Act
    const assetDir = bundledAsset(HANDLER_FIXTURE);
    // Assess
    expect(readdirSync(assetDir).sort()).toEqual(['index.mjs', 'index.mjs.map', 'node_modules']);
    const topLevel = [...new Set(lazyModuleFolders().map((folder) => folder.split('/')[0]))].sort();
    expect(readdirSync(join(assetDir, 'node_modules')).sort()).toEqual(topLevel);
    expect(topLevel).toEqual(expect.arrayContaining(['exceljs', 'pinyin-pro', 'jszip', 'docx', 'fflate', '@aws-lambda-powertools', 'aws-xray-sdk-core', '@aws-sdk', '@smithy']));
    expect(topLevel).not.toContain('@types');
    const bundle = readFileSync(join(assetDir, 'index.mjs'), 'utf8');
    expect(bundle.startsWith(ESM_REQUIRE_BANNER)).toBe(true);
    expect(bundle).toMatch(/export\s*\{/);
    expect(bundle).toContain('//# sourceMappingURL=index.mjs.map');
  });

  it("keeps pinyin-pro out of the real handler's bundle, and the function can still load it on a write", () => {
    // Act
    const assetDir = bundledAsset();
    // Assess: the dictionaries are not in the bundle (pinyin-pro alone is ~150 KB gzip) …
    const bundle = readFileSync(join(assetDir, 'index.mjs'));
    expect(bundle.toString('utf8')).toMatch(/import\(\s*"pinyin-pro"\s*\)/);
    expect(gzipSync(bundle).length).toBeLessThan(500 * 1024);
    // Apollo's usage-reporting protobuf is replaced by our stub (BUNDLE_ALIASES): its generated classes are not there.
    expect(bundle.toString('utf8')).not.toContain('ContextualizedQueryLatencyStats');
    // … and `import('pinyin-pro')` from the function's folder resolves to the copy shipped beside it.
    expect(existsSync(join(assetDir, 'node_modules', 'pinyin-pro', 'package.json'))).toBe(true);
    writeFileSync(join(assetDir, 'probe.mjs'), "const { pinyin } = await import('pinyin-pro'); process.stdout.write(pinyin('长安', { toneType: 'none' }));");
    expect(execFileSync(process.execPath, [join(assetDir, 'probe.mjs')], { cwd: '/', encoding: 'utf8' })).toBe('chang an');
  });

  it('keeps the X-Ray tracer out of the bundle (imported only with tracing on), loadable from beside it', () => {
    const assetDir = bundledAsset();
    const bundle = readFileSync(join(assetDir, 'index.mjs'), 'utf8');
    expect(bundle).toMatch(/import\(\s*"@aws-lambda-powertools\/tracer"\s*\)/);
    // Nothing of the X-Ray SDK is parsed at a cold start.
    expect(bundle).not.toContain('aws-xray-sdk');
    expect(bundle).not.toContain('cls-hooked');
    // The logger and metrics are bundled (small), and the bundle stays within the cold-start budget.
    expect(gzipSync(bundle).length).toBeLessThan(500 * 1024);
    writeFileSync(
      join(assetDir, 'probe-tracer.mjs'),
      "const { Tracer } = await import('@aws-lambda-powertools/tracer'); const t = new Tracer({ serviceName: 'probe', enabled: false });" +
        "process.stdout.write(typeof t.captureAWSv3Client === 'function' ? 'tracer' : 'none');",
    );
    expect(execFileSync(process.execPath, [join(assetDir, 'probe-tracer.mjs')], { cwd: '/', encoding: 'utf8' })).toBe('tracer');
  });

  it('keeps Powertools Metrics out of the bundle too (loaded at init in a Lambda), loadable from beside it', () => {
    const assetDir = bundledAsset();
    expect(readFileSync(join(assetDir, 'index.mjs'), 'utf8')).toMatch(/import\(\s*"@aws-lambda-powertools\/metrics"\s*\)/);
    writeFileSync(
      join(assetDir, 'probe-metrics.mjs'),
      "const { Metrics } = await import('@aws-lambda-powertools/metrics'); const m = new Metrics({ namespace: 'Probe', serviceName: 'probe' });" +
        "m.addMetric('Probe', 'Count', 1); process.stdout.write(JSON.stringify(m.serializeMetrics()._aws.CloudWatchMetrics[0].Namespace));",
    );
    expect(execFileSync(process.execPath, [join(assetDir, 'probe-metrics.mjs')], { cwd: '/', encoding: 'utf8' })).toBe('"Probe"');
  });

  it('keeps exceljs out of the bundle too, loadable from beside it with everything it needs', () => {
    const assetDir = bundledAsset();
    expect(readFileSync(join(assetDir, 'index.mjs'), 'utf8')).toMatch(/import\(\s*"exceljs"\s*\)/);
    writeFileSync(
      join(assetDir, 'probe-excel.mjs'),
      "const { default: ExcelJS } = await import('exceljs'); const wb = new ExcelJS.Workbook(); wb.addWorksheet('名册').addRow(['姓名']);" +
        "const again = new ExcelJS.Workbook(); await again.xlsx.load(await wb.xlsx.writeBuffer()); process.stdout.write(String(again.worksheets[0].getCell('A1').value));",
    );
    expect(execFileSync(process.execPath, [join(assetDir, 'probe-excel.mjs')], { cwd: '/', encoding: 'utf8' })).toBe('姓名');
  });

  it('keeps docx out of the bundle (a Word document loads it), loadable from beside it to write a document', () => {
    const assetDir = bundledAsset();
    const bundle = readFileSync(join(assetDir, 'index.mjs'));
    // The import stays dynamic, nothing of docx itself is inside (its OOXML content types are its own), and the
    // bundle stays within the cold-start budget (bundled, docx alone would add about 90 KB gzip).
    expect(bundle.toString('utf8')).toMatch(/import\(\s*"docx"\s*\)/);
    expect(bundle.toString('utf8')).not.toContain('wordprocessingml.document.main+xml');
    expect(gzipSync(bundle).length).toBeLessThan(500 * 1024);
    writeFileSync(
      join(assetDir, 'probe-docx.mjs'),
      "const { Document, Packer, Paragraph } = await import('docx'); const { unzipSync, strFromU8 } = await import('fflate');" +
        "const bytes = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('会议通知')] }] }));" +
        "const xml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']); process.stdout.write(xml.match(/<w:t[^>]*>([^<]*)</)[1]);",
    );
    expect(execFileSync(process.execPath, [join(assetDir, 'probe-docx.mjs')], { cwd: '/', encoding: 'utf8' })).toBe('会议通知');
  });

  it('keeps ics out of the bundle (a calendar invitation loads it), loadable from beside it to write an event', () => {
    const assetDir = bundledAsset();
    const bundle = readFileSync(join(assetDir, 'index.mjs')).toString('utf8');
    expect(bundle).toMatch(/import\(\s*"ics"\s*\)/);
    expect(bundle).not.toContain('X-PUBLISHED-TTL');
    writeFileSync(
      join(assetDir, 'probe-ics.mjs'),
      "const { createEvent } = await import('ics'); const { value } = createEvent({ title: '联席会议', start: Date.UTC(2026, 11, 20, 1, 30), startInputType: 'utc', startOutputType: 'utc', duration: { hours: 2 } });" +
        "process.stdout.write(value.match(/SUMMARY:(.*)/)[1].trim());",
    );
    expect(execFileSync(process.execPath, [join(assetDir, 'probe-ics.mjs')], { cwd: '/', encoding: 'utf8' })).toBe('联席会议');
  });
});

describe('Construct: GraphqlApi (bundling, the Cognito client)', () => {
  it("keeps the Cognito client out of the bundle (the accounts area's admin actions load it), loadable from beside it", () => {
    const assetDir = bundledAsset();
    const bundle = readFileSync(join(assetDir, 'index.mjs'));
    const text = bundle.toString('utf8');
    // The import stays dynamic; nothing of the client (its service name, its schemas) is inside, and the bundle
    // stays within the cold-start budget.
    expect(text).toMatch(/import\(\s*"@aws-sdk\/client-cognito-identity-provider"\s*\)/);
    expect(text).not.toContain('AWSCognitoIdentityProviderService');
    expect(text).not.toContain('AdminCreateUserConfigType');
    expect(gzipSync(bundle).length).toBeLessThan(500 * 1024);
    // From the function's folder the import finds the copy beside the bundle, with everything it needs: a command
    // is built and serialized (signed with dummy credentials, sent nowhere).
    writeFileSync(
      join(assetDir, 'probe-cognito.mjs'),
      "const { CognitoIdentityProviderClient, AdminCreateUserCommand } = await import('@aws-sdk/client-cognito-identity-provider');" +
        "const client = new CognitoIdentityProviderClient({ region: 'cn-north-1', credentials: { accessKeyId: 'probe', secretAccessKey: 'probe' } });" +
        "client.middlewareStack.add(() => async (args) => { process.stdout.write(args.request.headers['x-amz-target']); return { output: { $metadata: {} }, response: {} }; }, { step: 'finalizeRequest' });" +
        "await client.send(new AdminCreateUserCommand({ UserPoolId: 'p', Username: 'u', MessageAction: 'SUPPRESS' }));",
    );
    expect(execFileSync(process.execPath, [join(assetDir, 'probe-cognito.mjs')], { cwd: '/', encoding: 'utf8' })).toBe('AWSCognitoIdentityProviderService.AdminCreateUser');
  });
});

describe('Construct: GraphqlApi (bundling, the S3 and Secrets Manager clients, the credential providers)', () => {
  it('imports no lazy module statically: each stays an import() that runs when a request needs it', () => {
    const text = readFileSync(join(bundledAsset(), 'index.mjs'), 'utf8');
    // A static import of a lazy module would load it (from node_modules, unbundled) at every cold start.
    for (const name of LAZY_MODULES) expect(text).not.toMatch(new RegExp(`(from|import)\\s*"${name.replace('/', '\\/')}"`));
  });

  it("keeps the S3 client and presigner out of the bundle (the bucket's first use loads them), loadable from beside it", () => {
    const assetDir = bundledAsset();
    const text = readFileSync(join(assetDir, 'index.mjs'), 'utf8');
    expect(text).toMatch(/import\(\s*"@aws-sdk\/client-s3"\s*\)/);
    expect(text).toMatch(/import\(\s*"@aws-sdk\/s3-request-presigner"\s*\)/);
    // S3's own operations and its XML (de)serialisation are not inside.
    expect(text).not.toContain('PutBucketLifecycleConfiguration');
    expect(text).not.toContain('x-amz-server-side-encryption-customer-algorithm');
    // From the function's folder both load with what they need: an upload URL is presigned (dummy credentials, no request).
    writeFileSync(
      join(assetDir, 'probe-s3.mjs'),
      "const { S3Client, PutObjectCommand } = await import('@aws-sdk/client-s3'); const { getSignedUrl } = await import('@aws-sdk/s3-request-presigner');" +
        "const s3 = new S3Client({ region: 'cn-north-1', credentials: { accessKeyId: 'probe', secretAccessKey: 'probe' } });" +
        "const url = new URL(await getSignedUrl(s3, new PutObjectCommand({ Bucket: 'gongjian-files', Key: 'uploads/x' }), { expiresIn: 60 }));" +
        "process.stdout.write(`${url.hostname} ${url.searchParams.get('X-Amz-Expires')}`);",
    );
    expect(execFileSync(process.execPath, [join(assetDir, 'probe-s3.mjs')], { cwd: '/', encoding: 'utf8' })).toBe('gongjian-files.s3.cn-north-1.amazonaws.com.cn 60');
  });

  it("keeps the Secrets Manager client (the vault's key, read once) and the non-Lambda credential providers out, loadable from beside it", () => {
    const assetDir = bundledAsset();
    const text = readFileSync(join(assetDir, 'index.mjs'), 'utf8');
    expect(text).toMatch(/import\(\s*"@aws-sdk\/client-secrets-manager"\s*\)/);
    expect(text).not.toContain('ReplicateSecretToRegions');
    for (const name of SDK_CREDENTIAL_PROVIDERS) expect(text).toContain(`import("${name}")`);
    writeFileSync(
      join(assetDir, 'probe-secrets.mjs'),
      "const { SecretsManagerClient, GetSecretValueCommand } = await import('@aws-sdk/client-secrets-manager');" +
        "const client = new SecretsManagerClient({ region: 'cn-north-1', credentials: { accessKeyId: 'probe', secretAccessKey: 'probe' } });" +
        "client.middlewareStack.add(() => async (args) => { process.stdout.write(args.request.headers['x-amz-target']); return { output: { $metadata: {} }, response: {} }; }, { step: 'finalizeRequest' });" +
        "await client.send(new GetSecretValueCommand({ SecretId: 's' }));" +
        // The chain's profile provider (never used in Lambda) loads from beside the bundle too.
        "const { fromIni } = await import('@aws-sdk/credential-provider-ini'); process.stdout.write(` ${typeof fromIni}`);",
    );
    expect(execFileSync(process.execPath, [join(assetDir, 'probe-secrets.mjs')], { cwd: '/', encoding: 'utf8' })).toBe('secretsmanager.GetSecretValue function');
  });
});

describe('Construct: GraphqlApi (failing)', () => {
  const make = (props: Partial<ConstructorParameters<typeof GraphqlApi>[2]>) => () =>
    new GraphqlApi(testStack(), 'Api', { stage: 'test', entry: HANDLER_FIXTURE, ...props });

  it('refuses a log retention shorter than 180 days', () => {
    expect(make({ logRetention: RetentionDays.THREE_MONTHS })).toThrow(
      'logRetention must be at least 180 days, received 90',
    );
  });

  it('refuses a throttle that is not a positive whole number', () => {
    expect(make({ throttle: { rateLimit: 0, burstLimit: 10 } })).toThrow(
      'throttle.rateLimit must be a positive whole number, received 0',
    );
  });

  it('refuses a burst below the steady rate', () => {
    expect(make({ throttle: { rateLimit: 50, burstLimit: 10 } })).toThrow(/^throttle.burstLimit must be at least/);
  });

  it('refuses a debug sample rate outside 0…1', () => {
    expect(make({ debugSampleRate: 2 })).toThrow('debugSampleRate must be between 0 and 1, received 2');
  });

  it('refuses an empty stage', () => {
    expect(make({ stage: '' })).toThrow(/^stage must be a non-empty name/);
  });

  it('refuses a reserved or provisioned concurrency that is not a positive whole number, and more provisioned than reserved', () => {
    expect(make({ reservedConcurrency: 0 })).toThrow('reservedConcurrency must be a positive whole number (leave it out for none), received 0');
    expect(make({ provisionedConcurrency: 1.5 })).toThrow(/^provisionedConcurrency must be a positive whole number/);
    expect(make({ reservedConcurrency: 2, provisionedConcurrency: 3 })).toThrow('provisionedConcurrency (3) cannot exceed reservedConcurrency (2)');
  });
});
