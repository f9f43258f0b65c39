import type { ScaleSettings } from './scale';
import type { ThroughputSettings } from './throughput';

/** Sizes, runs and windows of each figure group: the full bench and the quick one. */
export interface BenchSettings {
  quick: boolean;
  roundtrips: { sizes: number[] };
  coldstart: { runs: number };
  throughput: ThroughputSettings;
  admin: { runs: number };
  scale: ScaleSettings;
}

export const FULL: BenchSettings = {
  quick: false,
  roundtrips: { sizes: [10, 1000] },
  coldstart: { runs: 7 },
  throughput: { concurrency: 8, warmupMs: 2000, windowMs: 5000, rounds: 3 },
  admin: { runs: 5 },
  scale: { small: 100, large: 100_000, runs: 25 },
};

/** Small sizes, few runs, short windows: checks that every figure still works, in well under a minute. */
export const QUICK: BenchSettings = {
  quick: true,
  roundtrips: { sizes: [10, 50] },
  coldstart: { runs: 3 },
  throughput: { concurrency: 8, warmupMs: 500, windowMs: 1500, rounds: 1 },
  admin: { runs: 2 },
  scale: { small: 100, large: 1000, runs: 5 },
};
