import dayjs from 'dayjs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './a11y';
import { accessToken, createMeeting, createUnit, type CreatedMeeting } from './api';
import { graphqlRequest, label, launchBrowser, openPage, signIn, stackUrl, uniqueName } from './browser';

const baseUrl = stackUrl();

/** A small PDF for the materials (its bytes are checked against the declared size and hash, not parsed). */
const PDF = Buffer.from('%PDF-1.4\n% 共建 会议材料\n%%EOF\n');

const FIRST = '审议社区养老服务共建项目';
const SECOND = '通报上季度共建工作情况';

describe('会议材料: the region admin sets an agenda item’s files from the meeting page', () => {
  let browser: Browser;
  let page: Page;
  let meeting: CreatedMeeting;

  /** A draft a fortnight ahead with the two items (a notice needs someone invited). */
  const draft = (title: string, invitedUnitIds: string[] = []): Promise<CreatedMeeting> => {
    const start = dayjs().add(14, 'day').hour(9).minute(30);
    return createMeeting(baseUrl, {
      title: uniqueName(title),
      kind: 'TOPIC_MEETING',
      startsAt: start.toISOString(),
      endsAt: start.add(2, 'hour').toISOString(),
      agenda: [{ title: FIRST, plannedMinutes: 30 }, { title: SECOND }],
      invitedUnitIds,
    });
  };
  const changeStatus = async (mutation: 'sendMeetingNotice' | 'cancelMeeting', input: Record<string, unknown>) => {
    const type = mutation === 'sendMeetingNotice' ? 'SendMeetingNoticeInput' : 'ChangeMeetingStatusInput';
    await graphqlRequest(baseUrl, `mutation ($input: ${type}!) { ${mutation}(input: $input) { id } }`, { input }, await accessToken(baseUrl));
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page } = await openPage(browser, baseUrl));
    await signIn(page, 'admin');
    meeting = await draft('材料测试会议');
  });
  afterAll(async () => {
    await browser?.close();
  });

  const modal = () => page.locator('.ant-modal:visible');
  const item = (title: string): Locator => page.getByTestId('agenda').locator('li', { hasText: title });
  const materialLink = (title: string, name: string): Locator => item(title).getByRole('link', { name });

  it('uploads a PDF to one item, lists it as a link under that item only, then removes it', { timeout: 120_000 }, async () => {
    // Prepare: the draft's page, no materials yet
    await page.goto(`/meetings/${meeting.id}`);
    await page.getByRole('heading', { name: meeting.title }).waitFor();
    await item(FIRST).waitFor();
    expect(await page.getByTestId('agenda-materials').count()).toBe(0);

    // Act: 材料 on the first item, one PDF uploaded, 保存
    await item(FIRST).getByRole('button', { name: `材料 ${FIRST}` }).click();
    await modal().getByText(`会议材料：${FIRST}`).waitFor();
    await modal().getByText('尚无材料').waitFor();
    await modal().getByRole('button', { name: /添加材料/ }).click();
    await modal().locator('input[type=file]').setInputFiles({ name: '养老服务需求调研.pdf', mimeType: 'application/pdf', buffer: PDF });
    await modal().getByText('上传完成').waitFor();
    await expectAccessible(page, 'the 材料 dialog with an upload');
    await modal().getByRole('button', { name: label('保存') }).click();
    await modal().waitFor({ state: 'hidden' });

    // Assess: the file is a download link under the first item, not under the second
    await materialLink(FIRST, '养老服务需求调研.pdf').waitFor();
    expect(await materialLink(FIRST, '养老服务需求调研.pdf').getAttribute('href')).toBeTruthy();
    expect(await item(SECOND).getByTestId('agenda-materials').count()).toBe(0);
    await expectAccessible(page, 'the agenda with an item’s materials');

    // Act: the dialog again lists the file; it is marked to be removed, then 保存
    await item(FIRST).getByRole('button', { name: `材料 ${FIRST}` }).click();
    await modal().getByTestId('current-materials').getByRole('link', { name: '养老服务需求调研.pdf' }).waitFor();
    await modal().getByRole('button', { name: '移除材料 养老服务需求调研.pdf' }).click();
    await modal().getByText('保存后移除').waitFor();
    await expectAccessible(page, 'the 材料 dialog with a file marked to be removed');
    await modal().getByRole('button', { name: label('保存') }).click();
    await modal().waitFor({ state: 'hidden' });

    // Assess: the item has no materials any more (also after a reload: it is the server's answer)
    await expect.poll(() => item(FIRST).getByTestId('agenda-materials').count()).toBe(0);
    await page.reload();
    await item(FIRST).waitFor();
    expect(await page.getByTestId('agenda-materials').count()).toBe(0);
  });

  it('offers 材料 after the notice (when the agenda no longer changes) and not on a cancelled meeting', async () => {
    // Prepare: one meeting noticed (a fortnight ahead: on time), one cancelled
    const unit = await createUnit(baseUrl, { name: uniqueName('材料测试党支部') });
    const noticed = await draft('材料通知后测试会议', [unit.id]);
    await changeStatus('sendMeetingNotice', { meetingId: noticed.id, version: noticed.version });
    const cancelled = await draft('材料取消测试会议');
    await changeStatus('cancelMeeting', { id: cancelled.id, version: cancelled.version, reason: '议题已在其他会议上研究' });

    // Assess: noticed — 材料 on each item, 删除议题 on none
    await page.goto(`/meetings/${noticed.id}?step=agenda`);
    await page.getByRole('heading', { name: noticed.title }).waitFor();
    await item(SECOND).getByRole('button', { name: `材料 ${SECOND}` }).waitFor();
    expect(await item(FIRST).getByRole('button', { name: `材料 ${FIRST}` }).count()).toBe(1);
    expect(await page.getByRole('button', { name: /删除议题/ }).count()).toBe(0);

    // Assess: cancelled — the agenda without 材料
    await page.goto(`/meetings/${cancelled.id}?step=agenda`);
    await page.getByRole('heading', { name: cancelled.title }).waitFor();
    await item(FIRST).waitFor();
    expect(await page.getByRole('button', { name: /^材料/ }).count()).toBe(0);
  });
});
