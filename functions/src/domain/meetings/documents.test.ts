import JSZip from 'jszip';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RegionPrincipal } from '../../auth/principal';
import { attempt, COMMUNITY, givenMember, givenUnit } from '../testing/fixtures';
import { meetingRecord } from '../testing/meeting-record';
import { createMemoryPorts, type MemoryPorts } from '../testing/memory-ports';
import { partyMember, regionAdmin, unitLiaison } from '../testing/principals';
import type { Unit } from '../units/unit';
import { chineseDate, chineseNumeral, DOCX_CONTENT_TYPE, meetingTime } from './documents';
import { meetingCalendar, meetingDocument } from './documents-service';
import type { Meeting } from './meeting';
import { cancelMeeting, createMeeting, sendMeetingNotice } from './service';

/** The paragraphs of a .docx (its body and table cells), each as its text. */
async function paragraphsOf(bytes: Uint8Array): Promise<string[]> {
  const xml = await documentXml(bytes);
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!)).join(''));
}

async function documentXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file('word/document.xml')!.async('string');
}

const REGION = '和平街道区域化党建联合会';

let ports: MemoryPorts;
let admin: RegionPrincipal;
let hospital: Unit;
let community: Unit;
let company: Unit;
let meeting: Meeting;

/** The generated file's bytes, as the bucket keeps them. */
const bytesOf = (downloadUrl: string) => ports.memory.object(decodeURIComponent(new URL(downloadUrl).pathname.slice(1)))!.bytes;

const generate = async (kind: string, caller: RegionPrincipal = admin) => {
  const file = await meetingDocument(caller, { meetingId: meeting.id, kind }, ports);
  return { file, paragraphs: await paragraphsOf(bytesOf(file.downloadUrl)) };
};

beforeEach(async () => {
  // Prepare: a region, three units with their fixed representatives, a meeting noticed late (5 days ahead) with its reason.
  ports = createMemoryPorts({ now: '2026-12-01T02:00:00Z' });
  await ports.regions.createIfAbsent({ id: 'r-doc', name: REGION, level: 'STREET', createdAt: ports.now().toISOString() });
  admin = regionAdmin('r-doc');
  const person = (name: string) => ({ name, title: null, phone: null });
  hospital = await givenUnit(ports, admin, { name: '市第一医院党委', level: 'COMMITTEE', hostKind: 'HOSPITAL', representative: person('张华') });
  community = await givenUnit(ports, admin, { ...COMMUNITY, name: '和平社区党委', level: 'COMMITTEE', representative: person('李明') });
  company = await givenUnit(ports, admin, { name: '华兴科技有限公司党支部', representative: person('王芳') });
  meeting = await createMeeting(
    admin,
    {
      title: '第四季度党建联席会议',
      kind: 'JOINT_MEETING',
      startsAt: '2026-12-20T01:30:00Z',
      endsAt: '2026-12-20T04:00:00Z',
      place: '街道党群服务中心三楼会议室',
      chair: '街道党工委书记赵明',
      recorder: '秘书处钱丽',
      convenerUnitId: community.id,
      invitedUnitIds: [hospital.id, community.id, company.id],
      agenda: [
        { title: '通报第四季度共建项目进展', presenterUnitId: community.id, presenter: '李明', plannedMinutes: 20 },
        { title: '审议2027年度需求清单' },
        { title: '研究老旧小区加装电梯事宜' },
      ],
    },
    ports,
  );
  ports.clock.set('2026-12-15T02:00:00Z');
  meeting = await sendMeetingNotice(admin, { meetingId: meeting.id, version: 1, lateReason: '区委年终考核安排调整，会期临时确定' }, ports);
});

/** Held on the 20th: the hospital present, the community on leave with a delegate, the company absent; minutes of two items. */
async function hold() {
  const record = meetingRecord(ports, admin, meeting.id);
  ports.clock.set('2026-12-20T04:30:00Z');
  await record.setStatus('HELD');
  await record.attendance(hospital.id, { status: 'PRESENT', attendee: '张华' });
  await record.attendance(community.id, { status: 'LEAVE', leaveReason: '参加区委组织部培训', delegate: '社区副书记孙强', source: 'LEAVE_REQUEST' } as never);
  await record.attendance(company.id, { status: 'ABSENT' });
  const [first, second] = meeting.agenda;
  await record.minutes(first!.id, { text: '社区通报了助老食堂、口袋公园两个项目进展。\n各单位认为进度符合计划。', decision: '助老食堂项目于2027年1月底前完工并投入运营' });
  await record.minutes(second!.id, { text: '讨论了居民提出的28项需求。', decision: '通过2027年度需求清单' });
  await record.position(first!.id, hospital.id, 'CONCUR');
  await record.position(first!.id, community.id, 'RESERVE', '建议运营经费由各共建单位按比例分担');
  await record.position(second!.id, hospital.id, 'OBJECT', '需求清单须再次征求居民意见');
  await record.position(second!.id, community.id, 'CONCUR');
  await record.setStatus('MINUTES_DRAFTED');
  return { record, first: first!, second: second! };
}

/** Approved on the 22nd: one resolution (the first item) with its reserved view and an action item; an addendum after. */
async function approve() {
  const { record, first } = await hold();
  ports.clock.set('2026-12-22T02:00:00Z');
  const [resolution] = await record.approve([
    { agendaItemId: first.id, text: '助老食堂项目于2027年1月底前完工并投入运营', reservedViews: [{ unitId: community.id, view: '建议运营经费由各共建单位按比例分担' }] },
  ]);
  await record.actionItem(resolution!, { title: '完成助老食堂装修及设备采购', responsibleUnitIds: [community.id, company.id], dueOn: '2027-01-31', doneWhen: '通过街道验收' });
  ports.clock.set('2026-12-23T02:00:00Z');
  await record.minutes(first.id, { addenda: [{ text: '经核实，口袋公园项目已于12月18日完工。', addedBy: admin.displayName, addedAt: ports.now().toISOString() }] });
}

describe('Method: meetingDocument (NOTICE)', () => {
  it('writes the notice from the record: title, 主送 units, time, place, agenda, representatives, the late reason, issuer and date', async () => {
    // Act
    const { file, paragraphs } = await generate('NOTICE');
    // Assess
    expect(file).toMatchObject({ name: '2026-12-20 第四季度党建联席会议 会议通知.docx', contentType: DOCX_CONTENT_TYPE, expiresAt: '2026-12-15T02:10:00.000Z' });
    expect(file.size).toBe(bytesOf(file.downloadUrl).length);
    expect(paragraphs[0]).toBe('关于召开第四季度党建联席会议的通知');
    expect(paragraphs[1]).toBe('市第一医院党委、和平社区党委、华兴科技有限公司党支部：');
    expect(paragraphs).toContain('2026年12月20日（星期日）9:30—12:00');
    expect(paragraphs).toContain('街道党群服务中心三楼会议室');
    expect(paragraphs).toContain('街道党工委书记赵明');
    expect(paragraphs).toContain('召集单位：和平社区党委');
    expect(paragraphs).toContain('1. 通报第四季度共建项目进展（汇报：和平社区党委 李明，约20分钟）');
    expect(paragraphs).toContain('2. 审议2027年度需求清单');
    expect(paragraphs).toContain('3. 研究老旧小区加装电梯事宜');
    // The representatives' table: a row per invited unit.
    expect(paragraphs.join('|')).toContain('1|市第一医院党委|张华|2|和平社区党委|李明|3|华兴科技有限公司党支部|王芳');
    expect(paragraphs.some((p) => p.startsWith('（二）因故不能参会的，请于会前向秘书处请假并说明事由'))).toBe(true);
    expect(paragraphs).toContain('本通知发出时距会议召开不足7天（距开会4天），原因：区委年终考核安排调整，会期临时确定');
    expect(paragraphs.slice(-5)).toEqual(['特此通知。', '', '', REGION, '2026年12月15日']);
    // The sign-in code is the secretariat's: never printed on a notice every unit downloads.
    expect(paragraphs.join('\n')).not.toContain(meeting.checkInCode!);
  });

  it('lays the page out as an official document: A4, GB/T 9704 margins, 宋体 title and 仿宋 body with their East Asian fonts', async () => {
    const { file } = await generate('NOTICE');
    const xml = await documentXml(bytesOf(file.downloadUrl));
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(xml).toMatch(/w:eastAsia="宋体"/);
    expect(xml).toMatch(/w:eastAsia="黑体"/);
    const styles = await (await JSZip.loadAsync(bytesOf(file.downloadUrl))).file('word/styles.xml')!.async('string');
    expect(styles).toMatch(/w:eastAsia="仿宋"/);
  });

  it('leaves out the late section for a notice sent in time, and previews a draft with today as its date', async () => {
    ports.clock.set('2026-12-02T02:00:00Z');
    meeting = await createMeeting(admin, { title: '区域党委会', kind: 'REGIONAL_COMMITTEE', startsAt: '2027-01-10T07:00:00Z', endsAt: '2027-01-10T17:00:00Z', invitedUnitIds: [hospital.id], agenda: [{ title: '议题一' }] }, ports);
    const { paragraphs } = await generate('NOTICE');
    expect(paragraphs.some((p) => p.includes('补发说明') || p.includes('不足7天'))).toBe(false);
    expect(paragraphs).toContain('2027年1月10日（星期日）15:00至2027年1月11日（星期一）1:00');
    expect(paragraphs).toContain('另行通知');
    expect(paragraphs.at(-1)).toBe('2026年12月2日');
    expect(paragraphs.some((p) => p.startsWith('另请以下同志参会'))).toBe(false);
  });

  it('lists the agenda\'s materials as 附件 after the body, numbered, with their items', async () => {
    const file = (name: string) => ({ key: `files/${name}`, name, contentType: 'application/pdf', size: 1, sha256: 'a'.repeat(64), uploadedBy: 'u', uploadedAt: '2026-12-14T02:00:00Z' });
    const record = meetingRecord(ports, admin, meeting.id);
    await record.materials(meeting.agenda[0]!.id, [file('项目进展表.pdf')]);
    meeting = await record.materials(meeting.agenda[2]!.id, [file('加装电梯方案.pdf'), file('资金测算.xlsx')]);
    const { paragraphs } = await generate('NOTICE');
    const at = paragraphs.indexOf('特此通知。');
    expect(paragraphs.slice(at + 1, at + 4)).toEqual(['附件：1. 项目进展表.pdf（议题1）', '2. 加装电梯方案.pdf（议题3）', '3. 资金测算.xlsx（议题3）']);
  });

  it('names the members invited in person, with their units, under 参会人员', async () => {
    const expert = await givenMember(ports, admin, company.id, { name: '周专家' });
    meeting = await createMeeting(admin, { title: '专题会议', kind: 'TOPIC_MEETING', startsAt: '2027-01-10T07:00:00Z', endsAt: '2027-01-10T09:00:00Z', invitedUnitIds: [hospital.id], invitedMemberIds: [expert.id] }, ports);
    const { paragraphs } = await generate('NOTICE');
    expect(paragraphs).toContain('另请以下同志参会：周专家（华兴科技有限公司党支部）。');
  });
});

describe('Method: meetingDocument (MINUTES)', () => {
  it('refuses the minutes and the resolutions before the minutes are approved', async () => {
    await hold();
    await expect(attempt(() => generate('MINUTES'))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind', message: expect.stringContaining('会议纪要审定后才能生成会议纪要') });
    await expect(attempt(() => generate('RESOLUTIONS'))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind', message: expect.stringContaining('决议通知') });
  });

  it('writes the approved minutes: attendance, each item’s discussion, decision and consensus, reserved views, addenda', async () => {
    await approve();
    const { file, paragraphs } = await generate('MINUTES');
    expect(file.name).toBe('2026-12-20 第四季度党建联席会议 会议纪要.docx');
    expect(paragraphs[0]).toBe('第四季度党建联席会议纪要');
    expect(paragraphs[1]).toBe('2026年12月20日，第四季度党建联席会议在街道党群服务中心三楼会议室召开。会议由街道党工委书记赵明主持，秘书处钱丽记录。现将会议主要情况纪要如下。');
    expect(paragraphs).toContain('出席单位（1个）：市第一医院党委（张华）。');
    expect(paragraphs).toContain('请假单位（1个）：和平社区党委（事由：参加区委组织部培训；代参会人：社区副书记孙强）。');
    expect(paragraphs).toContain('缺席单位（1个）：华兴科技有限公司党支部。');
    expect(paragraphs).toContain('（一）通报第四季度共建项目进展');
    expect(paragraphs).toContain('讨论情况：社区通报了助老食堂、口袋公园两个项目进展。');
    expect(paragraphs).toContain('各单位认为进度符合计划。');
    expect(paragraphs).toContain('拟形成决议：助老食堂项目于2027年1月底前完工并投入运营');
    expect(paragraphs).toContain('保留意见：和平社区党委：建议运营经费由各共建单位按比例分担');
    expect(paragraphs).toContain('补充说明（2026年12月23日）：经核实，口袋公园项目已于12月18日完工。');
    // The second item: an objection keeps it in consultation.
    const second = paragraphs.indexOf('（二）审议2027年度需求清单');
    expect(paragraphs.slice(second, second + 5)).toEqual([
      '（二）审议2027年度需求清单', '讨论情况：讨论了居民提出的28项需求。', '拟形成决议：通过2027年度需求清单', '协商结果：继续协商', '不同意见：市第一医院党委：需求清单须再次征求居民意见',
    ]);
    const first = paragraphs.indexOf('（一）通报第四季度共建项目进展');
    expect(paragraphs.slice(first, second)).toContain('协商结果：协商一致');
    expect(paragraphs.slice(second)).toContain('（本议题未作记录）');
    expect(paragraphs.slice(-3)).toEqual([REGION, '2026年12月22日', '分送：市第一医院党委、和平社区党委、华兴科技有限公司党支部。']);
  });
});

describe('Method: meetingDocument (MINUTES) with members invited in person', () => {
  it('lists each member invited in person with its unit and its own attendance', async () => {
    const expert = await givenMember(ports, admin, company.id, { name: '周专家' });
    const absentee = await givenMember(ports, admin, hospital.id, { name: '吴委员' });
    const unrecorded = await givenMember(ports, admin, hospital.id, { name: '郑代表' });
    const record = meetingRecord(ports, admin, meeting.id);
    await record.inviteMembers([expert.id, absentee.id, unrecorded.id]);
    await approve();
    await record.memberAttendance(expert, { status: 'PRESENT', late: true });
    await record.memberAttendance(absentee, { status: 'LEAVE', leaveReason: '外出调研' });
    const { paragraphs } = await generate('MINUTES');
    expect(paragraphs).toContain('个人受邀党员（3名）：周专家（华兴科技有限公司党支部）：出席，迟到；吴委员（市第一医院党委）：请假，事由：外出调研；郑代表（市第一医院党委）：未登记。');
  });
});

describe('Method: meetingDocument (RESOLUTIONS)', () => {
  it('writes each resolution with its number, text, reserved view and action items, to the invited units', async () => {
    await approve();
    const { file, paragraphs } = await generate('RESOLUTIONS');
    expect(file.name).toBe('2026-12-20 第四季度党建联席会议 决议通知.docx');
    expect(paragraphs.slice(0, 3)).toEqual([
      '关于第四季度党建联席会议决议事项的通知',
      '市第一医院党委、和平社区党委、华兴科技有限公司党支部：',
      '2026年12月20日召开的第四季度党建联席会议，经与会成员单位协商一致，形成决议1项。现将决议通知如下，请各单位认真抓好落实。',
    ]);
    expect(paragraphs).toContain('一、通报第四季度共建项目进展');
    expect(paragraphs).toContain('决议编号：2026-12-20-1');
    expect(paragraphs).toContain('助老食堂项目于2027年1月底前完工并投入运营');
    expect(paragraphs).toContain('保留意见：和平社区党委：建议运营经费由各共建单位按比例分担');
    expect(paragraphs).toContain('1. 完成助老食堂装修及设备采购。责任单位：和平社区党委、华兴科技有限公司党支部；完成时限：2027年1月31日前；完成标准：通过街道验收。');
    // The item still in consultation produced no resolution.
    expect(paragraphs.some((p) => p.includes('通过2027年度需求清单'))).toBe(false);
    expect(paragraphs.slice(-2)).toEqual([REGION, '2026年12月22日']);
  });
});

describe('Method: meetingDocument (who may)', () => {
  it('lets an invited unit’s liaison download the notice and the resolutions, but not the minutes', async () => {
    await approve();
    const liaison = unitLiaison('r-doc', company.id);
    await expect(generate('NOTICE', liaison)).resolves.toMatchObject({ file: { name: expect.stringContaining('会议通知') } });
    await expect(generate('RESOLUTIONS', liaison)).resolves.toMatchObject({ file: { name: expect.stringContaining('决议通知') } });
    await expect(attempt(() => generate('MINUTES', liaison))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses a liaison whose unit is not invited, a liaison before the notice, a member, and another region', async () => {
    const outsider = await givenUnit(ports, admin);
    await expect(attempt(() => generate('NOTICE', unitLiaison('r-doc', outsider.id)))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(() => generate('NOTICE', partyMember('r-doc')))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(() => generate('NOTICE', regionAdmin('r-other')))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    meeting = await createMeeting(admin, { title: '理事会', kind: 'COUNCIL', startsAt: '2027-01-10T01:00:00Z', endsAt: '2027-01-10T02:00:00Z', invitedUnitIds: [company.id] }, ports);
    await expect(attempt(() => generate('NOTICE', unitLiaison('r-doc', company.id)))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses an unknown meeting, an unknown kind, and the notice of a cancelled meeting', async () => {
    await expect(attempt(() => meetingDocument(admin, { meetingId: 'nope', kind: 'NOTICE' }, ports))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(attempt(() => meetingDocument(admin, { meetingId: meeting.id, kind: 'AGENDA' }, ports))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
    await meetingRecord(ports, admin, meeting.id).setStatus('CANCELLED');
    await expect(attempt(() => generate('NOTICE'))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind', message: '会议已取消，不能生成会议通知' });
  });
});

describe('Function: Chinese dates and numerals', () => {
  it('writes dates as GB/T 9704 does, headings in Chinese numerals, meeting times on China’s clock', () => {
    expect(chineseDate('2026-12-01')).toBe('2026年12月1日');
    expect([1, 9, 10, 12, 20, 30].map(chineseNumeral)).toEqual(['一', '九', '十', '十二', '二十', '三十']);
    // 16:00 UTC is midnight in China: the next day.
    expect(meetingTime({ startsAt: '2026-12-19T16:00:00Z', endsAt: '2026-12-19T18:30:00Z' })).toBe('2026年12月20日（星期日）0:00—2:30');
  });
});

describe('Method: meetingCalendar', () => {
  const invitation = async (caller: RegionPrincipal = admin) => {
    const file = await meetingCalendar(caller, { meetingId: meeting.id }, ports);
    return { file, text: new TextDecoder().decode(bytesOf(file.downloadUrl)) };
  };

  it('writes the meeting as an .ics event: its time in UTC, place, agenda and late reason; the UID and version let a re-import replace it', async () => {
    const { file, text } = await invitation();
    expect(file).toMatchObject({ name: '2026-12-20 第四季度党建联席会议.ics', contentType: 'text/calendar; charset=utf-8' });
    const unfolded = text.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain('BEGIN:VEVENT');
    expect(unfolded).toContain(`UID:${meeting.id}@gongjian`);
    expect(unfolded).toContain(`SEQUENCE:${meeting.version}`);
    expect(unfolded).toContain('SUMMARY:第四季度党建联席会议');
    expect(unfolded).toContain('DTSTART:20261220T013000Z');
    expect(unfolded).toContain('DTEND:20261220T040000Z');
    expect(unfolded).toContain('LOCATION:街道党群服务中心三楼会议室');
    expect(unfolded).toContain('1. 通报第四季度共建项目进展（李明）');
    expect(unfolded).toContain('补发说明：区委年终考核安排调整，会期临时确定');
    expect(unfolded).toContain('STATUS:CONFIRMED');
  });

  it('marks a cancelled meeting CANCELLED with its reason, under the same UID', async () => {
    meeting = await cancelMeeting(admin, { id: meeting.id, version: meeting.version, reason: '与区委会议时间冲突' }, ports);
    const unfolded = (await invitation()).text.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain('STATUS:CANCELLED');
    expect(unfolded).toContain('已取消：与区委会议时间冲突');
    expect(unfolded).toContain(`UID:${meeting.id}@gongjian`);
  });

  it('gives an invited unit’s liaison the invitation once noticed; not another unit’s liaison nor a member', async () => {
    await expect(invitation(unitLiaison('r-doc', company.id))).resolves.toMatchObject({ file: { name: '2026-12-20 第四季度党建联席会议.ics' } });
    const outsider = await givenUnit(ports, admin, { name: '外单位党支部' });
    await expect(attempt(() => invitation(unitLiaison('r-doc', outsider.id)))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(attempt(() => invitation(partyMember('r-doc')))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
