import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Principal } from '../auth/principal';
import type { AppConfig } from '../config';
import { formatError } from '../graphql/errors';
import { createGraphqlHandler } from '../graphql/lambda';
import { loadMetrics, type Metrics } from './metrics';
import { requestLogFields, startRecord } from './request-record';
import { testTelemetry } from './telemetry';
import { captureOutput } from './testing';

const ID_NUMBER = '11010519491231002X';
const TOKEN = 'not-a-jwt-but-a-secret-token-0123456789';

/** Nothing here reaches a server: no token is verified (a malformed one is refused before any key is fetched), no table is read. */
const config: AppConfig = {
  tableName: 'unused',
  filesBucketName: 'unused',
  dynamodbEndpoint: 'http://127.0.0.1:9',
  s3Endpoint: 'http://127.0.0.1:9',
  auth: { issuer: 'http://127.0.0.1:9', clientIds: ['test'] },
  allowIntrospection: false,
  vaultKey: { kind: 'file', path: '/nonexistent/vault.key' },
};

const event = (body: unknown, headers: Record<string, string> = {}): APIGatewayProxyEventV2 => ({
  version: '2.0',
  routeKey: 'POST /graphql',
  rawPath: '/graphql',
  rawQueryString: '',
  isBase64Encoded: false,
  headers: { 'content-type': 'application/json', host: 'api.test', ...headers },
  requestContext: {
    accountId: 'test', apiId: 'test', domainName: 'api.test', domainPrefix: 'api', requestId: 'api-req-1', routeKey: 'POST /graphql',
    stage: '$default', time: '', timeEpoch: Date.now(),
    http: { method: 'POST', path: '/graphql', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' },
  },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

const lambdaContext = { awsRequestId: 'lambda-req-1', functionName: 'api', memoryLimitInMB: '1024', invokedFunctionArn: 'arn:aws:lambda:x', functionVersion: '$LATEST' } as Context;

const handlerWithTelemetry = (overrides: Partial<AppConfig> = {}, metrics?: Metrics) =>
  createGraphqlHandler({ ...config, ...overrides }, { telemetry: testTelemetry('gongjian-api', { metrics: metrics ?? sharedMetrics }) });
const sharedMetrics = await loadMetrics('gongjian-api', { STAGE: 'test' });

describe('Function: createGraphqlHandler (what it logs)', () => {
  let output: ReturnType<typeof captureOutput>;
  beforeEach(() => {
    output = captureOutput();
  });
  afterEach(() => output.restore());
  const requestLines = () => output.lines().filter((line) => line.message === 'graphql request');
  const emf = (metric: string) => output.lines().filter((line) => '_aws' in line && metric in line);

  it('writes one line per request with the operation, caller, status, duration and outcome, and nothing of the variables or the token', async () => {
    // Prepare
    const handler = handlerWithTelemetry({ allowIntrospection: true });
    const body = { query: 'query Probe($id: String!) { __type(name: $id) { name } }', operationName: 'Probe', variables: { id: ID_NUMBER, phone: '13800138000' } };
    // Act
    const result = await handler(event(body, { authorization: `Bearer ${TOKEN}` }), lambdaContext);
    await handler(event(body), lambdaContext);
    // Assess
    expect(result.statusCode).toBe(200);
    const lines = requestLines();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      level: 'INFO',
      service: 'gongjian-api',
      function_request_id: 'lambda-req-1',
      apiRequestId: 'api-req-1',
      operation: 'Probe',
      operationType: 'query',
      fields: ['__type'],
      signedIn: false,
      roles: [],
      status: 200,
      outcome: 'ok',
    });
    expect(lines[0]).not.toHaveProperty('region'); // null: Powertools leaves it out
    expect(lines[0]!.durationMs).toEqual(expect.any(Number));
    expect(lines[0]).toHaveProperty('cold_start');
    const written = output.text();
    expect(written).not.toContain(ID_NUMBER);
    expect(written).not.toContain(ID_NUMBER.slice(0, 17));
    expect(written).not.toContain('13800138000');
    expect(written).not.toContain(TOKEN);
    expect(written).not.toMatch(/authorization/i);
  });

  it('marks the first request of an on-demand Lambda environment as the cold start, and only that one', async () => {
    const before = process.env.AWS_LAMBDA_INITIALIZATION_TYPE;
    process.env.AWS_LAMBDA_INITIALIZATION_TYPE = 'on-demand';
    try {
      const handler = handlerWithTelemetry({}, await loadMetrics('gongjian-api', { STAGE: 'test' }));
      await handler(event({ query: '{ __typename }' }), lambdaContext);
      await handler(event({ query: '{ __typename }' }), lambdaContext);
    } finally {
      if (before === undefined) delete process.env.AWS_LAMBDA_INITIALIZATION_TYPE;
      else process.env.AWS_LAMBDA_INITIALIZATION_TYPE = before;
    }

    expect(requestLines().map((line) => line.cold_start)).toEqual([true, false]);
    expect(emf('ColdStart')).toHaveLength(1);
  });

  it('emits per-operation metrics as EMF: count, errors, duration, with the stage and operation as dimensions', async () => {
    await handlerWithTelemetry()(event({ query: '{ __typename }' }), lambdaContext);

    expect(emf('Requests')).toEqual([
      expect.objectContaining({ Requests: 1, Errors: 0, Duration: expect.any(Number), operation: '__typename', stage: 'test', service: 'gongjian-api' }),
    ]);
    const metadata = (emf('Requests')[0]!._aws as { CloudWatchMetrics: { Namespace: string; Dimensions: string[][] }[] }).CloudWatchMetrics[0]!;
    expect(metadata.Namespace).toBe('Gongjian');
    expect(metadata.Dimensions[0]!.sort()).toEqual(['operation', 'service', 'stage']);
  });

  it('logs the error codes of a failed request as its outcome, and counts them by code', async () => {
    await handlerWithTelemetry()(event({ query: `{ noSuchField(name: "${ID_NUMBER}") }` }), lambdaContext);

    expect(requestLines()).toEqual([expect.objectContaining({ outcome: 'error', status: 400, errorCodes: ['GRAPHQL_VALIDATION_FAILED'], fields: [], operation: '(anonymous)' })]);
    expect(emf('ErrorsByCode')).toEqual([expect.objectContaining({ ErrorsByCode: 1, errorCode: 'GRAPHQL_VALIDATION_FAILED' })]);
    expect(emf('Requests')).toEqual([expect.objectContaining({ operation: '(invalid)', Errors: 1 })]);
    expect(output.text()).not.toContain(ID_NUMBER);
  });

  it('reads the codes from the answer when Apollo ends a request before its plugins see the response (a syntax error)', async () => {
    await handlerWithTelemetry()(event({ query: `{ units(filter: { name: "${ID_NUMBER}" }) ` }), lambdaContext);

    expect(requestLines()).toEqual([expect.objectContaining({ outcome: 'error', errorCodes: [expect.stringMatching(/^GRAPHQL_/)] })]);
    expect(output.text()).not.toContain(ID_NUMBER);
  });

  it('redacts an operation name that carries a number', async () => {
    await handlerWithTelemetry()(event({ query: `query Q${ID_NUMBER} { __typename }` }), lambdaContext);

    expect(requestLines()).toEqual([expect.objectContaining({ operation: 'Q[number]', outcome: 'ok' })]);
    expect(output.text()).not.toContain(ID_NUMBER.slice(0, 17));
  });

  it('logs a request refused before GraphQL (not through CloudFront) as refused', async () => {
    await handlerWithTelemetry({ originSecret: 'the-origin-secret' })(event({ query: '{ __typename }' }), lambdaContext);

    expect(requestLines()).toEqual([expect.objectContaining({ outcome: 'refused', status: 403, fields: [] })]);
    expect(emf('Requests')).toEqual([expect.objectContaining({ operation: '(refused)' })]);
    expect(output.text()).not.toContain('the-origin-secret');
  });
});

describe('Function: formatError (unexpected errors)', () => {
  it('logs the error through the logger with numbers and tokens cut out, and answers a generic message', () => {
    const output = captureOutput();
    let answer;
    try {
      answer = formatError({ message: 'x', path: ['member'] }, new Error(`duplicate ${ID_NUMBER} for Bearer ${TOKEN}`));
    } finally {
      output.restore();
    }

    expect(answer).toEqual({ message: '服务器内部错误，请稍后重试', path: ['member'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(output.lines()).toEqual([
      expect.objectContaining({ level: 'ERROR', message: 'unexpected resolver error', service: 'gongjian-api', error: expect.objectContaining({ name: 'Error', message: 'duplicate [number] for Bearer [token]' }) }),
    ]);
    expect(output.text()).not.toContain(ID_NUMBER.slice(0, 17));
    expect(output.text()).not.toContain(TOKEN);
  });
});

describe('Function: requestLogFields', () => {
  it("names the caller by roles and region only: no user id, name, unit or member", () => {
    const caller: Principal = { userId: 'sub-123', displayName: '张三', regionId: 'r-1', roles: ['UNIT_LIAISON'], unitId: 'u-9', memberId: 'm-1' };
    const record = { ...startRecord('api-1'), caller, operationName: 'UnitPage', operationType: 'query' as const, fields: ['unit'] };

    const fields = requestLogFields(record, 200, 12.345, 'ok');

    expect(fields).toEqual({
      apiRequestId: 'api-1', operation: 'UnitPage', operationType: 'query', fields: ['unit'], signedIn: true,
      roles: ['UNIT_LIAISON'], region: 'r-1', status: 200, durationMs: 12.3, outcome: 'ok',
    });
    expect(JSON.stringify(fields)).not.toMatch(/sub-123|张三|u-9|m-1/);
  });
});
