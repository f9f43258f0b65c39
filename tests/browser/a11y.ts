import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import type { Result } from 'axe-core';

/** The impacts a page may not have: axe's `serious` and `critical` (WCAG A/AA failures users hit). */
const BLOCKING = new Set(['serious', 'critical']);

/** axe's `experimental` rules are off by default; this one (WCAG 2.5.3, Label in Name) is checked too. */
const EXTRA_RULES = { 'label-content-name-mismatch': { enabled: true } };

/**
 * Waits until nothing on the page is still animating (a modal zooming in, a drop-down sliding open): axe
 * measures colours as painted, and half-faded text fails contrast that the finished dialog passes. Endless
 * animations (spinners) do not count.
 */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
}

export async function axeViolations(page: Page): Promise<Result[]> {
  await settled(page);
  const results = await new AxeBuilder({ page })
    // Only violations are read: passes and incomplete results are cut to one node each (a little faster).
    .options({ rules: EXTRA_RULES, resultTypes: ['violations'] })
    .analyze();
  return results.violations.filter((v) => BLOCKING.has(v.impact ?? ''));
}

/** One line per violation and node: rule, impact, selector, what axe says. */
export function describeViolations(violations: Result[]): string {
  return violations
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}) ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ')}`))
    .join('\n');
}

/**
 * Runs axe-core on what the page shows now and fails with every serious or critical violation listed.
 * Call it once the page's main content is on screen (and again after anything new opens: a drop-down, a
 * modal), in each language the test switches to. `where` names the page in the failure message.
 */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length > 0) {
    throw new Error(`axe: ${violations.length} serious/critical violation(s) on ${where} (${page.url()}):\n${describeViolations(violations)}`);
  }
}
