import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { recordChange } from '../../functions/src/domain/audit/service';
import { PAIRING_AUDIT, type Pairing } from '../../functions/src/domain/pairings/pairing';
import { RetryableWriteError } from '../../functions/src/domain/retry';
import { UNIT_AUDIT } from '../../functions/src/domain/units/unit';
import { CREATE_UNIT, errorOf, newRegion, unitInput } from './harness';

const CREATE_PAIRING = `mutation($input: CreatePairingInput!) { createPairing(input: $input) {
  id status version startsOn endsOn content expired unit { id name activePairingCount needsPairing } community { id name activePairingCount } } }`;
const END_PAIRING = `mutation($input: EndPairingInput!) { endPairing(input: $input) { id status version endedOn endReason
  unit { activePairingCount needsPairing } community { activePairingCount } } }`;
const PAIRINGS_OF = `query($id: ID!) { unit(id: $id) { activePairingCount needsPairing pairings(first: 10) { edges { node { id status unit { name } community { name } } } } } }`;
const UNPAIRED = `{ units(first: 50, filter: { unpaired: true }) { edges { node { name } } } }`;

async function setup() {
  const region = await newRegion();
  const make = async (overrides: Record<string, unknown>) => (await region.gql(CREATE_UNIT, { input: unitInput(overrides) })).data.createUnit;
  const community = await make({ name: '幸福社区', hostKind: 'COMMUNITY', allianceRole: 'COMMUNITY_ORGANIZATION' });
  const unit = await make({ name: '区图书馆党支部', hostKind: 'PUBLIC_INSTITUTION' });
  return { ...region, make, community, unit };
}

const pairingInput = (unitId: string, communityId: string, extra: Record<string, unknown> = {}) => ({
  unitId, communityId, startsOn: '2026-01-01', endsOn: '2026-12-31', content: '共建图书角，每月一次读书会', ...extra,
});

describe('successful: pairings', () => {
  it('pairs a unit with a community, lists it on both sides, and ends it', async () => {
    const { gql, unit, community } = await setup();
    const created = await gql(CREATE_PAIRING, { input: pairingInput(unit.id, community.id) });
    expect(created.errors).toBeUndefined();
    expect(created.data.createPairing).toMatchObject({
      status: 'ACTIVE', version: 1, unit: { activePairingCount: 1, needsPairing: false }, community: { activePairingCount: 1 },
    });
    for (const side of [unit, community]) {
      const listed = await gql(PAIRINGS_OF, { id: side.id });
      expect(listed.data.unit.pairings.edges).toEqual([
        { node: { id: created.data.createPairing.id, status: 'ACTIVE', unit: { name: '区图书馆党支部' }, community: { name: '幸福社区' } } },
      ]);
    }
    expect((await gql(UNPAIRED)).data.units.edges).toEqual([]);

    const ended = await gql(END_PAIRING, { input: { id: created.data.createPairing.id, version: 1, endedOn: '2026-06-30', reason: '协议提前终止' } });
    expect(ended.errors).toBeUndefined();
    expect(ended.data.endPairing).toMatchObject({ status: 'ENDED', version: 2, endedOn: '2026-06-30', unit: { activePairingCount: 0, needsPairing: true }, community: { activePairingCount: 0 } });
    expect((await gql(PAIRINGS_OF, { id: community.id })).data.unit.pairings.edges[0].node.status).toBe('ENDED');
    expect((await gql(UNPAIRED)).data.units.edges).toEqual([{ node: { name: '区图书馆党支部' } }]);
    // Ended, the same two may pair again.
    expect((await gql(CREATE_PAIRING, { input: pairingInput(unit.id, community.id) })).errors).toBeUndefined();
  });

  it('counts right when many units pair with one community at once', async () => {
    const { gql, make, community } = await setup();
    const units = await Promise.all(Array.from({ length: 5 }, (_, i) => make({ name: `并发单位${i}` })));
    const results = await Promise.all(units.map((u) => gql(CREATE_PAIRING, { input: pairingInput(u.id, community.id) })));
    expect(results.map((r) => r.errors)).toEqual(Array(5).fill(undefined));
    expect((await gql(PAIRINGS_OF, { id: community.id })).data.unit).toMatchObject({ activePairingCount: 5 });
  });

  it('flags an active pairing whose term has run out as expired', async () => {
    const { gql, unit, community } = await setup();
    const created = await gql(CREATE_PAIRING, { input: pairingInput(unit.id, community.id, { startsOn: '2020-01-01', endsOn: '2020-12-31' }) });
    expect(created.data.createPairing.expired).toBe(true);
  });
});

describe('failing: pairings', () => {
  it('refuses a duplicate active pairing, a non-community target and bad terms', async () => {
    const { gql, make, unit, community } = await setup();
    await gql(CREATE_PAIRING, { input: pairingInput(unit.id, community.id) });
    expect(errorOf(await gql(CREATE_PAIRING, { input: pairingInput(unit.id, community.id) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'communityId' });
    const enterprise = await make({ name: '企业' });
    expect(errorOf(await gql(CREATE_PAIRING, { input: pairingInput(unit.id, enterprise.id) }))).toMatchObject({ field: 'communityId' });
    expect(errorOf(await gql(CREATE_PAIRING, { input: pairingInput(community.id, community.id) }))).toMatchObject({ field: 'communityId' });
    expect(errorOf(await gql(CREATE_PAIRING, { input: pairingInput(enterprise.id, community.id, { endsOn: '2025-01-01' }) }))).toMatchObject({ field: 'endsOn' });
    expect(errorOf(await gql(CREATE_PAIRING, { input: pairingInput(enterprise.id, community.id, { content: '' }) }))).toMatchObject({ field: 'content' });
    expect((await gql(PAIRINGS_OF, { id: community.id })).data.unit.activePairingCount).toBe(1);
  });

  it('refuses to pair a withdrawn unit and to delete a unit that has pairings', async () => {
    const { gql, make, unit, community } = await setup();
    const leaving = await make({ name: '退出单位' });
    await gql('mutation($i: ChangeUnitStatusInput!) { changeUnitStatus(input: $i) { status } }', { i: { id: leaving.id, version: 1, action: 'WITHDRAW' } });
    expect(errorOf(await gql(CREATE_PAIRING, { input: pairingInput(leaving.id, community.id) }))).toMatchObject({ field: 'unitId' });
    await gql(CREATE_PAIRING, { input: pairingInput(unit.id, community.id) });
    const del = await gql('mutation($id: ID!, $v: Int!) { deleteUnit(id: $id, version: $v) { id } }', { id: unit.id, v: 1 });
    expect(errorOf(del)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('refuses to switch a paired unit between community and other kinds, either way', async () => {
    const { gql, unit, community } = await setup();
    await gql(CREATE_PAIRING, { input: pairingInput(unit.id, community.id) });
    const update = `mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { hostKind } }`;
    expect(errorOf(await gql(update, { input: { id: unit.id, version: 1, hostKind: 'VILLAGE' } }))).toMatchObject({ field: 'hostKind' });
    expect(errorOf(await gql(update, { input: { id: community.id, version: 1, hostKind: 'ENTERPRISE' } }))).toMatchObject({ field: 'hostKind' });
    expect((await gql(update, { input: { id: unit.id, version: 1, hostKind: 'HOSPITAL' } })).data.updateUnit.hostKind).toBe('HOSPITAL');
  });

  it('refuses a stale end and a second end', async () => {
    const { gql, unit, community } = await setup();
    const { id } = (await gql(CREATE_PAIRING, { input: pairingInput(unit.id, community.id) })).data.createPairing;
    expect(errorOf(await gql(END_PAIRING, { input: { id, version: 5, endedOn: '2026-02-01' } })).code).toBe('CONFLICT');
    expect(errorOf(await gql(END_PAIRING, { input: { id, version: 1, endedOn: '2025-02-01' } }))).toMatchObject({ field: 'endedOn' });
    await gql(END_PAIRING, { input: { id, version: 1, endedOn: '2026-02-01' } });
    expect(errorOf(await gql(END_PAIRING, { input: { id, version: 2, endedOn: '2026-03-01' } }))).toMatchObject({ field: 'id' });
  });
});

describe('failing: a kind change racing a pairing, on DynamoDB Local (the store keeps what the memory ports promise)', () => {
  const newPairing = (regionId: string, unitId: string, communityId: string): Pairing => {
    const now = new Date().toISOString();
    return {
      id: randomUUID(), regionId, unitId, communityId, startsOn: '2026-01-01', endsOn: null, content: '共建', agreement: null,
      status: 'ACTIVE', endedOn: null, endReason: null, version: 1, createdAt: now, updatedAt: now,
    };
  };

  it('refuses, for a retry, a pairing whose community changed kind since it was read', async () => {
    const { gql, ports, regionId, admin, unit, make } = await setup();
    const community = await make({ hostKind: 'COMMUNITY', allianceRole: 'MEMBER_UNIT' });
    const [readUnit, readCommunity] = await ports.units.getMany(regionId, [unit.id, community.id]);
    expect((await gql('mutation($i: UpdateUnitInput!) { updateUnit(input: $i) { hostKind } }', { i: { id: community.id, version: 1, hostKind: 'ENTERPRISE' } })).errors).toBeUndefined();
    const pairing = newPairing(regionId, unit.id, community.id);
    const audit = recordChange(admin, ports, PAIRING_AUDIT, { operation: 'createPairing', recordId: pairing.id, version: 1, before: null, after: pairing });
    await expect(ports.pairings.create(pairing, { unit: readUnit!, community: readCommunity! }, { audit })).rejects.toBeInstanceOf(RetryableWriteError);
    expect(await ports.units.get(regionId, community.id)).toMatchObject({ hostKind: 'ENTERPRISE', activePairingCount: 0 });
    // Through the use case: re-read, and refused for what the community now is.
    expect(errorOf(await gql(CREATE_PAIRING, { input: pairingInput(unit.id, community.id) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'communityId' });
  });

  it('refuses, for a retry, a kind change that holds only while no pairing appears', async () => {
    const { gql, ports, regionId, admin, unit, community } = await setup();
    const read = (await ports.units.get(regionId, community.id))!;
    expect((await gql(CREATE_PAIRING, { input: pairingInput(unit.id, community.id) })).errors).toBeUndefined();
    const next = { ...read, hostKind: 'ENTERPRISE' as const, version: 2 };
    const audit = recordChange(admin, ports, UNIT_AUDIT, { operation: 'updateUnit', recordId: read.id, version: 2, before: read, after: next });
    await expect(ports.units.save({ current: read, next, activePairingsAsRead: true }, { audit })).rejects.toBeInstanceOf(RetryableWriteError);
    expect(await ports.units.get(regionId, community.id)).toMatchObject({ hostKind: 'COMMUNITY', activePairingCount: 1, version: 1 });
    const result = await gql('mutation($i: UpdateUnitInput!) { updateUnit(input: $i) { hostKind } }', { i: { id: community.id, version: 1, hostKind: 'ENTERPRISE' } });
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'hostKind' });
  });
});
