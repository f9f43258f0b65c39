import type { AppConfig } from '../functions/src/config';
import { seedDataset, type Dataset } from './dataset';
import type { DynamoCost } from './dynamo-counter';
import { SCALE_QUERIES, type PageQuery } from './operations';
import type { Report } from './results';
import { describeCost } from './roundtrips';
import { inProcessApi, type InProcessApi } from './services';
import { median, ms, ratio, round, times } from './stats';

export interface ScaleSettings {
  small: number;
  large: number;
  /** Timed runs of each query on each size (after two warm-ups), alternating sizes. */
  runs: number;
}

interface Measured {
  cost: DynamoCost;
  ms: number;
}

/**
 * Each scale query on both datasets: its DynamoDB cost on each, then its latency in process, runs
 * alternating between the two sizes (so neither gets a warmer process), after two warm-ups on each.
 */
async function measureBoth(api: InProcessApi, operations: PageQuery[], small: Dataset, large: Dataset, runs: number) {
  const results: { name: string; small: Measured; large: Measured }[] = [];
  for (const operation of operations) {
    const onceOn = (data: Dataset) => () => api.run(operation.query, operation.variables(data), data.admin);
    const [a, b] = [onceOn(small), onceOn(large)];
    for (let i = 0; i < 2; i++) await a(), await b();
    const costs = [(await api.counter.measure(a)).cost, (await api.counter.measure(b)).cost] as const;
    const timings: [number[], number[]] = [[], []];
    for (let i = 0; i < runs; i++) {
      for (const [which, run] of (i % 2 ? [[1, b], [0, a]] : [[0, a], [1, b]]) as [0 | 1, () => Promise<unknown>][]) {
        const started = performance.now();
        await run();
        timings[which].push(performance.now() - started);
      }
    }
    results.push({ name: operation.name, small: { cost: costs[0], ms: median(timings[0]) }, large: { cost: costs[1], ms: median(timings[1]) } });
  }
  return results;
}

/**
 * Figure 5: the region's list pages with `large` units and `large` members in one region against `small`
 * of each: DynamoDB requests and capacity of one page, and its latency in process (Apollo + repositories +
 * DynamoDB Local over loopback), median of `runs`.
 */
export async function runScale(config: AppConfig, settings: ScaleSettings, report: Report, progress: (line: string) => void): Promise<void> {
  const api = inProcessApi(config);
  try {
    const datasets: Dataset[] = [];
    for (const size of [settings.small, settings.large]) {
      const data = await seedDataset(api.seedClient, config.tableName, api.ports, {
        size,
        pairings: 0,
        members: size,
        concurrency: 4,
        progress: (line) => progress(`scale: ${line}`),
      });
      const roster = data.roster!;
      report.add({
        group: 'scale',
        name: 'seed',
        params: { size },
        values: {
          units: size + 1, seconds: round(data.seconds.units, 1), unitsPerSecond: round((size + 1) / data.seconds.units, 0),
          members: roster.members, membersSeconds: round(roster.seconds, 1), membersPerSecond: round(roster.members / roster.seconds, 0),
        },
        text:
          `${size + 1} units written in ${data.seconds.units.toFixed(1)} s (BatchWriteItem of 25, 4 in flight, with name guards); ` +
          `${roster.members} members in ${roster.seconds.toFixed(1)} s (${roster.items} items: members, ID-number guards, role links)`,
      });
      datasets.push(data);
    }
    const [small, large] = [datasets[0]!, datasets[1]!];
    for (const figure of await measureBoth(api, SCALE_QUERIES, small, large, settings.runs)) {
      const [atSmall, atLarge] = [figure.small, figure.large];
      report.add({
        group: 'scale',
        name: figure.name,
        params: { size: `${small.size}/${large.size}` },
        values: {
          requestsSmall: atSmall.cost.requests, requestsLarge: atLarge.cost.requests,
          rcuSmall: round(atSmall.cost.rcu), rcuLarge: round(atLarge.cost.rcu),
          msSmall: round(atSmall.ms), msLarge: round(atLarge.ms), latencyRatio: round(ratio(atLarge.ms, atSmall.ms), 3),
        },
        text:
          `${describeCost(atLarge.cost)} at ${large.size} vs ${describeCost(atSmall.cost)} at ${small.size}; ` +
          `${ms(atLarge.ms)} vs ${ms(atSmall.ms)} (${times(ratio(atLarge.ms, atSmall.ms))}), median of ${settings.runs} each`,
      });
    }
  } finally {
    api.close();
  }
}
