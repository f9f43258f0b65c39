import { describe, expect, it } from 'vitest';
import { CREATE_UNIT, errorOf, newRegion, unitInput } from './harness';

/** The alliance's organisation through GraphQL on DynamoDB Local. */
const SET_OFFICER = 'mutation($input: SetOfficerInput!) { setOfficer(input: $input) { id version post personName termStart termEnd current unit { name } } }';
const OFFICERS = 'query($past: Boolean) { officers(includePast: $past) { id post personName termEnd current endReason unit { name } } }';
const CREATE_SUB_BODY = 'mutation($input: CreateSubBodyInput!) { createSubBody(input: $input) { id version name convenerUnit { name } units { name } people { name unit { name } } } }';

describe('successful: the alliance organisation on DynamoDB Local', () => {
  it('appoints a 会长, keeps the previous one in history, sets the council term and forms a body', async () => {
    const env = await newRegion();
    const unit = (await env.gql(CREATE_UNIT, { input: unitInput({ name: '区委组织部机关党支部', allianceRole: 'COUNCIL_UNIT' }) })).data.createUnit;
    const first = await env.gql(SET_OFFICER, { input: { post: 'PRESIDENT', personName: '王建国', personTitle: '区委书记', unitId: unit.id, termStart: '2021-03-01' } });
    expect(first.errors).toBeUndefined();
    const second = await env.gql(SET_OFFICER, { input: { post: 'PRESIDENT', personName: '张伟', unitId: unit.id, termStart: '2026-03-01' } });
    expect(second.data.setOfficer).toMatchObject({ current: true, unit: { name: '区委组织部机关党支部' } });
    const listed = await env.gql(OFFICERS, { past: true });
    expect(listed.data.officers.map((o: { personName: string; current: boolean }) => [o.personName, o.current])).toEqual([['张伟', true], ['王建国', false]]);
    expect(listed.data.officers[1]).toMatchObject({ termEnd: '2026-02-28', endReason: '由新任接替' });
    expect((await env.gql(OFFICERS, {})).data.officers).toHaveLength(1);

    const term = await env.gql('mutation($input: SetCouncilTermInput!) { setCouncilTerm(input: $input) { councilTermStart councilTermEnd version } }', {
      input: { start: '2026-01-01', end: '2030-12-31', version: 0 },
    });
    expect(term.data.setCouncilTerm).toEqual({ councilTermStart: '2026-01-01', councilTermEnd: '2030-12-31', version: 1 });

    const body = await env.gql(CREATE_SUB_BODY, {
      input: { kind: 'STREET_BRANCH', name: '长安街道分会', convenerUnitId: unit.id, unitIds: [unit.id], people: [{ name: '李红', title: '分会会长', unitId: unit.id }] },
    });
    expect(body.data.createSubBody).toMatchObject({ convenerUnit: { name: '区委组织部机关党支部' }, units: [{ name: '区委组织部机关党支部' }], people: [{ unit: { name: '区委组织部机关党支部' } }] });
    const list = await env.gql('{ subBodies(kind: STREET_BRANCH) { edges { node { name } } } }');
    expect(list.data.subBodies.edges).toEqual([{ node: { name: '长安街道分会' } }]);
  });
});

describe('failing: the alliance organisation on DynamoDB Local', () => {
  it('refuses at the field, and stale versions as CONFLICT', async () => {
    const env = await newRegion();
    const unit = (await env.gql(CREATE_UNIT, { input: unitInput() })).data.createUnit;
    expect(errorOf(await env.gql(SET_OFFICER, { input: { post: 'PRESIDENT', personName: '王建国', unitId: 'missing', termStart: '2026-03-01' } }))).toMatchObject({
      code: 'BAD_USER_INPUT', field: 'unitId',
    });
    const input = { kind: 'RESEARCH_COMMITTEE', name: '民生建设专业研究委员会', convenerUnitId: unit.id };
    await env.gql(CREATE_SUB_BODY, { input });
    expect(errorOf(await env.gql(CREATE_SUB_BODY, { input: { ...input, kind: 'STREET_BRANCH' } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(errorOf(await env.gql(CREATE_SUB_BODY, { input: { ...input, name: '新委员会', unitIds: [unit.id, 'missing'] } }))).toMatchObject({ field: 'unitIds.1' });
    const term = 'mutation($input: SetCouncilTermInput!) { setCouncilTerm(input: $input) { version } }';
    await env.gql(term, { input: { start: '2026-01-01', end: '2030-12-31', version: 0 } });
    expect(errorOf(await env.gql(term, { input: { start: '2026-01-01', end: '2030-12-31', version: 0 } }))).toMatchObject({ code: 'CONFLICT' });
  });
});
