/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD (Beijing local date as written on the paper forms). */
  Date: { input: string; output: string; }
  /** An instant, ISO 8601 with time zone, e.g. 2026-03-01T08:00:00.000Z. */
  DateTime: { input: string; output: string; }
};

/**
 * A person's sign-in (账号). The identity provider (Cognito, or the local issuer) keeps the password and the
 * authenticator; the role and the unit or member it speaks for follow from the record it was made for.
 */
export type Account = {
  __typename?: 'Account';
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  /** Sign-in attempts since the last successful one (forgotten 24 hours after the last); 5 lock the account. */
  failedSignIns: Scalars['Int']['output'];
  /** The last successful sign-in (password, and for an admin the authenticator code); null if never. */
  lastSignInAt?: Maybe<Scalars['DateTime']['output']>;
  /** While the account is locked after 5 failed sign-ins (15 minutes): until when; null when not locked. unlockAccount ends it. */
  lockedUntil?: Maybe<Scalars['DateTime']['output']>;
  member?: Maybe<Member>;
  memberId?: Maybe<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  role: AccountRole;
  state: AccountState;
  /** When the current temporary password was set (creation or reset); the first sign-in after it chooses a new one. */
  temporaryPasswordSetAt?: Maybe<Scalars['DateTime']['output']>;
  unit?: Maybe<Unit>;
  unitId?: Maybe<Scalars['ID']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** The sign-in name, unique in the deployment (case-insensitive). */
  username: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type AccountChangeInput = {
  username: Scalars['ID']['input'];
  /** The version read; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

export type AccountConnection = {
  __typename?: 'AccountConnection';
  edges: Array<AccountEdge>;
  pageInfo: PageInfo;
};

export type AccountEdge = {
  __typename?: 'AccountEdge';
  cursor: Scalars['String']['output'];
  node: Account;
};

export type AccountFilter = {
  role?: InputMaybe<AccountRole>;
  state?: InputMaybe<AccountState>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** The roles an account is made for (a platform admin is made by the operator; partner systems are clients). */
export type AccountRole =
  /** 党员 */
  | 'MEMBER'
  /** 秘书处管理员 */
  | 'REGION_ADMIN'
  /** 单位联络员 */
  | 'UNIT_LIAISON';

export type AccountState =
  /** 可登录 */
  | 'ACTIVE'
  /** 已停用: cannot sign in; its sessions were ended. */
  | 'DISABLED';

/** An account just made or reset, and its temporary password: shown this once, never stored in the clear. */
export type AccountWithPassword = {
  __typename?: 'AccountWithPassword';
  account: Account;
  temporaryPassword: Scalars['String']['output'];
  /** When the temporary password stops working (the pool's validity): the person must sign in before. */
  temporaryPasswordExpiresAt: Scalars['DateTime']['output'];
};

export type AcknowledgeResolutionsInput = {
  meetingId: Scalars['ID']['input'];
  /** How it was received (required on the unit's behalf, e.g. 纸质签收). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The unit (a liaison: its own; omitted: the caller's). The secretariat names it and acknowledges on its behalf. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type ActInRegionInput = {
  /** Why the platform admin needs to see the region's data (kept in its audit trail). */
  reason: Scalars['String']['input'];
  regionId: Scalars['ID']['input'];
};

/**
 * A platform admin's read-only visit to a region (代管查看), opened with a reason (kept in the region's audit trail) for
 * an hour or until ended. While it is open, queries sent with the header `X-Gongjian-Act-In-Region: <regionId>` run as
 * the region's admin would see them; mutations with that header are refused.
 */
export type ActingSession = {
  __typename?: 'ActingSession';
  reason: Scalars['String']['output'];
  region?: Maybe<Region>;
  regionId: Scalars['ID']['output'];
  startedAt: Scalars['DateTime']['output'];
  until: Scalars['DateTime']['output'];
  username: Scalars['String']['output'];
};

/** What a resolution asks for (督办事项): responsible units, due date, what counts as done, and their reports. */
export type ActionItem = {
  __typename?: 'ActionItem';
  createdAt: Scalars['DateTime']['output'];
  doneWhen?: Maybe<Scalars['String']['output']>;
  dueOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  meeting?: Maybe<Meeting>;
  meetingId: Scalars['ID']['output'];
  overdue: Scalars['Boolean']['output'];
  reports: Array<ActionReport>;
  resolutionId: Scalars['ID']['output'];
  responsibleUnitIds: Array<Scalars['ID']['output']>;
  responsibleUnits: Array<Unit>;
  status: ActionItemStatus;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type ActionItemConnection = {
  __typename?: 'ActionItemConnection';
  edges: Array<ActionItemEdge>;
  pageInfo: PageInfo;
};

export type ActionItemEdge = {
  __typename?: 'ActionItemEdge';
  cursor: Scalars['String']['output'];
  node: ActionItem;
};

export type ActionItemFilter = {
  /** Only open items past their due date. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<ActionItemStatus>;
  /** Items this unit is responsible for (a liaison: its own unit). */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type ActionItemStatus =
  /** 已落实 */
  | 'DONE'
  /** 落实中 */
  | 'OPEN';

export type ActionReport = {
  __typename?: 'ActionReport';
  /** The unit reports the item carried out. */
  done: Scalars['Boolean']['output'];
  files: Array<ArchiveFile>;
  reportedAt: Scalars['DateTime']['output'];
  reportedBy: Scalars['String']['output'];
  text: Scalars['String']['output'];
  unit?: Maybe<Unit>;
  unitId: Scalars['ID']['output'];
};

export type AddActionItemInput = {
  doneWhen?: InputMaybe<Scalars['String']['input']>;
  dueOn: Scalars['Date']['input'];
  resolutionId: Scalars['ID']['input'];
  responsibleUnitIds: Array<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

export type AddAgendaItemInput = {
  meetingId: Scalars['ID']['input'];
  plannedMinutes?: InputMaybe<Scalars['Int']['input']>;
  presenter?: InputMaybe<Scalars['String']['input']>;
  presenterUnitId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

/**
 * A new document: the file through createUploadUrl first, then its uploadId here. Every field is checked and named when
 * refused; a missing or used upload is refused at uploadId.
 */
export type AddArchiveDocumentInput = {
  folder: ArchiveFolder;
  note?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  /** The unit whose 三册四簿 it is; a liaison may file for its own unit only (and must name it). */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  uploadId: Scalars['ID']['input'];
  /** 2000 up to next year. */
  year: Scalars['Int']['input'];
};

export type AddMinutesAddendumInput = {
  agendaItemId: Scalars['ID']['input'];
  meetingId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};

export type AdjustMemberPointsInput = {
  memberId: Scalars['ID']['input'];
  /** Negative for a deduction; one decimal. */
  points: Scalars['Float']['input'];
  reason: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type AdoptAgendaProposalInput = {
  meetingId: Scalars['ID']['input'];
  proposalIndex: Scalars['Int']['input'];
  unitId: Scalars['ID']['input'];
  /** The meeting's version (the agenda's rule: a draft meeting, at its version). */
  version: Scalars['Int']['input'];
};

/** Where an agenda item stands in consensus (003 doc 4 art.13; 001 附件1 §1.3). */
export type AgendaConsensus = {
  __typename?: 'AgendaConsensus';
  agendaItemId: Scalars['ID']['output'];
  /** Attending units that have not stated a position yet. */
  missingUnitIds: Array<Scalars['ID']['output']>;
  outcome: ConsensusOutcome;
  positions: Array<UnitPosition>;
};

/** An agenda item (议题). */
export type AgendaItem = {
  __typename?: 'AgendaItem';
  id: Scalars['ID']['output'];
  /** Position on the agenda, from 1. */
  order: Scalars['Int']['output'];
  plannedMinutes?: Maybe<Scalars['Int']['output']>;
  /** The presenting person (name and post), as written on the notice. */
  presenter?: Maybe<Scalars['String']['output']>;
  presenterUnit?: Maybe<Unit>;
  /** The presenting unit, if a unit presents it. */
  presenterUnitId?: Maybe<Scalars['ID']['output']>;
  title: Scalars['String']['output'];
};

export type AgendaItemInput = {
  plannedMinutes?: InputMaybe<Scalars['Int']['input']>;
  presenter?: InputMaybe<Scalars['String']['input']>;
  presenterUnitId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

/** A proposed agenda item of a unit's reply. */
export type AgendaProposal = {
  __typename?: 'AgendaProposal';
  /** 采纳: adopted into the agenda (the item it became). */
  adopted: Scalars['Boolean']['output'];
  adoptedAgendaItemId?: Maybe<Scalars['ID']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** Its place in the reply, from 0 (what adoptAgendaProposal names). */
  index: Scalars['Int']['output'];
  presenter?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type AgendaProposalInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  presenter?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

/**
 * 议题征集 (003 doc 3 §3): before the meeting the secretariat asks units in writing for agenda proposals and opinions,
 * compiles the replies and adopts proposals into the agenda. One round per meeting.
 */
export type AgendaSolicitation = {
  __typename?: 'AgendaSolicitation';
  askedUnitIds: Array<Scalars['ID']['output']>;
  askedUnits: Array<Unit>;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  closesAt: Scalars['DateTime']['output'];
  meetingId: Scalars['ID']['output'];
  meetingStartsAt: Scalars['DateTime']['output'];
  /** The meeting's title and start when the round was opened (an asked liaison may not read a draft meeting). */
  meetingTitle: Scalars['String']['output'];
  openedAt: Scalars['DateTime']['output'];
  openedBy: Scalars['String']['output'];
  pendingCount?: Maybe<Scalars['Int']['output']>;
  /** Asked units without a reply (a liaison: its own unit while it has not replied). */
  pendingUnits: Array<Unit>;
  /** What is asked. */
  question: Scalars['String']['output'];
  /** Null for a liaison (it sees its own reply only). */
  repliedCount?: Maybe<Scalars['Int']['output']>;
  /** The secretariat: every reply, by unit; an asked unit's liaison: its own. */
  replies: Array<AgendaSolicitationReply>;
  state: AgendaSolicitationState;
};

/** A unit's written reply (书面回复) to a round: one per unit, replaced until the round closes. */
export type AgendaSolicitationReply = {
  __typename?: 'AgendaSolicitationReply';
  opinion?: Maybe<Scalars['String']['output']>;
  proposals: Array<AgendaProposal>;
  repliedAt: Scalars['DateTime']['output'];
  repliedBy: Scalars['String']['output'];
  unit?: Maybe<Unit>;
  unitId: Scalars['ID']['output'];
  /** Each save is a new version (and an audit entry). */
  version: Scalars['Int']['output'];
};

/** Where a round of 议题征集 stands. */
export type AgendaSolicitationState =
  /** 已截止 */
  | 'CLOSED'
  /** 征集中 */
  | 'OPEN';

/** Role in the alliance (联盟角色). */
export type AllianceRole =
  /** 社区党组织 */
  | 'COMMUNITY_ORGANIZATION'
  /** 理事单位 */
  | 'COUNCIL_UNIT'
  /** 成员单位 */
  | 'MEMBER_UNIT';

/** The region's alliance settings. */
export type AllianceSettings = {
  __typename?: 'AllianceSettings';
  councilTermEnd?: Maybe<Scalars['Date']['output']>;
  /** The council's (理事会) term. */
  councilTermStart?: Maybe<Scalars['Date']['output']>;
  /** 0 until the region sets them; pass it back to setCouncilTerm. */
  version: Scalars['Int']['output'];
};

/** Makes the first (or another) admin account of a region. The temporary password is shown once. */
export type AppointRegionAdminInput = {
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  regionId: Scalars['ID']['input'];
  username: Scalars['String']['input'];
};

/** A document of the archive: its current file, every earlier version, and where it is filed. */
export type ArchiveDocument = {
  __typename?: 'ArchiveDocument';
  createdAt: Scalars['DateTime']['output'];
  /** The display name of who filed it. */
  createdBy: Scalars['String']['output'];
  /** The newest version. */
  current: ArchiveDocumentVersion;
  /** Set while the document is deleted (in the 回收站). */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  deletedBy?: Maybe<Scalars['String']['output']>;
  folder: ArchiveFolder;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** Until when a region admin can restore a deleted document (30 days after the deletion). */
  restorableUntil?: Maybe<Scalars['DateTime']['output']>;
  title: Scalars['String']['output'];
  /** The unit (party branch) whose 三册四簿 it belongs to; null for the region's own records. */
  unit?: Maybe<Unit>;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic concurrency: pass it back to replace, delete or restore. */
  version: Scalars['Int']['output'];
  /** How many versions the document has (1 until a file is replaced). */
  versionCount: Scalars['Int']['output'];
  /** Every version, newest first. */
  versions: ArchiveDocumentVersionConnection;
  /** The year it is filed under (逐年归档). */
  year: Scalars['Int']['output'];
};


/** A document of the archive: its current file, every earlier version, and where it is filed. */
export type ArchiveDocumentVersionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ArchiveDocumentChangeInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type ArchiveDocumentConnection = {
  __typename?: 'ArchiveDocumentConnection';
  edges: Array<ArchiveDocumentEdge>;
  pageInfo: PageInfo;
};

export type ArchiveDocumentEdge = {
  __typename?: 'ArchiveDocumentEdge';
  cursor: Scalars['String']['output'];
  node: ArchiveDocument;
};

/** One version of a document's file. */
export type ArchiveDocumentVersion = {
  __typename?: 'ArchiveDocumentVersion';
  /** Hex SHA-256 of the link before and this version's file: the document's history as a chain. */
  chainHash: Scalars['String']['output'];
  file: ArchiveFile;
  /** Why the file was replaced (the first version: why it was filed). */
  note?: Maybe<Scalars['String']['output']>;
  /** 1, 2, 3 … in the document. */
  number: Scalars['Int']['output'];
  /** The display name of who uploaded it. */
  uploadedBy: Scalars['String']['output'];
};

export type ArchiveDocumentVersionConnection = {
  __typename?: 'ArchiveDocumentVersionConnection';
  edges: Array<ArchiveDocumentVersionEdge>;
  pageInfo: PageInfo;
};

export type ArchiveDocumentVersionEdge = {
  __typename?: 'ArchiveDocumentVersionEdge';
  cursor: Scalars['String']['output'];
  node: ArchiveDocumentVersion;
};

/** A stored file (档案) linked to a record: verified on the server after upload. */
export type ArchiveFile = {
  __typename?: 'ArchiveFile';
  contentType: Scalars['String']['output'];
  /** A short-lived link to download the file. */
  downloadUrl: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Hex SHA-256 of the content, checked on the server after upload. */
  sha256: Scalars['String']['output'];
  size: Scalars['Int']['output'];
  uploadedAt: Scalars['DateTime']['output'];
};

/** Which documents to list; year is required (the archive is kept year by year). */
export type ArchiveFilter = {
  folder?: InputMaybe<ArchiveFolder>;
  /** A unit's documents only (its 三册四簿). */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};

/** A folder of the archive: the 三册四簿 of 004 art. 28, then the region's other kinds of records. */
export type ArchiveFolder =
  /** 入党积极分子和发展对象名册 (三册) */
  | 'ACTIVIST_ROSTER'
  /** 共建协议 */
  | 'AGREEMENTS'
  /** 章程与制度 */
  | 'CHARTER'
  /** 党费收缴使用账簿 (四簿) */
  | 'DUES_LEDGER'
  /** 会议记录与纪要 */
  | 'MEETING_RECORDS'
  /** 党员基本信息名册 (三册) */
  | 'MEMBER_ROSTER'
  /** 支部组织生活记实簿 (四簿) */
  | 'ORGANISATION_LIFE_RECORD'
  /** 其他 */
  | 'OTHER'
  /** 活动照片 */
  | 'PHOTOS'
  /** 登记表 */
  | 'REGISTRATION_FORMS'
  /** 联络服务群众记录簿 (四簿) */
  | 'SERVICE_RECORD'
  /** 老党员、流动党员、困难党员等特殊群体党员名册 (三册) */
  | 'SPECIAL_MEMBER_ROSTER'
  /** 支部学习工作记录簿 (四簿) */
  | 'STUDY_RECORD';

/** How many documents (not deleted) a folder holds in a year. */
export type ArchiveFolderCount = {
  __typename?: 'ArchiveFolderCount';
  count: Scalars['Int']['output'];
  folder: ArchiveFolder;
};

export type ArchiveMeetingInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type ArchiveProblem = {
  __typename?: 'ArchiveProblem';
  kind: ArchiveProblemKind;
  message: Scalars['String']['output'];
  /** The version concerned (0: the document's history as a whole). */
  versionNumber: Scalars['Int']['output'];
};

export type ArchiveProblemKind =
  /** The record's history does not add up: a version was changed or removed. */
  | 'CHAIN_BROKEN'
  /** The file in the bucket is not the one stored (its size or SHA-256 differs). */
  | 'CHANGED'
  /** The version's file is no longer in the bucket. */
  | 'MISSING';

/** What verifyArchiveDocument found: every version's file read from the bucket and hashed, and the chain recomputed. */
export type ArchiveVerification = {
  __typename?: 'ArchiveVerification';
  checkedVersions: Scalars['Int']['output'];
  documentId: Scalars['ID']['output'];
  /** True when every version's file and the chain are as stored. */
  intact: Scalars['Boolean']['output'];
  problems: Array<ArchiveProblem>;
  verifiedAt: Scalars['DateTime']['output'];
};

/** One of handlerUnitId / handlerDepartment at least (a department outside the alliance with a unit assisting is both). */
export type AssignLedgerItemInput = {
  dueOn: Scalars['Date']['input'];
  handlerDepartment?: InputMaybe<Scalars['String']['input']>;
  handlerUnitId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** One invited unit's attendance at a meeting; a unit attends through its fixed representative (固定代表) or a delegate. */
export type Attendance = {
  __typename?: 'Attendance';
  /** Who attended for the unit. */
  attendee?: Maybe<Scalars['String']['output']>;
  checkedInAt?: Maybe<Scalars['DateTime']['output']>;
  /** 请假: who attends instead (003 doc 2 §6). */
  delegate?: Maybe<Scalars['String']['output']>;
  /** Checked in after the start (迟到). */
  late: Scalars['Boolean']['output'];
  leaveReason?: Maybe<Scalars['String']['output']>;
  meetingId: Scalars['ID']['output'];
  recordedBy?: Maybe<Scalars['String']['output']>;
  source: AttendanceSource;
  status: AttendanceStatus;
  /** Whether the unit takes part in consensus: present, or on leave with a delegate. */
  takesPart: Scalars['Boolean']['output'];
  unit?: Maybe<Unit>;
  unitId: Scalars['ID']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 0 while nothing is recorded; pass it back to recordAttendance. */
  version: Scalars['Int']['output'];
};

export type AttendanceSource =
  /** The attendee's own check-in with the meeting's code */
  | 'CHECK_IN'
  /** The unit's request for leave */
  | 'LEAVE_REQUEST'
  /** Entered by the secretariat */
  | 'SECRETARIAT';

/** An invited unit's attendance (签到): nothing recorded yet is INVITED. */
export type AttendanceStatus =
  /** 缺席 */
  | 'ABSENT'
  /** 未签到 */
  | 'INVITED'
  /** 请假 (with a delegate who attends instead, or none) */
  | 'LEAVE'
  /** 出席 */
  | 'PRESENT';

/** One change of one record (审计记录): written in the same transaction as the change; never edited. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  actorId: Scalars['ID']['output'];
  actorName: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  changes: Array<FieldChange>;
  id: Scalars['ID']['output'];
  /** The member the entry is about, when the record is a member (also one who left the roster). */
  member?: Maybe<Member>;
  /** The mutation that made the change, e.g. updateUnit. */
  operation: Scalars['String']['output'];
  outcome: AuditOutcome;
  /** The pairing the entry is about, when the record is a pairing (its two units name it). */
  pairing?: Maybe<Pairing>;
  recordId: Scalars['ID']['output'];
  /** Unit, Pairing, Member, MemberImport or Upload. */
  recordType: Scalars['String']['output'];
  /** The unit the entry is about, when the record is a unit that still exists. */
  unit?: Maybe<Unit>;
  /** The record's version after the change; null after a delete. */
  version?: Maybe<Scalars['Int']['output']>;
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

export type AuditOutcome =
  | 'SUCCESS';

/**
 * A person's calendar subscription (日历订阅): a secret URL (`/calendar/{secret}.ics`) that a calendar app fetches
 * without signing in — the secretariat's: the region's meetings; a liaison's or member's: its unit's noticed meetings.
 * Only the secret's hash is kept: the URL is shown once, when it is made.
 */
export type CalendarFeed = {
  __typename?: 'CalendarFeed';
  createdAt: Scalars['DateTime']['output'];
  /** The last fetch by a calendar app (noted at most hourly); null when never fetched. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whose meetings it lists, fixed when it was made (a region admin: the region's; a liaison or member: its unit's notices). */
  role: AccountRole;
};

/** A feed just made: its URL, shown this once (a personal secret: whoever has it reads the meetings it lists). */
export type CalendarFeedWithUrl = {
  __typename?: 'CalendarFeedWithUrl';
  feed: CalendarFeed;
  url: Scalars['String']['output'];
};

export type ChangeMeetingStatusInput = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type ChangeUnitStatusInput = {
  action: UnitStatusAction;
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** The region's charter: its current version and every version, newest first. */
export type Charter = {
  __typename?: 'Charter';
  /** Null until the first version is uploaded. */
  current?: Maybe<CharterVersion>;
  versions: CharterVersionConnection;
};


/** The region's charter: its current version and every version, newest first. */
export type CharterVersionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A version of the region's charter (章程): the adopted text as a file. */
export type CharterVersion = {
  __typename?: 'CharterVersion';
  /** Who adopted it (会员大会 …). */
  adoptedBy?: Maybe<Scalars['String']['output']>;
  /** 通过日期 */
  adoptedOn: Scalars['Date']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Who uploaded it. */
  createdBy: Scalars['String']['output'];
  file: ArchiveFile;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** 1, 2, 3 … in the region, in the order uploaded; the highest is the current one. */
  number: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type CharterVersionConnection = {
  __typename?: 'CharterVersionConnection';
  edges: Array<CharterVersionEdge>;
  pageInfo: PageInfo;
};

export type CharterVersionEdge = {
  __typename?: 'CharterVersionEdge';
  cursor: Scalars['String']['output'];
  node: CharterVersion;
};

/** A claim (认领) on a project. */
export type Claim = {
  __typename?: 'Claim';
  claimedAt: Scalars['DateTime']['output'];
  claimedBy: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: ClaimKind;
  lead: Scalars['Boolean']['output'];
  /** MEMBER: the member taking a volunteer place (partner client). */
  memberId?: Maybe<Scalars['ID']['output']>;
  memberName?: Maybe<Scalars['String']['output']>;
  /** UNIT claims of a JOINT project: whether this unit leads (牵头). */
  mode?: Maybe<ClaimMode>;
  project?: Maybe<Project>;
  projectId: Scalars['ID']['output'];
  quantity?: Maybe<Scalars['Int']['output']>;
  resource?: Maybe<Resource>;
  /** RESOURCE: the resource and the quantity taken from it. */
  resourceId?: Maybe<Scalars['ID']['output']>;
  status: ClaimStatus;
  unit?: Maybe<Unit>;
  /** UNIT: the claiming unit; RESOURCE: the offering unit. */
  unitId?: Maybe<Scalars['ID']['output']>;
  withdrawnAt?: Maybe<Scalars['DateTime']['output']>;
};

/** What a claim takes: a unit's responsibility for the project, a member's volunteer place, or a quantity of a resource. */
export type ClaimKind =
  | 'MEMBER'
  | 'RESOURCE'
  | 'UNIT';

/** How units took responsibility for a project: SOLO one unit; JOINT several, one of them the lead (牵头). */
export type ClaimMode =
  | 'JOINT'
  | 'SOLO';

/**
 * A unit takes responsibility for an APPROVED project. SOLO: the only responsible unit. JOINT: one of several; `lead`
 * makes it the lead (one per project). During the claim window only units paired with the project's community may claim.
 * A liaison claims for its own unit; the region admin names the unit (assigns it).
 */
export type ClaimProjectInput = {
  lead?: InputMaybe<Scalars['Boolean']['input']>;
  mode: ClaimMode;
  projectId: Scalars['ID']['input'];
  unitId: Scalars['ID']['input'];
};

/** A quantity of a resource for a project (before it is accepted); never more than is left. */
export type ClaimResourceInput = {
  projectId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
  resourceId: Scalars['ID']['input'];
};

export type ClaimStatus =
  | 'ACTIVE'
  | 'WITHDRAWN';

export type CloseNeedInput = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

/** A member's report to the community where it lives (在职党员到社区报到). */
export type CommunityReport = {
  __typename?: 'CommunityReport';
  community?: Maybe<Unit>;
  communityUnitId: Scalars['ID']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedBy?: Maybe<Scalars['String']['output']>;
  /** Why the community declined it. */
  declineReason?: Maybe<Scalars['String']['output']>;
  endReason?: Maybe<Scalars['String']['output']>;
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  filedAt: Scalars['DateTime']['output'];
  /** Who filed it: the member itself, its unit's liaison, or the secretariat. */
  filedBy: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  member?: Maybe<Member>;
  memberId: Scalars['ID']['output'];
  /** As on the roster when filed. */
  memberName: Scalars['String']['output'];
  memberUnit?: Maybe<Unit>;
  /** The member's own unit (组织关系所在单位) when filed: it sees the report and what the member did there. */
  memberUnitId: Scalars['ID']['output'];
  /** What the member writes with the report (skills, time it can give). */
  note?: Maybe<Scalars['String']['output']>;
  /** Posts (岗位) the member holds in this community now. */
  postsHeld: Scalars['Int']['output'];
  status: CommunityReportStatus;
  version: Scalars['Int']['output'];
};

export type CommunityReportConnection = {
  __typename?: 'CommunityReportConnection';
  edges: Array<CommunityReportEdge>;
  pageInfo: PageInfo;
};

export type CommunityReportDecision =
  | 'CONFIRM'
  | 'DECLINE';

export type CommunityReportEdge = {
  __typename?: 'CommunityReportEdge';
  cursor: Scalars['String']['output'];
  node: CommunityReport;
};

/** A community's reports (its inbox with status PENDING), newest first. */
export type CommunityReportFilter = {
  communityUnitId?: InputMaybe<Scalars['ID']['input']>;
  memberId?: InputMaybe<Scalars['ID']['input']>;
  /** The members of this unit: where they reported (the unit's feedback view). */
  memberUnitId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<CommunityReportStatus>;
};

/** Where a member's report to a community stands. PENDING → CONFIRMED or DECLINED (with a reason) by the community; an active (PENDING or CONFIRMED) report is ENDED by the member, its unit or the community (moving away, say). */
export type CommunityReportStatus =
  /** 已报到 */
  | 'CONFIRMED'
  /** 未通过 */
  | 'DECLINED'
  /** 已结束 */
  | 'ENDED'
  /** 待确认 */
  | 'PENDING';

export type ConfirmCommunityReportInput = {
  decision?: CommunityReportDecision;
  id: Scalars['ID']['input'];
  /** Required to decline. */
  reason?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type ConfirmServiceHoursInput = {
  decision?: CommunityReportDecision;
  id: Scalars['ID']['input'];
  /** Required to decline. */
  reason?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type ConsensusOutcome =
  /** 协商一致: every attending unit concurs */
  | 'CONSENSUS'
  /** 待表态: some attending units have not stated a position */
  | 'PENDING'
  /** 继续协商: a unit objects; never written as a resolution */
  | 'UNDER_CONSULTATION';

export type ConsensusPosition =
  /** 同意 */
  | 'CONCUR'
  /** 反对 (the item stays under consultation) */
  | 'OBJECT'
  /** 同意，保留意见 (recorded; the unit is still bound to carry it out) */
  | 'RESERVE';

export type CreateAccountInput = {
  /** Required for MEMBER: the member record (the account signs in as that member). */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  role: AccountRole;
  /** Required for UNIT_LIAISON: the unit it speaks for (one liaison account per unit). */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  /** 3–64 letters, digits or . _ - @; a mobile number is a good choice. */
  username: Scalars['String']['input'];
};

/**
 * One step of the bulk run: the next page of the region's units; for each with a liaison who has a mobile number and
 * no account yet, an account with the mobile number as username. Call again with `after: nextCursor` and the same
 * `handoutId` until `done`; then download the handout sheet once with `liaisonAccountsHandout`.
 */
export type CreateLiaisonAccountsInput = {
  after?: InputMaybe<Scalars['String']['input']>;
  /** The run's handout sheet; leave empty on the first call, then pass the one returned. */
  handoutId?: InputMaybe<Scalars['ID']['input']>;
  /** Units per step, 1–25. Default 20. */
  size?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateMeetingInput = {
  agenda?: InputMaybe<Array<AgendaItemInput>>;
  chair?: InputMaybe<Scalars['String']['input']>;
  convenerUnitId?: InputMaybe<Scalars['ID']['input']>;
  endsAt: Scalars['DateTime']['input'];
  /** Members of the region's roster invited in person (at most 100); refused at invitedMemberIds.N when not on the roster. */
  invitedMemberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  invitedUnitIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind: MeetingKind;
  onlineLink?: InputMaybe<Scalars['String']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  recorder?: InputMaybe<Scalars['String']['input']>;
  startsAt: Scalars['DateTime']['input'];
  /** A sub-body holding the meeting: its units that have not left are invited besides invitedUnitIds; its convener unit convenes unless convenerUnitId is given. */
  subBodyId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

export type CreateMemberInput = {
  birthDate: Scalars['Date']['input'];
  category: MemberCategory;
  communityId?: InputMaybe<Scalars['ID']['input']>;
  gender: Gender;
  /** 18 characters with a valid GB 11643 check digit; its birth date must equal birthDate. Unique in the region. */
  idNumber: Scalars['String']['input'];
  joinedOn: Scalars['Date']['input'];
  name: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<MemberRole>>;
  status: MemberStatus;
  unitId: Scalars['ID']['input'];
};

export type CreateNeedInput = {
  category: Scalars['String']['input'];
  /** A liaison files for its own community; the region admin names one. */
  communityUnitId: Scalars['ID']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  raisedBy?: InputMaybe<Scalars['String']['input']>;
  source: NeedSource;
  title: Scalars['String']['input'];
  urgency?: InputMaybe<NeedUrgency>;
  wantedFrom?: InputMaybe<Scalars['Date']['input']>;
  wantedUntil?: InputMaybe<Scalars['Date']['input']>;
  year: Scalars['Int']['input'];
};

export type CreatePairingInput = {
  agreementUploadId?: InputMaybe<Scalars['ID']['input']>;
  /** A unit whose host kind is VILLAGE or COMMUNITY. */
  communityId: Scalars['ID']['input'];
  content: Scalars['String']['input'];
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  startsOn: Scalars['Date']['input'];
  unitId: Scalars['ID']['input'];
};

export type CreatePostInput = {
  capacity: Scalars['Int']['input'];
  communityUnitId: Scalars['ID']['input'];
  duties?: InputMaybe<Scalars['String']['input']>;
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  title: Scalars['String']['input'];
};

/** A need (and more needs of the same community, if one project meets several) with resources and the quantity taken from each, into a SUBMITTED project. */
export type CreateProjectFromNeedInput = {
  budget?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Further needs of the same community and year the project also meets. */
  moreNeedIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  needId: Scalars['ID']['input'];
  resources: Array<ResourceQuantityInput>;
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  targetOn?: InputMaybe<Scalars['Date']['input']>;
  title: Scalars['String']['input'];
  volunteerSlots?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateRegionInput = {
  level: RegionLevel;
  name: Scalars['String']['input'];
  /** 3–32 lower-case letters, digits or hyphens, starting with a letter; unique in the deployment. */
  slug: Scalars['String']['input'];
  superiorOrganization?: InputMaybe<Scalars['String']['input']>;
};

export type CreateResourceInput = {
  availableFrom?: InputMaybe<Scalars['Date']['input']>;
  availableUntil?: InputMaybe<Scalars['Date']['input']>;
  contactName?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  quantity: Scalars['Int']['input'];
  quantityUnit: Scalars['String']['input'];
  title: Scalars['String']['input'];
  type: ResourceType;
  /** A liaison offers its own unit's; the region admin names one. */
  unitId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};

/** Units (at most 200) and people (at most 100) that are not units of the region, or that left the alliance, are refused at their field. */
export type CreateSubBodyInput = {
  convenerUnitId: Scalars['ID']['input'];
  kind: SubBodyKind;
  name: Scalars['String']['input'];
  people?: InputMaybe<Array<SubBodyPersonInput>>;
  unitIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type CreateUnitInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  allianceRole: AllianceRole;
  grid?: InputMaybe<Scalars['String']['input']>;
  hostKind: HostKind;
  leader?: InputMaybe<UnitPersonInput>;
  level: OrgLevel;
  liaison?: InputMaybe<UnitPersonInput>;
  name: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
  partTimeCommitteeMember?: InputMaybe<UnitPersonInput>;
  representative?: InputMaybe<UnitPersonInput>;
  shortName?: InputMaybe<Scalars['String']['input']>;
};

export type CreateUploadInput = {
  /** One of application/pdf, image/jpeg, image/png, Word or Excel documents. */
  contentType: Scalars['String']['input'];
  fileName: Scalars['String']['input'];
  /** Hex SHA-256 of the content; the server checks the arrived bytes against it. */
  sha256: Scalars['String']['input'];
  /** Bytes; at most 20 MB. */
  size: Scalars['Int']['input'];
};

export type DeclineLedgerItemInput = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

/** An account removed by deleteAccount. */
export type DeletedAccount = {
  __typename?: 'DeletedAccount';
  username: Scalars['ID']['output'];
};

/** A record that was deleted. */
export type DeletedRecord = {
  __typename?: 'DeletedRecord';
  id: Scalars['ID']['output'];
};

export type EndCommunityReportInput = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type EndOfficerTermInput = {
  endedOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type EndPairingInput = {
  endedOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** A region's points rules (积分规则) for one year; the defaults until the region admin saves its own (version 0). */
export type EngagementRules = {
  __typename?: 'EngagementRules';
  /** An in-service member without a confirmed community report that year cannot be graded above 基本合格. */
  capGradeWithoutReport: Scalars['Boolean']['output'];
  pointsPerMeeting: Scalars['Float']['output'];
  pointsPerPostMonth: Scalars['Float']['output'];
  pointsPerServiceHour: Scalars['Float']['output'];
  pointsPerTrainingHour: Scalars['Float']['output'];
  /** The points for 1–5 stars (星级党员), ascending. */
  starPoints: Array<Scalars['Float']['output']>;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  updatedBy?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
  /** The confirmed service hours for 1–5 volunteer stars (星级志愿者), ascending; 100/300/600/1000/1500 by default. */
  volunteerStarHours: Array<Scalars['Float']['output']>;
  year: Scalars['Int']['output'];
};

/** A member's grade of a year (民主评议党员), entered by its unit. */
export type EvaluationGrade = {
  __typename?: 'EvaluationGrade';
  comment?: Maybe<Scalars['String']['output']>;
  grade: EvaluationGradeValue;
  gradedAt: Scalars['DateTime']['output'];
  gradedBy: Scalars['String']['output'];
  memberId: Scalars['ID']['output'];
  memberName: Scalars['String']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  unitId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type EvaluationGradeValue =
  /** 基本合格 */
  | 'BASICALLY_QUALIFIED'
  /** 优秀 */
  | 'EXCELLENT'
  /** 合格 */
  | 'QUALIFIED'
  /** 不合格 */
  | 'UNQUALIFIED';

/** A row of a unit's evaluation grid: the member, its grade, and what its community fed back. */
export type EvaluationRow = {
  __typename?: 'EvaluationRow';
  /** Why the grade is capped, when it is. */
  capReason?: Maybe<Scalars['String']['output']>;
  /** Its confirmed community report (双报到), if any. */
  communityReport?: Maybe<CommunityReport>;
  grade?: Maybe<EvaluationGrade>;
  /** The best grade allowed (the region's rule on in-service members without a confirmed report). */
  maxGrade: EvaluationGradeValue;
  member: Member;
  postsHeld: Scalars['Int']['output'];
  serviceHours: Scalars['Float']['output'];
};

export type EvaluationRowConnection = {
  __typename?: 'EvaluationRowConnection';
  edges: Array<EvaluationRowEdge>;
  pageInfo: PageInfo;
};

export type EvaluationRowEdge = {
  __typename?: 'EvaluationRowEdge';
  cursor: Scalars['String']['output'];
  node: EvaluationRow;
};

/** A field's value before and after a change (phones masked, long values cut). */
export type FieldChange = {
  __typename?: 'FieldChange';
  after?: Maybe<Scalars['String']['output']>;
  afterUnit?: Maybe<Unit>;
  before?: Maybe<Scalars['String']['output']>;
  /** When the values are unit ids (parentId, communityId …): those units, while they exist. */
  beforeUnit?: Maybe<Unit>;
  field: Scalars['String']['output'];
};

export type FileRepresentativeChangeInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** The format of the follow-up summary. */
export type FollowUpSummaryFormat =
  /** Word document (公文 layout) */
  | 'DOCX'
  /** Excel workbook */
  | 'XLSX';

/** Gender (性别). */
export type Gender =
  /** 女 */
  | 'FEMALE'
  /** 男 */
  | 'MALE';

/** A file made on request (a template, an export): download it from downloadUrl before it expires. */
export type GeneratedFile = {
  __typename?: 'GeneratedFile';
  contentType: Scalars['String']['output'];
  downloadUrl: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  name: Scalars['String']['output'];
  size: Scalars['Int']['output'];
};

export type GradeCount = {
  __typename?: 'GradeCount';
  count: Scalars['Int']['output'];
  grade: EvaluationGradeValue;
};

/** The kind of entity a party organisation belongs to (单位类别). */
export type HostKind =
  /** 机关 / 政府派出机构 */
  | 'AGENCY'
  /** 商圈市场 */
  | 'BUSINESS_DISTRICT'
  /** 社区(居委) */
  | 'COMMUNITY'
  /** 企业 */
  | 'ENTERPRISE'
  /** 医院 */
  | 'HOSPITAL'
  /** 部队 */
  | 'MILITARY'
  /** 两新组织 (non-public enterprises and social organisations) */
  | 'NEW_ORGANIZATION'
  /** 商务楼宇 */
  | 'OFFICE_BUILDING'
  /** 人民团体 */
  | 'PEOPLES_ORGANIZATION'
  /** 事业单位 */
  | 'PUBLIC_INSTITUTION'
  /** 科研院所 */
  | 'RESEARCH_INSTITUTE'
  /** 学校 */
  | 'SCHOOL'
  /** 高校 */
  | 'UNIVERSITY'
  /** 村 */
  | 'VILLAGE';

export type HttpHeader = {
  __typename?: 'HttpHeader';
  name: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type ImportNeedsInput = {
  /** Import the valid rows of a file with errors; otherwise such a file is refused. */
  skipInvalid?: InputMaybe<Scalars['Boolean']['input']>;
  uploadId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};

export type LedgerAction =
  | 'ASSIGN'
  | 'DECLINE'
  | 'PROGRESS'
  | 'RAISE'
  | 'REOPEN'
  | 'RESOLVE'
  | 'SIGN_OFF';

/** A step of an item's timeline. */
export type LedgerEvent = {
  __typename?: 'LedgerEvent';
  action: LedgerAction;
  at: Scalars['DateTime']['output'];
  by: Scalars['String']['output'];
  files: Array<ArchiveFile>;
  note?: Maybe<Scalars['String']['output']>;
};

/** A year's items, newest number first. `status` combines with one of the units; `overdue` lists the items past their due date, earliest first. */
export type LedgerFilter = {
  handlerUnitId?: InputMaybe<Scalars['ID']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  raisedByUnitId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<LedgerStatus>;
  year: Scalars['Int']['input'];
};

/** A numbered item of the ledger: a unit's problem, suggestion or opinion, handled and closed only when the raising unit signs off. */
export type LedgerItem = {
  __typename?: 'LedgerItem';
  /** What the caller may do now. */
  allowedActions: Array<LedgerAction>;
  assignedAt?: Maybe<Scalars['DateTime']['output']>;
  category?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  declineReason?: Maybe<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  dueOn?: Maybe<Scalars['Date']['output']>;
  files: Array<ArchiveFile>;
  /** A handling department outside the alliance (free text), if any. */
  handlerDepartment?: Maybe<Scalars['String']['output']>;
  handlerUnit?: Maybe<Unit>;
  /** The handling unit of the alliance, if any. */
  handlerUnitId?: Maybe<Scalars['ID']['output']>;
  history: Array<LedgerEvent>;
  id: Scalars['ID']['output'];
  kind: LedgerKind;
  /** Unique per region and year, gap-free: 2026-0042. */
  number: Scalars['String']['output'];
  /** Past its due date and still with the handler. */
  overdue: Scalars['Boolean']['output'];
  raisedAt: Scalars['DateTime']['output'];
  raisedBy: Scalars['String']['output'];
  raisedByUnit?: Maybe<Unit>;
  raisedByUnitId: Scalars['ID']['output'];
  reopenCount: Scalars['Int']['output'];
  resolution?: Maybe<Scalars['String']['output']>;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  signedOffAt?: Maybe<Scalars['DateTime']['output']>;
  signedOffBy?: Maybe<Scalars['String']['output']>;
  status: LedgerStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type LedgerItemConnection = {
  __typename?: 'LedgerItemConnection';
  edges: Array<LedgerItemEdge>;
  pageInfo: PageInfo;
};

export type LedgerItemEdge = {
  __typename?: 'LedgerItemEdge';
  cursor: Scalars['String']['output'];
  node: LedgerItem;
};

export type LedgerKind =
  /** 意见 */
  | 'OPINION'
  /** 困难 */
  | 'PROBLEM'
  /** 建议 */
  | 'SUGGESTION';

export type LedgerStatus =
  /** 办理中 (已交办) */
  | 'ASSIGNED'
  /** 已销号 */
  | 'CLOSED'
  /** 不予受理 (with the reason) */
  | 'DECLINED'
  /** 已受理 (受理登记) */
  | 'RAISED'
  /** 待销号 (办理结果已登记，待提出单位确认) */
  | 'RESOLVED';

export type LedgerStatusCount = {
  __typename?: 'LedgerStatusCount';
  count: Scalars['Int']['output'];
  status: LedgerStatus;
};

/** A year's ledger in figures (kept on write; overdue counted from the open items). */
export type LedgerYear = {
  __typename?: 'LedgerYear';
  byStatus: Array<LedgerStatusCount>;
  overdue: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** The level rule (004 art.1) applied to a unit: ≥3 full members a 党支部, 51–99 a 党总支, ≥100 a 党委. */
export type LevelCheck = {
  __typename?: 'LevelCheck';
  /** The level the rule expects, when it expects one. */
  expectedLevel?: Maybe<OrgLevel>;
  fits: Scalars['Boolean']['output'];
  verdict: LevelVerdict;
};

/** How the organisation level fits the member count (004 art.1). */
export type LevelVerdict =
  /** 3–50 members: should be a 党支部. */
  | 'EXPECTED_BRANCH'
  /** 100 or more members: should be a 党委. */
  | 'EXPECTED_COMMITTEE'
  /** 51–99 members: should be a 党总支. */
  | 'EXPECTED_GENERAL_BRANCH'
  /** The level fits. */
  | 'FITS'
  /** The rule does not apply to this level (党小组). */
  | 'NOT_APPLICABLE'
  /** Fewer than 3 full members: cannot form a branch of its own (join a 联合党支部). */
  | 'TOO_FEW_FULL_MEMBERS';

export type LiaisonAccountsStep = {
  __typename?: 'LiaisonAccountsStep';
  /** Units already with a liaison account, in this step. */
  alreadyHadAccount: Scalars['Int']['output'];
  created: Array<Account>;
  done: Scalars['Boolean']['output'];
  handoutId: Scalars['ID']['output'];
  nextCursor?: Maybe<Scalars['String']['output']>;
  /** Units looked at in this step. */
  processedUnits: Scalars['Int']['output'];
  skipped: Array<SkippedUnit>;
  /** Units of the region (for a progress bar). */
  totalUnits: Scalars['Int']['output'];
};

/** A region's settings of the lists. */
export type ListSettings = {
  __typename?: 'ListSettings';
  /** Days after approval during which only units paired (结对) with the project's community may claim it; 0: open to all at once. */
  claimWindowDays: Scalars['Int']['output'];
  /** The categories a need may have (a need keeps its category when the list changes). */
  needCategories: Array<Scalars['String']['output']>;
  /** 0 until the region sets its own; pass it back to setListSettings. */
  version: Scalars['Int']['output'];
};

/** The region's lists for a year, counted as they are written (one read). The lists behind them: `needs(filter: { status: COLLECTED })` (not yet matched), `resources(filter: { unused: true })`, `projects(filter: { overdue: true })`. */
export type ListYear = {
  __typename?: 'ListYear';
  needs: NeedFigures;
  projects: ProjectFigures;
  resources: ResourceFigures;
  year: Scalars['Int']['output'];
};

export type LogServiceHoursInput = {
  /** The 村/社区 where the member served. */
  communityUnitId: Scalars['ID']['input'];
  description: Scalars['String']['input'];
  /** In half hours: 0.5 to 24. */
  hours: Scalars['Float']['input'];
  /** Omitted with a member's token: the member itself. */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  /** The post (岗位) the service belongs to, if any: a post of that community. */
  postId?: InputMaybe<Scalars['ID']['input']>;
  /** The project (项目清单) the service belongs to, if any. */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  servedOn: Scalars['Date']['input'];
};

export type LogTrainingInput = {
  /** In half hours: 0.5 to 24. */
  hours: Scalars['Float']['input'];
  memberId: Scalars['ID']['input'];
  provider?: InputMaybe<Scalars['String']['input']>;
  topic: Scalars['String']['input'];
  trainedOn: Scalars['Date']['input'];
};

/** A meeting (会议) of the alliance. */
export type Meeting = {
  __typename?: 'Meeting';
  agenda: Array<AgendaItem>;
  /** 议题征集: the round of this meeting, if one was opened. The secretariat sees every reply; an asked unit's liaison its own. */
  agendaSolicitation?: Maybe<AgendaSolicitation>;
  /** What the caller may do next with this meeting (state machine and role): the admin's buttons read it. */
  allowedActions: Array<MeetingAction>;
  approvedAt?: Maybe<Scalars['DateTime']['output']>;
  approvedBy?: Maybe<Scalars['String']['output']>;
  /** Its documents in the archive (档案), once archived: the notice, the minutes, the resolutions notice. */
  archivedDocuments: Array<ArchiveDocument>;
  /** Every invited unit's attendance (INVITED where nothing is recorded). */
  attendance: Array<Attendance>;
  /** 主持人 */
  chair?: Maybe<Scalars['String']['output']>;
  checkInClosesAt: Scalars['DateTime']['output'];
  /** 签到码: six digits, valid from 30 minutes before the start until the end. The secretariat only (null for others). */
  checkInCode?: Maybe<Scalars['String']['output']>;
  checkInOpensAt: Scalars['DateTime']['output'];
  /** Each agenda item's consensus. */
  consensus: Array<AgendaConsensus>;
  convenerUnit?: Maybe<Unit>;
  /** 召集单位 */
  convenerUnitId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Members invited in person (专家、代表), besides the units: they receive the notice. The secretariat's to read ([] for others). */
  invitedMemberIds: Array<Scalars['ID']['output']>;
  invitedMembers: Array<Member>;
  /** Invited units, each attending through its fixed representative (固定代表). */
  invitedUnitIds: Array<Scalars['ID']['output']>;
  invitedUnits: Array<Unit>;
  kind: MeetingKind;
  /** The minutes of each agenda item that has them. */
  minutes: Array<Minutes>;
  notice?: Maybe<MeetingNotice>;
  onlineLink?: Maybe<Scalars['String']['output']>;
  /** Opinions sent in advance, by agenda item. The secretariat sees all; a liaison its own unit's. */
  opinions: MeetingOpinionConnection;
  /** For a liaison on its notice: its unit's receipt (pending until 签收); null when there is nothing to acknowledge. */
  ownReceipt?: Maybe<ResolutionReceipt>;
  place?: Maybe<Scalars['String']['output']>;
  /** The action items of the previous meeting of the same kind, with their reports (003 doc 4 art.14). */
  previousActionItems: Array<ActionItem>;
  /** Counts of the receipts; null until the minutes are approved with resolutions. The secretariat. */
  receiptSummary?: Maybe<ReceiptSummary>;
  /** 签收情况: every invited unit's receipt of the resolutions notice (pending ones too). The secretariat; empty until the minutes are approved with resolutions. */
  receipts: Array<ResolutionReceipt>;
  /** 记录人 */
  recorder?: Maybe<Scalars['String']['output']>;
  resolutions: Array<Resolution>;
  startsAt: Scalars['DateTime']['output'];
  status: MeetingStatus;
  /** The reason of a cancellation or postponement. */
  statusReason?: Maybe<Scalars['String']['output']>;
  subBody?: Maybe<SubBody>;
  /** 召开机构: a sub-body of the alliance holding the meeting (its units are invited). */
  subBodyId?: Maybe<Scalars['ID']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic lock: pass it back on every change. */
  version: Scalars['Int']['output'];
};


/** A meeting (会议) of the alliance. */
export type MeetingOpinionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A move of a meeting's lifecycle. */
export type MeetingAction =
  /** 审定: lock the minutes and write the resolutions */
  | 'APPROVE_MINUTES'
  /** 归档: file the notice, the minutes and the resolutions notice into the archive (once the minutes are approved) */
  | 'ARCHIVE'
  | 'CANCEL'
  | 'EDIT'
  /** 召开: the meeting took place (from its start on) */
  | 'HOLD'
  | 'POSTPONE'
  /** Attendance, minutes and consensus may be written */
  | 'RECORD_MINUTES'
  | 'SEND_NOTICE'
  /** 议题征集: open a round, close it, adopt proposals (a draft, or noticed and not yet started) */
  | 'SOLICIT_AGENDA';

/** How often the region holds a kind of meeting, and where it stands (the cadence view). */
export type MeetingCadence = {
  __typename?: 'MeetingCadence';
  /** Held every this many months; null: no rule for this kind. */
  everyMonths?: Maybe<Scalars['Int']['output']>;
  kind: MeetingKind;
  /** The last meeting of this kind that was held (or noticed and past). */
  lastHeldOn?: Maybe<Scalars['Date']['output']>;
  /** When the next one is due by the rule; null without a rule. */
  nextDueOn?: Maybe<Scalars['Date']['output']>;
  overdue: Scalars['Boolean']['output'];
};

export type MeetingConnection = {
  __typename?: 'MeetingConnection';
  edges: Array<MeetingEdge>;
  pageInfo: PageInfo;
};

/** Documents generated from the record as Word files. */
export type MeetingDocumentKind =
  /** 会议纪要 (approved minutes) */
  | 'MINUTES'
  /** 会议通知 */
  | 'NOTICE'
  /** 决议通知 (the resolutions, to every unit) */
  | 'RESOLUTIONS';

export type MeetingEdge = {
  __typename?: 'MeetingEdge';
  cursor: Scalars['String']['output'];
  node: Meeting;
};

/** All filters combine (AND). Meetings come by start time. */
export type MeetingFilter = {
  /** Only meetings starting at or after this instant (the calendar from a month on). */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  kind?: InputMaybe<MeetingKind>;
  status?: InputMaybe<MeetingStatus>;
  /** Only meetings starting before this instant (with from: one month of the calendar, one bounded read). */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type MeetingFollowUpSummaryInput = {
  format: FollowUpSummaryFormat;
  /** First day of the period (China). */
  from: Scalars['Date']['input'];
  kind: MeetingKind;
  /** Last day of the period (China), inclusive. */
  to: Scalars['Date']['input'];
};

/** Kinds of meetings of the alliance (002 art.19; 001; 003). */
export type MeetingKind =
  /** 地区事务协调会 */
  | 'AREA_COORDINATION'
  /** 社区联席会议 (003) */
  | 'COMMUNITY_JOINT_MEETING'
  /** 理事会 */
  | 'COUNCIL'
  /** 党建联席会议 */
  | 'JOINT_MEETING'
  /** 会员大会 */
  | 'MEMBER_CONGRESS'
  /** 区域党委会 */
  | 'REGIONAL_COMMITTEE'
  /** 专题会议 */
  | 'TOPIC_MEETING';

/** The notice (会议通知) as sent: when, by whom, to how many units; a late one carries its reason. */
export type MeetingNotice = {
  __typename?: 'MeetingNotice';
  /** Days between the notice and the start (001 附件1 §1.2 asks for at least 7). */
  daysBeforeStart: Scalars['Int']['output'];
  /** Why the notice came later than 7 days before the start (003 doc 2 §1: 如工作需要，可随时召开). */
  lateReason?: Maybe<Scalars['String']['output']>;
  recipientCount: Scalars['Int']['output'];
  sentAt: Scalars['DateTime']['output'];
  sentBy: Scalars['String']['output'];
};

/** A unit's written opinion on an agenda item, sent before the meeting (003 doc 3 §5). */
export type MeetingOpinion = {
  __typename?: 'MeetingOpinion';
  agendaItemId: Scalars['ID']['output'];
  submittedAt: Scalars['DateTime']['output'];
  submittedBy: Scalars['String']['output'];
  text: Scalars['String']['output'];
  unit?: Maybe<Unit>;
  unitId: Scalars['ID']['output'];
};

export type MeetingOpinionConnection = {
  __typename?: 'MeetingOpinionConnection';
  edges: Array<MeetingOpinionEdge>;
  pageInfo: PageInfo;
};

export type MeetingOpinionEdge = {
  __typename?: 'MeetingOpinionEdge';
  cursor: Scalars['String']['output'];
  node: MeetingOpinion;
};

/** Where a meeting stands. Moves: DRAFT → NOTICED (sendMeetingNotice) → HELD …; CANCELLED and POSTPONED with a reason. */
export type MeetingStatus =
  /** 已归档 */
  | 'ARCHIVED'
  /** 已取消 */
  | 'CANCELLED'
  /** 草稿 */
  | 'DRAFT'
  /** 已召开 */
  | 'HELD'
  /** 纪要已审定 (locked) */
  | 'MINUTES_APPROVED'
  /** 纪要起草中 */
  | 'MINUTES_DRAFTED'
  /** 已通知 */
  | 'NOTICED'
  /** 已延期 (a new time is set; notice again) */
  | 'POSTPONED';

/** A party member (党员) on the region's roster. */
export type Member = {
  __typename?: 'Member';
  birthDate: Scalars['Date']['output'];
  category: MemberCategory;
  community?: Maybe<Unit>;
  /** Residential community (居住地社区): a unit of kind 社区 or 村. */
  communityId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Set once the member left the roster (removeMember, or a transfer out of the region). */
  departure?: Maybe<MemberDeparture>;
  gender: Gender;
  id: Scalars['ID']['output'];
  /** 居民身份证号码, always masked: first 6 and last 4 (110105********002X). A region admin reads it whole with revealMemberIdNumber. */
  idNumber: Scalars['String']['output'];
  /** 入党日期 */
  joinedOn: Scalars['Date']['output'];
  name: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** Masked (138****1234) for everyone but region admins and the member itself. */
  phone?: Maybe<Scalars['String']['output']>;
  roles: Array<MemberRole>;
  status: MemberStatus;
  /** Organisation-relation transfers, newest first. */
  transfers: MemberTransferConnection;
  unit?: Maybe<Unit>;
  /** 组织关系所在单位 */
  unitId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic lock: pass it back on every change. */
  version: Scalars['Int']['output'];
};


/** A party member (党员) on the region's roster. */
export type MemberTransfersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Category (党员类别); 003 doc 1 manages each category its own way. */
export type MemberCategory =
  /** 流动党员 */
  | 'FLOATING'
  /** 在职党员 */
  | 'IN_SERVICE'
  /** 居民党员 */
  | 'RESIDENT'
  /** 离退休党员 */
  | 'RETIRED'
  /** 学生党员 */
  | 'STUDENT'
  /** 下岗失业党员 */
  | 'UNEMPLOYED';

export type MemberConnection = {
  __typename?: 'MemberConnection';
  edges: Array<MemberEdge>;
  pageInfo: PageInfo;
};

/** How a member left the roster: the record stays readable by id, out of every list and count. */
export type MemberDeparture = {
  __typename?: 'MemberDeparture';
  /** For a transfer out of the region: the receiving organisation. */
  destination?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  on: Scalars['Date']['output'];
  reason: MemberRemovalReason;
};

export type MemberEdge = {
  __typename?: 'MemberEdge';
  cursor: Scalars['String']['output'];
  node: Member;
};

/** All filters combine (AND). Only members on the roster are listed. */
export type MemberFilter = {
  category?: InputMaybe<MemberCategory>;
  /** Residential community. */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** Name starts with this text. */
  namePrefix?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<MemberRole>;
  status?: InputMaybe<MemberStatus>;
  /** 组织关系所在单位. A unit liaison's list is always its own unit's. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** An import of the roster from an Excel file: previewed, then imported in steps. */
export type MemberImport = {
  __typename?: 'MemberImport';
  columns: Array<MemberImportColumn>;
  created: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  errorCount: Scalars['Int']['output'];
  /** Row errors of the preview, in row order; the first 500 (errorCount has them all). */
  errors: Array<MemberImportRowError>;
  /** Rows refused while importing (the first 500). */
  failures: Array<MemberImportRowError>;
  fileName: Scalars['String']['output'];
  /** The header's row number as the sheet shows it; null when none was found. */
  headerRowNumber?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** What stops the whole file (no header row, a required column missing, too many rows). */
  problems: Array<Scalars['String']['output']>;
  /** Of toImport: how many were handled so far, created, and skipped because the number arrived on the roster meanwhile. */
  processed: Scalars['Int']['output'];
  skipped: Scalars['Int']['output'];
  status: MemberImportStatus;
  summary: MemberImportSummary;
  /** Rows to create: valid and not yet on the roster. */
  toImport: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** A column of the uploaded sheet and what it fills. */
export type MemberImportColumn = {
  __typename?: 'MemberImportColumn';
  /** Null: not imported (unknown wording, or mapped to nothing). */
  field?: Maybe<RosterField>;
  /** The header as the clerk wrote it. */
  header: Scalars['String']['output'];
  /** 0 for column A. */
  index: Scalars['Int']['output'];
};

export type MemberImportColumnInput = {
  /** Null: do not import this column. */
  field?: InputMaybe<RosterField>;
  index: Scalars['Int']['input'];
};

export type MemberImportConnection = {
  __typename?: 'MemberImportConnection';
  edges: Array<MemberImportEdge>;
  pageInfo: PageInfo;
};

export type MemberImportEdge = {
  __typename?: 'MemberImportEdge';
  cursor: Scalars['String']['output'];
  node: MemberImport;
};

/** A problem of one row, named by the sheet's row number and the column's header. */
export type MemberImportRowError = {
  __typename?: 'MemberImportRowError';
  column: Scalars['String']['output'];
  field?: Maybe<RosterField>;
  message: Scalars['String']['output'];
  rowNumber: Scalars['Int']['output'];
};

/** Where a member import stands. */
export type MemberImportStatus =
  | 'COMPLETED'
  /** Rows are being imported: call continueMemberImport until COMPLETED (an interrupted import continues where it stopped). */
  | 'IMPORTING'
  /** Checked: fix the file or the column mapping and preview again, or start importing. */
  | 'PREVIEWED';

export type MemberImportSummary = {
  __typename?: 'MemberImportSummary';
  /** Valid rows whose ID number is already on the roster: skipped, so importing a file twice changes nothing. */
  alreadyOnRoster: Scalars['Int']['output'];
  skippedBlank: Scalars['Int']['output'];
  /** Rows below the header. */
  totalRows: Scalars['Int']['output'];
  /** Rows that would make a member. */
  valid: Scalars['Int']['output'];
  withErrors: Scalars['Int']['output'];
};

/** A member's year: points, stars, hours (the member itself, its unit's liaison, the secretariat). */
export type MemberPoints = {
  __typename?: 'MemberPoints';
  entries: PointsEntryConnection;
  meetingsAttended: Scalars['Int']['output'];
  member?: Maybe<Member>;
  memberId: Scalars['ID']['output'];
  /** Points needed for the next star (null at 5). */
  nextStarAt?: Maybe<Scalars['Float']['output']>;
  points: Scalars['Float']['output'];
  postMonths: Scalars['Int']['output'];
  /** Confirmed volunteer service hours. */
  serviceHours: Scalars['Float']['output'];
  /** 星级党员 from the points and the year's thresholds (0–5). */
  stars: Scalars['Int']['output'];
  trainingHours: Scalars['Float']['output'];
  trainingRequired: Scalars['Float']['output'];
  /** 星级志愿者 from the service hours (0–5). */
  volunteerStars: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};


/** A member's year: points, stars, hours (the member itself, its unit's liaison, the secretariat). */
export type MemberPointsEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Why a member left the roster. */
export type MemberRemovalReason =
  /** 死亡 */
  | 'DECEASED'
  /** 重复录入 */
  | 'DUPLICATE'
  /** 出党 (退党、除名、开除党籍) */
  | 'LEFT_PARTY'
  /** 其他 (say why in the note) */
  | 'OTHER'
  /** 转出本区域 (recorded by transferMember with a destination outside the region) */
  | 'TRANSFERRED_OUT';

/** A member's roles in the alliance or its organisation (a member may hold several). */
export type MemberRole =
  /** 支部书记 */
  | 'BRANCH_SECRETARY'
  /** 社区干部 */
  | 'COMMUNITY_CADRE'
  /** 理事长 */
  | 'COUNCIL_CHAIR'
  /** 联络员 */
  | 'LIAISON'
  /** 兼职委员 */
  | 'PART_TIME_COMMITTEE_MEMBER'
  /** 会长 */
  | 'PRESIDENT'
  /** 书记 */
  | 'SECRETARY'
  /** 秘书长 */
  | 'SECRETARY_GENERAL'
  /** 副会长 */
  | 'VICE_PRESIDENT';

/** Membership status (党员状态). */
export type MemberStatus =
  /** 正式党员 */
  | 'FULL'
  /** 预备党员 */
  | 'PROBATIONARY';

/** An organisation-relation transfer (组织关系转接, 004 art.9). */
export type MemberTransfer = {
  __typename?: 'MemberTransfer';
  /** The receiving organisation outside the region, for a transfer out of it. */
  destination?: Maybe<Scalars['String']['output']>;
  fromUnit?: Maybe<Unit>;
  fromUnitId: Scalars['ID']['output'];
  /** The sending unit's name at the time of the transfer. */
  fromUnitName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 介绍信编号 or other reference. */
  letterNumber?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  recordedAt: Scalars['DateTime']['output'];
  /** Who recorded it. */
  recordedBy: Scalars['String']['output'];
  toUnit?: Maybe<Unit>;
  /** Null for a transfer out of the region. */
  toUnitId?: Maybe<Scalars['ID']['output']>;
  toUnitName?: Maybe<Scalars['String']['output']>;
  transferredOn: Scalars['Date']['output'];
};

export type MemberTransferConnection = {
  __typename?: 'MemberTransferConnection';
  edges: Array<MemberTransferEdge>;
  pageInfo: PageInfo;
};

export type MemberTransferEdge = {
  __typename?: 'MemberTransferEdge';
  cursor: Scalars['String']['output'];
  node: MemberTransfer;
};

/** The minutes (会议记录/纪要) of one agenda item. Locked once the meeting's minutes are approved. */
export type Minutes = {
  __typename?: 'Minutes';
  addenda: Array<MinutesAddendum>;
  agendaItemId: Scalars['ID']['output'];
  /** 拟形成的决议: what consensus is sought on; an item without one produces no resolution. */
  decision?: Maybe<Scalars['String']['output']>;
  files: Array<ArchiveFile>;
  locked: Scalars['Boolean']['output'];
  savedAt: Scalars['DateTime']['output'];
  savedBy: Scalars['String']['output'];
  /** 讨论情况 */
  text: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  /** Every saved version, newest first. */
  versions: MinutesVersionConnection;
};


/** The minutes (会议记录/纪要) of one agenda item. Locked once the meeting's minutes are approved. */
export type MinutesVersionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A correction after the minutes were locked: a new, linked entry. */
export type MinutesAddendum = {
  __typename?: 'MinutesAddendum';
  addedAt: Scalars['DateTime']['output'];
  addedBy: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

/** One saved version of an item's minutes. */
export type MinutesVersion = {
  __typename?: 'MinutesVersion';
  /** The fields that changed from the version before (text, decision, files). */
  changed: Array<Scalars['String']['output']>;
  decision?: Maybe<Scalars['String']['output']>;
  fileNames: Array<Scalars['String']['output']>;
  savedAt: Scalars['DateTime']['output'];
  savedBy: Scalars['String']['output'];
  text: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type MinutesVersionConnection = {
  __typename?: 'MinutesVersionConnection';
  edges: Array<MinutesVersionEdge>;
  pageInfo: PageInfo;
};

export type MinutesVersionEdge = {
  __typename?: 'MinutesVersionEdge';
  cursor: Scalars['String']['output'];
  node: MinutesVersion;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** @deprecated Placeholder so areas can extend Mutation. */
  _empty?: Maybe<Scalars['Boolean']['output']>;
  /** 签收: an invited unit acknowledges receipt of the resolutions notice (its liaison; the secretariat on its behalf with unitId and a note). Refused before the minutes are approved with resolutions; a second acknowledgement returns the unit's receipt unchanged. */
  acknowledgeResolutions: ResolutionReceipt;
  /** Opens (or renews for an hour) the caller's read-only visit to a region, audited in the region's trail. Platform admin only. */
  actInRegion: ActingSession;
  addActionItem: ActionItem;
  addAgendaItem: Meeting;
  /** Files a document (the region admin for any unit or the region; a liaison for its own unit). */
  addArchiveDocument: ArchiveDocument;
  /** A correction of locked minutes: a new, linked addendum. */
  addMinutesAddendum: Minutes;
  /** The region admin adds or deducts points with a reason (a ledger line). */
  adjustMemberPoints: PointsEntry;
  /** 采纳: a unit's proposal becomes an agenda item presented by the unit (a draft meeting, at its version). */
  adoptAgendaProposal: Meeting;
  /** Makes an admin (秘书处) account in a region; its first sign-in sets a new password and an authenticator. Platform admin only. */
  appointRegionAdmin: AccountWithPassword;
  /** 审定: locks the minutes; every item with a decision and consensus becomes a resolution. Refused while an item with a decision awaits positions. */
  approveMinutes: Meeting;
  /** 归档: files the notice, the approved minutes and the resolutions notice (Word) into the archive (会议记录与纪要 of the meeting's year), then the meeting is ARCHIVED. Refused, naming the state, before the minutes are approved. */
  archiveMeeting: Meeting;
  /** The secretariat hands it to a unit and/or a department with a due date (交办); again to change the handler or date. */
  assignLedgerItem: LedgerItem;
  cancelMeeting: Meeting;
  changeUnitStatus: Unit;
  /** 签到 with the meeting's code (a liaison's or a member's token): the caller's unit is present; after the start it is late. A member is credited its points per meeting. */
  checkIn: Attendance;
  /** A member takes a post (a member's token: itself; the community or the secretariat for a member). Only members with a confirmed report to the community or living there; never beyond the capacity, also when claims race. */
  claimPost: PostHolder;
  claimProject: Claim;
  /** A member's token takes one of the project's volunteer places (never more than it offers). */
  claimProjectSlot: Claim;
  claimResource: Claim;
  /** Stops taking replies (adopting goes on). */
  closeAgendaSolicitation: Meeting;
  /** A COLLECTED need closed without a project (未采纳), with the reason. */
  closeNeed: Need;
  /** Closes a post: its holders leave it. */
  closePost: Post;
  /** The community (its liaison) or the secretariat confirms or declines (with the reason) a pending report. */
  confirmCommunityReport: CommunityReport;
  /** The community (its liaison) or the secretariat confirms (hours and points count) or declines with a reason. */
  confirmServiceHours: ServiceRecord;
  /** Imports the next rows of a preview (a few hundred a call, within the API's time limit). Safe to repeat: a row whose number is on the roster is skipped. */
  continueMemberImport: MemberImport;
  /** Makes the sign-in of a liaison, a member or a fellow admin of the region; the temporary password is shown once. */
  createAccount: AccountWithPassword;
  /** A new calendar subscription URL for the caller (shown once); the caller's earlier URL stops working at once. */
  createCalendarFeed: CalendarFeedWithUrl;
  /** One step of making the accounts of every unit liaison who has none (see the input). */
  createLiaisonAccounts: LiaisonAccountsStep;
  createMeeting: Meeting;
  createMember: Member;
  createNeed: Need;
  createPairing: Pairing;
  /** A community (its liaison) or the secretariat defines a post. */
  createPost: Post;
  /** Need(s) + resources with quantities → a SUBMITTED project, in one transaction: the needs move to IN_PROJECT, each resource's quantity left drops — or nothing changes. */
  createProjectFromNeed: Project;
  /** Creates a region (the tenant). Platform admin only; the slug must be unique. */
  createRegion: Region;
  createResource: Resource;
  createSubBody: SubBody;
  createUnit: Unit;
  createUploadUrl: Upload;
  /** The secretariat declines an item with the reason (不予受理). */
  declineLedgerItem: LedgerItem;
  /** Removes a disabled account (the record, then the provider's user); its username is free again. The platform admin may remove region admins. */
  deleteAccount: DeletedAccount;
  /** Moves a document to the 回收站 (soft delete); its files are kept. */
  deleteArchiveDocument: ArchiveDocument;
  /** Only a unit with no children, no members and no pairings; otherwise withdraw it. */
  deleteUnit: DeletedRecord;
  /** Stops the account signing in and ends its sessions. The platform admin may disable region admins. */
  disableAccount: Account;
  enableAccount: Account;
  /** Ends the caller's visit to the region; false when none was open. */
  endActInRegion: Scalars['Boolean']['output'];
  /** Ends an active report: the member, its unit's liaison, the community or the secretariat. The member leaves the community's posts. */
  endCommunityReport: CommunityReport;
  /** The secretariat ends a current officer's term (结束任期). */
  endOfficerTerm: Officer;
  endPairing: Pairing;
  /** A unit's members' reports to communities as .xlsx (姓名, 所在单位, 报到社区, 状态, 报到时间, 确认时间, 认领岗位数, 报到说明), newest first; `status` narrows them. The unit's liaison or the secretariat; at most 5,000 rows. */
  exportCommunityReports: GeneratedFile;
  /** The filtered roster as .xlsx (at most 10,000 members; ID numbers and phones masked as in the API). */
  exportMembers: GeneratedFile;
  /** The filtered needs as .xlsx in the notice-board layout (title, date line, 序号, A4 landscape). At most 5,000 rows: filter more otherwise. */
  exportNeeds: GeneratedFile;
  /** The filtered projects in the notice-board layout. At most 5,000 rows. */
  exportProjects: GeneratedFile;
  /** The filtered resources in the notice-board layout; contact names only, never phone numbers. At most 5,000 rows. */
  exportResources: GeneratedFile;
  /** A unit's members against their yearly training minimum as .xlsx (姓名, 职务, 应学学时, 已学学时, 差额, 是否达标); `onlyShort` keeps those who fall short. The unit's liaison or the secretariat. */
  exportTrainingStatus: GeneratedFile;
  /** The secretariat files a change (秘书处备案); a filed change is refused at id. */
  fileRepresentativeChange: RepresentativeChange;
  /** Imports the previewed upload (checked again): every valid row not on the list yet becomes a COLLECTED need, audited; then the upload is deleted. Refused while the file has errors unless skipInvalid. A second import of the same file creates nothing. */
  importNeeds: NeedImportResult;
  /** A member leaves a post (itself, or the community or the secretariat for it). */
  leavePost: Post;
  /** The bulk run's sheet of temporary passwords (.xlsx), downloadable once: its passwords are deleted as it is made. */
  liaisonAccountsHandout: GeneratedFile;
  /** A member logs a service (a member's token: itself); its unit's liaison, the community's, or the secretariat for it. */
  logServiceHours: ServiceRecord;
  /** The member's unit (its liaison) or the secretariat records a training; it counts at once. */
  logTraining: TrainingRecord;
  /** 全部已读: everything due until now. */
  markAllNotificationsRead?: Maybe<NotificationFeed>;
  /** The meeting took place (from its start on). */
  markMeetingHeld: Meeting;
  /** Marks the caller's notices read (idempotent); the feed as it is now. */
  markNotificationsRead?: Maybe<NotificationFeed>;
  /** The meeting as a calendar invitation (.ics; UID the meeting's, so a postponed or cancelled one replaces the event). The secretariat; an invited unit's liaison once noticed. */
  meetingCalendar: GeneratedFile;
  /** A Word document generated from the record (notice, approved minutes, resolutions notice), with a download link. */
  meetingDocument: GeneratedFile;
  /** 落实情况汇总 to the superior organisation: the meetings of a kind held in a period, each resolution with its action items and the receipts count, as .xlsx or .docx. The secretariat; at most 24 meetings. */
  meetingFollowUpSummary: GeneratedFile;
  /** 议题征集: asks units (default: the invited ones) for agenda proposals until closesAt. One round per meeting. */
  openAgendaSolicitation: Meeting;
  /** A new time; the meeting goes back to be noticed again. */
  postponeMeeting: Meeting;
  /** Reads the uploaded sheet, checks every row (ID numbers, units by name, duplicates in the file and on the roster) and keeps the rows to import, sealed. */
  previewMemberImport: MemberImport;
  /** Reads an uploaded needs file and checks every row (communities by name, categories, dates, repeats, needs already listed). The region admin for any community; a community's liaison for its own (a blank 征集社区 is its own). */
  previewNeedImport: NeedImportPreview;
  /**
   * The secretariat publishes a need, resource, project or resolution (by its id): it appears on the region's public page
   * at once. A resolution only once adopted: its meeting's minutes approved (审定).
   */
  publish: Publication;
  /** A unit (its liaison) or the secretariat raises a problem, suggestion or opinion; it gets the next number of the year. */
  raiseLedgerItem: LedgerItem;
  /** A resident's 1–5 rating of an accepted project (anyone: see RateProjectInput); answers the project's new average. */
  rateProject: ProjectRatingSummary;
  /** A liaison who moves to another unit keeps its account: it speaks for the new unit from its next sign-in (its sessions end); the old unit may get a new liaison account. */
  rebindAccount: Account;
  /** Moves a year's points to its current rules, a page of members per call (`after` from the last step); idempotent. */
  recomputePoints: PointsRecompute;
  /** The secretariat enters a unit's attendance. */
  recordAttendance: Attendance;
  /** An attending unit's position on an item: CONCUR, RESERVE (with its view) or OBJECT (with its reason). */
  recordConsensus: AgendaConsensus;
  /** Every attending unit that has not stated a position concurs (the chair's 无异议). */
  recordConsensusForAll: AgendaConsensus;
  /** Registers a partner system for a region: its client id and secret (shown once). Platform admin only. */
  registerPartnerClient: PartnerClientWithSecret;
  /** 报到登记: records the registration and moves an invited unit to REGISTERED. */
  registerUnit: Unit;
  reinstateRegion: Region;
  removeAgendaItem: Meeting;
  /** Takes the member off the roster with a reason; the record and its history stay readable. */
  removeMember: Member;
  /** The raising unit (or the secretariat for it) reopens a resolved item with the reason: back to the handler. */
  reopenLedgerItem: LedgerItem;
  /** Replaces a document's file with a new version; the earlier versions are kept. */
  replaceArchiveFile: ArchiveDocument;
  /** An asked unit's liaison replies for its own unit while the round is open; a new reply replaces the earlier. */
  replyToAgendaSolicitation: AgendaSolicitation;
  /** A responsible unit reports execution (text, files; done when finished). */
  reportActionItem: ActionItem;
  /** The handler (its liaison) or the secretariat reports progress. */
  reportLedgerProgress: LedgerItem;
  /** A progress report (进展) with photos and files by a responsible unit's liaison or the region admin, while IN_PROGRESS. It does not change the project's version. */
  reportProjectProgress: ProjectProgress;
  /** A member reports to the community where it lives (a member's token, its unit's liaison, or the secretariat). One active report per member and community. */
  reportToCommunity: CommunityReport;
  /** 请假: a unit's liaison (or the secretariat) before the meeting ends; a delegate may attend instead. */
  requestLeave: Attendance;
  /** A region admin's authenticator is turned off (a lost phone): the next sign-in enrols a new one; its sessions end. By a fellow admin or the platform admin. */
  resetAuthenticator: Account;
  /** A new temporary password (shown once); the next sign-in must replace it. Ends the account's sessions. */
  resetPassword: AccountWithPassword;
  /** The handler or the secretariat records the result (办理结果登记); the raising unit then signs off or reopens. */
  resolveLedgerItem: LedgerItem;
  /** Restores a deleted document within 30 days of its deletion (the region admin). */
  restoreArchiveDocument: ArchiveDocument;
  /** The full ID number, for a region admin only; the reveal is written to the audit trail. */
  revealMemberIdNumber: Scalars['String']['output'];
  /** Stops the caller's calendar subscription (its URL answers 404). False when it had none. */
  revokeCalendarFeed: Scalars['Boolean']['output'];
  /** Revokes the client: no new tokens at once, tokens already issued refused within a minute. Cannot be undone. */
  revokePartnerClient: PartnerClient;
  /** A new secret (shown once); the old one stops working at once. `version`: the version read (CONFLICT if stale). */
  rotatePartnerClientSecret: PartnerClientWithSecret;
  /** The recorder saves an item's minutes (a new version); refused once the minutes are approved. */
  saveMinutes: Minutes;
  /** Sends the notice (会议通知) to the invited units. Later than 7 days before the start only with lateReason (kept on the meeting). */
  sendMeetingNotice: Meeting;
  setCouncilTerm: AllianceSettings;
  /** The region admin sets a year's rules. Points already credited change only by recomputePoints. */
  setEngagementRules: EngagementRules;
  /** The member's unit (its liaison) or the secretariat grades a member for a year; one grade per member and year. */
  setEvaluationGrade: EvaluationGrade;
  /** The secretariat's: the region's need categories and claim window. */
  setListSettings: ListSettings;
  setMeetingCadence: MeetingCadence;
  /** The region's reminders: 5 … 43,200 minutes before a start, at most 5, none repeated ([] for none). */
  setMeetingReminderOffsets: Array<Scalars['Int']['output']>;
  /** The secretariat appoints an officer (任命); a single-holder post's current holder becomes history. */
  setOfficer: Officer;
  /** The raising unit signs off (销号); the secretariat may record a paper sign-off, naming who signed. */
  signOffLedgerItem: LedgerItem;
  /** A unit's written opinion on an agenda item before the meeting; a new one replaces the unit's earlier one. */
  submitOpinion: MeetingOpinion;
  /** Suspends a region: its people (and partner systems) are refused within a minute; its data is kept. Platform admin only. */
  suspendRegion: Region;
  /** 组织关系转接: one transaction with both units' member counts. */
  transferMember: Member;
  /** Moves a project to `to`; refused, naming the state, when the move is not allowed from where it stands or not to the caller. */
  transitionProject: Project;
  /** Ends a lock after failed sign-ins (the count starts again). The platform admin may unlock region admins. */
  unlockAccount: Account;
  /** The secretariat withdraws it: it disappears from the public page at once. */
  unpublish: Publication;
  updateMeeting: Meeting;
  updateMember: Member;
  /** A member corrects its own phone (a member's token). */
  updateMyPhone: Member;
  updateNeed: Need;
  updatePost: Post;
  /** Renames a region. Platform admin only. */
  updateRegion: Region;
  updateResource: Resource;
  updateSubBody: SubBody;
  updateUnit: Unit;
  /** The secretariat uploads a new version of the charter; it becomes the current one. */
  uploadCharterVersion: CharterVersion;
  /** Reads every version's file from the bucket, hashes it and recomputes the chain; nothing is changed. */
  verifyArchiveDocument: ArchiveVerification;
  /** Before the project starts (IN_PROGRESS); gives back what the claim took. */
  withdrawClaim: Claim;
  /** The unit withdraws what is left of a resource; quantities given to projects stay given. */
  withdrawResource: Resource;
};


export type MutationAcknowledgeResolutionsArgs = {
  input: AcknowledgeResolutionsInput;
};


export type MutationActInRegionArgs = {
  input: ActInRegionInput;
};


export type MutationAddActionItemArgs = {
  input: AddActionItemInput;
};


export type MutationAddAgendaItemArgs = {
  input: AddAgendaItemInput;
};


export type MutationAddArchiveDocumentArgs = {
  input: AddArchiveDocumentInput;
};


export type MutationAddMinutesAddendumArgs = {
  input: AddMinutesAddendumInput;
};


export type MutationAdjustMemberPointsArgs = {
  input: AdjustMemberPointsInput;
};


export type MutationAdoptAgendaProposalArgs = {
  input: AdoptAgendaProposalInput;
};


export type MutationAppointRegionAdminArgs = {
  input: AppointRegionAdminInput;
};


export type MutationApproveMinutesArgs = {
  meetingId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationArchiveMeetingArgs = {
  input: ArchiveMeetingInput;
};


export type MutationAssignLedgerItemArgs = {
  input: AssignLedgerItemInput;
};


export type MutationCancelMeetingArgs = {
  input: ChangeMeetingStatusInput;
};


export type MutationChangeUnitStatusArgs = {
  input: ChangeUnitStatusInput;
};


export type MutationCheckInArgs = {
  code: Scalars['String']['input'];
  meetingId: Scalars['ID']['input'];
};


export type MutationClaimPostArgs = {
  memberId?: InputMaybe<Scalars['ID']['input']>;
  postId: Scalars['ID']['input'];
};


export type MutationClaimProjectArgs = {
  input: ClaimProjectInput;
};


export type MutationClaimProjectSlotArgs = {
  projectId: Scalars['ID']['input'];
};


export type MutationClaimResourceArgs = {
  input: ClaimResourceInput;
};


export type MutationCloseAgendaSolicitationArgs = {
  meetingId: Scalars['ID']['input'];
};


export type MutationCloseNeedArgs = {
  input: CloseNeedInput;
};


export type MutationClosePostArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationConfirmCommunityReportArgs = {
  input: ConfirmCommunityReportInput;
};


export type MutationConfirmServiceHoursArgs = {
  input: ConfirmServiceHoursInput;
};


export type MutationContinueMemberImportArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateAccountArgs = {
  input: CreateAccountInput;
};


export type MutationCreateLiaisonAccountsArgs = {
  input: CreateLiaisonAccountsInput;
};


export type MutationCreateMeetingArgs = {
  input: CreateMeetingInput;
};


export type MutationCreateMemberArgs = {
  input: CreateMemberInput;
};


export type MutationCreateNeedArgs = {
  input: CreateNeedInput;
};


export type MutationCreatePairingArgs = {
  input: CreatePairingInput;
};


export type MutationCreatePostArgs = {
  input: CreatePostInput;
};


export type MutationCreateProjectFromNeedArgs = {
  input: CreateProjectFromNeedInput;
};


export type MutationCreateRegionArgs = {
  input: CreateRegionInput;
};


export type MutationCreateResourceArgs = {
  input: CreateResourceInput;
};


export type MutationCreateSubBodyArgs = {
  input: CreateSubBodyInput;
};


export type MutationCreateUnitArgs = {
  input: CreateUnitInput;
};


export type MutationCreateUploadUrlArgs = {
  input: CreateUploadInput;
};


export type MutationDeclineLedgerItemArgs = {
  input: DeclineLedgerItemInput;
};


export type MutationDeleteAccountArgs = {
  input: AccountChangeInput;
};


export type MutationDeleteArchiveDocumentArgs = {
  input: ArchiveDocumentChangeInput;
};


export type MutationDeleteUnitArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationDisableAccountArgs = {
  input: AccountChangeInput;
};


export type MutationEnableAccountArgs = {
  input: AccountChangeInput;
};


export type MutationEndActInRegionArgs = {
  regionId: Scalars['ID']['input'];
};


export type MutationEndCommunityReportArgs = {
  input: EndCommunityReportInput;
};


export type MutationEndOfficerTermArgs = {
  input: EndOfficerTermInput;
};


export type MutationEndPairingArgs = {
  input: EndPairingInput;
};


export type MutationExportCommunityReportsArgs = {
  memberUnitId: Scalars['ID']['input'];
  status?: InputMaybe<CommunityReportStatus>;
};


export type MutationExportMembersArgs = {
  filter?: InputMaybe<MemberFilter>;
  sheetPerUnit?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationExportNeedsArgs = {
  filter: NeedFilter;
};


export type MutationExportProjectsArgs = {
  filter: ProjectFilter;
};


export type MutationExportResourcesArgs = {
  filter: ResourceFilter;
};


export type MutationExportTrainingStatusArgs = {
  onlyShort?: InputMaybe<Scalars['Boolean']['input']>;
  unitId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type MutationFileRepresentativeChangeArgs = {
  input: FileRepresentativeChangeInput;
};


export type MutationImportNeedsArgs = {
  input: ImportNeedsInput;
};


export type MutationLeavePostArgs = {
  memberId?: InputMaybe<Scalars['ID']['input']>;
  postId: Scalars['ID']['input'];
};


export type MutationLiaisonAccountsHandoutArgs = {
  handoutId: Scalars['ID']['input'];
};


export type MutationLogServiceHoursArgs = {
  input: LogServiceHoursInput;
};


export type MutationLogTrainingArgs = {
  input: LogTrainingInput;
};


export type MutationMarkMeetingHeldArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationMarkNotificationsReadArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationMeetingCalendarArgs = {
  meetingId: Scalars['ID']['input'];
};


export type MutationMeetingDocumentArgs = {
  kind: MeetingDocumentKind;
  meetingId: Scalars['ID']['input'];
};


export type MutationMeetingFollowUpSummaryArgs = {
  input: MeetingFollowUpSummaryInput;
};


export type MutationOpenAgendaSolicitationArgs = {
  input: OpenAgendaSolicitationInput;
};


export type MutationPostponeMeetingArgs = {
  input: PostponeMeetingInput;
};


export type MutationPreviewMemberImportArgs = {
  input: PreviewMemberImportInput;
};


export type MutationPreviewNeedImportArgs = {
  input: PreviewNeedImportInput;
};


export type MutationPublishArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRaiseLedgerItemArgs = {
  input: RaiseLedgerItemInput;
};


export type MutationRateProjectArgs = {
  input: RateProjectInput;
};


export type MutationRebindAccountArgs = {
  input: RebindAccountInput;
};


export type MutationRecomputePointsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


export type MutationRecordAttendanceArgs = {
  input: RecordAttendanceInput;
};


export type MutationRecordConsensusArgs = {
  input: RecordConsensusInput;
};


export type MutationRecordConsensusForAllArgs = {
  agendaItemId: Scalars['ID']['input'];
  meetingId: Scalars['ID']['input'];
};


export type MutationRegisterPartnerClientArgs = {
  input: RegisterPartnerClientInput;
};


export type MutationRegisterUnitArgs = {
  input: RegisterUnitInput;
};


export type MutationReinstateRegionArgs = {
  input: RegionChangeInput;
};


export type MutationRemoveAgendaItemArgs = {
  itemId: Scalars['ID']['input'];
  meetingId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRemoveMemberArgs = {
  input: RemoveMemberInput;
};


export type MutationReopenLedgerItemArgs = {
  input: ReopenLedgerItemInput;
};


export type MutationReplaceArchiveFileArgs = {
  input: ReplaceArchiveFileInput;
};


export type MutationReplyToAgendaSolicitationArgs = {
  input: ReplyToAgendaSolicitationInput;
};


export type MutationReportActionItemArgs = {
  input: ReportActionItemInput;
};


export type MutationReportLedgerProgressArgs = {
  input: ReportLedgerProgressInput;
};


export type MutationReportProjectProgressArgs = {
  input: ReportProjectProgressInput;
};


export type MutationReportToCommunityArgs = {
  input: ReportToCommunityInput;
};


export type MutationRequestLeaveArgs = {
  input: RequestLeaveInput;
};


export type MutationResetAuthenticatorArgs = {
  input: AccountChangeInput;
};


export type MutationResetPasswordArgs = {
  input: AccountChangeInput;
};


export type MutationResolveLedgerItemArgs = {
  input: ResolveLedgerItemInput;
};


export type MutationRestoreArchiveDocumentArgs = {
  input: ArchiveDocumentChangeInput;
};


export type MutationRevealMemberIdNumberArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokePartnerClientArgs = {
  clientId: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationRotatePartnerClientSecretArgs = {
  clientId: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationSaveMinutesArgs = {
  input: SaveMinutesInput;
};


export type MutationSendMeetingNoticeArgs = {
  input: SendMeetingNoticeInput;
};


export type MutationSetCouncilTermArgs = {
  input: SetCouncilTermInput;
};


export type MutationSetEngagementRulesArgs = {
  input: SetEngagementRulesInput;
};


export type MutationSetEvaluationGradeArgs = {
  input: SetEvaluationGradeInput;
};


export type MutationSetListSettingsArgs = {
  input: SetListSettingsInput;
};


export type MutationSetMeetingCadenceArgs = {
  input: SetMeetingCadenceInput;
};


export type MutationSetMeetingReminderOffsetsArgs = {
  offsetsMinutes: Array<Scalars['Int']['input']>;
};


export type MutationSetOfficerArgs = {
  input: SetOfficerInput;
};


export type MutationSignOffLedgerItemArgs = {
  input: SignOffLedgerItemInput;
};


export type MutationSubmitOpinionArgs = {
  input: SubmitOpinionInput;
};


export type MutationSuspendRegionArgs = {
  input: SuspendRegionInput;
};


export type MutationTransferMemberArgs = {
  input: TransferMemberInput;
};


export type MutationTransitionProjectArgs = {
  input: TransitionProjectInput;
};


export type MutationUnlockAccountArgs = {
  input: AccountChangeInput;
};


export type MutationUnpublishArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateMeetingArgs = {
  input: UpdateMeetingInput;
};


export type MutationUpdateMemberArgs = {
  input: UpdateMemberInput;
};


export type MutationUpdateMyPhoneArgs = {
  phone?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationUpdateNeedArgs = {
  input: UpdateNeedInput;
};


export type MutationUpdatePostArgs = {
  input: UpdatePostInput;
};


export type MutationUpdateRegionArgs = {
  input: UpdateRegionInput;
};


export type MutationUpdateResourceArgs = {
  input: UpdateResourceInput;
};


export type MutationUpdateSubBodyArgs = {
  input: UpdateSubBodyInput;
};


export type MutationUpdateUnitArgs = {
  input: UpdateUnitInput;
};


export type MutationUploadCharterVersionArgs = {
  input: UploadCharterVersionInput;
};


export type MutationVerifyArchiveDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationWithdrawClaimArgs = {
  claimId: Scalars['ID']['input'];
};


export type MutationWithdrawResourceArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** A resident need (需求清单 entry), collected by a community organisation for a year. */
export type Need = {
  __typename?: 'Need';
  /** One of the region's categories (needCategories): 养老, 助残, 托幼 … */
  category: Scalars['String']['output'];
  communityUnit?: Maybe<Unit>;
  /** The community (村/社区) that collected it. */
  communityUnitId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  project?: Maybe<Project>;
  /** The project it is in (IN_PROJECT, MET). */
  projectId?: Maybe<Scalars['ID']['output']>;
  /** Set while published (公示). */
  publication?: Maybe<Publication>;
  /** Who raised it, in words (a resident group, grid 3, a member's name as the community writes it). */
  raisedBy?: Maybe<Scalars['String']['output']>;
  source: NeedSource;
  status: NeedStatus;
  /** The reason it was not taken up. */
  statusReason?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  urgency: NeedUrgency;
  version: Scalars['Int']['output'];
  /** When the need should be met, if it has dates: resources suggested for it must be available then. */
  wantedFrom?: Maybe<Scalars['Date']['output']>;
  wantedUntil?: Maybe<Scalars['Date']['output']>;
  year: Scalars['Int']['output'];
};

export type NeedCategoryCount = {
  __typename?: 'NeedCategoryCount';
  category: Scalars['String']['output'];
  count: Scalars['Int']['output'];
};

export type NeedConnection = {
  __typename?: 'NeedConnection';
  edges: Array<NeedEdge>;
  pageInfo: PageInfo;
};

export type NeedEdge = {
  __typename?: 'NeedEdge';
  cursor: Scalars['String']['output'];
  node: Need;
};

/** A year's needs by status and category. */
export type NeedFigures = {
  __typename?: 'NeedFigures';
  /** Categories that occur, most needs first. */
  byCategory: Array<NeedCategoryCount>;
  byStatus: Array<NeedStatusCount>;
  total: Scalars['Int']['output'];
};

/** A year's needs, newest first. Filters combine. */
export type NeedFilter = {
  category?: InputMaybe<Scalars['String']['input']>;
  communityUnitId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<NeedStatus>;
  year: Scalars['Int']['input'];
};

/** A problem of one cell of a needs file. */
export type NeedImportError = {
  __typename?: 'NeedImportError';
  /** The column's header as the file writes it. */
  column: Scalars['String']['output'];
  message: Scalars['String']['output'];
  rowNumber: Scalars['Int']['output'];
};

/** What importing a needs file would do. Nothing is written by the preview; the upload stays for importNeeds. */
export type NeedImportPreview = {
  __typename?: 'NeedImportPreview';
  alreadyListed: Scalars['Int']['output'];
  errorCount: Scalars['Int']['output'];
  /** The first 500 errors, in row order. */
  errors: Array<NeedImportError>;
  fileName: Scalars['String']['output'];
  /** Where the header was found (title rows above it are skipped). */
  headerRowNumber: Scalars['Int']['output'];
  /** Rows with at least one error. */
  invalidRows: Scalars['Int']['output'];
  /** Rows below the header with something in them: toImport + alreadyListed + invalidRows. */
  rows: Scalars['Int']['output'];
  /** The first 20 valid rows as read. */
  sample: Array<NeedImportRow>;
  toImport: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** What an import did. */
export type NeedImportResult = {
  __typename?: 'NeedImportResult';
  /** Rows whose need was on the list already (or written by another import of the same file meanwhile): not created again. */
  alreadyListed: Scalars['Int']['output'];
  created: Scalars['Int']['output'];
  errorCount: Scalars['Int']['output'];
  /** Rows with errors, skipped (skipInvalid). */
  invalidRows: Scalars['Int']['output'];
};

/** A row of a needs file as it would be imported. */
export type NeedImportRow = {
  __typename?: 'NeedImportRow';
  /** A need of this title is on the community's list for the year already (titles compared ignoring width, case and spacing): not imported again. */
  alreadyListed: Scalars['Boolean']['output'];
  category: Scalars['String']['output'];
  /** The community as the region names it. */
  communityName: Scalars['String']['output'];
  communityUnitId: Scalars['ID']['output'];
  description?: Maybe<Scalars['String']['output']>;
  raisedBy?: Maybe<Scalars['String']['output']>;
  /** The row number the sheet shows. */
  rowNumber: Scalars['Int']['output'];
  source: NeedSource;
  title: Scalars['String']['output'];
  urgency: NeedUrgency;
  wantedFrom?: Maybe<Scalars['Date']['output']>;
  wantedUntil?: Maybe<Scalars['Date']['output']>;
};

/** Who raised a need (需求来源). */
export type NeedSource =
  /** 网格 (a grid of the community) */
  | 'GRID'
  /** 党员 */
  | 'MEMBER'
  /** 其他 */
  | 'OTHER'
  /** 居民群众 */
  | 'RESIDENTS'
  /** 驻区单位 */
  | 'UNIT';

/** Where a need stands. COLLECTED → IN_PROJECT (createProjectFromNeed) → MET (its project accepted); back to COLLECTED when its project is rejected or cancelled; NOT_TAKEN_UP when closed without a project (closeNeed, with a reason). */
export type NeedStatus =
  /** 已征集 */
  | 'COLLECTED'
  /** 已立项 */
  | 'IN_PROJECT'
  /** 已解决 */
  | 'MET'
  /** 未采纳 */
  | 'NOT_TAKEN_UP';

export type NeedStatusCount = {
  __typename?: 'NeedStatusCount';
  count: Scalars['Int']['output'];
  status: NeedStatus;
};

/** How urgent a need is. */
export type NeedUrgency =
  /** 一般 */
  | 'NORMAL'
  /** 较急 */
  | 'PRESSING'
  /** 紧急 */
  | 'URGENT';

export type Notification = {
  __typename?: 'Notification';
  body: Scalars['String']['output'];
  /** When it became due (was delivered in-app). */
  dueAt: Scalars['DateTime']['output'];
  /** Stable: the meeting, the kind and the moment. */
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  meetingId: Scalars['ID']['output'];
  read: Scalars['Boolean']['output'];
  title: Scalars['String']['output'];
};

export type NotificationFeed = {
  __typename?: 'NotificationFeed';
  /** Newest first. */
  items: Array<Notification>;
  unreadCount: Scalars['Int']['output'];
};

export type NotificationKind =
  /** 会议取消 */
  | 'MEETING_CANCELLED'
  /** 会议通知 */
  | 'MEETING_NOTICE'
  /** 会议延期 */
  | 'MEETING_POSTPONED'
  /** 会议提醒 (at one of the region's offsets before the start) */
  | 'MEETING_REMINDER';

/** A person holding (or who held) a post of the alliance, from a member unit. */
export type Officer = {
  __typename?: 'Officer';
  createdAt: Scalars['DateTime']['output'];
  /** Holding the post now (until replaced or the term is ended). */
  current: Scalars['Boolean']['output'];
  /** Why the term ended; 由新任接替 when replaced by a new appointment. */
  endReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  personName: Scalars['String']['output'];
  personTitle?: Maybe<Scalars['String']['output']>;
  post: OfficerPost;
  /** The planned end while current; the day the term ended once past. */
  termEnd?: Maybe<Scalars['Date']['output']>;
  termStart: Scalars['Date']['output'];
  unit?: Maybe<Unit>;
  unitId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type OfficerPost =
  /** 常务副会长 (one) */
  | 'EXECUTIVE_VICE_PRESIDENT'
  /** 会长 (one) */
  | 'PRESIDENT'
  /** 执行副会长 (one, yearly, by consultation: 002 art.13(6)) */
  | 'ROTATING_VICE_PRESIDENT'
  /** 秘书长 (one) */
  | 'SECRETARY_GENERAL'
  /** 副会长 (several) */
  | 'VICE_PRESIDENT';

export type OpenAgendaSolicitationInput = {
  /** Replies are taken until then; no later than the meeting's start. */
  closesAt: Scalars['DateTime']['input'];
  meetingId: Scalars['ID']['input'];
  /** What is asked (征集内容). */
  question: Scalars['String']['input'];
  /** Units asked, each invited to the meeting; default: every invited unit. */
  unitIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Stable addresses of a published list as open data (UTF-8 CSV with BOM, and .xlsx). */
export type OpenDataLinks = {
  __typename?: 'OpenDataLinks';
  csv: Scalars['String']['output'];
  xlsx: Scalars['String']['output'];
};

export type OpenDataList = {
  __typename?: 'OpenDataList';
  links: OpenDataLinks;
  type: PublishableType;
  year: Scalars['Int']['output'];
};

/** Organisation level (组织层级). */
export type OrgLevel =
  /** 党支部 */
  | 'BRANCH'
  /** 党委 */
  | 'COMMITTEE'
  /** 党总支 */
  | 'GENERAL_BRANCH'
  /** 网格党支部 */
  | 'GRID_BRANCH'
  /** 党小组 */
  | 'GROUP'
  /** 联合党支部 */
  | 'JOINT_BRANCH';

/** Cursor paging information (Relay connection spec). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to read the next page; null when this page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items may follow. A filtered list can end on an empty last page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A co-building pairing (结对共建, 000 art.12) between a unit and a village or community, under a 共驻共建协议书. */
export type Pairing = {
  __typename?: 'Pairing';
  /** The signed agreement (协议书). */
  agreement?: Maybe<ArchiveFile>;
  /** The village or community it pairs with. */
  community: Unit;
  /** What the two sides agreed to do together. */
  content: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  endReason?: Maybe<Scalars['String']['output']>;
  endedOn?: Maybe<Scalars['Date']['output']>;
  endsOn?: Maybe<Scalars['Date']['output']>;
  /** The term's end date has passed while the pairing is still active. */
  expired: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Agreement term. */
  startsOn: Scalars['Date']['output'];
  status: PairingStatus;
  /** The unit that pairs (成员单位). */
  unit: Unit;
  version: Scalars['Int']['output'];
};

export type PairingConnection = {
  __typename?: 'PairingConnection';
  edges: Array<PairingEdge>;
  pageInfo: PageInfo;
};

export type PairingEdge = {
  __typename?: 'PairingEdge';
  cursor: Scalars['String']['output'];
  node: Pairing;
};

export type PairingStatus =
  | 'ACTIVE'
  | 'ENDED';

/**
 * A partner system (合作系统: a mobile app's or mini-program's back end, another government system) registered by the
 * platform admin for one region. It signs in with client credentials (client id and secret) and acts in that region.
 */
export type PartnerClient = {
  __typename?: 'PartnerClient';
  /** The identity provider's client id (the Cognito app client's, or the local issuer's). */
  clientId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  name: Scalars['String']['output'];
  regionId: Scalars['ID']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Of gongjian/public.read and gongjian/member.act. */
  scopes: Array<Scalars['String']['output']>;
  /** The last secret rotation (the registration until the first). */
  secretRotatedAt: Scalars['DateTime']['output'];
  state: PartnerClientState;
  version: Scalars['Int']['output'];
};

export type PartnerClientConnection = {
  __typename?: 'PartnerClientConnection';
  edges: Array<PartnerClientEdge>;
  pageInfo: PageInfo;
};

export type PartnerClientEdge = {
  __typename?: 'PartnerClientEdge';
  cursor: Scalars['String']['output'];
  node: PartnerClient;
};

/** Whether a partner system's tokens are accepted. */
export type PartnerClientState =
  /** Its tokens act in its region. */
  | 'ACTIVE'
  /** Stopped: no new tokens; tokens already issued are refused by the API within a minute. */
  | 'REVOKED';

/** A client just registered, or its secret just rotated: the secret is shown this once and kept nowhere by the platform. */
export type PartnerClientWithSecret = {
  __typename?: 'PartnerClientWithSecret';
  client: PartnerClient;
  clientSecret: Scalars['String']['output'];
};

/** One line of the points ledger (积分台账): never edited; a correction is a new line. */
export type PointsEntry = {
  __typename?: 'PointsEntry';
  /** Hours, months or meetings counted. */
  basis?: Maybe<Scalars['Float']['output']>;
  /** For RECOMPUTE: the kind of the line it corrects. */
  correcting?: Maybe<PointsKind>;
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: PointsKind;
  points: Scalars['Float']['output'];
  reason: Scalars['String']['output'];
  rulesVersion: Scalars['Int']['output'];
  /** The service record, training, post or meeting the points come from. */
  sourceId?: Maybe<Scalars['ID']['output']>;
};

export type PointsEntryConnection = {
  __typename?: 'PointsEntryConnection';
  edges: Array<PointsEntryEdge>;
  pageInfo: PageInfo;
};

export type PointsEntryEdge = {
  __typename?: 'PointsEntryEdge';
  cursor: Scalars['String']['output'];
  node: PointsEntry;
};

export type PointsKind =
  /** 加减分 */
  | 'ADJUSTMENT'
  /** 参加会议 */
  | 'MEETING'
  /** 认岗履职 */
  | 'POST'
  /** 规则调整重算 */
  | 'RECOMPUTE'
  /** 志愿服务 */
  | 'SERVICE'
  /** 学习培训 */
  | 'TRAINING';

/** One step of a recompute: call again with `after` until `done`. */
export type PointsRecompute = {
  __typename?: 'PointsRecompute';
  after?: Maybe<Scalars['String']['output']>;
  /** Correction lines written in this step. */
  corrected: Scalars['Int']['output'];
  done: Scalars['Boolean']['output'];
  /** Members walked in this step. */
  processed: Scalars['Int']['output'];
  rulesVersion: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** A post (岗位) a community defines for members to take on (设岗定责): environment and hygiene supervision, public facilities, greening, culture … */
export type Post = {
  __typename?: 'Post';
  /** How many members may hold it at once; never exceeded. */
  capacity: Scalars['Int']['output'];
  community?: Maybe<Unit>;
  communityUnitId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  duties?: Maybe<Scalars['String']['output']>;
  endsOn?: Maybe<Scalars['Date']['output']>;
  holderCount: Scalars['Int']['output'];
  /** Who holds it now (the community and the secretariat see names; others the count). */
  holders: Array<PostHolder>;
  id: Scalars['ID']['output'];
  startsOn?: Maybe<Scalars['Date']['output']>;
  status: PostStatus;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type PostConnection = {
  __typename?: 'PostConnection';
  edges: Array<PostEdge>;
  pageInfo: PageInfo;
};

export type PostEdge = {
  __typename?: 'PostEdge';
  cursor: Scalars['String']['output'];
  node: Post;
};

/** A member holding a post (认岗). */
export type PostHolder = {
  __typename?: 'PostHolder';
  claimedAt: Scalars['DateTime']['output'];
  member?: Maybe<Member>;
  memberId: Scalars['ID']['output'];
  memberName: Scalars['String']['output'];
  post?: Maybe<Post>;
};

/** OPEN while members may claim it; CLOSED by the community (its holders leave it). */
export type PostStatus =
  /** 已关闭 */
  | 'CLOSED'
  /** 开放 */
  | 'OPEN';

export type PostponeMeetingInput = {
  endsAt: Scalars['DateTime']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  startsAt: Scalars['DateTime']['input'];
  version: Scalars['Int']['input'];
};

/** Either a new upload (an .xlsx via createUploadUrl), or an earlier preview to check again with another header row or column mapping. */
export type PreviewMemberImportInput = {
  /** Columns to map otherwise than their header says. */
  columns?: InputMaybe<Array<MemberImportColumnInput>>;
  /** The header's row number (1 = the sheet's first row), when the one found is wrong. */
  headerRowNumber?: InputMaybe<Scalars['Int']['input']>;
  importId?: InputMaybe<Scalars['ID']['input']>;
  uploadId?: InputMaybe<Scalars['ID']['input']>;
};

export type PreviewNeedImportInput = {
  /** An .xlsx announced by createUploadUrl and uploaded: the template or the community's own list (header under title rows; 需求/需求名称, 类别, 社区/征集社区 … recognised). At most 2,000 rows. */
  uploadId: Scalars['ID']['input'];
  /** The year the needs are collected for. */
  year: Scalars['Int']['input'];
};

/** A co-building project (项目清单 / 服务清单 entry). */
export type Project = {
  __typename?: 'Project';
  /** The acceptance record (验收意见), once ACCEPTED. */
  acceptanceNote?: Maybe<Scalars['String']['output']>;
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  allowedActions: Array<ProjectAction>;
  /** Budget in yuan. */
  budget?: Maybe<Scalars['Int']['output']>;
  /** How units claimed it (null: not yet claimed). */
  claimMode?: Maybe<ClaimMode>;
  /** Until this instant only units paired with the community may claim; then the claiming hall (认领大厅) is open to all. */
  claimWindowEndsAt?: Maybe<Scalars['DateTime']['output']>;
  /** Active claims: responsible units, resources taken, volunteer places. One read of the project's own claims: ask it of one project (its page), not of every row of a list. */
  claims: Array<Claim>;
  communityUnit?: Maybe<Unit>;
  /** The community the needs came from. */
  communityUnitId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** The lifecycle moves, oldest first. */
  history: Array<ProjectEvent>;
  id: Scalars['ID']['output'];
  leadUnit?: Maybe<Unit>;
  /** The lead or sole responsible unit. */
  leadUnitId?: Maybe<Scalars['ID']['output']>;
  /** The needs it meets. */
  needIds: Array<Scalars['ID']['output']>;
  needs: Array<Need>;
  overdue: Scalars['Boolean']['output'];
  /** Progress reports (进展) with their photos and files, newest first. */
  progress: ProjectProgressConnection;
  publication?: Maybe<Publication>;
  /** Residents' ratings (1–5) once accepted: the average (one decimal; null before any) and how many. */
  rating: ProjectRatingSummary;
  /** The ratings with their comments, newest first. */
  ratings: ProjectRatingConnection;
  slotsTaken: Scalars['Int']['output'];
  startsOn?: Maybe<Scalars['Date']['output']>;
  status: ProjectStatus;
  /** Why it was rejected or cancelled. */
  statusReason?: Maybe<Scalars['String']['output']>;
  /** 目标完成日期: past it and not accepted, the project is overdue. */
  targetOn?: Maybe<Scalars['Date']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  /** Volunteer places members may claim (0: none). */
  volunteerSlots: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};


/** A co-building project (项目清单 / 服务清单 entry). */
export type ProjectProgressArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A co-building project (项目清单 / 服务清单 entry). */
export type ProjectRatingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What the caller may do next with a project (its state, the caller's role, the claim window). */
export type ProjectAction =
  | 'ACCEPT'
  | 'APPROVE'
  | 'CANCEL'
  | 'CLAIM'
  | 'REJECT'
  | 'REPORT_PROGRESS'
  | 'START';

export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  edges: Array<ProjectEdge>;
  pageInfo: PageInfo;
};

export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  cursor: Scalars['String']['output'];
  node: Project;
};

/** A move of a project's lifecycle (progress reports are in `progress`, claims in `claims`). */
export type ProjectEvent = {
  __typename?: 'ProjectEvent';
  /** The status moved to (SUBMITTED, APPROVED …). */
  action: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  by: Scalars['String']['output'];
  from?: Maybe<ProjectStatus>;
  note?: Maybe<Scalars['String']['output']>;
  to?: Maybe<ProjectStatus>;
};

export type ProjectFigures = {
  __typename?: 'ProjectFigures';
  /** The budgets of the year's projects in yuan, rejected and cancelled ones left out. */
  budget: Scalars['Int']['output'];
  byStatus: Array<ProjectStatusCount>;
  total: Scalars['Int']['output'];
};

/** A year's projects, newest first. Filters combine. */
export type ProjectFilter = {
  /** Only projects past their target date and not accepted, rejected or cancelled. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<ProjectStatus>;
  /** Projects this unit claimed (responsibility or resources). */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};

/** A progress report (进展) while a project is carried out. */
export type ProjectProgress = {
  __typename?: 'ProjectProgress';
  at: Scalars['DateTime']['output'];
  by: Scalars['String']['output'];
  files: Array<ArchiveFile>;
  id: Scalars['ID']['output'];
  note: Scalars['String']['output'];
  /** The responsible unit it reported for (null: the secretariat). */
  unit?: Maybe<Unit>;
};

export type ProjectProgressConnection = {
  __typename?: 'ProjectProgressConnection';
  edges: Array<ProjectProgressEdge>;
  pageInfo: PageInfo;
};

export type ProjectProgressEdge = {
  __typename?: 'ProjectProgressEdge';
  cursor: Scalars['String']['output'];
  node: ProjectProgress;
};

/** A resident's rating of an accepted project. */
export type ProjectRating = {
  __typename?: 'ProjectRating';
  /** Entered by the community (or the secretariat) on a resident's behalf, e.g. from a paper form. */
  byCommunity: Scalars['Boolean']['output'];
  comment?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  score: Scalars['Int']['output'];
};

export type ProjectRatingConnection = {
  __typename?: 'ProjectRatingConnection';
  edges: Array<ProjectRatingEdge>;
  pageInfo: PageInfo;
};

export type ProjectRatingEdge = {
  __typename?: 'ProjectRatingEdge';
  cursor: Scalars['String']['output'];
  node: ProjectRating;
};

export type ProjectRatingSummary = {
  __typename?: 'ProjectRatingSummary';
  average?: Maybe<Scalars['Float']['output']>;
  count: Scalars['Int']['output'];
};

/**
 * A project's lifecycle (002 art.20–21, 工程化运作): SUBMITTED 申报 → APPROVED 核准 → IN_PROGRESS 实施 → ACCEPTED 验收;
 * REJECTED 驳回 from SUBMITTED; CANCELLED 撤销 from SUBMITTED, APPROVED or IN_PROGRESS.
 */
export type ProjectStatus =
  /** 验收 */
  | 'ACCEPTED'
  /** 核准 */
  | 'APPROVED'
  /** 撤销 */
  | 'CANCELLED'
  /** 实施 */
  | 'IN_PROGRESS'
  /** 驳回 */
  | 'REJECTED'
  /** 申报 */
  | 'SUBMITTED';

export type ProjectStatusCount = {
  __typename?: 'ProjectStatusCount';
  count: Scalars['Int']['output'];
  status: ProjectStatus;
};

/** A photo or file of a published project's progress: a download link valid for a while. */
export type PublicFile = {
  __typename?: 'PublicFile';
  contentType: Scalars['String']['output'];
  name: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

/** A published need, as residents read it. */
export type PublicNeed = {
  __typename?: 'PublicNeed';
  category: Scalars['String']['output'];
  communityName: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  publishedAt: Scalars['DateTime']['output'];
  status: NeedStatus;
  title: Scalars['String']['output'];
  wantedFrom?: Maybe<Scalars['Date']['output']>;
  wantedUntil?: Maybe<Scalars['Date']['output']>;
  year: Scalars['Int']['output'];
};

export type PublicNeedConnection = {
  __typename?: 'PublicNeedConnection';
  edges: Array<PublicNeedEdge>;
  pageInfo: PageInfo;
};

export type PublicNeedEdge = {
  __typename?: 'PublicNeedEdge';
  cursor: Scalars['String']['output'];
  node: PublicNeed;
};

/** A progress report of a published project: what was done and its photos, not who wrote it. */
export type PublicProgress = {
  __typename?: 'PublicProgress';
  at: Scalars['DateTime']['output'];
  files: Array<PublicFile>;
  note: Scalars['String']['output'];
};

/** A published project, as residents read it. */
export type PublicProject = {
  __typename?: 'PublicProject';
  acceptanceNote?: Maybe<Scalars['String']['output']>;
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  communityName: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The latest progress reports, newest first (at most 20). */
  progress: Array<PublicProgress>;
  publishedAt: Scalars['DateTime']['output'];
  rating: ProjectRatingSummary;
  slotsTaken: Scalars['Int']['output'];
  startsOn?: Maybe<Scalars['Date']['output']>;
  status: ProjectStatus;
  targetOn?: Maybe<Scalars['Date']['output']>;
  title: Scalars['String']['output'];
  /** Units responsible (责任单位), the lead first. */
  unitNames: Array<Scalars['String']['output']>;
  volunteerSlots: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type PublicProjectConnection = {
  __typename?: 'PublicProjectConnection';
  edges: Array<PublicProjectEdge>;
  pageInfo: PageInfo;
};

export type PublicProjectEdge = {
  __typename?: 'PublicProjectEdge';
  cursor: Scalars['String']['output'];
  node: PublicProject;
};

/** What anyone may read of a region. */
export type PublicRegion = {
  __typename?: 'PublicRegion';
  id: Scalars['ID']['output'];
  level: RegionLevel;
  name: Scalars['String']['output'];
  /** This year's (or `year`'s) published needs, newest published first; `search` matches the title. */
  needs: PublicNeedConnection;
  /** Where each published list of the year is downloadable. */
  openData: Array<OpenDataList>;
  /** One published project (the QR code on the notice board leads here). */
  project?: Maybe<PublicProject>;
  projects: PublicProjectConnection;
  /** The year's published resolutions of approved meetings (by the meeting's year), newest published first; `search` matches the title. */
  resolutions: PublicResolutionConnection;
  resources: PublicResourceConnection;
};


/** What anyone may read of a region. */
export type PublicRegionNeedsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** What anyone may read of a region. */
export type PublicRegionOpenDataArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** What anyone may read of a region. */
export type PublicRegionProjectArgs = {
  id: Scalars['ID']['input'];
};


/** What anyone may read of a region. */
export type PublicRegionProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** What anyone may read of a region. */
export type PublicRegionResolutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** What anyone may read of a region. */
export type PublicRegionResourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A published resolution (决议公开), as residents read it: what was decided and at which meeting — no person (chair,
 * recorder, attendees, delegates) and no unit's reserved view.
 */
export type PublicResolution = {
  __typename?: 'PublicResolution';
  adoptedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The meeting's day in China. */
  meetingDate: Scalars['Date']['output'];
  meetingKind: MeetingKind;
  /** 会议类别 in words (党建联席会议, 理事会, …). */
  meetingKindLabel: Scalars['String']['output'];
  meetingTitle: Scalars['String']['output'];
  /** `{meeting date}-{item order}`, e.g. 2026-12-20-2 */
  number: Scalars['String']['output'];
  publishedAt: Scalars['DateTime']['output'];
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

export type PublicResolutionConnection = {
  __typename?: 'PublicResolutionConnection';
  edges: Array<PublicResolutionEdge>;
  pageInfo: PageInfo;
};

export type PublicResolutionEdge = {
  __typename?: 'PublicResolutionEdge';
  cursor: Scalars['String']['output'];
  node: PublicResolution;
};

/** A published resource, as residents read it: no contact person or phone. */
export type PublicResource = {
  __typename?: 'PublicResource';
  availableFrom?: Maybe<Scalars['Date']['output']>;
  availableUntil?: Maybe<Scalars['Date']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  publishedAt: Scalars['DateTime']['output'];
  quantity: Scalars['Int']['output'];
  quantityLeft: Scalars['Int']['output'];
  quantityUnit: Scalars['String']['output'];
  title: Scalars['String']['output'];
  type: ResourceType;
  unitName: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

export type PublicResourceConnection = {
  __typename?: 'PublicResourceConnection';
  edges: Array<PublicResourceEdge>;
  pageInfo: PageInfo;
};

export type PublicResourceEdge = {
  __typename?: 'PublicResourceEdge';
  cursor: Scalars['String']['output'];
  node: PublicResource;
};

/** That a record is published (公示): when and by whom. */
export type Publication = {
  __typename?: 'Publication';
  /** A published resolution's meeting (the console links to it); null for the lists' records. */
  meetingId?: Maybe<Scalars['ID']['output']>;
  publishedAt: Scalars['DateTime']['output'];
  publishedBy: Scalars['String']['output'];
  recordId: Scalars['ID']['output'];
  recordType: PublishableType;
  /** The record's title when it was published. */
  title: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

export type PublicationConnection = {
  __typename?: 'PublicationConnection';
  edges: Array<PublicationEdge>;
  pageInfo: PageInfo;
};

export type PublicationEdge = {
  __typename?: 'PublicationEdge';
  cursor: Scalars['String']['output'];
  node: Publication;
};

export type PublishableType =
  | 'NEED'
  | 'PROJECT'
  /** A resolution (决议) of a meeting whose minutes were approved; published under the meeting's year. */
  | 'RESOLUTION'
  | 'RESOURCE';

export type Query = {
  __typename?: 'Query';
  /** One account of the caller's region. */
  account?: Maybe<Account>;
  /** The region's accounts by role then username. Secretariat only. */
  accounts: AccountConnection;
  /** The region's action items by due date (督办), filtered; at most 100 a page. */
  actionItems: ActionItemConnection;
  allianceSettings: AllianceSettings;
  /** A document (a deleted one too, for the region admin; null for a liaison); another unit's is refused. */
  archiveDocument?: Maybe<ArchiveDocument>;
  /** The archive of the caller's region, newest first within a folder. A liaison sees its own unit's documents only. */
  archiveDocuments: ArchiveDocumentConnection;
  /** How many documents each folder holds in a year (the folder tree); with unitId, that unit's. */
  archiveFolders: Array<ArchiveFolderCount>;
  /** A record's audit trail, newest first. */
  auditTrail: AuditEntryConnection;
  /** The caller's calendar subscription; null when it has none. Any person of a region, its own only. */
  calendarFeed?: Maybe<CalendarFeed>;
  /** The region's charter (章程): everyone of the region reads it. */
  charter: Charter;
  /** 认领大厅: approved projects of the year the caller's unit may claim now (a region admin sees every approved one). */
  claimableProjects: ProjectConnection;
  communityReport?: Maybe<CommunityReport>;
  /** Reports, newest first: a community's (its liaison: its own), a unit's members' (its liaison: its own), a member's. At most 100 a page. */
  communityReports: CommunityReportConnection;
  /** The region admin's 回收站: deleted documents, newest deletion first (those past 30 days too, no longer restorable). */
  deletedArchiveDocuments: ArchiveDocumentConnection;
  engagementRules: EngagementRules;
  /** A unit's members with their grade and community feedback, by name. */
  evaluationGrid: EvaluationRowConnection;
  ledgerItem?: Maybe<LedgerItem>;
  /** The secretariat: every item; a liaison: the items its unit raised or handles. */
  ledgerItems: LedgerItemConnection;
  ledgerYear: LedgerYear;
  /** The region's settings of the lists (the defaults until the secretariat sets its own). */
  listSettings: ListSettings;
  /** The year view (年度清单概况). */
  listYear: ListYear;
  meeting?: Maybe<Meeting>;
  /** Every kind with the region's rule (defaults from 001/002/003 until changed) and whether it is overdue. */
  meetingCadence: Array<MeetingCadence>;
  /** The region's reminder offsets, minutes before a meeting's start, largest first (the secretariat). */
  meetingReminderOffsets: Array<Scalars['Int']['output']>;
  /** The region's meetings by start time, earliest first; at most 100 a page. */
  meetings: MeetingConnection;
  member?: Maybe<Member>;
  memberImport?: Maybe<MemberImport>;
  /** The roster template (.xlsx): Chinese headers, drop-downs for the enums and the region's units. */
  memberImportTemplate: GeneratedFile;
  /** The region's imports, newest first (an import left half-way is found again here). */
  memberImports: MemberImportConnection;
  memberPoints: MemberPoints;
  /** The region's roster (党员名册) by name (pinyin order); at most 100 a page. */
  members: MemberConnection;
  need?: Maybe<Need>;
  /** The region's need categories (default: 养老, 助残, 托幼, 环境, 文体, 就业, 法律, 医疗, 教育, 治安, 其他). */
  needCategories: Array<Scalars['String']['output']>;
  /** The needs template of a year (需求清单导入模板): categories, urgency, source and the region's communities (a liaison's own) in drop-downs. */
  needImportTemplate: GeneratedFile;
  /** A year's needs; at most 100 a page. */
  needs: NeedConnection;
  /** Current officers by post (会长 first); with includePast, then past ones, latest ended first. */
  officers: Array<Officer>;
  /** A region's partner clients, newest first, revoked ones too. Platform admin only. */
  partnerClients: PartnerClientConnection;
  post?: Maybe<Post>;
  /** A community's posts by title; open ones unless `includeClosed`. */
  posts: PostConnection;
  project?: Maybe<Project>;
  /** A year's projects; at most 100 a page. */
  projects: ProjectConnection;
  /** Published (公示) information of a region, for anyone, signed in or not. Lists and resolutions join it as they are published. */
  publicRegion?: Maybe<PublicRegion>;
  /** The region's published records of a type and year, newest published first (the secretariat's 公示管理). */
  publications: PublicationConnection;
  /** The region's audit trail, newest first. */
  regionAuditTrail: AuditEntryConnection;
  /** Every region of the deployment, newest first. Platform admin only. */
  regions: RegionConnection;
  /** Changes of units' representatives and liaisons (变更备案), newest first. At most 100 a page. */
  representativeChanges: RepresentativeChangeConnection;
  resolution?: Maybe<Resolution>;
  resource?: Maybe<Resource>;
  /** A year's resources; at most 100 a page. */
  resources: ResourceConnection;
  serviceRecords: ServiceRecordConnection;
  /** By name; of one kind or all. At most 100 a page. */
  subBodies: SubBodyConnection;
  subBody?: Maybe<SubBody>;
  /** Resources that could serve a need: available, quantity left, in time, of a fitting type; paired units' first. At most 50. */
  suggestResources: Array<ResourceSuggestion>;
  /** A member's trainings of a year. */
  trainingRecords: TrainingRecordConnection;
  /** A unit's members against their training minimum; `onlyShort` keeps those who fall short (within each page). */
  trainingStatus: TrainingStatusConnection;
  unit?: Maybe<Unit>;
  unitEvaluation: UnitEvaluation;
  /** The region's units to pick from, by name (pinyin order): the secretariat and every unit liaison; at most 100 a page. */
  unitOptions: UnitOptionConnection;
  /** Units of the caller's region by name; at most 100 a page. */
  units: UnitConnection;
  /** The signed-in caller. */
  viewer: Viewer;
};


export type QueryAccountArgs = {
  username: Scalars['ID']['input'];
};


export type QueryAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccountFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryActionItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActionItemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryArchiveDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryArchiveDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: ArchiveFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryArchiveFoldersArgs = {
  unitId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  recordId: Scalars['ID']['input'];
};


export type QueryClaimableProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryCommunityReportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCommunityReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: CommunityReportFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDeletedArchiveDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEngagementRulesArgs = {
  year: Scalars['Int']['input'];
};


export type QueryEvaluationGridArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unitId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryLedgerItemArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLedgerItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: LedgerFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLedgerYearArgs = {
  year: Scalars['Int']['input'];
};


export type QueryListYearArgs = {
  year: Scalars['Int']['input'];
};


export type QueryMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MeetingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMemberArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMemberImportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMemberImportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMemberPointsArgs = {
  memberId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MemberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNeedArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNeedImportTemplateArgs = {
  year: Scalars['Int']['input'];
};


export type QueryNeedsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: NeedFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOfficersArgs = {
  includePast?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryPartnerClientsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  regionId: Scalars['ID']['input'];
};


export type QueryPostArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  communityUnitId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  includeClosed?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: ProjectFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPublicRegionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPublicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  type: PublishableType;
  year: Scalars['Int']['input'];
};


export type QueryRegionAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRegionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRepresentativeChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RepresentativeChangeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryResolutionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryResourceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryResourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: ResourceFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryServiceRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: ServiceRecordFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySubBodiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<SubBodyKind>;
};


export type QuerySubBodyArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySuggestResourcesArgs = {
  needId: Scalars['ID']['input'];
};


export type QueryTrainingRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  memberId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryTrainingStatusArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  onlyShort?: InputMaybe<Scalars['Boolean']['input']>;
  unitId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryUnitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUnitEvaluationArgs = {
  unitId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryUnitOptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UnitOptionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUnitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UnitFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RaiseLedgerItemInput = {
  category?: InputMaybe<Scalars['String']['input']>;
  description: Scalars['String']['input'];
  fileUploadIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: LedgerKind;
  /** The raising unit: a liaison's own; the secretariat names one. */
  raisedByUnitId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

/**
 * A rating of an accepted project. Anonymous (the public entry): `regionId` and `raterKey` (the resident's mobile number
 * or a device id; kept only as a keyed hash) — one rating per rater and project. A member's token rates as the member; a
 * partner relays a resident with `raterKey`; the community's liaison or the secretariat enters a resident's rating on
 * their behalf (`raterKey` optional). Signed-in callers rate in their own region (`regionId` is ignored).
 */
export type RateProjectInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  projectId: Scalars['ID']['input'];
  raterKey?: InputMaybe<Scalars['String']['input']>;
  regionId?: InputMaybe<Scalars['ID']['input']>;
  score: Scalars['Int']['input'];
};

export type RebindAccountInput = {
  /** The unit it speaks for from now on: of the region, not withdrawn, without a liaison account. */
  unitId: Scalars['ID']['input'];
  /** A UNIT_LIAISON account. */
  username: Scalars['ID']['input'];
  /** The version read; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** The resolutions notice's receipts: every invited unit (attending or not) is expected to acknowledge. */
export type ReceiptSummary = {
  __typename?: 'ReceiptSummary';
  acknowledged: Scalars['Int']['output'];
  expected: Scalars['Int']['output'];
  pending: Scalars['Int']['output'];
};

export type RecordAttendanceInput = {
  attendee?: InputMaybe<Scalars['String']['input']>;
  delegate?: InputMaybe<Scalars['String']['input']>;
  late?: InputMaybe<Scalars['Boolean']['input']>;
  leaveReason?: InputMaybe<Scalars['String']['input']>;
  meetingId: Scalars['ID']['input'];
  status: AttendanceStatus;
  unitId: Scalars['ID']['input'];
  /** The attendance's version as read (0 while nothing is recorded). */
  version: Scalars['Int']['input'];
};

export type RecordConsensusInput = {
  agendaItemId: Scalars['ID']['input'];
  meetingId: Scalars['ID']['input'];
  position: ConsensusPosition;
  unitId: Scalars['ID']['input'];
  /** Required for RESERVE and OBJECT. */
  view?: InputMaybe<Scalars['String']['input']>;
};

/** A region (区域): the tenant. One street or township party committee and its alliance. */
export type Region = {
  __typename?: 'Region';
  /** Sign-in accounts of the region's people, maintained on write. */
  accountCount: Scalars['Int']['output'];
  /** Accounts of the region's admins (秘书处). */
  adminCount: Scalars['Int']['output'];
  /** The region's admin accounts (at most 50): the platform admin's view of who runs the region. */
  admins: Array<Account>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** When its people last changed something (recorded at most every 10 minutes); null before any change. */
  lastActivityAt?: Maybe<Scalars['DateTime']['output']>;
  level: RegionLevel;
  /** Members on the region's roster, maintained on write. */
  memberCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** Short, lower-case, unique in the deployment: the region's part of public URLs. Null for a region made before slugs. */
  slug?: Maybe<Scalars['String']['output']>;
  state: RegionState;
  /** The organisation the region reports to (上级党组织). */
  superiorOrganization?: Maybe<Scalars['String']['output']>;
  suspendedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 停用原因 */
  suspendedReason?: Maybe<Scalars['String']['output']>;
  /** Units in the region, maintained on write. */
  unitCount: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Raised by each change of the region's own fields (not by its counts). */
  version: Scalars['Int']['output'];
};

export type RegionChangeInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type RegionConnection = {
  __typename?: 'RegionConnection';
  edges: Array<RegionEdge>;
  pageInfo: PageInfo;
};

export type RegionEdge = {
  __typename?: 'RegionEdge';
  cursor: Scalars['String']['output'];
  node: Region;
};

/** Administrative level of a region (the tenant). */
export type RegionLevel =
  /** 区 */
  | 'DISTRICT'
  /** 街道 */
  | 'STREET'
  /** 乡镇 */
  | 'TOWNSHIP';

/** A suspended region's people cannot sign in or call the API; its data is kept. */
export type RegionState =
  /** 正常 */
  | 'ACTIVE'
  /** 已停用 */
  | 'SUSPENDED';

export type RegisterPartnerClientInput = {
  /** What the system is (shown to the platform admin and in the region's audit trail), up to 50 characters. */
  name: Scalars['String']['input'];
  regionId: Scalars['ID']['input'];
  /** At least one of gongjian/public.read, gongjian/member.act. */
  scopes: Array<Scalars['String']['input']>;
};

export type RegisterUnitInput = {
  /** The community party organisation the unit reports to. */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** An upload (createUploadUrl) holding the signed registration form. */
  formUploadId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** Date on the registration form; not in the future. */
  registeredOn: Scalars['Date']['input'];
  version: Scalars['Int']['input'];
};

/** Registration (报到登记) of a unit with its community party organisation (000 art.10; 001 附件5). */
export type Registration = {
  __typename?: 'Registration';
  /** The community organisation the unit reported to. */
  community?: Maybe<Unit>;
  /** The signed registration form (报到登记表). */
  form?: Maybe<ArchiveFile>;
  note?: Maybe<Scalars['String']['output']>;
  registeredOn: Scalars['Date']['output'];
};

export type RemoveMemberInput = {
  id: Scalars['ID']['input'];
  /** Required for OTHER. */
  note?: InputMaybe<Scalars['String']['input']>;
  reason: MemberRemovalReason;
  /** Date the member left; not in the future. Defaults to today. */
  removedOn?: InputMaybe<Scalars['Date']['input']>;
  version: Scalars['Int']['input'];
};

export type ReopenLedgerItemInput = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

/** A new version of a document's file; the earlier versions stay. */
export type ReplaceArchiveFileInput = {
  id: Scalars['ID']['input'];
  /** Why it is replaced (更正、补充 …). */
  note?: InputMaybe<Scalars['String']['input']>;
  uploadId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type ReplyToAgendaSolicitationInput = {
  meetingId: Scalars['ID']['input'];
  opinion?: InputMaybe<Scalars['String']['input']>;
  proposals?: InputMaybe<Array<AgendaProposalInput>>;
  /** The replying unit: a liaison's own (omitted: its own; another unit is refused). */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  /** The reply's version as read (0: none yet); omitted: the one read now. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type ReportActionItemInput = {
  actionItemId: Scalars['ID']['input'];
  done?: InputMaybe<Scalars['Boolean']['input']>;
  fileUploadIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  text: Scalars['String']['input'];
  /** The reporting unit (a liaison: its own; the secretariat names one). */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type ReportLedgerProgressInput = {
  fileUploadIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};

export type ReportProjectProgressInput = {
  /** Photos and files (createUploadUrl), at most 9. */
  fileUploadIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};

export type ReportToCommunityInput = {
  /** A 村 or 社区 unit of the region. */
  communityUnitId: Scalars['ID']['input'];
  /** Omitted with a member's token: the member itself. A liaison files for its unit's members, the secretariat for any. */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A change of a unit's fixed representative or liaison (a new person: appointed, replaced or removed), recorded by the
 * unit's update itself, to be filed by the secretariat (变更备案, 002 art.25).
 */
export type RepresentativeChange = {
  __typename?: 'RepresentativeChange';
  changedAt: Scalars['DateTime']['output'];
  changedBy: Scalars['String']['output'];
  /** Null while pending (待备案). */
  filedAt?: Maybe<Scalars['DateTime']['output']>;
  filedBy?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Null when the post was cleared. */
  next?: Maybe<UnitPerson>;
  post: RepresentativePost;
  /** Null when the post was empty. Phones are masked for all but region admins. */
  previous?: Maybe<UnitPerson>;
  unit?: Maybe<Unit>;
  unitId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type RepresentativeChangeConnection = {
  __typename?: 'RepresentativeChangeConnection';
  edges: Array<RepresentativeChangeEdge>;
  pageInfo: PageInfo;
};

export type RepresentativeChangeEdge = {
  __typename?: 'RepresentativeChangeEdge';
  cursor: Scalars['String']['output'];
  node: RepresentativeChange;
};

export type RepresentativeChangeFilter = {
  /** false: pending (待备案); true: filed (已备案); absent: both. */
  filed?: InputMaybe<Scalars['Boolean']['input']>;
  /** A liaison reads its own unit's only (the filter is forced to it). */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type RepresentativePost =
  /** 联络员 */
  | 'LIAISON'
  /** 固定代表 */
  | 'REPRESENTATIVE';

export type RequestLeaveInput = {
  /** Who attends instead (optional). */
  delegate?: InputMaybe<Scalars['String']['input']>;
  meetingId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  /** The unit (a liaison: its own; omitted: the caller's). */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type ReservedView = {
  __typename?: 'ReservedView';
  unit?: Maybe<Unit>;
  unitId: Scalars['ID']['output'];
  view: Scalars['String']['output'];
};

/** A resolution (决议): an agenda item's decision reached by consensus, written when the minutes are approved. */
export type Resolution = {
  __typename?: 'Resolution';
  actionItems: Array<ActionItem>;
  adoptedAt: Scalars['DateTime']['output'];
  agendaItemId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  meeting?: Maybe<Meeting>;
  meetingId: Scalars['ID']['output'];
  /** `{meeting date}-{item order}` */
  number: Scalars['String']['output'];
  /** Set while published (公示) on the region's public page. */
  publication?: Maybe<Publication>;
  reservedViews: Array<ReservedView>;
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/**
 * 签收: an invited unit's acknowledgement of receipt of the meeting's resolutions notice (决议通知, sent to every unit in
 * writing). Written once per unit: by its liaison, or by the secretariat on its behalf (代为签收) with a note. A unit
 * that has not acknowledged is pending (acknowledged false, no time).
 */
export type ResolutionReceipt = {
  __typename?: 'ResolutionReceipt';
  acknowledged: Scalars['Boolean']['output'];
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  acknowledgedBy?: Maybe<Scalars['String']['output']>;
  meetingId: Scalars['ID']['output'];
  /** How it was received (e.g. 纸质签收); required when on the unit's behalf. */
  note?: Maybe<Scalars['String']['output']>;
  /** The secretariat acknowledged for the unit (代为签收). */
  onBehalf: Scalars['Boolean']['output'];
  unit?: Maybe<Unit>;
  unitId: Scalars['ID']['output'];
};

export type ResolveLedgerItemInput = {
  fileUploadIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  id: Scalars['ID']['input'];
  /** The result (办理结果) the raising unit signs off. */
  resolution: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

/** A resource a unit offers (资源清单 entry): its quantity serves projects until it is used up. */
export type Resource = {
  __typename?: 'Resource';
  availableFrom?: Maybe<Scalars['Date']['output']>;
  availableUntil?: Maybe<Scalars['Date']['output']>;
  contactName?: Maybe<Scalars['String']['output']>;
  /** Masked (138****1234) except for the region admin and the offering unit's liaison. */
  contactPhone?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  publication?: Maybe<Publication>;
  /** How much is offered, in `quantityUnit` (3 名 volunteer doctors, 200 平方米, 20000 元). */
  quantity: Scalars['Int']['output'];
  /** What projects have not taken yet. */
  quantityLeft: Scalars['Int']['output'];
  quantityUnit: Scalars['String']['output'];
  status: ResourceStatus;
  title: Scalars['String']['output'];
  type: ResourceType;
  unit?: Maybe<Unit>;
  /** The offering unit. */
  unitId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type ResourceConnection = {
  __typename?: 'ResourceConnection';
  edges: Array<ResourceEdge>;
  pageInfo: PageInfo;
};

export type ResourceEdge = {
  __typename?: 'ResourceEdge';
  cursor: Scalars['String']['output'];
  node: Resource;
};

export type ResourceFigures = {
  __typename?: 'ResourceFigures';
  byType: Array<ResourceTypeCount>;
  total: Scalars['Int']['output'];
  /** Withdrawn by their units. */
  withdrawn: Scalars['Int']['output'];
};

/** A year's resources, newest first. Filters combine. */
export type ResourceFilter = {
  status?: InputMaybe<ResourceStatus>;
  type?: InputMaybe<ResourceType>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
  /** Only resources no project has taken anything from yet (and not withdrawn). */
  unused?: InputMaybe<Scalars['Boolean']['input']>;
  year: Scalars['Int']['input'];
};

export type ResourceQuantityInput = {
  quantity: Scalars['Int']['input'];
  resourceId: Scalars['ID']['input'];
};

/** AVAILABLE while some quantity is left; USED_UP when all of it serves projects; WITHDRAWN by its unit (quantity already given to projects stays given). */
export type ResourceStatus =
  /** 可用 */
  | 'AVAILABLE'
  /** 已用完 */
  | 'USED_UP'
  /** 已撤回 */
  | 'WITHDRAWN';

/** A resource suggested for a need, with why it fits. */
export type ResourceSuggestion = {
  __typename?: 'ResourceSuggestion';
  /** The offering unit is paired (结对) with the need's community: such resources come first. */
  paired: Scalars['Boolean']['output'];
  resource: Resource;
  /** The resource's type is one that usually serves the need's category. */
  typeFits: Scalars['Boolean']['output'];
};

/** Kinds of resource: 党建, 行政, 社会, 资金 (001 §3(1)); 场地, 人才, 宣传, 教育, 医疗 (001 附件4 §6). */
export type ResourceType =
  /** 行政资源 */
  | 'ADMINISTRATIVE'
  /** 教育 */
  | 'EDUCATION'
  /** 资金 */
  | 'FUNDS'
  /** 医疗 */
  | 'HEALTH'
  /** 党建资源 */
  | 'PARTY_BUILDING'
  /** 宣传 */
  | 'PUBLICITY'
  /** 社会资源 */
  | 'SOCIAL'
  /** 人才 */
  | 'TALENT'
  /** 场地 */
  | 'VENUE';

export type ResourceTypeCount = {
  __typename?: 'ResourceTypeCount';
  count: Scalars['Int']['output'];
  type: ResourceType;
};

/** Roles of DOMAIN.md (a signed-in person has one or more; a partner system is PARTNER). */
export type Role =
  /** An individual party member (党员). */
  | 'MEMBER'
  /** A partner system (mobile app, mini-program, another government system) signed in with client credentials. */
  | 'PARTNER'
  /** Operator of one deployment: creates regions. */
  | 'PLATFORM_ADMIN'
  /** The alliance secretariat (秘书处): everything in its region. */
  | 'REGION_ADMIN'
  /** A member unit's contact person (联络员). */
  | 'UNIT_LIAISON';

/** A roster column an import fills (党员名册的列). */
export type RosterField =
  | 'BIRTH_DATE'
  | 'CATEGORY'
  /** 居住社区, by the community's name */
  | 'COMMUNITY_NAME'
  | 'GENDER'
  | 'ID_NUMBER'
  | 'JOINED_ON'
  | 'NAME'
  | 'NOTE'
  | 'PHONE'
  | 'ROLES'
  | 'STATUS'
  /** 所在党组织, by the unit's name */
  | 'UNIT_NAME';

export type SaveMinutesInput = {
  agendaItemId: Scalars['ID']['input'];
  decision?: InputMaybe<Scalars['String']['input']>;
  /** New files (createUploadUrl first). */
  fileUploadIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Files kept from the previous version, by name (omitted: every file is kept; an empty list removes them all). */
  keepFileNames?: InputMaybe<Array<Scalars['String']['input']>>;
  meetingId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
  /** The minutes' version as read (0 for the first save). */
  version: Scalars['Int']['input'];
};

export type SendMeetingNoticeInput = {
  /** Required when the notice is sent later than 7 days before the start. */
  lateReason?: InputMaybe<Scalars['String']['input']>;
  meetingId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** A member's volunteer service (志愿服务) in a community. Its hours count once the community confirms it. */
export type ServiceRecord = {
  __typename?: 'ServiceRecord';
  community?: Maybe<Unit>;
  /** Where the member served: this community confirms. */
  communityUnitId: Scalars['ID']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedBy?: Maybe<Scalars['String']['output']>;
  declineReason?: Maybe<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  filedAt: Scalars['DateTime']['output'];
  filedBy: Scalars['String']['output'];
  hours: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  member?: Maybe<Member>;
  memberId: Scalars['ID']['output'];
  memberName: Scalars['String']['output'];
  memberUnit?: Maybe<Unit>;
  memberUnitId: Scalars['ID']['output'];
  place?: Maybe<Scalars['String']['output']>;
  post?: Maybe<Post>;
  postId?: Maybe<Scalars['ID']['output']>;
  projectId?: Maybe<Scalars['ID']['output']>;
  servedOn: Scalars['Date']['output'];
  status: ServiceRecordStatus;
  version: Scalars['Int']['output'];
  /** The year the hours count for. */
  year: Scalars['Int']['output'];
};

export type ServiceRecordConnection = {
  __typename?: 'ServiceRecordConnection';
  edges: Array<ServiceRecordEdge>;
  pageInfo: PageInfo;
};

export type ServiceRecordEdge = {
  __typename?: 'ServiceRecordEdge';
  cursor: Scalars['String']['output'];
  node: ServiceRecord;
};

/** Exactly one of communityUnitId (its records to confirm), memberUnitId (what the unit's members did), memberId. */
export type ServiceRecordFilter = {
  communityUnitId?: InputMaybe<Scalars['ID']['input']>;
  memberId?: InputMaybe<Scalars['ID']['input']>;
  memberUnitId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ServiceRecordStatus>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type ServiceRecordStatus =
  /** 已确认 */
  | 'CONFIRMED'
  /** 未通过 */
  | 'DECLINED'
  /** 待确认 */
  | 'PENDING';

export type SetCouncilTermInput = {
  end: Scalars['Date']['input'];
  start: Scalars['Date']['input'];
  version: Scalars['Int']['input'];
};

/** Omitted fields stay. `version` is the rules' version read (0 for the defaults). */
export type SetEngagementRulesInput = {
  capGradeWithoutReport?: InputMaybe<Scalars['Boolean']['input']>;
  pointsPerMeeting?: InputMaybe<Scalars['Float']['input']>;
  pointsPerPostMonth?: InputMaybe<Scalars['Float']['input']>;
  pointsPerServiceHour?: InputMaybe<Scalars['Float']['input']>;
  pointsPerTrainingHour?: InputMaybe<Scalars['Float']['input']>;
  starPoints?: InputMaybe<Array<Scalars['Float']['input']>>;
  version: Scalars['Int']['input'];
  volunteerStarHours?: InputMaybe<Array<Scalars['Float']['input']>>;
  year: Scalars['Int']['input'];
};

export type SetEvaluationGradeInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  grade: EvaluationGradeValue;
  memberId: Scalars['ID']['input'];
  /** Required for 不合格. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The grade's version read; omitted (or 0) for a first grade. */
  version?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};

/** Omitted fields stay. */
export type SetListSettingsInput = {
  claimWindowDays?: InputMaybe<Scalars['Int']['input']>;
  needCategories?: InputMaybe<Array<Scalars['String']['input']>>;
  version: Scalars['Int']['input'];
};

export type SetMeetingCadenceInput = {
  /** Months between meetings of this kind (1 = monthly, 3 = quarterly, 6 = half-yearly, 12 = yearly); null removes the rule. */
  everyMonths?: InputMaybe<Scalars['Int']['input']>;
  kind: MeetingKind;
};

/**
 * Appoints a person to a post. For every post but VICE_PRESIDENT the current holder's term ends the day before
 * termStart (kept as history); termStart must be after the holder's. A ROTATING_VICE_PRESIDENT without termEnd serves a year.
 */
export type SetOfficerInput = {
  personName: Scalars['String']['input'];
  personTitle?: InputMaybe<Scalars['String']['input']>;
  post: OfficerPost;
  termEnd?: InputMaybe<Scalars['Date']['input']>;
  termStart: Scalars['Date']['input'];
  /** A unit of the region that has not left the alliance. */
  unitId: Scalars['ID']['input'];
};

export type SignOffLedgerItemInput = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** When the secretariat records a sign-off given on paper (the 反馈卡): who signed for the raising unit. Required then. */
  signedOffBy?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** A unit the bulk run left without an account, and why. */
export type SkippedUnit = {
  __typename?: 'SkippedUnit';
  reason: Scalars['String']['output'];
  unitId: Scalars['ID']['output'];
  unitName: Scalars['String']['output'];
};

/** A committee or branch of the alliance: a named group of units and people with a convener (牵头单位). */
export type SubBody = {
  __typename?: 'SubBody';
  convenerUnit?: Maybe<Unit>;
  convenerUnitId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: SubBodyKind;
  /** Unique in the region. */
  name: Scalars['String']['output'];
  people: Array<SubBodyPerson>;
  /** How many people (lists show it without reading them). */
  peopleCount: Scalars['Int']['output'];
  unitIds: Array<Scalars['ID']['output']>;
  units: Array<Unit>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type SubBodyConnection = {
  __typename?: 'SubBodyConnection';
  edges: Array<SubBodyEdge>;
  pageInfo: PageInfo;
};

export type SubBodyEdge = {
  __typename?: 'SubBodyEdge';
  cursor: Scalars['String']['output'];
  node: SubBody;
};

export type SubBodyKind =
  /** 党建专家咨询委员会 (002 art.15) */
  | 'EXPERT_COMMITTEE'
  /** 专业研究委员会 (002 art.17) */
  | 'RESEARCH_COMMITTEE'
  /** 街道分会 (002 art.18) */
  | 'STREET_BRANCH';

export type SubBodyPerson = {
  __typename?: 'SubBodyPerson';
  name: Scalars['String']['output'];
  title?: Maybe<Scalars['String']['output']>;
  unit?: Maybe<Unit>;
  unitId?: Maybe<Scalars['ID']['output']>;
};

export type SubBodyPersonInput = {
  name: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type SubmitOpinionInput = {
  agendaItemId: Scalars['ID']['input'];
  meetingId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
  /** The unit (a liaison: its own; omitted: the caller's). */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type SuspendRegionInput = {
  id: Scalars['ID']['input'];
  /** 停用原因, kept on the region and in its audit trail. */
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

/** A training a member attended (学习培训, 004 art.5, 7). */
export type TrainingRecord = {
  __typename?: 'TrainingRecord';
  hours: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  memberId: Scalars['ID']['output'];
  memberName: Scalars['String']['output'];
  memberUnitId: Scalars['ID']['output'];
  provider?: Maybe<Scalars['String']['output']>;
  recordedAt: Scalars['DateTime']['output'];
  recordedBy: Scalars['String']['output'];
  topic: Scalars['String']['output'];
  trainedOn: Scalars['Date']['output'];
  year: Scalars['Int']['output'];
};

export type TrainingRecordConnection = {
  __typename?: 'TrainingRecordConnection';
  edges: Array<TrainingRecordEdge>;
  pageInfo: PageInfo;
};

export type TrainingRecordEdge = {
  __typename?: 'TrainingRecordEdge';
  cursor: Scalars['String']['output'];
  node: TrainingRecord;
};

/** A member's training of a year against its minimum (members 24 h, branch secretaries 32 h, community cadres 40 h). */
export type TrainingStatus = {
  __typename?: 'TrainingStatus';
  hours: Scalars['Float']['output'];
  member: Member;
  required: Scalars['Float']['output'];
  /** Hours still missing (0 when met). */
  shortBy: Scalars['Float']['output'];
  year: Scalars['Int']['output'];
};

export type TrainingStatusConnection = {
  __typename?: 'TrainingStatusConnection';
  edges: Array<TrainingStatusEdge>;
  pageInfo: PageInfo;
};

export type TrainingStatusEdge = {
  __typename?: 'TrainingStatusEdge';
  cursor: Scalars['String']['output'];
  node: TrainingStatus;
};

/** Moves a member's organisation relation: to another unit of the region (toUnitId), or out of it (destination). */
export type TransferMemberInput = {
  /** The receiving organisation outside the region. */
  destination?: InputMaybe<Scalars['String']['input']>;
  letterNumber?: InputMaybe<Scalars['String']['input']>;
  memberId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** A unit of this region; omit for a transfer out of the region and give destination instead. */
  toUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** Not in the future. Defaults to today. */
  transferredOn?: InputMaybe<Scalars['Date']['input']>;
  version: Scalars['Int']['input'];
};

export type TransitionProjectInput = {
  id: Scalars['ID']['input'];
  /** Required for REJECTED and CANCELLED (the reason) and ACCEPTED (验收意见). */
  note?: InputMaybe<Scalars['String']['input']>;
  to: ProjectStatus;
  version: Scalars['Int']['input'];
};

/** A party organisation in the alliance (成员单位 / 党组织). */
export type Unit = {
  __typename?: 'Unit';
  activePairingCount: Scalars['Int']['output'];
  address?: Maybe<Scalars['String']['output']>;
  allianceRole: AllianceRole;
  /** Direct children, maintained on write. */
  childCount: Scalars['Int']['output'];
  /** Direct children, by name. */
  children: UnitConnection;
  createdAt: Scalars['DateTime']['output'];
  /** Full (正式) members among them. */
  fullMemberCount: Scalars['Int']['output'];
  /** The grid (网格) the unit sits in. */
  grid?: Maybe<Scalars['String']['output']>;
  hostKind: HostKind;
  id: Scalars['ID']['output'];
  /** 负责人 */
  leader?: Maybe<UnitPerson>;
  level: OrgLevel;
  levelCheck: LevelCheck;
  /** 联络员 */
  liaison?: Maybe<UnitPerson>;
  /**
   * Fields of UpdateUnitInput the caller may read but not change on this unit (a unit liaison: its name, kind,
   * level, alliance role and parent); empty for a region admin. Forms lock these instead of failing on save.
   */
  lockedFields: Array<Scalars['String']['output']>;
  /** Party members (党员人数) on the roster whose organisation relation is in this unit; kept exact by the member writes. */
  memberCount: Scalars['Int']['output'];
  /** 党员 on the roster whose organisation relation is in this unit, by name. */
  members: MemberConnection;
  name: Scalars['String']['output'];
  /** A member or council unit (not itself a village/community) with no active pairing (000 art.12). */
  needsPairing: Scalars['Boolean']['output'];
  /** Pairings (结对共建) this unit takes part in, on either side, newest first. */
  pairings: PairingConnection;
  parent?: Maybe<Unit>;
  parentId?: Maybe<Scalars['ID']['output']>;
  /** 兼职委员 */
  partTimeCommitteeMember?: Maybe<UnitPerson>;
  registration?: Maybe<Registration>;
  /** 固定代表 */
  representative?: Maybe<UnitPerson>;
  shortName?: Maybe<Scalars['String']['output']>;
  status: UnitStatus;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic lock: pass it back on every change. */
  version: Scalars['Int']['output'];
};


/** A party organisation in the alliance (成员单位 / 党组织). */
export type UnitChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A party organisation in the alliance (成员单位 / 党组织). */
export type UnitMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A party organisation in the alliance (成员单位 / 党组织). */
export type UnitPairingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type UnitConnection = {
  __typename?: 'UnitConnection';
  edges: Array<UnitEdge>;
  pageInfo: PageInfo;
};

export type UnitEdge = {
  __typename?: 'UnitEdge';
  cursor: Scalars['String']['output'];
  node: Unit;
};

/** A unit's grades of a year. */
export type UnitEvaluation = {
  __typename?: 'UnitEvaluation';
  byGrade: Array<GradeCount>;
  /** Share of 优秀 among the graded (0–1), null when none graded. */
  excellentShare?: Maybe<Scalars['Float']['output']>;
  graded: Scalars['Int']['output'];
  members: Scalars['Int']['output'];
  unitId: Scalars['ID']['output'];
  year: Scalars['Int']['output'];
};

/** All filters combine (AND). */
export type UnitFilter = {
  allianceRole?: InputMaybe<AllianceRole>;
  hostKind?: InputMaybe<HostKind>;
  level?: InputMaybe<OrgLevel>;
  /** Name starts with this text. */
  namePrefix?: InputMaybe<Scalars['String']['input']>;
  /** Only direct children of this unit. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Only units without a parent (the tree's roots). */
  rootsOnly?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<UnitStatus>;
  /** Only units that still need a pairing (see Unit.needsPairing). */
  unpaired?: InputMaybe<Scalars['Boolean']['input']>;
};

/**
 * A unit as anyone of the region may see it, to pick one (a residential community, a transfer's receiving unit):
 * its name and kind, nothing of its people.
 */
export type UnitOption = {
  __typename?: 'UnitOption';
  allianceRole: AllianceRole;
  hostKind: HostKind;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  status: UnitStatus;
};

export type UnitOptionConnection = {
  __typename?: 'UnitOptionConnection';
  edges: Array<UnitOptionEdge>;
  pageInfo: PageInfo;
};

export type UnitOptionEdge = {
  __typename?: 'UnitOptionEdge';
  cursor: Scalars['String']['output'];
  node: UnitOption;
};

/** What a unit picker may narrow by. */
export type UnitOptionFilter = {
  /** Only community party organisations (社区 and 村: residential communities). */
  communitiesOnly?: InputMaybe<Scalars['Boolean']['input']>;
  namePrefix?: InputMaybe<Scalars['String']['input']>;
};

/** One of a unit's people: leader, fixed representative, liaison or part-time committee member. */
export type UnitPerson = {
  __typename?: 'UnitPerson';
  name: Scalars['String']['output'];
  /** Masked (138****1234) for everyone but region admins. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Post, e.g. 党委书记. */
  title?: Maybe<Scalars['String']['output']>;
};

export type UnitPersonInput = {
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UnitPosition = {
  __typename?: 'UnitPosition';
  agendaItemId: Scalars['ID']['output'];
  position: ConsensusPosition;
  recordedAt: Scalars['DateTime']['output'];
  recordedBy: Scalars['String']['output'];
  unit?: Maybe<Unit>;
  unitId: Scalars['ID']['output'];
  /** The reserved view or the objection. */
  view?: Maybe<Scalars['String']['output']>;
};

/** Membership status. Joining is voluntary and leaving free (002 art.9). */
export type UnitStatus =
  /** 已邀请: invited, not yet registered */
  | 'INVITED'
  /** 已报到: registered with its community */
  | 'REGISTERED'
  /** 已暂停 */
  | 'SUSPENDED'
  /** 已退出 */
  | 'WITHDRAWN';

export type UnitStatusAction =
  /** 恢复 (from SUSPENDED or WITHDRAWN: back to REGISTERED if ever registered, else INVITED) */
  | 'REINSTATE'
  /** 暂停 (from REGISTERED or INVITED) */
  | 'SUSPEND'
  /** 退出 (from any status but WITHDRAWN) */
  | 'WITHDRAW';

/** Before the notice only (a noticed meeting is postponed, not edited). Omitted fields stay; null clears. */
export type UpdateMeetingInput = {
  chair?: InputMaybe<Scalars['String']['input']>;
  convenerUnitId?: InputMaybe<Scalars['ID']['input']>;
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  invitedMemberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  invitedUnitIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: InputMaybe<MeetingKind>;
  onlineLink?: InputMaybe<Scalars['String']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  recorder?: InputMaybe<Scalars['String']['input']>;
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Setting another sub-body invites its units too (invitedUnitIds as sent, or as they were, plus its units). */
  subBodyId?: InputMaybe<Scalars['ID']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** Omitted fields stay as they are; an explicit null clears an optional field. The unit changes only by transferMember. */
export type UpdateMemberInput = {
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  category?: InputMaybe<MemberCategory>;
  communityId?: InputMaybe<Scalars['ID']['input']>;
  gender?: InputMaybe<Gender>;
  id: Scalars['ID']['input'];
  idNumber?: InputMaybe<Scalars['String']['input']>;
  joinedOn?: InputMaybe<Scalars['Date']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<MemberRole>>;
  status?: InputMaybe<MemberStatus>;
  /** The version you read; a stale one fails with CONFLICT and changes nothing. */
  version: Scalars['Int']['input'];
};

/** While COLLECTED only. Omitted fields stay; null clears. */
export type UpdateNeedInput = {
  category?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  raisedBy?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<NeedSource>;
  title?: InputMaybe<Scalars['String']['input']>;
  urgency?: InputMaybe<NeedUrgency>;
  version: Scalars['Int']['input'];
  wantedFrom?: InputMaybe<Scalars['Date']['input']>;
  wantedUntil?: InputMaybe<Scalars['Date']['input']>;
};

/** Omitted fields stay; null clears. The capacity may not drop below the holders it has. */
export type UpdatePostInput = {
  capacity?: InputMaybe<Scalars['Int']['input']>;
  duties?: InputMaybe<Scalars['String']['input']>;
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** Renames a region or changes its superior organisation; the slug stays (public URLs use it). */
export type UpdateRegionInput = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  superiorOrganization?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** Omitted fields stay; null clears. The quantity may not drop below what projects already took. */
export type UpdateResourceInput = {
  availableFrom?: InputMaybe<Scalars['Date']['input']>;
  availableUntil?: InputMaybe<Scalars['Date']['input']>;
  contactName?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  quantity?: InputMaybe<Scalars['Int']['input']>;
  quantityUnit?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<ResourceType>;
  version: Scalars['Int']['input'];
};

/** Omitted fields stay; a list given replaces the list. */
export type UpdateSubBodyInput = {
  convenerUnitId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<SubBodyKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  people?: InputMaybe<Array<SubBodyPersonInput>>;
  unitIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  version: Scalars['Int']['input'];
};

/** Omitted fields stay as they are; an explicit null clears an optional field. */
export type UpdateUnitInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  allianceRole?: InputMaybe<AllianceRole>;
  grid?: InputMaybe<Scalars['String']['input']>;
  hostKind?: InputMaybe<HostKind>;
  id: Scalars['ID']['input'];
  leader?: InputMaybe<UnitPersonInput>;
  level?: InputMaybe<OrgLevel>;
  liaison?: InputMaybe<UnitPersonInput>;
  name?: InputMaybe<Scalars['String']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  partTimeCommitteeMember?: InputMaybe<UnitPersonInput>;
  representative?: InputMaybe<UnitPersonInput>;
  shortName?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a stale one fails with CONFLICT and changes nothing. */
  version: Scalars['Int']['input'];
};

/** Where to PUT the file's bytes, then pass uploadId to the mutation that links the file. */
export type Upload = {
  __typename?: 'Upload';
  expiresAt: Scalars['DateTime']['output'];
  /** Headers the PUT must send. */
  headers: Array<HttpHeader>;
  uploadId: Scalars['ID']['output'];
  url: Scalars['String']['output'];
};

/**
 * A new version of the charter: the file through createUploadUrl (PDF or Word), then its uploadId here. adoptedOn may not be
 * in the future; a missing or used upload is refused at uploadId.
 */
export type UploadCharterVersionInput = {
  adoptedBy?: InputMaybe<Scalars['String']['input']>;
  adoptedOn: Scalars['Date']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  uploadId: Scalars['ID']['input'];
};

/** Who is calling. The region always comes from here, never from arguments. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The platform admin's open read-only visit this request runs in (sent with X-Gongjian-Act-In-Region); null otherwise. */
  acting?: Maybe<ActingSession>;
  /** For a liaison: action items its unit is responsible for, by due date. */
  actionItems?: Maybe<ActionItemConnection>;
  /** For a liaison: open rounds of 议题征集 asking its unit (closing after now, earliest first), each with its reply. */
  agendaSolicitations: Array<AgendaSolicitation>;
  /** For a member: its reports to communities, newest first. */
  communityReports?: Maybe<Array<CommunityReport>>;
  displayName: Scalars['String']['output'];
  /** For a liaison or a member: meetings its unit is invited to and was noticed of, by start time (from `from` on). */
  meetingNotices?: Maybe<MeetingConnection>;
  /** For a member: its own record on the roster. */
  member?: Maybe<Member>;
  /** For a member: its own points, hours and stars of the year. */
  memberPoints?: Maybe<MemberPoints>;
  /** A liaison's or member's bell (its unit's meetings of the last 30 days on); null for callers without a unit. */
  notifications?: Maybe<NotificationFeed>;
  /** For a member: the posts it holds. */
  posts?: Maybe<Array<PostHolder>>;
  /** The caller's region; null for a platform admin, who belongs to none. */
  region?: Maybe<Region>;
  roles: Array<Role>;
  /** For a member: its service records, newest first. */
  serviceRecords?: Maybe<ServiceRecordConnection>;
  /** For a unit liaison: the unit it speaks for. */
  unitId?: Maybe<Scalars['ID']['output']>;
  userId: Scalars['ID']['output'];
};


/** Who is calling. The region always comes from here, never from arguments. */
export type ViewerActionItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ActionItemStatus>;
};


/** Who is calling. The region always comes from here, never from arguments. */
export type ViewerMeetingNoticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Who is calling. The region always comes from here, never from arguments. */
export type ViewerMemberPointsArgs = {
  year: Scalars['Int']['input'];
};


/** Who is calling. The region always comes from here, never from arguments. */
export type ViewerNotificationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Who is calling. The region always comes from here, never from arguments. */
export type ViewerServiceRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', userId: string, displayName: string, roles: Array<Role>, unitId?: string | null, region?: { __typename?: 'Region', id: string, name: string, unitCount: number } | null, acting?: { __typename?: 'ActingSession', regionId: string, reason: string, until: string, region?: { __typename?: 'Region', name: string } | null } | null } };

export type ArchiveFileFieldsFragment = { __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string };

export type CreateUploadUrlMutationVariables = Exact<{
  input: CreateUploadInput;
}>;


export type CreateUploadUrlMutation = { __typename?: 'Mutation', createUploadUrl: { __typename?: 'Upload', uploadId: string, url: string, headers: Array<{ __typename?: 'HttpHeader', name: string, value: string }> } };

export type UnitOptionsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  filter?: InputMaybe<UnitFilter>;
}>;


export type UnitOptionsQuery = { __typename?: 'Query', units: { __typename?: 'UnitConnection', edges: Array<{ __typename?: 'UnitEdge', node: { __typename?: 'Unit', id: string, name: string, hostKind: HostKind } }> } };

export type UnitOptionNameQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UnitOptionNameQuery = { __typename?: 'Query', unit?: { __typename?: 'Unit', id: string, name: string } | null };

export type NotificationFeedFieldsFragment = { __typename?: 'NotificationFeed', unreadCount: number, items: Array<{ __typename?: 'Notification', id: string, kind: NotificationKind, title: string, body: string, meetingId: string, dueAt: string, read: boolean }> };

export type NotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationsQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', notifications?: { __typename?: 'NotificationFeed', unreadCount: number, items: Array<{ __typename?: 'Notification', id: string, kind: NotificationKind, title: string, body: string, meetingId: string, dueAt: string, read: boolean }> } | null } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type MarkNotificationsReadMutation = { __typename?: 'Mutation', markNotificationsRead?: { __typename?: 'NotificationFeed', unreadCount: number, items: Array<{ __typename?: 'Notification', id: string, kind: NotificationKind, title: string, body: string, meetingId: string, dueAt: string, read: boolean }> } | null };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { __typename?: 'Mutation', markAllNotificationsRead?: { __typename?: 'NotificationFeed', unreadCount: number, items: Array<{ __typename?: 'Notification', id: string, kind: NotificationKind, title: string, body: string, meetingId: string, dueAt: string, read: boolean }> } | null };

export type EndActInRegionMutationVariables = Exact<{
  regionId: Scalars['ID']['input'];
}>;


export type EndActInRegionMutation = { __typename?: 'Mutation', endActInRegion: boolean };

export type ResetAccountPasswordMutationVariables = Exact<{
  input: AccountChangeInput;
}>;


export type ResetAccountPasswordMutation = { __typename?: 'Mutation', resetPassword: { __typename?: 'AccountWithPassword', temporaryPassword: string, temporaryPasswordExpiresAt: string, account: { __typename?: 'Account', username: string, name: string, phone?: string | null, role: AccountRole, unitId?: string | null, memberId?: string | null, state: AccountState, temporaryPasswordSetAt?: string | null, lastSignInAt?: string | null, failedSignIns: number, lockedUntil?: string | null, createdAt: string, version: number, unit?: { __typename?: 'Unit', id: string, name: string } | null, member?: { __typename?: 'Member', id: string, name: string } | null } } };

export type DisableAccountMutationVariables = Exact<{
  input: AccountChangeInput;
}>;


export type DisableAccountMutation = { __typename?: 'Mutation', disableAccount: { __typename?: 'Account', username: string, name: string, phone?: string | null, role: AccountRole, unitId?: string | null, memberId?: string | null, state: AccountState, temporaryPasswordSetAt?: string | null, lastSignInAt?: string | null, failedSignIns: number, lockedUntil?: string | null, createdAt: string, version: number, unit?: { __typename?: 'Unit', id: string, name: string } | null, member?: { __typename?: 'Member', id: string, name: string } | null } };

export type UnlockAccountMutationVariables = Exact<{
  input: AccountChangeInput;
}>;


export type UnlockAccountMutation = { __typename?: 'Mutation', unlockAccount: { __typename?: 'Account', username: string, name: string, phone?: string | null, role: AccountRole, unitId?: string | null, memberId?: string | null, state: AccountState, temporaryPasswordSetAt?: string | null, lastSignInAt?: string | null, failedSignIns: number, lockedUntil?: string | null, createdAt: string, version: number, unit?: { __typename?: 'Unit', id: string, name: string } | null, member?: { __typename?: 'Member', id: string, name: string } | null } };

export type ResetAuthenticatorMutationVariables = Exact<{
  input: AccountChangeInput;
}>;


export type ResetAuthenticatorMutation = { __typename?: 'Mutation', resetAuthenticator: { __typename?: 'Account', username: string, name: string, phone?: string | null, role: AccountRole, unitId?: string | null, memberId?: string | null, state: AccountState, temporaryPasswordSetAt?: string | null, lastSignInAt?: string | null, failedSignIns: number, lockedUntil?: string | null, createdAt: string, version: number, unit?: { __typename?: 'Unit', id: string, name: string } | null, member?: { __typename?: 'Member', id: string, name: string } | null } };

export type EnableAccountMutationVariables = Exact<{
  input: AccountChangeInput;
}>;


export type EnableAccountMutation = { __typename?: 'Mutation', enableAccount: { __typename?: 'Account', username: string, name: string, phone?: string | null, role: AccountRole, unitId?: string | null, memberId?: string | null, state: AccountState, temporaryPasswordSetAt?: string | null, lastSignInAt?: string | null, failedSignIns: number, lockedUntil?: string | null, createdAt: string, version: number, unit?: { __typename?: 'Unit', id: string, name: string } | null, member?: { __typename?: 'Member', id: string, name: string } | null } };

export type DeleteAccountMutationVariables = Exact<{
  input: AccountChangeInput;
}>;


export type DeleteAccountMutation = { __typename?: 'Mutation', deleteAccount: { __typename?: 'DeletedAccount', username: string } };

export type AccountRowFragment = { __typename?: 'Account', username: string, name: string, phone?: string | null, role: AccountRole, unitId?: string | null, memberId?: string | null, state: AccountState, temporaryPasswordSetAt?: string | null, lastSignInAt?: string | null, failedSignIns: number, lockedUntil?: string | null, createdAt: string, version: number, unit?: { __typename?: 'Unit', id: string, name: string } | null, member?: { __typename?: 'Member', id: string, name: string } | null };

export type CreateAccountMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type CreateAccountMutation = { __typename?: 'Mutation', createAccount: { __typename?: 'AccountWithPassword', temporaryPassword: string, temporaryPasswordExpiresAt: string, account: { __typename?: 'Account', username: string, name: string, phone?: string | null, role: AccountRole, unitId?: string | null, memberId?: string | null, state: AccountState, temporaryPasswordSetAt?: string | null, lastSignInAt?: string | null, failedSignIns: number, lockedUntil?: string | null, createdAt: string, version: number, unit?: { __typename?: 'Unit', id: string, name: string } | null, member?: { __typename?: 'Member', id: string, name: string } | null } } };

export type AccountUnitLiaisonQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccountUnitLiaisonQuery = { __typename?: 'Query', unit?: { __typename?: 'Unit', id: string, liaison?: { __typename?: 'UnitPerson', name: string, phone?: string | null } | null } | null };

export type AccountMemberContactQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccountMemberContactQuery = { __typename?: 'Query', member?: { __typename?: 'Member', id: string, name: string, phone?: string | null } | null };

export type CreateLiaisonAccountsMutationVariables = Exact<{
  input: CreateLiaisonAccountsInput;
}>;


export type CreateLiaisonAccountsMutation = { __typename?: 'Mutation', createLiaisonAccounts: { __typename?: 'LiaisonAccountsStep', handoutId: string, alreadyHadAccount: number, processedUnits: number, totalUnits: number, nextCursor?: string | null, done: boolean, created: Array<{ __typename?: 'Account', username: string, name: string, phone?: string | null, role: AccountRole, unitId?: string | null, memberId?: string | null, state: AccountState, temporaryPasswordSetAt?: string | null, lastSignInAt?: string | null, failedSignIns: number, lockedUntil?: string | null, createdAt: string, version: number, unit?: { __typename?: 'Unit', id: string, name: string } | null, member?: { __typename?: 'Member', id: string, name: string } | null }>, skipped: Array<{ __typename?: 'SkippedUnit', unitId: string, unitName: string, reason: string }> } };

export type LiaisonAccountsHandoutMutationVariables = Exact<{
  handoutId: Scalars['ID']['input'];
}>;


export type LiaisonAccountsHandoutMutation = { __typename?: 'Mutation', liaisonAccountsHandout: { __typename?: 'GeneratedFile', name: string, downloadUrl: string } };

export type RebindAccountMutationVariables = Exact<{
  input: RebindAccountInput;
}>;


export type RebindAccountMutation = { __typename?: 'Mutation', rebindAccount: { __typename?: 'Account', username: string, name: string, phone?: string | null, role: AccountRole, unitId?: string | null, memberId?: string | null, state: AccountState, temporaryPasswordSetAt?: string | null, lastSignInAt?: string | null, failedSignIns: number, lockedUntil?: string | null, createdAt: string, version: number, unit?: { __typename?: 'Unit', id: string, name: string } | null, member?: { __typename?: 'Member', id: string, name: string } | null } };

export type AccountListQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccountFilter>;
}>;


export type AccountListQuery = { __typename?: 'Query', accounts: { __typename?: 'AccountConnection', edges: Array<{ __typename?: 'AccountEdge', cursor: string, node: { __typename?: 'Account', username: string, name: string, phone?: string | null, role: AccountRole, unitId?: string | null, memberId?: string | null, state: AccountState, temporaryPasswordSetAt?: string | null, lastSignInAt?: string | null, failedSignIns: number, lockedUntil?: string | null, createdAt: string, version: number, unit?: { __typename?: 'Unit', id: string, name: string } | null, member?: { __typename?: 'Member', id: string, name: string } | null } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type CharterVersionFieldsFragment = { __typename?: 'CharterVersion', id: string, number: number, title: string, adoptedOn: string, adoptedBy?: string | null, note?: string | null, createdAt: string, createdBy: string, file: { __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string } };

export type CharterQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CharterQuery = { __typename?: 'Query', charter: { __typename?: 'Charter', current?: { __typename?: 'CharterVersion', id: string, number: number, title: string, adoptedOn: string, adoptedBy?: string | null, note?: string | null, createdAt: string, createdBy: string, file: { __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string } } | null, versions: { __typename?: 'CharterVersionConnection', edges: Array<{ __typename?: 'CharterVersionEdge', cursor: string, node: { __typename?: 'CharterVersion', id: string, number: number, title: string, adoptedOn: string, adoptedBy?: string | null, note?: string | null, createdAt: string, createdBy: string, file: { __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string } } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } } };

export type UploadCharterVersionMutationVariables = Exact<{
  input: UploadCharterVersionInput;
}>;


export type UploadCharterVersionMutation = { __typename?: 'Mutation', uploadCharterVersion: { __typename?: 'CharterVersion', id: string, number: number, title: string, adoptedOn: string, adoptedBy?: string | null, note?: string | null, createdAt: string, createdBy: string, file: { __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string } } };

export type AllianceSettingsFieldsFragment = { __typename?: 'AllianceSettings', councilTermStart?: string | null, councilTermEnd?: string | null, version: number };

export type AllianceSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AllianceSettingsQuery = { __typename?: 'Query', allianceSettings: { __typename?: 'AllianceSettings', councilTermStart?: string | null, councilTermEnd?: string | null, version: number } };

export type SetCouncilTermMutationVariables = Exact<{
  input: SetCouncilTermInput;
}>;


export type SetCouncilTermMutation = { __typename?: 'Mutation', setCouncilTerm: { __typename?: 'AllianceSettings', councilTermStart?: string | null, councilTermEnd?: string | null, version: number } };

export type OfficerRowFragment = { __typename?: 'Officer', id: string, post: OfficerPost, personName: string, personTitle?: string | null, termStart: string, termEnd?: string | null, current: boolean, endReason?: string | null, version: number, unit?: { __typename?: 'Unit', id: string, name: string } | null };

export type AllianceOfficersQueryVariables = Exact<{ [key: string]: never; }>;


export type AllianceOfficersQuery = { __typename?: 'Query', officers: Array<{ __typename?: 'Officer', id: string, post: OfficerPost, personName: string, personTitle?: string | null, termStart: string, termEnd?: string | null, current: boolean, endReason?: string | null, version: number, unit?: { __typename?: 'Unit', id: string, name: string } | null }> };

export type SetOfficerMutationVariables = Exact<{
  input: SetOfficerInput;
}>;


export type SetOfficerMutation = { __typename?: 'Mutation', setOfficer: { __typename?: 'Officer', id: string, post: OfficerPost, personName: string, personTitle?: string | null, termStart: string, termEnd?: string | null, current: boolean, endReason?: string | null, version: number, unit?: { __typename?: 'Unit', id: string, name: string } | null } };

export type EndOfficerTermMutationVariables = Exact<{
  input: EndOfficerTermInput;
}>;


export type EndOfficerTermMutation = { __typename?: 'Mutation', endOfficerTerm: { __typename?: 'Officer', id: string, post: OfficerPost, personName: string, personTitle?: string | null, termStart: string, termEnd?: string | null, current: boolean, endReason?: string | null, version: number, unit?: { __typename?: 'Unit', id: string, name: string } | null } };

export type RepresentativeChangeRowFragment = { __typename?: 'RepresentativeChange', id: string, version: number, unitId: string, post: RepresentativePost, changedAt: string, changedBy: string, filedAt?: string | null, filedBy?: string | null, unit?: { __typename?: 'Unit', id: string, name: string } | null, previous?: { __typename?: 'UnitPerson', name: string, title?: string | null, phone?: string | null } | null, next?: { __typename?: 'UnitPerson', name: string, title?: string | null, phone?: string | null } | null };

export type RepresentativeChangesQueryVariables = Exact<{
  filter?: InputMaybe<RepresentativeChangeFilter>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RepresentativeChangesQuery = { __typename?: 'Query', representativeChanges: { __typename?: 'RepresentativeChangeConnection', edges: Array<{ __typename?: 'RepresentativeChangeEdge', cursor: string, node: { __typename?: 'RepresentativeChange', id: string, version: number, unitId: string, post: RepresentativePost, changedAt: string, changedBy: string, filedAt?: string | null, filedBy?: string | null, unit?: { __typename?: 'Unit', id: string, name: string } | null, previous?: { __typename?: 'UnitPerson', name: string, title?: string | null, phone?: string | null } | null, next?: { __typename?: 'UnitPerson', name: string, title?: string | null, phone?: string | null } | null } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type FileRepresentativeChangeMutationVariables = Exact<{
  input: FileRepresentativeChangeInput;
}>;


export type FileRepresentativeChangeMutation = { __typename?: 'Mutation', fileRepresentativeChange: { __typename?: 'RepresentativeChange', id: string, version: number, unitId: string, post: RepresentativePost, changedAt: string, changedBy: string, filedAt?: string | null, filedBy?: string | null, unit?: { __typename?: 'Unit', id: string, name: string } | null, previous?: { __typename?: 'UnitPerson', name: string, title?: string | null, phone?: string | null } | null, next?: { __typename?: 'UnitPerson', name: string, title?: string | null, phone?: string | null } | null } };

export type SubBodyRowFragment = { __typename?: 'SubBody', id: string, kind: SubBodyKind, name: string, unitIds: Array<string>, peopleCount: number, version: number, convenerUnit?: { __typename?: 'Unit', id: string, name: string } | null };

export type SubBodyDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubBodyDetailQuery = { __typename?: 'Query', subBody?: { __typename?: 'SubBody', id: string, kind: SubBodyKind, name: string, version: number, convenerUnit?: { __typename?: 'Unit', id: string, name: string } | null, units: Array<{ __typename?: 'Unit', id: string, name: string }>, people: Array<{ __typename?: 'SubBodyPerson', name: string, title?: string | null, unit?: { __typename?: 'Unit', id: string, name: string } | null }> } | null };

export type SubBodiesQueryVariables = Exact<{
  kind?: InputMaybe<SubBodyKind>;
  first: Scalars['Int']['input'];
}>;


export type SubBodiesQuery = { __typename?: 'Query', subBodies: { __typename?: 'SubBodyConnection', edges: Array<{ __typename?: 'SubBodyEdge', node: { __typename?: 'SubBody', id: string, kind: SubBodyKind, name: string, unitIds: Array<string>, peopleCount: number, version: number, convenerUnit?: { __typename?: 'Unit', id: string, name: string } | null } }> } };

export type CreateSubBodyMutationVariables = Exact<{
  input: CreateSubBodyInput;
}>;


export type CreateSubBodyMutation = { __typename?: 'Mutation', createSubBody: { __typename?: 'SubBody', id: string, kind: SubBodyKind, name: string, unitIds: Array<string>, peopleCount: number, version: number, convenerUnit?: { __typename?: 'Unit', id: string, name: string } | null } };

export type UpdateSubBodyMutationVariables = Exact<{
  input: UpdateSubBodyInput;
}>;


export type UpdateSubBodyMutation = { __typename?: 'Mutation', updateSubBody: { __typename?: 'SubBody', id: string, kind: SubBodyKind, name: string, unitIds: Array<string>, peopleCount: number, version: number, convenerUnit?: { __typename?: 'Unit', id: string, name: string } | null } };

export type AddArchiveDocumentMutationVariables = Exact<{
  input: AddArchiveDocumentInput;
}>;


export type AddArchiveDocumentMutation = { __typename?: 'Mutation', addArchiveDocument: { __typename?: 'ArchiveDocument', id: string, title: string, folder: ArchiveFolder, year: number, note?: string | null, versionCount: number, createdAt: string, createdBy: string, updatedAt: string, version: number, deletedAt?: string | null, deletedBy?: string | null, restorableUntil?: string | null, unit?: { __typename?: 'Unit', id: string, name: string } | null, current: { __typename?: 'ArchiveDocumentVersion', number: number, uploadedBy: string, file: { __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string } } } };

export type ArchiveVersionFieldsFragment = { __typename?: 'ArchiveDocumentVersion', number: number, note?: string | null, uploadedBy: string, chainHash: string, file: { __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string } };

export type ArchiveDocumentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ArchiveDocumentQuery = { __typename?: 'Query', archiveDocument?: { __typename?: 'ArchiveDocument', id: string, title: string, folder: ArchiveFolder, year: number, note?: string | null, versionCount: number, createdAt: string, createdBy: string, updatedAt: string, version: number, deletedAt?: string | null, deletedBy?: string | null, restorableUntil?: string | null, versions: { __typename?: 'ArchiveDocumentVersionConnection', edges: Array<{ __typename?: 'ArchiveDocumentVersionEdge', cursor: string, node: { __typename?: 'ArchiveDocumentVersion', number: number, note?: string | null, uploadedBy: string, chainHash: string, file: { __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string } } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } }, unit?: { __typename?: 'Unit', id: string, name: string } | null, current: { __typename?: 'ArchiveDocumentVersion', number: number, uploadedBy: string, file: { __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string } } } | null };

export type DeleteArchiveDocumentMutationVariables = Exact<{
  input: ArchiveDocumentChangeInput;
}>;


export type DeleteArchiveDocumentMutation = { __typename?: 'Mutation', deleteArchiveDocument: { __typename?: 'ArchiveDocument', id: string, title: string, folder: ArchiveFolder, year: number, note?: string | null, versionCount: number, createdAt: string, createdBy: string, updatedAt: string, version: number, deletedAt?: string | null, deletedBy?: string | null, restorableUntil?: string | null, unit?: { __typename?: 'Unit', id: string, name: string } | null, current: { __typename?: 'ArchiveDocumentVersion', number: number, uploadedBy: string, file: { __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string } } } };

export type VerifyArchiveDocumentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type VerifyArchiveDocumentMutation = { __typename?: 'Mutation', verifyArchiveDocument: { __typename?: 'ArchiveVerification', documentId: string, verifiedAt: string, intact: boolean, checkedVersions: number, problems: Array<{ __typename?: 'ArchiveProblem', versionNumber: number, kind: ArchiveProblemKind, message: string }> } };

export type ArchiveFoldersQueryVariables = Exact<{
  year: Scalars['Int']['input'];
  unitId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ArchiveFoldersQuery = { __typename?: 'Query', archiveFolders: Array<{ __typename?: 'ArchiveFolderCount', folder: ArchiveFolder, count: number }> };

export type ArchiveDocumentsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter: ArchiveFilter;
}>;


export type ArchiveDocumentsQuery = { __typename?: 'Query', archiveDocuments: { __typename?: 'ArchiveDocumentConnection', edges: Array<{ __typename?: 'ArchiveDocumentEdge', cursor: string, node: { __typename?: 'ArchiveDocument', id: string, title: string, folder: ArchiveFolder, year: number, note?: string | null, versionCount: number, createdAt: string, createdBy: string, updatedAt: string, version: number, deletedAt?: string | null, deletedBy?: string | null, restorableUntil?: string | null, unit?: { __typename?: 'Unit', id: string, name: string } | null, current: { __typename?: 'ArchiveDocumentVersion', number: number, uploadedBy: string, file: { __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string } } } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type ArchiveDocumentRowFragment = { __typename?: 'ArchiveDocument', id: string, title: string, folder: ArchiveFolder, year: number, note?: string | null, versionCount: number, createdAt: string, createdBy: string, updatedAt: string, version: number, deletedAt?: string | null, deletedBy?: string | null, restorableUntil?: string | null, unit?: { __typename?: 'Unit', id: string, name: string } | null, current: { __typename?: 'ArchiveDocumentVersion', number: number, uploadedBy: string, file: { __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string } } };

export type DeletedArchiveDocumentsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DeletedArchiveDocumentsQuery = { __typename?: 'Query', deletedArchiveDocuments: { __typename?: 'ArchiveDocumentConnection', edges: Array<{ __typename?: 'ArchiveDocumentEdge', cursor: string, node: { __typename?: 'ArchiveDocument', id: string, title: string, folder: ArchiveFolder, year: number, note?: string | null, versionCount: number, createdAt: string, createdBy: string, updatedAt: string, version: number, deletedAt?: string | null, deletedBy?: string | null, restorableUntil?: string | null, unit?: { __typename?: 'Unit', id: string, name: string } | null, current: { __typename?: 'ArchiveDocumentVersion', number: number, uploadedBy: string, file: { __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string } } } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type RestoreArchiveDocumentMutationVariables = Exact<{
  input: ArchiveDocumentChangeInput;
}>;


export type RestoreArchiveDocumentMutation = { __typename?: 'Mutation', restoreArchiveDocument: { __typename?: 'ArchiveDocument', id: string, title: string, folder: ArchiveFolder, year: number, note?: string | null, versionCount: number, createdAt: string, createdBy: string, updatedAt: string, version: number, deletedAt?: string | null, deletedBy?: string | null, restorableUntil?: string | null, unit?: { __typename?: 'Unit', id: string, name: string } | null, current: { __typename?: 'ArchiveDocumentVersion', number: number, uploadedBy: string, file: { __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string } } } };

export type ReplaceArchiveFileMutationVariables = Exact<{
  input: ReplaceArchiveFileInput;
}>;


export type ReplaceArchiveFileMutation = { __typename?: 'Mutation', replaceArchiveFile: { __typename?: 'ArchiveDocument', id: string, title: string, folder: ArchiveFolder, year: number, note?: string | null, versionCount: number, createdAt: string, createdBy: string, updatedAt: string, version: number, deletedAt?: string | null, deletedBy?: string | null, restorableUntil?: string | null, unit?: { __typename?: 'Unit', id: string, name: string } | null, current: { __typename?: 'ArchiveDocumentVersion', number: number, uploadedBy: string, file: { __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string } } } };

export type AuditEntryRowFragment = { __typename?: 'AuditEntry', id: string, at: string, actorId: string, actorName: string, operation: string, recordType: string, recordId: string, version?: number | null, outcome: AuditOutcome, changes: Array<{ __typename?: 'FieldChange', field: string, before?: string | null, after?: string | null, beforeUnit?: { __typename?: 'Unit', id: string, name: string } | null, afterUnit?: { __typename?: 'Unit', id: string, name: string } | null }>, unit?: { __typename?: 'Unit', id: string, name: string } | null, pairing?: { __typename?: 'Pairing', id: string, unit: { __typename?: 'Unit', id: string, name: string }, community: { __typename?: 'Unit', id: string, name: string } } | null };

export type RecordAuditTrailQueryVariables = Exact<{
  recordId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RecordAuditTrailQuery = { __typename?: 'Query', auditTrail: { __typename?: 'AuditEntryConnection', edges: Array<{ __typename?: 'AuditEntryEdge', cursor: string, node: { __typename?: 'AuditEntry', id: string, at: string, actorId: string, actorName: string, operation: string, recordType: string, recordId: string, version?: number | null, outcome: AuditOutcome, changes: Array<{ __typename?: 'FieldChange', field: string, before?: string | null, after?: string | null, beforeUnit?: { __typename?: 'Unit', id: string, name: string } | null, afterUnit?: { __typename?: 'Unit', id: string, name: string } | null }>, unit?: { __typename?: 'Unit', id: string, name: string } | null, pairing?: { __typename?: 'Pairing', id: string, unit: { __typename?: 'Unit', id: string, name: string }, community: { __typename?: 'Unit', id: string, name: string } } | null } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type RegionAuditTrailQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RegionAuditTrailQuery = { __typename?: 'Query', regionAuditTrail: { __typename?: 'AuditEntryConnection', edges: Array<{ __typename?: 'AuditEntryEdge', cursor: string, node: { __typename?: 'AuditEntry', id: string, at: string, actorId: string, actorName: string, operation: string, recordType: string, recordId: string, version?: number | null, outcome: AuditOutcome, changes: Array<{ __typename?: 'FieldChange', field: string, before?: string | null, after?: string | null, beforeUnit?: { __typename?: 'Unit', id: string, name: string } | null, afterUnit?: { __typename?: 'Unit', id: string, name: string } | null }>, unit?: { __typename?: 'Unit', id: string, name: string } | null, pairing?: { __typename?: 'Pairing', id: string, unit: { __typename?: 'Unit', id: string, name: string }, community: { __typename?: 'Unit', id: string, name: string } } | null } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type ExportCommunityReportsMutationVariables = Exact<{
  memberUnitId: Scalars['ID']['input'];
  status?: InputMaybe<CommunityReportStatus>;
}>;


export type ExportCommunityReportsMutation = { __typename?: 'Mutation', exportCommunityReports: { __typename?: 'GeneratedFile', name: string, downloadUrl: string } };

export type DeclineCommunityReportMutationVariables = Exact<{
  input: ConfirmCommunityReportInput;
}>;


export type DeclineCommunityReportMutation = { __typename?: 'Mutation', confirmCommunityReport: { __typename?: 'CommunityReport', id: string, memberId: string, memberName: string, status: CommunityReportStatus, note?: string | null, filedAt: string, decidedAt?: string | null, declineReason?: string | null, endedAt?: string | null, endReason?: string | null, postsHeld: number, version: number, memberUnit?: { __typename?: 'Unit', id: string, name: string } | null, community?: { __typename?: 'Unit', id: string, name: string } | null } };

export type EndCommunityReportMutationVariables = Exact<{
  input: EndCommunityReportInput;
}>;


export type EndCommunityReportMutation = { __typename?: 'Mutation', endCommunityReport: { __typename?: 'CommunityReport', id: string, memberId: string, memberName: string, status: CommunityReportStatus, note?: string | null, filedAt: string, decidedAt?: string | null, declineReason?: string | null, endedAt?: string | null, endReason?: string | null, postsHeld: number, version: number, memberUnit?: { __typename?: 'Unit', id: string, name: string } | null, community?: { __typename?: 'Unit', id: string, name: string } | null } };

export type CommunityReportRowFragment = { __typename?: 'CommunityReport', id: string, memberId: string, memberName: string, status: CommunityReportStatus, note?: string | null, filedAt: string, decidedAt?: string | null, declineReason?: string | null, endedAt?: string | null, endReason?: string | null, postsHeld: number, version: number, memberUnit?: { __typename?: 'Unit', id: string, name: string } | null, community?: { __typename?: 'Unit', id: string, name: string } | null };

export type CommunityReportListQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter: CommunityReportFilter;
}>;


export type CommunityReportListQuery = { __typename?: 'Query', communityReports: { __typename?: 'CommunityReportConnection', edges: Array<{ __typename?: 'CommunityReportEdge', cursor: string, node: { __typename?: 'CommunityReport', id: string, memberId: string, memberName: string, status: CommunityReportStatus, note?: string | null, filedAt: string, decidedAt?: string | null, declineReason?: string | null, endedAt?: string | null, endReason?: string | null, postsHeld: number, version: number, memberUnit?: { __typename?: 'Unit', id: string, name: string } | null, community?: { __typename?: 'Unit', id: string, name: string } | null } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type ConfirmCommunityReportMutationVariables = Exact<{
  input: ConfirmCommunityReportInput;
}>;


export type ConfirmCommunityReportMutation = { __typename?: 'Mutation', confirmCommunityReport: { __typename?: 'CommunityReport', id: string, memberId: string, memberName: string, status: CommunityReportStatus, note?: string | null, filedAt: string, decidedAt?: string | null, declineReason?: string | null, endedAt?: string | null, endReason?: string | null, postsHeld: number, version: number, memberUnit?: { __typename?: 'Unit', id: string, name: string } | null, community?: { __typename?: 'Unit', id: string, name: string } | null } };

export type ClaimMemberOptionsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  filter?: InputMaybe<MemberFilter>;
}>;


export type ClaimMemberOptionsQuery = { __typename?: 'Query', members: { __typename?: 'MemberConnection', edges: Array<{ __typename?: 'MemberEdge', node: { __typename?: 'Member', id: string, name: string, unit?: { __typename?: 'Unit', id: string, name: string } | null } }> } };

export type ClaimReporterOptionsQueryVariables = Exact<{
  communityUnitId: Scalars['ID']['input'];
}>;


export type ClaimReporterOptionsQuery = { __typename?: 'Query', communityReports: { __typename?: 'CommunityReportConnection', edges: Array<{ __typename?: 'CommunityReportEdge', node: { __typename?: 'CommunityReport', id: string, memberId: string, memberName: string, memberUnit?: { __typename?: 'Unit', id: string, name: string } | null } }> } };

export type ClaimPostMutationVariables = Exact<{
  postId: Scalars['ID']['input'];
  memberId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ClaimPostMutation = { __typename?: 'Mutation', claimPost: { __typename?: 'PostHolder', memberId: string, memberName: string, claimedAt: string } };

export type CreatePostMutationVariables = Exact<{
  input: CreatePostInput;
}>;


export type CreatePostMutation = { __typename?: 'Mutation', createPost: { __typename?: 'Post', id: string, communityUnitId: string, title: string, duties?: string | null, capacity: number, holderCount: number, startsOn?: string | null, endsOn?: string | null, status: PostStatus, version: number } };

export type UpdatePostMutationVariables = Exact<{
  input: UpdatePostInput;
}>;


export type UpdatePostMutation = { __typename?: 'Mutation', updatePost: { __typename?: 'Post', id: string, communityUnitId: string, title: string, duties?: string | null, capacity: number, holderCount: number, startsOn?: string | null, endsOn?: string | null, status: PostStatus, version: number } };

export type PostFieldsFragment = { __typename?: 'Post', id: string, communityUnitId: string, title: string, duties?: string | null, capacity: number, holderCount: number, startsOn?: string | null, endsOn?: string | null, status: PostStatus, version: number };

export type PostListQueryVariables = Exact<{
  communityUnitId: Scalars['ID']['input'];
  includeClosed?: InputMaybe<Scalars['Boolean']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PostListQuery = { __typename?: 'Query', posts: { __typename?: 'PostConnection', edges: Array<{ __typename?: 'PostEdge', cursor: string, node: { __typename?: 'Post', id: string, communityUnitId: string, title: string, duties?: string | null, capacity: number, holderCount: number, startsOn?: string | null, endsOn?: string | null, status: PostStatus, version: number } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type ClosePostMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type ClosePostMutation = { __typename?: 'Mutation', closePost: { __typename?: 'Post', id: string, communityUnitId: string, title: string, duties?: string | null, capacity: number, holderCount: number, startsOn?: string | null, endsOn?: string | null, status: PostStatus, version: number } };

export type PostPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PostPageQuery = { __typename?: 'Query', post?: { __typename?: 'Post', createdAt: string, id: string, communityUnitId: string, title: string, duties?: string | null, capacity: number, holderCount: number, startsOn?: string | null, endsOn?: string | null, status: PostStatus, version: number, community?: { __typename?: 'Unit', id: string, name: string } | null, holders: Array<{ __typename?: 'PostHolder', memberId: string, memberName: string, claimedAt: string }> } | null };

export type LeavePostMutationVariables = Exact<{
  postId: Scalars['ID']['input'];
  memberId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type LeavePostMutation = { __typename?: 'Mutation', leavePost: { __typename?: 'Post', id: string, communityUnitId: string, title: string, duties?: string | null, capacity: number, holderCount: number, startsOn?: string | null, endsOn?: string | null, status: PostStatus, version: number } };

export type EngagementOwnUnitQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EngagementOwnUnitQuery = { __typename?: 'Query', unit?: { __typename?: 'Unit', id: string, name: string, hostKind: HostKind } | null };

export type LedgerYearQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type LedgerYearQuery = { __typename?: 'Query', ledgerYear: { __typename?: 'LedgerYear', year: number, total: number, overdue: number, byStatus: Array<{ __typename?: 'LedgerStatusCount', status: LedgerStatus, count: number }> } };

export type RaiseLedgerItemMutationVariables = Exact<{
  input: RaiseLedgerItemInput;
}>;


export type RaiseLedgerItemMutation = { __typename?: 'Mutation', raiseLedgerItem: { __typename?: 'LedgerItem', id: string, number: string, year: number, kind: LedgerKind, title: string, description: string, category?: string | null, raisedByUnitId: string, raisedBy: string, raisedAt: string, handlerUnitId?: string | null, handlerDepartment?: string | null, dueOn?: string | null, assignedAt?: string | null, overdue: boolean, resolution?: string | null, resolvedAt?: string | null, signedOffBy?: string | null, signedOffAt?: string | null, declineReason?: string | null, reopenCount: number, status: LedgerStatus, allowedActions: Array<LedgerAction>, version: number, createdAt: string, updatedAt: string, raisedByUnit?: { __typename?: 'Unit', id: string, name: string } | null, files: Array<{ __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string }>, handlerUnit?: { __typename?: 'Unit', id: string, name: string } | null, history: Array<{ __typename?: 'LedgerEvent', at: string, by: string, action: LedgerAction, note?: string | null, files: Array<{ __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string }> }> } };

export type LedgerRowFragment = { __typename?: 'LedgerItem', id: string, number: string, year: number, kind: LedgerKind, title: string, raisedByUnitId: string, handlerUnitId?: string | null, handlerDepartment?: string | null, dueOn?: string | null, overdue: boolean, status: LedgerStatus, raisedByUnit?: { __typename?: 'Unit', id: string, name: string } | null, handlerUnit?: { __typename?: 'Unit', id: string, name: string } | null };

export type LedgerItemFieldsFragment = { __typename?: 'LedgerItem', id: string, number: string, year: number, kind: LedgerKind, title: string, description: string, category?: string | null, raisedByUnitId: string, raisedBy: string, raisedAt: string, handlerUnitId?: string | null, handlerDepartment?: string | null, dueOn?: string | null, assignedAt?: string | null, overdue: boolean, resolution?: string | null, resolvedAt?: string | null, signedOffBy?: string | null, signedOffAt?: string | null, declineReason?: string | null, reopenCount: number, status: LedgerStatus, allowedActions: Array<LedgerAction>, version: number, createdAt: string, updatedAt: string, raisedByUnit?: { __typename?: 'Unit', id: string, name: string } | null, files: Array<{ __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string }>, handlerUnit?: { __typename?: 'Unit', id: string, name: string } | null, history: Array<{ __typename?: 'LedgerEvent', at: string, by: string, action: LedgerAction, note?: string | null, files: Array<{ __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string }> }> };

export type LedgerItemPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LedgerItemPageQuery = { __typename?: 'Query', ledgerItem?: { __typename?: 'LedgerItem', id: string, number: string, year: number, kind: LedgerKind, title: string, description: string, category?: string | null, raisedByUnitId: string, raisedBy: string, raisedAt: string, handlerUnitId?: string | null, handlerDepartment?: string | null, dueOn?: string | null, assignedAt?: string | null, overdue: boolean, resolution?: string | null, resolvedAt?: string | null, signedOffBy?: string | null, signedOffAt?: string | null, declineReason?: string | null, reopenCount: number, status: LedgerStatus, allowedActions: Array<LedgerAction>, version: number, createdAt: string, updatedAt: string, raisedByUnit?: { __typename?: 'Unit', id: string, name: string } | null, files: Array<{ __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string }>, handlerUnit?: { __typename?: 'Unit', id: string, name: string } | null, history: Array<{ __typename?: 'LedgerEvent', at: string, by: string, action: LedgerAction, note?: string | null, files: Array<{ __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string }> }> } | null };

export type LedgerListQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter: LedgerFilter;
}>;


export type LedgerListQuery = { __typename?: 'Query', ledgerItems: { __typename?: 'LedgerItemConnection', edges: Array<{ __typename?: 'LedgerItemEdge', cursor: string, node: { __typename?: 'LedgerItem', id: string, number: string, year: number, kind: LedgerKind, title: string, raisedByUnitId: string, handlerUnitId?: string | null, handlerDepartment?: string | null, dueOn?: string | null, overdue: boolean, status: LedgerStatus, raisedByUnit?: { __typename?: 'Unit', id: string, name: string } | null, handlerUnit?: { __typename?: 'Unit', id: string, name: string } | null } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type LedgerOwnUnitQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LedgerOwnUnitQuery = { __typename?: 'Query', unit?: { __typename?: 'Unit', id: string, name: string } | null };

export type AssignLedgerItemMutationVariables = Exact<{
  input: AssignLedgerItemInput;
}>;


export type AssignLedgerItemMutation = { __typename?: 'Mutation', assignLedgerItem: { __typename?: 'LedgerItem', id: string, number: string, year: number, kind: LedgerKind, title: string, description: string, category?: string | null, raisedByUnitId: string, raisedBy: string, raisedAt: string, handlerUnitId?: string | null, handlerDepartment?: string | null, dueOn?: string | null, assignedAt?: string | null, overdue: boolean, resolution?: string | null, resolvedAt?: string | null, signedOffBy?: string | null, signedOffAt?: string | null, declineReason?: string | null, reopenCount: number, status: LedgerStatus, allowedActions: Array<LedgerAction>, version: number, createdAt: string, updatedAt: string, raisedByUnit?: { __typename?: 'Unit', id: string, name: string } | null, files: Array<{ __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string }>, handlerUnit?: { __typename?: 'Unit', id: string, name: string } | null, history: Array<{ __typename?: 'LedgerEvent', at: string, by: string, action: LedgerAction, note?: string | null, files: Array<{ __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string }> }> } };

export type ReportLedgerProgressMutationVariables = Exact<{
  input: ReportLedgerProgressInput;
}>;


export type ReportLedgerProgressMutation = { __typename?: 'Mutation', reportLedgerProgress: { __typename?: 'LedgerItem', id: string, number: string, year: number, kind: LedgerKind, title: string, description: string, category?: string | null, raisedByUnitId: string, raisedBy: string, raisedAt: string, handlerUnitId?: string | null, handlerDepartment?: string | null, dueOn?: string | null, assignedAt?: string | null, overdue: boolean, resolution?: string | null, resolvedAt?: string | null, signedOffBy?: string | null, signedOffAt?: string | null, declineReason?: string | null, reopenCount: number, status: LedgerStatus, allowedActions: Array<LedgerAction>, version: number, createdAt: string, updatedAt: string, raisedByUnit?: { __typename?: 'Unit', id: string, name: string } | null, files: Array<{ __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string }>, handlerUnit?: { __typename?: 'Unit', id: string, name: string } | null, history: Array<{ __typename?: 'LedgerEvent', at: string, by: string, action: LedgerAction, note?: string | null, files: Array<{ __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string }> }> } };

export type ResolveLedgerItemMutationVariables = Exact<{
  input: ResolveLedgerItemInput;
}>;


export type ResolveLedgerItemMutation = { __typename?: 'Mutation', resolveLedgerItem: { __typename?: 'LedgerItem', id: string, number: string, year: number, kind: LedgerKind, title: string, description: string, category?: string | null, raisedByUnitId: string, raisedBy: string, raisedAt: string, handlerUnitId?: string | null, handlerDepartment?: string | null, dueOn?: string | null, assignedAt?: string | null, overdue: boolean, resolution?: string | null, resolvedAt?: string | null, signedOffBy?: string | null, signedOffAt?: string | null, declineReason?: string | null, reopenCount: number, status: LedgerStatus, allowedActions: Array<LedgerAction>, version: number, createdAt: string, updatedAt: string, raisedByUnit?: { __typename?: 'Unit', id: string, name: string } | null, files: Array<{ __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string }>, handlerUnit?: { __typename?: 'Unit', id: string, name: string } | null, history: Array<{ __typename?: 'LedgerEvent', at: string, by: string, action: LedgerAction, note?: string | null, files: Array<{ __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string }> }> } };

export type SignOffLedgerItemMutationVariables = Exact<{
  input: SignOffLedgerItemInput;
}>;


export type SignOffLedgerItemMutation = { __typename?: 'Mutation', signOffLedgerItem: { __typename?: 'LedgerItem', id: string, number: string, year: number, kind: LedgerKind, title: string, description: string, category?: string | null, raisedByUnitId: string, raisedBy: string, raisedAt: string, handlerUnitId?: string | null, handlerDepartment?: string | null, dueOn?: string | null, assignedAt?: string | null, overdue: boolean, resolution?: string | null, resolvedAt?: string | null, signedOffBy?: string | null, signedOffAt?: string | null, declineReason?: string | null, reopenCount: number, status: LedgerStatus, allowedActions: Array<LedgerAction>, version: number, createdAt: string, updatedAt: string, raisedByUnit?: { __typename?: 'Unit', id: string, name: string } | null, files: Array<{ __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string }>, handlerUnit?: { __typename?: 'Unit', id: string, name: string } | null, history: Array<{ __typename?: 'LedgerEvent', at: string, by: string, action: LedgerAction, note?: string | null, files: Array<{ __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string }> }> } };

export type ReopenLedgerItemMutationVariables = Exact<{
  input: ReopenLedgerItemInput;
}>;


export type ReopenLedgerItemMutation = { __typename?: 'Mutation', reopenLedgerItem: { __typename?: 'LedgerItem', id: string, number: string, year: number, kind: LedgerKind, title: string, description: string, category?: string | null, raisedByUnitId: string, raisedBy: string, raisedAt: string, handlerUnitId?: string | null, handlerDepartment?: string | null, dueOn?: string | null, assignedAt?: string | null, overdue: boolean, resolution?: string | null, resolvedAt?: string | null, signedOffBy?: string | null, signedOffAt?: string | null, declineReason?: string | null, reopenCount: number, status: LedgerStatus, allowedActions: Array<LedgerAction>, version: number, createdAt: string, updatedAt: string, raisedByUnit?: { __typename?: 'Unit', id: string, name: string } | null, files: Array<{ __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string }>, handlerUnit?: { __typename?: 'Unit', id: string, name: string } | null, history: Array<{ __typename?: 'LedgerEvent', at: string, by: string, action: LedgerAction, note?: string | null, files: Array<{ __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string }> }> } };

export type DeclineLedgerItemMutationVariables = Exact<{
  input: DeclineLedgerItemInput;
}>;


export type DeclineLedgerItemMutation = { __typename?: 'Mutation', declineLedgerItem: { __typename?: 'LedgerItem', id: string, number: string, year: number, kind: LedgerKind, title: string, description: string, category?: string | null, raisedByUnitId: string, raisedBy: string, raisedAt: string, handlerUnitId?: string | null, handlerDepartment?: string | null, dueOn?: string | null, assignedAt?: string | null, overdue: boolean, resolution?: string | null, resolvedAt?: string | null, signedOffBy?: string | null, signedOffAt?: string | null, declineReason?: string | null, reopenCount: number, status: LedgerStatus, allowedActions: Array<LedgerAction>, version: number, createdAt: string, updatedAt: string, raisedByUnit?: { __typename?: 'Unit', id: string, name: string } | null, files: Array<{ __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string }>, handlerUnit?: { __typename?: 'Unit', id: string, name: string } | null, history: Array<{ __typename?: 'LedgerEvent', at: string, by: string, action: LedgerAction, note?: string | null, files: Array<{ __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string }> }> } };

export type ExportNeedsMutationVariables = Exact<{
  filter: NeedFilter;
}>;


export type ExportNeedsMutation = { __typename?: 'Mutation', exportNeeds: { __typename?: 'GeneratedFile', name: string, downloadUrl: string } };

export type ExportResourcesMutationVariables = Exact<{
  filter: ResourceFilter;
}>;


export type ExportResourcesMutation = { __typename?: 'Mutation', exportResources: { __typename?: 'GeneratedFile', name: string, downloadUrl: string } };

export type ExportProjectsMutationVariables = Exact<{
  filter: ProjectFilter;
}>;


export type ExportProjectsMutation = { __typename?: 'Mutation', exportProjects: { __typename?: 'GeneratedFile', name: string, downloadUrl: string } };

export type ListUnitOptionsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  filter?: InputMaybe<UnitOptionFilter>;
}>;


export type ListUnitOptionsQuery = { __typename?: 'Query', unitOptions: { __typename?: 'UnitOptionConnection', edges: Array<{ __typename?: 'UnitOptionEdge', node: { __typename?: 'UnitOption', id: string, name: string, hostKind: HostKind } }> } };

export type ClaimHallQueryVariables = Exact<{
  year: Scalars['Int']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ClaimHallQuery = { __typename?: 'Query', claimableProjects: { __typename?: 'ProjectConnection', edges: Array<{ __typename?: 'ProjectEdge', cursor: string, node: { __typename?: 'Project', leadUnitId?: string | null, id: string, year: number, title: string, status: ProjectStatus, claimMode?: ClaimMode | null, budget?: number | null, startsOn?: string | null, targetOn?: string | null, volunteerSlots: number, slotsTaken: number, claimWindowEndsAt?: string | null, overdue: boolean, communityUnit?: { __typename?: 'Unit', id: string, name: string } | null, leadUnit?: { __typename?: 'Unit', id: string, name: string } | null, publication?: { __typename?: 'Publication', recordId: string, recordType: PublishableType, year: number, title: string, publishedAt: string, publishedBy: string } | null } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type NeedImportTemplateQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type NeedImportTemplateQuery = { __typename?: 'Query', needImportTemplate: { __typename?: 'GeneratedFile', name: string, downloadUrl: string } };

export type NeedImportPreviewFieldsFragment = { __typename?: 'NeedImportPreview', fileName: string, year: number, rows: number, toImport: number, alreadyListed: number, invalidRows: number, errorCount: number, errors: Array<{ __typename?: 'NeedImportError', rowNumber: number, column: string, message: string }> };

export type PreviewNeedImportMutationVariables = Exact<{
  input: PreviewNeedImportInput;
}>;


export type PreviewNeedImportMutation = { __typename?: 'Mutation', previewNeedImport: { __typename?: 'NeedImportPreview', fileName: string, year: number, rows: number, toImport: number, alreadyListed: number, invalidRows: number, errorCount: number, errors: Array<{ __typename?: 'NeedImportError', rowNumber: number, column: string, message: string }> } };

export type ImportNeedsMutationVariables = Exact<{
  input: ImportNeedsInput;
}>;


export type ImportNeedsMutation = { __typename?: 'Mutation', importNeeds: { __typename?: 'NeedImportResult', created: number, alreadyListed: number, invalidRows: number } };

export type CreateNeedMutationVariables = Exact<{
  input: CreateNeedInput;
}>;


export type CreateNeedMutation = { __typename?: 'Mutation', createNeed: { __typename?: 'Need', id: string, year: number, title: string, description?: string | null, category: string, urgency: NeedUrgency, source: NeedSource, raisedBy?: string | null, communityUnitId: string, wantedFrom?: string | null, wantedUntil?: string | null, status: NeedStatus, statusReason?: string | null, projectId?: string | null, version: number, createdAt: string, updatedAt: string, communityUnit?: { __typename?: 'Unit', id: string, name: string } | null, project?: { __typename?: 'Project', id: string, title: string, status: ProjectStatus } | null, publication?: { __typename?: 'Publication', recordId: string, recordType: PublishableType, year: number, title: string, publishedAt: string, publishedBy: string } | null } };

export type NeedForEditQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NeedForEditQuery = { __typename?: 'Query', need?: { __typename?: 'Need', id: string, year: number, title: string, description?: string | null, category: string, urgency: NeedUrgency, source: NeedSource, raisedBy?: string | null, communityUnitId: string, wantedFrom?: string | null, wantedUntil?: string | null, status: NeedStatus, statusReason?: string | null, projectId?: string | null, version: number, createdAt: string, updatedAt: string, communityUnit?: { __typename?: 'Unit', id: string, name: string } | null, project?: { __typename?: 'Project', id: string, title: string, status: ProjectStatus } | null, publication?: { __typename?: 'Publication', recordId: string, recordType: PublishableType, year: number, title: string, publishedAt: string, publishedBy: string } | null } | null };

export type UpdateNeedMutationVariables = Exact<{
  input: UpdateNeedInput;
}>;


export type UpdateNeedMutation = { __typename?: 'Mutation', updateNeed: { __typename?: 'Need', id: string, year: number, title: string, description?: string | null, category: string, urgency: NeedUrgency, source: NeedSource, raisedBy?: string | null, communityUnitId: string, wantedFrom?: string | null, wantedUntil?: string | null, status: NeedStatus, statusReason?: string | null, projectId?: string | null, version: number, createdAt: string, updatedAt: string, communityUnit?: { __typename?: 'Unit', id: string, name: string } | null, project?: { __typename?: 'Project', id: string, title: string, status: ProjectStatus } | null, publication?: { __typename?: 'Publication', recordId: string, recordType: PublishableType, year: number, title: string, publishedAt: string, publishedBy: string } | null } };

export type NeedRowFragment = { __typename?: 'Need', id: string, year: number, title: string, category: string, urgency: NeedUrgency, source: NeedSource, status: NeedStatus, wantedFrom?: string | null, wantedUntil?: string | null, createdAt: string, communityUnit?: { __typename?: 'Unit', id: string, name: string } | null, project?: { __typename?: 'Project', id: string, title: string } | null, publication?: { __typename?: 'Publication', recordId: string, recordType: PublishableType, year: number, title: string, publishedAt: string, publishedBy: string } | null };

export type NeedFieldsFragment = { __typename?: 'Need', id: string, year: number, title: string, description?: string | null, category: string, urgency: NeedUrgency, source: NeedSource, raisedBy?: string | null, communityUnitId: string, wantedFrom?: string | null, wantedUntil?: string | null, status: NeedStatus, statusReason?: string | null, projectId?: string | null, version: number, createdAt: string, updatedAt: string, communityUnit?: { __typename?: 'Unit', id: string, name: string } | null, project?: { __typename?: 'Project', id: string, title: string, status: ProjectStatus } | null, publication?: { __typename?: 'Publication', recordId: string, recordType: PublishableType, year: number, title: string, publishedAt: string, publishedBy: string } | null };

export type NeedCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type NeedCategoriesQuery = { __typename?: 'Query', needCategories: Array<string> };

export type NeedListQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter: NeedFilter;
}>;


export type NeedListQuery = { __typename?: 'Query', needs: { __typename?: 'NeedConnection', edges: Array<{ __typename?: 'NeedEdge', cursor: string, node: { __typename?: 'Need', id: string, year: number, title: string, category: string, urgency: NeedUrgency, source: NeedSource, status: NeedStatus, wantedFrom?: string | null, wantedUntil?: string | null, createdAt: string, communityUnit?: { __typename?: 'Unit', id: string, name: string } | null, project?: { __typename?: 'Project', id: string, title: string } | null, publication?: { __typename?: 'Publication', recordId: string, recordType: PublishableType, year: number, title: string, publishedAt: string, publishedBy: string } | null } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type MatchSuggestionFragment = { __typename?: 'ResourceSuggestion', paired: boolean, typeFits: boolean, resource: { __typename?: 'Resource', id: string, title: string, type: ResourceType, quantity: number, quantityUnit: string, quantityLeft: number, availableFrom?: string | null, availableUntil?: string | null, contactName?: string | null, unit?: { __typename?: 'Unit', id: string, name: string } | null } };

export type MatchPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MatchPageQuery = { __typename?: 'Query', need?: { __typename?: 'Need', id: string, year: number, title: string, description?: string | null, category: string, urgency: NeedUrgency, source: NeedSource, raisedBy?: string | null, communityUnitId: string, wantedFrom?: string | null, wantedUntil?: string | null, status: NeedStatus, statusReason?: string | null, projectId?: string | null, version: number, createdAt: string, updatedAt: string, communityUnit?: { __typename?: 'Unit', id: string, name: string } | null, project?: { __typename?: 'Project', id: string, title: string, status: ProjectStatus } | null, publication?: { __typename?: 'Publication', recordId: string, recordType: PublishableType, year: number, title: string, publishedAt: string, publishedBy: string } | null } | null, suggestResources: Array<{ __typename?: 'ResourceSuggestion', paired: boolean, typeFits: boolean, resource: { __typename?: 'Resource', id: string, title: string, type: ResourceType, quantity: number, quantityUnit: string, quantityLeft: number, availableFrom?: string | null, availableUntil?: string | null, contactName?: string | null, unit?: { __typename?: 'Unit', id: string, name: string } | null } }> };

export type CreateProjectFromNeedMutationVariables = Exact<{
  input: CreateProjectFromNeedInput;
}>;


export type CreateProjectFromNeedMutation = { __typename?: 'Mutation', createProjectFromNeed: { __typename?: 'Project', id: string, title: string } };

export type NeedPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NeedPageQuery = { __typename?: 'Query', need?: { __typename?: 'Need', id: string, year: number, title: string, description?: string | null, category: string, urgency: NeedUrgency, source: NeedSource, raisedBy?: string | null, communityUnitId: string, wantedFrom?: string | null, wantedUntil?: string | null, status: NeedStatus, statusReason?: string | null, projectId?: string | null, version: number, createdAt: string, updatedAt: string, communityUnit?: { __typename?: 'Unit', id: string, name: string } | null, project?: { __typename?: 'Project', id: string, title: string, status: ProjectStatus } | null, publication?: { __typename?: 'Publication', recordId: string, recordType: PublishableType, year: number, title: string, publishedAt: string, publishedBy: string } | null } | null };

export type CloseNeedMutationVariables = Exact<{
  input: CloseNeedInput;
}>;


export type CloseNeedMutation = { __typename?: 'Mutation', closeNeed: { __typename?: 'Need', id: string, year: number, title: string, description?: string | null, category: string, urgency: NeedUrgency, source: NeedSource, raisedBy?: string | null, communityUnitId: string, wantedFrom?: string | null, wantedUntil?: string | null, status: NeedStatus, statusReason?: string | null, projectId?: string | null, version: number, createdAt: string, updatedAt: string, communityUnit?: { __typename?: 'Unit', id: string, name: string } | null, project?: { __typename?: 'Project', id: string, title: string, status: ProjectStatus } | null, publication?: { __typename?: 'Publication', recordId: string, recordType: PublishableType, year: number, title: string, publishedAt: string, publishedBy: string } | null } };

export type ListYearQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type ListYearQuery = { __typename?: 'Query', listYear: { __typename?: 'ListYear', year: number, needs: { __typename?: 'NeedFigures', total: number, byStatus: Array<{ __typename?: 'NeedStatusCount', status: NeedStatus, count: number }>, byCategory: Array<{ __typename?: 'NeedCategoryCount', category: string, count: number }> }, resources: { __typename?: 'ResourceFigures', total: number, withdrawn: number, byType: Array<{ __typename?: 'ResourceTypeCount', type: ResourceType, count: number }> }, projects: { __typename?: 'ProjectFigures', total: number, budget: number, byStatus: Array<{ __typename?: 'ProjectStatusCount', status: ProjectStatus, count: number }> } } };

export type ListsOwnUnitQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ListsOwnUnitQuery = { __typename?: 'Query', unit?: { __typename?: 'Unit', id: string, name: string, hostKind: HostKind } | null };

export type ProjectRowFragment = { __typename?: 'Project', id: string, year: number, title: string, status: ProjectStatus, claimMode?: ClaimMode | null, budget?: number | null, startsOn?: string | null, targetOn?: string | null, volunteerSlots: number, slotsTaken: number, claimWindowEndsAt?: string | null, overdue: boolean, communityUnit?: { __typename?: 'Unit', id: string, name: string } | null, leadUnit?: { __typename?: 'Unit', id: string, name: string } | null, publication?: { __typename?: 'Publication', recordId: string, recordType: PublishableType, year: number, title: string, publishedAt: string, publishedBy: string } | null };

export type ProjectPageFieldsFragment = { __typename?: 'Project', id: string, year: number, title: string, description?: string | null, status: ProjectStatus, statusReason?: string | null, communityUnitId: string, budget?: number | null, startsOn?: string | null, targetOn?: string | null, volunteerSlots: number, slotsTaken: number, claimMode?: ClaimMode | null, claimWindowEndsAt?: string | null, leadUnitId?: string | null, acceptanceNote?: string | null, acceptedAt?: string | null, allowedActions: Array<ProjectAction>, overdue: boolean, version: number, createdAt: string, updatedAt: string, communityUnit?: { __typename?: 'Unit', id: string, name: string } | null, needs: Array<{ __typename?: 'Need', id: string, title: string, category: string, status: NeedStatus }>, leadUnit?: { __typename?: 'Unit', id: string, name: string } | null, claims: Array<{ __typename?: 'Claim', id: string, kind: ClaimKind, unitId?: string | null, mode?: ClaimMode | null, lead: boolean, memberId?: string | null, memberName?: string | null, resourceId?: string | null, quantity?: number | null, status: ClaimStatus, claimedAt: string, claimedBy: string, unit?: { __typename?: 'Unit', id: string, name: string } | null, resource?: { __typename?: 'Resource', id: string, title: string, quantityUnit: string } | null }>, rating: { __typename?: 'ProjectRatingSummary', average?: number | null, count: number }, history: Array<{ __typename?: 'ProjectEvent', at: string, by: string, action: string, from?: ProjectStatus | null, to?: ProjectStatus | null, note?: string | null }>, publication?: { __typename?: 'Publication', recordId: string, recordType: PublishableType, year: number, title: string, publishedAt: string, publishedBy: string } | null };

export type ProjectProgressFieldsFragment = { __typename?: 'ProjectProgress', id: string, at: string, by: string, note: string, unit?: { __typename?: 'Unit', id: string, name: string } | null, files: Array<{ __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string }> };

export type ProjectListQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter: ProjectFilter;
}>;


export type ProjectListQuery = { __typename?: 'Query', projects: { __typename?: 'ProjectConnection', edges: Array<{ __typename?: 'ProjectEdge', cursor: string, node: { __typename?: 'Project', id: string, year: number, title: string, status: ProjectStatus, claimMode?: ClaimMode | null, budget?: number | null, startsOn?: string | null, targetOn?: string | null, volunteerSlots: number, slotsTaken: number, claimWindowEndsAt?: string | null, overdue: boolean, communityUnit?: { __typename?: 'Unit', id: string, name: string } | null, leadUnit?: { __typename?: 'Unit', id: string, name: string } | null, publication?: { __typename?: 'Publication', recordId: string, recordType: PublishableType, year: number, title: string, publishedAt: string, publishedBy: string } | null } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type ProjectPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProjectPageQuery = { __typename?: 'Query', project?: { __typename?: 'Project', id: string, year: number, title: string, description?: string | null, status: ProjectStatus, statusReason?: string | null, communityUnitId: string, budget?: number | null, startsOn?: string | null, targetOn?: string | null, volunteerSlots: number, slotsTaken: number, claimMode?: ClaimMode | null, claimWindowEndsAt?: string | null, leadUnitId?: string | null, acceptanceNote?: string | null, acceptedAt?: string | null, allowedActions: Array<ProjectAction>, overdue: boolean, version: number, createdAt: string, updatedAt: string, communityUnit?: { __typename?: 'Unit', id: string, name: string } | null, needs: Array<{ __typename?: 'Need', id: string, title: string, category: string, status: NeedStatus }>, leadUnit?: { __typename?: 'Unit', id: string, name: string } | null, claims: Array<{ __typename?: 'Claim', id: string, kind: ClaimKind, unitId?: string | null, mode?: ClaimMode | null, lead: boolean, memberId?: string | null, memberName?: string | null, resourceId?: string | null, quantity?: number | null, status: ClaimStatus, claimedAt: string, claimedBy: string, unit?: { __typename?: 'Unit', id: string, name: string } | null, resource?: { __typename?: 'Resource', id: string, title: string, quantityUnit: string } | null }>, rating: { __typename?: 'ProjectRatingSummary', average?: number | null, count: number }, history: Array<{ __typename?: 'ProjectEvent', at: string, by: string, action: string, from?: ProjectStatus | null, to?: ProjectStatus | null, note?: string | null }>, publication?: { __typename?: 'Publication', recordId: string, recordType: PublishableType, year: number, title: string, publishedAt: string, publishedBy: string } | null } | null };

export type WithdrawClaimMutationVariables = Exact<{
  claimId: Scalars['ID']['input'];
}>;


export type WithdrawClaimMutation = { __typename?: 'Mutation', withdrawClaim: { __typename?: 'Claim', id: string, project?: { __typename?: 'Project', id: string, year: number, title: string, description?: string | null, status: ProjectStatus, statusReason?: string | null, communityUnitId: string, budget?: number | null, startsOn?: string | null, targetOn?: string | null, volunteerSlots: number, slotsTaken: number, claimMode?: ClaimMode | null, claimWindowEndsAt?: string | null, leadUnitId?: string | null, acceptanceNote?: string | null, acceptedAt?: string | null, allowedActions: Array<ProjectAction>, overdue: boolean, version: number, createdAt: string, updatedAt: string, communityUnit?: { __typename?: 'Unit', id: string, name: string } | null, needs: Array<{ __typename?: 'Need', id: string, title: string, category: string, status: NeedStatus }>, leadUnit?: { __typename?: 'Unit', id: string, name: string } | null, claims: Array<{ __typename?: 'Claim', id: string, kind: ClaimKind, unitId?: string | null, mode?: ClaimMode | null, lead: boolean, memberId?: string | null, memberName?: string | null, resourceId?: string | null, quantity?: number | null, status: ClaimStatus, claimedAt: string, claimedBy: string, unit?: { __typename?: 'Unit', id: string, name: string } | null, resource?: { __typename?: 'Resource', id: string, title: string, quantityUnit: string } | null }>, rating: { __typename?: 'ProjectRatingSummary', average?: number | null, count: number }, history: Array<{ __typename?: 'ProjectEvent', at: string, by: string, action: string, from?: ProjectStatus | null, to?: ProjectStatus | null, note?: string | null }>, publication?: { __typename?: 'Publication', recordId: string, recordType: PublishableType, year: number, title: string, publishedAt: string, publishedBy: string } | null } | null } };

export type ResourceChoicesQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  filter: ResourceFilter;
}>;


export type ResourceChoicesQuery = { __typename?: 'Query', resources: { __typename?: 'ResourceConnection', edges: Array<{ __typename?: 'ResourceEdge', node: { __typename?: 'Resource', id: string, title: string, quantityLeft: number, quantityUnit: string, unit?: { __typename?: 'Unit', id: string, name: string } | null } }> } };

export type ClaimResourceMutationVariables = Exact<{
  input: ClaimResourceInput;
}>;


export type ClaimResourceMutation = { __typename?: 'Mutation', claimResource: { __typename?: 'Claim', id: string, project?: { __typename?: 'Project', id: string, year: number, title: string, description?: string | null, status: ProjectStatus, statusReason?: string | null, communityUnitId: string, budget?: number | null, startsOn?: string | null, targetOn?: string | null, volunteerSlots: number, slotsTaken: number, claimMode?: ClaimMode | null, claimWindowEndsAt?: string | null, leadUnitId?: string | null, acceptanceNote?: string | null, acceptedAt?: string | null, allowedActions: Array<ProjectAction>, overdue: boolean, version: number, createdAt: string, updatedAt: string, communityUnit?: { __typename?: 'Unit', id: string, name: string } | null, needs: Array<{ __typename?: 'Need', id: string, title: string, category: string, status: NeedStatus }>, leadUnit?: { __typename?: 'Unit', id: string, name: string } | null, claims: Array<{ __typename?: 'Claim', id: string, kind: ClaimKind, unitId?: string | null, mode?: ClaimMode | null, lead: boolean, memberId?: string | null, memberName?: string | null, resourceId?: string | null, quantity?: number | null, status: ClaimStatus, claimedAt: string, claimedBy: string, unit?: { __typename?: 'Unit', id: string, name: string } | null, resource?: { __typename?: 'Resource', id: string, title: string, quantityUnit: string } | null }>, rating: { __typename?: 'ProjectRatingSummary', average?: number | null, count: number }, history: Array<{ __typename?: 'ProjectEvent', at: string, by: string, action: string, from?: ProjectStatus | null, to?: ProjectStatus | null, note?: string | null }>, publication?: { __typename?: 'Publication', recordId: string, recordType: PublishableType, year: number, title: string, publishedAt: string, publishedBy: string } | null } | null } };

export type ClaimProjectMutationVariables = Exact<{
  input: ClaimProjectInput;
}>;


export type ClaimProjectMutation = { __typename?: 'Mutation', claimProject: { __typename?: 'Claim', id: string, project?: { __typename?: 'Project', id: string, year: number, title: string, description?: string | null, status: ProjectStatus, statusReason?: string | null, communityUnitId: string, budget?: number | null, startsOn?: string | null, targetOn?: string | null, volunteerSlots: number, slotsTaken: number, claimMode?: ClaimMode | null, claimWindowEndsAt?: string | null, leadUnitId?: string | null, acceptanceNote?: string | null, acceptedAt?: string | null, allowedActions: Array<ProjectAction>, overdue: boolean, version: number, createdAt: string, updatedAt: string, communityUnit?: { __typename?: 'Unit', id: string, name: string } | null, needs: Array<{ __typename?: 'Need', id: string, title: string, category: string, status: NeedStatus }>, leadUnit?: { __typename?: 'Unit', id: string, name: string } | null, claims: Array<{ __typename?: 'Claim', id: string, kind: ClaimKind, unitId?: string | null, mode?: ClaimMode | null, lead: boolean, memberId?: string | null, memberName?: string | null, resourceId?: string | null, quantity?: number | null, status: ClaimStatus, claimedAt: string, claimedBy: string, unit?: { __typename?: 'Unit', id: string, name: string } | null, resource?: { __typename?: 'Resource', id: string, title: string, quantityUnit: string } | null }>, rating: { __typename?: 'ProjectRatingSummary', average?: number | null, count: number }, history: Array<{ __typename?: 'ProjectEvent', at: string, by: string, action: string, from?: ProjectStatus | null, to?: ProjectStatus | null, note?: string | null }>, publication?: { __typename?: 'Publication', recordId: string, recordType: PublishableType, year: number, title: string, publishedAt: string, publishedBy: string } | null } | null } };

export type ProjectProgressQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ProjectProgressQuery = { __typename?: 'Query', project?: { __typename?: 'Project', id: string, progress: { __typename?: 'ProjectProgressConnection', edges: Array<{ __typename?: 'ProjectProgressEdge', cursor: string, node: { __typename?: 'ProjectProgress', id: string, at: string, by: string, note: string, unit?: { __typename?: 'Unit', id: string, name: string } | null, files: Array<{ __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string }> } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } } | null };

export type ReportProjectProgressMutationVariables = Exact<{
  input: ReportProjectProgressInput;
}>;


export type ReportProjectProgressMutation = { __typename?: 'Mutation', reportProjectProgress: { __typename?: 'ProjectProgress', id: string, at: string, by: string, note: string, unit?: { __typename?: 'Unit', id: string, name: string } | null, files: Array<{ __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string }> } };

export type TransitionProjectMutationVariables = Exact<{
  input: TransitionProjectInput;
}>;


export type TransitionProjectMutation = { __typename?: 'Mutation', transitionProject: { __typename?: 'Project', id: string, year: number, title: string, description?: string | null, status: ProjectStatus, statusReason?: string | null, communityUnitId: string, budget?: number | null, startsOn?: string | null, targetOn?: string | null, volunteerSlots: number, slotsTaken: number, claimMode?: ClaimMode | null, claimWindowEndsAt?: string | null, leadUnitId?: string | null, acceptanceNote?: string | null, acceptedAt?: string | null, allowedActions: Array<ProjectAction>, overdue: boolean, version: number, createdAt: string, updatedAt: string, communityUnit?: { __typename?: 'Unit', id: string, name: string } | null, needs: Array<{ __typename?: 'Need', id: string, title: string, category: string, status: NeedStatus }>, leadUnit?: { __typename?: 'Unit', id: string, name: string } | null, claims: Array<{ __typename?: 'Claim', id: string, kind: ClaimKind, unitId?: string | null, mode?: ClaimMode | null, lead: boolean, memberId?: string | null, memberName?: string | null, resourceId?: string | null, quantity?: number | null, status: ClaimStatus, claimedAt: string, claimedBy: string, unit?: { __typename?: 'Unit', id: string, name: string } | null, resource?: { __typename?: 'Resource', id: string, title: string, quantityUnit: string } | null }>, rating: { __typename?: 'ProjectRatingSummary', average?: number | null, count: number }, history: Array<{ __typename?: 'ProjectEvent', at: string, by: string, action: string, from?: ProjectStatus | null, to?: ProjectStatus | null, note?: string | null }>, publication?: { __typename?: 'Publication', recordId: string, recordType: PublishableType, year: number, title: string, publishedAt: string, publishedBy: string } | null } };

export type PublicationFieldsFragment = { __typename?: 'Publication', recordId: string, recordType: PublishableType, year: number, title: string, publishedAt: string, publishedBy: string };

export type PublishMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublishMutation = { __typename?: 'Mutation', publish: { __typename?: 'Publication', recordId: string, recordType: PublishableType, year: number, title: string, publishedAt: string, publishedBy: string } };

export type UnpublishMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UnpublishMutation = { __typename?: 'Mutation', unpublish: { __typename?: 'Publication', recordId: string, recordType: PublishableType, year: number, title: string, publishedAt: string, publishedBy: string } };

export type PublicationListQueryVariables = Exact<{
  type: PublishableType;
  year: Scalars['Int']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PublicationListQuery = { __typename?: 'Query', publications: { __typename?: 'PublicationConnection', edges: Array<{ __typename?: 'PublicationEdge', cursor: string, node: { __typename?: 'Publication', meetingId?: string | null, recordId: string, recordType: PublishableType, year: number, title: string, publishedAt: string, publishedBy: string } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type ResourceFieldsFragment = { __typename?: 'Resource', id: string, year: number, unitId: string, type: ResourceType, title: string, description?: string | null, quantity: number, quantityUnit: string, quantityLeft: number, availableFrom?: string | null, availableUntil?: string | null, contactName?: string | null, contactPhone?: string | null, status: ResourceStatus, version: number, unit?: { __typename?: 'Unit', id: string, name: string } | null };

export type CreateResourceMutationVariables = Exact<{
  input: CreateResourceInput;
}>;


export type CreateResourceMutation = { __typename?: 'Mutation', createResource: { __typename?: 'Resource', id: string, year: number, unitId: string, type: ResourceType, title: string, description?: string | null, quantity: number, quantityUnit: string, quantityLeft: number, availableFrom?: string | null, availableUntil?: string | null, contactName?: string | null, contactPhone?: string | null, status: ResourceStatus, version: number, unit?: { __typename?: 'Unit', id: string, name: string } | null } };

export type ResourceForEditQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResourceForEditQuery = { __typename?: 'Query', resource?: { __typename?: 'Resource', id: string, year: number, unitId: string, type: ResourceType, title: string, description?: string | null, quantity: number, quantityUnit: string, quantityLeft: number, availableFrom?: string | null, availableUntil?: string | null, contactName?: string | null, contactPhone?: string | null, status: ResourceStatus, version: number, unit?: { __typename?: 'Unit', id: string, name: string } | null } | null };

export type UpdateResourceMutationVariables = Exact<{
  input: UpdateResourceInput;
}>;


export type UpdateResourceMutation = { __typename?: 'Mutation', updateResource: { __typename?: 'Resource', id: string, year: number, unitId: string, type: ResourceType, title: string, description?: string | null, quantity: number, quantityUnit: string, quantityLeft: number, availableFrom?: string | null, availableUntil?: string | null, contactName?: string | null, contactPhone?: string | null, status: ResourceStatus, version: number, unit?: { __typename?: 'Unit', id: string, name: string } | null } };

export type ResourceRowFragment = { __typename?: 'Resource', id: string, year: number, title: string, type: ResourceType, unitId: string, quantity: number, quantityUnit: string, quantityLeft: number, availableFrom?: string | null, availableUntil?: string | null, contactName?: string | null, contactPhone?: string | null, status: ResourceStatus, version: number, unit?: { __typename?: 'Unit', id: string, name: string } | null, publication?: { __typename?: 'Publication', recordId: string, recordType: PublishableType, year: number, title: string, publishedAt: string, publishedBy: string } | null };

export type ResourceListQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter: ResourceFilter;
}>;


export type ResourceListQuery = { __typename?: 'Query', resources: { __typename?: 'ResourceConnection', edges: Array<{ __typename?: 'ResourceEdge', cursor: string, node: { __typename?: 'Resource', id: string, year: number, title: string, type: ResourceType, unitId: string, quantity: number, quantityUnit: string, quantityLeft: number, availableFrom?: string | null, availableUntil?: string | null, contactName?: string | null, contactPhone?: string | null, status: ResourceStatus, version: number, unit?: { __typename?: 'Unit', id: string, name: string } | null, publication?: { __typename?: 'Publication', recordId: string, recordType: PublishableType, year: number, title: string, publishedAt: string, publishedBy: string } | null } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type WithdrawResourceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type WithdrawResourceMutation = { __typename?: 'Mutation', withdrawResource: { __typename?: 'Resource', id: string, year: number, title: string, type: ResourceType, unitId: string, quantity: number, quantityUnit: string, quantityLeft: number, availableFrom?: string | null, availableUntil?: string | null, contactName?: string | null, contactPhone?: string | null, status: ResourceStatus, version: number, unit?: { __typename?: 'Unit', id: string, name: string } | null, publication?: { __typename?: 'Publication', recordId: string, recordType: PublishableType, year: number, title: string, publishedAt: string, publishedBy: string } | null } };

export type ListSettingsFieldsFragment = { __typename?: 'ListSettings', needCategories: Array<string>, claimWindowDays: number, version: number };

export type ListSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ListSettingsQuery = { __typename?: 'Query', listSettings: { __typename?: 'ListSettings', needCategories: Array<string>, claimWindowDays: number, version: number } };

export type SetListSettingsMutationVariables = Exact<{
  input: SetListSettingsInput;
}>;


export type SetListSettingsMutation = { __typename?: 'Mutation', setListSettings: { __typename?: 'ListSettings', needCategories: Array<string>, claimWindowDays: number, version: number } };

export type MeetingCalendarMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
}>;


export type MeetingCalendarMutation = { __typename?: 'Mutation', meetingCalendar: { __typename?: 'GeneratedFile', name: string, downloadUrl: string } };

export type CalendarFeedQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarFeedQuery = { __typename?: 'Query', calendarFeed?: { __typename?: 'CalendarFeed', role: AccountRole, createdAt: string, lastUsedAt?: string | null } | null };

export type CreateCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateCalendarFeedMutation = { __typename?: 'Mutation', createCalendarFeed: { __typename?: 'CalendarFeedWithUrl', url: string, feed: { __typename?: 'CalendarFeed', role: AccountRole, createdAt: string, lastUsedAt?: string | null } } };

export type RevokeCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type RevokeCalendarFeedMutation = { __typename?: 'Mutation', revokeCalendarFeed: boolean };

export type MeetingMonthEntryFragment = { __typename?: 'Meeting', id: string, title: string, kind: MeetingKind, status: MeetingStatus, startsAt: string, endsAt: string };

export type MeetingMonthQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MeetingFilter>;
}>;


export type MeetingMonthQuery = { __typename?: 'Query', meetings: { __typename?: 'MeetingConnection', edges: Array<{ __typename?: 'MeetingEdge', node: { __typename?: 'Meeting', id: string, title: string, kind: MeetingKind, status: MeetingStatus, startsAt: string, endsAt: string } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type SubBodyOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SubBodyOptionsQuery = { __typename?: 'Query', subBodies: { __typename?: 'SubBodyConnection', edges: Array<{ __typename?: 'SubBodyEdge', node: { __typename?: 'SubBody', id: string, name: string, unitIds: Array<string> } }> } };

export type MeetingFormFieldsFragment = { __typename?: 'Meeting', id: string, title: string, kind: MeetingKind, status: MeetingStatus, startsAt: string, endsAt: string, place?: string | null, onlineLink?: string | null, convenerUnitId?: string | null, subBodyId?: string | null, chair?: string | null, recorder?: string | null, invitedUnitIds: Array<string>, allowedActions: Array<MeetingAction>, version: number, convenerUnit?: { __typename?: 'Unit', id: string, name: string } | null, invitedUnits: Array<{ __typename?: 'Unit', id: string, name: string }> };

export type MeetingRowFragment = { __typename?: 'Meeting', id: string, title: string, kind: MeetingKind, status: MeetingStatus, startsAt: string, endsAt: string, place?: string | null, onlineLink?: string | null, convenerUnit?: { __typename?: 'Unit', id: string, name: string } | null, agenda: Array<{ __typename?: 'AgendaItem', id: string }> };

export type SupervisionListQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActionItemFilter>;
}>;


export type SupervisionListQuery = { __typename?: 'Query', actionItems: { __typename?: 'ActionItemConnection', edges: Array<{ __typename?: 'ActionItemEdge', cursor: string, node: { __typename?: 'ActionItem', id: string, meetingId: string, resolutionId: string, title: string, responsibleUnitIds: Array<string>, dueOn: string, doneWhen?: string | null, status: ActionItemStatus, overdue: boolean, version: number, createdAt: string, meeting?: { __typename?: 'Meeting', id: string, title: string, startsAt: string } | null, responsibleUnits: Array<{ __typename?: 'Unit', id: string, name: string }>, reports: Array<{ __typename?: 'ActionReport', unitId: string, text: string, done: boolean, reportedBy: string, reportedAt: string, unit?: { __typename?: 'Unit', id: string, name: string } | null, files: Array<{ __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string }> }> } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type MeetingFollowUpSummaryMutationVariables = Exact<{
  input: MeetingFollowUpSummaryInput;
}>;


export type MeetingFollowUpSummaryMutation = { __typename?: 'Mutation', meetingFollowUpSummary: { __typename?: 'GeneratedFile', name: string, downloadUrl: string } };

export type ReportActionItemMutationVariables = Exact<{
  input: ReportActionItemInput;
}>;


export type ReportActionItemMutation = { __typename?: 'Mutation', reportActionItem: { __typename?: 'ActionItem', id: string, meetingId: string, resolutionId: string, title: string, responsibleUnitIds: Array<string>, dueOn: string, doneWhen?: string | null, status: ActionItemStatus, overdue: boolean, version: number, createdAt: string, meeting?: { __typename?: 'Meeting', id: string, title: string, startsAt: string } | null, responsibleUnits: Array<{ __typename?: 'Unit', id: string, name: string }>, reports: Array<{ __typename?: 'ActionReport', unitId: string, text: string, done: boolean, reportedBy: string, reportedAt: string, unit?: { __typename?: 'Unit', id: string, name: string } | null, files: Array<{ __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string }> }> } };

export type SupervisionRowFragment = { __typename?: 'ActionItem', id: string, meetingId: string, resolutionId: string, title: string, responsibleUnitIds: Array<string>, dueOn: string, doneWhen?: string | null, status: ActionItemStatus, overdue: boolean, version: number, createdAt: string, meeting?: { __typename?: 'Meeting', id: string, title: string, startsAt: string } | null, responsibleUnits: Array<{ __typename?: 'Unit', id: string, name: string }>, reports: Array<{ __typename?: 'ActionReport', unitId: string, text: string, done: boolean, reportedBy: string, reportedAt: string, unit?: { __typename?: 'Unit', id: string, name: string } | null, files: Array<{ __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string }> }> };

export type MeetingCadenceRowFragment = { __typename?: 'MeetingCadence', kind: MeetingKind, everyMonths?: number | null, lastHeldOn?: string | null, nextDueOn?: string | null, overdue: boolean };

export type MeetingCadenceQueryVariables = Exact<{ [key: string]: never; }>;


export type MeetingCadenceQuery = { __typename?: 'Query', meetingCadence: Array<{ __typename?: 'MeetingCadence', kind: MeetingKind, everyMonths?: number | null, lastHeldOn?: string | null, nextDueOn?: string | null, overdue: boolean }> };

export type SetMeetingCadenceMutationVariables = Exact<{
  input: SetMeetingCadenceInput;
}>;


export type SetMeetingCadenceMutation = { __typename?: 'Mutation', setMeetingCadence: { __typename?: 'MeetingCadence', kind: MeetingKind, everyMonths?: number | null, lastHeldOn?: string | null, nextDueOn?: string | null, overdue: boolean } };

export type CreateMeetingMutationVariables = Exact<{
  input: CreateMeetingInput;
}>;


export type CreateMeetingMutation = { __typename?: 'Mutation', createMeeting: { __typename?: 'Meeting', id: string, title: string } };

export type MeetingForEditQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MeetingForEditQuery = { __typename?: 'Query', meeting?: { __typename?: 'Meeting', id: string, title: string, kind: MeetingKind, status: MeetingStatus, startsAt: string, endsAt: string, place?: string | null, onlineLink?: string | null, convenerUnitId?: string | null, subBodyId?: string | null, chair?: string | null, recorder?: string | null, invitedUnitIds: Array<string>, allowedActions: Array<MeetingAction>, version: number, convenerUnit?: { __typename?: 'Unit', id: string, name: string } | null, invitedUnits: Array<{ __typename?: 'Unit', id: string, name: string }> } | null };

export type UpdateMeetingMutationVariables = Exact<{
  input: UpdateMeetingInput;
}>;


export type UpdateMeetingMutation = { __typename?: 'Mutation', updateMeeting: { __typename?: 'Meeting', updatedAt: string, id: string, title: string, kind: MeetingKind, status: MeetingStatus, startsAt: string, endsAt: string, place?: string | null, onlineLink?: string | null, convenerUnitId?: string | null, subBodyId?: string | null, chair?: string | null, recorder?: string | null, invitedUnitIds: Array<string>, allowedActions: Array<MeetingAction>, version: number, convenerUnit?: { __typename?: 'Unit', id: string, name: string } | null, invitedUnits: Array<{ __typename?: 'Unit', id: string, name: string }> } };

export type MeetingPageFieldsFragment = { __typename?: 'Meeting', id: string, title: string, kind: MeetingKind, status: MeetingStatus, statusReason?: string | null, startsAt: string, endsAt: string, place?: string | null, onlineLink?: string | null, chair?: string | null, recorder?: string | null, approvedAt?: string | null, approvedBy?: string | null, allowedActions: Array<MeetingAction>, version: number, createdAt: string, updatedAt: string, convenerUnit?: { __typename?: 'Unit', id: string, name: string } | null, invitedUnits: Array<{ __typename?: 'Unit', id: string, name: string }>, agenda: Array<{ __typename?: 'AgendaItem', id: string, order: number, title: string, presenter?: string | null, plannedMinutes?: number | null, presenterUnit?: { __typename?: 'Unit', id: string, name: string } | null }>, notice?: { __typename?: 'MeetingNotice', sentAt: string, sentBy: string, daysBeforeStart: number, lateReason?: string | null, recipientCount: number } | null };

export type MeetingPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MeetingPageQuery = { __typename?: 'Query', meeting?: { __typename?: 'Meeting', id: string, title: string, kind: MeetingKind, status: MeetingStatus, statusReason?: string | null, startsAt: string, endsAt: string, place?: string | null, onlineLink?: string | null, chair?: string | null, recorder?: string | null, approvedAt?: string | null, approvedBy?: string | null, allowedActions: Array<MeetingAction>, version: number, createdAt: string, updatedAt: string, convenerUnit?: { __typename?: 'Unit', id: string, name: string } | null, invitedUnits: Array<{ __typename?: 'Unit', id: string, name: string }>, agenda: Array<{ __typename?: 'AgendaItem', id: string, order: number, title: string, presenter?: string | null, plannedMinutes?: number | null, presenterUnit?: { __typename?: 'Unit', id: string, name: string } | null }>, notice?: { __typename?: 'MeetingNotice', sentAt: string, sentBy: string, daysBeforeStart: number, lateReason?: string | null, recipientCount: number } | null } | null };

export type AttendanceFieldsFragment = { __typename?: 'Attendance', meetingId: string, unitId: string, status: AttendanceStatus, source: AttendanceSource, attendee?: string | null, leaveReason?: string | null, delegate?: string | null, checkedInAt?: string | null, late: boolean, takesPart: boolean, recordedBy?: string | null, version: number, updatedAt?: string | null, unit?: { __typename?: 'Unit', id: string, name: string } | null };

export type MeetingAttendanceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MeetingAttendanceQuery = { __typename?: 'Query', meeting?: { __typename?: 'Meeting', id: string, checkInCode?: string | null, checkInOpensAt: string, checkInClosesAt: string, attendance: Array<{ __typename?: 'Attendance', meetingId: string, unitId: string, status: AttendanceStatus, source: AttendanceSource, attendee?: string | null, leaveReason?: string | null, delegate?: string | null, checkedInAt?: string | null, late: boolean, takesPart: boolean, recordedBy?: string | null, version: number, updatedAt?: string | null, unit?: { __typename?: 'Unit', id: string, name: string } | null }> } | null };

export type MinutesFieldsFragment = { __typename?: 'Minutes', agendaItemId: string, text: string, decision?: string | null, version: number, savedBy: string, savedAt: string, locked: boolean, files: Array<{ __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string }>, addenda: Array<{ __typename?: 'MinutesAddendum', text: string, addedBy: string, addedAt: string }> };

export type ConsensusFieldsFragment = { __typename?: 'AgendaConsensus', agendaItemId: string, outcome: ConsensusOutcome, missingUnitIds: Array<string>, positions: Array<{ __typename?: 'UnitPosition', unitId: string, position: ConsensusPosition, view?: string | null, recordedBy: string, recordedAt: string, unit?: { __typename?: 'Unit', id: string, name: string } | null }> };

export type MeetingOpinionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MeetingOpinionsQuery = { __typename?: 'Query', meeting?: { __typename?: 'Meeting', id: string, opinions: { __typename?: 'MeetingOpinionConnection', edges: Array<{ __typename?: 'MeetingOpinionEdge', node: { __typename?: 'MeetingOpinion', agendaItemId: string, unitId: string, text: string, submittedBy: string, submittedAt: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } } } | null };

export type MeetingMinutesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MeetingMinutesQuery = { __typename?: 'Query', meeting?: { __typename?: 'Meeting', id: string, minutes: Array<{ __typename?: 'Minutes', agendaItemId: string, text: string, decision?: string | null, version: number, savedBy: string, savedAt: string, locked: boolean, files: Array<{ __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string }>, addenda: Array<{ __typename?: 'MinutesAddendum', text: string, addedBy: string, addedAt: string }> }>, consensus: Array<{ __typename?: 'AgendaConsensus', agendaItemId: string, outcome: ConsensusOutcome, missingUnitIds: Array<string>, positions: Array<{ __typename?: 'UnitPosition', unitId: string, position: ConsensusPosition, view?: string | null, recordedBy: string, recordedAt: string, unit?: { __typename?: 'Unit', id: string, name: string } | null }> }>, attendance: Array<{ __typename?: 'Attendance', unitId: string, status: AttendanceStatus, takesPart: boolean, unit?: { __typename?: 'Unit', id: string, name: string } | null }> } | null };

export type MinutesVersionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MinutesVersionsQuery = { __typename?: 'Query', meeting?: { __typename?: 'Meeting', id: string, minutes: Array<{ __typename?: 'Minutes', agendaItemId: string, versions: { __typename?: 'MinutesVersionConnection', edges: Array<{ __typename?: 'MinutesVersionEdge', node: { __typename?: 'MinutesVersion', version: number, text: string, decision?: string | null, fileNames: Array<string>, changed: Array<string>, savedBy: string, savedAt: string } }> } }> } | null };

export type ActionItemFieldsFragment = { __typename?: 'ActionItem', id: string, resolutionId: string, title: string, dueOn: string, doneWhen?: string | null, status: ActionItemStatus, overdue: boolean, version: number, createdAt: string, responsibleUnits: Array<{ __typename?: 'Unit', id: string, name: string }>, reports: Array<{ __typename?: 'ActionReport', unitId: string, text: string, done: boolean, reportedBy: string, reportedAt: string, unit?: { __typename?: 'Unit', id: string, name: string } | null, files: Array<{ __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string }> }> };

export type MeetingResolutionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MeetingResolutionsQuery = { __typename?: 'Query', meeting?: { __typename?: 'Meeting', id: string, resolutions: Array<{ __typename?: 'Resolution', id: string, agendaItemId: string, number: string, title: string, text: string, adoptedAt: string, reservedViews: Array<{ __typename?: 'ReservedView', unitId: string, view: string, unit?: { __typename?: 'Unit', id: string, name: string } | null }>, publication?: { __typename?: 'Publication', recordId: string, recordType: PublishableType, year: number, title: string, publishedAt: string, publishedBy: string } | null, actionItems: Array<{ __typename?: 'ActionItem', id: string, resolutionId: string, title: string, dueOn: string, doneWhen?: string | null, status: ActionItemStatus, overdue: boolean, version: number, createdAt: string, responsibleUnits: Array<{ __typename?: 'Unit', id: string, name: string }>, reports: Array<{ __typename?: 'ActionReport', unitId: string, text: string, done: boolean, reportedBy: string, reportedAt: string, unit?: { __typename?: 'Unit', id: string, name: string } | null, files: Array<{ __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string }> }> }> }> } | null };

export type MeetingResolutionIdsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MeetingResolutionIdsQuery = { __typename?: 'Query', meeting?: { __typename?: 'Meeting', id: string, resolutions: Array<{ __typename?: 'Resolution', id: string }> } | null };

export type PreviousActionItemsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PreviousActionItemsQuery = { __typename?: 'Query', meeting?: { __typename?: 'Meeting', id: string, previousActionItems: Array<{ __typename?: 'ActionItem', id: string, resolutionId: string, title: string, dueOn: string, doneWhen?: string | null, status: ActionItemStatus, overdue: boolean, version: number, createdAt: string, meeting?: { __typename?: 'Meeting', id: string, title: string, startsAt: string } | null, responsibleUnits: Array<{ __typename?: 'Unit', id: string, name: string }>, reports: Array<{ __typename?: 'ActionReport', unitId: string, text: string, done: boolean, reportedBy: string, reportedAt: string, unit?: { __typename?: 'Unit', id: string, name: string } | null, files: Array<{ __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string }> }> }> } | null };

export type MeetingListQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MeetingFilter>;
}>;


export type MeetingListQuery = { __typename?: 'Query', meetings: { __typename?: 'MeetingConnection', edges: Array<{ __typename?: 'MeetingEdge', cursor: string, node: { __typename?: 'Meeting', id: string, title: string, kind: MeetingKind, status: MeetingStatus, startsAt: string, endsAt: string, place?: string | null, onlineLink?: string | null, convenerUnit?: { __typename?: 'Unit', id: string, name: string } | null, agenda: Array<{ __typename?: 'AgendaItem', id: string }> } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type CheckInMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
  code: Scalars['String']['input'];
}>;


export type CheckInMutation = { __typename?: 'Mutation', checkIn: { __typename?: 'Attendance', unitId: string, status: AttendanceStatus, source: AttendanceSource, attendee?: string | null, leaveReason?: string | null, delegate?: string | null, checkedInAt?: string | null, late: boolean, version: number } };

export type RequestLeaveMutationVariables = Exact<{
  input: RequestLeaveInput;
}>;


export type RequestLeaveMutation = { __typename?: 'Mutation', requestLeave: { __typename?: 'Attendance', unitId: string, status: AttendanceStatus, source: AttendanceSource, attendee?: string | null, leaveReason?: string | null, delegate?: string | null, checkedInAt?: string | null, late: boolean, version: number } };

export type SubmitOpinionMutationVariables = Exact<{
  input: SubmitOpinionInput;
}>;


export type SubmitOpinionMutation = { __typename?: 'Mutation', submitOpinion: { __typename?: 'MeetingOpinion', agendaItemId: string, unitId: string, text: string, submittedBy: string, submittedAt: string } };

export type OwnSolicitationFragment = { __typename?: 'AgendaSolicitation', meetingId: string, meetingTitle: string, meetingStartsAt: string, question: string, closesAt: string, state: AgendaSolicitationState, replies: Array<{ __typename?: 'AgendaSolicitationReply', unitId: string, opinion?: string | null, repliedAt: string, version: number, proposals: Array<{ __typename?: 'AgendaProposal', index: number, title: string, description?: string | null, presenter?: string | null, adopted: boolean }> }> };

export type MySolicitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySolicitationsQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', userId: string, agendaSolicitations: Array<{ __typename?: 'AgendaSolicitation', meetingId: string, meetingTitle: string, meetingStartsAt: string, question: string, closesAt: string, state: AgendaSolicitationState, replies: Array<{ __typename?: 'AgendaSolicitationReply', unitId: string, opinion?: string | null, repliedAt: string, version: number, proposals: Array<{ __typename?: 'AgendaProposal', index: number, title: string, description?: string | null, presenter?: string | null, adopted: boolean }> }> }> } };

export type ReplyToAgendaSolicitationMutationVariables = Exact<{
  input: ReplyToAgendaSolicitationInput;
}>;


export type ReplyToAgendaSolicitationMutation = { __typename?: 'Mutation', replyToAgendaSolicitation: { __typename?: 'AgendaSolicitation', meetingId: string, meetingTitle: string, meetingStartsAt: string, question: string, closesAt: string, state: AgendaSolicitationState, replies: Array<{ __typename?: 'AgendaSolicitationReply', unitId: string, opinion?: string | null, repliedAt: string, version: number, proposals: Array<{ __typename?: 'AgendaProposal', index: number, title: string, description?: string | null, presenter?: string | null, adopted: boolean }> }> } };

export type NoticeAttendanceFragment = { __typename?: 'Attendance', unitId: string, status: AttendanceStatus, source: AttendanceSource, attendee?: string | null, leaveReason?: string | null, delegate?: string | null, checkedInAt?: string | null, late: boolean, version: number };

export type NoticeRowFragment = { __typename?: 'Meeting', id: string, title: string, kind: MeetingKind, status: MeetingStatus, startsAt: string, endsAt: string, place?: string | null, onlineLink?: string | null, notice?: { __typename?: 'MeetingNotice', sentAt: string, lateReason?: string | null } | null, attendance: Array<{ __typename?: 'Attendance', unitId: string, status: AttendanceStatus, source: AttendanceSource, attendee?: string | null, leaveReason?: string | null, delegate?: string | null, checkedInAt?: string | null, late: boolean, version: number }> };

export type NoticeFieldsFragment = { __typename?: 'Meeting', chair?: string | null, statusReason?: string | null, checkInOpensAt: string, checkInClosesAt: string, id: string, title: string, kind: MeetingKind, status: MeetingStatus, startsAt: string, endsAt: string, place?: string | null, onlineLink?: string | null, convenerUnit?: { __typename?: 'Unit', id: string, name: string } | null, agenda: Array<{ __typename?: 'AgendaItem', id: string, order: number, title: string, presenter?: string | null, plannedMinutes?: number | null, presenterUnit?: { __typename?: 'Unit', id: string, name: string } | null }>, notice?: { __typename?: 'MeetingNotice', sentAt: string, daysBeforeStart: number, lateReason?: string | null } | null, ownReceipt?: { __typename?: 'ResolutionReceipt', meetingId: string, unitId: string, acknowledged: boolean, acknowledgedAt?: string | null, acknowledgedBy?: string | null, onBehalf: boolean } | null, opinions: { __typename?: 'MeetingOpinionConnection', edges: Array<{ __typename?: 'MeetingOpinionEdge', node: { __typename?: 'MeetingOpinion', agendaItemId: string, unitId: string, text: string, submittedBy: string, submittedAt: string } }> }, attendance: Array<{ __typename?: 'Attendance', unitId: string, status: AttendanceStatus, source: AttendanceSource, attendee?: string | null, leaveReason?: string | null, delegate?: string | null, checkedInAt?: string | null, late: boolean, version: number }> };

export type MyNoticeQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['DateTime']['input']>;
  opinions: Scalars['Int']['input'];
}>;


export type MyNoticeQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', userId: string, meetingNotices?: { __typename?: 'MeetingConnection', edges: Array<{ __typename?: 'MeetingEdge', node: { __typename?: 'Meeting', chair?: string | null, statusReason?: string | null, checkInOpensAt: string, checkInClosesAt: string, id: string, title: string, kind: MeetingKind, status: MeetingStatus, startsAt: string, endsAt: string, place?: string | null, onlineLink?: string | null, convenerUnit?: { __typename?: 'Unit', id: string, name: string } | null, agenda: Array<{ __typename?: 'AgendaItem', id: string, order: number, title: string, presenter?: string | null, plannedMinutes?: number | null, presenterUnit?: { __typename?: 'Unit', id: string, name: string } | null }>, notice?: { __typename?: 'MeetingNotice', sentAt: string, daysBeforeStart: number, lateReason?: string | null } | null, ownReceipt?: { __typename?: 'ResolutionReceipt', meetingId: string, unitId: string, acknowledged: boolean, acknowledgedAt?: string | null, acknowledgedBy?: string | null, onBehalf: boolean } | null, opinions: { __typename?: 'MeetingOpinionConnection', edges: Array<{ __typename?: 'MeetingOpinionEdge', node: { __typename?: 'MeetingOpinion', agendaItemId: string, unitId: string, text: string, submittedBy: string, submittedAt: string } }> }, attendance: Array<{ __typename?: 'Attendance', unitId: string, status: AttendanceStatus, source: AttendanceSource, attendee?: string | null, leaveReason?: string | null, delegate?: string | null, checkedInAt?: string | null, late: boolean, version: number }> } }> } | null } };

export type MyNoticesQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type MyNoticesQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', userId: string, meetingNotices?: { __typename?: 'MeetingConnection', edges: Array<{ __typename?: 'MeetingEdge', cursor: string, node: { __typename?: 'Meeting', id: string, title: string, kind: MeetingKind, status: MeetingStatus, startsAt: string, endsAt: string, place?: string | null, onlineLink?: string | null, notice?: { __typename?: 'MeetingNotice', sentAt: string, lateReason?: string | null } | null, attendance: Array<{ __typename?: 'Attendance', unitId: string, status: AttendanceStatus, source: AttendanceSource, attendee?: string | null, leaveReason?: string | null, delegate?: string | null, checkedInAt?: string | null, late: boolean, version: number }> } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } | null } };

export type AddActionItemMutationVariables = Exact<{
  input: AddActionItemInput;
}>;


export type AddActionItemMutation = { __typename?: 'Mutation', addActionItem: { __typename?: 'ActionItem', id: string, resolutionId: string, title: string, dueOn: string, doneWhen?: string | null, status: ActionItemStatus, overdue: boolean, version: number, createdAt: string, responsibleUnits: Array<{ __typename?: 'Unit', id: string, name: string }>, reports: Array<{ __typename?: 'ActionReport', unitId: string, text: string, done: boolean, reportedBy: string, reportedAt: string, unit?: { __typename?: 'Unit', id: string, name: string } | null, files: Array<{ __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string }> }> } };

export type AddAgendaItemMutationVariables = Exact<{
  input: AddAgendaItemInput;
}>;


export type AddAgendaItemMutation = { __typename?: 'Mutation', addAgendaItem: { __typename?: 'Meeting', id: string, title: string, kind: MeetingKind, status: MeetingStatus, statusReason?: string | null, startsAt: string, endsAt: string, place?: string | null, onlineLink?: string | null, chair?: string | null, recorder?: string | null, approvedAt?: string | null, approvedBy?: string | null, allowedActions: Array<MeetingAction>, version: number, createdAt: string, updatedAt: string, convenerUnit?: { __typename?: 'Unit', id: string, name: string } | null, invitedUnits: Array<{ __typename?: 'Unit', id: string, name: string }>, agenda: Array<{ __typename?: 'AgendaItem', id: string, order: number, title: string, presenter?: string | null, plannedMinutes?: number | null, presenterUnit?: { __typename?: 'Unit', id: string, name: string } | null }>, notice?: { __typename?: 'MeetingNotice', sentAt: string, sentBy: string, daysBeforeStart: number, lateReason?: string | null, recipientCount: number } | null } };

export type AddMinutesAddendumMutationVariables = Exact<{
  input: AddMinutesAddendumInput;
}>;


export type AddMinutesAddendumMutation = { __typename?: 'Mutation', addMinutesAddendum: { __typename?: 'Minutes', agendaItemId: string, text: string, decision?: string | null, version: number, savedBy: string, savedAt: string, locked: boolean, files: Array<{ __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string }>, addenda: Array<{ __typename?: 'MinutesAddendum', text: string, addedBy: string, addedAt: string }> } };

export type RemoveAgendaItemMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  itemId: Scalars['ID']['input'];
}>;


export type RemoveAgendaItemMutation = { __typename?: 'Mutation', removeAgendaItem: { __typename?: 'Meeting', id: string, title: string, kind: MeetingKind, status: MeetingStatus, statusReason?: string | null, startsAt: string, endsAt: string, place?: string | null, onlineLink?: string | null, chair?: string | null, recorder?: string | null, approvedAt?: string | null, approvedBy?: string | null, allowedActions: Array<MeetingAction>, version: number, createdAt: string, updatedAt: string, convenerUnit?: { __typename?: 'Unit', id: string, name: string } | null, invitedUnits: Array<{ __typename?: 'Unit', id: string, name: string }>, agenda: Array<{ __typename?: 'AgendaItem', id: string, order: number, title: string, presenter?: string | null, plannedMinutes?: number | null, presenterUnit?: { __typename?: 'Unit', id: string, name: string } | null }>, notice?: { __typename?: 'MeetingNotice', sentAt: string, sentBy: string, daysBeforeStart: number, lateReason?: string | null, recipientCount: number } | null } };

export type ApproveMinutesMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type ApproveMinutesMutation = { __typename?: 'Mutation', approveMinutes: { __typename?: 'Meeting', id: string, title: string, kind: MeetingKind, status: MeetingStatus, statusReason?: string | null, startsAt: string, endsAt: string, place?: string | null, onlineLink?: string | null, chair?: string | null, recorder?: string | null, approvedAt?: string | null, approvedBy?: string | null, allowedActions: Array<MeetingAction>, version: number, createdAt: string, updatedAt: string, convenerUnit?: { __typename?: 'Unit', id: string, name: string } | null, invitedUnits: Array<{ __typename?: 'Unit', id: string, name: string }>, agenda: Array<{ __typename?: 'AgendaItem', id: string, order: number, title: string, presenter?: string | null, plannedMinutes?: number | null, presenterUnit?: { __typename?: 'Unit', id: string, name: string } | null }>, notice?: { __typename?: 'MeetingNotice', sentAt: string, sentBy: string, daysBeforeStart: number, lateReason?: string | null, recipientCount: number } | null } };

export type ArchiveMeetingMutationVariables = Exact<{
  input: ArchiveMeetingInput;
}>;


export type ArchiveMeetingMutation = { __typename?: 'Mutation', archiveMeeting: { __typename?: 'Meeting', id: string, title: string, kind: MeetingKind, status: MeetingStatus, statusReason?: string | null, startsAt: string, endsAt: string, place?: string | null, onlineLink?: string | null, chair?: string | null, recorder?: string | null, approvedAt?: string | null, approvedBy?: string | null, allowedActions: Array<MeetingAction>, version: number, createdAt: string, updatedAt: string, convenerUnit?: { __typename?: 'Unit', id: string, name: string } | null, invitedUnits: Array<{ __typename?: 'Unit', id: string, name: string }>, agenda: Array<{ __typename?: 'AgendaItem', id: string, order: number, title: string, presenter?: string | null, plannedMinutes?: number | null, presenterUnit?: { __typename?: 'Unit', id: string, name: string } | null }>, notice?: { __typename?: 'MeetingNotice', sentAt: string, sentBy: string, daysBeforeStart: number, lateReason?: string | null, recipientCount: number } | null } };

export type MeetingArchivedDocumentsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MeetingArchivedDocumentsQuery = { __typename?: 'Query', meeting?: { __typename?: 'Meeting', id: string, archivedDocuments: Array<{ __typename?: 'ArchiveDocument', id: string, title: string, year: number, current: { __typename?: 'ArchiveDocumentVersion', file: { __typename?: 'ArchiveFile', name: string, downloadUrl: string } } }> } | null };

export type CancelMeetingMutationVariables = Exact<{
  input: ChangeMeetingStatusInput;
}>;


export type CancelMeetingMutation = { __typename?: 'Mutation', cancelMeeting: { __typename?: 'Meeting', id: string, title: string, kind: MeetingKind, status: MeetingStatus, statusReason?: string | null, startsAt: string, endsAt: string, place?: string | null, onlineLink?: string | null, chair?: string | null, recorder?: string | null, approvedAt?: string | null, approvedBy?: string | null, allowedActions: Array<MeetingAction>, version: number, createdAt: string, updatedAt: string, convenerUnit?: { __typename?: 'Unit', id: string, name: string } | null, invitedUnits: Array<{ __typename?: 'Unit', id: string, name: string }>, agenda: Array<{ __typename?: 'AgendaItem', id: string, order: number, title: string, presenter?: string | null, plannedMinutes?: number | null, presenterUnit?: { __typename?: 'Unit', id: string, name: string } | null }>, notice?: { __typename?: 'MeetingNotice', sentAt: string, sentBy: string, daysBeforeStart: number, lateReason?: string | null, recipientCount: number } | null } };

export type MarkMeetingHeldMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type MarkMeetingHeldMutation = { __typename?: 'Mutation', markMeetingHeld: { __typename?: 'Meeting', id: string, title: string, kind: MeetingKind, status: MeetingStatus, statusReason?: string | null, startsAt: string, endsAt: string, place?: string | null, onlineLink?: string | null, chair?: string | null, recorder?: string | null, approvedAt?: string | null, approvedBy?: string | null, allowedActions: Array<MeetingAction>, version: number, createdAt: string, updatedAt: string, convenerUnit?: { __typename?: 'Unit', id: string, name: string } | null, invitedUnits: Array<{ __typename?: 'Unit', id: string, name: string }>, agenda: Array<{ __typename?: 'AgendaItem', id: string, order: number, title: string, presenter?: string | null, plannedMinutes?: number | null, presenterUnit?: { __typename?: 'Unit', id: string, name: string } | null }>, notice?: { __typename?: 'MeetingNotice', sentAt: string, sentBy: string, daysBeforeStart: number, lateReason?: string | null, recipientCount: number } | null } };

export type RecordConsensusForAllMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
  agendaItemId: Scalars['ID']['input'];
}>;


export type RecordConsensusForAllMutation = { __typename?: 'Mutation', recordConsensusForAll: { __typename?: 'AgendaConsensus', agendaItemId: string, outcome: ConsensusOutcome, missingUnitIds: Array<string>, positions: Array<{ __typename?: 'UnitPosition', unitId: string, position: ConsensusPosition, view?: string | null, recordedBy: string, recordedAt: string, unit?: { __typename?: 'Unit', id: string, name: string } | null }> } };

export type MeetingDocumentMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
  kind: MeetingDocumentKind;
}>;


export type MeetingDocumentMutation = { __typename?: 'Mutation', meetingDocument: { __typename?: 'GeneratedFile', name: string, downloadUrl: string } };

export type SaveMinutesMutationVariables = Exact<{
  input: SaveMinutesInput;
}>;


export type SaveMinutesMutation = { __typename?: 'Mutation', saveMinutes: { __typename?: 'Minutes', agendaItemId: string, text: string, decision?: string | null, version: number, savedBy: string, savedAt: string, locked: boolean, files: Array<{ __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string }>, addenda: Array<{ __typename?: 'MinutesAddendum', text: string, addedBy: string, addedAt: string }> } };

export type RecordConsensusMutationVariables = Exact<{
  input: RecordConsensusInput;
}>;


export type RecordConsensusMutation = { __typename?: 'Mutation', recordConsensus: { __typename?: 'AgendaConsensus', agendaItemId: string, outcome: ConsensusOutcome, missingUnitIds: Array<string>, positions: Array<{ __typename?: 'UnitPosition', unitId: string, position: ConsensusPosition, view?: string | null, recordedBy: string, recordedAt: string, unit?: { __typename?: 'Unit', id: string, name: string } | null }> } };

export type PostponeMeetingMutationVariables = Exact<{
  input: PostponeMeetingInput;
}>;


export type PostponeMeetingMutation = { __typename?: 'Mutation', postponeMeeting: { __typename?: 'Meeting', id: string, title: string, kind: MeetingKind, status: MeetingStatus, statusReason?: string | null, startsAt: string, endsAt: string, place?: string | null, onlineLink?: string | null, chair?: string | null, recorder?: string | null, approvedAt?: string | null, approvedBy?: string | null, allowedActions: Array<MeetingAction>, version: number, createdAt: string, updatedAt: string, convenerUnit?: { __typename?: 'Unit', id: string, name: string } | null, invitedUnits: Array<{ __typename?: 'Unit', id: string, name: string }>, agenda: Array<{ __typename?: 'AgendaItem', id: string, order: number, title: string, presenter?: string | null, plannedMinutes?: number | null, presenterUnit?: { __typename?: 'Unit', id: string, name: string } | null }>, notice?: { __typename?: 'MeetingNotice', sentAt: string, sentBy: string, daysBeforeStart: number, lateReason?: string | null, recipientCount: number } | null } };

export type MeetingReceiptsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MeetingReceiptsQuery = { __typename?: 'Query', meeting?: { __typename?: 'Meeting', id: string, receiptSummary?: { __typename?: 'ReceiptSummary', expected: number, acknowledged: number, pending: number } | null, receipts: Array<{ __typename?: 'ResolutionReceipt', meetingId: string, unitId: string, acknowledged: boolean, acknowledgedAt?: string | null, acknowledgedBy?: string | null, onBehalf: boolean, note?: string | null, unit?: { __typename?: 'Unit', id: string, name: string } | null }> } | null };

export type ReceiptFieldsFragment = { __typename?: 'ResolutionReceipt', meetingId: string, unitId: string, acknowledged: boolean, acknowledgedAt?: string | null, acknowledgedBy?: string | null, onBehalf: boolean, note?: string | null, unit?: { __typename?: 'Unit', id: string, name: string } | null };

export type AcknowledgeResolutionsMutationVariables = Exact<{
  input: AcknowledgeResolutionsInput;
}>;


export type AcknowledgeResolutionsMutation = { __typename?: 'Mutation', acknowledgeResolutions: { __typename?: 'ResolutionReceipt', meetingId: string, unitId: string, acknowledged: boolean, acknowledgedAt?: string | null, acknowledgedBy?: string | null, onBehalf: boolean, note?: string | null, unit?: { __typename?: 'Unit', id: string, name: string } | null } };

export type RecordAttendanceMutationVariables = Exact<{
  input: RecordAttendanceInput;
}>;


export type RecordAttendanceMutation = { __typename?: 'Mutation', recordAttendance: { __typename?: 'Attendance', meetingId: string, unitId: string, status: AttendanceStatus, source: AttendanceSource, attendee?: string | null, leaveReason?: string | null, delegate?: string | null, checkedInAt?: string | null, late: boolean, takesPart: boolean, recordedBy?: string | null, version: number, updatedAt?: string | null, unit?: { __typename?: 'Unit', id: string, name: string } | null } };

export type SendMeetingNoticeMutationVariables = Exact<{
  input: SendMeetingNoticeInput;
}>;


export type SendMeetingNoticeMutation = { __typename?: 'Mutation', sendMeetingNotice: { __typename?: 'Meeting', id: string, title: string, kind: MeetingKind, status: MeetingStatus, statusReason?: string | null, startsAt: string, endsAt: string, place?: string | null, onlineLink?: string | null, chair?: string | null, recorder?: string | null, approvedAt?: string | null, approvedBy?: string | null, allowedActions: Array<MeetingAction>, version: number, createdAt: string, updatedAt: string, convenerUnit?: { __typename?: 'Unit', id: string, name: string } | null, invitedUnits: Array<{ __typename?: 'Unit', id: string, name: string }>, agenda: Array<{ __typename?: 'AgendaItem', id: string, order: number, title: string, presenter?: string | null, plannedMinutes?: number | null, presenterUnit?: { __typename?: 'Unit', id: string, name: string } | null }>, notice?: { __typename?: 'MeetingNotice', sentAt: string, sentBy: string, daysBeforeStart: number, lateReason?: string | null, recipientCount: number } | null } };

export type SolicitationFieldsFragment = { __typename?: 'AgendaSolicitation', meetingId: string, question: string, closesAt: string, state: AgendaSolicitationState, repliedCount?: number | null, pendingCount?: number | null, openedBy: string, askedUnits: Array<{ __typename?: 'Unit', id: string, name: string }>, pendingUnits: Array<{ __typename?: 'Unit', id: string, name: string }>, replies: Array<{ __typename?: 'AgendaSolicitationReply', unitId: string, opinion?: string | null, repliedAt: string, repliedBy: string, version: number, unit?: { __typename?: 'Unit', id: string, name: string } | null, proposals: Array<{ __typename?: 'AgendaProposal', index: number, title: string, description?: string | null, presenter?: string | null, adopted: boolean }> }> };

export type MeetingSolicitationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MeetingSolicitationQuery = { __typename?: 'Query', meeting?: { __typename?: 'Meeting', id: string, agendaSolicitation?: { __typename?: 'AgendaSolicitation', meetingId: string, question: string, closesAt: string, state: AgendaSolicitationState, repliedCount?: number | null, pendingCount?: number | null, openedBy: string, askedUnits: Array<{ __typename?: 'Unit', id: string, name: string }>, pendingUnits: Array<{ __typename?: 'Unit', id: string, name: string }>, replies: Array<{ __typename?: 'AgendaSolicitationReply', unitId: string, opinion?: string | null, repliedAt: string, repliedBy: string, version: number, unit?: { __typename?: 'Unit', id: string, name: string } | null, proposals: Array<{ __typename?: 'AgendaProposal', index: number, title: string, description?: string | null, presenter?: string | null, adopted: boolean }> }> } | null } | null };

export type OpenAgendaSolicitationMutationVariables = Exact<{
  input: OpenAgendaSolicitationInput;
}>;


export type OpenAgendaSolicitationMutation = { __typename?: 'Mutation', openAgendaSolicitation: { __typename?: 'Meeting', id: string, title: string, kind: MeetingKind, status: MeetingStatus, statusReason?: string | null, startsAt: string, endsAt: string, place?: string | null, onlineLink?: string | null, chair?: string | null, recorder?: string | null, approvedAt?: string | null, approvedBy?: string | null, allowedActions: Array<MeetingAction>, version: number, createdAt: string, updatedAt: string, convenerUnit?: { __typename?: 'Unit', id: string, name: string } | null, invitedUnits: Array<{ __typename?: 'Unit', id: string, name: string }>, agenda: Array<{ __typename?: 'AgendaItem', id: string, order: number, title: string, presenter?: string | null, plannedMinutes?: number | null, presenterUnit?: { __typename?: 'Unit', id: string, name: string } | null }>, notice?: { __typename?: 'MeetingNotice', sentAt: string, sentBy: string, daysBeforeStart: number, lateReason?: string | null, recipientCount: number } | null } };

export type CloseAgendaSolicitationMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
}>;


export type CloseAgendaSolicitationMutation = { __typename?: 'Mutation', closeAgendaSolicitation: { __typename?: 'Meeting', id: string, title: string, kind: MeetingKind, status: MeetingStatus, statusReason?: string | null, startsAt: string, endsAt: string, place?: string | null, onlineLink?: string | null, chair?: string | null, recorder?: string | null, approvedAt?: string | null, approvedBy?: string | null, allowedActions: Array<MeetingAction>, version: number, createdAt: string, updatedAt: string, convenerUnit?: { __typename?: 'Unit', id: string, name: string } | null, invitedUnits: Array<{ __typename?: 'Unit', id: string, name: string }>, agenda: Array<{ __typename?: 'AgendaItem', id: string, order: number, title: string, presenter?: string | null, plannedMinutes?: number | null, presenterUnit?: { __typename?: 'Unit', id: string, name: string } | null }>, notice?: { __typename?: 'MeetingNotice', sentAt: string, sentBy: string, daysBeforeStart: number, lateReason?: string | null, recipientCount: number } | null } };

export type AdoptAgendaProposalMutationVariables = Exact<{
  input: AdoptAgendaProposalInput;
}>;


export type AdoptAgendaProposalMutation = { __typename?: 'Mutation', adoptAgendaProposal: { __typename?: 'Meeting', id: string, title: string, kind: MeetingKind, status: MeetingStatus, statusReason?: string | null, startsAt: string, endsAt: string, place?: string | null, onlineLink?: string | null, chair?: string | null, recorder?: string | null, approvedAt?: string | null, approvedBy?: string | null, allowedActions: Array<MeetingAction>, version: number, createdAt: string, updatedAt: string, convenerUnit?: { __typename?: 'Unit', id: string, name: string } | null, invitedUnits: Array<{ __typename?: 'Unit', id: string, name: string }>, agenda: Array<{ __typename?: 'AgendaItem', id: string, order: number, title: string, presenter?: string | null, plannedMinutes?: number | null, presenterUnit?: { __typename?: 'Unit', id: string, name: string } | null }>, notice?: { __typename?: 'MeetingNotice', sentAt: string, sentBy: string, daysBeforeStart: number, lateReason?: string | null, recipientCount: number } | null } };

export type RecordMemberOptionsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  filter?: InputMaybe<MemberFilter>;
}>;


export type RecordMemberOptionsQuery = { __typename?: 'Query', members: { __typename?: 'MemberConnection', edges: Array<{ __typename?: 'MemberEdge', node: { __typename?: 'Member', id: string, name: string, unit?: { __typename?: 'Unit', id: string, name: string } | null } }> } };

export type EvaluationGradeFieldsFragment = { __typename?: 'EvaluationGrade', memberId: string, year: number, grade: EvaluationGradeValue, comment?: string | null, reason?: string | null, gradedAt: string, gradedBy: string, version: number };

export type EvaluationRowFieldsFragment = { __typename?: 'EvaluationRow', serviceHours: number, postsHeld: number, maxGrade: EvaluationGradeValue, capReason?: string | null, member: { __typename?: 'Member', id: string, name: string, category: MemberCategory, status: MemberStatus }, grade?: { __typename?: 'EvaluationGrade', memberId: string, year: number, grade: EvaluationGradeValue, comment?: string | null, reason?: string | null, gradedAt: string, gradedBy: string, version: number } | null, communityReport?: { __typename?: 'CommunityReport', id: string, status: CommunityReportStatus, community?: { __typename?: 'Unit', id: string, name: string } | null } | null };

export type SetEvaluationGradeMutationVariables = Exact<{
  input: SetEvaluationGradeInput;
}>;


export type SetEvaluationGradeMutation = { __typename?: 'Mutation', setEvaluationGrade: { __typename?: 'EvaluationGrade', memberId: string, year: number, grade: EvaluationGradeValue, comment?: string | null, reason?: string | null, gradedAt: string, gradedBy: string, version: number } };

export type EvaluationGridQueryVariables = Exact<{
  unitId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type EvaluationGridQuery = { __typename?: 'Query', evaluationGrid: { __typename?: 'EvaluationRowConnection', edges: Array<{ __typename?: 'EvaluationRowEdge', cursor: string, node: { __typename?: 'EvaluationRow', serviceHours: number, postsHeld: number, maxGrade: EvaluationGradeValue, capReason?: string | null, member: { __typename?: 'Member', id: string, name: string, category: MemberCategory, status: MemberStatus }, grade?: { __typename?: 'EvaluationGrade', memberId: string, year: number, grade: EvaluationGradeValue, comment?: string | null, reason?: string | null, gradedAt: string, gradedBy: string, version: number } | null, communityReport?: { __typename?: 'CommunityReport', id: string, status: CommunityReportStatus, community?: { __typename?: 'Unit', id: string, name: string } | null } | null } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type UnitEvaluationQueryVariables = Exact<{
  unitId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
}>;


export type UnitEvaluationQuery = { __typename?: 'Query', unitEvaluation: { __typename?: 'UnitEvaluation', unitId: string, year: number, members: number, graded: number, excellentShare?: number | null, byGrade: Array<{ __typename?: 'GradeCount', grade: EvaluationGradeValue, count: number }> } };

export type AdjustMemberPointsMutationVariables = Exact<{
  input: AdjustMemberPointsInput;
}>;


export type AdjustMemberPointsMutation = { __typename?: 'Mutation', adjustMemberPoints: { __typename?: 'PointsEntry', id: string, kind: PointsKind, points: number, reason: string } };

export type MemberPointsQueryVariables = Exact<{
  memberId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
}>;


export type MemberPointsQuery = { __typename?: 'Query', memberPoints: { __typename?: 'MemberPoints', memberId: string, year: number, points: number, stars: number, nextStarAt?: number | null, serviceHours: number, volunteerStars: number, trainingHours: number, trainingRequired: number, postMonths: number, meetingsAttended: number, member?: { __typename?: 'Member', id: string, name: string, unit?: { __typename?: 'Unit', id: string, name: string } | null } | null } };

export type PointsEntryRowFragment = { __typename?: 'PointsEntry', id: string, kind: PointsKind, correcting?: PointsKind | null, sourceId?: string | null, basis?: number | null, points: number, reason: string, rulesVersion: number, createdAt: string, createdBy: string };

export type MemberPointsEntriesQueryVariables = Exact<{
  memberId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MemberPointsEntriesQuery = { __typename?: 'Query', memberPoints: { __typename?: 'MemberPoints', memberId: string, year: number, entries: { __typename?: 'PointsEntryConnection', edges: Array<{ __typename?: 'PointsEntryEdge', cursor: string, node: { __typename?: 'PointsEntry', id: string, kind: PointsKind, correcting?: PointsKind | null, sourceId?: string | null, basis?: number | null, points: number, reason: string, rulesVersion: number, createdAt: string, createdBy: string } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } } };

export type EngagementRulesFieldsFragment = { __typename?: 'EngagementRules', year: number, pointsPerServiceHour: number, pointsPerMeeting: number, pointsPerPostMonth: number, pointsPerTrainingHour: number, starPoints: Array<number>, volunteerStarHours: Array<number>, capGradeWithoutReport: boolean, version: number, updatedAt?: string | null, updatedBy?: string | null };

export type EngagementRulesQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type EngagementRulesQuery = { __typename?: 'Query', engagementRules: { __typename?: 'EngagementRules', year: number, pointsPerServiceHour: number, pointsPerMeeting: number, pointsPerPostMonth: number, pointsPerTrainingHour: number, starPoints: Array<number>, volunteerStarHours: Array<number>, capGradeWithoutReport: boolean, version: number, updatedAt?: string | null, updatedBy?: string | null } };

export type SetEngagementRulesMutationVariables = Exact<{
  input: SetEngagementRulesInput;
}>;


export type SetEngagementRulesMutation = { __typename?: 'Mutation', setEngagementRules: { __typename?: 'EngagementRules', year: number, pointsPerServiceHour: number, pointsPerMeeting: number, pointsPerPostMonth: number, pointsPerTrainingHour: number, starPoints: Array<number>, volunteerStarHours: Array<number>, capGradeWithoutReport: boolean, version: number, updatedAt?: string | null, updatedBy?: string | null } };

export type RecomputePointsMutationVariables = Exact<{
  year: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RecomputePointsMutation = { __typename?: 'Mutation', recomputePoints: { __typename?: 'PointsRecompute', year: number, rulesVersion: number, processed: number, corrected: number, done: boolean, after?: string | null } };

export type ConfirmServiceHoursMutationVariables = Exact<{
  input: ConfirmServiceHoursInput;
}>;


export type ConfirmServiceHoursMutation = { __typename?: 'Mutation', confirmServiceHours: { __typename?: 'ServiceRecord', id: string, memberId: string, memberName: string, communityUnitId: string, servedOn: string, year: number, hours: number, description: string, place?: string | null, status: ServiceRecordStatus, filedAt: string, decidedAt?: string | null, declineReason?: string | null, version: number, memberUnit?: { __typename?: 'Unit', id: string, name: string } | null, community?: { __typename?: 'Unit', id: string, name: string } | null, post?: { __typename?: 'Post', id: string, title: string } | null } };

export type LogServiceHoursMutationVariables = Exact<{
  input: LogServiceHoursInput;
}>;


export type LogServiceHoursMutation = { __typename?: 'Mutation', logServiceHours: { __typename?: 'ServiceRecord', id: string, memberId: string, memberName: string, communityUnitId: string, servedOn: string, year: number, hours: number, description: string, place?: string | null, status: ServiceRecordStatus, filedAt: string, decidedAt?: string | null, declineReason?: string | null, version: number, memberUnit?: { __typename?: 'Unit', id: string, name: string } | null, community?: { __typename?: 'Unit', id: string, name: string } | null, post?: { __typename?: 'Post', id: string, title: string } | null } };

export type CommunityPostOptionsQueryVariables = Exact<{
  communityUnitId: Scalars['ID']['input'];
}>;


export type CommunityPostOptionsQuery = { __typename?: 'Query', posts: { __typename?: 'PostConnection', edges: Array<{ __typename?: 'PostEdge', node: { __typename?: 'Post', id: string, title: string } }> } };

export type ServiceRecordRowFragment = { __typename?: 'ServiceRecord', id: string, memberId: string, memberName: string, communityUnitId: string, servedOn: string, year: number, hours: number, description: string, place?: string | null, status: ServiceRecordStatus, filedAt: string, decidedAt?: string | null, declineReason?: string | null, version: number, memberUnit?: { __typename?: 'Unit', id: string, name: string } | null, community?: { __typename?: 'Unit', id: string, name: string } | null, post?: { __typename?: 'Post', id: string, title: string } | null };

export type ServiceRecordListQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter: ServiceRecordFilter;
}>;


export type ServiceRecordListQuery = { __typename?: 'Query', serviceRecords: { __typename?: 'ServiceRecordConnection', edges: Array<{ __typename?: 'ServiceRecordEdge', cursor: string, node: { __typename?: 'ServiceRecord', id: string, memberId: string, memberName: string, communityUnitId: string, servedOn: string, year: number, hours: number, description: string, place?: string | null, status: ServiceRecordStatus, filedAt: string, decidedAt?: string | null, declineReason?: string | null, version: number, memberUnit?: { __typename?: 'Unit', id: string, name: string } | null, community?: { __typename?: 'Unit', id: string, name: string } | null, post?: { __typename?: 'Post', id: string, title: string } | null } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type ExportTrainingStatusMutationVariables = Exact<{
  unitId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
  onlyShort?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type ExportTrainingStatusMutation = { __typename?: 'Mutation', exportTrainingStatus: { __typename?: 'GeneratedFile', name: string, downloadUrl: string } };

export type LogTrainingMutationVariables = Exact<{
  input: LogTrainingInput;
}>;


export type LogTrainingMutation = { __typename?: 'Mutation', logTraining: { __typename?: 'TrainingRecord', id: string, memberId: string, memberName: string, year: number, hours: number, topic: string } };

export type TrainingStatusRowFragment = { __typename?: 'TrainingStatus', year: number, hours: number, required: number, shortBy: number, member: { __typename?: 'Member', id: string, name: string, roles: Array<MemberRole> } };

export type TrainingStatusListQueryVariables = Exact<{
  unitId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
  onlyShort?: InputMaybe<Scalars['Boolean']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TrainingStatusListQuery = { __typename?: 'Query', trainingStatus: { __typename?: 'TrainingStatusConnection', edges: Array<{ __typename?: 'TrainingStatusEdge', cursor: string, node: { __typename?: 'TrainingStatus', year: number, hours: number, required: number, shortBy: number, member: { __typename?: 'Member', id: string, name: string, roles: Array<MemberRole> } } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type ExportMembersMutationVariables = Exact<{
  filter?: InputMaybe<MemberFilter>;
  sheetPerUnit?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type ExportMembersMutation = { __typename?: 'Mutation', exportMembers: { __typename?: 'GeneratedFile', name: string, downloadUrl: string } };

export type MemberFormFieldsFragment = { __typename?: 'Member', id: string, name: string, gender: Gender, birthDate: string, idNumber: string, phone?: string | null, status: MemberStatus, joinedOn: string, category: MemberCategory, unitId: string, communityId?: string | null, roles: Array<MemberRole>, note?: string | null, version: number, unit?: { __typename?: 'Unit', id: string, name: string } | null, community?: { __typename?: 'Unit', id: string, name: string } | null, departure?: { __typename?: 'MemberDeparture', on: string } | null };

export type MemberRowFragment = { __typename?: 'Member', id: string, name: string, gender: Gender, idNumber: string, category: MemberCategory, status: MemberStatus, joinedOn: string, roles: Array<MemberRole>, unit?: { __typename?: 'Unit', id: string, name: string } | null, community?: { __typename?: 'Unit', id: string, name: string } | null };

export type CreateMemberMutationVariables = Exact<{
  input: CreateMemberInput;
}>;


export type CreateMemberMutation = { __typename?: 'Mutation', createMember: { __typename?: 'Member', id: string, name: string, unit?: { __typename?: 'Unit', id: string, memberCount: number, fullMemberCount: number } | null } };

export type MemberForEditQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MemberForEditQuery = { __typename?: 'Query', member?: { __typename?: 'Member', id: string, name: string, gender: Gender, birthDate: string, idNumber: string, phone?: string | null, status: MemberStatus, joinedOn: string, category: MemberCategory, unitId: string, communityId?: string | null, roles: Array<MemberRole>, note?: string | null, version: number, unit?: { __typename?: 'Unit', id: string, name: string } | null, community?: { __typename?: 'Unit', id: string, name: string } | null, departure?: { __typename?: 'MemberDeparture', on: string } | null } | null };

export type UpdateMemberMutationVariables = Exact<{
  input: UpdateMemberInput;
}>;


export type UpdateMemberMutation = { __typename?: 'Mutation', updateMember: { __typename?: 'Member', id: string, name: string, gender: Gender, birthDate: string, idNumber: string, phone?: string | null, status: MemberStatus, joinedOn: string, category: MemberCategory, unitId: string, communityId?: string | null, roles: Array<MemberRole>, note?: string | null, version: number, unit?: { __typename?: 'Unit', id: string, memberCount: number, fullMemberCount: number, name: string } | null, community?: { __typename?: 'Unit', id: string, name: string } | null, departure?: { __typename?: 'MemberDeparture', on: string } | null } };

export type RecentMemberImportsQueryVariables = Exact<{ [key: string]: never; }>;


export type RecentMemberImportsQuery = { __typename?: 'Query', memberImports: { __typename?: 'MemberImportConnection', edges: Array<{ __typename?: 'MemberImportEdge', node: { __typename?: 'MemberImport', id: string, fileName: string, status: MemberImportStatus, toImport: number, processed: number, createdBy: string, createdAt: string } }> } };

export type MemberImportFieldsFragment = { __typename?: 'MemberImport', id: string, fileName: string, status: MemberImportStatus, headerRowNumber?: number | null, problems: Array<string>, errorCount: number, toImport: number, processed: number, created: number, skipped: number, updatedAt: string, columns: Array<{ __typename?: 'MemberImportColumn', index: number, header: string, field?: RosterField | null }>, summary: { __typename?: 'MemberImportSummary', totalRows: number, valid: number, withErrors: number, skippedBlank: number, alreadyOnRoster: number }, errors: Array<{ __typename?: 'MemberImportRowError', rowNumber: number, column: string, field?: RosterField | null, message: string }>, failures: Array<{ __typename?: 'MemberImportRowError', rowNumber: number, column: string, field?: RosterField | null, message: string }> };

export type MemberImportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MemberImportQuery = { __typename?: 'Query', memberImport?: { __typename?: 'MemberImport', id: string, fileName: string, status: MemberImportStatus, headerRowNumber?: number | null, problems: Array<string>, errorCount: number, toImport: number, processed: number, created: number, skipped: number, updatedAt: string, columns: Array<{ __typename?: 'MemberImportColumn', index: number, header: string, field?: RosterField | null }>, summary: { __typename?: 'MemberImportSummary', totalRows: number, valid: number, withErrors: number, skippedBlank: number, alreadyOnRoster: number }, errors: Array<{ __typename?: 'MemberImportRowError', rowNumber: number, column: string, field?: RosterField | null, message: string }>, failures: Array<{ __typename?: 'MemberImportRowError', rowNumber: number, column: string, field?: RosterField | null, message: string }> } | null };

export type PreviewMemberImportMutationVariables = Exact<{
  input: PreviewMemberImportInput;
}>;


export type PreviewMemberImportMutation = { __typename?: 'Mutation', previewMemberImport: { __typename?: 'MemberImport', id: string, fileName: string, status: MemberImportStatus, headerRowNumber?: number | null, problems: Array<string>, errorCount: number, toImport: number, processed: number, created: number, skipped: number, updatedAt: string, columns: Array<{ __typename?: 'MemberImportColumn', index: number, header: string, field?: RosterField | null }>, summary: { __typename?: 'MemberImportSummary', totalRows: number, valid: number, withErrors: number, skippedBlank: number, alreadyOnRoster: number }, errors: Array<{ __typename?: 'MemberImportRowError', rowNumber: number, column: string, field?: RosterField | null, message: string }>, failures: Array<{ __typename?: 'MemberImportRowError', rowNumber: number, column: string, field?: RosterField | null, message: string }> } };

export type ContinueMemberImportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ContinueMemberImportMutation = { __typename?: 'Mutation', continueMemberImport: { __typename?: 'MemberImport', id: string, fileName: string, status: MemberImportStatus, headerRowNumber?: number | null, problems: Array<string>, errorCount: number, toImport: number, processed: number, created: number, skipped: number, updatedAt: string, columns: Array<{ __typename?: 'MemberImportColumn', index: number, header: string, field?: RosterField | null }>, summary: { __typename?: 'MemberImportSummary', totalRows: number, valid: number, withErrors: number, skippedBlank: number, alreadyOnRoster: number }, errors: Array<{ __typename?: 'MemberImportRowError', rowNumber: number, column: string, field?: RosterField | null, message: string }>, failures: Array<{ __typename?: 'MemberImportRowError', rowNumber: number, column: string, field?: RosterField | null, message: string }> } };

export type MemberImportTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type MemberImportTemplateQuery = { __typename?: 'Query', memberImportTemplate: { __typename?: 'GeneratedFile', name: string, downloadUrl: string } };

export type MemberListQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MemberFilter>;
}>;


export type MemberListQuery = { __typename?: 'Query', members: { __typename?: 'MemberConnection', edges: Array<{ __typename?: 'MemberEdge', cursor: string, node: { __typename?: 'Member', id: string, name: string, gender: Gender, idNumber: string, category: MemberCategory, status: MemberStatus, joinedOn: string, roles: Array<MemberRole>, unit?: { __typename?: 'Unit', id: string, name: string } | null, community?: { __typename?: 'Unit', id: string, name: string } | null } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type MemberPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MemberPageQuery = { __typename?: 'Query', member?: { __typename?: 'Member', id: string, name: string, gender: Gender, birthDate: string, idNumber: string, phone?: string | null, status: MemberStatus, joinedOn: string, category: MemberCategory, unitId: string, roles: Array<MemberRole>, note?: string | null, version: number, createdAt: string, updatedAt: string, unit?: { __typename?: 'Unit', id: string, name: string } | null, community?: { __typename?: 'Unit', id: string, name: string } | null, departure?: { __typename?: 'MemberDeparture', on: string, reason: MemberRemovalReason, destination?: string | null, note?: string | null } | null } | null };

export type RevealMemberIdNumberMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevealMemberIdNumberMutation = { __typename?: 'Mutation', revealMemberIdNumber: string };

export type RemoveMemberMutationVariables = Exact<{
  input: RemoveMemberInput;
}>;


export type RemoveMemberMutation = { __typename?: 'Mutation', removeMember: { __typename?: 'Member', id: string, version: number, updatedAt: string, departure?: { __typename?: 'MemberDeparture', on: string, reason: MemberRemovalReason, destination?: string | null, note?: string | null } | null, unit?: { __typename?: 'Unit', id: string, memberCount: number, fullMemberCount: number } | null } };

export type TransferMemberMutationVariables = Exact<{
  input: TransferMemberInput;
}>;


export type TransferMemberMutation = { __typename?: 'Mutation', transferMember: { __typename?: 'Member', id: string, unitId: string, version: number, updatedAt: string, unit?: { __typename?: 'Unit', id: string, name: string, memberCount: number, fullMemberCount: number } | null, departure?: { __typename?: 'MemberDeparture', on: string, reason: MemberRemovalReason, destination?: string | null, note?: string | null } | null } };

export type MemberTransferRowFragment = { __typename?: 'MemberTransfer', id: string, transferredOn: string, fromUnitId: string, fromUnitName: string, toUnitId?: string | null, toUnitName?: string | null, destination?: string | null, letterNumber?: string | null, note?: string | null, recordedBy: string, recordedAt: string, fromUnit?: { __typename?: 'Unit', id: string, name: string } | null, toUnit?: { __typename?: 'Unit', id: string, name: string } | null };

export type MemberTransfersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MemberTransfersQuery = { __typename?: 'Query', member?: { __typename?: 'Member', id: string, transfers: { __typename?: 'MemberTransferConnection', edges: Array<{ __typename?: 'MemberTransferEdge', cursor: string, node: { __typename?: 'MemberTransfer', id: string, transferredOn: string, fromUnitId: string, fromUnitName: string, toUnitId?: string | null, toUnitName?: string | null, destination?: string | null, letterNumber?: string | null, note?: string | null, recordedBy: string, recordedAt: string, fromUnit?: { __typename?: 'Unit', id: string, name: string } | null, toUnit?: { __typename?: 'Unit', id: string, name: string } | null } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } } | null };

export type RegisterPartnerClientMutationVariables = Exact<{
  input: RegisterPartnerClientInput;
}>;


export type RegisterPartnerClientMutation = { __typename?: 'Mutation', registerPartnerClient: { __typename?: 'PartnerClientWithSecret', clientSecret: string, client: { __typename?: 'PartnerClient', clientId: string, regionId: string, name: string, scopes: Array<string>, state: PartnerClientState, createdAt: string, createdBy: string, secretRotatedAt: string, revokedAt?: string | null, version: number } } };

export type PartnerClientRowFragment = { __typename?: 'PartnerClient', clientId: string, regionId: string, name: string, scopes: Array<string>, state: PartnerClientState, createdAt: string, createdBy: string, secretRotatedAt: string, revokedAt?: string | null, version: number };

export type PartnerClientRegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerClientRegionsQuery = { __typename?: 'Query', regions: { __typename?: 'RegionConnection', edges: Array<{ __typename?: 'RegionEdge', node: { __typename?: 'Region', id: string, name: string } }> } };

export type PartnerClientsQueryVariables = Exact<{
  regionId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PartnerClientsQuery = { __typename?: 'Query', partnerClients: { __typename?: 'PartnerClientConnection', edges: Array<{ __typename?: 'PartnerClientEdge', cursor: string, node: { __typename?: 'PartnerClient', clientId: string, regionId: string, name: string, scopes: Array<string>, state: PartnerClientState, createdAt: string, createdBy: string, secretRotatedAt: string, revokedAt?: string | null, version: number } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type RotatePartnerClientSecretMutationVariables = Exact<{
  clientId: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RotatePartnerClientSecretMutation = { __typename?: 'Mutation', rotatePartnerClientSecret: { __typename?: 'PartnerClientWithSecret', clientSecret: string, client: { __typename?: 'PartnerClient', clientId: string, regionId: string, name: string, scopes: Array<string>, state: PartnerClientState, createdAt: string, createdBy: string, secretRotatedAt: string, revokedAt?: string | null, version: number } } };

export type RevokePartnerClientMutationVariables = Exact<{
  clientId: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RevokePartnerClientMutation = { __typename?: 'Mutation', revokePartnerClient: { __typename?: 'PartnerClient', clientId: string, regionId: string, name: string, scopes: Array<string>, state: PartnerClientState, createdAt: string, createdBy: string, secretRotatedAt: string, revokedAt?: string | null, version: number } };

export type AppointRegionAdminMutationVariables = Exact<{
  input: AppointRegionAdminInput;
}>;


export type AppointRegionAdminMutation = { __typename?: 'Mutation', appointRegionAdmin: { __typename?: 'AccountWithPassword', temporaryPassword: string, temporaryPasswordExpiresAt: string, account: { __typename?: 'Account', username: string, name: string, role: AccountRole } } };

export type UpdateRegionMutationVariables = Exact<{
  input: UpdateRegionInput;
}>;


export type UpdateRegionMutation = { __typename?: 'Mutation', updateRegion: { __typename?: 'Region', id: string, name: string, level: RegionLevel, slug?: string | null, superiorOrganization?: string | null, unitCount: number, memberCount: number, accountCount: number, lastActivityAt?: string | null, adminCount: number, state: RegionState, suspendedAt?: string | null, suspendedReason?: string | null, version: number, createdAt: string, admins: Array<{ __typename?: 'Account', username: string, name: string, phone?: string | null, role: AccountRole, state: AccountState, temporaryPasswordSetAt?: string | null, version: number }> } };

export type SuspendRegionMutationVariables = Exact<{
  input: SuspendRegionInput;
}>;


export type SuspendRegionMutation = { __typename?: 'Mutation', suspendRegion: { __typename?: 'Region', id: string, name: string, level: RegionLevel, slug?: string | null, superiorOrganization?: string | null, unitCount: number, memberCount: number, accountCount: number, lastActivityAt?: string | null, adminCount: number, state: RegionState, suspendedAt?: string | null, suspendedReason?: string | null, version: number, createdAt: string, admins: Array<{ __typename?: 'Account', username: string, name: string, phone?: string | null, role: AccountRole, state: AccountState, temporaryPasswordSetAt?: string | null, version: number }> } };

export type ReinstateRegionMutationVariables = Exact<{
  input: RegionChangeInput;
}>;


export type ReinstateRegionMutation = { __typename?: 'Mutation', reinstateRegion: { __typename?: 'Region', id: string, name: string, level: RegionLevel, slug?: string | null, superiorOrganization?: string | null, unitCount: number, memberCount: number, accountCount: number, lastActivityAt?: string | null, adminCount: number, state: RegionState, suspendedAt?: string | null, suspendedReason?: string | null, version: number, createdAt: string, admins: Array<{ __typename?: 'Account', username: string, name: string, phone?: string | null, role: AccountRole, state: AccountState, temporaryPasswordSetAt?: string | null, version: number }> } };

export type ActInRegionMutationVariables = Exact<{
  input: ActInRegionInput;
}>;


export type ActInRegionMutation = { __typename?: 'Mutation', actInRegion: { __typename?: 'ActingSession', regionId: string, until: string } };

export type CreateRegionMutationVariables = Exact<{
  input: CreateRegionInput;
}>;


export type CreateRegionMutation = { __typename?: 'Mutation', createRegion: { __typename?: 'Region', id: string, name: string, level: RegionLevel, slug?: string | null, superiorOrganization?: string | null, unitCount: number, memberCount: number, accountCount: number, lastActivityAt?: string | null, adminCount: number, state: RegionState, suspendedAt?: string | null, suspendedReason?: string | null, version: number, createdAt: string, admins: Array<{ __typename?: 'Account', username: string, name: string, phone?: string | null, role: AccountRole, state: AccountState, temporaryPasswordSetAt?: string | null, version: number }> } };

export type RegionRowFragment = { __typename?: 'Region', id: string, name: string, level: RegionLevel, slug?: string | null, superiorOrganization?: string | null, unitCount: number, memberCount: number, accountCount: number, lastActivityAt?: string | null, adminCount: number, state: RegionState, suspendedAt?: string | null, suspendedReason?: string | null, version: number, createdAt: string, admins: Array<{ __typename?: 'Account', username: string, name: string, phone?: string | null, role: AccountRole, state: AccountState, temporaryPasswordSetAt?: string | null, version: number }> };

export type RegionListQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RegionListQuery = { __typename?: 'Query', regions: { __typename?: 'RegionConnection', edges: Array<{ __typename?: 'RegionEdge', cursor: string, node: { __typename?: 'Region', id: string, name: string, level: RegionLevel, slug?: string | null, superiorOrganization?: string | null, unitCount: number, memberCount: number, accountCount: number, lastActivityAt?: string | null, adminCount: number, state: RegionState, suspendedAt?: string | null, suspendedReason?: string | null, version: number, createdAt: string, admins: Array<{ __typename?: 'Account', username: string, name: string, phone?: string | null, role: AccountRole, state: AccountState, temporaryPasswordSetAt?: string | null, version: number }> } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type UnitPersonFieldsFragment = { __typename?: 'UnitPerson', name: string, title?: string | null, phone?: string | null };

export type UnitFormFieldsFragment = { __typename?: 'Unit', id: string, name: string, shortName?: string | null, hostKind: HostKind, level: OrgLevel, allianceRole: AllianceRole, parentId?: string | null, address?: string | null, grid?: string | null, lockedFields: Array<string>, version: number, parent?: { __typename?: 'Unit', id: string, name: string } | null, leader?: { __typename?: 'UnitPerson', name: string, title?: string | null, phone?: string | null } | null, representative?: { __typename?: 'UnitPerson', name: string, title?: string | null, phone?: string | null } | null, liaison?: { __typename?: 'UnitPerson', name: string, title?: string | null, phone?: string | null } | null, partTimeCommitteeMember?: { __typename?: 'UnitPerson', name: string, title?: string | null, phone?: string | null } | null };

export type UnitRowFragment = { __typename?: 'Unit', id: string, name: string, hostKind: HostKind, level: OrgLevel, allianceRole: AllianceRole, status: UnitStatus, childCount: number, needsPairing: boolean, activePairingCount: number, levelCheck: { __typename?: 'LevelCheck', fits: boolean, verdict: LevelVerdict, expectedLevel?: OrgLevel | null } };

export type CreateUnitMutationVariables = Exact<{
  input: CreateUnitInput;
}>;


export type CreateUnitMutation = { __typename?: 'Mutation', createUnit: { __typename?: 'Unit', id: string, name: string } };

export type UnitForEditQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UnitForEditQuery = { __typename?: 'Query', unit?: { __typename?: 'Unit', id: string, name: string, shortName?: string | null, hostKind: HostKind, level: OrgLevel, allianceRole: AllianceRole, parentId?: string | null, address?: string | null, grid?: string | null, lockedFields: Array<string>, version: number, parent?: { __typename?: 'Unit', id: string, name: string } | null, leader?: { __typename?: 'UnitPerson', name: string, title?: string | null, phone?: string | null } | null, representative?: { __typename?: 'UnitPerson', name: string, title?: string | null, phone?: string | null } | null, liaison?: { __typename?: 'UnitPerson', name: string, title?: string | null, phone?: string | null } | null, partTimeCommitteeMember?: { __typename?: 'UnitPerson', name: string, title?: string | null, phone?: string | null } | null } | null };

export type UpdateUnitMutationVariables = Exact<{
  input: UpdateUnitInput;
}>;


export type UpdateUnitMutation = { __typename?: 'Mutation', updateUnit: { __typename?: 'Unit', id: string, name: string, shortName?: string | null, hostKind: HostKind, level: OrgLevel, allianceRole: AllianceRole, parentId?: string | null, address?: string | null, grid?: string | null, lockedFields: Array<string>, version: number, parent?: { __typename?: 'Unit', id: string, name: string } | null, leader?: { __typename?: 'UnitPerson', name: string, title?: string | null, phone?: string | null } | null, representative?: { __typename?: 'UnitPerson', name: string, title?: string | null, phone?: string | null } | null, liaison?: { __typename?: 'UnitPerson', name: string, title?: string | null, phone?: string | null } | null, partTimeCommitteeMember?: { __typename?: 'UnitPerson', name: string, title?: string | null, phone?: string | null } | null } };

export type UnitListQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UnitFilter>;
}>;


export type UnitListQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', region?: { __typename?: 'Region', id: string, unitCount: number } | null }, units: { __typename?: 'UnitConnection', edges: Array<{ __typename?: 'UnitEdge', cursor: string, node: { __typename?: 'Unit', id: string, name: string, hostKind: HostKind, level: OrgLevel, allianceRole: AllianceRole, status: UnitStatus, childCount: number, needsPairing: boolean, activePairingCount: number, levelCheck: { __typename?: 'LevelCheck', fits: boolean, verdict: LevelVerdict, expectedLevel?: OrgLevel | null } } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type UnitPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UnitPageQuery = { __typename?: 'Query', unit?: { __typename?: 'Unit', id: string, name: string, shortName?: string | null, hostKind: HostKind, level: OrgLevel, allianceRole: AllianceRole, status: UnitStatus, address?: string | null, grid?: string | null, childCount: number, memberCount: number, fullMemberCount: number, activePairingCount: number, needsPairing: boolean, version: number, createdAt: string, updatedAt: string, parent?: { __typename?: 'Unit', id: string, name: string } | null, leader?: { __typename?: 'UnitPerson', name: string, title?: string | null, phone?: string | null } | null, representative?: { __typename?: 'UnitPerson', name: string, title?: string | null, phone?: string | null } | null, liaison?: { __typename?: 'UnitPerson', name: string, title?: string | null, phone?: string | null } | null, partTimeCommitteeMember?: { __typename?: 'UnitPerson', name: string, title?: string | null, phone?: string | null } | null, levelCheck: { __typename?: 'LevelCheck', fits: boolean, verdict: LevelVerdict, expectedLevel?: OrgLevel | null }, registration?: { __typename?: 'Registration', registeredOn: string, note?: string | null, community?: { __typename?: 'Unit', id: string, name: string } | null, form?: { __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string } | null } | null } | null };

export type UnitChildrenQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type UnitChildrenQuery = { __typename?: 'Query', unit?: { __typename?: 'Unit', id: string, children: { __typename?: 'UnitConnection', edges: Array<{ __typename?: 'UnitEdge', cursor: string, node: { __typename?: 'Unit', id: string, name: string, hostKind: HostKind, level: OrgLevel, allianceRole: AllianceRole, status: UnitStatus, childCount: number, needsPairing: boolean, activePairingCount: number, levelCheck: { __typename?: 'LevelCheck', fits: boolean, verdict: LevelVerdict, expectedLevel?: OrgLevel | null } } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } } | null };

export type PairingRowFragment = { __typename?: 'Pairing', id: string, startsOn: string, endsOn?: string | null, content: string, status: PairingStatus, expired: boolean, endedOn?: string | null, endReason?: string | null, version: number, unit: { __typename?: 'Unit', id: string, name: string }, community: { __typename?: 'Unit', id: string, name: string }, agreement?: { __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string } | null };

export type UnitPairingsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type UnitPairingsQuery = { __typename?: 'Query', unit?: { __typename?: 'Unit', id: string, pairings: { __typename?: 'PairingConnection', edges: Array<{ __typename?: 'PairingEdge', cursor: string, node: { __typename?: 'Pairing', id: string, startsOn: string, endsOn?: string | null, content: string, status: PairingStatus, expired: boolean, endedOn?: string | null, endReason?: string | null, version: number, unit: { __typename?: 'Unit', id: string, name: string }, community: { __typename?: 'Unit', id: string, name: string }, agreement?: { __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string } | null } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } } | null };

export type CreatePairingMutationVariables = Exact<{
  input: CreatePairingInput;
}>;


export type CreatePairingMutation = { __typename?: 'Mutation', createPairing: { __typename?: 'Pairing', id: string, startsOn: string, endsOn?: string | null, content: string, status: PairingStatus, expired: boolean, endedOn?: string | null, endReason?: string | null, version: number, unit: { __typename?: 'Unit', id: string, activePairingCount: number, needsPairing: boolean, name: string }, community: { __typename?: 'Unit', id: string, name: string }, agreement?: { __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string } | null } };

export type EndPairingMutationVariables = Exact<{
  input: EndPairingInput;
}>;


export type EndPairingMutation = { __typename?: 'Mutation', endPairing: { __typename?: 'Pairing', id: string, startsOn: string, endsOn?: string | null, content: string, status: PairingStatus, expired: boolean, endedOn?: string | null, endReason?: string | null, version: number, unit: { __typename?: 'Unit', id: string, activePairingCount: number, needsPairing: boolean, name: string }, community: { __typename?: 'Unit', id: string, name: string }, agreement?: { __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string } | null } };

export type UnitRegistrationFragment = { __typename?: 'Registration', registeredOn: string, note?: string | null, community?: { __typename?: 'Unit', id: string, name: string } | null, form?: { __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string } | null };

export type RegisterUnitMutationVariables = Exact<{
  input: RegisterUnitInput;
}>;


export type RegisterUnitMutation = { __typename?: 'Mutation', registerUnit: { __typename?: 'Unit', id: string, status: UnitStatus, version: number, registration?: { __typename?: 'Registration', registeredOn: string, note?: string | null, community?: { __typename?: 'Unit', id: string, name: string } | null, form?: { __typename?: 'ArchiveFile', name: string, contentType: string, size: number, uploadedAt: string, downloadUrl: string } | null } | null } };

export type ChangeUnitStatusMutationVariables = Exact<{
  input: ChangeUnitStatusInput;
}>;


export type ChangeUnitStatusMutation = { __typename?: 'Mutation', changeUnitStatus: { __typename?: 'Unit', id: string, status: UnitStatus, version: number, updatedAt: string } };

export type DeleteUnitMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type DeleteUnitMutation = { __typename?: 'Mutation', deleteUnit: { __typename?: 'DeletedRecord', id: string } };

export type TreeUnitFragment = { __typename?: 'Unit', id: string, name: string, level: OrgLevel, status: UnitStatus, childCount: number };

export type TreeRootsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TreeRootsQuery = { __typename?: 'Query', units: { __typename?: 'UnitConnection', edges: Array<{ __typename?: 'UnitEdge', node: { __typename?: 'Unit', id: string, name: string, level: OrgLevel, status: UnitStatus, childCount: number } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type TreeChildrenQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TreeChildrenQuery = { __typename?: 'Query', unit?: { __typename?: 'Unit', id: string, children: { __typename?: 'UnitConnection', edges: Array<{ __typename?: 'UnitEdge', node: { __typename?: 'Unit', id: string, name: string, level: OrgLevel, status: UnitStatus, childCount: number } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } } | null };

export const NotificationFeedFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFeedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationFeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}}]}}]} as unknown as DocumentNode<NotificationFeedFieldsFragment, unknown>;
export const AccountRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPasswordSetAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedSignIns"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AccountRowFragment, unknown>;
export const ArchiveFileFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<ArchiveFileFieldsFragment, unknown>;
export const CharterVersionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CharterVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CharterVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<CharterVersionFieldsFragment, unknown>;
export const AllianceSettingsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllianceSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AllianceSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilTermStart"}},{"kind":"Field","name":{"kind":"Name","value":"councilTermEnd"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AllianceSettingsFieldsFragment, unknown>;
export const OfficerRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficerRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Officer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"personTitle"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termStart"}},{"kind":"Field","name":{"kind":"Name","value":"termEnd"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<OfficerRowFragment, unknown>;
export const RepresentativeChangeRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RepresentativeChangeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RepresentativeChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"next"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedBy"}}]}}]} as unknown as DocumentNode<RepresentativeChangeRowFragment, unknown>;
export const SubBodyRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubBodyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"convenerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitIds"}},{"kind":"Field","name":{"kind":"Name","value":"peopleCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SubBodyRowFragment, unknown>;
export const ArchiveVersionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveDocumentVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"}},{"kind":"Field","name":{"kind":"Name","value":"chainHash"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<ArchiveVersionFieldsFragment, unknown>;
export const ArchiveDocumentRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveDocumentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"folder"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"versionCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedBy"}},{"kind":"Field","name":{"kind":"Name","value":"restorableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<ArchiveDocumentRowFragment, unknown>;
export const AuditEntryRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEntryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"beforeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"afterUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pairing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AuditEntryRowFragment, unknown>;
export const CommunityReportRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityReportRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"memberUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"postsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CommunityReportRowFragment, unknown>;
export const PostFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"communityUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"holderCount"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PostFieldsFragment, unknown>;
export const LedgerRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"raisedByUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"raisedByUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlerUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"handlerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlerDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<LedgerRowFragment, unknown>;
export const LedgerItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"raisedByUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"raisedByUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlerUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"handlerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlerDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffBy"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<LedgerItemFieldsFragment, unknown>;
export const NeedImportPreviewFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedImportPreviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NeedImportPreview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"toImport"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyListed"}},{"kind":"Field","name":{"kind":"Name","value":"invalidRows"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<NeedImportPreviewFieldsFragment, unknown>;
export const PublicationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}}]}}]} as unknown as DocumentNode<PublicationFieldsFragment, unknown>;
export const NeedRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Need"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"communityUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wantedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"wantedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}}]}}]} as unknown as DocumentNode<NeedRowFragment, unknown>;
export const NeedFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Need"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"communityUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"communityUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wantedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"wantedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}}]}}]} as unknown as DocumentNode<NeedFieldsFragment, unknown>;
export const MatchSuggestionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchSuggestion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceSuggestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paired"}},{"kind":"Field","name":{"kind":"Name","value":"typeFits"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"quantityLeft"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}},{"kind":"Field","name":{"kind":"Name","value":"availableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MatchSuggestionFragment, unknown>;
export const ProjectRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"communityUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimMode"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"targetOn"}},{"kind":"Field","name":{"kind":"Name","value":"volunteerSlots"}},{"kind":"Field","name":{"kind":"Name","value":"slotsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"claimWindowEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}}]}}]} as unknown as DocumentNode<ProjectRowFragment, unknown>;
export const ProjectPageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"communityUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"communityUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"targetOn"}},{"kind":"Field","name":{"kind":"Name","value":"volunteerSlots"}},{"kind":"Field","name":{"kind":"Name","value":"slotsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"claimMode"}},{"kind":"Field","name":{"kind":"Name","value":"claimWindowEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"lead"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"claimedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceNote"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}}]}}]} as unknown as DocumentNode<ProjectPageFieldsFragment, unknown>;
export const ProjectProgressFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<ProjectProgressFieldsFragment, unknown>;
export const ResourceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"quantityLeft"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}},{"kind":"Field","name":{"kind":"Name","value":"availableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ResourceFieldsFragment, unknown>;
export const ResourceRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"quantityLeft"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}},{"kind":"Field","name":{"kind":"Name","value":"availableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}}]}}]} as unknown as DocumentNode<ResourceRowFragment, unknown>;
export const ListSettingsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ListSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needCategories"}},{"kind":"Field","name":{"kind":"Name","value":"claimWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ListSettingsFieldsFragment, unknown>;
export const MeetingMonthEntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingMonthEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]} as unknown as DocumentNode<MeetingMonthEntryFragment, unknown>;
export const MeetingFormFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineLink"}},{"kind":"Field","name":{"kind":"Name","value":"convenerUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"convenerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subBodyId"}},{"kind":"Field","name":{"kind":"Name","value":"chair"}},{"kind":"Field","name":{"kind":"Name","value":"recorder"}},{"kind":"Field","name":{"kind":"Name","value":"invitedUnitIds"}},{"kind":"Field","name":{"kind":"Name","value":"invitedUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MeetingFormFieldsFragment, unknown>;
export const MeetingRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineLink"}},{"kind":"Field","name":{"kind":"Name","value":"convenerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MeetingRowFragment, unknown>;
export const SupervisionRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolutionId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnitIds"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneWhen"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<SupervisionRowFragment, unknown>;
export const MeetingCadenceRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingCadenceRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingCadence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"everyMonths"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeldOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]} as unknown as DocumentNode<MeetingCadenceRowFragment, unknown>;
export const MeetingPageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineLink"}},{"kind":"Field","name":{"kind":"Name","value":"convenerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chair"}},{"kind":"Field","name":{"kind":"Name","value":"recorder"}},{"kind":"Field","name":{"kind":"Name","value":"invitedUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"presenterUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"presenter"}},{"kind":"Field","name":{"kind":"Name","value":"plannedMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentBy"}},{"kind":"Field","name":{"kind":"Name","value":"daysBeforeStart"}},{"kind":"Field","name":{"kind":"Name","value":"lateReason"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<MeetingPageFieldsFragment, unknown>;
export const AttendanceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttendanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"attendee"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}},{"kind":"Field","name":{"kind":"Name","value":"delegate"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"takesPart"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AttendanceFieldsFragment, unknown>;
export const MinutesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MinutesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Minutes"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agendaItemId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"savedBy"}},{"kind":"Field","name":{"kind":"Name","value":"savedAt"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<MinutesFieldsFragment, unknown>;
export const ConsensusFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsensusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgendaConsensus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agendaItemId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"view"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingUnitIds"}}]}}]} as unknown as DocumentNode<ConsensusFieldsFragment, unknown>;
export const ActionItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneWhen"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<ActionItemFieldsFragment, unknown>;
export const OwnSolicitationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnSolicitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgendaSolicitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"meetingTitle"}},{"kind":"Field","name":{"kind":"Name","value":"meetingStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"presenter"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}}]}}]}}]}}]} as unknown as DocumentNode<OwnSolicitationFragment, unknown>;
export const NoticeAttendanceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeAttendance"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"attendee"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}},{"kind":"Field","name":{"kind":"Name","value":"delegate"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<NoticeAttendanceFragment, unknown>;
export const NoticeRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineLink"}},{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"lateReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeAttendance"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeAttendance"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"attendee"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}},{"kind":"Field","name":{"kind":"Name","value":"delegate"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<NoticeRowFragment, unknown>;
export const NoticeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeRow"}},{"kind":"Field","name":{"kind":"Name","value":"chair"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"convenerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"presenter"}},{"kind":"Field","name":{"kind":"Name","value":"presenterUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"daysBeforeStart"}},{"kind":"Field","name":{"kind":"Name","value":"lateReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkInOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkInClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"ownReceipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opinions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"opinions"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agendaItemId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeAttendance"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"attendee"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}},{"kind":"Field","name":{"kind":"Name","value":"delegate"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineLink"}},{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"lateReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeAttendance"}}]}}]}}]} as unknown as DocumentNode<NoticeFieldsFragment, unknown>;
export const ReceiptFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReceiptFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResolutionReceipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]} as unknown as DocumentNode<ReceiptFieldsFragment, unknown>;
export const SolicitationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SolicitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgendaSolicitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"askedUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repliedCount"}},{"kind":"Field","name":{"kind":"Name","value":"pendingCount"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repliedBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"presenter"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}}]}}]}}]}}]} as unknown as DocumentNode<SolicitationFieldsFragment, unknown>;
export const EvaluationGradeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationGradeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationGrade"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"gradedAt"}},{"kind":"Field","name":{"kind":"Name","value":"gradedBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<EvaluationGradeFieldsFragment, unknown>;
export const EvaluationRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationGradeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communityReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceHours"}},{"kind":"Field","name":{"kind":"Name","value":"postsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"maxGrade"}},{"kind":"Field","name":{"kind":"Name","value":"capReason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationGradeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationGrade"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"gradedAt"}},{"kind":"Field","name":{"kind":"Name","value":"gradedBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<EvaluationRowFieldsFragment, unknown>;
export const PointsEntryRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PointsEntryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PointsEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"correcting"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"rulesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}}]} as unknown as DocumentNode<PointsEntryRowFragment, unknown>;
export const EngagementRulesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementRulesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EngagementRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"pointsPerServiceHour"}},{"kind":"Field","name":{"kind":"Name","value":"pointsPerMeeting"}},{"kind":"Field","name":{"kind":"Name","value":"pointsPerPostMonth"}},{"kind":"Field","name":{"kind":"Name","value":"pointsPerTrainingHour"}},{"kind":"Field","name":{"kind":"Name","value":"starPoints"}},{"kind":"Field","name":{"kind":"Name","value":"volunteerStarHours"}},{"kind":"Field","name":{"kind":"Name","value":"capGradeWithoutReport"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}}]} as unknown as DocumentNode<EngagementRulesFieldsFragment, unknown>;
export const ServiceRecordRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceRecordRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"memberUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communityUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"servedOn"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ServiceRecordRowFragment, unknown>;
export const TrainingStatusRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingStatusRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"shortBy"}}]}}]} as unknown as DocumentNode<TrainingStatusRowFragment, unknown>;
export const MemberFormFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"departure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MemberFormFieldsFragment, unknown>;
export const MemberRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]} as unknown as DocumentNode<MemberRowFragment, unknown>;
export const MemberImportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"headerRowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"withErrors"}},{"kind":"Field","name":{"kind":"Name","value":"skippedBlank"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyOnRoster"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"toImport"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"failures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<MemberImportFieldsFragment, unknown>;
export const MemberTransferRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberTransferRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transferredOn"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"toUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"toUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destination"}},{"kind":"Field","name":{"kind":"Name","value":"letterNumber"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]} as unknown as DocumentNode<MemberTransferRowFragment, unknown>;
export const PartnerClientRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerClientRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"secretRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PartnerClientRowFragment, unknown>;
export const RegionRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"superiorOrganization"}},{"kind":"Field","name":{"kind":"Name","value":"unitCount"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"accountCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"adminCount"}},{"kind":"Field","name":{"kind":"Name","value":"admins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPasswordSetAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RegionRowFragment, unknown>;
export const UnitPersonFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitPersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitPerson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]} as unknown as DocumentNode<UnitPersonFieldsFragment, unknown>;
export const UnitFormFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"hostKind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"allianceRole"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"grid"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitPersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitPersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"liaison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitPersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partTimeCommitteeMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitPersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lockedFields"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitPersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitPerson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]} as unknown as DocumentNode<UnitFormFieldsFragment, unknown>;
export const UnitRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hostKind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"allianceRole"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"needsPairing"}},{"kind":"Field","name":{"kind":"Name","value":"activePairingCount"}},{"kind":"Field","name":{"kind":"Name","value":"levelCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fits"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"expectedLevel"}}]}}]}}]} as unknown as DocumentNode<UnitRowFragment, unknown>;
export const PairingRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PairingRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pairing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<PairingRowFragment, unknown>;
export const UnitRegistrationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitRegistration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<UnitRegistrationFragment, unknown>;
export const TreeUnitFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TreeUnit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}}]}}]} as unknown as DocumentNode<TreeUnitFragment, unknown>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unitCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"acting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const CreateUploadUrlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUploadUrl"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUploadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUploadUrl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"headers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<CreateUploadUrlMutation, CreateUploadUrlMutationVariables>;
export const UnitOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hostKind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitOptionsQuery, UnitOptionsQueryVariables>;
export const UnitOptionNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitOptionName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UnitOptionNameQuery, UnitOptionNameQueryVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFeedFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFeedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationFeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFeedFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFeedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationFeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MarkAllNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFeedFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFeedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationFeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}}]}}]} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const EndActInRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndActInRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endActInRegion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}}]}]}}]} as unknown as DocumentNode<EndActInRegionMutation, EndActInRegionMutationVariables>;
export const ResetAccountPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetAccountPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPasswordExpiresAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPasswordSetAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedSignIns"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ResetAccountPasswordMutation, ResetAccountPasswordMutationVariables>;
export const DisableAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPasswordSetAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedSignIns"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DisableAccountMutation, DisableAccountMutationVariables>;
export const UnlockAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlockAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlockAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPasswordSetAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedSignIns"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UnlockAccountMutation, UnlockAccountMutationVariables>;
export const ResetAuthenticatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetAuthenticator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetAuthenticator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPasswordSetAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedSignIns"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ResetAuthenticatorMutation, ResetAuthenticatorMutationVariables>;
export const EnableAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnableAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPasswordSetAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedSignIns"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<EnableAccountMutation, EnableAccountMutationVariables>;
export const DeleteAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<DeleteAccountMutation, DeleteAccountMutationVariables>;
export const CreateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPasswordExpiresAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPasswordSetAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedSignIns"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateAccountMutation, CreateAccountMutationVariables>;
export const AccountUnitLiaisonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountUnitLiaison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"liaison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]} as unknown as DocumentNode<AccountUnitLiaisonQuery, AccountUnitLiaisonQueryVariables>;
export const AccountMemberContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountMemberContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<AccountMemberContactQuery, AccountMemberContactQueryVariables>;
export const CreateLiaisonAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLiaisonAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLiaisonAccountsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLiaisonAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoutId"}},{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alreadyHadAccount"}},{"kind":"Field","name":{"kind":"Name","value":"processedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"totalUnits"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPasswordSetAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedSignIns"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateLiaisonAccountsMutation, CreateLiaisonAccountsMutationVariables>;
export const LiaisonAccountsHandoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiaisonAccountsHandout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"handoutId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liaisonAccountsHandout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"handoutId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"handoutId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]} as unknown as DocumentNode<LiaisonAccountsHandoutMutation, LiaisonAccountsHandoutMutationVariables>;
export const RebindAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RebindAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RebindAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rebindAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPasswordSetAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedSignIns"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RebindAccountMutation, RebindAccountMutationVariables>;
export const AccountListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPasswordSetAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedSignIns"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AccountListQuery, AccountListQueryVariables>;
export const CharterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Charter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CharterVersionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CharterVersionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CharterVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CharterVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}}]}}]} as unknown as DocumentNode<CharterQuery, CharterQueryVariables>;
export const UploadCharterVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadCharterVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UploadCharterVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadCharterVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CharterVersionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CharterVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CharterVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}}]}}]} as unknown as DocumentNode<UploadCharterVersionMutation, UploadCharterVersionMutationVariables>;
export const AllianceSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllianceSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allianceSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllianceSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllianceSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AllianceSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilTermStart"}},{"kind":"Field","name":{"kind":"Name","value":"councilTermEnd"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AllianceSettingsQuery, AllianceSettingsQueryVariables>;
export const SetCouncilTermDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCouncilTerm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCouncilTermInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCouncilTerm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllianceSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllianceSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AllianceSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilTermStart"}},{"kind":"Field","name":{"kind":"Name","value":"councilTermEnd"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SetCouncilTermMutation, SetCouncilTermMutationVariables>;
export const AllianceOfficersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllianceOfficers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includePast"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfficerRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficerRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Officer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"personTitle"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termStart"}},{"kind":"Field","name":{"kind":"Name","value":"termEnd"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AllianceOfficersQuery, AllianceOfficersQueryVariables>;
export const SetOfficerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOfficer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetOfficerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOfficer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfficerRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficerRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Officer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"personTitle"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termStart"}},{"kind":"Field","name":{"kind":"Name","value":"termEnd"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SetOfficerMutation, SetOfficerMutationVariables>;
export const EndOfficerTermDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndOfficerTerm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndOfficerTermInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endOfficerTerm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfficerRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfficerRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Officer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"personTitle"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termStart"}},{"kind":"Field","name":{"kind":"Name","value":"termEnd"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<EndOfficerTermMutation, EndOfficerTermMutationVariables>;
export const RepresentativeChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RepresentativeChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RepresentativeChangeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"representativeChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RepresentativeChangeRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RepresentativeChangeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RepresentativeChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"next"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedBy"}}]}}]} as unknown as DocumentNode<RepresentativeChangesQuery, RepresentativeChangesQueryVariables>;
export const FileRepresentativeChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileRepresentativeChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileRepresentativeChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileRepresentativeChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RepresentativeChangeRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RepresentativeChangeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RepresentativeChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"next"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedBy"}}]}}]} as unknown as DocumentNode<FileRepresentativeChangeMutation, FileRepresentativeChangeMutationVariables>;
export const SubBodyDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubBodyDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subBody"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"convenerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SubBodyDetailQuery, SubBodyDetailQueryVariables>;
export const SubBodiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubBodies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SubBodyKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subBodies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubBodyRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubBodyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"convenerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitIds"}},{"kind":"Field","name":{"kind":"Name","value":"peopleCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SubBodiesQuery, SubBodiesQueryVariables>;
export const CreateSubBodyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSubBody"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSubBodyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSubBody"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubBodyRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubBodyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"convenerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitIds"}},{"kind":"Field","name":{"kind":"Name","value":"peopleCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateSubBodyMutation, CreateSubBodyMutationVariables>;
export const UpdateSubBodyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSubBody"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSubBodyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSubBody"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubBodyRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubBodyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubBody"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"convenerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitIds"}},{"kind":"Field","name":{"kind":"Name","value":"peopleCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateSubBodyMutation, UpdateSubBodyMutationVariables>;
export const AddArchiveDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddArchiveDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddArchiveDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addArchiveDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveDocumentRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveDocumentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"folder"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"versionCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedBy"}},{"kind":"Field","name":{"kind":"Name","value":"restorableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}}]}}]}}]} as unknown as DocumentNode<AddArchiveDocumentMutation, AddArchiveDocumentMutationVariables>;
export const ArchiveDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArchiveDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveDocumentRow"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveVersionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveDocumentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"folder"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"versionCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedBy"}},{"kind":"Field","name":{"kind":"Name","value":"restorableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveDocumentVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"}},{"kind":"Field","name":{"kind":"Name","value":"chainHash"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}}]}}]} as unknown as DocumentNode<ArchiveDocumentQuery, ArchiveDocumentQueryVariables>;
export const DeleteArchiveDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteArchiveDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveDocumentChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteArchiveDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveDocumentRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveDocumentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"folder"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"versionCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedBy"}},{"kind":"Field","name":{"kind":"Name","value":"restorableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteArchiveDocumentMutation, DeleteArchiveDocumentMutationVariables>;
export const VerifyArchiveDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyArchiveDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyArchiveDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"intact"}},{"kind":"Field","name":{"kind":"Name","value":"checkedVersions"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyArchiveDocumentMutation, VerifyArchiveDocumentMutationVariables>;
export const ArchiveFoldersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArchiveFolders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveFolders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"folder"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<ArchiveFoldersQuery, ArchiveFoldersQueryVariables>;
export const ArchiveDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArchiveDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveDocumentRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveDocumentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"folder"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"versionCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedBy"}},{"kind":"Field","name":{"kind":"Name","value":"restorableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}}]}}]}}]} as unknown as DocumentNode<ArchiveDocumentsQuery, ArchiveDocumentsQueryVariables>;
export const DeletedArchiveDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeletedArchiveDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedArchiveDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveDocumentRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveDocumentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"folder"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"versionCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedBy"}},{"kind":"Field","name":{"kind":"Name","value":"restorableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}}]}}]}}]} as unknown as DocumentNode<DeletedArchiveDocumentsQuery, DeletedArchiveDocumentsQueryVariables>;
export const RestoreArchiveDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreArchiveDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveDocumentChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreArchiveDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveDocumentRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveDocumentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"folder"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"versionCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedBy"}},{"kind":"Field","name":{"kind":"Name","value":"restorableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}}]}}]}}]} as unknown as DocumentNode<RestoreArchiveDocumentMutation, RestoreArchiveDocumentMutationVariables>;
export const ReplaceArchiveFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplaceArchiveFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplaceArchiveFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replaceArchiveFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveDocumentRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveDocumentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"folder"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"versionCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedBy"}},{"kind":"Field","name":{"kind":"Name","value":"restorableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}}]}}]}}]} as unknown as DocumentNode<ReplaceArchiveFileMutation, ReplaceArchiveFileMutationVariables>;
export const RecordAuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordAuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recordId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEntryRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEntryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"beforeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"afterUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pairing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RecordAuditTrailQuery, RecordAuditTrailQueryVariables>;
export const RegionAuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionAuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionAuditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEntryRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEntryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"beforeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"afterUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pairing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RegionAuditTrailQuery, RegionAuditTrailQueryVariables>;
export const ExportCommunityReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportCommunityReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberUnitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityReportStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportCommunityReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberUnitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]} as unknown as DocumentNode<ExportCommunityReportsMutation, ExportCommunityReportsMutationVariables>;
export const DeclineCommunityReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineCommunityReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmCommunityReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmCommunityReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityReportRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityReportRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"memberUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"postsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DeclineCommunityReportMutation, DeclineCommunityReportMutationVariables>;
export const EndCommunityReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndCommunityReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndCommunityReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCommunityReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityReportRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityReportRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"memberUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"postsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<EndCommunityReportMutation, EndCommunityReportMutationVariables>;
export const CommunityReportListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunityReportList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityReportFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityReportRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityReportRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"memberUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"postsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CommunityReportListQuery, CommunityReportListQueryVariables>;
export const ConfirmCommunityReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmCommunityReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmCommunityReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmCommunityReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunityReportRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunityReportRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunityReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"memberUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"postsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConfirmCommunityReportMutation, ConfirmCommunityReportMutationVariables>;
export const ClaimMemberOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClaimMemberOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClaimMemberOptionsQuery, ClaimMemberOptionsQueryVariables>;
export const ClaimReporterOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClaimReporterOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityUnitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"communityUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityUnitId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"CONFIRMED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"memberUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClaimReporterOptionsQuery, ClaimReporterOptionsQueryVariables>;
export const ClaimPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClaimPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"postId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"postId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"postId"}}},{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}}]}}]}}]} as unknown as DocumentNode<ClaimPostMutation, ClaimPostMutationVariables>;
export const CreatePostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"communityUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"holderCount"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreatePostMutation, CreatePostMutationVariables>;
export const UpdatePostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"communityUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"holderCount"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdatePostMutation, UpdatePostMutationVariables>;
export const PostListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PostList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityUnitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeClosed"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityUnitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeClosed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeClosed"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"communityUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"holderCount"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PostListQuery, PostListQueryVariables>;
export const ClosePostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClosePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closePost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"communityUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"holderCount"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ClosePostMutation, ClosePostMutationVariables>;
export const PostPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PostPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostFields"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"communityUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"holderCount"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PostPageQuery, PostPageQueryVariables>;
export const LeavePostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeavePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"postId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leavePost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"postId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"postId"}}},{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"communityUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"holderCount"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<LeavePostMutation, LeavePostMutationVariables>;
export const EngagementOwnUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementOwnUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hostKind"}}]}}]}}]} as unknown as DocumentNode<EngagementOwnUnitQuery, EngagementOwnUnitQueryVariables>;
export const LedgerYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledgerYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]} as unknown as DocumentNode<LedgerYearQuery, LedgerYearQueryVariables>;
export const RaiseLedgerItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaiseLedgerItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseLedgerItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseLedgerItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"raisedByUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"raisedByUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlerUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"handlerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlerDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffBy"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<RaiseLedgerItemMutation, RaiseLedgerItemMutationVariables>;
export const LedgerItemPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerItemPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledgerItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"raisedByUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"raisedByUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlerUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"handlerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlerDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffBy"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<LedgerItemPageQuery, LedgerItemPageQueryVariables>;
export const LedgerListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledgerItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"raisedByUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"raisedByUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlerUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"handlerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlerDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<LedgerListQuery, LedgerListQueryVariables>;
export const LedgerOwnUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerOwnUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LedgerOwnUnitQuery, LedgerOwnUnitQueryVariables>;
export const AssignLedgerItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignLedgerItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignLedgerItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignLedgerItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"raisedByUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"raisedByUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlerUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"handlerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlerDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffBy"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AssignLedgerItemMutation, AssignLedgerItemMutationVariables>;
export const ReportLedgerProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportLedgerProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportLedgerProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportLedgerProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"raisedByUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"raisedByUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlerUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"handlerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlerDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffBy"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ReportLedgerProgressMutation, ReportLedgerProgressMutationVariables>;
export const ResolveLedgerItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveLedgerItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveLedgerItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveLedgerItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"raisedByUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"raisedByUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlerUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"handlerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlerDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffBy"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ResolveLedgerItemMutation, ResolveLedgerItemMutationVariables>;
export const SignOffLedgerItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOffLedgerItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignOffLedgerItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOffLedgerItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"raisedByUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"raisedByUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlerUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"handlerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlerDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffBy"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SignOffLedgerItemMutation, SignOffLedgerItemMutationVariables>;
export const ReopenLedgerItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenLedgerItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenLedgerItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenLedgerItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"raisedByUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"raisedByUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlerUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"handlerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlerDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffBy"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ReopenLedgerItemMutation, ReopenLedgerItemMutationVariables>;
export const DeclineLedgerItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineLedgerItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineLedgerItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineLedgerItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"raisedByUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"raisedByUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlerUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"handlerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlerDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffBy"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<DeclineLedgerItemMutation, DeclineLedgerItemMutationVariables>;
export const ExportNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportNeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NeedFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]} as unknown as DocumentNode<ExportNeedsMutation, ExportNeedsMutationVariables>;
export const ExportResourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportResources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportResources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]} as unknown as DocumentNode<ExportResourcesMutation, ExportResourcesMutationVariables>;
export const ExportProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]} as unknown as DocumentNode<ExportProjectsMutation, ExportProjectsMutationVariables>;
export const ListUnitOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListUnitOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitOptionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitOptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hostKind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListUnitOptionsQuery, ListUnitOptionsQueryVariables>;
export const ClaimHallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClaimHall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimableProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectRow"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnitId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"communityUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimMode"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"targetOn"}},{"kind":"Field","name":{"kind":"Name","value":"volunteerSlots"}},{"kind":"Field","name":{"kind":"Name","value":"slotsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"claimWindowEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationFields"}}]}}]}}]} as unknown as DocumentNode<ClaimHallQuery, ClaimHallQueryVariables>;
export const NeedImportTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedImportTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needImportTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]} as unknown as DocumentNode<NeedImportTemplateQuery, NeedImportTemplateQueryVariables>;
export const PreviewNeedImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PreviewNeedImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreviewNeedImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewNeedImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedImportPreviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedImportPreviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NeedImportPreview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"toImport"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyListed"}},{"kind":"Field","name":{"kind":"Name","value":"invalidRows"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PreviewNeedImportMutation, PreviewNeedImportMutationVariables>;
export const ImportNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportNeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportNeedsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyListed"}},{"kind":"Field","name":{"kind":"Name","value":"invalidRows"}}]}}]}}]} as unknown as DocumentNode<ImportNeedsMutation, ImportNeedsMutationVariables>;
export const CreateNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Need"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"communityUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"communityUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wantedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"wantedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateNeedMutation, CreateNeedMutationVariables>;
export const NeedForEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedForEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Need"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"communityUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"communityUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wantedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"wantedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<NeedForEditQuery, NeedForEditQueryVariables>;
export const UpdateNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Need"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"communityUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"communityUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wantedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"wantedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateNeedMutation, UpdateNeedMutationVariables>;
export const NeedCategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needCategories"}}]}}]} as unknown as DocumentNode<NeedCategoriesQuery, NeedCategoriesQueryVariables>;
export const NeedListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NeedFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Need"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"communityUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wantedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"wantedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<NeedListQuery, NeedListQueryVariables>;
export const MatchPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suggestResources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"needId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchSuggestion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Need"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"communityUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"communityUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wantedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"wantedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchSuggestion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceSuggestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paired"}},{"kind":"Field","name":{"kind":"Name","value":"typeFits"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"quantityLeft"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}},{"kind":"Field","name":{"kind":"Name","value":"availableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MatchPageQuery, MatchPageQueryVariables>;
export const CreateProjectFromNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProjectFromNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProjectFromNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProjectFromNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<CreateProjectFromNeedMutation, CreateProjectFromNeedMutationVariables>;
export const NeedPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Need"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"communityUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"communityUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wantedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"wantedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<NeedPageQuery, NeedPageQueryVariables>;
export const CloseNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Need"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"communityUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"communityUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wantedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"wantedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CloseNeedMutation, CloseNeedMutationVariables>;
export const ListYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"byType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListYearQuery, ListYearQueryVariables>;
export const ListsOwnUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListsOwnUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hostKind"}}]}}]}}]} as unknown as DocumentNode<ListsOwnUnitQuery, ListsOwnUnitQueryVariables>;
export const ProjectListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"communityUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimMode"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"targetOn"}},{"kind":"Field","name":{"kind":"Name","value":"volunteerSlots"}},{"kind":"Field","name":{"kind":"Name","value":"slotsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"claimWindowEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationFields"}}]}}]}}]} as unknown as DocumentNode<ProjectListQuery, ProjectListQueryVariables>;
export const ProjectPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectPageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"communityUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"communityUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"targetOn"}},{"kind":"Field","name":{"kind":"Name","value":"volunteerSlots"}},{"kind":"Field","name":{"kind":"Name","value":"slotsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"claimMode"}},{"kind":"Field","name":{"kind":"Name","value":"claimWindowEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"lead"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"claimedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceNote"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ProjectPageQuery, ProjectPageQueryVariables>;
export const WithdrawClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"claimId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"claimId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"claimId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectPageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"communityUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"communityUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"targetOn"}},{"kind":"Field","name":{"kind":"Name","value":"volunteerSlots"}},{"kind":"Field","name":{"kind":"Name","value":"slotsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"claimMode"}},{"kind":"Field","name":{"kind":"Name","value":"claimWindowEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"lead"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"claimedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceNote"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<WithdrawClaimMutation, WithdrawClaimMutationVariables>;
export const ResourceChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResourceChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"quantityLeft"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ResourceChoicesQuery, ResourceChoicesQueryVariables>;
export const ClaimResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClaimResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectPageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"communityUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"communityUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"targetOn"}},{"kind":"Field","name":{"kind":"Name","value":"volunteerSlots"}},{"kind":"Field","name":{"kind":"Name","value":"slotsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"claimMode"}},{"kind":"Field","name":{"kind":"Name","value":"claimWindowEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"lead"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"claimedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceNote"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ClaimResourceMutation, ClaimResourceMutationVariables>;
export const ClaimProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClaimProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectPageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"communityUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"communityUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"targetOn"}},{"kind":"Field","name":{"kind":"Name","value":"volunteerSlots"}},{"kind":"Field","name":{"kind":"Name","value":"slotsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"claimMode"}},{"kind":"Field","name":{"kind":"Name","value":"claimWindowEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"lead"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"claimedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceNote"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ClaimProjectMutation, ClaimProjectMutationVariables>;
export const ProjectProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectProgressFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}}]}}]} as unknown as DocumentNode<ProjectProgressQuery, ProjectProgressQueryVariables>;
export const ReportProjectProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportProjectProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportProjectProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportProjectProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectProgressFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}}]}}]} as unknown as DocumentNode<ReportProjectProgressMutation, ReportProjectProgressMutationVariables>;
export const TransitionProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectPageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"communityUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"communityUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"targetOn"}},{"kind":"Field","name":{"kind":"Name","value":"volunteerSlots"}},{"kind":"Field","name":{"kind":"Name","value":"slotsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"claimMode"}},{"kind":"Field","name":{"kind":"Name","value":"claimWindowEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"lead"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"claimedAt"}},{"kind":"Field","name":{"kind":"Name","value":"claimedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceNote"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<TransitionProjectMutation, TransitionProjectMutationVariables>;
export const PublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Publish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}}]}}]} as unknown as DocumentNode<PublishMutation, PublishMutationVariables>;
export const UnpublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Unpublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unpublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}}]}}]} as unknown as DocumentNode<UnpublishMutation, UnpublishMutationVariables>;
export const PublicationListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicationList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishableType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationFields"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}}]}}]} as unknown as DocumentNode<PublicationListQuery, PublicationListQueryVariables>;
export const CreateResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"quantityLeft"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}},{"kind":"Field","name":{"kind":"Name","value":"availableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateResourceMutation, CreateResourceMutationVariables>;
export const ResourceForEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResourceForEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"quantityLeft"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}},{"kind":"Field","name":{"kind":"Name","value":"availableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ResourceForEditQuery, ResourceForEditQueryVariables>;
export const UpdateResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"quantityLeft"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}},{"kind":"Field","name":{"kind":"Name","value":"availableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateResourceMutation, UpdateResourceMutationVariables>;
export const ResourceListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResourceList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"quantityLeft"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}},{"kind":"Field","name":{"kind":"Name","value":"availableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ResourceListQuery, ResourceListQueryVariables>;
export const WithdrawResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityUnit"}},{"kind":"Field","name":{"kind":"Name","value":"quantityLeft"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}},{"kind":"Field","name":{"kind":"Name","value":"availableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<WithdrawResourceMutation, WithdrawResourceMutationVariables>;
export const ListSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ListSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needCategories"}},{"kind":"Field","name":{"kind":"Name","value":"claimWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ListSettingsQuery, ListSettingsQueryVariables>;
export const SetListSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetListSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetListSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setListSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ListSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needCategories"}},{"kind":"Field","name":{"kind":"Name","value":"claimWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SetListSettingsMutation, SetListSettingsMutationVariables>;
export const MeetingCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MeetingCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]} as unknown as DocumentNode<MeetingCalendarMutation, MeetingCalendarMutationVariables>;
export const CalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]} as unknown as DocumentNode<CalendarFeedQuery, CalendarFeedQueryVariables>;
export const CreateCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"feed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCalendarFeedMutation, CreateCalendarFeedMutationVariables>;
export const RevokeCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeCalendarFeed"}}]}}]} as unknown as DocumentNode<RevokeCalendarFeedMutation, RevokeCalendarFeedMutationVariables>;
export const MeetingMonthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingMonth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingMonthEntry"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingMonthEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]} as unknown as DocumentNode<MeetingMonthQuery, MeetingMonthQueryVariables>;
export const SubBodyOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubBodyOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subBodies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unitIds"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubBodyOptionsQuery, SubBodyOptionsQueryVariables>;
export const SupervisionListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItemFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolutionId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnitIds"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneWhen"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}}]}}]}}]} as unknown as DocumentNode<SupervisionListQuery, SupervisionListQueryVariables>;
export const MeetingFollowUpSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MeetingFollowUpSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingFollowUpSummaryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingFollowUpSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]} as unknown as DocumentNode<MeetingFollowUpSummaryMutation, MeetingFollowUpSummaryMutationVariables>;
export const ReportActionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportActionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolutionId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnitIds"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneWhen"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}}]}}]}}]} as unknown as DocumentNode<ReportActionItemMutation, ReportActionItemMutationVariables>;
export const MeetingCadenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingCadence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingCadence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingCadenceRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingCadenceRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingCadence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"everyMonths"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeldOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]} as unknown as DocumentNode<MeetingCadenceQuery, MeetingCadenceQueryVariables>;
export const SetMeetingCadenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMeetingCadence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMeetingCadenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMeetingCadence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingCadenceRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingCadenceRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingCadence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"everyMonths"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeldOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]} as unknown as DocumentNode<SetMeetingCadenceMutation, SetMeetingCadenceMutationVariables>;
export const CreateMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<CreateMeetingMutation, CreateMeetingMutationVariables>;
export const MeetingForEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingForEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFormFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineLink"}},{"kind":"Field","name":{"kind":"Name","value":"convenerUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"convenerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subBodyId"}},{"kind":"Field","name":{"kind":"Name","value":"chair"}},{"kind":"Field","name":{"kind":"Name","value":"recorder"}},{"kind":"Field","name":{"kind":"Name","value":"invitedUnitIds"}},{"kind":"Field","name":{"kind":"Name","value":"invitedUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MeetingForEditQuery, MeetingForEditQueryVariables>;
export const UpdateMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFormFields"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineLink"}},{"kind":"Field","name":{"kind":"Name","value":"convenerUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"convenerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subBodyId"}},{"kind":"Field","name":{"kind":"Name","value":"chair"}},{"kind":"Field","name":{"kind":"Name","value":"recorder"}},{"kind":"Field","name":{"kind":"Name","value":"invitedUnitIds"}},{"kind":"Field","name":{"kind":"Name","value":"invitedUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateMeetingMutation, UpdateMeetingMutationVariables>;
export const MeetingPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingPageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineLink"}},{"kind":"Field","name":{"kind":"Name","value":"convenerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chair"}},{"kind":"Field","name":{"kind":"Name","value":"recorder"}},{"kind":"Field","name":{"kind":"Name","value":"invitedUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"presenterUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"presenter"}},{"kind":"Field","name":{"kind":"Name","value":"plannedMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentBy"}},{"kind":"Field","name":{"kind":"Name","value":"daysBeforeStart"}},{"kind":"Field","name":{"kind":"Name","value":"lateReason"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<MeetingPageQuery, MeetingPageQueryVariables>;
export const MeetingAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checkInCode"}},{"kind":"Field","name":{"kind":"Name","value":"checkInOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkInClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttendanceFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttendanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"attendee"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}},{"kind":"Field","name":{"kind":"Name","value":"delegate"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"takesPart"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<MeetingAttendanceQuery, MeetingAttendanceQueryVariables>;
export const MeetingOpinionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingOpinions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"opinions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agendaItemId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeetingOpinionsQuery, MeetingOpinionsQueryVariables>;
export const MeetingMinutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MinutesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consensus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsensusFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"takesPart"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MinutesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Minutes"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agendaItemId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"savedBy"}},{"kind":"Field","name":{"kind":"Name","value":"savedAt"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsensusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgendaConsensus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agendaItemId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"view"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingUnitIds"}}]}}]} as unknown as DocumentNode<MeetingMinutesQuery, MeetingMinutesQueryVariables>;
export const MinutesVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MinutesVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agendaItemId"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"fileNames"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"savedBy"}},{"kind":"Field","name":{"kind":"Name","value":"savedAt"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MinutesVersionsQuery, MinutesVersionsQueryVariables>;
export const MeetingResolutionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingResolutions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItemId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"reservedViews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"view"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneWhen"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<MeetingResolutionsQuery, MeetingResolutionsQueryVariables>;
export const MeetingResolutionIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingResolutionIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingResolutionIdsQuery, MeetingResolutionIdsQueryVariables>;
export const PreviousActionItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviousActionItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"previousActionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemFields"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneWhen"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<PreviousActionItemsQuery, PreviousActionItemsQueryVariables>;
export const MeetingListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineLink"}},{"kind":"Field","name":{"kind":"Name","value":"convenerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MeetingListQuery, MeetingListQueryVariables>;
export const CheckInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeAttendance"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeAttendance"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"attendee"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}},{"kind":"Field","name":{"kind":"Name","value":"delegate"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CheckInMutation, CheckInMutationVariables>;
export const RequestLeaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestLeave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestLeaveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestLeave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeAttendance"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeAttendance"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"attendee"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}},{"kind":"Field","name":{"kind":"Name","value":"delegate"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RequestLeaveMutation, RequestLeaveMutationVariables>;
export const SubmitOpinionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitOpinion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitOpinionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitOpinion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agendaItemId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]} as unknown as DocumentNode<SubmitOpinionMutation, SubmitOpinionMutationVariables>;
export const MySolicitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySolicitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"agendaSolicitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnSolicitation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnSolicitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgendaSolicitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"meetingTitle"}},{"kind":"Field","name":{"kind":"Name","value":"meetingStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"presenter"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}}]}}]}}]}}]} as unknown as DocumentNode<MySolicitationsQuery, MySolicitationsQueryVariables>;
export const ReplyToAgendaSolicitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplyToAgendaSolicitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToAgendaSolicitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToAgendaSolicitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OwnSolicitation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OwnSolicitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgendaSolicitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"meetingTitle"}},{"kind":"Field","name":{"kind":"Name","value":"meetingStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"presenter"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}}]}}]}}]}}]} as unknown as DocumentNode<ReplyToAgendaSolicitationMutation, ReplyToAgendaSolicitationMutationVariables>;
export const MyNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"opinions"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"meetingNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeAttendance"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"attendee"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}},{"kind":"Field","name":{"kind":"Name","value":"delegate"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineLink"}},{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"lateReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeAttendance"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeRow"}},{"kind":"Field","name":{"kind":"Name","value":"chair"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"convenerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"presenter"}},{"kind":"Field","name":{"kind":"Name","value":"presenterUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"daysBeforeStart"}},{"kind":"Field","name":{"kind":"Name","value":"lateReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkInOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkInClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"ownReceipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opinions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"opinions"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agendaItemId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyNoticeQuery, MyNoticeQueryVariables>;
export const MyNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNotices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"meetingNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeAttendance"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"attendee"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}},{"kind":"Field","name":{"kind":"Name","value":"delegate"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineLink"}},{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"lateReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeAttendance"}}]}}]}}]} as unknown as DocumentNode<MyNoticesQuery, MyNoticesQueryVariables>;
export const AddActionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddActionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneWhen"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AddActionItemMutation, AddActionItemMutationVariables>;
export const AddAgendaItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAgendaItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddAgendaItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAgendaItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingPageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineLink"}},{"kind":"Field","name":{"kind":"Name","value":"convenerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chair"}},{"kind":"Field","name":{"kind":"Name","value":"recorder"}},{"kind":"Field","name":{"kind":"Name","value":"invitedUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"presenterUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"presenter"}},{"kind":"Field","name":{"kind":"Name","value":"plannedMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentBy"}},{"kind":"Field","name":{"kind":"Name","value":"daysBeforeStart"}},{"kind":"Field","name":{"kind":"Name","value":"lateReason"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AddAgendaItemMutation, AddAgendaItemMutationVariables>;
export const AddMinutesAddendumDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMinutesAddendum"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMinutesAddendumInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMinutesAddendum"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MinutesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MinutesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Minutes"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agendaItemId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"savedBy"}},{"kind":"Field","name":{"kind":"Name","value":"savedAt"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}}]}}]} as unknown as DocumentNode<AddMinutesAddendumMutation, AddMinutesAddendumMutationVariables>;
export const RemoveAgendaItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveAgendaItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeAgendaItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingPageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineLink"}},{"kind":"Field","name":{"kind":"Name","value":"convenerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chair"}},{"kind":"Field","name":{"kind":"Name","value":"recorder"}},{"kind":"Field","name":{"kind":"Name","value":"invitedUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"presenterUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"presenter"}},{"kind":"Field","name":{"kind":"Name","value":"plannedMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentBy"}},{"kind":"Field","name":{"kind":"Name","value":"daysBeforeStart"}},{"kind":"Field","name":{"kind":"Name","value":"lateReason"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<RemoveAgendaItemMutation, RemoveAgendaItemMutationVariables>;
export const ApproveMinutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingPageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineLink"}},{"kind":"Field","name":{"kind":"Name","value":"convenerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chair"}},{"kind":"Field","name":{"kind":"Name","value":"recorder"}},{"kind":"Field","name":{"kind":"Name","value":"invitedUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"presenterUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"presenter"}},{"kind":"Field","name":{"kind":"Name","value":"plannedMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentBy"}},{"kind":"Field","name":{"kind":"Name","value":"daysBeforeStart"}},{"kind":"Field","name":{"kind":"Name","value":"lateReason"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ApproveMinutesMutation, ApproveMinutesMutationVariables>;
export const ArchiveMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingPageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineLink"}},{"kind":"Field","name":{"kind":"Name","value":"convenerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chair"}},{"kind":"Field","name":{"kind":"Name","value":"recorder"}},{"kind":"Field","name":{"kind":"Name","value":"invitedUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"presenterUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"presenter"}},{"kind":"Field","name":{"kind":"Name","value":"plannedMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentBy"}},{"kind":"Field","name":{"kind":"Name","value":"daysBeforeStart"}},{"kind":"Field","name":{"kind":"Name","value":"lateReason"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ArchiveMeetingMutation, ArchiveMeetingMutationVariables>;
export const MeetingArchivedDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingArchivedDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeetingArchivedDocumentsQuery, MeetingArchivedDocumentsQueryVariables>;
export const CancelMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeMeetingStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingPageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineLink"}},{"kind":"Field","name":{"kind":"Name","value":"convenerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chair"}},{"kind":"Field","name":{"kind":"Name","value":"recorder"}},{"kind":"Field","name":{"kind":"Name","value":"invitedUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"presenterUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"presenter"}},{"kind":"Field","name":{"kind":"Name","value":"plannedMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentBy"}},{"kind":"Field","name":{"kind":"Name","value":"daysBeforeStart"}},{"kind":"Field","name":{"kind":"Name","value":"lateReason"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CancelMeetingMutation, CancelMeetingMutationVariables>;
export const MarkMeetingHeldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkMeetingHeld"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markMeetingHeld"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingPageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineLink"}},{"kind":"Field","name":{"kind":"Name","value":"convenerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chair"}},{"kind":"Field","name":{"kind":"Name","value":"recorder"}},{"kind":"Field","name":{"kind":"Name","value":"invitedUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"presenterUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"presenter"}},{"kind":"Field","name":{"kind":"Name","value":"plannedMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentBy"}},{"kind":"Field","name":{"kind":"Name","value":"daysBeforeStart"}},{"kind":"Field","name":{"kind":"Name","value":"lateReason"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<MarkMeetingHeldMutation, MarkMeetingHeldMutationVariables>;
export const RecordConsensusForAllDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordConsensusForAll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agendaItemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordConsensusForAll"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"agendaItemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agendaItemId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsensusFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsensusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgendaConsensus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agendaItemId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"view"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingUnitIds"}}]}}]} as unknown as DocumentNode<RecordConsensusForAllMutation, RecordConsensusForAllMutationVariables>;
export const MeetingDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MeetingDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingDocumentKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]} as unknown as DocumentNode<MeetingDocumentMutation, MeetingDocumentMutationVariables>;
export const SaveMinutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveMinutesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MinutesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MinutesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Minutes"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agendaItemId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"savedBy"}},{"kind":"Field","name":{"kind":"Name","value":"savedAt"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}}]}}]} as unknown as DocumentNode<SaveMinutesMutation, SaveMinutesMutationVariables>;
export const RecordConsensusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordConsensus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordConsensusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordConsensus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsensusFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsensusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgendaConsensus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agendaItemId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"view"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingUnitIds"}}]}}]} as unknown as DocumentNode<RecordConsensusMutation, RecordConsensusMutationVariables>;
export const PostponeMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostponeMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostponeMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postponeMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingPageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineLink"}},{"kind":"Field","name":{"kind":"Name","value":"convenerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chair"}},{"kind":"Field","name":{"kind":"Name","value":"recorder"}},{"kind":"Field","name":{"kind":"Name","value":"invitedUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"presenterUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"presenter"}},{"kind":"Field","name":{"kind":"Name","value":"plannedMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentBy"}},{"kind":"Field","name":{"kind":"Name","value":"daysBeforeStart"}},{"kind":"Field","name":{"kind":"Name","value":"lateReason"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<PostponeMeetingMutation, PostponeMeetingMutationVariables>;
export const MeetingReceiptsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingReceipts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receiptSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receipts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReceiptFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReceiptFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResolutionReceipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]} as unknown as DocumentNode<MeetingReceiptsQuery, MeetingReceiptsQueryVariables>;
export const AcknowledgeResolutionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeResolutions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcknowledgeResolutionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeResolutions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReceiptFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReceiptFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResolutionReceipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]} as unknown as DocumentNode<AcknowledgeResolutionsMutation, AcknowledgeResolutionsMutationVariables>;
export const RecordAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttendanceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttendanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"attendee"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}},{"kind":"Field","name":{"kind":"Name","value":"delegate"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"takesPart"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<RecordAttendanceMutation, RecordAttendanceMutationVariables>;
export const SendMeetingNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendMeetingNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMeetingNoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMeetingNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingPageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineLink"}},{"kind":"Field","name":{"kind":"Name","value":"convenerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chair"}},{"kind":"Field","name":{"kind":"Name","value":"recorder"}},{"kind":"Field","name":{"kind":"Name","value":"invitedUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"presenterUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"presenter"}},{"kind":"Field","name":{"kind":"Name","value":"plannedMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentBy"}},{"kind":"Field","name":{"kind":"Name","value":"daysBeforeStart"}},{"kind":"Field","name":{"kind":"Name","value":"lateReason"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SendMeetingNoticeMutation, SendMeetingNoticeMutationVariables>;
export const MeetingSolicitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingSolicitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agendaSolicitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SolicitationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SolicitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgendaSolicitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"askedUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repliedCount"}},{"kind":"Field","name":{"kind":"Name","value":"pendingCount"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repliedBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"presenter"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingSolicitationQuery, MeetingSolicitationQueryVariables>;
export const OpenAgendaSolicitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenAgendaSolicitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenAgendaSolicitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openAgendaSolicitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingPageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineLink"}},{"kind":"Field","name":{"kind":"Name","value":"convenerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chair"}},{"kind":"Field","name":{"kind":"Name","value":"recorder"}},{"kind":"Field","name":{"kind":"Name","value":"invitedUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"presenterUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"presenter"}},{"kind":"Field","name":{"kind":"Name","value":"plannedMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentBy"}},{"kind":"Field","name":{"kind":"Name","value":"daysBeforeStart"}},{"kind":"Field","name":{"kind":"Name","value":"lateReason"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<OpenAgendaSolicitationMutation, OpenAgendaSolicitationMutationVariables>;
export const CloseAgendaSolicitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseAgendaSolicitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeAgendaSolicitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingPageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineLink"}},{"kind":"Field","name":{"kind":"Name","value":"convenerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chair"}},{"kind":"Field","name":{"kind":"Name","value":"recorder"}},{"kind":"Field","name":{"kind":"Name","value":"invitedUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"presenterUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"presenter"}},{"kind":"Field","name":{"kind":"Name","value":"plannedMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentBy"}},{"kind":"Field","name":{"kind":"Name","value":"daysBeforeStart"}},{"kind":"Field","name":{"kind":"Name","value":"lateReason"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CloseAgendaSolicitationMutation, CloseAgendaSolicitationMutationVariables>;
export const AdoptAgendaProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdoptAgendaProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdoptAgendaProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptAgendaProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingPageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"onlineLink"}},{"kind":"Field","name":{"kind":"Name","value":"convenerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chair"}},{"kind":"Field","name":{"kind":"Name","value":"recorder"}},{"kind":"Field","name":{"kind":"Name","value":"invitedUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"presenterUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"presenter"}},{"kind":"Field","name":{"kind":"Name","value":"plannedMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentBy"}},{"kind":"Field","name":{"kind":"Name","value":"daysBeforeStart"}},{"kind":"Field","name":{"kind":"Name","value":"lateReason"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AdoptAgendaProposalMutation, AdoptAgendaProposalMutationVariables>;
export const RecordMemberOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordMemberOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordMemberOptionsQuery, RecordMemberOptionsQueryVariables>;
export const SetEvaluationGradeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetEvaluationGrade"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetEvaluationGradeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setEvaluationGrade"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationGradeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationGradeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationGrade"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"gradedAt"}},{"kind":"Field","name":{"kind":"Name","value":"gradedBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SetEvaluationGradeMutation, SetEvaluationGradeMutationVariables>;
export const EvaluationGridDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluationGrid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationGrid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationRowFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationGradeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationGrade"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"gradedAt"}},{"kind":"Field","name":{"kind":"Name","value":"gradedBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationGradeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communityReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceHours"}},{"kind":"Field","name":{"kind":"Name","value":"postsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"maxGrade"}},{"kind":"Field","name":{"kind":"Name","value":"capReason"}}]}}]} as unknown as DocumentNode<EvaluationGridQuery, EvaluationGridQueryVariables>;
export const UnitEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"graded"}},{"kind":"Field","name":{"kind":"Name","value":"byGrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excellentShare"}}]}}]}}]} as unknown as DocumentNode<UnitEvaluationQuery, UnitEvaluationQueryVariables>;
export const AdjustMemberPointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdjustMemberPoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdjustMemberPointsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustMemberPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<AdjustMemberPointsMutation, AdjustMemberPointsMutationVariables>;
export const MemberPointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberPoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"nextStarAt"}},{"kind":"Field","name":{"kind":"Name","value":"serviceHours"}},{"kind":"Field","name":{"kind":"Name","value":"volunteerStars"}},{"kind":"Field","name":{"kind":"Name","value":"trainingHours"}},{"kind":"Field","name":{"kind":"Name","value":"trainingRequired"}},{"kind":"Field","name":{"kind":"Name","value":"postMonths"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsAttended"}}]}}]}}]} as unknown as DocumentNode<MemberPointsQuery, MemberPointsQueryVariables>;
export const MemberPointsEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberPointsEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PointsEntryRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PointsEntryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PointsEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"correcting"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"rulesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}}]} as unknown as DocumentNode<MemberPointsEntriesQuery, MemberPointsEntriesQueryVariables>;
export const EngagementRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagementRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngagementRulesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementRulesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EngagementRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"pointsPerServiceHour"}},{"kind":"Field","name":{"kind":"Name","value":"pointsPerMeeting"}},{"kind":"Field","name":{"kind":"Name","value":"pointsPerPostMonth"}},{"kind":"Field","name":{"kind":"Name","value":"pointsPerTrainingHour"}},{"kind":"Field","name":{"kind":"Name","value":"starPoints"}},{"kind":"Field","name":{"kind":"Name","value":"volunteerStarHours"}},{"kind":"Field","name":{"kind":"Name","value":"capGradeWithoutReport"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}}]} as unknown as DocumentNode<EngagementRulesQuery, EngagementRulesQueryVariables>;
export const SetEngagementRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetEngagementRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetEngagementRulesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setEngagementRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngagementRulesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementRulesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EngagementRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"pointsPerServiceHour"}},{"kind":"Field","name":{"kind":"Name","value":"pointsPerMeeting"}},{"kind":"Field","name":{"kind":"Name","value":"pointsPerPostMonth"}},{"kind":"Field","name":{"kind":"Name","value":"pointsPerTrainingHour"}},{"kind":"Field","name":{"kind":"Name","value":"starPoints"}},{"kind":"Field","name":{"kind":"Name","value":"volunteerStarHours"}},{"kind":"Field","name":{"kind":"Name","value":"capGradeWithoutReport"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}}]} as unknown as DocumentNode<SetEngagementRulesMutation, SetEngagementRulesMutationVariables>;
export const RecomputePointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecomputePoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recomputePoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"rulesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<RecomputePointsMutation, RecomputePointsMutationVariables>;
export const ConfirmServiceHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmServiceHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmServiceHoursInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmServiceHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceRecordRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceRecordRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"memberUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communityUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"servedOn"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConfirmServiceHoursMutation, ConfirmServiceHoursMutationVariables>;
export const LogServiceHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogServiceHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogServiceHoursInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logServiceHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceRecordRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceRecordRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"memberUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communityUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"servedOn"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<LogServiceHoursMutation, LogServiceHoursMutationVariables>;
export const CommunityPostOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunityPostOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"communityUnitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"communityUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"communityUnitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommunityPostOptionsQuery, CommunityPostOptionsQueryVariables>;
export const ServiceRecordListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceRecordList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRecordFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceRecordRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceRecordRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"memberUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communityUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"servedOn"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ServiceRecordListQuery, ServiceRecordListQueryVariables>;
export const ExportTrainingStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportTrainingStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"onlyShort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportTrainingStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"onlyShort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"onlyShort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]} as unknown as DocumentNode<ExportTrainingStatusMutation, ExportTrainingStatusMutationVariables>;
export const LogTrainingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogTrainingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logTraining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}}]}}]}}]} as unknown as DocumentNode<LogTrainingMutation, LogTrainingMutationVariables>;
export const TrainingStatusListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingStatusList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"onlyShort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"onlyShort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"onlyShort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingStatusRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingStatusRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"shortBy"}}]}}]} as unknown as DocumentNode<TrainingStatusListQuery, TrainingStatusListQueryVariables>;
export const ExportMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sheetPerUnit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sheetPerUnit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sheetPerUnit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]} as unknown as DocumentNode<ExportMembersMutation, ExportMembersMutationVariables>;
export const CreateMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"fullMemberCount"}}]}}]}}]}}]} as unknown as DocumentNode<CreateMemberMutation, CreateMemberMutationVariables>;
export const MemberForEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberForEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFormFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"departure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MemberForEditQuery, MemberForEditQueryVariables>;
export const UpdateMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFormFields"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"fullMemberCount"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communityId"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"departure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateMemberMutation, UpdateMemberMutationVariables>;
export const RecentMemberImportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecentMemberImports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberImports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"toImport"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecentMemberImportsQuery, RecentMemberImportsQueryVariables>;
export const MemberImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberImportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"headerRowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"withErrors"}},{"kind":"Field","name":{"kind":"Name","value":"skippedBlank"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyOnRoster"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"toImport"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"failures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<MemberImportQuery, MemberImportQueryVariables>;
export const PreviewMemberImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PreviewMemberImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreviewMemberImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewMemberImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberImportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"headerRowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"withErrors"}},{"kind":"Field","name":{"kind":"Name","value":"skippedBlank"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyOnRoster"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"toImport"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"failures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<PreviewMemberImportMutation, PreviewMemberImportMutationVariables>;
export const ContinueMemberImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContinueMemberImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"continueMemberImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberImportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberImportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"headerRowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"withErrors"}},{"kind":"Field","name":{"kind":"Name","value":"skippedBlank"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyOnRoster"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"toImport"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"failures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ContinueMemberImportMutation, ContinueMemberImportMutationVariables>;
export const MemberImportTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberImportTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberImportTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]} as unknown as DocumentNode<MemberImportTemplateQuery, MemberImportTemplateQueryVariables>;
export const MemberListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]} as unknown as DocumentNode<MemberListQuery, MemberListQueryVariables>;
export const MemberPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"departure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"destination"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<MemberPageQuery, MemberPageQueryVariables>;
export const RevealMemberIdNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevealMemberIdNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealMemberIdNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RevealMemberIdNumberMutation, RevealMemberIdNumberMutationVariables>;
export const RemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"departure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"destination"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"fullMemberCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const TransferMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"fullMemberCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"destination"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<TransferMemberMutation, TransferMemberMutationVariables>;
export const MemberTransfersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberTransfers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transfers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberTransferRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberTransferRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transferredOn"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"toUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"toUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destination"}},{"kind":"Field","name":{"kind":"Name","value":"letterNumber"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]} as unknown as DocumentNode<MemberTransfersQuery, MemberTransfersQueryVariables>;
export const RegisterPartnerClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterPartnerClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPartnerClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerPartnerClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerClientRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerClientRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"secretRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RegisterPartnerClientMutation, RegisterPartnerClientMutationVariables>;
export const PartnerClientRegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerClientRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerClientRegionsQuery, PartnerClientRegionsQueryVariables>;
export const PartnerClientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerClients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerClients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerClientRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerClientRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"secretRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PartnerClientsQuery, PartnerClientsQueryVariables>;
export const RotatePartnerClientSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotatePartnerClientSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotatePartnerClientSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerClientRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerClientRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"secretRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RotatePartnerClientSecretMutation, RotatePartnerClientSecretMutationVariables>;
export const RevokePartnerClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokePartnerClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokePartnerClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerClientRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerClientRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"secretRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RevokePartnerClientMutation, RevokePartnerClientMutationVariables>;
export const AppointRegionAdminDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppointRegionAdmin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointRegionAdminInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointRegionAdmin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPasswordExpiresAt"}}]}}]}}]} as unknown as DocumentNode<AppointRegionAdminMutation, AppointRegionAdminMutationVariables>;
export const UpdateRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRegionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRegion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegionRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"superiorOrganization"}},{"kind":"Field","name":{"kind":"Name","value":"unitCount"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"accountCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"adminCount"}},{"kind":"Field","name":{"kind":"Name","value":"admins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPasswordSetAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UpdateRegionMutation, UpdateRegionMutationVariables>;
export const SuspendRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuspendRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SuspendRegionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendRegion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegionRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"superiorOrganization"}},{"kind":"Field","name":{"kind":"Name","value":"unitCount"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"accountCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"adminCount"}},{"kind":"Field","name":{"kind":"Name","value":"admins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPasswordSetAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<SuspendRegionMutation, SuspendRegionMutationVariables>;
export const ReinstateRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReinstateRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegionChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reinstateRegion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegionRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"superiorOrganization"}},{"kind":"Field","name":{"kind":"Name","value":"unitCount"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"accountCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"adminCount"}},{"kind":"Field","name":{"kind":"Name","value":"admins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPasswordSetAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ReinstateRegionMutation, ReinstateRegionMutationVariables>;
export const ActInRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActInRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActInRegionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actInRegion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}}]}}]} as unknown as DocumentNode<ActInRegionMutation, ActInRegionMutationVariables>;
export const CreateRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRegionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRegion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegionRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"superiorOrganization"}},{"kind":"Field","name":{"kind":"Name","value":"unitCount"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"accountCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"adminCount"}},{"kind":"Field","name":{"kind":"Name","value":"admins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPasswordSetAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CreateRegionMutation, CreateRegionMutationVariables>;
export const RegionListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegionRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"superiorOrganization"}},{"kind":"Field","name":{"kind":"Name","value":"unitCount"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"accountCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"adminCount"}},{"kind":"Field","name":{"kind":"Name","value":"admins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPasswordSetAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RegionListQuery, RegionListQueryVariables>;
export const CreateUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateUnitMutation, CreateUnitMutationVariables>;
export const UnitForEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitForEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitFormFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitPersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitPerson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"hostKind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"allianceRole"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"grid"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitPersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitPersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"liaison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitPersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partTimeCommitteeMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitPersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lockedFields"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UnitForEditQuery, UnitForEditQueryVariables>;
export const UpdateUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitFormFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitPersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitPerson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"hostKind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"allianceRole"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"grid"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitPersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitPersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"liaison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitPersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partTimeCommitteeMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitPersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lockedFields"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateUnitMutation, UpdateUnitMutationVariables>;
export const UnitListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hostKind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"allianceRole"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"needsPairing"}},{"kind":"Field","name":{"kind":"Name","value":"activePairingCount"}},{"kind":"Field","name":{"kind":"Name","value":"levelCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fits"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"expectedLevel"}}]}}]}}]} as unknown as DocumentNode<UnitListQuery, UnitListQueryVariables>;
export const UnitPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"hostKind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"allianceRole"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"grid"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitPersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitPersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"liaison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitPersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partTimeCommitteeMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitPersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"fullMemberCount"}},{"kind":"Field","name":{"kind":"Name","value":"levelCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fits"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"expectedLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitRegistration"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activePairingCount"}},{"kind":"Field","name":{"kind":"Name","value":"needsPairing"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitPersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitPerson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitRegistration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}}]}}]} as unknown as DocumentNode<UnitPageQuery, UnitPageQueryVariables>;
export const UnitChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hostKind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"allianceRole"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"needsPairing"}},{"kind":"Field","name":{"kind":"Name","value":"activePairingCount"}},{"kind":"Field","name":{"kind":"Name","value":"levelCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fits"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"expectedLevel"}}]}}]}}]} as unknown as DocumentNode<UnitChildrenQuery, UnitChildrenQueryVariables>;
export const UnitPairingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitPairings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pairings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PairingRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PairingRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pairing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UnitPairingsQuery, UnitPairingsQueryVariables>;
export const CreatePairingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePairing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePairingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPairing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PairingRow"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activePairingCount"}},{"kind":"Field","name":{"kind":"Name","value":"needsPairing"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PairingRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pairing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreatePairingMutation, CreatePairingMutationVariables>;
export const EndPairingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndPairing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndPairingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endPairing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PairingRow"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activePairingCount"}},{"kind":"Field","name":{"kind":"Name","value":"needsPairing"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PairingRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pairing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<EndPairingMutation, EndPairingMutationVariables>;
export const RegisterUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitRegistration"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchiveFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitRegistration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchiveFileFields"}}]}}]}}]} as unknown as DocumentNode<RegisterUnitMutation, RegisterUnitMutationVariables>;
export const ChangeUnitStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeUnitStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeUnitStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeUnitStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<ChangeUnitStatusMutation, ChangeUnitStatusMutationVariables>;
export const DeleteUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteUnitMutation, DeleteUnitMutationVariables>;
export const TreeRootsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TreeRoots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"rootsOnly"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreeUnit"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TreeUnit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}}]}}]} as unknown as DocumentNode<TreeRootsQuery, TreeRootsQueryVariables>;
export const TreeChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TreeChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreeUnit"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TreeUnit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}}]}}]} as unknown as DocumentNode<TreeChildrenQuery, TreeChildrenQueryVariables>;