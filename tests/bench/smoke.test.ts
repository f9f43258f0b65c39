import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGroup } from '../../bench/groups';
import { GROUPS, lineOf, Report, type Group } from '../../bench/results';
import { SMOKE, type BenchSettings } from '../../bench/settings';
import { startLocalStack, type LocalStack } from '../../local/stack';
import { figureProblems } from './figures';

/**
 * The bench's smoke (bench/README.md, "Quick mode and the tests"): every figure group once at its
 * smallest (the SMOKE settings), as `npm run bench -- --smoke` runs it, so that a bench that breaks
 * fails CI. It checks that each group produced its figures, measured and with numbers — not what the
 * numbers are: nothing here is timed.
 *
 * The round-trip group is not run here: tests/integration/bench-quick.test.ts runs it (runRoundTrips at
 * 10 and 50 items on the integration project's DynamoDB Local) with the same figure check and its own
 * assertions. The admin group measures the admin/dist that `npm test` has just built (`npm run
 * build:admin`) instead of building another. The throughput, admin and public groups share one seeded local stack
 * serving that dist (each starts its own in `npm run bench`): a seeded stack takes seconds to start.
 */
const ADMIN_DIST = fileURLToPath(new URL('../../admin/dist', import.meta.url));
const settings: BenchSettings = { ...SMOKE, admin: { ...SMOKE.admin, dist: ADMIN_DIST } };
const COVERED_ELSEWHERE: Group[] = ['roundtrips'];
const ON_THE_SHARED_STACK: Group[] = ['throughput', 'admin', 'public'];

describe('bench smoke: every figure group once at its smallest', () => {
  let shared: LocalStack | undefined;
  beforeAll(async () => {
    shared = await startLocalStack({ port: 0, inMemory: true, seed: true, quiet: true, siteDir: ADMIN_DIST });
  }, 120_000);
  afterAll(async () => {
    await shared?.stop();
  });

  it.each(GROUPS.filter((g) => !COVERED_ELSEWHERE.includes(g)))('%s reports every figure it measures', async (group) => {
    if ((group === 'admin' || group === 'public') && !existsSync(`${ADMIN_DIST}/${group === 'public' ? 'p/' : ''}index.html`)) {
      throw new Error('admin/dist is not built: run `npm run build:admin` first (npm test and npm run test:bench do)');
    }
    const report = new Report({ ...settings, groups: [group] }, () => undefined);
    await runGroup(group, settings, report, () => undefined, ON_THE_SHARED_STACK.includes(group) ? shared : undefined);
    const problems = figureProblems(group, report.figures, settings);
    expect(problems, `figures:\n${report.figures.map(lineOf).join('\n')}`).toEqual([]);
  });
});
