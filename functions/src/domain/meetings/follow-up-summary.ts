/**
 * 落实情况汇总: what the convener reports to the superior organisation about carrying out the resolutions (003 doc 2
 * §8) — the meetings of one kind held in a period, each resolution with its action items (responsible units, due
 * date, status, latest report, overdue) and how many units acknowledged the resolutions notice (签收). Pure: the
 * summary is built from plain records here; documents.ts writes it as Word (公文 layout), workbooks/ as Excel.
 */
import { chineseDate, chineseNumeral } from './documents';
import { MEETING_KIND_LABELS, type Meeting, type MeetingKind } from './meeting';
import { minutesLocked } from './minutes-rules';
import { officialDocument, type Block } from './official-document';
import {
  ACTION_ITEM_STATUS_LABELS, isActionOverdue, receiptSummary, type ActionItem, type ReceiptSummary, type Resolution, type ResolutionReceipt,
} from './proceedings';

/** Meetings one summary covers at most: a period's meetings of one kind are few (a quarterly kind: 4 a year). */
export const MAX_SUMMARY_MEETINGS = 24;

export const FOLLOW_UP_FORMATS = ['XLSX', 'DOCX'] as const;
export type FollowUpFormat = (typeof FOLLOW_UP_FORMATS)[number];

export interface FollowUpAction {
  title: string;
  responsibleUnits: string[];
  dueOn: string;
  status: string;
  overdue: boolean;
  /** The latest report: `单位（2026年4月2日）：text`; null when none. */
  latestReport: string | null;
}

export interface FollowUpResolution {
  number: string;
  title: string;
  text: string;
  actionItems: FollowUpAction[];
}

export interface FollowUpMeeting {
  title: string;
  /** The day it was held (China), YYYY-MM-DD. */
  heldOn: string;
  /** Whether its minutes are approved (resolutions exist only then). */
  approved: boolean;
  resolutions: FollowUpResolution[];
  /** The resolutions notice's receipts; null when there is no notice (not approved, or no resolutions). */
  receipts: ReceiptSummary | null;
}

export interface FollowUpTotals {
  meetings: number;
  resolutions: number;
  actionItems: number;
  done: number;
  open: number;
  overdue: number;
}

export interface FollowUpSummary {
  kind: MeetingKind;
  kindLabel: string;
  from: string;
  to: string;
  /** 主送: the region's superior organisation (上级党组织); null when the region has not named it. */
  superior: string | null;
  /** 发文机关: the region's name. */
  issuer: string;
  issuedOn: string;
  meetings: FollowUpMeeting[];
  totals: FollowUpTotals;
}

/** One meeting's records as the summary reads them. */
export interface FollowUpRecords {
  meeting: Meeting;
  resolutions: readonly Resolution[];
  actionItems: readonly ActionItem[];
  receipts: readonly ResolutionReceipt[];
}

/** The meeting statuses that held it (or, noticed, it started): a draft, a cancelled or a postponed one did not. */
export const heldBy = (meeting: Pick<Meeting, 'status' | 'startsAt'>, now: Date) =>
  ['HELD', 'MINUTES_DRAFTED', 'MINUTES_APPROVED', 'ARCHIVED'].includes(meeting.status) || (meeting.status === 'NOTICED' && Date.parse(meeting.startsAt) <= now.getTime());

/** The instants of a period of China days (from's midnight, and the midnight after `to`). */
export const periodInstants = (from: string, to: string) => ({
  start: new Date(Date.parse(`${from}T00:00:00+08:00`)).toISOString(),
  end: new Date(Date.parse(`${to}T00:00:00+08:00`) + 86_400_000).toISOString(),
});

const dayInChina = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);

export function buildFollowUpSummary(
  head: Pick<FollowUpSummary, 'kind' | 'from' | 'to' | 'superior' | 'issuer' | 'issuedOn'>,
  records: readonly FollowUpRecords[],
  unitName: (unitId: string) => string,
  today: string,
): FollowUpSummary {
  const meetings = [...records]
    .sort((a, b) => a.meeting.startsAt.localeCompare(b.meeting.startsAt))
    .map(({ meeting, resolutions, actionItems, receipts }): FollowUpMeeting => {
      const order = new Map(meeting.agenda.map((item) => [item.id, item.order]));
      const ordered = [...resolutions].sort((a, b) => (order.get(a.agendaItemId) ?? Infinity) - (order.get(b.agendaItemId) ?? Infinity));
      return {
        title: meeting.title,
        heldOn: dayInChina(meeting.startsAt),
        approved: minutesLocked(meeting),
        receipts: minutesLocked(meeting) && ordered.length > 0 ? receiptSummary(meeting.invitedUnitIds, receipts) : null,
        resolutions: ordered.map((resolution) => ({
          number: resolution.number,
          title: resolution.title,
          text: resolution.text,
          actionItems: actionItems
            .filter((item) => item.resolutionId === resolution.id)
            .sort((a, b) => a.dueOn.localeCompare(b.dueOn))
            .map((item) => {
              const latest = item.reports.at(-1);
              return {
                title: item.title,
                responsibleUnits: item.responsibleUnitIds.map(unitName),
                dueOn: item.dueOn,
                status: ACTION_ITEM_STATUS_LABELS[item.status],
                overdue: isActionOverdue(item, today),
                latestReport: latest ? `${unitName(latest.unitId)}（${chineseDate(dayInChina(latest.reportedAt))}）：${latest.text}${latest.done ? '（已完成）' : ''}` : null,
              };
            }),
        })),
      };
    });
  const items = meetings.flatMap((m) => m.resolutions.flatMap((r) => r.actionItems));
  const done = items.filter((i) => i.status === ACTION_ITEM_STATUS_LABELS.DONE).length;
  return {
    ...head,
    kindLabel: MEETING_KIND_LABELS[head.kind],
    meetings,
    totals: {
      meetings: meetings.length,
      resolutions: meetings.reduce((n, m) => n + m.resolutions.length, 0),
      actionItems: items.length,
      done,
      open: items.length - done,
      overdue: items.filter((i) => i.overdue).length,
    },
  };
}

/** `2026-01-01至2026-12-31 党建联席会议决议落实情况汇总` (the file's stem). */
export const followUpFileStem = (summary: Pick<FollowUpSummary, 'from' | 'to' | 'kindLabel'>) => `${summary.from}至${summary.to} ${summary.kindLabel}决议落实情况汇总`;

/** 签收 as one cell: `12/14（待签收2）`, or — without a notice. */
export const receiptsText = (receipts: ReceiptSummary | null) =>
  receipts === null ? '—' : `${receipts.acknowledged}/${receipts.expected}${receipts.pending > 0 ? `（待签收${receipts.pending}）` : ''}`;

/** The summary's paragraph of figures (the report's opening and the sheet's second row). */
export function totalsText(summary: FollowUpSummary): string {
  const { totals } = summary;
  const period = `${chineseDate(summary.from)}至${chineseDate(summary.to)}`;
  if (totals.meetings === 0) return `${period}，未召开${summary.kindLabel}。`;
  return (
    `${period}，共召开${summary.kindLabel}${totals.meetings}次，形成决议${totals.resolutions}项，确定督办事项${totals.actionItems}项，` +
    `其中已落实${totals.done}项、落实中${totals.open}项${totals.overdue > 0 ? `（逾期${totals.overdue}项）` : ''}。`
  );
}

// ---- as a Word document (official-document.ts, the layout of the meeting's other documents) --------------------

/** The report: title, 主送 the superior organisation, the figures, a table per meeting, the issuer and the date. */
export function followUpBlocks(summary: FollowUpSummary): Block[] {
  const blocks: Block[] = [
    { kind: 'title', text: `关于${summary.kindLabel}决议落实情况的报告` },
    { kind: 'addressee', names: [summary.superior ?? '上级党组织'] },
    { kind: 'body', text: `${totalsText(summary)}${summary.totals.meetings > 0 ? '决议均以书面形式通知各成员单位。现将落实情况报告如下。' : ''}` },
  ];
  summary.meetings.forEach((meeting, i) => {
    blocks.push({ kind: 'heading', level: 1, text: `${chineseNumeral(i + 1)}、${chineseDate(meeting.heldOn)}${meeting.title}` });
    if (!meeting.approved) {
      blocks.push({ kind: 'body', text: '会议纪要尚在审定中，决议待审定后通知。' });
      return;
    }
    if (meeting.resolutions.length === 0) {
      blocks.push({ kind: 'body', text: '本次会议未形成决议。' });
      return;
    }
    blocks.push({ kind: 'body', label: '决议通知签收：', text: receiptsText(meeting.receipts) });
    const rows: string[][] = [];
    for (const resolution of meeting.resolutions) {
      const head = `${resolution.number} ${resolution.title}`;
      if (resolution.actionItems.length === 0) rows.push([String(rows.length + 1), head, '（未设督办事项）', '', '', '']);
      for (const item of resolution.actionItems) {
        rows.push([
          String(rows.length + 1),
          head,
          item.title,
          item.responsibleUnits.join('、'),
          `${chineseDate(item.dueOn)}${item.overdue ? '（逾期）' : ''}`,
          `${item.status}${item.latestReport ? `；${item.latestReport}` : ''}`,
        ]);
      }
    }
    blocks.push({ kind: 'table', header: ['序号', '决议', '督办事项', '责任单位', '完成时限', '落实情况'], rows, widths: [2, 5, 5, 5, 4, 7] });
  });
  blocks.push({ kind: 'signature', issuer: summary.issuer, date: chineseDate(summary.issuedOn) });
  return blocks;
}

export const writeFollowUpDocument = (summary: FollowUpSummary): Promise<Uint8Array> =>
  officialDocument(followUpFileStem(summary), followUpBlocks(summary), summary.issuer);
