import type { AuditedRecord } from '../audit/audit';
import type { StoredFile } from '../files/stored-file';

/**
 * The issue ledger (意见台账, 002 art.23: 编号登记 … 一事一号，一办一销): a unit's problem, suggestion or opinion gets a
 * number, is handed to a department or unit (交办) with a due date, handled, and closed (销号) only when the raising
 * unit signs off on the result — or reopened by it. 003 doc 1's four cards are its four steps: 受理登记 (RAISED),
 * 交办 (ASSIGNED), 办理结果登记 (RESOLVED), 办理结果反馈 (CLOSED, or reopened).
 */
export const LEDGER_STATUSES = ['RAISED', 'ASSIGNED', 'RESOLVED', 'CLOSED', 'DECLINED'] as const;
export type LedgerStatus = (typeof LEDGER_STATUSES)[number];
export const LEDGER_STATUS_LABELS: Record<LedgerStatus, string> = {
  RAISED: '已受理', ASSIGNED: '办理中', RESOLVED: '待销号', CLOSED: '已销号', DECLINED: '不予受理',
};

export const LEDGER_KINDS = ['PROBLEM', 'SUGGESTION', 'OPINION'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];
export const LEDGER_KIND_LABELS: Record<LedgerKind, string> = { PROBLEM: '困难', SUGGESTION: '建议', OPINION: '意见' };

export const LEDGER_ACTIONS = ['RAISE', 'ASSIGN', 'PROGRESS', 'RESOLVE', 'SIGN_OFF', 'REOPEN', 'DECLINE'] as const;
export type LedgerAction = (typeof LEDGER_ACTIONS)[number];

/** A step of an item's timeline, kept on the item (MAX_LEDGER_HISTORY bounds it). */
export interface LedgerEvent {
  at: string;
  by: string;
  action: LedgerAction;
  note: string | null;
  files: StoredFile[];
}

export interface LedgerItem {
  id: string;
  regionId: string;
  year: number;
  /** Gap-free per region and year, from 1. */
  seq: number;
  /** `2026-0042`: the year and `seq` (ledgerNumber). */
  number: string;
  kind: LedgerKind;
  title: string;
  description: string;
  category: string | null;
  raisedByUnitId: string;
  /** Who raised it (a liaison's or the secretariat's name). */
  raisedBy: string;
  raisedAt: string;
  files: StoredFile[];
  /** The handler: a unit of the alliance, or a department outside it (free text), or both (a department with a unit assisting). */
  handlerUnitId: string | null;
  handlerDepartment: string | null;
  dueOn: string | null;
  assignedAt: string | null;
  resolution: string | null;
  resolvedAt: string | null;
  /** Who signed off for the raising unit (a liaison, or the name on the paper card the secretariat recorded). */
  signedOffBy: string | null;
  signedOffAt: string | null;
  declineReason: string | null;
  reopenCount: number;
  status: LedgerStatus;
  history: LedgerEvent[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const MAX_LEDGER_HISTORY = 100;

export const ledgerNumber = (year: number, seq: number) => `${year}-${String(seq).padStart(4, '0')}`;

/** Past its due date and still with the handler (ASSIGNED): shown in red, counted in the year's figures. */
export const isOverdue = (item: Pick<LedgerItem, 'status' | 'dueOn'>, today: string) => item.status === 'ASSIGNED' && item.dueOn !== null && item.dueOn < today;

export const LEDGER_AUDIT: AuditedRecord = { type: 'LedgerItem', ignoredFields: ['history'], unitFields: ['raisedByUnitId', 'handlerUnitId'] };
