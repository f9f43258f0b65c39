import dayjs from 'dayjs';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './a11y';
import { accessToken, createUnit, type CreatedUnit } from './api';
import { graphqlRequest, label, launchBrowser, openPage, signIn, uniqueName, stackUrl, clickUntil } from './browser';

const baseUrl = stackUrl();

/** A small PDF for the minutes (its bytes are checked against the declared size and hash, not parsed). */
const PDF = Buffer.from('%PDF-1.4\n% 共建 会议纪要附件\n%%EOF\n');

/**
 * How far ahead the meeting starts. The stack runs on the real clock and a meeting that has started can no longer be
 * noticed, while attendance and minutes wait for its start: the notice goes through the API (late, with its reason)
 * right after the meeting is made — sending it from the page, and its refusal without a reason, are tested in
 * meetings.test.ts — so the walk starts at the meeting's start instead of waiting for it.
 */
const LEAD_MS = 4_000;

interface ApiMeeting {
  id: string;
  title: string;
  startsAt: string;
  agenda: { id: string; title: string }[];
}

async function createMeeting(title: string, units: readonly CreatedUnit[], startsAt: Date): Promise<ApiMeeting> {
  const token = await accessToken(baseUrl);
  const data = await graphqlRequest<{ createMeeting: ApiMeeting }>(
    baseUrl,
    `mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id title startsAt agenda { id title } } }`,
    {
      input: {
        title,
        kind: 'TOPIC_MEETING',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
        place: '街道党群服务中心二楼会议室',
        chair: '王书记',
        recorder: '李干事',
        invitedUnitIds: units.map((u) => u.id),
        agenda: [{ title: '审议社区养老服务共建项目', plannedMinutes: 30 }, { title: '通报上季度共建工作情况' }],
      },
    },
    token,
  );
  await graphqlRequest(
    baseUrl,
    `mutation ($input: SendMeetingNoticeInput!) { sendMeetingNotice(input: $input) { id } }`,
    { input: { meetingId: data.createMeeting.id, version: 1, lateReason: '区委临时部署，需立即召开专题协调会' } },
    token,
  );
  return data.createMeeting;
}

describe('A meeting’s proceedings: notice, 签到 登记, 纪要 with a file, 协商一致, 审定纪要, the resolution and its Word documents', () => {
  let browser: Browser;
  let page: Page;
  let present: CreatedUnit;
  let onLeave: CreatedUnit;
  let meeting: ApiMeeting;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page } = await openPage(browser, baseUrl));
    await signIn(page, 'admin');
    [present, onLeave] = await Promise.all([
      createUnit(baseUrl, { name: uniqueName('出席测试党支部') }),
      createUnit(baseUrl, { name: uniqueName('请假测试党支部') }),
    ]);
    meeting = await createMeeting(uniqueName('专题协调会'), [present, onLeave], new Date(Date.now() + LEAD_MS));
  });
  afterAll(async () => {
    await browser?.close();
  });

  const modal = () => page.locator('.ant-modal:visible');
  const popconfirm = () => page.locator('.ant-popover:visible');
  const status = () => page.getByTestId('meeting-status').innerText();
  const tab = (name: string) => page.getByRole('tab', { name, exact: true });
  const attendanceRow = (unit: CreatedUnit) => page.getByTestId('attendance-table').locator('tr.ant-table-row', { hasText: unit.name });
  const itemCard = (title: string): Locator => page.getByTestId('minutes-item').filter({ hasText: title });

  it('walks one meeting from its notice to the approved minutes, its resolution and the minutes as a .docx', { timeout: 240_000 }, async () => {
    const [first, second] = meeting.agenda;
    const decision = '同意启动社区养老服务共建项目，由各成员单位按认领清单落实。';

    // Assess: noticed (late, with its reason); the 签到 step shows the six-digit code, its QR and the window
    await page.goto(`/meetings/${meeting.id}`);
    await page.getByRole('heading', { name: meeting.title }).waitFor();
    await expect.poll(status).toBe('已通知');
    await tab('签到').click();
    await expect.poll(() => page.getByTestId('check-in-code').innerText()).toMatch(/^\d{6}$/);
    await page.getByRole('img', { name: '签到二维码' }).waitFor();
    await expectAccessible(page, 'the 签到 step');

    // Assess: 文件 — the notice can be downloaded, the minutes not before their approval (with the hint)
    await tab('文件').click();
    await expect.poll(() => page.getByRole('button', { name: /下载会议通知/ }).isEnabled()).toBe(true);
    expect(await page.getByRole('button', { name: /下载会议纪要/ }).isDisabled()).toBe(true);
    expect(await page.getByText('纪要审定后可下载').count()).toBe(2);
    await expectAccessible(page, 'the 文件 step before the approval');

    // Prepare: the meeting has started (the real clock; a few seconds after it was made), then the page again
    const startsAt = Date.parse(meeting.startsAt);
    await page.waitForTimeout(Math.max(0, startsAt - Date.now() + 1_000));
    await page.goto(`/meetings/${meeting.id}?step=checkIn`);
    await attendanceRow(present).waitFor();

    // Act: 登记 one unit 出席 (late), the other 请假 with a delegate
    await attendanceRow(present).getByRole('button', { name: label('登记') }).click();
    await modal().getByLabel('参会人', { exact: true }).fill('张代表');
    await modal().getByText('迟到（会议开始后到场）').click();
    await expectAccessible(page, 'the 登记 dialog');
    await modal().getByRole('button', { name: label('保存') }).click();
    await modal().waitFor({ state: 'hidden' });
    await attendanceRow(onLeave).getByRole('button', { name: label('登记') }).click();
    await modal().getByText('请假', { exact: true }).click();
    await modal().getByLabel('请假原因', { exact: true }).fill('单位同时段召开党委会');
    await modal().getByLabel('委托参会人', { exact: true }).fill('赵副书记');
    await modal().getByRole('button', { name: label('保存') }).click();
    await modal().waitFor({ state: 'hidden' });

    // Assess: the table shows both, the late flag and the delegate
    await expect.poll(() => attendanceRow(present).locator('.attendance-status').innerText()).toBe('出席');
    expect(await attendanceRow(present).innerText()).toContain('迟到');
    await expect.poll(() => attendanceRow(onLeave).locator('.attendance-status').innerText()).toBe('请假');
    expect(await attendanceRow(onLeave).innerText()).toContain('赵副书记');

    // Assess: 请假与意见 shows the leave with its reason
    await tab('请假与意见').click();
    await page.getByTestId('leave-table').getByText('单位同时段召开党委会').waitFor();
    await expectAccessible(page, 'the 请假与意见 step');
    await tab('签到').click();

    // Act: 标记为已召开
    await page.getByRole('button', { name: /标记为已召开/ }).click();
    await popconfirm().getByRole('button', { name: /标记为已召开/ }).click();
    await expect.poll(status).toBe('已召开');

    // Act: 纪要 of the first item, with a file, saved
    await tab('纪要').click();
    const card = itemCard(first!.title);
    await card.getByLabel('讨论情况', { exact: true }).fill('各单位围绕社区养老服务需求和可提供的资源进行了讨论。');
    await card.getByLabel('拟形成的决议', { exact: true }).fill(decision);
    await card.getByRole('button', { name: /添加附件/ }).click();
    await card.locator('input[type=file]').setInputFiles({ name: '养老服务需求调研.pdf', mimeType: 'application/pdf', buffer: PDF });
    await card.getByText('上传完成').waitFor();
    await expectAccessible(page, 'the 纪要 step with an editor');
    await card.getByRole('button', { name: label('保存') }).click();

    // Assess: version 1, the file kept on the item
    await expect.poll(() => card.getByTestId('minutes-version').innerText()).toMatch(/^第 1 版/);
    await card.getByText('养老服务需求调研.pdf').waitFor();

    // Act: the discussion corrected, saved again
    await card.getByLabel('讨论情况', { exact: true }).fill('各单位围绕社区养老服务需求和可提供的资源进行了讨论，一致认为应尽快启动。');
    await card.getByRole('button', { name: label('保存') }).click();

    // Assess: version 2; 历史版本 lists both, the newest changed 讨论情况 only (the file kept)
    await expect.poll(() => card.getByTestId('minutes-version').innerText()).toMatch(/^第 2 版/);
    await card.getByRole('button', { name: /历史版本/ }).click();
    const versions = modal().locator('.minutes-version');
    await expect.poll(() => versions.count()).toBe(2);
    expect(await versions.first().innerText()).toMatch(/^第 2 版/);
    expect(await versions.first().locator('.ant-tag').allInnerTexts()).toEqual(['讨论情况']);
    await expectAccessible(page, 'the 历史版本 dialog');
    await page.keyboard.press('Escape');
    await modal().waitFor({ state: 'hidden' });

    // Act: the second item's minutes, with no resolution proposed (approval wants every item recorded)
    const secondCard = itemCard(second!.title);
    await secondCard.getByLabel('讨论情况', { exact: true }).fill('秘书处通报了上季度共建项目的进展。');
    await secondCard.getByRole('button', { name: label('保存') }).click();
    await expect.poll(() => secondCard.getByTestId('minutes-version').innerText()).toMatch(/^第 1 版/);

    // Act: 一致同意 on the first item (both units take part: one present, one with a delegate)
    const consensus = card.getByTestId('consensus-panel');
    await expect.poll(() => consensus.getByTestId('consensus-outcome').innerText()).toBe('待表态');
    await consensus.getByRole('button', { name: /一致同意/ }).click();
    await popconfirm().getByRole('button', { name: /一致同意/ }).click();

    // Assess: 协商一致, each unit 同意
    await expect.poll(() => consensus.getByTestId('consensus-outcome').innerText()).toBe('协商一致');
    await expect.poll(() => consensus.locator('tr.ant-table-row', { hasText: onLeave.name }).innerText()).toContain('同意');

    // Act: 审定纪要, after the confirm that says it locks
    await page.getByRole('button', { name: /审定纪要/ }).click();
    const confirm = page.locator('.ant-modal-confirm:visible');
    await confirm.getByText('审定后纪要将锁定', { exact: false }).waitFor();
    await expectAccessible(page, 'the 审定纪要 confirm');
    await confirm.getByRole('button', { name: /审定纪要/ }).click();

    // Assess: 纪要已审定; the item read-only and locked, with 补充说明 instead of 保存
    await expect.poll(status).toBe('纪要已审定');
    await card.getByTestId('minutes-locked').waitFor();
    expect(await card.getByRole('textbox').count()).toBe(0);
    expect(await card.getByRole('button', { name: label('保存') }).count()).toBe(0);
    expect(await card.getByRole('button', { name: /一致同意/ }).count()).toBe(0);
    await card.getByRole('button', { name: /补充说明/ }).waitFor();
    await expectAccessible(page, 'the approved minutes');

    // Act: 补充说明 to the locked minutes
    await card.getByRole('button', { name: /补充说明/ }).click();
    await modal().getByLabel('说明内容', { exact: true }).fill('会后经核实，参与讨论的还有社区卫生服务中心。');
    await modal().getByRole('button', { name: /补充说明/ }).click();
    await modal().waitFor({ state: 'hidden' });

    // Assess: the addendum below the unchanged text
    await card.getByTestId('minutes-addenda').getByText('会后经核实，参与讨论的还有社区卫生服务中心。').waitFor();

    // Assess: the resolution of the first item, with its number and text
    await tab('决议与落实').click();
    const resolution = page.getByTestId('resolution').filter({ hasText: first!.title });
    await resolution.waitFor();
    expect(await resolution.locator('.resolution-text').innerText()).toBe(decision);
    expect(await resolution.innerText()).toMatch(/决议 \d{4}-\d{2}-\d{2}-1/);
    await expectAccessible(page, 'the 决议与落实 step');

    // Act: 公示 the resolution (决议公开 on the public page) from its card
    await resolution.getByTestId('publish-toggle').click();
    await clickUntil(popconfirm().getByRole('button', { name: label('公示') }), async () => (await resolution.getByTestId('publish-toggle').innerText()) === '撤回公示');
    // Assess: the card says it is published and offers to withdraw it
    await expect.poll(() => resolution.getByTestId('publish-toggle').innerText()).toBe('撤回公示');

    // Act: 添加督办事项 for the resolution, with a responsible unit and a due date
    await resolution.getByRole('button', { name: /添加督办事项/ }).click();
    await modal().getByLabel('事项', { exact: true }).fill('制定社区养老服务共建实施方案');
    const units = modal().getByLabel('责任单位', { exact: true });
    await units.click();
    await units.fill(present.name);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: present.name }).click();
    await modal().locator('.ant-modal-title').click();
    const due = modal().getByLabel('完成期限', { exact: true });
    await due.click();
    await due.fill(dayjs().add(30, 'day').format('YYYY-MM-DD'));
    await due.press('Enter');
    await modal().getByLabel('完成标准', { exact: true }).fill('方案经联席会议审议通过');
    await expectAccessible(page, 'the 添加督办事项 dialog');
    await modal().getByRole('button', { name: /添加督办事项/ }).click();
    await modal().waitFor({ state: 'hidden' });

    // Assess: the item under the resolution, 落实中, with its unit
    const actionItem = resolution.getByTestId('action-items').locator('.action-item', { hasText: '制定社区养老服务共建实施方案' });
    await actionItem.waitFor();
    expect(await actionItem.innerText()).toContain('落实中');
    expect(await actionItem.innerText()).toContain(present.name);

    // Act: 文件 — the minutes as a Word document
    await tab('文件').click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /下载会议纪要/ }).click();

    // Assess: a .docx (a zip with the Word document part) that names the meeting
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.docx$/);
    const zip = await JSZip.loadAsync(await readFile(await file.path()));
    const documentXml = await zip.file('word/document.xml')?.async('string');
    expect(documentXml).toBeDefined();
    expect(documentXml).toContain(meeting.title);
    await expectAccessible(page, 'the 文件 step');

    // Act: 归档到档案 — the last step of the lifecycle
    await page.getByRole('button', { name: /归档到档案/ }).click();
    await popconfirm().getByRole('button', { name: /归档到档案/ }).click();

    // Assess: 已归档, its three documents and the minutes' attachment listed from the archive
    await page.getByText('已归档').first().waitFor();
    const archived = page.locator('.ant-card', { hasText: '在档案中查看' }).locator('.ant-list-item');
    await expect.poll(() => archived.count()).toBe(4);
    expect(await archived.nth(1).innerText()).toContain(`${meeting.title} 会议纪要`);
    expect(await archived.nth(3).innerText()).toContain(`${meeting.title} 纪要附件：养老服务需求调研.pdf`);
  });
});
