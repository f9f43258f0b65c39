import dayjs from 'dayjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LIAISON_UNIT } from '../../local/seed';
import { expectAccessible } from './a11y';
import { accessToken, findUnitByName } from './api';
import { chooseOption, fieldError, graphqlRequest, label, launchBrowser, LIAISON_MENU, openPage, signIn, uniqueName, stackUrl } from './browser';

const baseUrl = stackUrl();

/** A unit of the demo region that handles the items of these tests. */
const HANDLER_UNIT = '区住房和城乡建设局党总支';

/** A small PDF (its bytes are checked against the declared size and hash, not parsed). */
const PDF = Buffer.from('%PDF-1.4\n% 共建 意见台账\n%%EOF\n');

/** A number of the ledger: the year and four digits (2026-0042). */
const NUMBER = /^\d{4}-\d{4}$/;

const asAdmin = async <T,>(query: string, variables: Record<string, unknown>) =>
  graphqlRequest<T>(baseUrl, query, variables, await accessToken(baseUrl));

interface ApiItem {
  id: string;
  number: string;
  version: number;
}
const ITEM = 'id number version';

/** An item raised for the demo liaison's unit, assigned to HANDLER_UNIT and resolved: waiting for its sign-off. */
async function resolvedItem(title: string): Promise<ApiItem> {
  const [raising, handler] = await Promise.all([findUnitByName(baseUrl, DEMO_LIAISON_UNIT), findUnitByName(baseUrl, HANDLER_UNIT)]);
  const { raiseLedgerItem: raised } = await asAdmin<{ raiseLedgerItem: ApiItem }>(
    `mutation ($input: RaiseLedgerItemInput!) { raiseLedgerItem(input: $input) { ${ITEM} } }`,
    { input: { raisedByUnitId: raising.id, kind: 'SUGGESTION', title, description: '校门口上下学时段车辆拥堵，建议增设临时停车区。' } },
  );
  const { assignLedgerItem: assigned } = await asAdmin<{ assignLedgerItem: ApiItem }>(
    `mutation ($input: AssignLedgerItemInput!) { assignLedgerItem(input: $input) { ${ITEM} } }`,
    { input: { id: raised.id, version: raised.version, handlerUnitId: handler.id, dueOn: dayjs().add(20, 'day').format('YYYY-MM-DD') } },
  );
  const { resolveLedgerItem: resolved } = await asAdmin<{ resolveLedgerItem: ApiItem }>(
    `mutation ($input: ResolveLedgerItemInput!) { resolveLedgerItem(input: $input) { ${ITEM} } }`,
    { input: { id: assigned.id, version: assigned.version, resolution: '已协调交警在校门东侧划设临时停车区。' } },
  );
  return resolved;
}

describe('Issue ledger (意见台账): raised by a unit, assigned, resolved and signed off; overdue items; the four cards', () => {
  let browser: Browser;
  let admin: Page;
  let liaison: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    [{ page: admin }, { page: liaison }] = await Promise.all([openPage(browser, baseUrl), openPage(browser, baseUrl)]);
    await signIn(admin, 'admin');
    await signIn(liaison, 'liaison');
  });
  afterAll(async () => {
    await browser?.close();
  });

  const modal = (p: Page) => p.locator('.ant-modal:visible');
  const row = (p: Page, text: string) => p.locator('.ant-table-tbody tr.ant-table-row', { hasText: text });
  const status = (p: Page) => p.getByTestId('ledger-status').first().innerText();
  async function fillDate(p: Page, fieldLabel: string, date: string) {
    const field = modal(p).getByLabel(fieldLabel, { exact: true });
    await field.click();
    await field.fill(date);
    await field.press('Enter');
  }

  it('lets a liaison raise an item that gets a number; the secretariat assigns it with a due date and records the result; the liaison signs it off: 已销号', async () => {
    const title = uniqueName('学校周边路灯损坏');

    // Act: the liaison's ledger, then 登记
    await liaison.goto('/ledger');
    await liaison.getByTestId('ledger-count').waitFor();
    await liaison.getByText('待我单位办理', { exact: true }).waitFor();
    // The liaison's menu has the ledger; the year's figures are the secretariat's
    const menu = liaison.locator('.ant-layout-sider .ant-menu-item, .ant-layout-sider .ant-menu-submenu-title');
    await expect.poll(() => menu.allInnerTexts()).toEqual(LIAISON_MENU);
    expect(await liaison.getByTestId('ledger-year').count()).toBe(0);
    await expectAccessible(liaison, 'the ledger, as a liaison');
    await liaison.getByRole('button', { name: label('登记') }).click();
    await liaison.waitForURL('**/ledger/new**');
    await expect.poll(() => liaison.getByTestId('ledger-raising-unit').innerText()).toBe(DEMO_LIAISON_UNIT);
    await expectAccessible(liaison, 'the 登记 form');
    // Nothing filled: refused at the fields
    await liaison.getByRole('button', { name: label('登记') }).click();
    await fieldError(liaison, '事项').getByText('请填写事项').waitFor();
    await liaison.getByLabel('事项', { exact: true }).fill(title);
    await liaison.getByText('困难', { exact: true }).click();
    await liaison.getByLabel('类别', { exact: true }).fill('市政设施');
    await liaison.getByLabel('具体内容', { exact: true }).fill('学校东门外三盏路灯损坏已逾一月，学生晚自习放学路段照明不足。');
    await liaison.getByRole('button', { name: label('登记') }).click();

    // Assess: the item's page, with its number, 已受理
    await liaison.waitForURL((url) => /^\/ledger\/[^/]+$/.test(url.pathname) && url.pathname !== '/ledger/new');
    const itemUrl = new URL(liaison.url()).pathname;
    const number = await liaison.getByTestId('ledger-number').innerText();
    expect(number).toMatch(NUMBER);
    expect(number.slice(0, 4)).toBe(String(dayjs().year()));
    await expect.poll(() => status(liaison)).toBe('已受理');
    expect(await liaison.locator('.ledger-history-action').allInnerTexts()).toEqual(['受理登记']);
    // A liaison does not assign
    expect(await liaison.getByRole('button', { name: label('交办') }).count()).toBe(0);
    await expectAccessible(liaison, 'a raised item, as the liaison');

    // Act: the secretariat finds it in the ledger and assigns it (交办) with a due date
    await admin.goto('/ledger');
    await row(admin, title).getByRole('link', { name: number }).click();
    await admin.getByTestId('ledger-number').waitFor();
    await admin.getByRole('button', { name: label('交办') }).click();
    await chooseOption(admin, modal(admin).getByLabel('承办单位', { exact: true }), HANDLER_UNIT, '区住房');
    await modal(admin).getByLabel('交办意见', { exact: true }).fill('请于时限内修复并反馈。');
    // A due date already past: the server's refusal shows under the field
    await fillDate(admin, '办理时限', dayjs().subtract(3, 'day').format('YYYY-MM-DD'));
    await modal(admin).getByRole('button', { name: label('交办') }).click();
    await fieldError(admin, '办理时限').getByText('办结时限不能早于今天').waitFor();
    await expectAccessible(admin, 'the 交办 dialog with the server’s field error');
    const dueOn = dayjs().add(15, 'day').format('YYYY-MM-DD');
    await fillDate(admin, '办理时限', dueOn);
    await expect.poll(() => fieldError(admin, '办理时限').count()).toBe(0);
    await modal(admin).getByRole('button', { name: label('交办') }).click();

    // Assess: 办理中, with the handler and the due date
    await modal(admin).waitFor({ state: 'hidden' });
    await expect.poll(() => status(admin)).toBe('办理中');
    expect(await admin.getByTestId('ledger-handler').innerText()).toBe(HANDLER_UNIT);
    expect(await admin.getByTestId('ledger-due').innerText()).toBe(dueOn);

    // Act: the result is recorded (办理结果登记)
    await admin.getByRole('button', { name: /登记办理结果/ }).click();
    await modal(admin).getByLabel('办理结果', { exact: true }).fill('已更换三盏路灯，夜间照明恢复正常。');
    // With a photo of the repaired lamps, through the upload flow
    await modal(admin).getByRole('button', { name: /添加附件/ }).click();
    await modal(admin).locator('input[type=file]').setInputFiles({ name: '路灯修复照片.pdf', mimeType: 'application/pdf', buffer: PDF });
    await modal(admin).getByText('上传完成').waitFor();
    await expectAccessible(admin, 'the 登记办理结果 dialog');
    await modal(admin).getByRole('button', { name: /登记办理结果/ }).click();
    await modal(admin).waitFor({ state: 'hidden' });
    await expect.poll(() => status(admin)).toBe('待销号');
    expect(await admin.getByTestId('ledger-resolution').innerText()).toBe('已更换三盏路灯，夜间照明恢复正常。');
    await admin.getByTestId('ledger-history').getByRole('link', { name: '路灯修复照片.pdf' }).waitFor();

    // Act: the liaison sees it under 待我单位销号 and signs it off
    await liaison.goto('/ledger?view=signoff');
    await row(liaison, title).waitFor();
    await expectAccessible(liaison, 'the ledger’s 待我单位销号');
    await liaison.goto(itemUrl);
    await liaison.getByRole('button', { name: /确认销号/ }).click();
    // The raising unit signs for itself: no 签字人 asked
    expect(await modal(liaison).getByLabel('签字人', { exact: true }).count()).toBe(0);
    await expectAccessible(liaison, 'the 确认销号 dialog');
    await modal(liaison).getByRole('button', { name: /确认销号/ }).click();

    // Assess: 已销号, the whole timeline
    await modal(liaison).waitFor({ state: 'hidden' });
    await expect.poll(() => status(liaison)).toBe('已销号');
    expect(await liaison.locator('.ledger-history-action').allInnerTexts()).toEqual(['受理登记', '交办', '登记办理结果', '确认销号']);
    await expectAccessible(liaison, 'a closed item');
  });

  it('shows an overdue item as 超期 in red, with the word, under 只看超期; the year’s figures count it', async () => {
    // Act: the secretariat's ledger, only the overdue items
    await admin.goto('/ledger');
    await admin.getByTestId('ledger-year').waitFor();
    await admin.getByLabel('只看超期', { exact: true }).click();
    await admin.waitForURL((url) => url.searchParams.get('overdue') === '1');

    // Assess: at least the demo's overdue item, every row 办理中 and 超期, in the overdue style
    const rows = admin.locator('.ant-table-tbody tr.ant-table-row');
    // The year's list stays on screen (dimmed) until the overdue items come
    const overdueOnly = async () => {
      const all = await rows.allInnerTexts();
      return all.length > 0 && all.every((text) => text.includes('超期'));
    };
    await expect.poll(overdueOnly).toBe(true);
    const texts = await rows.allInnerTexts();
    for (const text of texts) {
      expect(text).toContain('超期');
      expect(text).toContain('办理中');
    }
    expect(await admin.locator('tr.ledger-row-overdue').count()).toBe(texts.length);
    const overdueFigure = admin.getByTestId('ledger-year').locator('.ant-statistic', { hasText: '超期' }).locator('.ant-statistic-content');
    expect(Number(await overdueFigure.innerText())).toBeGreaterThanOrEqual(texts.length);
    await expectAccessible(admin, 'the ledger’s overdue items');

    // And the item's page says so too
    await rows.first().getByRole('link').click();
    await admin.getByTestId('ledger-number').waitFor();
    await admin.getByTestId('ledger-overdue').first().waitFor();
    await admin.getByText(/^已超过办理时限（\d{4}-\d{2}-\d{2}），仍未登记办理结果。$/).waitFor();

    // In English
    await admin.getByText('English', { exact: true }).click();
    await admin.getByText('Handling', { exact: true }).waitFor();
    expect(await admin.getByTestId('ledger-overdue').first().innerText()).toBe('Overdue');
    await expectAccessible(admin, 'an overdue item in English');
    await admin.getByText('中文', { exact: true }).click();
    await admin.getByText('办理过程', { exact: true }).waitFor();
  });

  it('prints the four cards with the number; refuses a reopen without a reason at the field, and a paper sign-off without who signed', async () => {
    // Prepare: an item waiting for its sign-off
    const title = uniqueName('校门口上下学拥堵');
    const item = await resolvedItem(title);

    // Act: its page, 打印四张卡
    await admin.goto(`/ledger/${item.id}`);
    await expect.poll(() => status(admin)).toBe('待销号');
    await admin.getByRole('button', { name: /打印四张卡/ }).click();
    await admin.waitForURL(`**/ledger/${item.id}/cards`);

    // Assess: the four cards, each with the number, the result on two of them
    const cards = admin.locator('.ledger-card h2');
    await expect.poll(() => cards.allInnerTexts()).toEqual(['受理登记卡', '交办卡', '办理结果登记卡', '办理结果反馈卡']);
    for (const testId of ['card-intake', 'card-assignment', 'card-result', 'card-feedback']) {
      expect(await admin.getByTestId(testId).innerText()).toContain(item.number);
    }
    expect(await admin.getByTestId('card-result').innerText()).toContain('已协调交警在校门东侧划设临时停车区。');
    expect(await admin.getByTestId('card-assignment').innerText()).toContain(HANDLER_UNIT);
    await expectAccessible(admin, 'the four cards');
    // Printed: only the cards (no menu, no toolbar)
    await admin.emulateMedia({ media: 'print' });
    expect(await admin.locator('.ant-layout-sider').isVisible()).toBe(false);
    expect(await admin.getByRole('button', { name: label('打印') }).isVisible()).toBe(false);
    expect(await admin.getByTestId('card-feedback').isVisible()).toBe(true);
    await admin.emulateMedia({ media: 'screen' });

    // Act: back, 退回重办 with no reason
    await admin.getByRole('link', { name: /返回事项/ }).click();
    await admin.getByRole('button', { name: /退回重办/ }).click();
    await modal(admin).getByRole('button', { name: /退回重办/ }).click();

    // Assess: refused at the field, the item unchanged
    await fieldError(admin, '理由').getByText('请填写理由').waitFor();
    await expectAccessible(admin, 'the 退回重办 dialog with its field error');
    await modal(admin).getByRole('button', { name: label('取消') }).click();
    await modal(admin).waitFor({ state: 'hidden' });
    expect(await status(admin)).toBe('待销号');

    // Act: the secretariat records the paper sign-off: 签字人 is asked for
    await admin.getByRole('button', { name: /确认销号/ }).click();
    await modal(admin).getByRole('button', { name: /确认销号/ }).click();
    await fieldError(admin, '签字人').getByText('请填写提出单位的签字人').waitFor();
    await modal(admin).getByLabel('签字人', { exact: true }).fill('李明');
    await modal(admin).getByRole('button', { name: /确认销号/ }).click();
    await modal(admin).waitFor({ state: 'hidden' });

    // Assess: 已销号 by who signed, as the feedback card now says
    await expect.poll(() => status(admin)).toBe('已销号');
    await admin.getByText(/^已销号：李明 于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 确认。$/).waitFor();
    await admin.goto(`/ledger/${item.id}/cards`);
    await expect.poll(() => admin.getByTestId('card-feedback').innerText()).toContain('李明');
  });
});
