import { describe, expect, it } from 'vitest';
import { recordChange } from '../../functions/src/domain/audit/service';
import { RetryableWriteError } from '../../functions/src/domain/retry';
import { UNIT_AUDIT } from '../../functions/src/domain/units/unit';
import { CREATE_UNIT, UPDATE_UNIT, errorOf, newRegion, unitInput } from './harness';

/**
 * Counters kept on a unit by other writes (children, pairings) change by adding, never bump the unit's
 * version and never make an edit fail: a clerk's save does not meet CONFLICT because a child or a pairing
 * was added meanwhile, and no increment is lost. A delete still sees them.
 */
const PAIR = 'mutation($i: CreatePairingInput!) { createPairing(input: $i) { id } }';
const COUNTS = 'query($id: ID!) { unit(id: $id) { version address childCount activePairingCount } }';

async function setup() {
  const region = await newRegion();
  const make = async (overrides: Record<string, unknown> = {}) => {
    const result = await region.gql(CREATE_UNIT, { input: unitInput(overrides) });
    expect(result.errors).toBeUndefined();
    return result.data.createUnit as { id: string; version: number };
  };
  return { ...region, make };
}

/** Ten edits one after another, each on the version it just read: every one must succeed. */
async function tenEdits(gql: Awaited<ReturnType<typeof setup>>['gql'], id: string): Promise<string[]> {
  const failures: string[] = [];
  for (let i = 1; i <= 10; i++) {
    const { version } = (await gql(COUNTS, { id })).data.unit;
    const result = await gql(UPDATE_UNIT, { input: { id, version, address: `人民路 ${i} 号` } });
    if (result.errors) failures.push(`edit ${i}: ${errorOf(result).code} ${errorOf(result).message}`);
  }
  return failures;
}

describe('successful: counters do not fight edits', () => {
  it('50 counter changes (25 pairings, 25 children) race 10 profile edits of a community: every edit succeeds, every count is exact', async () => {
    const { gql, make } = await setup();
    const community = await make({ hostKind: 'COMMUNITY', allianceRole: 'COMMUNITY_ORGANIZATION' });
    const partners = await Promise.all(Array.from({ length: 25 }, () => make()));
    const [failures, ...changes] = await Promise.all([
      tenEdits(gql, community.id),
      ...partners.map((p) => gql(PAIR, { i: { unitId: p.id, communityId: community.id, startsOn: '2026-01-01', content: '共建' } })),
      ...Array.from({ length: 25 }, () => gql(CREATE_UNIT, { input: unitInput({ parentId: community.id }) })),
    ]);
    expect(failures).toEqual([]);
    expect(changes.filter((c) => (c as { errors?: unknown }).errors)).toEqual([]);
    expect((await gql(COUNTS, { id: community.id })).data.unit).toEqual({ version: 11, address: '人民路 10 号', childCount: 25, activePairingCount: 25 });
  });

  it("pairings on a unit's own side race its edits too: edits succeed, the count is exact, and it leaves the 'needs a pairing' list", async () => {
    const { gql, make } = await setup();
    const unit = await make();
    const communities = await Promise.all(Array.from({ length: 10 }, () => make({ hostKind: 'VILLAGE', allianceRole: 'COMMUNITY_ORGANIZATION' })));
    const [failures, ...pairings] = await Promise.all([
      tenEdits(gql, unit.id),
      ...communities.map((c) => gql(PAIR, { i: { unitId: unit.id, communityId: c.id, startsOn: '2026-01-01', content: '共建' } })),
    ]);
    expect(failures).toEqual([]);
    expect(pairings.filter((p) => (p as { errors?: unknown }).errors)).toEqual([]);
    expect((await gql(COUNTS, { id: unit.id })).data.unit).toMatchObject({ version: 11, activePairingCount: 10 });
    const unpaired = await gql('{ units(first: 50, filter: { unpaired: true }) { edges { node { id } } } }');
    expect(unpaired.data.units.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(unit.id);
  });
});

describe('successful: a save never waits on a counter', () => {
  it('saves a profile read before a pairing and a child were added, without a retry, keeping both counts', async () => {
    const { gql, make, ports, regionId, admin } = await setup();
    const community = await make({ hostKind: 'COMMUNITY', allianceRole: 'COMMUNITY_ORGANIZATION' });
    const partner = await make();
    const read = (await ports.units.get(regionId, community.id))!;
    // Between the read and the save: a counter change of each kind.
    expect((await gql(PAIR, { i: { unitId: partner.id, communityId: community.id, startsOn: '2026-01-01', content: '共建' } })).errors).toBeUndefined();
    expect((await gql(CREATE_UNIT, { input: unitInput({ parentId: community.id }) })).errors).toBeUndefined();
    const next = { ...read, address: '幸福路 1 号', version: read.version + 1, updatedAt: new Date().toISOString() };
    const audit = recordChange(admin, ports, UNIT_AUDIT, { operation: 'updateUnit', recordId: read.id, version: next.version, before: read, after: next });
    // The store's own save: a RetryableWriteError or a CONFLICT here would be an edit fighting a counter.
    await ports.units.save({ current: read, next }, { audit });
    expect(await ports.units.get(regionId, community.id)).toMatchObject({ address: '幸福路 1 号', version: 2, childCount: 1, activePairingCount: 1, pairingCount: 1 });
  });
});

describe('failing: a change that decides "needs a pairing" anew does wait on the count', () => {
  it('refuses, for a retry, a status change read before a pairing, so the unit is never listed as unpaired with a pairing', async () => {
    const { gql, make, ports, regionId, admin } = await setup();
    const unit = await make();
    const community = await make({ hostKind: 'COMMUNITY', allianceRole: 'COMMUNITY_ORGANIZATION' });
    const read = (await ports.units.get(regionId, unit.id))!;
    expect((await gql(PAIR, { i: { unitId: unit.id, communityId: community.id, startsOn: '2026-01-01', content: '共建' } })).errors).toBeUndefined();
    // Suspending, then reinstating on that stale read would put the unit back on the unpaired list.
    const suspended = { ...read, status: 'SUSPENDED' as const, version: read.version + 1 };
    const audit = () => recordChange(admin, ports, UNIT_AUDIT, { operation: 'changeUnitStatus', recordId: read.id, version: suspended.version, before: read, after: suspended });
    await ports.units.save({ current: read, next: suspended }, { audit: audit() }).then(
      () => expect.unreachable('a save that decides the pairing flag on a stale count must be refused'),
      (error) => expect(error).toBeInstanceOf(RetryableWriteError),
    );
    // Through the use case it is simply run again, on a fresh read.
    const result = await gql('mutation($i: ChangeUnitStatusInput!) { changeUnitStatus(input: $i) { status needsPairing activePairingCount } }', { i: { id: unit.id, version: 1, action: 'SUSPEND' } });
    expect(result.data.changeUnitStatus).toEqual({ status: 'SUSPENDED', needsPairing: false, activePairingCount: 1 });
  });
});

describe('failing: a delete still sees the counters', () => {
  it('a delete racing new children either wins alone or is refused with every child counted', async () => {
    const { gql, make, ports, regionId } = await setup();
    for (let round = 0; round < 3; round++) {
      const parent = await make();
      const [deleted, ...children] = await Promise.all([
        gql('mutation($id: ID!, $v: Int!) { deleteUnit(id: $id, version: $v) { id } }', { id: parent.id, v: 1 }),
        ...Array.from({ length: 5 }, () => gql(CREATE_UNIT, { input: unitInput({ parentId: parent.id }) })),
      ]);
      const created = children.filter((c) => !c.errors).length;
      const stored = await ports.units.get(regionId, parent.id);
      if (deleted.errors) {
        expect(errorOf(deleted)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
        expect(stored!.childCount).toBe(created);
        expect(created).toBeGreaterThan(0);
      } else {
        expect(stored).toBeNull();
        expect(created).toBe(0);
        for (const child of children) expect(errorOf(child)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
      }
    }
  });
});
