/**
 * 签收 of a meeting's resolutions notice and the 落实情况汇总 to the superior organisation, through the API, DynamoDB
 * Local and the S3 emulator: a meeting recorded and approved through the API, its units acknowledging (their liaisons,
 * the secretariat on a unit's behalf, two at once), and the summary downloaded as .xlsx (read back with exceljs) and
 * .docx (unzipped).
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Principal } from '../../functions/src/auth/principal';
import { recordChange } from '../../functions/src/domain/audit/service';
import { sendMeetingNotice } from '../../functions/src/domain/meetings/service';
import { REGION_AUDIT } from '../../functions/src/domain/regions/region';
import { CREATE_UNIT, errorOf, newRegion, unitInput } from './harness';

type Env = Awaited<ReturnType<typeof newRegion>>;

const ACK = 'mutation($input: AcknowledgeResolutionsInput!) { acknowledgeResolutions(input: $input) { unitId acknowledged acknowledgedAt acknowledgedBy onBehalf note } }';
const RECEIPTS = `query($id: ID!) { meeting(id: $id) { receiptSummary { expected acknowledged pending } receipts { unitId unit { name } acknowledged acknowledgedBy onBehalf note } } }`;
const SUMMARY = 'mutation($input: MeetingFollowUpSummaryInput!) { meetingFollowUpSummary(input: $input) { name contentType size downloadUrl } }';

const liaisonOf = (env: Env, unitId: string): Principal => ({ userId: `liaison-${unitId}`, displayName: '联络员', regionId: env.regionId, roles: ['UNIT_LIAISON'], unitId });

async function unit(env: Env, name: string) {
  const result = await env.gql(CREATE_UNIT, { input: unitInput({ name: `${name}${env.regionId}` }) });
  expect(result.errors).toBeUndefined();
  return result.data.createUnit as { id: string; name: string };
}

/** A joint meeting that started an hour ago inviting `unitIds` (noticed 8 days ago), the first present; minutes of its item saved with a decision. */
async function recordedMeeting(env: Env, unitIds: string[]) {
  const ok = async (query: string, variables: Record<string, unknown>) => {
    const result = await env.gql(query, variables);
    expect(result.errors).toBeUndefined();
    return result.data;
  };
  const startsAt = new Date(Date.now() - 3_600_000).toISOString();
  const created = await ok('mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id startsAt agenda { id } } }', {
    input: {
      title: '第四季度党建联席会议', kind: 'JOINT_MEETING', startsAt, endsAt: new Date(Date.now() + 3_600_000).toISOString(), invitedUnitIds: unitIds,
      agenda: [{ title: '助老食堂项目' }],
    },
  });
  const meeting = created.createMeeting as { id: string; startsAt: string; agenda: { id: string }[] };
  await sendMeetingNotice(env.admin, { meetingId: meeting.id, version: 1 }, { ...env.ports, now: () => new Date(Date.now() - 8 * 86_400_000) });
  await ok('mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { status } }', { input: { meetingId: meeting.id, unitId: unitIds[0], version: 0, status: 'PRESENT' } });
  await ok('mutation($input: SaveMinutesInput!) { saveMinutes(input: $input) { version } }', {
    input: { meetingId: meeting.id, agendaItemId: meeting.agenda[0]!.id, version: 0, text: '讨论了助老食堂项目。', decision: '助老食堂于2027年1月底前完工' },
  });
  await ok('mutation($m: ID!, $i: ID!) { recordConsensusForAll(meetingId: $m, agendaItemId: $i) { outcome } }', { m: meeting.id, i: meeting.agenda[0]!.id });
  const approve = async () => {
    const { version } = (await env.ports.meetings.get(env.regionId, meeting.id))!;
    const approved = await ok('mutation($m: ID!, $v: Int!) { approveMinutes(meetingId: $m, version: $v) { resolutions { id number } } }', { m: meeting.id, v: version });
    return approved.approveMinutes.resolutions[0] as { id: string; number: string };
  };
  return { ...meeting, approve, ok };
}

describe('successful: 签收 of the resolutions notice, through the API and DynamoDB Local', () => {
  it('each liaison acknowledges its own unit; the secretariat on behalf with a note; counts; a second (and a concurrent) acknowledgement keeps one', async () => {
    const env = await newRegion();
    const [hospital, school, community] = [await unit(env, '市第一医院党委'), await unit(env, '长安实验小学党支部'), await unit(env, '和平社区党委')];
    const meeting = await recordedMeeting(env, [hospital.id, school.id, community.id]);

    // Before approval: refused, naming the meeting's state; nothing to read yet.
    expect(errorOf(await env.gql(ACK, { input: { meetingId: meeting.id } }, liaisonOf(env, school.id)))).toMatchObject({
      code: 'BAD_USER_INPUT', field: 'meetingId', message: expect.stringContaining('纪要起草中'),
    });
    expect((await env.gql(RECEIPTS, { id: meeting.id })).data.meeting).toEqual({ receiptSummary: null, receipts: [] });
    await meeting.approve();

    // The liaison's own notice shows its pending receipt.
    const OWN = `{ viewer { meetingNotices(first: 5) { edges { node { id ownReceipt { unitId acknowledged } } } } } }`;
    const notices = await env.gql(OWN, {}, liaisonOf(env, school.id));
    expect(notices.errors).toBeUndefined();
    expect(notices.data.viewer.meetingNotices.edges.find((e: { node: { id: string } }) => e.node.id === meeting.id).node.ownReceipt).toEqual({ unitId: school.id, acknowledged: false });

    // A liaison for another unit is refused; for its own it acknowledges.
    expect(errorOf(await env.gql(ACK, { input: { meetingId: meeting.id, unitId: hospital.id } }, liaisonOf(env, school.id)))).toMatchObject({ code: 'FORBIDDEN' });
    const own = await env.gql(ACK, { input: { meetingId: meeting.id } }, liaisonOf(env, school.id));
    expect(own.errors).toBeUndefined();
    expect(own.data.acknowledgeResolutions).toMatchObject({ unitId: school.id, acknowledged: true, acknowledgedBy: '联络员', onBehalf: false, note: null });
    const again = await env.gql(ACK, { input: { meetingId: meeting.id, note: '再次' } }, liaisonOf(env, school.id));
    expect(again.data.acknowledgeResolutions).toEqual(own.data.acknowledgeResolutions);

    // The secretariat on the community's behalf: a note is required.
    expect(errorOf(await env.gql(ACK, { input: { meetingId: meeting.id, unitId: community.id } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    const paper = await env.gql(ACK, { input: { meetingId: meeting.id, unitId: community.id, note: '纸质签收' } });
    expect(paper.data.acknowledgeResolutions).toMatchObject({ unitId: community.id, onBehalf: true, note: '纸质签收', acknowledgedBy: '测试管理员' });

    // The hospital's liaison and the secretariat at once: one receipt.
    const racing = await Promise.all([
      env.gql(ACK, { input: { meetingId: meeting.id } }, liaisonOf(env, hospital.id)),
      env.gql(ACK, { input: { meetingId: meeting.id, unitId: hospital.id, note: '电话确认' } }),
    ]);
    for (const r of racing) expect(r.errors).toBeUndefined();
    expect(racing[0]!.data.acknowledgeResolutions).toEqual(racing[1]!.data.acknowledgeResolutions);
    expect(await env.ports.proceedings.receipts(env.regionId, meeting.id)).toHaveLength(3);
    const audits = await env.ports.audit.listForRecord(env.regionId, `${meeting.id}/${hospital.id}`, { size: 10 });
    expect(audits.edges.map((e) => e.node.operation)).toEqual(['acknowledgeResolutions']);

    const read = await env.gql(RECEIPTS, { id: meeting.id });
    expect(read.errors).toBeUndefined();
    expect(read.data.meeting.receiptSummary).toEqual({ expected: 3, acknowledged: 3, pending: 0 });
    expect(read.data.meeting.receipts.map((r: { unitId: string; acknowledged: boolean; onBehalf: boolean }) => [r.unitId, r.acknowledged])).toEqual([
      [hospital.id, true], [school.id, true], [community.id, true],
    ]);
  });

  it('the 落实情况汇总 as .xlsx (read back with exceljs) and .docx (its text): resolution, action item, latest report, receipts', async () => {
    const env = await newRegion();
    const region = (await env.ports.regions.get(env.regionId))!;
    // The superior organisation, as the platform admin names it (updateRegion).
    const next = { ...region, superiorOrganization: '朝阳区委组织部', version: region.version + 1 };
    await env.ports.regions.update({ current: region, next }, { audit: recordChange(env.admin, env.ports, REGION_AUDIT, { operation: 'updateRegion', recordId: region.id, version: next.version, before: region, after: next }) });
    const [hospital, school] = [await unit(env, '市第一医院党委'), await unit(env, '长安实验小学党支部')];
    const meeting = await recordedMeeting(env, [hospital.id, school.id]);
    const resolution = await meeting.approve();
    const added = await meeting.ok('mutation($input: AddActionItemInput!) { addActionItem(input: $input) { id } }', {
      input: { resolutionId: resolution.id, title: '完成助老食堂装修', responsibleUnitIds: [hospital.id], dueOn: '2027-01-31' },
    });
    await meeting.ok('mutation($input: ReportActionItemInput!) { reportActionItem(input: $input) { status } }', {
      input: { actionItemId: added.addActionItem.id, unitId: hospital.id, text: '已完成主体装修' },
    });
    await meeting.ok(ACK, { input: { meetingId: meeting.id, unitId: school.id, note: '纸质签收' } });
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const input = { kind: 'JOINT_MEETING', from: `${today.slice(0, 4)}-01-01`, to: today };

    const xlsx = await meeting.ok(SUMMARY, { input: { ...input, format: 'XLSX' } });
    const file = xlsx.meetingFollowUpSummary;
    expect(file.name).toBe(`${input.from}至${input.to} 党建联席会议决议落实情况汇总.xlsx`);
    const bytes = Buffer.from(await (await fetch(file.downloadUrl)).arrayBuffer());
    expect(bytes.length).toBe(file.size);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as never);
    const sheet = workbook.getWorksheet('落实情况汇总')!;
    expect(String(sheet.getCell(2, 1).value)).toContain('报送：朝阳区委组织部');
    expect(sheet.getRow(3).values).toEqual([undefined, '序号', '会议日期', '会议名称', '决议签收', '决议编号', '决议', '督办事项', '责任单位', '完成时限', '状态', '是否逾期', '最新落实情况']);
    const rows = [];
    for (let r = 4; r <= sheet.rowCount; r++) rows.push((sheet.getRow(r).values as unknown[]).slice(1));
    const ours = rows.find((row) => row[4] === resolution.number)!;
    expect(ours).toEqual([
      expect.any(Number), expect.any(String), '第四季度党建联席会议', '1/2（待签收1）', resolution.number, '助老食堂项目', '完成助老食堂装修', hospital.name, '2027-01-31', '落实中', '否',
      expect.stringMatching(new RegExp(`^${hospital.name}（.+）：已完成主体装修$`)),
    ]);

    const docx = await meeting.ok(SUMMARY, { input: { ...input, format: 'DOCX' } });
    const zipped = new Uint8Array(await (await fetch(docx.meetingFollowUpSummary.downloadUrl)).arrayBuffer());
    const xml = await (await JSZip.loadAsync(zipped)).file('word/document.xml')!.async('string');
    const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
    expect(paragraphs[0]).toBe('关于党建联席会议决议落实情况的报告');
    expect(paragraphs[1]).toBe('朝阳区委组织部：');
    expect(paragraphs).toContain('决议通知签收：1/2（待签收1）');
    expect(paragraphs).toContain('完成助老食堂装修');
    expect(paragraphs.some((p) => p.startsWith('落实中；') && p.endsWith('已完成主体装修'))).toBe(true);
    expect(paragraphs).toContain(`测试街道${env.regionId}`);
  });
});

describe('failing: 签收 and the summary', () => {
  it('refuses a unit not invited, an unknown meeting, and the summary to a liaison or over a reversed period', async () => {
    const env = await newRegion();
    const [hospital, other] = [await unit(env, '市第一医院党委'), await unit(env, '长安实验小学党支部')];
    const meeting = await recordedMeeting(env, [hospital.id]);
    await meeting.approve();
    expect(errorOf(await env.gql(ACK, { input: { meetingId: meeting.id } }, liaisonOf(env, other.id)))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitId' });
    expect(errorOf(await env.gql(ACK, { input: { meetingId: 'nope' } }, liaisonOf(env, hospital.id)))).toMatchObject({ code: 'NOT_FOUND' });
    const input = { kind: 'JOINT_MEETING', from: '2026-12-31', to: '2026-01-01', format: 'XLSX' };
    expect(errorOf(await env.gql(SUMMARY, { input }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect(errorOf(await env.gql(SUMMARY, { input: { ...input, from: '2026-01-01', to: '2026-12-31' } }, liaisonOf(env, hospital.id)))).toMatchObject({ code: 'FORBIDDEN' });
  });
});
