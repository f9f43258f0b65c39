import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './a11y';
import { accessToken } from './api';
import { graphqlRequest, label, launchBrowser, openPage, signIn, stackUrl } from './browser';

const baseUrl = stackUrl();

/** The demo's 区域党委会（十月）: held, with two of the hospital's members invited in person (one present, one on leave). */
async function demoCommittee(): Promise<{ id: string; onLeave: string }> {
  const token = await accessToken(baseUrl);
  const data = await graphqlRequest<{ meetings: { edges: { node: { id: string; title: string; memberAttendance: { status: string; invitedMember: { name: string } }[] } }[] } }>(
    baseUrl,
    `query { meetings(first: 50, filter: { kind: REGIONAL_COMMITTEE }) { edges { node { id title memberAttendance { status invitedMember { name } } } } } }`,
    {},
    token,
  );
  const node = data.meetings.edges.map((e) => e.node).find((m) => m.title === '区域党委会（十月）')!;
  return { id: node.id, onLeave: node.memberAttendance.find((a) => a.status === 'LEAVE')!.invitedMember.name };
}

describe('个人受邀党员: their own attendance on the 签到 step', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page } = await openPage(browser, baseUrl));
    await signIn(page, 'admin');
  });
  afterAll(async () => {
    await browser?.close();
  });

  const modal = () => page.locator('.ant-modal:visible');

  it('lists the members invited in person apart from the units, and records one of them 出席', async () => {
    // Prepare
    const { id, onLeave } = await demoCommittee();
    await page.goto(`/meetings/${id}?step=checkIn`);
    const table = page.getByTestId('member-attendance-table');
    const row = table.locator('tr.ant-table-row', { hasText: onLeave });
    await row.waitFor();

    // Assess: two members, one 出席 and one 请假 with its reason; the units' table is apart
    expect(await table.locator('tr.ant-table-row').count()).toBe(2);
    expect(await row.locator('.attendance-status').innerText()).toBe('请假');
    expect(await row.innerText()).toContain('院内值班');
    expect(await page.getByText('2 名个人受邀党员中 1 名已出席。').count()).toBe(1);
    expect(await page.getByTestId('attendance-table').getByText(onLeave).count()).toBe(0);

    // Act: 登记 the member on leave as present after all (the member attends itself: no 参会人 field)
    await row.getByRole('button', { name: label('登记') }).click();
    await modal().getByText(`登记签到：${onLeave}`).waitFor();
    expect(await modal().getByLabel('参会人', { exact: true }).isVisible()).toBe(false);
    await modal().getByText('出席', { exact: true }).click();
    await expectAccessible(page, 'the 登记 dialog of a member');
    await modal().getByRole('button', { name: label('保存') }).click();
    await modal().waitFor({ state: 'hidden' });

    // Assess
    await expect.poll(() => row.locator('.attendance-status').innerText()).toBe('出席');
    expect(await page.getByText('2 名个人受邀党员中 2 名已出席。').count()).toBe(1);
  });
});
