import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { DEMO_REGION } from '../local/seed';
import type { LocalStack } from '../local/stack';
import { accessToken } from '../tests/browser/api';
import { CHROMIUM_FLAGS, graphqlRequest, PHONE } from '../tests/browser/browser';
import { viteBuild } from './admin';
import type { Report } from './results';
import { benchStack } from './services';
import { bytes, median, ms, round } from './stats';

const CHROMIUM = '/usr/bin/chromium';

/** The goal for the time to the first list on a slow phone link, and its budget of JavaScript (gzip). */
export const PUBLIC_GOAL_MS = 1500;
export const PUBLIC_JS_BUDGET = 60 * 1024;

/**
 * The network of a phone on a poor mobile link, as the issue names it ("slow 4G"): 400 ms round trip,
 * 400 kbps each way — CDP `Network.emulateNetworkConditions` (throughputs in bytes per second).
 */
export const SLOW_4G = { offline: false, latency: 400, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 };

export interface PublicJavaScript {
  /** What the page runs before anything else: its index.html's inline module and any script it loads by `src`. */
  initial: { raw: number; gzip: number };
  /** That and every chunk in assets/ (the QR encoder, loaded by the project page). */
  all: { raw: number; gzip: number; files: number };
}

/** The public page's JavaScript as built in `dist` (admin/dist/p), raw and gzip (zlib's default level). */
export function publicJavaScript(dist: string): PublicJavaScript {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial: Buffer[] = [];
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(attributes ?? '')?.[1];
    if (src) initial.push(readFileSync(join(dist, src.replace(/^\/p\//, ''))));
    else if (body) initial.push(Buffer.from(body, 'utf8'));
  }
  const chunks = readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(dist, 'assets', f)));
  // A file both loaded by src and in assets/ counts once.
  const all = [...initial, ...chunks.filter((c) => !initial.some((i) => i.equals(c)))];
  const size = (parts: Buffer[]) => ({ raw: parts.reduce((s, b) => s + b.length, 0), gzip: parts.reduce((s, b) => s + gzipSync(b).length, 0) });
  return { initial: size(initial), all: { ...size(all), files: all.length } };
}

/** Records, inside the page, when the first row of the public list is in the DOM (performance.now()). */
const LIST_PROBE = `
(() => {
  const record = () => {
    if (window.__benchListAt === undefined && document.querySelector('[data-testid="public-list"] tbody tr')) window.__benchListAt = performance.now();
    return window.__benchListAt !== undefined;
  };
  const watch = () => {
    if (record()) return;
    const observer = new MutationObserver(() => record() && observer.disconnect());
    observer.observe(document.documentElement, { childList: true, subtree: true });
  };
  if (document.documentElement) watch(); else document.addEventListener('DOMContentLoaded', watch);
})();
`;

/**
 * Figure 7: the public page (公示页). `public-js`: its JavaScript, raw and gzip — the first file and, with the
 * QR encoder's lazy chunk, all of it — against the 60 KB budget. `time-to-first-list`: from navigation to the
 * first row of the needs list at /p/demo in headless Chromium on a phone's viewport, with the slow-4G profile
 * and a cold cache, median of `runs` after a warm-up; goal ≤ 1.5 s. The page is built into a temporary folder
 * unless `dist` names an admin site already built (`npm run build:admin` puts it in admin/dist/p).
 */
export async function runPublic(settings: { runs: number; dist?: string }, report: Report, shared?: LocalStack): Promise<void> {
  const site = settings.dist ?? mkdtempSync(join(tmpdir(), 'gongjian-bench-public-'));
  const dist = join(site, 'p');
  if (settings.dist && !existsSync(join(dist, 'index.html'))) throw new Error(`bench: no public page in ${dist} (npm run build:admin builds it)`);
  try {
    if (!settings.dist) await viteBuild('public-site/vite.config.ts', dist, 'public page');
    const { initial, all } = publicJavaScript(dist);
    report.add({
      group: 'public',
      name: 'public-js',
      values: {
        initialRaw: initial.raw,
        initialGzip: initial.gzip,
        raw: all.raw,
        gzip: all.gzip,
        files: all.files,
        budgetGzip: PUBLIC_JS_BUDGET,
        withinBudget: all.gzip <= PUBLIC_JS_BUDGET,
      },
      text:
        `${bytes(initial.gzip)} gzip inline in index.html (${bytes(initial.raw)} raw); ${bytes(all.gzip)} gzip in all ${all.files} parts ` +
        `with the lazy QR chunk — budget ${bytes(PUBLIC_JS_BUDGET)}`,
    });

    if (!existsSync(CHROMIUM)) {
      report.skip('public', 'time-to-first-list', `${CHROMIUM} is not installed (apt-get install -y chromium fonts-wqy-microhei)`);
      return;
    }
    const runs = await timeToFirstList(site, settings.runs, shared);
    const t = median(runs);
    report.add({
      group: 'public',
      name: 'time-to-first-list',
      params: { runs: settings.runs, network: 'slow-4g' },
      values: { medianMs: round(t, 1), runsMs: runs.map((r) => round(r, 1)).join(','), goalMs: PUBLIC_GOAL_MS, withinGoal: t <= PUBLIC_GOAL_MS },
      text: `${ms(t)} from navigation to the first row of /p/${DEMO_REGION.id}'s needs, phone viewport, slow 4G (400 ms RTT, 400 kbps down and up), cold cache, median of ${settings.runs} — goal ≤ ${ms(PUBLIC_GOAL_MS)}${t <= PUBLIC_GOAL_MS ? '' : ' (missed)'}`,
    });
  } finally {
    if (!settings.dist) rmSync(site, { recursive: true, force: true });
  }
}

/**
 * The demo region has something published: the demo data publishes some records; if it published no need of
 * this year, the first page of the year's needs is published here as the demo admin (through the API).
 */
async function ensurePublishedNeeds(baseUrl: string): Promise<void> {
  const year = new Date().getFullYear();
  const shown = await graphqlRequest<{ publicRegion: { needs: { edges: unknown[] } } | null }>(
    baseUrl,
    'query ($id: ID!, $year: Int!) { publicRegion(id: $id) { needs(year: $year, first: 1) { edges { cursor } } } }',
    { id: DEMO_REGION.id, year },
  );
  if ((shown.publicRegion?.needs.edges.length ?? 0) > 0) return;
  const token = await accessToken(baseUrl);
  const needs = await graphqlRequest<{ needs: { edges: { node: { id: string } }[] } }>(
    baseUrl,
    'query ($year: Int!) { needs(first: 20, filter: { year: $year }) { edges { node { id } } } }',
    { year },
    token,
  );
  if (needs.needs.edges.length === 0) throw new Error(`bench: the demo region has no needs in ${year} to publish`);
  for (const { node } of needs.needs.edges) {
    await graphqlRequest(baseUrl, 'mutation ($id: ID!) { publish(id: $id) { recordId } }', { id: node.id }, token);
  }
}

async function timeToFirstList(siteDir: string, runs: number, shared?: LocalStack): Promise<number[]> {
  const { chromium } = await import('playwright-core');
  const { stack, done } = await benchStack({ port: 0, inMemory: true, seed: true, quiet: true, siteDir }, shared);
  let browser: Browser | undefined;
  const results: number[] = [];
  try {
    await ensurePublishedNeeds(stack.url);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
    // Run 0 warms up the server (the first GraphQL answer of a process); it is not counted.
    for (let run = 0; run <= runs; run++) {
      const context = await browser.newContext({ baseURL: stack.url, locale: 'zh-CN', viewport: PHONE, isMobile: true, hasTouch: true });
      context.setDefaultTimeout(30_000);
      try {
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
        await page.addInitScript(LIST_PROBE);
        await page.goto(`/p/${DEMO_REGION.id}`, { waitUntil: 'commit' });
        await page.waitForFunction(() => typeof (window as unknown as { __benchListAt?: number }).__benchListAt === 'number');
        const at = await page.evaluate(() => (window as unknown as { __benchListAt: number }).__benchListAt);
        if (run > 0) results.push(at);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser?.close();
    await done();
  }
  return results;
}
