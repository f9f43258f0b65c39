import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import type { LocalStack } from '../local/stack';
import { CHROMIUM_FLAGS, signIn } from '../tests/browser/browser';
import type { Report } from './results';
import { benchStack } from './services';
import { bytes, median, ms, round } from './stats';

const REPO = fileURLToPath(new URL('..', import.meta.url));

/** Debian's chromium with exactly the flags of STACK.md (Browser tests), shared with the browser tests. */
const CHROMIUM = '/usr/bin/chromium';

/** The production build of the admin (`vite build`, minified), into its own folder: admin/dist is left alone. */
export function buildAdmin(outDir: string): Promise<void> {
  return viteBuild('admin/vite.config.ts', outDir, 'admin');
}

/** `vite build` of one of the repository's Vite configs into `outDir` (emptied first). */
export function viteBuild(config: string, outDir: string, what: string): Promise<void> {
  const vite = join(REPO, 'node_modules', 'vite', 'bin', 'vite.js');
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [vite, 'build', '--config', config, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
      { cwd: REPO, timeout: 180_000, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } },
      (error, stdout, stderr) => {
        if (!error) return resolve();
        // eslint-disable-next-line no-control-regex
        const lines = `${stdout}\n${stderr}`.replace(/\u001b\[[0-9;]*m/g, '').split('\n').map((l) => l.trim());
        const reason = lines.filter((l) => /\[[A-Z_]+\]|error/i.test(l) && !/^at /.test(l)).slice(0, 3).join(' | ');
        reject(new Error(`bench: ${what} build failed: ${reason || error.message}`));
      },
    );
  });
}

export interface AssetTotals {
  files: string[];
  raw: number;
  gzip: number;
}

/** What index.html makes the browser fetch before anything else: scripts, module preloads, stylesheets. */
export function initialAssets(distDir: string): { js: AssetTotals; css: AssetTotals } {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const js: string[] = [];
  const css: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const src = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (!src || /^(data:|https?:)/.test(src)) continue;
    if (tag.startsWith('<script')) js.push(src);
    else if (/rel="modulepreload"/.test(tag)) js.push(src);
    else if (/rel="stylesheet"/.test(tag)) css.push(src);
  }
  const total = (files: string[]): AssetTotals => {
    let raw = 0;
    let gzip = 0;
    for (const file of files) {
      const content = readFileSync(join(distDir, file.replace(/^\//, '')));
      raw += content.length;
      gzip += gzipSync(content).length;
    }
    return { files, raw, gzip };
  };
  return { js: total(js), css: total(css) };
}

/**
 * Records, inside the page, when the first row of the units table is in the DOM, as performance.now()
 * of that document (milliseconds since its navigation started).
 */
const TABLE_PROBE = `
(() => {
  const found = () => document.querySelector('.ant-table-tbody tr.ant-table-row');
  const record = () => { if (window.__benchTableAt === undefined && found()) window.__benchTableAt = performance.now(); };
  const watch = () => {
    record();
    if (window.__benchTableAt !== undefined) return;
    const observer = new MutationObserver(() => {
      record();
      if (window.__benchTableAt !== undefined) observer.disconnect();
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
  };
  if (document.documentElement) watch(); else document.addEventListener('DOMContentLoaded', watch);
})();
`;

/**
 * Signs in as the demo admin through the real login page, as the browser tests do (`signIn` in
 * tests/browser/browser.ts: username and password, then the authenticator code from the demo secret),
 * and checks that it lands on the admin's home, /units.
 */
async function signInAsAdmin(page: Page): Promise<void> {
  await signIn(page, 'admin');
  await page.waitForURL(/\/units/);
}

interface TableRun {
  ms: number;
  js: number;
  css: number;
}

/**
 * Figure 4: the admin's initial JavaScript and CSS (raw and gzip), and the time from navigation to the
 * first rendered row of the units table in headless Chromium against the local stack, signed in as the
 * demo admin, with a cold cache each run (new browser context, cache disabled). The admin is built for
 * the bench into a temporary folder, unless `dist` names one already built (`npm run build:admin`, the
 * same `vite build`: the smoke test reuses the admin/dist that `npm test` has just built).
 */
export async function runAdmin(settings: { runs: number; dist?: string }, report: Report, shared?: LocalStack): Promise<void> {
  const { runs } = settings;
  if (settings.dist && !existsSync(join(settings.dist, 'index.html'))) {
    throw new Error(`bench: no built admin in ${settings.dist} (npm run build:admin)`);
  }
  const dist = settings.dist ?? mkdtempSync(join(tmpdir(), 'gongjian-bench-admin-'));
  try {
    let buildSeconds: number | undefined;
    if (!settings.dist) {
      const built = performance.now();
      await buildAdmin(dist);
      buildSeconds = round((performance.now() - built) / 1000, 1);
    }
    const { js, css } = initialAssets(dist);
    report.add({
      group: 'admin',
      name: 'initial-js',
      values: { raw: js.raw, gzip: js.gzip, files: js.files.length, ...(buildSeconds === undefined ? {} : { buildSeconds }) },
      text:
        `${bytes(js.raw)} raw, ${bytes(js.gzip)} gzip in ${js.files.length} files (index.html's script and module preloads)` +
        (settings.dist ? `, as built in ${settings.dist}` : ''),
    });
    report.add({
      group: 'admin',
      name: 'initial-css',
      values: { raw: css.raw, gzip: css.gzip, files: css.files.length },
      text: css.files.length
        ? `${bytes(css.raw)} raw, ${bytes(css.gzip)} gzip in ${css.files.length} files`
        : '0 B: no stylesheet (antd injects its CSS at run time, inside the JS above)',
    });

    if (!existsSync(CHROMIUM)) {
      report.skip('admin', 'time-to-units-table', `${CHROMIUM} is not installed (apt-get install -y chromium fonts-wqy-microhei)`);
      return;
    }
    const measured = await timeToUnitsTable(dist, runs, shared);
    const t = median(measured.map((r) => r.ms));
    const loadedJs = median(measured.map((r) => r.js));
    report.add({
      group: 'admin',
      name: 'time-to-units-table',
      params: { runs },
      values: { medianMs: round(t, 1), runsMs: measured.map((r) => round(r.ms, 1)).join(','), jsLoadedRaw: loadedJs, cssLoadedRaw: median(measured.map((r) => r.css)) },
      text: `${ms(t)} from navigation to the first table row, cold cache, median of ${runs} (the page loaded ${bytes(loadedJs)} of JS, raw)`,
    });
  } finally {
    if (!settings.dist) rmSync(dist, { recursive: true, force: true });
  }
}

async function timeToUnitsTable(siteDir: string, runs: number, shared?: LocalStack): Promise<TableRun[]> {
  const { chromium } = await import('playwright-core');
  const { stack, done } = await benchStack({ port: 0, inMemory: true, seed: true, quiet: true, siteDir }, shared);
  let browser: Browser | undefined;
  const results: TableRun[] = [];
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
    // Run 0 warms up the server and the stack's caches; it is not counted.
    for (let run = 0; run <= runs; run++) {
      const context = await browser.newContext({ baseURL: stack.url, locale: 'zh-CN', viewport: { width: 1400, height: 900 } });
      context.setDefaultTimeout(20_000);
      try {
        const page = await context.newPage();
        await signInAsAdmin(page);
        // A cold cache for the measured load: nothing the sign-in fetched is reused.
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.clearBrowserCache');
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        await page.addInitScript(TABLE_PROBE);
        const fetched = { js: 0, css: 0 };
        page.on('response', (response) => {
          const path = new URL(response.url()).pathname;
          const kind = path.endsWith('.js') ? 'js' : path.endsWith('.css') ? 'css' : null;
          if (kind) void response.body().then((b) => (fetched[kind] += b.length), () => undefined);
        });
        await page.goto('/units');
        if (!/\/units/.test(page.url())) throw new Error(`bench: /units sent the signed-in admin to ${page.url()}`);
        await page.waitForFunction(() => typeof (window as unknown as { __benchTableAt?: number }).__benchTableAt === 'number');
        const at = await page.evaluate(() => (window as unknown as { __benchTableAt: number }).__benchTableAt);
        await page.waitForLoadState('networkidle');
        if (run > 0) results.push({ ms: at, ...fetched });
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
