import { describe, expect, it } from 'vitest';
import { CREATE_UNIT, errorOf, newRegion, unitInput } from './harness';

/** The issue ledger's use cases through GraphQL on DynamoDB Local. */
const RAISE = 'mutation($input: RaiseLedgerItemInput!) { raiseLedgerItem(input: $input) { id number version status } }';
const ITEM_FIELDS = 'id number status version overdue allowedActions history { action note } handlerDepartment signedOffBy';

describe('the issue ledger on DynamoDB Local', () => {
  it('50 raises at once through the use case get 50 distinct, gap-free numbers', async () => {
    const env = await newRegion();
    const unit = (await env.gql(CREATE_UNIT, { input: unitInput() })).data.createUnit.id as string;
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => env.gql(RAISE, { input: { raisedByUnitId: unit, title: `事项${i}`, description: '并发登记' } })),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    const year = new Date().getUTCFullYear();
    const numbers = results.map((r) => r.data.raiseLedgerItem.number as string).sort();
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => `${year}-${String(i + 1).padStart(4, '0')}`));
    const figures = await env.gql(`{ ledgerYear(year: ${year}) { total byStatus { status count } } }`);
    expect(figures.data.ledgerYear.total).toBe(50);
  });

  it('一办一销: assigned, resolved, reopened, resolved again and closed only by the raising unit', async () => {
    const env = await newRegion();
    const school = (await env.gql(CREATE_UNIT, { input: unitInput() })).data.createUnit.id as string;
    const liaison = { userId: 'l-1', displayName: '联络员', regionId: env.regionId, roles: ['UNIT_LIAISON' as const], unitId: school };
    const raised = await env.gql(RAISE, { input: { raisedByUnitId: school, kind: 'PROBLEM', title: '校门口交通拥堵', description: '接送车辆占道' } }, liaison);
    expect(raised.errors).toBeUndefined();
    let item = raised.data.raiseLedgerItem;
    const step = async (mutation: string, input: Record<string, unknown>, as = env.admin as Parameters<typeof env.gql>[2]) => {
      const result = await env.gql(`mutation($input: ${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { ${ITEM_FIELDS} } }`, { input }, as);
      return result;
    };
    const dueOn = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    item = (await step('assignLedgerItem', { id: item.id, version: item.version, handlerDepartment: '区交警大队', dueOn })).data.assignLedgerItem;
    expect(item).toMatchObject({ status: 'ASSIGNED', overdue: false, handlerDepartment: '区交警大队' });
    item = (await step('resolveLedgerItem', { id: item.id, version: item.version, resolution: '增设护学岗' })).data.resolveLedgerItem;
    const noReason = await step('reopenLedgerItem', { id: item.id, version: item.version, reason: ' ' }, liaison);
    expect(errorOf(noReason)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    item = (await step('reopenLedgerItem', { id: item.id, version: item.version, reason: '只设了早高峰' }, liaison)).data.reopenLedgerItem;
    item = (await step('resolveLedgerItem', { id: item.id, version: item.version, resolution: '早晚高峰均设护学岗' })).data.resolveLedgerItem;
    const read = await env.gql(`query($id: ID!) { ledgerItem(id: $id) { ${ITEM_FIELDS} } }`, { id: item.id }, liaison);
    expect(read.data.ledgerItem.allowedActions).toEqual(['SIGN_OFF', 'REOPEN']);
    const stale = await step('signOffLedgerItem', { id: item.id, version: item.version - 1 }, liaison);
    expect(errorOf(stale).code).toBe('CONFLICT');
    item = (await step('signOffLedgerItem', { id: item.id, version: item.version }, liaison)).data.signOffLedgerItem;
    expect(item).toMatchObject({ status: 'CLOSED', signedOffBy: '联络员' });
    expect(item.history.map((e: { action: string }) => e.action)).toEqual(['RAISE', 'ASSIGN', 'RESOLVE', 'REOPEN', 'RESOLVE', 'SIGN_OFF']);
  });
});
