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

export type AccountChangeInput = {
  username: Scalars['ID']['input'];
  /** The version read; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['input'];
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

export type AgendaItemInput = {
  plannedMinutes?: InputMaybe<Scalars['Int']['input']>;
  presenter?: InputMaybe<Scalars['String']['input']>;
  presenterUnitId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

export type AgendaProposalInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  presenter?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
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

/** Makes the first (or another) admin account of a region. The temporary password is shown once. */
export type AppointRegionAdminInput = {
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  regionId: Scalars['ID']['input'];
  username: Scalars['String']['input'];
};

export type ArchiveDocumentChangeInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
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

export type ArchiveMeetingInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type ArchiveProblemKind =
  /** The record's history does not add up: a version was changed or removed. */
  | 'CHAIN_BROKEN'
  /** The file in the bucket is not the one stored (its size or SHA-256 differs). */
  | 'CHANGED'
  /** The version's file is no longer in the bucket. */
  | 'MISSING';

/** A verify's outcome in one word: INTACT, or the gravest problem it found. */
export type ArchiveVerificationStatus =
  | 'CHAIN_BROKEN'
  | 'CHANGED'
  | 'INTACT'
  | 'MISSING';

/** One of handlerUnitId / handlerDepartment at least (a department outside the alliance with a unit assisting is both). */
export type AssignLedgerItemInput = {
  dueOn: Scalars['Date']['input'];
  handlerDepartment?: InputMaybe<Scalars['String']['input']>;
  handlerUnitId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
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

export type CommunityReportDecision =
  | 'CONFIRM'
  | 'DECLINE';

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

export type EvaluationGradeValue =
  /** 基本合格 */
  | 'BASICALLY_QUALIFIED'
  /** 优秀 */
  | 'EXCELLENT'
  /** 合格 */
  | 'QUALIFIED'
  /** 不合格 */
  | 'UNQUALIFIED';

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

/** A year's items, newest number first. `status` combines with one of the units; `overdue` lists the items past their due date, earliest first. */
export type LedgerFilter = {
  handlerUnitId?: InputMaybe<Scalars['ID']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  raisedByUnitId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<LedgerStatus>;
  year: Scalars['Int']['input'];
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

/** Documents generated from the record as Word files. */
export type MeetingDocumentKind =
  /** 会议纪要 (approved minutes) */
  | 'MINUTES'
  /** 会议通知 */
  | 'NOTICE'
  /** 决议通知 (the resolutions, to every unit) */
  | 'RESOLUTIONS';

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

export type MemberImportColumnInput = {
  /** Null: do not import this column. */
  field?: InputMaybe<RosterField>;
  index: Scalars['Int']['input'];
};

/** Where a member import stands. */
export type MemberImportStatus =
  | 'COMPLETED'
  /** Rows are being imported: call continueMemberImport until COMPLETED (an interrupted import continues where it stopped). */
  | 'IMPORTING'
  /** Checked: fix the file or the column mapping and preview again, or start importing. */
  | 'PREVIEWED';

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

/** A year's needs, newest first. Filters combine. */
export type NeedFilter = {
  category?: InputMaybe<Scalars['String']['input']>;
  communityUnitId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<NeedStatus>;
  year: Scalars['Int']['input'];
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

/** How urgent a need is. */
export type NeedUrgency =
  /** 一般 */
  | 'NORMAL'
  /** 较急 */
  | 'PRESSING'
  /** 紧急 */
  | 'URGENT';

export type NotificationKind =
  /** 会议取消 */
  | 'MEETING_CANCELLED'
  /** 会议通知 */
  | 'MEETING_NOTICE'
  /** 会议延期 */
  | 'MEETING_POSTPONED'
  /** 会议提醒 (at one of the region's offsets before the start) */
  | 'MEETING_REMINDER';

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

export type OutboxChannel =
  /** 站内 (the bell): the only channel delivered today */
  | 'IN_APP'
  /** 短信: not built */
  | 'SMS'
  /** 微信: not built */
  | 'WECHAT';

export type OutboxKind =
  /** 会议提醒 */
  | 'REMINDER';

export type OutboxRecipientKind =
  /** A member invited in person */
  | 'MEMBER'
  /** An invited unit (its liaison and members) */
  | 'UNIT';

export type PairingStatus =
  | 'ACTIVE'
  | 'ENDED';

/** Whether a partner system's tokens are accepted. */
export type PartnerClientState =
  /** Its tokens act in its region. */
  | 'ACTIVE'
  /** Stopped: no new tokens; tokens already issued are refused by the API within a minute. */
  | 'REVOKED';

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

/** What the caller may do next with a project (its state, the caller's role, the claim window). */
export type ProjectAction =
  | 'ACCEPT'
  | 'APPROVE'
  | 'CANCEL'
  | 'CLAIM'
  | 'REJECT'
  | 'REPORT_PROGRESS'
  | 'START';

/** A year's projects, newest first. Filters combine. */
export type ProjectFilter = {
  /** Only projects past their target date and not accepted, rejected or cancelled. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<ProjectStatus>;
  /** Projects this unit claimed (responsibility or resources). */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
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

export type PublishableType =
  | 'NEED'
  | 'PROJECT'
  /** A resolution (决议) of a meeting whose minutes were approved; published under the meeting's year. */
  | 'RESOLUTION'
  | 'RESOURCE';

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

export type RecordAttendanceInput = {
  attendee?: InputMaybe<Scalars['String']['input']>;
  delegate?: InputMaybe<Scalars['String']['input']>;
  late?: InputMaybe<Scalars['Boolean']['input']>;
  leaveReason?: InputMaybe<Scalars['String']['input']>;
  meetingId: Scalars['ID']['input'];
  /** A member invited in person (instead of a unit); PRESENT credits its points per meeting once. */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  status: AttendanceStatus;
  /** The invited unit; or memberId (exactly one). */
  unitId?: InputMaybe<Scalars['ID']['input']>;
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

export type RegionChangeInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
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
  /** A member invited in person (a member: itself, the default for a member's token; the secretariat names it). Not with unitId. */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  reason: Scalars['String']['input'];
  /** The unit (a liaison: its own; omitted: the caller's). */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type ResolveLedgerItemInput = {
  fileUploadIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  id: Scalars['ID']['input'];
  /** The result (办理结果) the raising unit signs off. */
  resolution: Scalars['String']['input'];
  version: Scalars['Int']['input'];
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

/** 会议材料 of one agenda item: the files kept by name and the new ones; at most 10 an item. */
export type SetAgendaMaterialsInput = {
  /** New files (createUploadUrl first). */
  fileUploadIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  itemId: Scalars['ID']['input'];
  /** Materials kept, by file name (omitted: every one kept; []: none). */
  keepFileNames?: InputMaybe<Array<Scalars['String']['input']>>;
  meetingId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

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

export type SubBodyKind =
  /** 党建专家咨询委员会 (002 art.15) */
  | 'EXPERT_COMMITTEE'
  /** 专业研究委员会 (002 art.17) */
  | 'RESEARCH_COMMITTEE'
  /** 街道分会 (002 art.18) */
  | 'STREET_BRANCH';

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

/** What a unit picker may narrow by. */
export type UnitOptionFilter = {
  /** Only community party organisations (社区 and 村: residential communities). */
  communitiesOnly?: InputMaybe<Scalars['Boolean']['input']>;
  namePrefix?: InputMaybe<Scalars['String']['input']>;
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

export type PublicResolutionsQueryVariables = Exact<{
  region: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PublicResolutionsQuery = { __typename?: 'Query', publicRegion?: { __typename?: 'PublicRegion', id: string, name: string, resolutions: { __typename?: 'PublicResolutionConnection', edges: Array<{ __typename?: 'PublicResolutionEdge', node: { __typename?: 'PublicResolution', id: string, number: string, title: string, text: string, meetingTitle: string, meetingKindLabel: string, meetingDate: string } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } } | null };

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
export const PublicResolutionsDocument = new TypedDocumentString(`
    query PublicResolutions($region: ID!, $year: Int!, $search: String, $after: String) {
  publicRegion(id: $region) {
    id
    name
    resolutions(year: $year, search: $search, first: 20, after: $after) {
      edges {
        node {
          id
          number
          title
          text
          meetingTitle
          meetingKindLabel
          meetingDate
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicResolutionsQuery, PublicResolutionsQueryVariables>;
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