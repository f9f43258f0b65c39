/**
 * A meeting's documents, written from its record as official Word documents (official-document.ts): the notice
 * (会议通知, 001 附件1 §1.2 — sent a week ahead, with the agenda), the approved minutes (会议纪要, 003 doc 4 art.14)
 * and the resolutions notice (决议通知: resolutions go to every unit in writing, 001 附件1 §1.4; 003 doc 3 §6).
 * Pure: plain inputs in, .docx bytes out; documents-service.ts reads the record and keeps the file.
 */
import { badInput } from '../errors';
import type { Meeting } from './meeting';
import { officialDocument, type Block } from './official-document';
import {
  CHECK_IN_OPENS_MINUTES, CONSENSUS_OUTCOME_LABELS, type ActionItem, type AgendaConsensus, type Attendance, type Minutes, type Resolution,
  type UnitPosition,
} from './proceedings';
import { NOTICE_DAYS } from './rules';

export const MEETING_DOCUMENT_KINDS = ['NOTICE', 'MINUTES', 'RESOLUTIONS'] as const;
export type MeetingDocumentKind = (typeof MEETING_DOCUMENT_KINDS)[number];
export const MEETING_DOCUMENT_LABELS: Record<MeetingDocumentKind, string> = { NOTICE: '会议通知', MINUTES: '会议纪要', RESOLUTIONS: '决议通知' };

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A unit as the documents name it. */
export interface DocumentUnit {
  name: string;
  /** 固定代表: who attends for the unit. */
  representative: string | null;
}

/** What every document needs: the meeting, the units it names (by id), who issues it and when. */
export interface DocumentBasis {
  meeting: Meeting;
  units: ReadonlyMap<string, DocumentUnit>;
  /** 发文机关署名: the region's name. */
  issuer: string;
  /** 成文日期, YYYY-MM-DD (China). */
  issuedOn: string;
  /** Members invited in person, in the meeting's order, with their units' names (the notice names them). */
  members?: readonly { id?: string; name: string; unitName: string | null }[];
}

export interface MinutesDocumentInput extends DocumentBasis {
  /** Every invited unit's attendance (INVITED where nothing was recorded). */
  attendance: readonly Attendance[];
  /** The recorded attendance of members invited in person (by invitedMemberId; none recorded: 未登记). */
  memberAttendance?: readonly Attendance[];
  minutes: readonly Minutes[];
  /** Each agenda item's consensus (consensusOf). */
  consensus: readonly AgendaConsensus[];
}

export interface ResolutionsDocumentInput extends DocumentBasis {
  resolutions: readonly Resolution[];
  actionItems: readonly ActionItem[];
}

/**
 * Whether the record allows the document: minutes and resolutions exist only once the minutes are approved
 * (审定); a cancelled meeting has no notice to hand out.
 */
export function assertDocumentReady(meeting: Pick<Meeting, 'status' | 'approvedAt'>, kind: MeetingDocumentKind): void {
  if (kind === 'NOTICE' && meeting.status === 'CANCELLED') throw badInput('kind', '会议已取消，不能生成会议通知');
  if (kind !== 'NOTICE' && meeting.approvedAt === null) {
    throw badInput('kind', `会议纪要审定后才能生成${MEETING_DOCUMENT_LABELS[kind]}；请先完成纪要审定`);
  }
}

/** The date the document carries: the notice's sending (today for a draft's), the minutes' approval. */
export function documentIssuedOn(meeting: Pick<Meeting, 'notice' | 'approvedAt'>, kind: MeetingDocumentKind, now: Date): string {
  const at = kind === 'NOTICE' ? (meeting.notice?.sentAt ?? now.toISOString()) : (meeting.approvedAt ?? now.toISOString());
  return chinaClock(at).date;
}

/** `2026-12-20 第四季度党建联席会议 会议纪要.docx`: the meeting's date (China), its title, the document. */
export function documentFileName(meeting: Pick<Meeting, 'startsAt' | 'title'>, kind: MeetingDocumentKind): string {
  return `${meetingFileStem(meeting)} ${MEETING_DOCUMENT_LABELS[kind]}.docx`;
}

/** `2026-12-20 第四季度党建联席会议`: what every file of a meeting is named from (characters file systems refuse replaced). */
export const meetingFileStem = (meeting: Pick<Meeting, 'startsAt' | 'title'>) =>
  `${chinaClock(meeting.startsAt).date} ${meeting.title.replace(/[\\/:*?"<>|\r\n\t]+/g, '_')}`;

export function writeMeetingDocument(kind: 'NOTICE', input: DocumentBasis): Promise<Uint8Array>;
export function writeMeetingDocument(kind: 'MINUTES', input: MinutesDocumentInput): Promise<Uint8Array>;
export function writeMeetingDocument(kind: 'RESOLUTIONS', input: ResolutionsDocumentInput): Promise<Uint8Array>;
export function writeMeetingDocument(kind: MeetingDocumentKind, input: DocumentBasis & Partial<MinutesDocumentInput & ResolutionsDocumentInput>): Promise<Uint8Array> {
  const blocks =
    kind === 'NOTICE' ? noticeBlocks(input) : kind === 'MINUTES' ? minutesBlocks(input as MinutesDocumentInput) : resolutionsBlocks(input as ResolutionsDocumentInput);
  return officialDocument((blocks[0] as { text: string }).text, blocks, input.issuer);
}

// ---- 会议通知 ---------------------------------------------------------------------------------------------

export function noticeBlocks(input: DocumentBasis): Block[] {
  const { meeting } = input;
  const name = unitName(input.units);
  const section = sections();
  const blocks: Block[] = [
    { kind: 'title', text: `关于召开${meeting.title}的通知` },
    { kind: 'addressee', names: meeting.invitedUnitIds.map(name) },
    { kind: 'body', text: `经研究，定于${meetingTime(meeting)}召开${meeting.title}。现将有关事项通知如下：` },
    section('会议时间'),
    { kind: 'body', text: meetingTime(meeting) },
    section('会议地点'),
    ...placeBlocks(meeting),
    section('主持人'),
    { kind: 'body', text: meeting.chair ?? '另行通知' },
    ...(meeting.convenerUnitId ? [{ kind: 'body', label: '召集单位：', text: name(meeting.convenerUnitId) } satisfies Block] : []),
    section('会议议题'),
    ...meeting.agenda.map((item): Block => {
      const by = [item.presenterUnitId ? name(item.presenterUnitId) : null, item.presenter].filter(Boolean).join(' ');
      const details = [by ? `汇报：${by}` : null, item.plannedMinutes ? `约${item.plannedMinutes}分钟` : null].filter(Boolean).join('，');
      return { kind: 'body', text: `${item.order}. ${item.title}${details ? `（${details}）` : ''}` };
    }),
    section('参会人员'),
    { kind: 'body', text: '请各成员单位固定代表参会（名单如下）。' },
    {
      kind: 'table',
      header: ['序号', '单位', '固定代表'],
      rows: meeting.invitedUnitIds.map((unitId, i) => [String(i + 1), name(unitId), input.units.get(unitId)?.representative ?? '']),
      widths: [3, 18, 7],
    },
    ...(input.members?.length
      ? [{ kind: 'body', text: `另请以下同志参会：${input.members.map((m) => (m.unitName ? `${m.name}（${m.unitName}）` : m.name)).join('、')}。` } satisfies Block]
      : []),
    section('有关要求'),
    { kind: 'body', text: `（一）请参会人员准时到会，会议开始前${CHECK_IN_OPENS_MINUTES}分钟开放签到。` },
    { kind: 'body', text: '（二）因故不能参会的，请于会前向秘书处请假并说明事由；可委托代参会人参会，也可于会前就议题提交书面意见。' },
  ];
  if (meeting.notice?.lateReason) {
    blocks.push(section('补发说明'), {
      kind: 'body',
      text: `本通知发出时距会议召开不足${NOTICE_DAYS}天（距开会${meeting.notice.daysBeforeStart}天），原因：${meeting.notice.lateReason}`,
    });
  }
  blocks.push({ kind: 'body', text: '特此通知。' });
  // 附件: the agenda's materials, numbered, after the body (before the signature, as an official document lists them).
  const materials = meeting.agenda.flatMap((item) => item.materials.map((file) => `${file.name}（议题${item.order}）`));
  blocks.push(...materials.map((text, i): Block => ({ kind: 'body', label: i === 0 ? '附件：' : undefined, text: `${i + 1}. ${text}` })), signature(input));
  return blocks;
}

function placeBlocks(meeting: Meeting): Block[] {
  const blocks: Block[] = [];
  if (meeting.place) blocks.push({ kind: 'body', text: meeting.place });
  if (meeting.onlineLink) blocks.push({ kind: 'body', label: '线上参会：', text: meeting.onlineLink });
  return blocks.length > 0 ? blocks : [{ kind: 'body', text: '另行通知' }];
}

// ---- 会议纪要 ---------------------------------------------------------------------------------------------

export function minutesBlocks(input: MinutesDocumentInput): Block[] {
  const { meeting } = input;
  const name = unitName(input.units);
  const title = meeting.title.endsWith('会议') ? `${meeting.title}纪要` : `${meeting.title}会议纪要`;
  const where = meeting.place ? `在${meeting.place}` : meeting.onlineLink ? '以线上方式' : '';
  const who = [meeting.chair ? `会议由${meeting.chair}主持` : null, meeting.recorder ? `${meeting.recorder}记录` : null].filter(Boolean).join('，');
  const section = sections();
  const blocks: Block[] = [
    { kind: 'title', text: title },
    { kind: 'body', text: `${chineseDate(chinaClock(meeting.startsAt).date)}，${meeting.title}${where}召开。${who ? `${who}。` : ''}现将会议主要情况纪要如下。` },
    section('出席情况'),
    ...attendanceBlocks(input, name),
    section('议题及讨论情况'),
  ];
  const subsection = sections(2);
  for (const item of [...meeting.agenda].sort((a, b) => a.order - b.order)) {
    blocks.push(subsection(item.title));
    const minutes = input.minutes.find((m) => m.agendaItemId === item.id);
    const by = [item.presenterUnitId ? name(item.presenterUnitId) : null, item.presenter].filter(Boolean).join(' ');
    if (by) blocks.push({ kind: 'body', label: '汇报：', text: by });
    if (!minutes) {
      blocks.push({ kind: 'body', text: '（本议题未作记录）' });
      continue;
    }
    blocks.push({ kind: 'body', label: '讨论情况：', text: minutes.text });
    if (minutes.decision) {
      const consensus = input.consensus.find((c) => c.agendaItemId === item.id);
      blocks.push({ kind: 'body', label: '拟形成决议：', text: minutes.decision });
      if (consensus) blocks.push(...consensusBlocks(consensus, name));
    }
    for (const addendum of minutes.addenda) {
      blocks.push({ kind: 'body', label: `补充说明（${chineseDate(chinaClock(addendum.addedAt).date)}）：`, text: addendum.text });
    }
  }
  blocks.push(signature(input), { kind: 'line', text: `分送：${meeting.invitedUnitIds.map(name).join('、')}。` });
  return blocks;
}

function attendanceBlocks(input: MinutesDocumentInput, name: (unitId: string) => string): Block[] {
  const of = (status: Attendance['status']) =>
    input.meeting.invitedUnitIds.map((unitId) => input.attendance.find((a) => a.unitId === unitId)).filter((a): a is Attendance => a?.status === status);
  const present = of('PRESENT').map((a) => `${name(a.unitId)}${a.attendee ? `（${a.attendee}${a.late ? '，迟到' : ''}）` : a.late ? '（迟到）' : ''}`);
  const leave = of('LEAVE').map((a) => {
    const details = [a.leaveReason ? `事由：${a.leaveReason}` : null, a.delegate ? `代参会人：${a.delegate}` : null].filter(Boolean).join('；');
    return `${name(a.unitId)}${details ? `（${details}）` : ''}`;
  });
  const absent = of('ABSENT').map((a) => name(a.unitId));
  const unrecorded = of('INVITED').map((a) => name(a.unitId));
  const line = (label: string, names: string[]): Block => ({ kind: 'body', label: `${label}（${names.length}个）：`, text: names.length > 0 ? `${names.join('、')}。` : '无。' });
  return [
    line('出席单位', present), line('请假单位', leave), line('缺席单位', absent), ...(unrecorded.length > 0 ? [line('未登记单位', unrecorded)] : []),
    ...memberAttendanceBlocks(input),
  ];
}

/** 个人受邀党员: one line of each member with its status (none when nobody was invited in person). */
function memberAttendanceBlocks(input: MinutesDocumentInput): Block[] {
  const members = input.members ?? [];
  if (members.length === 0) return [];
  const text = members.map((m) => {
    const a = input.memberAttendance?.find((r) => r.invitedMemberId === m.id);
    const who = m.unitName ? `${m.name}（${m.unitName}）` : m.name;
    const status = !a || a.status === 'INVITED' ? '未登记' : a.status === 'PRESENT' ? (a.late ? '出席，迟到' : '出席') : a.status === 'LEAVE' ? `请假${a.leaveReason ? `，事由：${a.leaveReason}` : ''}` : '缺席';
    return `${who}：${status}`;
  });
  return [{ kind: 'body', label: `个人受邀党员（${members.length}名）：`, text: `${text.join('；')}。` }];
}

function consensusBlocks(consensus: AgendaConsensus, name: (unitId: string) => string): Block[] {
  const views = (position: UnitPosition['position']) =>
    consensus.positions.filter((p) => p.position === position).map((p) => `${name(p.unitId)}：${p.view ?? ''}`);
  const blocks: Block[] = [{ kind: 'body', label: '协商结果：', text: CONSENSUS_OUTCOME_LABELS[consensus.outcome] }];
  if (consensus.outcome === 'PENDING' && consensus.missingUnitIds.length > 0) {
    blocks.push({ kind: 'body', label: '尚未表态：', text: consensus.missingUnitIds.map(name).join('、') });
  }
  for (const view of views('RESERVE')) blocks.push({ kind: 'body', label: '保留意见：', text: view });
  for (const view of views('OBJECT')) blocks.push({ kind: 'body', label: '不同意见：', text: view });
  return blocks;
}

// ---- 决议通知 ---------------------------------------------------------------------------------------------

export function resolutionsBlocks(input: ResolutionsDocumentInput): Block[] {
  const { meeting } = input;
  const name = unitName(input.units);
  const resolutions = [...input.resolutions].sort((a, b) => orderOf(meeting, a) - orderOf(meeting, b));
  const section = sections();
  const blocks: Block[] = [
    { kind: 'title', text: `关于${meeting.title}决议事项的通知` },
    { kind: 'addressee', names: meeting.invitedUnitIds.map(name) },
    {
      kind: 'body',
      text:
        resolutions.length > 0
          ? `${chineseDate(chinaClock(meeting.startsAt).date)}召开的${meeting.title}，经与会成员单位协商一致，形成决议${resolutions.length}项。现将决议通知如下，请各单位认真抓好落实。`
          : `${chineseDate(chinaClock(meeting.startsAt).date)}召开的${meeting.title}未形成决议。`,
    },
  ];
  for (const resolution of resolutions) {
    blocks.push(section(resolution.title), { kind: 'body', label: '决议编号：', text: resolution.number }, { kind: 'body', text: resolution.text });
    for (const reserved of resolution.reservedViews) blocks.push({ kind: 'body', label: '保留意见：', text: `${name(reserved.unitId)}：${reserved.view}` });
    if (resolution.reservedViews.length > 0) blocks.push({ kind: 'body', text: '持保留意见的单位在工作中须积极参与完成本决议。' });
    const items = input.actionItems.filter((a) => a.resolutionId === resolution.id).sort((a, b) => a.dueOn.localeCompare(b.dueOn));
    if (items.length > 0) blocks.push({ kind: 'body', label: '落实事项：', text: '' });
    items.forEach((item, i) => {
      const parts = [
        `责任单位：${item.responsibleUnitIds.map(name).join('、')}`,
        `完成时限：${chineseDate(item.dueOn)}前`,
        ...(item.doneWhen ? [`完成标准：${item.doneWhen}`] : []),
      ];
      blocks.push({ kind: 'body', text: `${i + 1}. ${item.title}。${parts.join('；')}。` });
    });
  }
  if (resolutions.length > 0) blocks.push({ kind: 'body', text: '请各责任单位按时限落实，并在下次会议上报告执行情况。' });
  blocks.push({ kind: 'body', text: '特此通知。' }, signature(input));
  return blocks;
}

const orderOf = (meeting: Meeting, resolution: Resolution) => meeting.agenda.find((item) => item.id === resolution.agendaItemId)?.order ?? Number.MAX_SAFE_INTEGER;

// ---- shared -----------------------------------------------------------------------------------------------

const unitName = (units: ReadonlyMap<string, DocumentUnit>) => (unitId: string) => units.get(unitId)?.name ?? '（单位已删除）';

const signature = (input: DocumentBasis): Block => ({ kind: 'signature', issuer: input.issuer, date: chineseDate(input.issuedOn) });

/** Numbered headings: 一、二、… (level 1) or （一）（二）… (level 2), numbered as they are made. */
function sections(level: 1 | 2 = 1) {
  let n = 0;
  return (text: string): Block => {
    n += 1;
    return { kind: 'heading', level, text: level === 1 ? `${chineseNumeral(n)}、${text}` : `（${chineseNumeral(n)}）${text}` };
  };
}

const DIGITS = '〇一二三四五六七八九';

/** 1 → 一, 10 → 十, 12 → 十二, 30 → 三十, 99 → 九十九 (headings never go past the agenda's 30 items). */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** `2026-12-01` → 2026年12月1日 (GB/T 9704-2012 writes the date in Arabic numerals, without leading zeros). */
export function chineseDate(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return `${year}年${month}月${date}日`;
}

/** An instant on the wall clock in China (UTC+8, no daylight saving). */
function chinaClock(iso: string) {
  const local = new Date(Date.parse(iso) + 8 * 3_600_000);
  const iso8 = local.toISOString();
  return { date: iso8.slice(0, 10), time: `${local.getUTCHours()}:${iso8.slice(14, 16)}`, weekday: `星期${'日一二三四五六'[local.getUTCDay()]}` };
}

/** 2026年12月20日（星期日）9:30—12:00; a meeting over several days names the end's day too. */
export function meetingTime(meeting: Pick<Meeting, 'startsAt' | 'endsAt'>): string {
  const start = chinaClock(meeting.startsAt);
  const end = chinaClock(meeting.endsAt);
  const startText = `${chineseDate(start.date)}（${start.weekday}）${start.time}`;
  return start.date === end.date ? `${startText}—${end.time}` : `${startText}至${chineseDate(end.date)}（${end.weekday}）${end.time}`;
}
