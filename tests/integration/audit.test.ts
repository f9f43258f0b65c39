import { describe, expect, it } from 'vitest';
import { CREATE_UNIT, UPDATE_UNIT, errorOf, newRegion, unitInput } from './harness';

const TRAIL = `query($id: ID!, $after: String) { auditTrail(recordId: $id, first: 10, after: $after) {
  edges { node { operation recordType recordId version actorId actorName outcome changes { field before after } } }
  pageInfo { endCursor hasNextPage } } }`;
const REGION_TRAIL = `query($first: Int, $after: String) { regionAuditTrail(first: $first, after: $after) {
  edges { node { operation recordId } } pageInfo { endCursor hasNextPage } } }`;

describe('successful: audit trail', () => {
  it('records every change of a unit with who, what and the changed fields, newest first', async () => {
    const { gql, admin } = await newRegion();
    const unit = (await gql(CREATE_UNIT, { input: unitInput({ name: '审计单位', leader: { name: '王', phone: '13812345678' } }) })).data.createUnit;
    await gql(UPDATE_UNIT, { input: { id: unit.id, version: 1, address: '人民路 1 号', leader: { name: '王', phone: '13900001111' } } });
    await gql('mutation($i: ChangeUnitStatusInput!) { changeUnitStatus(input: $i) { id } }', { i: { id: unit.id, version: 2, action: 'SUSPEND', reason: '整改' } });
    const trail = (await gql(TRAIL, { id: unit.id })).data.auditTrail.edges.map((e: any) => e.node);
    expect(trail.map((e: any) => [e.operation, e.version])).toEqual([['changeUnitStatus', 3], ['updateUnit', 2], ['createUnit', 1]]);
    expect(trail[0]).toMatchObject({ recordType: 'Unit', actorId: admin.userId, actorName: admin.displayName, outcome: 'SUCCESS' });
    expect(trail[0].changes).toEqual([
      { field: 'status', before: 'INVITED', after: 'SUSPENDED' },
      { field: 'reason', before: null, after: '整改' },
    ]);
    // Phones are masked in the trail; unchanged fields are not listed.
    expect(trail[1].changes).toEqual([
      { field: 'address', before: null, after: '人民路 1 号' },
      { field: 'leader.phone', before: '138****5678', after: '139****1111' },
    ]);
    expect(trail[2].changes).toContainEqual({ field: 'name', before: null, after: '审计单位' });
    // A new record's empty fields are no change.
    expect(trail[2].changes.filter((c: any) => c.before === null && c.after === null)).toEqual([]);
  });

  it('resolves the units an entry is about or names, in the same request', async () => {
    const { gql } = await newRegion();
    const parent = (await gql(CREATE_UNIT, { input: unitInput({ name: '上级' }) })).data.createUnit;
    const child = (await gql(CREATE_UNIT, { input: unitInput({ name: '下级', parentId: parent.id }) })).data.createUnit;
    const query = `query($id: ID!) { auditTrail(recordId: $id, first: 5) { edges { node {
      unit { name } changes { field beforeUnit { name } afterUnit { name } } } } } }`;
    const [entry] = (await gql(query, { id: child.id })).data.auditTrail.edges.map((e: any) => e.node);
    expect(entry.unit).toEqual({ name: '下级' });
    expect(entry.changes.find((c: any) => c.field === 'parentId')).toEqual({ field: 'parentId', beforeUnit: null, afterUnit: { name: '上级' } });
    expect(entry.changes.find((c: any) => c.field === 'name')).toEqual({ field: 'name', beforeUnit: null, afterUnit: null });
  });

  it('names the pairing an entry is about by its two units', async () => {
    const { gql } = await newRegion();
    const community = (await gql(CREATE_UNIT, { input: unitInput({ name: '结对社区', hostKind: 'COMMUNITY', allianceRole: 'COMMUNITY_ORGANIZATION' }) })).data.createUnit;
    const unit = (await gql(CREATE_UNIT, { input: unitInput({ name: '结对企业' }) })).data.createUnit;
    const pairing = (await gql('mutation($i: CreatePairingInput!) { createPairing(input: $i) { id } }', { i: { unitId: unit.id, communityId: community.id, startsOn: '2026-01-01', content: '共建' } })).data.createPairing;
    const query = `query($id: ID!) { auditTrail(recordId: $id, first: 5) { edges { node { recordType unit { id } pairing { id unit { name } community { name } } } } } }`;
    const [entry] = (await gql(query, { id: pairing.id })).data.auditTrail.edges.map((e: any) => e.node);
    expect(entry).toEqual({ recordType: 'Pairing', unit: null, pairing: { id: pairing.id, unit: { name: '结对企业' }, community: { name: '结对社区' } } });
  });

  it("pages the region's trail newest first, pairings and uploads included", async () => {
    const { gql } = await newRegion();
    const community = (await gql(CREATE_UNIT, { input: unitInput({ hostKind: 'COMMUNITY', allianceRole: 'COMMUNITY_ORGANIZATION' }) })).data.createUnit;
    const unit = (await gql(CREATE_UNIT, { input: unitInput() })).data.createUnit;
    await gql('mutation($i: CreatePairingInput!) { createPairing(input: $i) { id } }', { i: { unitId: unit.id, communityId: community.id, startsOn: '2026-01-01', content: '共建' } });
    await gql('mutation($i: CreateUploadInput!) { createUploadUrl(input: $i) { uploadId } }', { i: { fileName: 'a.pdf', contentType: 'application/pdf', size: 3, sha256: 'b'.repeat(64) } });
    const operations: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await gql(REGION_TRAIL, { first: 2, after })).data.regionAuditTrail;
      operations.push(...page.edges.map((e: any) => e.node.operation));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(operations).toEqual(['createUploadUrl', 'createPairing', 'createUnit', 'createUnit']);
  });
});

describe('failing: audit trail', () => {
  it('writes nothing when the change fails, and keeps regions apart', async () => {
    const { gql } = await newRegion();
    const unit = (await gql(CREATE_UNIT, { input: unitInput() })).data.createUnit;
    expect(errorOf(await gql(UPDATE_UNIT, { input: { id: unit.id, version: 9, address: 'x' } })).code).toBe('CONFLICT');
    expect(errorOf(await gql(CREATE_UNIT, { input: unitInput({ name: unit.name }) })).field).toBe('name');
    const trail = (await gql(TRAIL, { id: unit.id })).data.auditTrail.edges;
    expect(trail.map((e: any) => e.node.operation)).toEqual(['createUnit']);
    expect((await gql(REGION_TRAIL, { first: 10 })).data.regionAuditTrail.edges).toHaveLength(1);
    const other = await newRegion();
    expect((await other.gql(TRAIL, { id: unit.id })).data.auditTrail.edges).toEqual([]);
    expect((await other.gql(REGION_TRAIL, { first: 10 })).data.regionAuditTrail.edges).toEqual([]);
  });

  it('offers no way to change the trail', async () => {
    const { gql } = await newRegion();
    const result = await gql('mutation { deleteAuditEntry(id: "x") { id } }');
    expect(errorOf(result).code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
