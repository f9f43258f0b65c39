import { beforeEach, describe, expect, it } from 'vitest';
import type { RegionPrincipal } from '../../auth/principal';
import { attempt, givenRegion } from '../testing/fixtures';
import { createMemoryPorts, type MemoryPorts } from '../testing/memory-ports';
import { partnerClient, platformAdmin } from '../testing/principals';
import { registerPartnerClientInput } from './rules';
import { activePartnerRegion, listPartnerClients, registerPartnerClient, revokePartnerClient, rotatePartnerClientSecret } from './service';
import { parseInput } from '../validation';

let ports: MemoryPorts;
let admin: RegionPrincipal;
let regionId: string;
const platform = platformAdmin();
const input = (overrides: Record<string, unknown> = {}) => ({ regionId, name: '掌上长安小程序', scopes: ['gongjian/public.read'], ...overrides });

beforeEach(async () => {
  ports = createMemoryPorts();
  ({ regionId, admin } = await givenRegion(ports));
});

describe('rules', () => {
  it('scopes: at least one of the two, each once, in the canonical order', () => {
    expect(parseInput(registerPartnerClientInput, input({ scopes: ['gongjian/member.act', 'gongjian/public.read', 'gongjian/member.act'] })).scopes).toEqual([
      'gongjian/public.read',
      'gongjian/member.act',
    ]);
    expect(() => parseInput(registerPartnerClientInput, input({ scopes: [] }))).toThrow(/至少选择一项/);
    expect(() => parseInput(registerPartnerClientInput, input({ scopes: ['aws.cognito.signin.user.admin'] }))).toThrow(/授权范围只能是/);
    expect(() => parseInput(registerPartnerClientInput, input({ name: ' ' }))).toThrow();
  });
});

describe('Method: registerPartnerClient', () => {
  it('makes the provider client and the record (ACTIVE, audited in the region trail); the secret is returned once and not kept', async () => {
    const made = await registerPartnerClient(platform, input(), ports);
    expect(made.client).toMatchObject({ regionId, name: '掌上长安小程序', scopes: ['gongjian/public.read'], state: 'ACTIVE', version: 1, createdBy: platform.displayName, revokedAt: null });
    const provider = ports.partnerDirectory.clients.get(made.client.clientId);
    expect(provider).toMatchObject({ scopes: ['gongjian/public.read'], secret: made.clientSecret });
    expect(await ports.partnerClients.get(made.client.clientId)).toEqual(made.client);
    expect(JSON.stringify(made.client)).not.toContain(made.clientSecret);
    const entry = ports.memory.auditEntries(regionId).find((e) => e.recordType === 'PartnerClient');
    expect(entry).toMatchObject({ operation: 'registerPartnerClient', recordId: made.client.clientId, actorName: platform.displayName });
    expect(JSON.stringify(entry)).not.toContain(made.clientSecret);
    expect(await activePartnerRegion(ports.partnerClients, made.client.clientId)).toBe(regionId);
  });

  it('platform admin only; an unknown region is refused at the field and makes no provider client', async () => {
    await expect(attempt(() => registerPartnerClient(admin, input(), ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(() => registerPartnerClient(partnerClient(regionId), input(), ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(() => registerPartnerClient(platform, input({ regionId: 'nope' }), ports))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'regionId' });
    expect(ports.partnerDirectory.clients.size).toBe(0);
  });

  it('a record that cannot be written deletes the provider client again (nothing half made)', async () => {
    ports.memory.beforeNextWrite(() => {
      throw new Error('table down');
    });
    await expect(registerPartnerClient(platform, input(), ports)).rejects.toThrow('table down');
    expect(ports.partnerDirectory.clients.size).toBe(0);
  });

  it('a provider failure writes nothing', async () => {
    ports.partnerDirectory.failNextCreate = new Error('cognito down');
    await expect(registerPartnerClient(platform, input(), ports)).rejects.toThrow('cognito down');
    expect((await listPartnerClients(platform, { regionId }, ports)).edges).toHaveLength(0);
  });
});

describe('Method: rotatePartnerClientSecret, revokePartnerClient', () => {
  it('rotation gives a new secret, the old is gone; version and secretRotatedAt move; audited', async () => {
    const made = await registerPartnerClient(platform, input(), ports);
    ports.clock.advance(60_000);
    const rotated = await rotatePartnerClientSecret(platform, { clientId: made.client.clientId, version: 1 }, ports);
    expect(rotated.clientSecret).not.toBe(made.clientSecret);
    expect(ports.partnerDirectory.clients.get(made.client.clientId)?.secret).toBe(rotated.clientSecret);
    expect(rotated.client).toMatchObject({ clientId: made.client.clientId, version: 2, secretRotatedAt: '2026-03-01T08:01:00.000Z' });
    expect(ports.memory.auditEntries(regionId).map((e) => e.operation)).toContain('rotatePartnerClientSecret');
    await expect(attempt(() => rotatePartnerClientSecret(platform, { clientId: made.client.clientId, version: 1 }, ports))).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('a rotation whose record changed meanwhile still records it on the latest version and returns the secret (never lost)', async () => {
    const made = await registerPartnerClient(platform, input(), ports);
    ports.memory.beforeNextWrite(async () => {
      // Another admin's rotation lands between this one's read and its write.
      const latest = (await ports.partnerClients.get(made.client.clientId))!;
      await ports.partnerClients.save({ current: latest, next: { ...latest, version: latest.version + 1 } }, { audit: { ...ports.memory.auditEntries(regionId)[0]!, id: 'concurrent' } });
    });
    const rotated = await rotatePartnerClientSecret(platform, { clientId: made.client.clientId }, ports);
    expect(rotated.client.version).toBe(3);
    expect(ports.partnerDirectory.clients.get(made.client.clientId)?.secret).toBe(rotated.clientSecret);
  });

  it('revocation marks the record REVOKED and deletes the provider client; again is a no-op; a revoked client cannot rotate', async () => {
    const made = await registerPartnerClient(platform, input(), ports);
    const revoked = await revokePartnerClient(platform, { clientId: made.client.clientId }, ports);
    expect(revoked).toMatchObject({ state: 'REVOKED', version: 2, revokedAt: '2026-03-01T08:00:00.000Z' });
    expect(ports.partnerDirectory.clients.has(made.client.clientId)).toBe(false);
    expect(await activePartnerRegion(ports.partnerClients, made.client.clientId)).toBeNull();
    expect(await revokePartnerClient(platform, { clientId: made.client.clientId }, ports)).toEqual(revoked);
    await expect(attempt(() => rotatePartnerClientSecret(platform, { clientId: made.client.clientId }, ports))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'clientId' });
  });

  it('unknown clients are NOT_FOUND; only the platform admin may', async () => {
    await expect(attempt(() => revokePartnerClient(platform, { clientId: 'nope' }, ports))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const made = await registerPartnerClient(platform, input(), ports);
    await expect(attempt(() => revokePartnerClient(admin, { clientId: made.client.clientId }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(() => rotatePartnerClientSecret(admin, { clientId: made.client.clientId }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(() => listPartnerClients(admin, { regionId }, ports))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('Method: listPartnerClients', () => {
  it("lists a region's clients newest first, paged; other regions' are not listed", async () => {
    await givenRegion(ports, 'r-2');
    const first = await registerPartnerClient(platform, input({ name: '一号' }), ports);
    ports.clock.advance(1000);
    const second = await registerPartnerClient(platform, input({ name: '二号' }), ports);
    await registerPartnerClient(platform, input({ regionId: 'r-2', name: '别区' }), ports);
    const page = await listPartnerClients(platform, { regionId, first: 1 }, ports);
    expect(page.edges.map((e) => e.node.clientId)).toEqual([second.client.clientId]);
    const next = await listPartnerClients(platform, { regionId, first: 1, after: page.pageInfo.endCursor }, ports);
    expect(next.edges.map((e) => e.node.clientId)).toEqual([first.client.clientId]);
    expect(next.pageInfo.hasNextPage).toBe(false);
  });
});
