import type { AppConfig } from '../functions/src/config';
import { seedDataset, type Dataset } from './dataset';
import type { DynamoCost } from './dynamo-counter';
import { OPERATIONS, PAGE_QUERIES, PAGE_TOTALS } from './operations';
import type { Report } from './results';
import { inProcessApi, type InProcessApi } from './services';
import { round } from './stats';

/** The cost of each admin operation at one data size. */
export interface SizeCosts {
  size: number;
  costs: Map<string, DynamoCost>;
  dataset: Dataset;
}

/**
 * Figure 1: DynamoDB requests and consumed capacity of each query and mutation of the admin's pages,
 * counted on the repositories' client, at each data size. Each query runs once to warm up (not counted)
 * and once counted; counts do not vary between runs (checked).
 */
export async function measureRoundTrips(config: AppConfig, size: number, api: InProcessApi = inProcessApi(config)): Promise<SizeCosts> {
  const dataset = await seedDataset(api.seedClient, config.tableName, api.ports, { size, pairings: size, areas: true });
  const costs = new Map<string, DynamoCost>();
  for (const operation of PAGE_QUERIES) {
    const variables = operation.variables(dataset);
    const warm = await api.counter.measure(() => api.run(operation.query, variables, dataset.admin));
    const { cost } = await api.counter.measure(() => api.run(operation.query, variables, dataset.admin));
    if (warm.cost.requests !== cost.requests) {
      throw new Error(`bench: ${operation.name} made ${warm.cost.requests} then ${cost.requests} DynamoDB requests for the same input`);
    }
    costs.set(operation.name, cost);
  }
  for (const [total, parts] of Object.entries(PAGE_TOTALS)) costs.set(total, sum(parts.map((name) => costs.get(name)!)));
  for (const [name, cost] of await measureMutations(api, dataset)) costs.set(name, cost);
  return { size, costs, dataset };
}

/**
 * Each mutation of the admin once, on fresh units so that every one succeeds: create a unit, edit it,
 * register it, pair it with the community and end the pairing, suspend it; create another and delete it;
 * ask for an upload URL. registerUnit runs without a form (with one it also reads the upload item and
 * talks to S3, which this figure does not count).
 */
async function measureMutations(api: InProcessApi, data: Dataset): Promise<Map<string, DynamoCost>> {
  const costs = new Map<string, DynamoCost>();
  const run = async <T>(name: string, query: string, variables: Record<string, unknown>): Promise<T> => {
    const { result, cost } = await api.counter.measure(() => api.run<T>(query, variables, data.admin));
    costs.set(name, cost);
    return result;
  };
  const unitInput = (name: string) => ({ name, hostKind: 'ENTERPRISE', level: 'BRANCH', allianceRole: 'MEMBER_UNIT', parentId: data.community.id });
  const stamp = Date.now().toString(36);
  const created = await run<{ createUnit: { id: string } }>('create-unit', OPERATIONS.createUnit, { input: unitInput(`基准新建单位${stamp}`) });
  const id = created.createUnit.id;
  const updated = await run<{ updateUnit: { version: number } }>('update-unit', OPERATIONS.updateUnit, {
    input: { id, version: 1, address: '人民路 8 号' },
  });
  const registered = await run<{ registerUnit: { version: number } }>('register-unit', OPERATIONS.registerUnit, {
    input: { id, version: updated.updateUnit.version, registeredOn: '2026-01-20', communityId: data.community.id },
  });
  const paired = await run<{ createPairing: { id: string; version: number } }>('create-pairing', OPERATIONS.createPairing, {
    input: { unitId: id, communityId: data.community.id, startsOn: '2026-02-01', endsOn: '2027-01-31', content: '共建活动' },
  });
  await run('end-pairing', OPERATIONS.endPairing, {
    input: { id: paired.createPairing.id, version: paired.createPairing.version, endedOn: '2026-03-01', reason: '基准测试' },
  });
  await run('change-unit-status', OPERATIONS.changeUnitStatus, {
    input: { id, version: registered.registerUnit.version, action: 'SUSPEND', reason: '基准测试' },
  });
  const spare = await api.run<{ createUnit: { id: string } }>(OPERATIONS.createUnit, { input: unitInput(`基准待删单位${stamp}`) }, data.admin);
  await run('delete-unit', OPERATIONS.deleteUnit, { id: spare.createUnit.id, version: 1 });
  await run('create-upload-url', OPERATIONS.createUploadUrl, {
    input: { fileName: '报到登记表.pdf', contentType: 'application/pdf', size: 1024, sha256: 'a'.repeat(64) },
  });
  return costs;
}

function sum(costs: DynamoCost[]): DynamoCost {
  const total: DynamoCost = { requests: 0, byAction: {}, rcu: 0, wcu: 0 };
  for (const c of costs) {
    total.requests += c.requests;
    total.rcu += c.rcu;
    total.wcu += c.wcu;
    for (const [action, n] of Object.entries(c.byAction)) total.byAction[action] = (total.byAction[action] ?? 0) + n;
  }
  return total;
}

export function describeCost(cost: DynamoCost): string {
  const actions = Object.entries(cost.byAction).map(([a, n]) => `${a} ${n}`).join(', ');
  const capacity = [cost.rcu ? `${round(cost.rcu, 1)} RCU` : '', cost.wcu ? `${round(cost.wcu, 1)} WCU` : ''].filter(Boolean);
  return `${cost.requests} request${cost.requests === 1 ? '' : 's'}${actions ? ` (${actions})` : ''}, ${capacity.join(', ') || '0 RCU'}`;
}

const MUTATIONS = ['create-unit', 'update-unit', 'register-unit', 'change-unit-status', 'delete-unit', 'create-pairing', 'end-pairing', 'create-upload-url'];

/** Runs figure 1 at both sizes and reports each operation at each size, then whether lists stayed flat. */
export async function runRoundTrips(config: AppConfig, sizes: number[], report: Report): Promise<SizeCosts[]> {
  const api = inProcessApi(config);
  const results: SizeCosts[] = [];
  try {
    for (const size of sizes) results.push(await measureRoundTrips(config, size, api));
  } finally {
    api.close();
  }
  const names = [...PAGE_QUERIES.map((q) => q.name), ...Object.keys(PAGE_TOTALS), ...MUTATIONS];
  for (const name of names) {
    for (const { size, costs } of results) {
      const cost = costs.get(name)!;
      report.add({
        group: 'roundtrips',
        name,
        params: { size },
        values: { requests: cost.requests, rcu: round(cost.rcu, 2), wcu: round(cost.wcu, 2), ...prefixed(cost.byAction) },
        text: describeCost(cost),
      });
    }
  }
  const [small, large] = [results[0]!, results.at(-1)!];
  const grew = PAGE_QUERIES.filter((q) => q.list && large.costs.get(q.name)!.requests !== small.costs.get(q.name)!.requests).map((q) => q.name);
  report.add({
    group: 'roundtrips',
    name: 'list-pages-flat',
    params: { sizes: `${small.size}/${large.size}` },
    values: { flat: grew.length === 0, grew: grew.join(',') },
    text: grew.length === 0 ? 'yes: no list page makes more DynamoDB requests with more data' : `NO: ${grew.join(', ')} grew with the data size`,
  });
  // Pages that are not flat lists (details, figures, bounded filters) may grow: name the ones that did, so that
  // growth shows in every run rather than only in the figures above.
  const moved = PAGE_QUERIES.filter((q) => !q.list && large.costs.get(q.name)!.requests !== small.costs.get(q.name)!.requests).map(
    (q) => `${q.name} ${small.costs.get(q.name)!.requests}→${large.costs.get(q.name)!.requests}`,
  );
  report.add({
    group: 'roundtrips',
    name: 'other-pages-grew',
    params: { sizes: `${small.size}/${large.size}` },
    values: { count: moved.length, grew: moved.join(',') },
    text: moved.length === 0 ? 'none: no other page made more DynamoDB requests with more data' : `${moved.join(', ')} (requests at ${small.size} → ${large.size})`,
  });
  return results;
}

const prefixed = (byAction: Record<string, number>) => Object.fromEntries(Object.entries(byAction).map(([a, n]) => [`requests.${a}`, n]));
