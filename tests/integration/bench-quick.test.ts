import { beforeAll, describe, expect, it } from 'vitest';
import { PAGE_QUERIES, UNIT_PAGE_PARTS } from '../../bench/operations';
import { lineOf, Report } from '../../bench/results';
import { runRoundTrips, type SizeCosts } from '../../bench/roundtrips';
import { QUICK } from '../../bench/settings';
import { figureProblems } from '../bench/figures';
import { testConfig } from './harness';

/**
 * The quick round-trip figures of the bench (bench/README.md, figure 1), kept working by CI and held to
 * what the bench exists to show: the admin's list pages cost the same DynamoDB requests at 10 and at 50
 * items, and the unit page does not issue a request per child or per pairing. It is also the round-trip
 * group's smoke (tests/bench/smoke.test.ts runs the other groups): it runs the group as the bench does
 * (runRoundTrips) and checks every figure it reports.
 */
describe('bench: round trips per admin operation (quick sizes)', () => {
  let small: SizeCosts;
  let large: SizeCosts;
  const settings = { ...QUICK, roundtrips: { sizes: [10, 50] } };
  const report = new Report(settings, () => undefined);

  beforeAll(async () => {
    const [atSmall, atLarge] = await runRoundTrips(testConfig(), settings.roundtrips.sizes, report);
    small = atSmall!;
    large = atLarge!;
  }, 120_000);

  it('reports every round-trip figure, measured, with its request counts', () => {
    const problems = figureProblems('roundtrips', report.figures, settings);
    expect(problems, report.figures.map(lineOf).join('\n')).toEqual([]);
  });

  const requests = (at: SizeCosts, name: string) => {
    const cost = at.costs.get(name);
    if (!cost) throw new Error(`no figure for ${name}`);
    return cost.requests;
  };

  it('has data of the sizes asked for (the comparison is not vacuous)', () => {
    expect(large.dataset.community.childCount).toBe(50);
    expect(large.dataset.community.activePairingCount).toBeGreaterThan(20);
    expect(small.dataset.community.childCount).toBe(10);
    // Every operation touched DynamoDB and was counted.
    for (const name of large.costs.keys()) expect(requests(large, name), name).toBeGreaterThan(0);
  });

  it.each(PAGE_QUERIES.filter((q) => q.list).map((q) => q.name))('list page %s makes the same requests at 50 items as at 10', (name) => {
    expect(requests(large, name)).toBe(requests(small, name));
  });

  it('a filter with no key of its own reads a bounded number of times', () => {
    // One GetItem (the region's count) plus at most four Query pages (MAX_REQUESTS_PER_PAGE).
    expect(requests(large, 'units-page-level')).toBeLessThanOrEqual(5);
  });

  it('host kind and level together are served by one key: one Query, no filter reads', () => {
    expect(requests(large, 'units-page-kind-level')).toBeLessThanOrEqual(2);
  });

  it('the unit page does not issue a request per child or pairing', () => {
    expect(requests(large, 'unit-page-total')).toBe(requests(small, 'unit-page-total'));
    // A page of 20 children or pairings: one Query, and one batched read per level of the answer.
    for (const part of UNIT_PAGE_PARTS) expect(requests(large, part), part).toBeLessThanOrEqual(3);
    expect(large.costs.get('unit-page-pairings')!.byAction.GetItem ?? 0).toBe(0);
  });
});
