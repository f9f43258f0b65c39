/* eslint-disable */
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

export type ChangeUnitStatusInput = {
  action: UnitStatusAction;
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
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

export type CreateUnitInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  allianceRole: AllianceRole;
  fullMemberCount?: InputMaybe<Scalars['Int']['input']>;
  grid?: InputMaybe<Scalars['String']['input']>;
  hostKind: HostKind;
  leader?: InputMaybe<UnitPersonInput>;
  level: OrgLevel;
  liaison?: InputMaybe<UnitPersonInput>;
  memberCount?: InputMaybe<Scalars['Int']['input']>;
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

/** A record that was deleted. */
export type DeletedRecord = {
  __typename?: 'DeletedRecord';
  id: Scalars['ID']['output'];
};

export type EndPairingInput = {
  endedOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
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

export type Mutation = {
  __typename?: 'Mutation';
  /** @deprecated Placeholder so areas can extend Mutation. */
  _empty?: Maybe<Scalars['Boolean']['output']>;
  changeUnitStatus: Unit;
  createPairing: Pairing;
  createUnit: Unit;
  createUploadUrl: Upload;
  /** Only a unit with no children, no members and no pairings; otherwise withdraw it. */
  deleteUnit: DeletedRecord;
  endPairing: Pairing;
  /** 报到登记: records the registration and moves an invited unit to REGISTERED. */
  registerUnit: Unit;
  updateUnit: Unit;
};


export type MutationChangeUnitStatusArgs = {
  input: ChangeUnitStatusInput;
};


export type MutationCreatePairingArgs = {
  input: CreatePairingInput;
};


export type MutationCreateUnitArgs = {
  input: CreateUnitInput;
};


export type MutationCreateUploadUrlArgs = {
  input: CreateUploadInput;
};


export type MutationDeleteUnitArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationEndPairingArgs = {
  input: EndPairingInput;
};


export type MutationRegisterUnitArgs = {
  input: RegisterUnitInput;
};


export type MutationUpdateUnitArgs = {
  input: UpdateUnitInput;
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

export type Query = {
  __typename?: 'Query';
  unit?: Maybe<Unit>;
  /** Units of the caller's region by name; at most 100 a page. */
  units: UnitConnection;
  /** The signed-in caller. */
  viewer: Viewer;
};


export type QueryUnitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUnitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UnitFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** Roles of DOMAIN.md. In this version the local stack signs everyone in as a region admin. */
export type Role =
  /** An individual party member (党员). */
  | 'MEMBER'
  /** Operator of one deployment: creates regions. */
  | 'PLATFORM_ADMIN'
  /** The alliance secretariat (秘书处): everything in its region. */
  | 'REGION_ADMIN'
  /** A member unit's contact person (联络员). */
  | 'UNIT_LIAISON';

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
  /** Party members (党员人数), as declared on the unit's registration form. */
  memberCount: Scalars['Int']['output'];
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

/** Omitted fields stay as they are; an explicit null clears an optional field. */
export type UpdateUnitInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  allianceRole?: InputMaybe<AllianceRole>;
  fullMemberCount?: InputMaybe<Scalars['Int']['input']>;
  grid?: InputMaybe<Scalars['String']['input']>;
  hostKind?: InputMaybe<HostKind>;
  id: Scalars['ID']['input'];
  leader?: InputMaybe<UnitPersonInput>;
  level?: InputMaybe<OrgLevel>;
  liaison?: InputMaybe<UnitPersonInput>;
  memberCount?: InputMaybe<Scalars['Int']['input']>;
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
  displayName: Scalars['String']['output'];
  region: Region;
  roles: Array<Role>;
  userId: Scalars['ID']['output'];
};
