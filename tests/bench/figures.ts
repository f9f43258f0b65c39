import { PAGE_QUERIES, PAGE_TOTALS, SCALE_QUERIES } from '../../bench/operations';
import { lineOf, type Figure, type Group } from '../../bench/results';
import type { BenchSettings } from '../../bench/settings';

/**
 * What each bench group must report (bench/README.md explains every figure): each figure by name, how
 * many times (one per size for round trips), and the values that must be finite numbers above 0
 * (`zero`: 0 allowed, e.g. the admin has no stylesheet). The smoke checks that the figures are there
 * and are numbers, not what the numbers are.
 */
interface Expected {
  name: string;
  count?: number;
  numbers: string[];
  zero?: boolean;
  /** Further checks on the values; returns a problem or null. */
  check?: (values: Figure['values']) => string | null;
}

/** Figures that say `not measured` by design, until what they measure exists (none at present). */
export const NOT_MEASURED_BY_DESIGN: string[] = [];

const ROUND_TRIP_MUTATIONS = ['create-unit', 'update-unit', 'register-unit', 'change-unit-status', 'delete-unit', 'create-pairing', 'end-pairing', 'create-upload-url'];
const COLD = ['medianMs', 'minimalMedianMs', 'ratio'];

const EXPECTED: Record<Group, (settings: BenchSettings) => Expected[]> = {
  roundtrips: (s) => [
    ...[...PAGE_QUERIES.map((q) => q.name), ...Object.keys(PAGE_TOTALS), ...ROUND_TRIP_MUTATIONS].map((name) => ({
      name,
      count: s.roundtrips.sizes.length,
      numbers: ['requests'],
    })),
    { name: 'list-pages-flat', numbers: [], check: (v) => (v.flat === true ? null : `list pages grew: ${String(v.grew)}`) },
    // Not judged: detail pages and bounded filters may grow (bench/README.md, 1); the line names them.
    { name: 'other-pages-grew', numbers: [] },
  ],
  coldstart: () => [
    { name: 'bundle', numbers: ['raw', 'gzip', 'minimalRaw', 'minimalGzip', 'rawRatio', 'gzipRatio'] },
    ...['load', 'first-answer', 'load-and-answer', 'process-start-to-answer'].map((name) => ({ name, numbers: COLD })),
  ],
  throughput: () => [
    { name: 'units-page-rps', numbers: ['rps', 'trivialRps', 'ratio', 'requests'] },
    { name: 'units-page-server-cpu', numbers: ['msPerRequest', 'trivialMsPerRequest', 'ratio'] },
    { name: 'units-page-p50', numbers: ['ms', 'trivialMs', 'ratio'] },
    { name: 'units-page-p99', numbers: ['ms', 'trivialMs', 'ratio'] },
  ],
  admin: () => [
    { name: 'initial-js', numbers: ['raw', 'gzip', 'files'] },
    { name: 'initial-css', numbers: ['raw', 'gzip', 'files'], zero: true },
    { name: 'time-to-units-table', numbers: ['medianMs', 'jsLoadedRaw'] },
  ],
  public: () => [
    {
      name: 'public-js',
      numbers: ['initialRaw', 'initialGzip', 'raw', 'gzip', 'files'],
      check: (v) => (v.withinBudget === true ? null : `the public page's JavaScript is over its budget of ${String(v.budgetGzip)} bytes gzip`),
    },
    { name: 'time-to-first-list', numbers: ['medianMs'] },
  ],
  import: () => [{ name: 'roster-file', numbers: ['seconds', 'previewSeconds', 'importSeconds', 'steps', 'rowsPerSecond', 'peakRssMb'] }],
  scale: () => [
    { name: 'seed', count: 2, numbers: ['units', 'unitsPerSecond', 'members', 'membersPerSecond'] },
    ...SCALE_QUERIES.map((q) => ({
      name: q.name,
      numbers: ['requestsSmall', 'requestsLarge', 'msSmall', 'msLarge', 'latencyRatio'],
    })),
  ],
};

/**
 * What is wrong with one group's figures, as lines to read (empty: every figure is there, measured, with
 * its numbers): a missing or repeated figure, `not measured` (other than NOT_MEASURED_BY_DESIGN) or an
 * error, a value that is null, not finite, negative, or 0 where a measurement cannot be 0.
 */
export function figureProblems(group: Group, all: Figure[], settings: BenchSettings): string[] {
  const figures = all.filter((f) => f.group === group);
  const problems: string[] = [];
  if (figures.length === 0) return [`${group}: no figures at all`];
  const measured = (figure: Figure) => figure.note === undefined && figure.values.measured !== false;
  for (const figure of figures) {
    const line = lineOf(figure);
    if (!measured(figure)) {
      if (!NOT_MEASURED_BY_DESIGN.includes(`${group} ${figure.name}`)) problems.push(`not measured: ${line}`);
      continue;
    }
    for (const [key, value] of Object.entries(figure.values)) {
      if (value === null || (typeof value === 'number' && !(Number.isFinite(value) && value >= 0))) problems.push(`${key}=${value}: ${line}`);
    }
  }
  for (const expected of EXPECTED[group](settings)) {
    const found = figures.filter((f) => f.name === expected.name);
    const count = expected.count ?? 1;
    if (found.length !== count) problems.push(`${group} ${expected.name}: ${found.length} figures, expected ${count}`);
    for (const figure of found.filter(measured)) {
      for (const key of expected.numbers) {
        const value = figure.values[key];
        const ok = typeof value === 'number' && Number.isFinite(value) && (expected.zero ? value >= 0 : value > 0);
        if (!ok) problems.push(`${key}=${String(value)} is not a ${expected.zero ? '' : 'positive '}number: ${lineOf(figure)}`);
      }
      const problem = expected.check?.(figure.values);
      if (problem) problems.push(`${problem}: ${lineOf(figure)}`);
    }
  }
  return problems;
}
