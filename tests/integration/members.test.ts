import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import type { Principal } from '../../functions/src/auth/principal';
import { composeIdNumber } from '../../functions/src/domain/members/id-number';
import { createPorts } from '../../functions/src/store/ports';
import { startDynamodbLocal } from '../../local/dynamodb-local';
import { freePort } from '../../local/processes';
import { ensureTable } from '../../local/resources';
import { captureOutput } from '../../functions/src/observability/testing';
import { testTelemetry } from '../../functions/src/observability/telemetry';
import { signInWithPassword } from '../../local/cognito-client';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../local/issuer';
import { CREATE_MEMBER, CREATE_UNIT, MEMBER_FIELDS, errorOf, memberInput, newRegion, serveWithIssuer, testConfig, unitInput } from './harness';

type Env = Awaited<ReturnType<typeof newRegion>>;

const GET = `query($id: ID!) { member(id: $id) { ${MEMBER_FIELDS} transfers { edges { node { fromUnitName toUnitName destination letterNumber toUnit { id } } } } } }`;
const LIST = 'query($filter: MemberFilter, $after: String, $first: Int) { members(first: $first, after: $after, filter: $filter) { edges { node { id name } } pageInfo { endCursor hasNextPage } } }';
const UPDATE = `mutation($input: UpdateMemberInput!) { updateMember(input: $input) { ${MEMBER_FIELDS} } }`;
const TRANSFER = `mutation($input: TransferMemberInput!) { transferMember(input: $input) { ${MEMBER_FIELDS} } }`;
const REMOVE = `mutation($input: RemoveMemberInput!) { removeMember(input: $input) { ${MEMBER_FIELDS} } }`;
const REVEAL = 'mutation($id: ID!) { revealMemberIdNumber(id: $id) }';
const UNIT_COUNTS = 'query($id: ID!) { unit(id: $id) { memberCount fullMemberCount levelCheck { verdict } } }';

const createUnit = async (env: Env, overrides: Record<string, unknown> = {}) => (await env.gql(CREATE_UNIT, { input: unitInput(overrides) })).data.createUnit as { id: string; name: string };
const createMember = async (env: Env, unitId: string, overrides: Record<string, unknown> = {}) => {
  const result = await env.gql(CREATE_MEMBER, { input: memberInput(unitId, overrides) });
  expect(result.errors).toBeUndefined();
  return result.data.createMember;
};
const counts = async (env: Env, unitId: string) => (await env.gql(UNIT_COUNTS, { id: unitId })).data.unit;
async function allNames(env: Env, filter: Record<string, unknown>, principal?: Principal) {
  const names: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const result: any = await env.gql(LIST, { filter, after, first: 2 }, principal);
    expect(result.errors).toBeUndefined();
    names.push(...result.data.members.edges.map((e: any) => e.node.name));
    if (!result.data.members.pageInfo.hasNextPage) return names;
    after = result.data.members.pageInfo.endCursor;
  }
  throw new Error('paging did not end');
}

describe('successful: the roster', () => {
  it('creates members with the number masked everywhere, counted in the unit; the level rule reads the roster', async () => {
    const env = await newRegion();
    const unit = await createUnit(env, { level: 'BRANCH' });
    const member = await createMember(env, unit.id, { idNumber: '11010519491231002X', birthDate: '1949-12-31', gender: 'FEMALE', joinedOn: '1970-07-01', phone: '13812345678' });
    expect(member).toMatchObject({ idNumber: '110105********002X', phone: '13812345678', version: 1, unit: { memberCount: 1, fullMemberCount: 1 } });
    expect((await counts(env, unit.id)).levelCheck.verdict).toBe('TOO_FEW_FULL_MEMBERS');
    await createMember(env, unit.id);
    await createMember(env, unit.id, { status: 'PROBATIONARY' });
    await createMember(env, unit.id);
    expect(await counts(env, unit.id)).toEqual({ memberCount: 4, fullMemberCount: 3, levelCheck: { verdict: 'FITS' } });
    // A liaison of the unit reads the member, with the phone masked.
    const liaison: Principal = { userId: 'l', displayName: '联络员', regionId: env.regionId, roles: ['UNIT_LIAISON'], unitId: unit.id };
    const asLiaison = await env.gql(GET, { id: member.id }, liaison);
    expect(asLiaison.data.member).toMatchObject({ idNumber: '110105********002X', phone: '138****5678' });
  });

  it('lists by name in pinyin order, and by unit, community, category, status, role and name prefix, combined', async () => {
    const env = await newRegion();
    const [a, b] = [await createUnit(env), await createUnit(env)];
    const community = await createUnit(env, { hostKind: 'COMMUNITY', allianceRole: 'COMMUNITY_ORGANIZATION' });
    await createMember(env, a.id, { name: '张伟', category: 'RETIRED', communityId: community.id, roles: ['LIAISON'] });
    await createMember(env, a.id, { name: '王芳', status: 'PROBATIONARY' });
    await createMember(env, b.id, { name: '张敏', category: 'RETIRED', roles: ['LIAISON', 'BRANCH_SECRETARY'] });
    await createMember(env, b.id, { name: '李强', communityId: community.id });
    await createMember(env, b.id, { name: '艾青' });
    expect(await allNames(env, {})).toEqual(['艾青', '李强', '王芳', '张敏', '张伟']);
    expect(await allNames(env, { unitId: a.id })).toEqual(['王芳', '张伟']);
    expect(await allNames(env, { unitId: b.id, category: 'RETIRED' })).toEqual(['张敏']);
    expect(await allNames(env, { communityId: community.id })).toEqual(['李强', '张伟']);
    expect(await allNames(env, { category: 'RETIRED' })).toEqual(['张敏', '张伟']);
    expect(await allNames(env, { status: 'PROBATIONARY' })).toEqual(['王芳']);
    expect(await allNames(env, { role: 'LIAISON' })).toEqual(['张敏', '张伟']);
    expect(await allNames(env, { role: 'LIAISON', unitId: a.id })).toEqual(['张伟']);
    expect(await allNames(env, { namePrefix: '张' })).toEqual(['张敏', '张伟']);
    expect(await allNames(env, { namePrefix: '张伟' })).toEqual(['张伟']);
    expect(await allNames(env, { namePrefix: '张', category: 'RETIRED', unitId: b.id })).toEqual(['张敏']);
    // The unit's own list, and a liaison's roster (always its unit's).
    const unitMembers = await env.gql('query($id: ID!) { unit(id: $id) { members(first: 10) { edges { node { name } } } } }', { id: a.id });
    expect(unitMembers.data.unit.members.edges.map((e: any) => e.node.name)).toEqual(['王芳', '张伟']);
    const liaison: Principal = { userId: 'l', displayName: '联络员', regionId: env.regionId, roles: ['UNIT_LIAISON'], unitId: b.id };
    expect(await allNames(env, {}, liaison)).toEqual(['艾青', '李强', '张敏']);
  });

  it('transfers within the region (both counts, one transaction) and out of it (a departure), keeping the history', async () => {
    const env = await newRegion();
    const [from, to] = [await createUnit(env, { name: '转出党支部' }), await createUnit(env, { name: '转入党支部' })];
    const member = await createMember(env, from.id, { roles: ['LIAISON'] });
    const moved = await env.gql(TRANSFER, { input: { memberId: member.id, version: 1, toUnitId: to.id, letterNumber: '组转〔2026〕1号', transferredOn: '2026-01-10' } });
    expect(moved.errors).toBeUndefined();
    expect(moved.data.transferMember).toMatchObject({ unitId: to.id, version: 2 });
    expect(await counts(env, from.id)).toMatchObject({ memberCount: 0, fullMemberCount: 0 });
    expect(await counts(env, to.id)).toMatchObject({ memberCount: 1, fullMemberCount: 1 });
    // Within the region its count stays; a departure takes the member off it.
    expect((await env.ports.regions.get(env.regionId))!.memberCount).toBe(1);
    expect(await allNames(env, { unitId: to.id, role: 'LIAISON' })).toEqual([member.name]);
    const out = await env.gql(TRANSFER, { input: { memberId: member.id, version: 2, destination: '外区某街道党工委' } });
    expect(out.data.transferMember.departure).toMatchObject({ reason: 'TRANSFERRED_OUT', destination: '外区某街道党工委' });
    expect(await counts(env, to.id)).toMatchObject({ memberCount: 0 });
    expect((await env.ports.regions.get(env.regionId))!.memberCount).toBe(0);
    expect(await allNames(env, {})).toEqual([]);
    expect(await allNames(env, { role: 'LIAISON' })).toEqual([]);
    const read = await env.gql(GET, { id: member.id });
    expect(read.data.member.transfers.edges.map((e: any) => e.node)).toEqual([
      { fromUnitName: '转入党支部', toUnitName: null, destination: '外区某街道党工委', letterNumber: null, toUnit: null },
      { fromUnitName: '转出党支部', toUnitName: '转入党支部', destination: null, letterNumber: '组转〔2026〕1号', toUnit: { id: to.id } },
    ]);
    // The number is free again: the member may come back.
    const number = await env.ports.vault.open((await env.ports.members.get(env.regionId, member.id))!.idNumber.sealed);
    await createMember(env, from.id, { idNumber: number });
  });

  it('removes with a reason, updates with the version, reveals to an admin only and audits the reveal', async () => {
    const env = await newRegion();
    const unit = await createUnit(env);
    const member = await createMember(env, unit.id);
    const updated = await env.gql(UPDATE, { input: { id: member.id, version: 1, status: 'PROBATIONARY', note: '预备期一年' } });
    expect(updated.data.updateMember).toMatchObject({ status: 'PROBATIONARY', version: 2, unit: { memberCount: 1, fullMemberCount: 0 } });
    expect(errorOf(await env.gql(UPDATE, { input: { id: member.id, version: 1, note: 'x' } }))).toMatchObject({ code: 'CONFLICT' });
    const revealed = await env.gql(REVEAL, { id: member.id });
    expect(revealed.data.revealMemberIdNumber).toMatch(/^110105\d{11}[\dX]$/);
    const liaison: Principal = { userId: 'l', displayName: '联络员', regionId: env.regionId, roles: ['UNIT_LIAISON'], unitId: unit.id };
    expect(errorOf(await env.gql(REVEAL, { id: member.id }, liaison)).code).toBe('FORBIDDEN');
    const trail = await env.gql('query($id: ID!) { auditTrail(recordId: $id, first: 10) { edges { node { operation actorName changes { field after } } } } }', { id: member.id });
    const entries = trail.data.auditTrail.edges.map((e: any) => e.node);
    expect(entries.map((e: any) => e.operation)).toEqual(['revealMemberIdNumber', 'updateMember', 'createMember']);
    expect(JSON.stringify(entries)).not.toContain(revealed.data.revealMemberIdNumber);
    const removed = await env.gql(REMOVE, { input: { id: member.id, version: 2, reason: 'LEFT_PARTY', note: '本人申请退党' } });
    expect(removed.data.removeMember.departure).toMatchObject({ reason: 'LEFT_PARTY', note: '本人申请退党' });
    expect(await counts(env, unit.id)).toMatchObject({ memberCount: 0, fullMemberCount: 0 });
  });

  it("gives a member its own record through viewer.member, and lets it correct its phone", async () => {
    const env = await newRegion();
    const unit = await createUnit(env);
    const member = await createMember(env, unit.id, { phone: '13812345678' });
    const self: Principal = { userId: 'm', displayName: member.name, regionId: env.regionId, roles: ['MEMBER'], memberId: member.id };
    const viewer = await env.gql('{ viewer { member { id name phone idNumber unit { name } } } }', undefined, self);
    expect(viewer.data.viewer.member).toMatchObject({ id: member.id, phone: '13812345678', idNumber: member.idNumber, unit: { name: unit.name } });
    const fixed = await env.gql('mutation($v: Int!) { updateMyPhone(phone: "13900001111", version: $v) { phone version } }', { v: 1 }, self);
    expect(fixed.data.updateMyPhone).toEqual({ phone: '13900001111', version: 2 });
    const other = await createMember(env, unit.id);
    expect(errorOf(await env.gql(GET, { id: other.id }, self)).code).toBe('FORBIDDEN');
  });
});

describe('failing: the roster', () => {
  it('names the field of bad input and writes nothing', async () => {
    const env = await newRegion();
    const unit = await createUnit(env);
    const cases: [Record<string, unknown>, string][] = [
      [{ idNumber: '110105198001011234', birthDate: '1980-01-01' }, 'idNumber'],
      [{ idNumber: '1101051980' }, 'idNumber'],
      [{ birthDate: '1980-02-30' }, 'birthDate'],
      [{ birthDate: '1981-01-02' }, 'idNumber'],
      [{ gender: 'FEMALE' }, 'gender'],
      [{ joinedOn: '1990-01-01' }, 'joinedOn'],
      [{ name: ' ' }, 'name'],
      [{ phone: 'abc' }, 'phone'],
      [{ unitId: 'missing' }, 'unitId'],
      [{ communityId: unit.id }, 'communityId'],
    ];
    for (const [overrides, field] of cases) {
      expect(errorOf(await env.gql(CREATE_MEMBER, { input: memberInput(unit.id, overrides) })), JSON.stringify(overrides)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await counts(env, unit.id)).toMatchObject({ memberCount: 0 });
    expect(await allNames(env, {})).toEqual([]);
  });
});

describe('concurrency: the roster', () => {
  it('keeps the counts exact under concurrent creates, transfers and removals', async () => {
    const env = await newRegion();
    const [a, b] = [await createUnit(env), await createUnit(env)];
    const created = await Promise.all(Array.from({ length: 24 }, (_, i) => createMember(env, a.id, { status: i % 4 === 0 ? 'PROBATIONARY' : 'FULL' })));
    expect(await counts(env, a.id)).toMatchObject({ memberCount: 24, fullMemberCount: 18 });
    await Promise.all([
      ...created.slice(0, 8).map((m) => env.gql(TRANSFER, { input: { memberId: m.id, version: 1, toUnitId: b.id } })),
      ...created.slice(8, 12).map((m) => env.gql(REMOVE, { input: { id: m.id, version: 1, reason: 'DECEASED' } })),
      ...Array.from({ length: 6 }, () => createMember(env, b.id)),
    ]).then((results) => results.forEach((r: any) => expect(r.errors).toBeUndefined()));
    const full = (ms: any[]) => ms.filter((m) => m.status === 'FULL').length;
    expect(await counts(env, a.id)).toMatchObject({ memberCount: 12, fullMemberCount: full(created.slice(12)) });
    expect(await counts(env, b.id)).toMatchObject({ memberCount: 14, fullMemberCount: full(created.slice(0, 8)) + 6 });
  });

  it('lets exactly one of many concurrent creates with one ID number through', async () => {
    const env = await newRegion();
    const unit = await createUnit(env);
    const idNumber = composeIdNumber('310101', '1975-05-05', 123);
    const results = await Promise.all(
      Array.from({ length: 8 }, () => env.gql(CREATE_MEMBER, { input: memberInput(unit.id, { idNumber, birthDate: '1975-05-05', joinedOn: '2000-01-01' }) })),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map((r) => errorOf(r).field)).toEqual(Array(7).fill('idNumber'));
    expect(await counts(env, unit.id)).toMatchObject({ memberCount: 1 });
  });
});

describe('protection: no ID number in plain text at rest or in the logs', () => {
  it('keeps numbers out of DynamoDB Local data files, the audit items and anything the Lambda handler logged', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'gongjian-pii-'));
    const dynamo = await startDynamodbLocal(await freePort(), dataDir);
    const logged: string[] = [];
    const originals = { log: console.log, info: console.info, warn: console.warn, error: console.error };
    const output = captureOutput();
    let served: Awaited<ReturnType<typeof serveWithIssuer>> | undefined;
    try {
      const raw = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'cn-north-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
      await ensureTable(raw, 'gongjian-pii');
      raw.destroy();
      for (const level of ['log', 'info', 'warn', 'error'] as const) console[level] = (...args: unknown[]) => void logged.push(args.map(String).join(' '));
      const config = { dynamodbEndpoint: dynamo.endpoint, tableName: 'gongjian-pii' };
      const env = await newRegion(createPorts({ ...testConfig(), ...config }));
      // Every member request goes the cloud's way: HTTP → the Lambda handler (its request log and metrics) → Apollo.
      // At DEBUG, the most the logger ever writes.
      served = await serveWithIssuer({ regionId: env.regionId, config, telemetry: testTelemetry('gongjian-api', { logLevel: 'DEBUG' }) });
      const { accessToken } = await signInWithPassword(served.url, { username: 'admin', password: DEMO_PASSWORD, totpSecret: DEMO_TOTP_SECRET });
      const http = async (query: string, variables: Record<string, unknown>) => {
        const response = await fetch(`${served!.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
          body: JSON.stringify({ query, variables }),
        });
        return (await response.json()) as { data?: any; errors?: { extensions?: { field?: string } }[] };
      };
      const unit = await createUnit(env);
      const numbers = Array.from({ length: 5 }, (_, i) => composeIdNumber('320102', '1988-08-08', 101 + i * 2));
      const members = [];
      for (const idNumber of numbers) {
        const created = await http(CREATE_MEMBER, { input: memberInput(unit.id, { idNumber, birthDate: '1988-08-08', joinedOn: '2010-01-01' }) });
        expect(created.errors).toBeUndefined();
        members.push(created.data.createMember);
      }
      // Changes, a duplicate, a refused number, a reveal and a transfer out: every path that handles a number.
      await http(UPDATE, { input: { id: members[0].id, version: 1, idNumber: numbers[0], note: '核对' } });
      expect((await http(CREATE_MEMBER, { input: memberInput(unit.id, { idNumber: numbers[1], birthDate: '1988-08-08', joinedOn: '2010-01-01' }) })).errors?.[0]?.extensions?.field).toBe('idNumber');
      expect((await http(REVEAL, { id: members[2].id })).data.revealMemberIdNumber).toBe(numbers[2]);
      await http(TRANSFER, { input: { memberId: members[3].id, version: 1, destination: '外地党组织' } });
      await http(CREATE_MEMBER, { input: memberInput(unit.id, { idNumber: `${numbers[4]!.slice(0, 17)}0`, birthDate: '1988-08-08' }) });
      // DynamoDB Local keeps its tables in SQLite files under the data folder: read every byte of them.
      await dynamo.stop();
      const files = readdirSync(dataDir).map((f) => join(dataDir, f)).filter((f) => statSync(f).isFile());
      expect(files.length).toBeGreaterThan(0);
      const onDisk = files.map((f) => readFileSync(f).toString('latin1')).join('\n');
      expect(onDisk).toContain('320102********');
      // The handler did log: one line per request (so the check below reads real output).
      const written = [output.text(), ...logged].join('\n');
      expect(written).toContain('createMember');
      for (const number of numbers) {
        expect(onDisk, 'a number in the data files').not.toContain(number);
        expect(onDisk, 'the digits of a number without its check digit').not.toContain(number.slice(0, 17));
        expect(written, 'a number in what was logged').not.toContain(number.slice(0, 17));
      }
    } finally {
      output.restore();
      Object.assign(console, originals);
      await served?.close();
      await dynamo.stop().catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
