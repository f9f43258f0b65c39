import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, totpFor } from '../../local/issuer';

/**
 * Debian's chromium with exactly the flags of STACK.md (Browser tests): as root, and with no look-up of
 * anything outside this machine.
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-sync',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
];

/**
 * This worker's local stack (global-setup.ts starts one per browser worker): files that run side by side never share
 * demo data, the issuer's sign-in counts or a suspended region; files of one worker share its stack, as they all did
 * when the suite ran one file at a time.
 */
export function stackUrl(): string {
  const urls = inject('baseUrls');
  return urls[(Number(process.env.VITEST_POOL_ID ?? 1) - 1) % urls.length]!;
}

/**
 * Clicks `target` until `done` holds. On a busy machine a click that lands while antd animates a popup (a dropdown, a
 * popconfirm, a modal) is sometimes lost; clicking again is safe only where the target goes away once it worked (an OK
 * button of a popup that closes, a submit button that shows loading meanwhile), so it is clicked only while visible.
 */
export async function clickUntil(target: Locator, done: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await target.isVisible().catch(() => false)) await target.click({ timeout: 2_000 }).catch(() => undefined);
    for (const until = Date.now() + 3_000; Date.now() < until; ) {
      if (await done()) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (Date.now() > deadline) throw new Error(`clickUntil: still not done ${timeoutMs} ms after clicking ${String(target)}`);
  }
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_FLAGS });
}

/** A desktop's window; tests of the phone layout pass `PHONE`. */
export const DESKTOP = { width: 1400, height: 900 };
/** A phone held upright (390×844, as an iPhone 12–14). */
export const PHONE = { width: 390, height: 844 };

/** A fresh context (own storage: the language starts as zh-CN) and page at the stack's origin. */
export async function openPage(
  browser: Browser,
  baseURL: string,
  viewport: { width: number; height: number } = DESKTOP,
): Promise<{ context: BrowserContext; page: Page }> {
  // Reduced motion: the admin then drops antd's animations (i18n/index.tsx), so no click lands on a popup still opening.
  const context = await browser.newContext({ baseURL, locale: 'zh-CN', viewport, reducedMotion: 'reduce' });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  return { context, page };
}

/** A name no other test run uses. */
/**
 * The side menu a unit liaison sees (groups open): one place to change when an area adds pages for liaisons.
 * The lists', member engagement's, 本单位会议's and 党员积分评议's groups are open by default.
 */
export const LIAISON_MENU = [
  '我的单位', '联盟组织', '党员管理', '清单管理', '清单概况', '需求清单', '资源清单', '项目清单', '认领大厅',
  '党员作用发挥', '报到确认', '岗位', '本单位党员报到情况',
  '意见台账',
  '本单位会议', '会议通知', '督办事项',
  '党员积分评议', '服务时长确认', '党员积分', '民主评议', '学习培训',
  '档案',
];

export const uniqueName = (prefix: string) => `${prefix}${Math.random().toString(36).slice(2, 8)}`;

/**
 * antd puts a space between the two characters of a two-character Chinese button label (“保 存”):
 * a pattern that matches either form, after an icon's name if the button has one (“delete 删 除”).
 */
export const label = (text: string) => new RegExp(`(^|\\s)${[...text].join('\\s?')}\\s*$`);

/**
 * Signs in through the real login page as one of the demo accounts (all share DEMO_PASSWORD), and waits
 * until the console has left /login (for `?next=` or the role's home).
 */
export async function signIn(page: Page, username: string) {
  if (new URL(page.url()).pathname !== '/login') await page.goto('/login');
  await page.getByLabel('用户名', { exact: true }).fill(username);
  await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: label('登录') }).click();
  // The demo admins have an authenticator (the demo secret): the pool asks for its code.
  if (username === 'admin' || username === 'platform') {
    await page.getByLabel('动态验证码', { exact: true }).fill(totpFor(DEMO_TOTP_SECRET).generate());
    await page.getByRole('button', { name: label('验证') }).click();
  }
  await page.waitForURL((url) => url.pathname !== '/login');
}

/** Calls the stack's GraphQL API directly (same origin as the page, no browser involved) with a bearer token. */
export async function graphqlRequest<T>(
  baseURL: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const response = await fetch(new URL('/graphql', baseURL), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data as T;
}

/**
 * Picks an option of an antd Select: opens the select that `field` (its label or the combobox) points
 * at, types to search when asked, and clicks the option whose text matches.
 */
export async function chooseOption(page: Page, field: Locator, option: string | RegExp, search?: string) {
  await field.click();
  if (search !== undefined) await field.fill(search);
  const choice = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first();
  // On a loaded machine a click can land while the dropdown still animates open and be lost (the list stays open):
  // click again. In a single select the same option chosen twice is the same choice.
  for (let attempt = 1; ; attempt++) {
    await choice.click();
    try {
      await choice.waitFor({ state: 'hidden', timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/** The error text antd shows under a form field, found from the field's label. */
export function fieldError(page: Page | Locator, fieldLabel: string): Locator {
  return page.locator('.ant-form-item', { has: page.getByLabel(fieldLabel, { exact: true }) }).locator('.ant-form-item-explain-error');
}
