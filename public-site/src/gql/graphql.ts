/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type AddAgendaItemInput = {
  meetingId: Scalars['ID']['input'];
  plannedMinutes?: InputMaybe<Scalars['Int']['input']>;
  presenter?: InputMaybe<Scalars['String']['input']>;
  presenterUnitId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type AdjustMemberPointsInput = {
  memberId: Scalars['ID']['input'];
  /** Negative for a deduction; one decimal. */
  points: Scalars['Float']['input'];
  reason: Scalars['String']['input'];
  year: Scalars['Int']['input'];
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

/** Role in the alliance (联盟角色). */
export type AllianceRole =
  /** 社区党组织 */
  | 'COMMUNITY_ORGANIZATION'
  /** 理事单位 */
  | 'COUNCIL_UNIT'
  /** 成员单位 */
  | 'MEMBER_UNIT';

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

/** One of handlerUnitId / handlerDepartment at least (a department outside the alliance with a unit assisting is both). */
export type AssignLedgerItemInput = {
  dueOn: Scalars['Date']['input'];
  handlerDepartment?: InputMaybe<Scalars['String']['input']>;
  handlerUnitId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

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

export type CreateMeetingInput = {
  agenda?: InputMaybe<Array<AgendaItemInput>>;
  chair?: InputMaybe<Scalars['String']['input']>;
  convenerUnitId?: InputMaybe<Scalars['ID']['input']>;
  endsAt: Scalars['DateTime']['input'];
  invitedUnitIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind: MeetingKind;
  onlineLink?: InputMaybe<Scalars['String']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  recorder?: InputMaybe<Scalars['String']['input']>;
  startsAt: Scalars['DateTime']['input'];
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
  /** What the caller may do next with this meeting (state machine and role): the admin's buttons read it. */
  allowedActions: Array<MeetingAction>;
  /** 主持人 */
  chair?: Maybe<Scalars['String']['output']>;
  convenerUnit?: Maybe<Unit>;
  /** 召集单位 */
  convenerUnitId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Invited units, each attending through its fixed representative (固定代表). */
  invitedUnitIds: Array<Scalars['ID']['output']>;
  invitedUnits: Array<Unit>;
  kind: MeetingKind;
  notice?: Maybe<MeetingNotice>;
  onlineLink?: Maybe<Scalars['String']['output']>;
  place?: Maybe<Scalars['String']['output']>;
  /** 记录人 */
  recorder?: Maybe<Scalars['String']['output']>;
  startsAt: Scalars['DateTime']['output'];
  status: MeetingStatus;
  /** The reason of a cancellation or postponement. */
  statusReason?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic lock: pass it back on every change. */
  version: Scalars['Int']['output'];
};

/** A move of a meeting's lifecycle. */
export type MeetingAction =
  | 'CANCEL'
  | 'EDIT'
  | 'POSTPONE'
  | 'SEND_NOTICE';

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

export type Mutation = {
  __typename?: 'Mutation';
  /** @deprecated Placeholder so areas can extend Mutation. */
  _empty?: Maybe<Scalars['Boolean']['output']>;
  addAgendaItem: Meeting;
  /** The region admin adds or deducts points with a reason (a ledger line). */
  adjustMemberPoints: PointsEntry;
  /** The secretariat hands it to a unit and/or a department with a due date (交办); again to change the handler or date. */
  assignLedgerItem: LedgerItem;
  cancelMeeting: Meeting;
  changeUnitStatus: Unit;
  /** A member takes a post (a member's token: itself; the community or the secretariat for a member). Only members with a confirmed report to the community or living there; never beyond the capacity, also when claims race. */
  claimPost: PostHolder;
  claimProject: Claim;
  /** A member's token takes one of the project's volunteer places (never more than it offers). */
  claimProjectSlot: Claim;
  claimResource: Claim;
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
  createMeeting: Meeting;
  createMember: Member;
  createNeed: Need;
  createPairing: Pairing;
  /** A community (its liaison) or the secretariat defines a post. */
  createPost: Post;
  /** Need(s) + resources with quantities → a SUBMITTED project, in one transaction: the needs move to IN_PROJECT, each resource's quantity left drops — or nothing changes. */
  createProjectFromNeed: Project;
  createResource: Resource;
  createUnit: Unit;
  createUploadUrl: Upload;
  /** The secretariat declines an item with the reason (不予受理). */
  declineLedgerItem: LedgerItem;
  /** Only a unit with no children, no members and no pairings; otherwise withdraw it. */
  deleteUnit: DeletedRecord;
  /** Ends an active report: the member, its unit's liaison, the community or the secretariat. The member leaves the community's posts. */
  endCommunityReport: CommunityReport;
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
  /** Imports the previewed upload (checked again): every valid row not on the list yet becomes a COLLECTED need, audited; then the upload is deleted. Refused while the file has errors unless skipInvalid. A second import of the same file creates nothing. */
  importNeeds: NeedImportResult;
  /** A member leaves a post (itself, or the community or the secretariat for it). */
  leavePost: Post;
  /** A member logs a service (a member's token: itself); its unit's liaison, the community's, or the secretariat for it. */
  logServiceHours: ServiceRecord;
  /** The member's unit (its liaison) or the secretariat records a training; it counts at once. */
  logTraining: TrainingRecord;
  /** A new time; the meeting goes back to be noticed again. */
  postponeMeeting: Meeting;
  /** Reads the uploaded sheet, checks every row (ID numbers, units by name, duplicates in the file and on the roster) and keeps the rows to import, sealed. */
  previewMemberImport: MemberImport;
  /** Reads an uploaded needs file and checks every row (communities by name, categories, dates, repeats, needs already listed). The region admin for any community; a community's liaison for its own (a blank 征集社区 is its own). */
  previewNeedImport: NeedImportPreview;
  /** The secretariat publishes a need, resource or project (by its id): it appears on the region's public page at once. */
  publish: Publication;
  /** A unit (its liaison) or the secretariat raises a problem, suggestion or opinion; it gets the next number of the year. */
  raiseLedgerItem: LedgerItem;
  /** A resident's 1–5 rating of an accepted project (anyone: see RateProjectInput); answers the project's new average. */
  rateProject: ProjectRatingSummary;
  /** Moves a year's points to its current rules, a page of members per call (`after` from the last step); idempotent. */
  recomputePoints: PointsRecompute;
  /** 报到登记: records the registration and moves an invited unit to REGISTERED. */
  registerUnit: Unit;
  removeAgendaItem: Meeting;
  /** Takes the member off the roster with a reason; the record and its history stay readable. */
  removeMember: Member;
  /** The raising unit (or the secretariat for it) reopens a resolved item with the reason: back to the handler. */
  reopenLedgerItem: LedgerItem;
  /** The handler (its liaison) or the secretariat reports progress. */
  reportLedgerProgress: LedgerItem;
  /** A progress report (进展) with photos and files by a responsible unit's liaison or the region admin, while IN_PROGRESS. It does not change the project's version. */
  reportProjectProgress: ProjectProgress;
  /** A member reports to the community where it lives (a member's token, its unit's liaison, or the secretariat). One active report per member and community. */
  reportToCommunity: CommunityReport;
  /** The handler or the secretariat records the result (办理结果登记); the raising unit then signs off or reopens. */
  resolveLedgerItem: LedgerItem;
  /** The full ID number, for a region admin only; the reveal is written to the audit trail. */
  revealMemberIdNumber: Scalars['String']['output'];
  /** Sends the notice (会议通知) to the invited units. Later than 7 days before the start only with lateReason (kept on the meeting). */
  sendMeetingNotice: Meeting;
  /** The region admin sets a year's rules. Points already credited change only by recomputePoints. */
  setEngagementRules: EngagementRules;
  /** The member's unit (its liaison) or the secretariat grades a member for a year; one grade per member and year. */
  setEvaluationGrade: EvaluationGrade;
  /** The secretariat's: the region's need categories and claim window. */
  setListSettings: ListSettings;
  setMeetingCadence: MeetingCadence;
  /** The raising unit signs off (销号); the secretariat may record a paper sign-off, naming who signed. */
  signOffLedgerItem: LedgerItem;
  /** 组织关系转接: one transaction with both units' member counts. */
  transferMember: Member;
  /** Moves a project to `to`; refused, naming the state, when the move is not allowed from where it stands or not to the caller. */
  transitionProject: Project;
  /** The secretariat withdraws it: it disappears from the public page at once. */
  unpublish: Publication;
  updateMeeting: Meeting;
  updateMember: Member;
  /** A member corrects its own phone (a member's token). */
  updateMyPhone: Member;
  updateNeed: Need;
  updatePost: Post;
  updateResource: Resource;
  updateUnit: Unit;
  /** Before the project starts (IN_PROGRESS); gives back what the claim took. */
  withdrawClaim: Claim;
  /** The unit withdraws what is left of a resource; quantities given to projects stay given. */
  withdrawResource: Resource;
};


export type MutationAddAgendaItemArgs = {
  input: AddAgendaItemInput;
};


export type MutationAdjustMemberPointsArgs = {
  input: AdjustMemberPointsInput;
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


export type MutationCreateResourceArgs = {
  input: CreateResourceInput;
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


export type MutationDeleteUnitArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationEndCommunityReportArgs = {
  input: EndCommunityReportInput;
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


export type MutationImportNeedsArgs = {
  input: ImportNeedsInput;
};


export type MutationLeavePostArgs = {
  memberId?: InputMaybe<Scalars['ID']['input']>;
  postId: Scalars['ID']['input'];
};


export type MutationLogServiceHoursArgs = {
  input: LogServiceHoursInput;
};


export type MutationLogTrainingArgs = {
  input: LogTrainingInput;
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


export type MutationRecomputePointsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


export type MutationRegisterUnitArgs = {
  input: RegisterUnitInput;
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


export type MutationReportLedgerProgressArgs = {
  input: ReportLedgerProgressInput;
};


export type MutationReportProjectProgressArgs = {
  input: ReportProjectProgressInput;
};


export type MutationReportToCommunityArgs = {
  input: ReportToCommunityInput;
};


export type MutationResolveLedgerItemArgs = {
  input: ResolveLedgerItemInput;
};


export type MutationRevealMemberIdNumberArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSendMeetingNoticeArgs = {
  input: SendMeetingNoticeInput;
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


export type MutationSignOffLedgerItemArgs = {
  input: SignOffLedgerItemInput;
};


export type MutationTransferMemberArgs = {
  input: TransferMemberInput;
};


export type MutationTransitionProjectArgs = {
  input: TransitionProjectInput;
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


export type MutationUpdateResourceArgs = {
  input: UpdateResourceInput;
};


export type MutationUpdateUnitArgs = {
  input: UpdateUnitInput;
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
export type PublicRegionResourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
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
  | 'RESOURCE';

export type Query = {
  __typename?: 'Query';
  /** A record's audit trail, newest first. */
  auditTrail: AuditEntryConnection;
  /** 认领大厅: approved projects of the year the caller's unit may claim now (a region admin sees every approved one). */
  claimableProjects: ProjectConnection;
  communityReport?: Maybe<CommunityReport>;
  /** Reports, newest first: a community's (its liaison: its own), a unit's members' (its liaison: its own), a member's. At most 100 a page. */
  communityReports: CommunityReportConnection;
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
  resource?: Maybe<Resource>;
  /** A year's resources; at most 100 a page. */
  resources: ResourceConnection;
  serviceRecords: ServiceRecordConnection;
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

/** A region (区域): the tenant. One street or township party committee and its alliance. */
export type Region = {
  __typename?: 'Region';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  level: RegionLevel;
  name: Scalars['String']['output'];
  /** Units in the region, maintained on write. */
  unitCount: Scalars['Int']['output'];
};

/** Administrative level of a region (the tenant). */
export type RegionLevel =
  /** 区 */
  | 'DISTRICT'
  /** 街道 */
  | 'STREET'
  /** 乡镇 */
  | 'TOWNSHIP';

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

export type SignOffLedgerItemInput = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** When the secretariat records a sign-off given on paper (the 反馈卡): who signed for the raising unit. Required then. */
  signedOffBy?: InputMaybe<Scalars['String']['input']>;
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
  invitedUnitIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: InputMaybe<MeetingKind>;
  onlineLink?: InputMaybe<Scalars['String']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  recorder?: InputMaybe<Scalars['String']['input']>;
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
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

/** Who is calling. The region always comes from here, never from arguments. */
export type Viewer = {
  __typename?: 'Viewer';
  /** For a member: its reports to communities, newest first. */
  communityReports?: Maybe<Array<CommunityReport>>;
  displayName: Scalars['String']['output'];
  /** For a member: its own record on the roster. */
  member?: Maybe<Member>;
  /** For a member: its own points, hours and stars of the year. */
  memberPoints?: Maybe<MemberPoints>;
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
export type ViewerMemberPointsArgs = {
  year: Scalars['Int']['input'];
};


/** Who is calling. The region always comes from here, never from arguments. */
export type ViewerServiceRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PublicNeedItemFragment = { __typename?: 'PublicNeed', id: string, title: string, category: string, communityName: string, status: NeedStatus, wantedFrom?: string | null, wantedUntil?: string | null, publishedAt: string };

export type PublicResourceItemFragment = { __typename?: 'PublicResource', id: string, title: string, type: ResourceType, unitName: string, quantity: number, quantityLeft: number, quantityUnit: string, availableFrom?: string | null, availableUntil?: string | null };

export type PublicNeedsQueryVariables = Exact<{
  region: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PublicNeedsQuery = { __typename?: 'Query', publicRegion?: { __typename?: 'PublicRegion', id: string, name: string, needs: { __typename?: 'PublicNeedConnection', edges: Array<{ __typename?: 'PublicNeedEdge', node: { __typename?: 'PublicNeed', id: string, title: string, category: string, communityName: string, status: NeedStatus, wantedFrom?: string | null, wantedUntil?: string | null, publishedAt: string } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } } | null };

export type PublicResourcesQueryVariables = Exact<{
  region: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PublicResourcesQuery = { __typename?: 'Query', publicRegion?: { __typename?: 'PublicRegion', id: string, name: string, resources: { __typename?: 'PublicResourceConnection', edges: Array<{ __typename?: 'PublicResourceEdge', node: { __typename?: 'PublicResource', id: string, title: string, type: ResourceType, unitName: string, quantity: number, quantityLeft: number, quantityUnit: string, availableFrom?: string | null, availableUntil?: string | null } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } } | null };

export type PublicProjectsQueryVariables = Exact<{
  region: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PublicProjectsQuery = { __typename?: 'Query', publicRegion?: { __typename?: 'PublicRegion', id: string, name: string, projects: { __typename?: 'PublicProjectConnection', edges: Array<{ __typename?: 'PublicProjectEdge', node: { __typename?: 'PublicProject', id: string, title: string, status: ProjectStatus, communityName: string, unitNames: Array<string>, startsOn?: string | null, targetOn?: string | null, acceptedAt?: string | null, acceptanceNote?: string | null, progress: Array<{ __typename?: 'PublicProgress', files: Array<{ __typename?: 'PublicFile', name: string, contentType: string, url: string }> }> } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } } | null };

export type PublicProjectQueryVariables = Exact<{
  region: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
}>;


export type PublicProjectQuery = { __typename?: 'Query', publicRegion?: { __typename?: 'PublicRegion', id: string, name: string, project?: { __typename?: 'PublicProject', id: string, year: number, title: string, description?: string | null, status: ProjectStatus, communityName: string, unitNames: Array<string>, startsOn?: string | null, targetOn?: string | null, acceptedAt?: string | null, acceptanceNote?: string | null, volunteerSlots: number, slotsTaken: number, rating: { __typename?: 'ProjectRatingSummary', average?: number | null, count: number }, progress: Array<{ __typename?: 'PublicProgress', at: string, note: string, files: Array<{ __typename?: 'PublicFile', name: string, contentType: string, url: string }> }> } | null } | null };

export type PublicOpenDataQueryVariables = Exact<{
  region: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
}>;


export type PublicOpenDataQuery = { __typename?: 'Query', publicRegion?: { __typename?: 'PublicRegion', id: string, openData: Array<{ __typename?: 'OpenDataList', type: PublishableType, year: number, links: { __typename?: 'OpenDataLinks', csv: string, xlsx: string } }> } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PublicNeedItemFragmentDoc = new TypedDocumentString(`
    fragment PublicNeedItem on PublicNeed {
  id
  title
  category
  communityName
  status
  wantedFrom
  wantedUntil
  publishedAt
}
    `, {"fragmentName":"PublicNeedItem"}) as unknown as TypedDocumentString<PublicNeedItemFragment, unknown>;
export const PublicResourceItemFragmentDoc = new TypedDocumentString(`
    fragment PublicResourceItem on PublicResource {
  id
  title
  type
  unitName
  quantity
  quantityLeft
  quantityUnit
  availableFrom
  availableUntil
}
    `, {"fragmentName":"PublicResourceItem"}) as unknown as TypedDocumentString<PublicResourceItemFragment, unknown>;
export const PublicNeedsDocument = new TypedDocumentString(`
    query PublicNeeds($region: ID!, $year: Int!, $search: String, $after: String) {
  publicRegion(id: $region) {
    id
    name
    needs(year: $year, search: $search, first: 20, after: $after) {
      edges {
        node {
          ...PublicNeedItem
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
}
    fragment PublicNeedItem on PublicNeed {
  id
  title
  category
  communityName
  status
  wantedFrom
  wantedUntil
  publishedAt
}`) as unknown as TypedDocumentString<PublicNeedsQuery, PublicNeedsQueryVariables>;
export const PublicResourcesDocument = new TypedDocumentString(`
    query PublicResources($region: ID!, $year: Int!, $search: String, $after: String) {
  publicRegion(id: $region) {
    id
    name
    resources(year: $year, search: $search, first: 20, after: $after) {
      edges {
        node {
          ...PublicResourceItem
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
}
    fragment PublicResourceItem on PublicResource {
  id
  title
  type
  unitName
  quantity
  quantityLeft
  quantityUnit
  availableFrom
  availableUntil
}`) as unknown as TypedDocumentString<PublicResourcesQuery, PublicResourcesQueryVariables>;
export const PublicProjectsDocument = new TypedDocumentString(`
    query PublicProjects($region: ID!, $year: Int!, $search: String, $after: String) {
  publicRegion(id: $region) {
    id
    name
    projects(year: $year, search: $search, first: 20, after: $after) {
      edges {
        node {
          id
          title
          status
          communityName
          unitNames
          startsOn
          targetOn
          acceptedAt
          acceptanceNote
          progress {
            files {
              name
              contentType
              url
            }
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicProjectsQuery, PublicProjectsQueryVariables>;
export const PublicProjectDocument = new TypedDocumentString(`
    query PublicProject($region: ID!, $id: ID!) {
  publicRegion(id: $region) {
    id
    name
    project(id: $id) {
      id
      year
      title
      description
      status
      communityName
      unitNames
      startsOn
      targetOn
      acceptedAt
      acceptanceNote
      volunteerSlots
      slotsTaken
      rating {
        average
        count
      }
      progress {
        at
        note
        files {
          name
          contentType
          url
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicProjectQuery, PublicProjectQueryVariables>;
export const PublicOpenDataDocument = new TypedDocumentString(`
    query PublicOpenData($region: ID!, $year: Int!) {
  publicRegion(id: $region) {
    id
    openData(year: $year) {
      type
      year
      links {
        csv
        xlsx
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicOpenDataQuery, PublicOpenDataQueryVariables>;