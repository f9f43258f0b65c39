/**
 * A meeting's Word documents through the API, DynamoDB Local and the S3 emulator: the notice of a meeting noticed
 * through the API, and the minutes and resolutions of a meeting recorded and approved through the API, each downloaded
 * from its link and opened.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Principal } from '../../functions/src/auth/principal';
import { sendMeetingNotice } from '../../functions/src/domain/meetings/service';
import { CREATE_UNIT, errorOf, newRegion, unitInput } from './harness';

type Env = Awaited<ReturnType<typeof newRegion>>;

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const DOCUMENT = 'mutation($m: ID!, $k: MeetingDocumentKind!) { meetingDocument(meetingId: $m, kind: $k) { name contentType size downloadUrl expiresAt } }';

/** The file behind a download link, opened: its paragraphs' text. */
async function download(url: string, size: number): Promise<string[]> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect(bytes.length).toBe(size);
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
}

async function unit(env: Env, name: string, representative: string) {
  const result = await env.gql(CREATE_UNIT, { input: unitInput({ name: `${name}${env.regionId}`, representative: { name: representative } }) });
  expect(result.errors).toBeUndefined();
  return result.data.createUnit as { id: string; name: string };
}

/** A joint meeting in 20 days inviting `units`, noticed through the API. */
async function noticedMeeting(env: Env, unitIds: string[]) {
  const startsAt = new Date(Date.now() + 20 * 86_400_000);
  startsAt.setUTCHours(1, 30, 0, 0);
  const created = await env.gql('mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id version startsAt agenda { id title } } }', {
    input: {
      title: '第四季度党建联席会议', kind: 'JOINT_MEETING', startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 150 * 60_000).toISOString(),
      place: '街道党群服务中心三楼会议室', chair: '街道党工委书记赵明', invitedUnitIds: unitIds,
      agenda: [{ title: '通报第四季度共建项目进展' }, { title: '审议2027年度需求清单' }],
    },
  });
  expect(created.errors).toBeUndefined();
  const meeting = created.data.createMeeting as { id: string; startsAt: string; agenda: { id: string; title: string }[] };
  const noticed = await env.gql('mutation($input: SendMeetingNoticeInput!) { sendMeetingNotice(input: $input) { id } }', { input: { meetingId: meeting.id, version: 1 } });
  expect(noticed.errors).toBeUndefined();
  return meeting;
}

/** A joint meeting that started an hour ago inviting `unitIds`, noticed (through the use case) 8 days ago: minutes may be written. */
async function heldMeeting(env: Env, unitIds: string[]) {
  const startsAt = new Date(Date.now() - 3_600_000).toISOString();
  const created = await env.gql('mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id startsAt agenda { id title } } }', {
    input: {
      title: '第四季度党建联席会议', kind: 'JOINT_MEETING', startsAt, endsAt: new Date(Date.now() + 3_600_000).toISOString(), place: '街道党群服务中心三楼会议室',
      invitedUnitIds: unitIds, agenda: [{ title: '通报第四季度共建项目进展' }, { title: '审议2027年度需求清单' }],
    },
  });
  expect(created.errors).toBeUndefined();
  const meeting = created.data.createMeeting as { id: string; startsAt: string; agenda: { id: string; title: string }[] };
  await sendMeetingNotice(env.admin, { meetingId: meeting.id, version: 1 }, { ...env.ports, now: () => new Date(Date.now() - 8 * 86_400_000) });
  return meeting;
}

const dayInChina = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);

describe('successful: meeting documents as Word files, through the API, DynamoDB Local and the S3 emulator', () => {
  it('makes the notice for the secretariat and for an invited unit’s liaison, with the 主送 units, agenda and representatives', async () => {
    const env = await newRegion();
    const hospital = await unit(env, '市第一医院党委', '张华');
    const school = await unit(env, '长安实验小学党支部', '王芳');
    const meeting = await noticedMeeting(env, [hospital.id, school.id]);

    const result = await env.gql(DOCUMENT, { m: meeting.id, k: 'NOTICE' });
    expect(result.errors).toBeUndefined();
    const file = result.data.meetingDocument;
    expect(file).toMatchObject({ name: `${dayInChina(meeting.startsAt)} 第四季度党建联席会议 会议通知.docx`, contentType: DOCX });
    const paragraphs = await download(file.downloadUrl, file.size);
    expect(paragraphs[0]).toBe('关于召开第四季度党建联席会议的通知');
    expect(paragraphs[1]).toBe(`${hospital.name}、${school.name}：`);
    expect(paragraphs).toContain('1. 通报第四季度共建项目进展');
    expect(paragraphs).toContain('2. 审议2027年度需求清单');
    expect(paragraphs).toContain('张华');
    expect(paragraphs.at(-2)).toBe(`测试街道${env.regionId}`);

    const liaison: Principal = { userId: 'liaison', displayName: '联络员', regionId: env.regionId, roles: ['UNIT_LIAISON'], unitId: school.id };
    const own = await env.gql(DOCUMENT, { m: meeting.id, k: 'NOTICE' }, liaison);
    expect(own.errors).toBeUndefined();
    expect((await download(own.data.meetingDocument.downloadUrl, own.data.meetingDocument.size))[0]).toBe('关于召开第四季度党建联席会议的通知');
  });

  it('makes the approved minutes and the resolutions notice of a meeting recorded and approved through the API', async () => {
    // Prepare: a meeting that started an hour ago; attendance, minutes, positions, approval, an action item and an
    // addendum, all through the API as the secretariat records them.
    const env = await newRegion();
    const hospital = await unit(env, '市第一医院党委', '张华');
    const community = await unit(env, '和平社区党委', '李明');
    const meeting = await heldMeeting(env, [hospital.id, community.id]);
    const [first, second] = meeting.agenda;
    const ok = async (query: string, variables: Record<string, unknown>) => {
      const result = await env.gql(query, variables);
      expect(result.errors).toBeUndefined();
      return result.data;
    };
    const ATTEND = 'mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { status } }';
    await ok(ATTEND, { input: { meetingId: meeting.id, unitId: hospital.id, version: 0, status: 'PRESENT', attendee: '张华' } });
    await ok(ATTEND, { input: { meetingId: meeting.id, unitId: community.id, version: 0, status: 'LEAVE', leaveReason: '参加区委组织部培训', delegate: '社区副书记孙强' } });
    const SAVE = 'mutation($input: SaveMinutesInput!) { saveMinutes(input: $input) { version } }';
    await ok(SAVE, { input: { meetingId: meeting.id, agendaItemId: first!.id, version: 0, text: '社区通报了助老食堂项目进展。', decision: '助老食堂项目于2027年1月底前完工' } });
    await ok(SAVE, { input: { meetingId: meeting.id, agendaItemId: second!.id, version: 0, text: '讨论了居民提出的28项需求。', decision: '通过2027年度需求清单' } });
    const POSITION = 'mutation($input: RecordConsensusInput!) { recordConsensus(input: $input) { outcome } }';
    const position = (agendaItemId: string, unitId: string, position: string, view?: string) => ok(POSITION, { input: { meetingId: meeting.id, agendaItemId, unitId, position, view } });
    await position(first!.id, hospital.id, 'CONCUR');
    await position(first!.id, community.id, 'RESERVE', '建议运营经费由各共建单位按比例分担');
    await position(second!.id, hospital.id, 'OBJECT', '需求清单须再次征求居民意见');
    await position(second!.id, community.id, 'CONCUR');
    const { version } = (await env.ports.meetings.get(env.regionId, meeting.id))!;
    const approved = await ok('mutation($m: ID!, $v: Int!) { approveMinutes(meetingId: $m, version: $v) { resolutions { id } } }', { m: meeting.id, v: version });
    await ok('mutation($input: AddActionItemInput!) { addActionItem(input: $input) { id } }', {
      input: { resolutionId: approved.approveMinutes.resolutions[0].id, title: '完成助老食堂装修', responsibleUnitIds: [community.id], dueOn: '2027-01-31' },
    });
    await ok('mutation($input: AddMinutesAddendumInput!) { addMinutesAddendum(input: $input) { version } }', {
      input: { meetingId: meeting.id, agendaItemId: first!.id, text: '经核实，口袋公园项目已完工。' },
    });

    // Act: the minutes.
    const minutes = (await ok(DOCUMENT, { m: meeting.id, k: 'MINUTES' })).meetingDocument;
    expect(minutes).toMatchObject({ name: `${dayInChina(meeting.startsAt)} 第四季度党建联席会议 会议纪要.docx`, contentType: DOCX });
    const text = await download(minutes.downloadUrl, minutes.size);
    // Assess
    expect(text[0]).toBe('第四季度党建联席会议纪要');
    expect(text).toContain(`出席单位（1个）：${hospital.name}（张华）。`);
    expect(text).toContain(`请假单位（1个）：${community.name}（事由：参加区委组织部培训；代参会人：社区副书记孙强）。`);
    expect(text).toContain('讨论情况：社区通报了助老食堂项目进展。');
    expect(text).toContain('协商结果：协商一致');
    expect(text).toContain('协商结果：继续协商');
    expect(text).toContain(`保留意见：${community.name}：建议运营经费由各共建单位按比例分担`);
    expect(text).toContain(`不同意见：${hospital.name}：需求清单须再次征求居民意见`);
    expect(text.some((p) => p.startsWith('补充说明（') && p.endsWith('经核实，口袋公园项目已完工。'))).toBe(true);
    expect(text.at(-3)).toBe(`测试街道${env.regionId}`);

    // Act: the resolutions notice, as the liaison of an invited unit downloads it.
    const liaison: Principal = { userId: 'liaison', displayName: '联络员', regionId: env.regionId, roles: ['UNIT_LIAISON'], unitId: hospital.id };
    const resolutions = await env.gql(DOCUMENT, { m: meeting.id, k: 'RESOLUTIONS' }, liaison);
    expect(resolutions.errors).toBeUndefined();
    const notice = await download(resolutions.data.meetingDocument.downloadUrl, resolutions.data.meetingDocument.size);
    expect(notice[0]).toBe('关于第四季度党建联席会议决议事项的通知');
    expect(notice[1]).toBe(`${hospital.name}、${community.name}：`);
    expect(notice).toContain(`决议编号：${dayInChina(meeting.startsAt)}-1`);
    expect(notice).toContain('助老食堂项目于2027年1月底前完工');
    expect(notice).toContain(`保留意见：${community.name}：建议运营经费由各共建单位按比例分担`);
    expect(notice).toContain(`1. 完成助老食堂装修。责任单位：${community.name}；完成时限：2027年1月31日前。`);
    // The item an objection kept in consultation is no resolution.
    expect(notice.some((p) => p.includes('通过2027年度需求清单'))).toBe(false);
    // The minutes stay the secretariat's.
    expect(errorOf(await env.gql(DOCUMENT, { m: meeting.id, k: 'MINUTES' }, liaison))).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('failing: meeting documents', () => {
  it('refuses the minutes before approval, the minutes to a liaison, and a liaison whose unit is not invited', async () => {
    const env = await newRegion();
    const hospital = await unit(env, '市第一医院党委', '张华');
    const other = await unit(env, '长安实验小学党支部', '王芳');
    const meeting = await noticedMeeting(env, [hospital.id]);
    expect(errorOf(await env.gql(DOCUMENT, { m: meeting.id, k: 'MINUTES' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
    const liaison = (unitId: string): Principal => ({ userId: 'liaison', displayName: '联络员', regionId: env.regionId, roles: ['UNIT_LIAISON'], unitId });
    expect(errorOf(await env.gql(DOCUMENT, { m: meeting.id, k: 'MINUTES' }, liaison(hospital.id)))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await env.gql(DOCUMENT, { m: meeting.id, k: 'NOTICE' }, liaison(other.id)))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await (await newRegion()).gql(DOCUMENT, { m: meeting.id, k: 'NOTICE' }))).toMatchObject({ code: 'NOT_FOUND' });
  });
});
