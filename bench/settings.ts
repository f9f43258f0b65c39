import type { ImportSettings } from './import';
import type { ScaleSettings } from './scale';
import type { ThroughputSettings } from './throughput';

/** Sizes, runs and windows of each figure group: the full bench, the quick one and the smoke. */
export interface BenchSettings {
  preset: 'full' | 'quick' | 'smoke';
  /** Not the full sizes (quick or smoke): the figures check that the bench works, they are not for comparing. */
  quick: boolean;
  roundtrips: { sizes: number[] };
  coldstart: { runs: number };
  throughput: ThroughputSettings;
  /** `dist`: an admin already built with `npm run build:admin` (admin/dist) instead of building one for the bench. */
  admin: { runs: number; dist?: string };
  /** The public page's runs (its site folder is `admin.dist` when given). */
  public: { runs: number };
  scale: ScaleSettings;
  import: ImportSettings;
}

export const FULL: BenchSettings = {
  preset: 'full',
  quick: false,
  roundtrips: { sizes: [10, 1000] },
  coldstart: { runs: 7 },
  throughput: { concurrency: 8, warmupMs: 2000, windowMs: 5000, rounds: 3 },
  admin: { runs: 5 },
  public: { runs: 5 },
  scale: { small: 100, large: 100_000, runs: 25 },
  import: { rows: 10_000 },
};

/** Small sizes, few runs, short windows: checks that every figure still works, in well under a minute. */
export const QUICK: BenchSettings = {
  preset: 'quick',
  quick: true,
  roundtrips: { sizes: [10, 50] },
  coldstart: { runs: 3 },
  throughput: { concurrency: 8, warmupMs: 500, windowMs: 1500, rounds: 1 },
  admin: { runs: 2 },
  public: { runs: 3 },
  scale: { small: 100, large: 1000, runs: 5 },
  import: { rows: 2000 },
};

/**
 * Every group once at its smallest: one size for round trips, one measured run (after the warm-up),
 * sub-second throughput windows, 10 against 100 units for scale. For the smoke test in `npm test`
 * (tests/bench/smoke.test.ts), which checks that every group still produces its figures; the numbers
 * say nothing.
 */
export const SMOKE: BenchSettings = {
  preset: 'smoke',
  quick: true,
  roundtrips: { sizes: [10] },
  coldstart: { runs: 1 },
  throughput: { concurrency: 4, warmupMs: 250, windowMs: 500, rounds: 1 },
  admin: { runs: 1 },
  public: { runs: 1 },
  scale: { small: 10, large: 100, runs: 1 },
  import: { rows: 100 },
};
