import type { AppConfig } from '../functions/src/config';
import { seedDataset, type Dataset } from './dataset';
import type { DynamoCost } from './dynamo-counter';
import { PAGE_QUERIES } from './operations';
import type { Report } from './results';
import { describeCost } from './roundtrips';
import { inProcessApi, type InProcessApi } from './services';
import { median, ms, ratio, round, times } from './stats';

export interface ScaleSettings {
  small: number;
  large: number;
  /** Timed runs of each query (after two warm-ups). */
  runs: number;
}

interface Measured {
  cost: DynamoCost;
  ms: number;
}

/** Runs each scale query `runs` times after two warm-ups: its DynamoDB cost and median latency in process. */
async function measureAt(api: InProcessApi, data: Dataset, runs: number): Promise<Map<string, Measured>> {
  const measured = new Map<string, Measured>();
  for (const operation of PAGE_QUERIES.filter((q) => q.scale)) {
    const variables = operation.variables(data);
    const once = () => api.run(operation.query, variables, data.admin);
    await once();
    await once();
    const { cost } = await api.counter.measure(once);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await once();
      times.push(performance.now() - started);
    }
    measured.set(operation.name, { cost, ms: median(times) });
  }
  return measured;
}

/**
 * Figure 5: the region's list pages with `large` units in one region against `small`: DynamoDB requests
 * and capacity of one page, and its latency in process (Apollo + repositories + DynamoDB Local over
 * loopback), median of `runs`. The roster (members) waits for the members area; units stand in as "the list".
 */
export async function runScale(config: AppConfig, settings: ScaleSettings, report: Report, progress: (line: string) => void): Promise<void> {
  report.skip('scale', 'roster', 'the members area is not built yet; the unit list stands in for "the list" below');
  const api = inProcessApi(config);
  try {
    const results: { size: number; measured: Map<string, Measured> }[] = [];
    for (const size of [settings.small, settings.large]) {
      const data = await seedDataset(api.seedClient, config.tableName, api.ports, {
        size,
        pairings: 0,
        concurrency: 4,
        progress: (line) => progress(`scale: ${line}`),
      });
      report.add({
        group: 'scale',
        name: 'seed',
        params: { size },
        values: { units: size + 1, seconds: round(data.seconds.units, 1), unitsPerSecond: round((size + 1) / data.seconds.units, 0) },
        text: `${size + 1} units written in ${data.seconds.units.toFixed(1)} s (BatchWriteItem of 25, 4 in flight, with name guards)`,
      });
      results.push({ size, measured: await measureAt(api, data, settings.runs) });
    }
    const [small, large] = [results[0]!, results[1]!];
    for (const [name, atLarge] of large.measured) {
      const atSmall = small.measured.get(name)!;
      report.add({
        group: 'scale',
        name,
        params: { size: `${small.size}/${large.size}` },
        values: {
          requestsSmall: atSmall.cost.requests, requestsLarge: atLarge.cost.requests,
          rcuSmall: round(atSmall.cost.rcu), rcuLarge: round(atLarge.cost.rcu),
          msSmall: round(atSmall.ms), msLarge: round(atLarge.ms), latencyRatio: round(ratio(atLarge.ms, atSmall.ms), 3),
        },
        text:
          `${describeCost(atLarge.cost)} at ${large.size} vs ${describeCost(atSmall.cost)} at ${small.size}; ` +
          `${ms(atLarge.ms)} vs ${ms(atSmall.ms)} (${times(ratio(atLarge.ms, atSmall.ms))}), median of ${settings.runs}`,
      });
    }
  } finally {
    api.close();
  }
}
