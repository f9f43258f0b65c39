import { ApolloServer } from '@apollo/server';
import { parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { attachRecord, observabilityPlugin, rootFields } from './apollo-plugin';
import { BUSINESS_METRICS } from './business-metrics';
import { logLevelFromEnv } from './logger';
import { metricsEnabled } from './metrics';
import { redact, safeName } from './redact';
import { startRecord, type RequestRecord } from './request-record';
import { loadTracing, tracingEnabled } from './tracing';

describe('Function: redact', () => {
  it.each([
    ['an 18-character ID number', '身份证 11010519491231002X 重复', '身份证 [number] 重复'],
    ['an all-digit ID number', 'id=110105194912310021', 'id=[number]'],
    ['a 15-digit ID number', 'old 110105491231002', 'old [number]'],
    ['a mobile phone', 'phone 13800138000', 'phone [number]'],
    ['a bearer token', 'authorization: Bearer abc.def-ghi', 'authorization: Bearer [token]'],
    ['a bare JWT', 'token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln', 'token [token]'],
  ])('cuts out %s', (_, text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it('leaves short numbers (line numbers, counts) alone and cuts long text', () => {
    expect(redact('at file.js:1234:56, 3 rows')).toBe('at file.js:1234:56, 3 rows');
    expect(redact('x'.repeat(100), 10)).toBe(`${'x'.repeat(10)}…`);
    expect(safeName(null)).toBeNull();
  });
});

describe('Function: logLevelFromEnv / metricsEnabled / tracingEnabled', () => {
  it('logs INFO in a Lambda and in the local stack, WARN elsewhere, and what POWERTOOLS_LOG_LEVEL says when set', () => {
    expect(logLevelFromEnv({ AWS_LAMBDA_FUNCTION_NAME: 'api' })).toBe('INFO');
    expect(logLevelFromEnv({ POWERTOOLS_DEV: 'true' })).toBe('INFO');
    expect(logLevelFromEnv({})).toBe('WARN');
    expect(logLevelFromEnv({ AWS_LAMBDA_FUNCTION_NAME: 'api', POWERTOOLS_LOG_LEVEL: 'debug' })).toBe('DEBUG');
  });

  it('emits metrics in a Lambda only, unless POWERTOOLS_METRICS_DISABLED says otherwise', () => {
    expect(metricsEnabled({ AWS_LAMBDA_FUNCTION_NAME: 'api' })).toBe(true);
    expect(metricsEnabled({ AWS_LAMBDA_FUNCTION_NAME: 'api', POWERTOOLS_DEV: 'true' })).toBe(false);
    expect(metricsEnabled({})).toBe(false);
    expect(metricsEnabled({ POWERTOOLS_METRICS_DISABLED: 'false' })).toBe(true);
    expect(metricsEnabled({ AWS_LAMBDA_FUNCTION_NAME: 'api', POWERTOOLS_METRICS_DISABLED: 'true' })).toBe(false);
  });

  it('traces only when GONGJIAN_TRACING is on, and then does not load the tracer otherwise', async () => {
    expect(tracingEnabled({ GONGJIAN_TRACING: 'on' })).toBe(true);
    expect(tracingEnabled({})).toBe(false);
    await expect(loadTracing('gongjian-api', {})).resolves.toBeNull();
  });
});

describe('Function: rootFields', () => {
  const operation = (source: string) => {
    const document = parse(source);
    return { document, operation: document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode };
  };

  it('names the schema fields at the root, not aliases, through fragments', () => {
    const { document, operation: op } = operation('query Page { a: units { id } ...More ... on Query { unit(id: "1") { id } } } fragment More on Query { viewer { id } units { id } }');
    expect(rootFields(op, document)).toEqual(['units', 'viewer', 'unit']);
  });
});

describe('Function: observabilityPlugin', () => {
  const server = (result: unknown) =>
    new ApolloServer<{ record?: RequestRecord }>({
      typeDefs: 'type Query { ok: Boolean } type Unit { id: ID } type Imp { status: String created: Int updatedAt: String } type Mutation { createUnit: Unit registerUnit: Unit continueMemberImport: Imp updateUnit: Unit }',
      resolvers: {
        Mutation: {
          createUnit: () => ({ id: 'u1' }),
          registerUnit: () => {
            throw new Error('refused');
          },
          continueMemberImport: () => (typeof result === 'function' ? result() : result),
          updateUnit: () => ({ id: 'u1' }),
        },
      },
      plugins: [observabilityPlugin()],
    });
  const run = async (query: string, result: unknown = null) => {
    const record = startRecord('r');
    const context = {};
    attachRecord(context, record);
    const apollo = server(result);
    await apollo.executeOperation({ query }, { contextValue: context });
    await apollo.stop();
    return record;
  };

  it('records the operation, its fields and error codes, and counts a business mutation that succeeded', async () => {
    const record = await run('mutation Add { createUnit { id } second: createUnit { id } registerUnit { id } updateUnit { id } }');

    expect(record).toMatchObject({ operationName: 'Add', operationType: 'mutation', fields: ['createUnit', 'registerUnit', 'updateUnit'], errorCodes: ['INTERNAL_SERVER_ERROR'] });
    expect(Object.fromEntries(record.business)).toEqual({ UnitsCreated: 2 });
  });

  it('counts the members of an import when this call completed it, not when a finished import is asked again', async () => {
    const now = () => ({ status: 'COMPLETED', created: 950, updatedAt: new Date().toISOString() });
    const finishedEarlier = { status: 'COMPLETED', created: 950, updatedAt: '2020-01-01T00:00:00.000Z' };
    const stillImporting = () => ({ status: 'IMPORTING', created: 400, updatedAt: new Date().toISOString() });

    expect(Object.fromEntries((await run('mutation { continueMemberImport { status } }', now)).business)).toEqual({ MembersImported: 950 });
    expect((await run('mutation { continueMemberImport { status } }', finishedEarlier)).business.size).toBe(0);
    expect((await run('mutation { continueMemberImport { status } }', stillImporting)).business.size).toBe(0);
  });

  it('counts nothing for a query', async () => {
    const record = await run('query { ok }');
    expect(record).toMatchObject({ operationType: 'query', fields: ['ok'], errorCodes: [] });
    expect(record.business.size).toBe(0);
  });

  it('maps each business field to a metric', () => {
    expect(Object.fromEntries(Object.entries(BUSINESS_METRICS).map(([field, b]) => [field, b.metric]))).toEqual({
      createUnit: 'UnitsCreated', registerUnit: 'UnitsRegistered', createPairing: 'PairingsCreated', createMember: 'MembersCreated', continueMemberImport: 'MembersImported',
      createMeeting: 'MeetingsCreated', sendMeetingNotice: 'MeetingNoticesSent',
    });
  });
});
